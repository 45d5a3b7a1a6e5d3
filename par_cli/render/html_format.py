"""A self-contained HTML page: inline CSS and SVG, no scripts, printable on A4.

Every text is escaped, so a name or note holding markup shows as text and runs nothing.
"""

from __future__ import annotations

import html
import textwrap
from decimal import Decimal

from par_cli.core.numbers import fmt
from par_cli.render.cells import cell_text
from par_cli.texts.escape import inert
from par_cli.texts.labels import Labels
from par_cli.views.shapes import Cell, Chart, Column, Report, Table

COLOURS = ("#8a94a6", "#2f6fbf", "#2e8b57", "#d9822b")

STYLE = """
body { font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; color: #1d2733;
       max-width: 60rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.35; }
h1 { font-size: 16pt; margin: 0 0 .6rem; }
h2 { font-size: 12.5pt; margin: 1.6rem 0 .5rem; border-bottom: 1px solid #c8d0da; padding-bottom: .2rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0 0 1rem; }
dt { font-weight: bold; }
dd { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: 0 0 .8rem; }
th, td { border: 1px solid #c8d0da; padding: .2rem .35rem; vertical-align: top; text-align: left; }
th { background: #eef2f6; }
td.num, th.num { text-align: right; }
td.num { white-space: nowrap; }
td.wide { min-width: 14em; }
td.code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .85em; word-break: break-all;
          min-width: 8em; }
a { color: #1f5fa8; }
tfoot td { font-weight: bold; background: #f6f8fa; }
tr.muted td { color: #5b6776; font-style: italic; }
tr.subtotal td { font-weight: bold; background: #f6f8fa; }
.notes li { margin-bottom: .3rem; }
.made { color: #555; font-size: .85em; margin: 0 0 1rem; }
svg text { font-family: inherit; font-size: 9pt; fill: #1d2733; }
footer { margin-top: 2rem; color: #5b6776; font-size: 9pt; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  body { margin: 0; max-width: none; font-size: 9.5pt; }
  h2 { break-after: avoid; page-break-after: avoid; }
  tr, figure, dl { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  tfoot { display: table-row-group; }
}
"""


def render(report: Report, width: int | None = None, colour: bool = False) -> str:
    sep = Labels(report.language).decimal_sep
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{report.language}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(report.title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        f"<header><h1>{_e(report.title)}</h1>",
    ]
    if report.facts:
        parts.append("<dl>")
        parts += [f"<dt>{_e(name)}</dt><dd>{_e(value)}</dd>" for name, value in report.facts]
        parts.append("</dl>")
    if report.provenance:
        parts.append(f'<p class="made">{_e(report.provenance)}</p>')
    parts.append("</header>")
    parts += [_chart(chart, sep) for chart in report.charts]
    parts += [_table(table, sep) for table in report.tables]
    if report.notes:
        parts.append('<ul class="notes">')
        parts += [f"<li>{_e(note)}</li>" for note in report.notes]
        parts.append("</ul>")
    parts += ["</body>", "</html>", ""]
    return "\n".join(parts)


def _e(text: object) -> str:
    return html.escape(inert(str(text), keep_newlines=True), quote=True)


def _td(value: Cell, column: Column, sep: str, link: str | None = None) -> str:
    text = "<br>".join(_e(line) for line in cell_text(value, column, "\n", sep).split("\n"))
    if link is not None:  # a relative URL the view made (an evidence file beside the page)
        text = f'<a href="{_e(link)}">{text}</a>'
    return f"<td{_class(column)}>{text}</td>"


def _class(column: Column) -> str:
    if column.code:
        return ' class="code"'
    return ' class="num"' if column.numeric else ' class="wide"' if column.wide else ""


def _table(table: Table, sep: str) -> str:
    out = ["<section>"]
    if table.title:
        out.append(f"<h2>{_e(table.title)}</h2>")
    if not table.rows:
        out.append("<p>&mdash;</p></section>")
        return "\n".join(out)
    head = "".join(
        f'<th class="num">{_e(c.label)}</th>' if c.numeric else f"<th>{_e(c.label)}</th>"
        for c in table.columns
    )
    out.append(f"<table><thead><tr>{head}</tr></thead><tbody>")
    for index, row in enumerate(table.rows):
        muted = (
            ' class="muted"'
            if index in table.muted
            else ' class="subtotal"'
            if index in table.subtotals
            else ""
        )
        cells = "".join(
            _td(v, c, sep, table.links.get((index, col)))
            for col, (v, c) in enumerate(zip(row, table.columns, strict=True))
        )
        out.append(f"<tr{muted}>{cells}</tr>")
    out.append("</tbody>")
    if table.footer:
        cells = "".join(_td(v, c, sep) for v, c in zip(table.footer, table.columns, strict=True))
        out.append(f"<tfoot><tr>{cells}</tr></tfoot>")
    out.append("</table></section>")
    return "\n".join(out)


def _chart(chart: Chart, sep: str) -> str:
    """One group of bars per row under its label, one bar per series, scaled 0 to 100 %."""
    pct = "%" if sep == "," else " %"  # 94,97% as Vietnamese documents write it; 94.97 % in English
    label_width, bar_width, bar_height, gap, line_height = 12, 548, 9, 8, 14
    legend_height, width = 22, 700
    longest = width * 2 // 15  # characters of a label line, at 7.5 px (capitals) each
    labels = [textwrap.wrap(label, longest) or [""] for label, _, _ in chart.rows]
    bars_height = len(chart.series) * (bar_height + 2)
    height = legend_height + sum(len(lines) * line_height + bars_height + gap for lines in labels) + 18
    out = [f"<figure><h2>{_e(chart.title)}</h2>"]
    out.append(
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{_e(chart.title)}">'
    )
    x = label_width
    for index, name in enumerate(chart.series):
        out.append(f'<rect x="{x}" y="4" width="10" height="10" fill="{COLOURS[index % len(COLOURS)]}"/>')
        out.append(f'<text x="{x + 14}" y="13">{_e(name)}</text>')
        x += 24 + 7 * len(name)
    top = legend_height
    for lines, (_, description, values) in zip(labels, chart.rows, strict=True):
        for line in lines:  # a long label wraps at a word, never cut
            out.append(f'<text x="0" y="{top + 10}"><title>{_e(description)}</title>{_e(line)}</text>')
            top += line_height
        axis_line = f'x1="{label_width}" y1="{top - 1}" x2="{label_width}" y2="{top + bars_height}"'
        out.append(f'<line {axis_line} stroke="#1d2733"/>')
        for index, value in enumerate(values):
            if value is None:
                continue
            y = top + index * (bar_height + 2)
            length = _scaled(value, bar_width)
            colour = COLOURS[index % len(COLOURS)]
            shown = fmt(value, 2, sep)
            out.append(
                f'<rect x="{label_width}" y="{y}" width="{length}" height="{bar_height}" fill="{colour}">'
                f"<title>{_e(chart.series[index])}: {shown}{pct}</title></rect>"
            )
            out.append(f'<text x="{label_width + length + 4}" y="{y + bar_height - 1}">{shown}{pct}</text>')
        top += bars_height + gap
    out.append(f'<text x="{label_width + bar_width - 24}" y="{top + 14}">100{pct}</text>')
    out.append("</svg></figure>")
    return "\n".join(out)


def _scaled(value: Decimal, width: int) -> Decimal:
    clamped = min(max(value, Decimal(0)), Decimal(100))
    return (clamped * width / 100).quantize(Decimal("0.1"))
