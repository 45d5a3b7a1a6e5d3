"""Word documents: the report as an office edits, signs and files it.

Set as Vietnamese administrative documents are (Decree 30/2020): A4, Times New Roman 13 pt, the
heading block (the issuing body on the left; the national name and motto on the right; the number,
the place and date), the kind of document and its subject centred. Each table repeats its header
row on every page; a table too wide for a portrait page gets a landscape section of its own.
"""

from __future__ import annotations

import io
from typing import Any

from par_cli.render.cells import cell_text, header_width
from par_cli.texts.escape import inert
from par_cli.texts.labels import Labels
from par_cli.views.shapes import Letterhead, Report, Table

FONT = "Times New Roman"
PORTRAIT_COLUMNS = 6  # a table with more columns is set on a landscape page


def render(report: Report, width: int | None = None, colour: bool = False) -> bytes:
    from docx import Document  # imported here: only this format needs it
    from docx.shared import Mm, Pt

    tr = Labels(report.language)
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(13)
    normal.element.rPr.rFonts.set(_qn("w:eastAsia"), FONT)
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    _margins(section)
    if report.letterhead is not None:
        _letterhead(doc, report.letterhead, tr)
    else:
        _paragraph(doc, report.title, bold=True, size=14, align="center")
    for name, value in report.facts:
        paragraph = doc.add_paragraph()
        if name:
            paragraph.add_run(f"{inert(name)}: ").bold = True
        paragraph.add_run(inert(value))
    # A document's parts are numbered I, II, III... as administrative reports number them.
    numbered = report.letterhead is not None
    landscape = False
    for number, table in enumerate(report.tables, start=1):
        wide = len(table.columns) > PORTRAIT_COLUMNS
        if wide != landscape:  # a landscape section for wide tables in a row, then portrait again
            _turn(doc, wide)
            landscape = wide
        _table(doc, table, tr, wide, f"{_roman(number)}. " if numbered else "")
    if landscape:
        _turn(doc, False)
    if report.notes:
        for note in report.notes:
            _paragraph(doc, note, italic=True)
    if report.letterhead is not None:
        head = report.letterhead
        for number, (heading, texts) in enumerate(zip(head.sections, head.texts, strict=True), start=1):
            _paragraph(doc, f"{_roman(len(report.tables) + number)}. {heading}", bold=True)
            for text in texts or [tr("report.to_write")]:
                _paragraph(doc, f"- {text}" if texts else text, italic=not texts)
        _signature(doc, head)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _letterhead(doc: Any, head: Letterhead, tr: Labels) -> None:
    block = _block(doc, 2, (60, 105))  # the national name on one line
    left, right = block.rows[0].cells
    _cell_text(left, head.issuer, bold=True, size=12)
    _cell_text(right, tr("report.nation"), bold=True, size=12)
    _cell_line(right, tr("report.motto"), bold=True, underline=True, align="center")
    number, place_date = block.rows[1].cells
    _cell_text(number, head.number, size=13)
    _cell_text(place_date, head.place_date, italic=True, size=13)
    doc.add_paragraph()
    _paragraph(doc, head.kind, bold=True, size=14, align="center")
    _paragraph(doc, head.subject, bold=True, size=14, align="center")


def _signature(doc: Any, head: Letterhead) -> None:
    """The foot of the document: who receives it on the left, who signs it on the right."""
    doc.add_paragraph()
    left, right = _block(doc, 1, (75, 90)).rows[0].cells
    first, *others = head.recipients
    _cell_text(left, first, bold=True, italic=True, size=12, align="left")
    for line in others:
        _cell_line(left, line, size=11)
    on_behalf, title, *rest = head.signature
    _cell_text(right, on_behalf, bold=True, size=13)
    _cell_line(right, title, bold=True, align="center")
    for line in rest:
        _cell_line(right, line, bold=True, align="center")


def _block(doc: Any, rows: int, widths: tuple[int, int]) -> Any:
    """A borderless table of two columns ``widths`` mm wide: a heading block or a signature."""
    from docx.shared import Mm

    block = doc.add_table(rows=rows, cols=2)
    block.autofit = False
    for column, width in zip(block.columns, widths, strict=True):
        column.width = Mm(width)  # the grid, which LibreOffice reads; Word reads each cell's
        for cell in column.cells:
            cell.width = Mm(width)
    return block


def _roman(number: int) -> str:
    numerals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for value, letters in numerals:
        while number >= value:
            out, number = out + letters, number - value
    return out


def _turn(doc: Any, landscape: bool) -> None:
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Mm

    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    _margins(section)


def _table(doc: Any, table: Table, tr: Labels, wide: bool, number: str = "") -> None:
    from docx.shared import Mm, Pt

    if table.title:
        title = _paragraph(doc, number + table.title, bold=True)
        title.paragraph_format.keep_with_next = True  # never a title alone at the foot of a page
        title.paragraph_format.space_before = Pt(12)
    if not table.rows:
        _paragraph(doc, f"({tr('none')})", italic=True)
    else:
        sep = tr.decimal_sep
        rows = [*table.rows, *([table.footer] if table.footer else [])]
        size = Pt(10 if wide else 11)
        style = _cell_style(doc, int(size.pt))
        room = 297 - 45 if wide else 210 - 45  # the page less its margins, in mm
        widths = [Mm(width) for width in _widths(table, rows, sep, room, size.pt)]
        grid = doc.add_table(rows=1 + len(rows), cols=len(table.columns))
        grid.style = "Table Grid"
        grid.autofit = False
        for column, width in zip(grid.columns, widths, strict=True):
            column.width = width  # the table's grid, which LibreOffice reads; Word reads each cell's
        cells = _cells(grid)
        for cell, column, width in zip(next(cells), table.columns, widths, strict=True):
            _cell_text(cell, column.label, bold=True, style=style)
            cell.width = width
        _repeat_header(grid.rows[0])
        for index, (row, row_cells) in enumerate(zip(rows, cells, strict=True)):
            strong = index in table.subtotals or index == len(table.rows)
            for cell, value, column, width in zip(row_cells, row, table.columns, widths, strict=True):
                text = cell_text(value, column, "\n", sep)
                align = "right" if column.numeric else "left"
                _cell_text(cell, text, bold=strong, align=align, style=style)
                cell.width = width


def _cells(grid: Any) -> Any:
    """The cells of each row, read from the row itself: python-docx's table.cell(row, column)
    walks the whole table each time, which made a 60-row table take seconds."""
    from docx.table import _Cell

    for row in grid.rows:
        yield [_Cell(tc, grid) for tc in row._tr.tc_lst]


def _widths(table: Table, rows: list[Any], sep: str, room: float, points: float) -> list[float]:
    """Each column's width in mm: a short column as wide as its longest line and the longest word
    of its header (no figure or word broken); the long-text columns share what is left."""
    per_char = points * 0.22  # mm of an average bold character of Times New Roman, with room to spare
    longest = [
        max(len(line) for row in rows for line in cell_text(row[col], column, "\n", sep).split("\n"))
        for col, column in enumerate(table.columns)
    ]
    wide = [column.wide for column in table.columns]
    # Headers on two lines where the text columns keep 45 mm each; else on three, four...
    for lines in (2, 3, 4, 6):
        needs = []
        for column, chars in zip(table.columns, longest, strict=True):
            header = header_width(column.label, lines)
            need = max(max(chars, header) * per_char + 4, 12)  # 4: the cell's margins; 12: "Max"
            needs.append(min(need, 90.0) if column.wide else need)
        fixed = sum(need for need, long in zip(needs, wide, strict=True) if not long)
        if fixed + 45 * sum(1 for long in wide if long) <= room:
            break
    flexible = sum(need for need, long in zip(needs, wide, strict=True) if long)
    if flexible and fixed < room:
        share = (room - fixed) / flexible
        return [need * share if long else need for need, long in zip(needs, wide, strict=True)]
    return [need * room / (fixed + flexible) for need in needs]


def _margins(section: Any) -> None:
    from docx.shared import Mm

    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)


def _repeat_header(row: Any) -> None:
    """Word repeats a row marked tblHeader at the top of each page the table runs on."""
    from docx.oxml import OxmlElement

    properties = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(_qn("w:val"), "true")
    properties.append(header)


def _paragraph(doc: Any, text: str, **how: Any) -> Any:
    return _write(doc.add_paragraph(), text, **how)


def _cell_text(cell: Any, text: str, **how: Any) -> Any:
    """Into a table cell: its first paragraph."""
    return _write(cell.paragraphs[0], text, **{"align": "center", "size": 11, **how})


def _cell_line(cell: Any, text: str, **how: Any) -> Any:
    """Another line of a table cell."""
    return _write(cell.add_paragraph(), text, **how)


def _write(
    paragraph: Any,
    text: str,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
    size: float = 13,
    align: str = "left",
    style: Any = None,
) -> Any:
    """One run of ``text``, setting only what differs from the defaults: python-docx takes a
    millisecond for each property, and a table has hundreds of cells. ``style``: a paragraph style
    that carries the size."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    if style is not None:  # by its id, straight into the XML: paragraph.style looks up every style
        paragraph._p.style = style.style_id
    if align != "left":
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "center" else WD_ALIGN_PARAGRAPH.RIGHT
    run = paragraph.add_run(inert(text, keep_newlines=True))
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    if underline:
        run.underline = True
    if style is None:
        run.font.size = Pt(size)
    return paragraph


def _cell_style(doc: Any, points: int) -> Any:
    """The paragraph style of a table's cells: Times New Roman at ``points``, no space after."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    name = f"Table text {points}"
    if name in [style.name for style in doc.styles]:
        return doc.styles[name]
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles["Normal"]
    style.font.size = Pt(points)
    style.paragraph_format.space_after = Pt(0)
    return style


def _qn(name: str) -> str:
    from docx.oxml.ns import qn

    return str(qn(name))
