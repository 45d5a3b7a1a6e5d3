"""Word documents, set as Vietnamese administrative documents are (Decree 30/2020, Phụ lục I).

A4, margins 20/20/30/15 mm, Times New Roman 13 pt. A document (a report to sign, a plan) has the
heading block (the body above and the issuer, a drawn rule under it; the national name and the
motto, a rule under it; the number; the place and date), the kind and subject (a rule under
it), "Kính gửi", a justified body with its first lines indented 1.27 cm, Nơi nhận and the
signature; its appendices follow on landscape pages. Any other output (the analysis, a table
command's) is its title, its facts, its narrow tables in the text and its wide tables in an
appendix on landscape pages. Everywhere: the page number centred in the top margin from page 2,
table text at 11 pt, header rows repeated on every page, no row split across two pages, and the
document's properties (author, language, date) its own.
"""

from __future__ import annotations

import textwrap
from datetime import date
from decimal import Decimal

from par_cli.render import ooxml as x
from par_cli.render.cells import cell_text, header_width
from par_cli.render.metrics import text_width
from par_cli.texts.labels import Labels
from par_cli.views.shapes import Appendix, Cell, Document, Letterhead, Paragraph, Report, Signature, Table

PORTRAIT_COLUMNS = 6  # a table with more columns goes to the appendix, on a landscape page
CELL_POINTS = 11
STYLE_OF = {"body": "Body", "part": "Part", "section": "Section", "item": "Body", "placeholder": "Body"}


def render(report: Report, width: int | None = None, colour: bool = False) -> bytes:
    """Any report: its title and facts, its narrow tables in the text, the wide ones in an
    appendix on landscape pages (a line in the text says where each went)."""
    tr = Labels(report.language)
    body = [x.paragraph(x.run(report.title, bold=True, size=14), align="center", spacing=(0, 240))]
    for name, value in report.facts:
        label = x.run(f"{name}: ", bold=True) if name else ""
        body.append(x.paragraph(label + x.run(value), spacing=(60, 0)))
    # Only wide tables (a table command's output): the whole document on landscape pages.
    landscape = all(len(table.columns) > PORTRAIT_COLUMNS for table in report.tables)
    wide: list[Table] = []
    for table in report.tables:
        if landscape:
            body += _table(table, tr, x.LANDSCAPE_TEXT_WIDTH)
        elif len(table.columns) > PORTRAIT_COLUMNS:
            wide.append(table)
            if table.title:
                body.append(_heading(table.title))
                body.append(x.paragraph(x.run(tr("docx.in_appendix"), italic=True), style="Body"))
        else:
            body += _table(table, tr, x.TEXT_WIDTH)
    body += [x.paragraph(x.run(note, italic=True), style="Body") for note in report.notes]
    appendix = Appendix((tr("plan.appendix"),), wide) if wide else None
    properties = report.properties
    made = properties.made if properties else date.today()
    language = properties.language if properties else _language(report.language)
    title = properties.title if properties else report.title
    author = properties.author if properties else ""
    text = _sections(body, [appendix] if appendix else [], tr, landscape)
    return x.package(text, title, author, language, made)


def render_document(document: Document) -> bytes:
    tr = Labels(document.language)
    body = _letterhead(document.letterhead, tr)
    # The last paragraphs of the text go with the signature onto its page: a signature, or a
    # Nơi nhận, never stands alone on the last page.
    kept = _last_paragraphs(document.body, 2)
    for index, block in enumerate(document.body):
        if isinstance(block, Paragraph):
            body.append(_paragraph(block, keep_next=index in kept))
        else:
            body += _table(block, tr, x.TEXT_WIDTH)
    body += _signature(document.signature)
    p = document.properties
    return x.package(_sections(body, document.appendices, tr), p.title, p.author, p.language, p.made)


def _language(language: str) -> str:
    return "vi-VN" if language == "vi" else "en-GB"


def _sections(body: list[str], appendices: list[Appendix], tr: Labels, landscape: bool = False) -> str:
    """The text on portrait pages (its first page without a number), then each appendix on
    landscape pages, each section's properties closing it. ``landscape``: the text too."""
    parts = list(body)
    for index, appendix in enumerate(appendices):
        parts.append(x.paragraph(section=x.section(landscape, first_page=index == 0)))
        landscape = True
        for index, line in enumerate(appendix.heading):
            style = {"bold": index < 2, "italic": index == 2, "size": 14 if index == 0 else 13}
            parts.append(x.paragraph(x.run(line, **style), align="center", keep_next=True))  # type: ignore[arg-type]
        parts.append(x.paragraph(spacing=(0, 120)))
        for table in appendix.tables:
            parts += _table(table, tr, x.LANDSCAPE_TEXT_WIDTH)
    # Word ends a document with a paragraph, never a table: a tiny one, that adds no page
    parts.append(x.paragraph(exact=20))
    parts.append(x.section(landscape, first_page=not appendices))
    return "".join(parts)


def _heading(text: str) -> str:
    return x.paragraph(x.run(text, bold=True), keep_next=True, spacing=(240, 120))


def _last_paragraphs(blocks: list[Paragraph | Table], count: int) -> set[int]:
    """The indexes of the last ``count`` blocks, if they are paragraphs (a table ends the run)."""
    kept: set[int] = set()
    for index in range(len(blocks) - 1, -1, -1):
        if len(kept) == count or not isinstance(blocks[index], Paragraph):
            break
        kept.add(index)
    return kept


def _paragraph(block: Paragraph, keep_next: bool = False) -> str:
    text = f"- {block.text}" if block.style == "item" else block.text
    if block.style == "centre":
        return x.paragraph(x.run(text), align="center", spacing=(120, 0), keep_next=keep_next)
    return x.paragraph(
        x.run(text, italic=block.style == "placeholder"),
        style=STYLE_OF.get(block.style, "Body"),
        keep_next=keep_next,
    )


# -- the heading block and the signature


def _rule_under(width_pt: float, column: int, share: float) -> str:
    """A short rule drawn under a line ``width_pt`` wide, centred in a ``column`` twips wide:
    ``share`` of the line (Decree 30: a third to a half under the issuer, all of the motto)."""
    length = min(width_pt * 20 * share, column - 200)
    side = max(int((column - 114 - length) / 2), 0)
    return x.paragraph(rule=True, indent=(side, side), exact=80, spacing=(0, 0))


def _centred(text: str, points: int, bold: bool = False, italic: bool = False) -> str:
    return x.paragraph(x.run(text, bold=bold, italic=italic, size=points), align="center")


def _letterhead(head: Letterhead, tr: Labels) -> list[str]:
    """The issuer (left) beside the national name and motto (right), the number beside the place
    and date; then the kind, the subject and its rule, and "Kính gửi"."""
    left_width, right_width = int(65 * x.MM), x.TEXT_WIDTH - int(65 * x.MM)
    left = _centred(head.parent, 12) if head.parent else ""
    left += _centred(head.issuer, 12, bold=True)
    issuer_line = max(text_width(line, 12, bold=True) for line in head.issuer.split("\n"))
    left += _rule_under(issuer_line, left_width, 0.4)
    nation, motto = tr("report.nation"), tr("report.motto")
    right = _centred(nation, 12, bold=True) + _centred(motto, 13, bold=True)
    right += _rule_under(text_width(motto, 13, bold=True), right_width, 1.0)
    number = x.paragraph(x.run(head.number, size=13), align="center", spacing=(120, 0))
    dated = x.paragraph(x.run(head.place_date, italic=True, size=13), align="center", spacing=(120, 0))
    block = x.table(
        [left_width, right_width],
        [
            x.row([x.cell(left, left_width), x.cell(right, right_width)]),
            x.row([x.cell(number, left_width), x.cell(dated, right_width)]),
        ],
        borders=False,
    )
    subject_line = max(text_width(line, 14, bold=True) for line in head.subject.split("\n"))
    parts = [
        block,
        x.paragraph(x.run(head.kind, bold=True, size=14), align="center", spacing=(360, 0), keep_next=True),
        x.paragraph(x.run(head.subject, bold=True, size=14), align="center", keep_next=True),
        _rule_under(min(subject_line, 160 / 25.4 * 72), x.TEXT_WIDTH, 0.4),
    ]
    if head.addressees:
        first, *others = head.addressees
        parts.append(x.paragraph(x.run(first, size=14), align="center", spacing=(240, 0)))
        indent = int(50 * x.MM)
        parts += [x.paragraph(x.run(line, size=14), indent=(indent, 0)) for line in others]
    parts.append(x.paragraph(spacing=(0, 120)))
    return parts


def _signature(foot: Signature) -> list[str]:
    """Nơi nhận (12 pt bold italic, its lines at 11 pt) beside the signature block (13 pt bold
    capitals, room to sign, the name)."""
    left_width, right_width = int(75 * x.MM), x.TEXT_WIDTH - int(75 * x.MM)
    title, *lines = foot.recipients
    left = x.paragraph(x.run(title, bold=True, italic=True, size=12))
    left += "".join(x.paragraph(x.run(line, size=11)) for line in lines)
    right = "".join(_centred(line, 13, bold=True) for line in foot.authority)
    right += x.paragraph(exact=320) * 4  # room to sign and seal
    right += _centred(foot.name, 13, bold=True) if foot.name else x.paragraph()
    block = x.table(
        [left_width, right_width], [x.row([x.cell(left, left_width), x.cell(right, right_width)])], False
    )
    return [x.paragraph(spacing=(120, 0), keep_next=True), block]


# -- tables


def _table(table: Table, tr: Labels, room: int) -> list[str]:
    """A table's title, then the table: its header row repeated on every page, no row split across
    pages, field and subtotal rows bold, figures centred, text at 11 pt."""
    parts = [_heading(table.title)] if table.title else []
    if not table.rows:
        return [*parts, x.paragraph(x.run(f"({tr('none')})", italic=True), style="Body")]
    sep = tr.decimal_sep
    rows = [*table.rows, *([table.footer] if table.footer else [])]
    widths = _widths(table, rows, sep, room / x.MM)
    header = [
        x.cell(x.paragraph(x.run(column.label, bold=True), style="Cell", align="center"), width, middle=True)
        for column, width in zip(table.columns, widths, strict=True)
    ]
    out = [x.row(header, header=True)]
    aligns = ["center" if column.numeric or column.key == "id" else None for column in table.columns]
    for index, values in enumerate(rows):
        bold = index in table.subtotals or index >= len(table.rows)
        # a field's row is kept on the page of the first row below it, never left alone at a foot;
        # the total, on the page of the last row above it
        last = index == len(table.rows) - 1 and table.footer is not None
        keep = (index in table.subtotals and index + 1 < len(table.rows)) or last
        cells = []
        for value, column, width, align in zip(values, table.columns, widths, aligns, strict=True):
            text = cell_text(value, column, "\n", sep)
            paragraphs = "".join(
                x.paragraph(x.run(line, bold=bold), style="Cell", align=align, keep_next=keep)
                for line in text.split("\n")
            )
            cells.append(x.cell(paragraphs, width))
        out.append(x.row(cells))
    return [*parts, x.table(widths, out)]


def _widths(table: Table, rows: list[list[Cell]], sep: str, room: float) -> list[int]:
    """Each column's width in twips. A short column is as wide as its longest figure or line and
    its header set on at most two lines, no word broken (a text in a figures' column, such as "Not
    self-scored", wraps); the long-text columns share the rest by their ``wide`` weight."""
    needs: list[float] = []
    for col, column in enumerate(table.columns):
        lines = textwrap.wrap(column.label, header_width(column.label, 2), break_long_words=False) or [""]
        need = max(text_width(line, CELL_POINTS, True) for line in lines)
        if not column.wide:
            for row in rows:
                value = row[col]
                if column.numeric and not isinstance(value, Decimal | int):
                    continue
                text = cell_text(value, column, "\n", sep)
                need = max(need, *(text_width(line, CELL_POINTS, True) for line in text.split("\n")))
        needs.append(max(need / 72 * 25.4 + 2.5, 9.0))  # mm, with the cell's margins
    fixed = sum(need for need, column in zip(needs, table.columns, strict=True) if not column.wide)
    weights = sum(column.wide for column in table.columns)
    if weights and fixed < room * 0.7:
        share = (room - fixed) / weights
        mm = [
            share * column.wide if column.wide else need
            for need, column in zip(needs, table.columns, strict=True)
        ]
    else:
        mm = [need * room / sum(needs) for need in needs]
    return [int(width * x.MM) for width in mm]
