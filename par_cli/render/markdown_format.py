"""Markdown: pipe tables that render on a code-hosting site."""

from __future__ import annotations

import io
import re
from typing import TextIO

from par_cli.render.cells import cell_text
from par_cli.texts.escape import inert
from par_cli.texts.labels import Labels
from par_cli.views.shapes import Report, Table


def render(report: Report, width: int | None = None, colour: bool = False) -> str:
    tr = Labels(report.language)
    stream = io.StringIO()
    stream.write(f"# {_escape(report.title)}\n\n")
    for name, value in report.facts:
        stream.write(f"- **{_escape(name)}**: {_escape(value)}\n")
    if report.facts:
        stream.write("\n")
    for table in report.tables:
        _table(table, stream, tr)
    for note in report.notes:
        stream.write(f"> {_escape(note, starts_line=True)}\n>\n")
    return stream.getvalue()


def _table(table: Table, stream: TextIO, tr: Labels) -> None:
    if table.title:
        stream.write(f"## {_escape(table.title)}\n\n")
    if not table.rows:
        stream.write(f"_({_escape(tr('none'))})_\n\n")
        return
    stream.write("| " + " | ".join(_escape(c.label) for c in table.columns) + " |\n")
    stream.write("|" + "|".join("---:" if c.numeric else "---" for c in table.columns) + "|\n")
    for index, row in enumerate([*table.rows, *([table.footer] if table.footer else [])]):
        cells = [
            _escape(cell_text(v, c, "\n", tr.decimal_sep)) for v, c in zip(row, table.columns, strict=True)
        ]
        if table.footer and index == len(table.rows):
            cells = [f"**{c}**" if c else c for c in cells]
        stream.write("| " + " | ".join(cells) + " |\n")
    stream.write("\n")


# Characters Markdown would read as markup (emphasis, code, links, strike-through, a table's
# pipe) are escaped with a backslash, as CommonMark allows for any ASCII punctuation; <, > and &
# become entities, so no HTML or autolink is made either.
_MARKUP = re.compile(r"([\\`*_\[\]~|])")
# What makes a line a heading or a list item where a text starts a line (a note; ">" is &gt;).
_LINE_START = re.compile(r"^(?:[#+=-](?=\s|$)|\d{1,9}(?=[.)](?:\s|$)))")


def _escape(text: str, starts_line: bool = False) -> str:
    """Text that stays inside its cell or line and shows as written: no active characters, no bare
    CR, no markup, no link."""
    text = _MARKUP.sub(r"\\\1", inert(text, keep_newlines=True))
    if starts_line:
        text = _LINE_START.sub(lambda m: m[0] + "\\" if m[0][0].isdigit() else "\\" + m[0], text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
