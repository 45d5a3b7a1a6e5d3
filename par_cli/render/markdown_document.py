"""A document (a report to sign, a plan) as Markdown: to read in a repository, to diff a plan
from one year to the next. Text from data is escaped as the Markdown of tables is: it shows,
it never becomes a link, emphasis or code."""

from __future__ import annotations

import re

from par_cli.render.cells import cell_text
from par_cli.texts.escape import inert
from par_cli.texts.labels import Labels
from par_cli.views.shapes import Document, Paragraph, Table

_ACTIVE = re.compile(r"([\\`*_\[\]<>|~])")


def _e(text: str) -> str:
    """Inert, and with every character Markdown would act on escaped by a backslash."""
    return _ACTIVE.sub(r"\\\1", inert(text, keep_newlines=True))


def render_document(document: Document) -> str:
    tr = Labels(document.language)
    head = document.letterhead
    lines = []
    if head.parent:
        lines.append(_e(head.parent) + "  ")
    lines += [f"**{_e(line)}**  " for line in head.issuer.split("\n")]
    lines += [_e(head.number), "", f"**{_e(tr('report.nation'))}**  ", f"**{_e(tr('report.motto'))}**", ""]
    lines += [f"*{_e(head.place_date)}*", "", f"## {_e(head.kind)}", "", f"**{_e(head.subject)}**", ""]
    lines += [_e(line) + "  " for line in head.addressees]
    if head.addressees:
        lines.append("")
    for block in document.body:
        lines += [*(_paragraph(block) if isinstance(block, Paragraph) else _table(block, tr)), ""]
    foot = document.signature
    lines += [f"**{_e(foot.recipients[0])}**  ", *(_e(line) + "  " for line in foot.recipients[1:]), ""]
    lines += [f"**{_e(line)}**  " for line in foot.authority]
    if foot.name:
        lines += ["", f"**{_e(foot.name)}**"]
    for appendix in document.appendices:
        lines += ["", "---", "", f"## {_e(appendix.heading[0])}", ""]
        lines += [
            f"**{_e(line)}**  " if index == 0 else f"*{_e(line)}*"
            for index, line in enumerate(appendix.heading[1:])
        ]
        lines.append("")
        for table in appendix.tables:
            lines += [*_table(table, tr), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _paragraph(block: Paragraph) -> list[str]:
    text = _e(block.text)
    if block.style == "part":
        return [f"### {text}"]
    if block.style == "section":
        return [f"#### {text}"]
    if block.style == "item":
        return [f"- {text}"]
    if block.style == "placeholder":
        return [f"*{text}*"]
    return ["\\" + text if text.startswith("-") else text]  # a paragraph, never a list item


def _table(table: Table, tr: Labels) -> list[str]:
    sep = tr.decimal_sep
    out = [f"**{_e(table.title)}**", ""] if table.title else []
    out.append("| " + " | ".join(_e(column.label) for column in table.columns) + " |")
    out.append("|" + "|".join("---:" if column.numeric else "---" for column in table.columns) + "|")
    rows = [*table.rows, *([table.footer] if table.footer else [])]
    for index, row in enumerate(rows):
        strong = index in table.subtotals or index >= len(table.rows)
        cells = []
        for value, column in zip(row, table.columns, strict=True):
            text = "<br>".join(_e(line) for line in cell_text(value, column, "\n", sep).split("\n") if line)
            cells.append(f"**{text}**" if strong and text else text)
        out.append("| " + " | ".join(cells) + " |")
    return out
