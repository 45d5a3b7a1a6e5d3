"""A document (a report to sign, a plan) as one self-contained HTML page, set like its Word form:
the heading block with its rules, the subject, "Kính gửi", a justified body, Nơi nhận and the
signature, the appendices on landscape pages when printed. Inline CSS, no scripts; every text
escaped."""

from __future__ import annotations

import html

from par_cli.render.cells import cell_text
from par_cli.texts.escape import inert
from par_cli.texts.labels import Labels
from par_cli.views.shapes import Document, Paragraph, Table

STYLE = """
body { font-family: "Times New Roman", "Liberation Serif", Tinos, serif; font-size: 13pt; color: #000;
       max-width: 165mm; margin: 2rem auto; padding: 0 1rem; line-height: 1.3; }
.head { display: grid; grid-template-columns: 65mm 1fr; text-align: center; font-size: 12pt; }
.head p { margin: 0; }
.issuer, .nation, .motto, .kind, .subject { font-weight: bold; }
.issuer { white-space: pre-line; }
.motto { font-size: 13pt; }
.rule { border: 0; border-top: 1px solid #000; margin: 2pt auto 0; }
.number, .date { font-size: 13pt; margin-top: 6pt !important; }
.date { font-style: italic; }
.kind { font-size: 14pt; text-align: center; margin: 18pt 0 0; }
.subject { font-size: 14pt; text-align: center; margin: 0; }
.to { text-align: center; font-size: 14pt; margin: 12pt 0 6pt; }
.to-more { margin: 0 0 0 50mm; font-size: 14pt; }
.body, .part, .section { text-align: justify; text-indent: 1.27cm; margin: 6pt 0 0; }
.part, .section { font-weight: bold; break-after: avoid; }
.placeholder { font-style: italic; }
table.grid { border-collapse: collapse; width: 100%; margin: 6pt 0; font-size: 11pt; }
.grid th, .grid td { border: 1px solid #000; padding: 1pt 3pt; vertical-align: top; text-align: left; }
.grid th { text-align: center; vertical-align: middle; }
.grid td.num, .grid td.id { text-align: center; }
.grid tr.strong td { font-weight: bold; }
.grid tr { break-inside: avoid; }
.grid thead { display: table-header-group; }
.foot { display: grid; grid-template-columns: 75mm 1fr; margin-top: 12pt; }
.recipients p { margin: 0; font-size: 11pt; }
.recipients p:first-child { font-size: 12pt; font-weight: bold; font-style: italic; }
.sign { text-align: center; font-weight: bold; }
.sign p { margin: 0; }
.sign .name { margin-top: 64pt; }
.appendix { max-width: 252mm; page: landscape; break-before: page; margin-top: 2rem; }
.appendix > p { text-align: center; margin: 0; }
.appendix > p:nth-child(-n+2) { font-weight: bold; }
.appendix > p:nth-child(3) { font-style: italic; }
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
@page landscape { size: A4 landscape; }
@media print { body { margin: 0; max-width: none; } }
"""


def render_document(document: Document) -> str:
    tr = Labels(document.language)
    sep = tr.decimal_sep
    head = document.letterhead
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{document.language}">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(document.properties.title)}</title>",
        f'<meta name="author" content="{_e(document.properties.author)}">',
        f"<style>{STYLE}</style></head>",
        "<body>",
        '<header class="head"><div>',
        *([f"<p>{_e(head.parent)}</p>"] if head.parent else []),
        f'<p class="issuer">{_e(head.issuer)}</p><hr class="rule" style="width: 40%">',
        f'<p class="number">{_e(head.number)}</p></div><div>',
        f'<p class="nation">{_e(tr("report.nation"))}</p><p class="motto">{_e(tr("report.motto"))}</p>',
        '<hr class="rule" style="width: 56mm">',
        f'<p class="date">{_e(head.place_date)}</p></div></header>',
        f'<p class="kind">{_e(head.kind)}</p><p class="subject">{_e(head.subject)}</p>',
        '<hr class="rule" style="width: 30%">',
    ]
    if head.addressees:
        first, *others = head.addressees
        parts.append(f'<p class="to">{_e(first)}</p>')
        parts += [f'<p class="to-more">{_e(line)}</p>' for line in others]
    parts.append("<main>")
    for block in document.body:
        parts.append(_paragraph(block) if isinstance(block, Paragraph) else _table(block, sep))
    parts.append("</main>")
    foot = document.signature
    parts.append('<footer class="foot"><div class="recipients">')
    parts += [f"<p>{_e(line)}</p>" for line in foot.recipients]
    parts.append('</div><div class="sign">')
    parts += [f"<p>{_e(line)}</p>" for line in foot.authority]
    parts.append(f'<p class="name">{_e(foot.name) or "&nbsp;"}</p></div></footer>')
    for appendix in document.appendices:
        parts.append('<section class="appendix">')
        parts += [f"<p>{_e(line)}</p>" for line in appendix.heading]
        parts += [_table(table, sep) for table in appendix.tables]
        parts.append("</section>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def _e(text: object) -> str:
    return html.escape(inert(str(text), keep_newlines=True), quote=True)


def _paragraph(block: Paragraph) -> str:
    text = f"- {block.text}" if block.style == "item" else block.text
    kind = {"part": "part", "section": "section", "placeholder": "body placeholder"}.get(block.style, "body")
    return f'<p class="{kind}">{_e(text)}</p>'


def _table(table: Table, sep: str) -> str:
    out = [f"<h3>{_e(table.title)}</h3>"] if table.title else []
    head = "".join(f"<th>{_e(column.label)}</th>" for column in table.columns)
    weights = sum(column.wide for column in table.columns) or 1
    cols = "".join(
        f'<col style="width: {75 * column.wide // weights}%">' if column.wide else "<col>"
        for column in table.columns
    )  # the long texts share three quarters of the width, by their weight; figures take what they need
    out.append(f'<table class="grid"><colgroup>{cols}</colgroup><thead><tr>{head}</tr></thead><tbody>')
    rows = [*table.rows, *([table.footer] if table.footer else [])]
    for index, row in enumerate(rows):
        strong = ' class="strong"' if index in table.subtotals or index >= len(table.rows) else ""
        cells = []
        for col, (value, column) in enumerate(zip(row, table.columns, strict=True)):
            text = "<br>".join(_e(line) for line in cell_text(value, column, "\n", sep).split("\n"))
            if (link := table.links.get((index, col))) is not None:  # a file, relative to the page
                text = f'<a href="{_e(link)}">{text}</a>'
            kind = ' class="num"' if column.numeric else ' class="id"' if column.key == "id" else ""
            cells.append(f"<td{kind}>{text}</td>")
        out.append(f"<tr{strong}>{''.join(cells)}</tr>")
    out.append("</tbody></table>")
    return "\n".join(out)
