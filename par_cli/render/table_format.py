"""Tables for a terminal: readable at 80 columns, using the room of a wide screen.

The layout is computed here, in one pass over the cells, so that a plan of 100,000 criteria
prints in about a second; on a terminal a few lines get a style (bold, dim, yellow).
"""

from __future__ import annotations

import io
import re
import textwrap
from collections.abc import Sequence
from typing import NamedTuple

from par_cli.render.cells import cell_text, header_lines, header_width
from par_cli.texts.escape import inert
from par_cli.texts.labels import Labels
from par_cli.views.shapes import WIDE_TERMINAL, Cell, Column, Report, Table

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
    said: set[str] = set()  # a note on columns left out, said once for tables alike (by-unit --all)
    for table in report.tables:
        lines.add([""])
        _table(table, width, lines, tr, said)
    if report.notes:
        lines.add([""])
    for note in report.notes:
        lines.add(_wrap(inert(note), width), "yellow")
    return _styled(lines) if colour else lines.buffer.getvalue()


# The few styles a terminal table uses, as ECMA-48 codes (every terminal `par` runs on knows them).
_STYLES = {"bold": "\x1b[1m", "dim": "\x1b[2m", "yellow": "\x1b[33m"}
_RESET = "\x1b[0m"


def _styled(lines: _Lines) -> str:
    """The same lines, each with its style; whether to style at all is the caller's (NO_COLOR)."""
    out = []
    for index, line in enumerate(lines.buffer.getvalue().split("\n")[: lines.count]):
        style = lines.styles.get(index)
        out.append(f"{_STYLES[style]}{line}{_RESET}\n" if style and line else f"{line}\n")
    return "".join(out)


def _wrap(text: str, width: int) -> list[str]:
    """A title, fact or note, wrapped as table cells are."""
    return _wrap_cell(text, width)


def _table(table: Table, width: int, out: _Lines, tr: Labels, said: set[str]) -> None:
    wide_screen = width >= WIDE_TERMINAL
    columns = table.columns
    # A narrow screen folds an optional text column under the first text column; an optional
    # figure stays while it fits, and is the first to be left out when the table does not.
    shown = [i for i, column in enumerate(columns) if wide_screen or not (column.optional and column.wide)]
    host = next((i for i in shown if columns[i].wide), None)
    folded = [i for i, c in enumerate(columns) if i not in shown and c.wide and host is not None]
    left_out = [i for i, c in enumerate(columns) if i not in shown and i not in folded]
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
    longest = [0] * len(shown)  # the longest line of each column's cells
    words = [0] * len(shown)  # the longest word of each text column (never broken if it fits)
    wide = [columns[i].wide for i in shown]
    for texts in [*map(texts_of, rows), *([footer] if footer else [])]:
        for position, text in enumerate(texts):
            size = max(map(len, text.split("\n"))) if "\n" in text else len(text)
            if size > longest[position]:
                longest[position] = size
            if wide[position] and size > words[position]:  # a path counts by its parts
                words[position] = max(words[position], *map(len, _BREAKS.split(text.replace(" ", "/"))))
    specs = [
        _spec(columns[i], longest[p], min(words[p], MAX_WORD), _keeps(columns, i, host))
        for p, i in enumerate(shown)
    ]
    widths, dropped = _layout(specs, width)
    left_out += [shown[p] for p in dropped]
    keep = [p for p in range(len(shown)) if p not in dropped]
    numeric = [columns[shown[p]].numeric for p in keep]
    if table.title:
        out.add(_wrap(inert(table.title), width), "bold")
    headers = [_balanced(inert(specs[p].label), w) for p, w in zip(keep, widths, strict=True)]
    out.add(_row(headers, widths, numeric, bottom=True), "bold")
    out.add([" " + "─" * (sum(widths) + len(GAP) * (len(widths) - 1))])
    for index, row in enumerate(rows):
        style = "dim" if index in table.muted else "bold" if index in table.subtotals else None
        texts = texts_of(row)
        out.add(_row([texts[p] for p in keep], widths, numeric), style)
    if footer:
        out.add([""])
        out.add(_row([footer[p] for p in keep], widths, numeric), "bold")
    if left_out:
        unseen = [_spec(columns[i], len(columns[i].label)) for i in left_out if i not in shown]
        needed = max(_needed([*specs, *unseen]), WIDE_TERMINAL if unseen else 0)
        labels = ", ".join(inert(columns[i].label) for i in sorted(left_out))
        note = tr("table.left_out", width=width, columns=labels, needed=needed)
        if note not in said:
            said.add(note)
            out.add(_wrap(note, width), "dim")


MAX_WORD = 24  # a longer word is broken to fit a narrow column (a path: at its /, by its parts)


class _Spec(NamedTuple):
    """What the layout needs to know of a column."""

    label: str
    longest: int  # its longest line of data
    wide: int  # its share of the room, for a text column; 0 for a column of figures or short text
    keep: bool  # never left out to fit
    optional: bool  # the first to be left out
    least: int  # the narrowest it can be


def _spec(column: Column, longest: int, word: int = 0, keep: bool = False) -> _Spec:
    """``word``: the longest word of a text column's data. At its narrowest, no figure and no such
    word is broken, a header takes at most three lines, and long text is MIN_WIDE wide."""
    header = header_width(column.label, 3)
    least = max(min(longest, MIN_WIDE), word, header) if column.wide else max(longest, header, 1)
    return _Spec(column.label, longest, column.wide, keep, column.optional, least)


def _keeps(columns: Sequence[Column], index: int, host: int | None) -> bool:
    """The id (first column), the name (first text column) and the columns a view marks to keep."""
    return index == 0 or index == host or columns[index].keep


def _needed(specs: Sequence[_Spec]) -> int:
    return 1 + len(GAP) * (len(specs) - 1) + sum(spec.least for spec in specs)


def _layout(specs: list[_Spec], width: int) -> tuple[list[int], list[int]]:
    """Each shown column's width, and the positions of the columns left out to fit ``width``.

    Columns are left out, optional ones first, then from the right (never those kept), until the
    least widths fit. The room left then goes, in turn, to headers of three lines (down to two),
    to the text columns (by their shares, up to COMFORTABLE), to headers (down to one line), and
    to the text columns again (up to their longest line).
    """
    dropped: list[int] = []
    kept = list(range(len(specs)))
    while _needed([specs[p] for p in kept]) > width:
        candidates = [p for p in kept if not specs[p].keep]
        if not candidates:
            break  # only what must stay: it wraps as it can
        optional = [p for p in candidates if specs[p].optional]
        last = (optional or candidates)[-1]
        dropped.append(last)
        kept.remove(last)
    chosen = [specs[p] for p in kept]
    widths = [spec.least for spec in chosen]
    room = width - _needed(chosen)

    def widen(position: int, to: int) -> None:
        nonlocal room
        extra = min(room, max(0, to - widths[position]))
        widths[position] += extra
        room -= extra

    wants = sorted(
        (header_width(spec.label, 2, widths[p]) - widths[p], p)
        for p, spec in enumerate(chosen)
        if header_lines(spec.label, widths[p]) > 2
    )
    for cost, position in wants:
        if cost <= room:
            widen(position, widths[position] + cost)
    flexible = [p for p, spec in enumerate(chosen) if spec.wide]

    def grow(limit: int) -> None:
        """The text columns, by their shares, up to their longest line or ``limit``."""
        while room > 0:
            hungry = [p for p in flexible if widths[p] < min(chosen[p].longest, limit)]
            if not hungry:
                return
            shares = sum(chosen[p].wide for p in hungry)
            before = room
            for p in hungry:
                target = min(chosen[p].longest, limit, widths[p] + max(1, before * chosen[p].wide // shares))
                widen(p, target)
            if room == before:
                return

    grow(COMFORTABLE)  # text readable first, then headers on one line, then the longest texts
    wants = sorted(
        (len(spec.label) - widths[p], p) for p, spec in enumerate(chosen) if len(spec.label) > widths[p]
    )
    for cost, position in wants:
        if cost <= room:
            widen(position, len(chosen[position].label))
    grow(width)
    return widths, dropped


COMFORTABLE = 64  # a text column this wide reads well; headers on one line come before more


def _balanced(text: str, width: int) -> str:
    """A header in as few lines as ``width`` allows, as even as they can be: "Đơn vị / chủ trì",
    never "Đơn vị chủ / trì"."""
    if len(text) <= width:
        return text
    even = header_width(text, header_lines(text, width))
    return "\n".join(textwrap.wrap(text, min(even, width), break_long_words=False))


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
        lines += [line] if len(line) <= width else _wrap_words(line, width)
    return lines


def _wrap_words(line: str, width: int) -> list[str]:
    """``line`` in lines of at most ``width``, broken between words; a word longer than the width
    (a path) is broken after a / where it has one, and only then anywhere. A last line of one short
    word takes the word before it along ("Các phòng, ban, / đơn vị", never "Các phòng, ban, đơn / vị")."""
    out = _greedy(line, width)
    if len(out) > 1 and " " not in out[-1] and len(out[-1]) <= width // 3 and " " in out[-2]:
        before, _, word = out[-2].rpartition(" ")
        if len(word) + 1 + len(out[-1]) <= width:
            out[-2:] = [before, f"{word} {out[-1]}"]
    return out


def _greedy(line: str, width: int) -> list[str]:
    out: list[str] = []
    current = ""
    for word in line.split():
        for index, piece in enumerate(_pieces(word, width)):
            joint = " " if index == 0 and current else ""
            if current and len(current) + len(joint) + len(piece) > width:
                out.append(current)
                current = piece
            else:
                current += joint + piece
    out.append(current)
    return out


def _pieces(word: str, width: int) -> list[str]:
    if len(word) <= width:
        return [word]
    pieces: list[str] = []
    for part in _BREAKS.split(word):
        while len(part) > width:
            pieces.append(part[:width])
            part = part[width:]
        if part:
            pieces.append(part)
    return pieces


_BREAKS = re.compile(r"(?<=[/\\])")
