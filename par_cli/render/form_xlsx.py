"""A scores form as an Excel workbook: what offices fill in, print, sign, and send back to `par score`.

One row per criterion, in plan order: each field a heading row, each criterion with sub-criteria a
subtotal row above them, their scores summed live (SUBTOTAL, which never counts a subtotal twice).
What the plan says is read-only; the input cells (score, survey percent, evidence, explanation, not
applicable, appraised) are the only unlocked ones. In an office's form, a criterion another office
scores keeps its score cells locked and grey, with a note naming the scorer: the office sends
evidence and an explanation only. Each score is limited to 0..the criterion's maximum by one
validation rule per distinct maximum, given its whole range at once (linear in the criteria). A
score typed as text, which `par` reads but the sheet's own sums leave out, turns red where it
stands and is counted under the total.

On paper: the first rows say what the form is (the plan, the year, the unit assessed, the office
filling it, the day it was made) and repeat with the header on every page; A4 landscape, one page
wide at a scale the form sets, which keeps the total and the signature block with the last rows of
the table (paging.py); borders, "Page x of y" in the footer. Each row is as tall as its printed
cells' wrapped text (measure.py), a criterion's free to grow as it is filled in (xlsx_private.py);
the columns that do not print (lead, appraised, task) never wrap and never set a height. Cells
are styled through a few named styles, set once each: styling cell by cell with style objects is
what made large forms slow.
"""

from __future__ import annotations

import io
from collections import defaultdict
from decimal import Decimal
from typing import Any

from par_cli.core.numbers import fmt
from par_cli.render.measure import height, lines
from par_cli.render.paging import Rows, fit_scale
from par_cli.render.xlsx_format import number, text
from par_cli.render.xlsx_private import apply_style, auto_height, set_default_font, style_arrays
from par_cli.texts.labels import Labels
from par_cli.views.shapes import Form, FormRow, Report

# (role, catalogue key of its header, width); the input columns' headers are the reader's own.
COLUMNS = (
    ("id", "col.id", 5),
    ("name", "col.name", 56),
    ("max", "col.max", 7),
    ("target", "col.target", 8),
    ("score", "xlsx.score", 9),
    ("percent", "xlsx.percent", 8),
    ("evidence", "xlsx.evidence", 34),
    ("explanation", "xlsx.explanation", 28),
    ("not_applicable", "xlsx.not_applicable", 13),
    ("role", "col.scorer", 22),
    ("evidence_file", "xlsx.evidence_file", 30),  # paths for par (core/claims.py): on screen only
    ("lead", "col.lead", 30),
    # the council's appraisal in rounds (thẩm định lần 1, the unit's response, lần 2): on screen
    ("first", "xlsx.first", 10),
    ("response", "xlsx.response", 14),
    ("reason", "xlsx.reason", 30),
    ("response_evidence", "xlsx.response_evidence", 30),
    ("appraised", "xlsx.appraised", 10),
    ("task", "col.task", 60),
)
# The columns printed: up to who scores each criterion. The evidence files (paths par reads), the
# lead, the appraised score (the collector's, once the council has spoken) and the task stay on
# screen: 45 criteria then print on two A4 pages, at about 7 points.
PRINTED = 10
WIDTHS = {role: width for role, _, width in COLUMNS}
COLUMN = {role: index for index, (role, _, _) in enumerate(COLUMNS, start=1)}
LETTER = {role: chr(64 + index) for role, index in COLUMN.items()}
INPUTS = ("score", "percent", "evidence", "explanation", "not_applicable", "appraised", "evidence_file")
SCORING = ("score", "percent", "not_applicable", "appraised")  # the cells of the scorer alone
ROUNDS = ("first", "response", "reason", "response_evidence", "appraised")  # on screen, the scorer's
WRAPPED = ("name", "evidence", "explanation", "not_applicable", "role")  # what prints on lines
NUMBERS = ("score", "percent", "first", "appraised")  # cells that must hold numbers for the sums to hold
TITLE_ROWS = 3  # the title, and two rows of facts; the header row follows
HEADER = TITLE_ROWS + 1
FONT = 10  # points, for the table; the title a little larger
FACE = "Times New Roman"  # as Vietnamese administrative documents are set (see measure.py)
GREY, FIELD, BRANCH, SURVEY, WARN = "D9D9D9", "E8EEF5", "F3F6FA", "FFF4D6", "FFC7CE"
A4 = "9"  # the paper size code of A4
LEFT, RIGHT, TOP, BOTTOM = 0.4, 0.4, 0.5, 0.6  # the margins, in inches (the top one may grow)
SIGNING_ROWS = 3  # blank rows under the signature block, to sign in
DEFAULT_HEIGHT = 15  # points: a row of one line at the workbook's 11 points


def render(report: Report, width: int | None = None, colour: bool = False) -> bytes:
    form = report.form
    assert form is not None, "a form renderer writes a form"
    from openpyxl import Workbook  # imported here: only this format needs it

    tr = Labels(report.language)
    # Written as a stream, row after row: a form of 100,000 criteria never holds its cells at once.
    book = Workbook(write_only=True)
    set_default_font(book, FACE, 11)  # the unit of the column widths, the same everywhere
    _register_styles(book)
    scores = _Sheet(book, tr("xlsx.sheet.scores"))
    sheet = scores.sheet
    _page(sheet, tr)  # first: a stream writes the sheet's views, columns and set-up before its rows
    _title(scores, form)
    _header(scores, form, tr)
    first = HEADER + 1
    limits: dict[Decimal, list[str]] = defaultdict(list)
    percents: list[str] = []
    responses: list[str] = []
    for number_, row in enumerate(form.rows, start=first):
        _row(scores, form, row, number_, tr)
        if row.span is None and row.scores:
            limits[row.max].append(f"{LETTER['score']}{number_}")
            if row.survey:
                percents.append(f"{LETTER['percent']}{number_}")
            else:  # the council appraises what the unit scores itself, never a survey's result
                limits[row.max] += [f"{LETTER[role]}{number_}" for role in ("first", "appraised")]
                responses.append(f"{LETTER['response']}{number_}")
    total = first + len(form.rows)
    _total(scores, form, tr, first, total)
    _validate(sheet, limits, percents, tr)
    _responses(sheet, responses, tr)
    _flag_text(sheet, first, total - 1)
    last = _signatures(scores, form, tr, total + 1)
    sheet.print_area = f"A1:{chr(64 + PRINTED)}{last}"
    _scale(scores, total, last)
    _about(book, form, tr)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _register_styles(book: Any) -> None:
    """The form's named styles ("par …", hidden from the style gallery): a font, an alignment, a
    border on the printed table, a fill, and whether the cell is open to input."""
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Protection, Side

    thin = Side(style="thin", color="808080")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    fonts = {
        "": Font(name=FACE, size=FONT),
        "bold": Font(name=FACE, size=FONT, bold=True),
        "italic": Font(name=FACE, size=FONT, italic=True),
        "title": Font(name=FACE, size=FONT + 3, bold=True),
    }
    top = Alignment(vertical="top")
    wrap = Alignment(wrap_text=True, vertical="top")
    centre = Alignment(horizontal="center", vertical="top", wrap_text=True)
    fills = {colour: PatternFill("solid", fgColor=colour) for colour in (GREY, FIELD, BRANCH, SURVEY)}
    styles: dict[str, tuple[Font, Alignment, Border | None, str | None, bool]] = {
        "title": (fonts["title"], wrap, None, None, False),
        "fact": (fonts[""], wrap, None, None, False),
        "head": (fonts["bold"], centre, box, None, False),
        "cell": (fonts[""], top, box, None, False),
        "wrap": (fonts[""], wrap, box, None, False),
        "input": (fonts[""], wrap, box, None, True),
        "survey": (fonts[""], wrap, box, SURVEY, True),
        "grey": (fonts[""], wrap, box, GREY, False),
        "screen": (fonts[""], top, None, None, False),  # on screen only: one line, never a height
        "screen input": (fonts[""], top, None, None, True),
        "total": (fonts["bold"], wrap, box, None, False),
        "sign": (fonts["bold"], centre, None, None, False),
        "sign note": (fonts["italic"], centre, None, None, False),
        "about label": (fonts["bold"], wrap, box, None, False),
        "about value": (
            fonts[""],
            Alignment(wrap_text=True, vertical="top", horizontal="left"),
            box,
            None,
            False,
        ),
        "about input": (fonts[""], wrap, box, None, True),
    }
    for depth in range(4):  # a name, indented as deep as its row lies
        styles[f"name {depth}"] = (
            fonts[""],
            Alignment(wrap_text=True, vertical="top", indent=depth),
            box,
            None,
            False,
        )
        for level, colour in (("field", FIELD), ("branch", BRANCH)):
            indent = Alignment(wrap_text=True, vertical="top", indent=depth)
            styles[f"{level} name {depth}"] = (fonts["bold"], indent, box, colour, False)
    for level, colour in (("field", FIELD), ("branch", BRANCH)):
        styles[level] = (fonts["bold"], top, box, colour, False)
    for name, (font, alignment, border, fill, open_) in styles.items():
        style = NamedStyle(name=f"par {name}", font=font, alignment=alignment, hidden=True)
        if border is not None:
            style.border = border
        if fill is not None:
            style.fill = fills[fill]
        style.protection = Protection(locked=not open_)
        book.add_named_style(style)


class Formula(str):
    """A formula the form writes itself (a sum): every other text is written as text, whatever it
    looks like."""


class _Sheet:
    """A sheet written as a stream, and the cells of its rows: text always as text, a figure as
    a number, each styled by the name of one of the form's styles."""

    def __init__(self, book: Any, title: str) -> None:
        self.sheet = book.create_sheet(title)
        self.styles = style_arrays(book)  # looked up once, not once a cell
        self.heights: list[float] = []  # of each row written, in points: how the sheet pages
        self.headings: list[bool] = []  # which rows head the rows below them (kept with them)

    def append(
        self, cells: list[Any], points: float | None = None, grows: bool = False, heading: bool = False
    ) -> int:
        """Row after row: ``cells``, ``points`` tall (else the default height), a height fixed
        unless the row ``grows`` with what is typed into it; a ``heading`` of the rows below it.
        Returns the row's number."""
        number_ = len(self.heights) + 1
        if points is not None and grows:
            auto_height(self.sheet, number_, points)
        elif points is not None:
            self.sheet.row_dimensions[number_].height = points
        self.heights.append(DEFAULT_HEIGHT if points is None else points)
        self.headings.append(heading)
        self.sheet.append(cells)
        return number_

    def cell(self, value: str | Decimal | int | None, style: str | None = None) -> Any:
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(self.sheet)
        if isinstance(value, Formula):
            cell.value = str(value)  # the one kind of text that is computed
        elif isinstance(value, str) and value:
            text(cell, value)
        elif isinstance(value, Decimal | int):
            number(cell, value)
        if style is not None:
            apply_style(cell, self.styles[f"par {style}"])
        return cell


def _title(out: _Sheet, form: Form) -> None:
    """The rows that say what the form is: they print at the top of every page."""
    last = chr(64 + PRINTED)
    width = sum(WIDTHS[role] for role, _, _ in COLUMNS[:PRINTED])
    for number_, line in enumerate([form.title, *_fact_lines(form)], start=1):
        size = FONT + 3 if number_ == 1 else FONT
        points = height(lines(line, width, size, bold=number_ == 1), size)
        out.append([out.cell(line, "title" if number_ == 1 else "fact")], points)
        out.sheet.merged_cells.add(f"A{number_}:{last}{number_}")


def _fact_lines(form: Form) -> list[str]:
    """The facts of the form on two lines: the year and the unit; the office and the date."""
    facts = [f"{label}: {value}" for label, value in form.heading]
    half = (len(facts) + 1) // 2
    return ["    ".join(facts[:half]), "    ".join(facts[half:])]


def _header(out: _Sheet, form: Form, tr: Labels) -> None:
    tallest = 1
    cells = []
    for role, key, width in COLUMNS:
        if role == "target":
            label = tr(key, year=form.year)
        elif role == "role":
            label = tr("col.role") if form.office else tr(key)
        else:
            label = tr(key)
        printed = COLUMN[role] <= PRINTED
        cells.append(out.cell(label, "head" if printed else "screen"))
        if printed:
            tallest = max(tallest, lines(label, width, FONT, bold=True))
    out.append(cells, height(tallest, FONT))


def _row(out: _Sheet, form: Form, row: FormRow, number_: int, tr: Labels) -> None:
    if row.span is not None:
        _heading(out, form, row, number_)
        return
    name = row.name
    if row.survey and row.scores:  # explained on paper, under its name
        name = f"{name}\n({tr('form.survey')})"
    values: dict[str, str | Decimal] = {
        "id": row.id,
        "name": name,
        "max": row.max,
        "target": row.target,
        "role": row.role,
        "lead": row.lead,
        "task": "; ".join(row.tasks),  # one line: the task never prints, never sets a height
    }
    tallest = 1
    cells = []
    for role, _, width in COLUMNS:
        value = values.get(role)
        if isinstance(value, str) and value and role in WRAPPED:
            indent = min(row.depth, 3) if role == "name" else 0
            tallest = max(tallest, lines(value, width, FONT, indent=indent))
        cells.append(out.cell(value, _style_of(row, role)))
    if not row.scores:  # the note names the office that scores it
        from openpyxl.comments import Comment

        cells[COLUMN["score"] - 1].comment = Comment(tr("form.contributes", scorer=row.scorer), "par")
    # As tall as its printed text, and free to grow as evidence and explanations are typed in
    out.append(cells, height(tallest, FONT), grows=True)


def _style_of(row: FormRow, role: str) -> str:
    """The named style of a criterion's cell: open where the form's office fills it in."""
    if role == "name":
        return f"name {min(row.depth, 3)}"
    if role in ("lead", "task"):
        return "screen"
    if role == "evidence_file":  # every office hands in files, whoever scores the criterion
        return "screen input"
    if role in ROUNDS:
        return "screen input" if row.scores and not row.survey else "screen"
    if role in SCORING and not row.scores:
        return "grey"  # another office scores it: locked, with a note
    if role == "percent":
        return "survey" if row.survey else "grey"  # a percent is a survey's result only
    if role == "score":
        return "survey" if row.survey else "input"
    if role in INPUTS:
        return "input"
    return "wrap" if role in WRAPPED else "cell"


def _heading(out: _Sheet, form: Form, row: FormRow, number_: int) -> None:
    """A field, or a criterion with sub-criteria: bold, shaded, its rows summed live."""
    level = "field" if row.depth == 0 else "branch"
    assert row.span is not None
    first, last = number_ + 1, number_ + row.span
    values: dict[str, str | Decimal] = {"id": row.id, "name": row.name, "score": _sum(first, last)}
    if form.office is None:
        values["max"], values["target"] = row.max, row.target
    elif row.own is not None:  # an office's form: what it scores below; blank where nothing
        values["max"], values["target"] = row.own
    cells = []
    for role, index in COLUMN.items():
        if index > PRINTED:
            break
        style = f"{level} name {min(row.depth, 3)}" if role == "name" else level
        cells.append(out.cell(values.get(role), style))
    tallest = lines(row.name, WIDTHS["name"], FONT, bold=True, indent=min(row.depth, 3))
    out.append(cells, height(tallest, FONT), heading=True)


def _sum(first: int, last: int) -> Formula:
    """The scores of rows ``first`` to ``last``, summed live; blank until one of them holds a
    number (a blank form prints no zeros). SUBTOTAL leaves out every cell whose formula holds a
    SUBTOTAL, wrapped or not (Excel and LibreOffice alike), so no subtotal counts twice."""
    column = LETTER["score"]
    scores = f"{column}{first}:{column}{last}"
    return Formula(f'=IF(COUNT({scores}),SUBTOTAL(9,{scores}),"")')


def _total(out: _Sheet, form: Form, tr: Labels, first: int, total: int) -> None:
    last = total - 1
    values: dict[str, str | Decimal] = {"name": tr("row.total"), "score": _sum(first, last)}
    if form.totals is not None:  # None: an office that scores none of its form's criteria
        values["max"], values["target"] = form.totals
    # Scores typed as text are read by par but left out of the sums above: say how many, here.
    scores = f"{LETTER['score']}{first}:{LETTER['score']}{last}"
    count = f'SUMPRODUCT(ISTEXT({scores})*({scores}<>""))'  # a subtotal's "" is no score
    warning = tr("form.text_scores")
    quoted = warning.replace('"', '""')
    values["evidence"] = Formula(f'=IF({count}>0,{count}&"{quoted}","")')
    cells = [out.cell(values.get(role), "total") for role, _, _ in COLUMNS[:PRINTED]]
    # The warning spans the columns from the evidence to the last printed: room for it, on one line
    span = [role for role, _, _ in COLUMNS[COLUMN["evidence"] - 1 : PRINTED]]
    room = sum(WIDTHS[role] for role in span)
    out.append(cells, height(lines(f"100{warning}", room, FONT, bold=True), FONT))  # up to 100 cells
    out.sheet.merged_cells.add(f"{LETTER[span[0]]}{total}:{LETTER[span[-1]]}{total}")


def _validate(sheet: Any, limits: dict[Decimal, list[str]], percents: list[str], tr: Labels) -> None:
    """One rule per distinct maximum, given its whole range at once: adding cells to a rule one by
    one makes openpyxl rescan the rule each time (quadratic in the criteria)."""
    from openpyxl.worksheet.datavalidation import DataValidation

    rules = [(maximum, cells, tr("xlsx.invalid", max=maximum)) for maximum, cells in limits.items()]
    if percents:
        rules.append((Decimal(100), percents, tr("xlsx.percent.invalid")))
    for maximum, cells, message in rules:
        rule = DataValidation(
            type="decimal",
            operator="between",
            formula1="0",
            formula2=fmt(maximum),
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=tr("xlsx.invalid.title"),
            error=message,
            sqref=" ".join(cells),
        )
        sheet.data_validations.append(rule)


def _responses(sheet: Any, cells: list[str], tr: Labels) -> None:
    """The response to the first appraisal: one of two words, as `par` reads them back."""
    if not cells:
        return
    from openpyxl.worksheet.datavalidation import DataValidation

    choices = tr("xlsx.response.choices")
    rule = DataValidation(
        type="list",
        formula1=f'"{choices}"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=tr("xlsx.invalid.title"),
        error=tr("xlsx.response.invalid", choices=choices.replace(",", ", ")),
        sqref=" ".join(cells),
    )
    sheet.data_validations.append(rule)


def _flag_text(sheet: Any, first: int, last: int) -> None:
    """A number typed as text ("6,928" in an English Excel) turns red where it stands."""
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import Font, PatternFill

    for role in NUMBERS:
        column = LETTER[role]
        rule = FormulaRule(
            formula=[f'AND(ISTEXT({column}{first}),{column}{first}<>"")'],  # not a blank subtotal
            fill=PatternFill("solid", bgColor=WARN),
            font=Font(bold=True, color="9C0006"),
            stopIfTrue=True,
        )
        sheet.conditional_formatting.add(f"{column}{first}:{column}{max(first, last)}", rule)


def _signatures(out: _Sheet, form: Form, tr: Labels, number_: int) -> int:
    """Prepared by, and the head of the office, each over "(signature and full name)"; the place
    and date above the head's. Nothing stands in the id column, so that `par score` never reads
    these rows as criteria. Returns the last row to print (room to sign below the names)."""
    out.append([])
    lines_ = [
        (None, tr("form.place_date"), "sign note"),
        (tr("form.prepared"), tr("form.head"), "sign"),
        (tr("form.sign"), tr("form.sign"), "sign note"),
    ]
    for left, right, style in lines_:
        cells: list[Any] = [None] * COLUMN["explanation"]
        cells[COLUMN["name"] - 1] = out.cell(left, style) if left else None
        cells[COLUMN["explanation"] - 1] = out.cell(right, style)
        row = out.append(cells)
        out.sheet.merged_cells.add(f"{LETTER['explanation']}{row}:{LETTER['role']}{row}")
    for _ in range(SIGNING_ROWS):
        row = out.append([])
    return row


def _scale(out: _Sheet, total: int, last: int) -> None:
    """One page wide, at a scale that fits the printed columns in Excel and LibreOffice alike, and
    keeps the total and the signatures on a page with the last rows of the table: a little smaller,
    or with a taller top margin, where they would print on a page of their own (paging.py)."""
    scale = fit_scale([width for _, _, width in COLUMNS[:PRINTED]], LEFT, RIGHT)
    heights = out.heights
    table = slice(HEADER, total - 1)
    rows = Rows(sum(heights[:HEADER]), heights[table], heights[total - 1 : last], out.headings[table])
    out.sheet.page_setup.scale, out.sheet.page_margins.top = rows.layout(scale, TOP, BOTTOM)


def _page(sheet: Any, tr: Labels) -> None:
    """Frozen under the header, protected (no password), A4 landscape, one page wide (_scale),
    the title rows and header on every page, page numbers in the footer."""
    for role, _, width in COLUMNS:
        sheet.column_dimensions[LETTER[role]].width = width
    sheet.freeze_panes = f"C{HEADER + 1}"
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False  # columns and rows may still be resized
    sheet.protection.formatRows = False
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = A4
    sheet.sheet_properties.pageSetUpPr.fitToPage = False  # par scales it (_scale), both programs alike
    margins = sheet.page_margins
    margins.left, margins.right, margins.top, margins.bottom = LEFT, RIGHT, TOP, BOTTOM
    margins.header, margins.footer = 0.3, 0.3
    sheet.print_options.horizontalCentered = True
    sheet.print_title_rows = f"1:{HEADER}"
    sheet.oddFooter.center.text = tr("form.page")
    sheet.oddFooter.center.size = 9
    sheet.oddFooter.center.font = FACE


def _about(book: Any, form: Form, tr: Labels) -> None:
    """Whose the scores are, and the unit's difficulties and proposals: the rows `par score` reads
    (a label, the key, the value; one item a line). Prints on one A4 page."""
    about = _Sheet(book, tr("xlsx.sheet.about"))
    sheet = about.sheet
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # before the rows: see _page
    for column, width in (("A", 34), ("B", 16), ("C", 70)):
        sheet.column_dimensions[column].width = width
    sheet.column_dimensions["B"].hidden = True  # the keys par reads; nothing for a reader
    for number_, line in ((1, form.title), (2, form.howto)):
        size = FONT + 3 if number_ == 1 else FONT
        sheet.row_dimensions[number_].height = height(lines(line, 34 + 70, size, bold=number_ == 1), size)
        sheet.append([about.cell(line, "title" if number_ == 1 else "fact")])
        sheet.merged_cells.add(f"A{number_}:C{number_}")
    sheet.append([])
    for number_, (key, label, value, editable) in enumerate(form.about, start=4):
        if key in ("difficulties", "proposals"):  # a box to write in, on screen and on paper
            sheet.row_dimensions[number_].height = 90
        style = "about input" if editable else "about value"
        sheet.append([about.cell(label, "about label"), about.cell(key, "screen"), about.cell(value, style)])
    sheet.page_setup.paperSize = A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.oddFooter.center.text = tr("form.page")
    sheet.oddFooter.center.size = 9
    sheet.oddFooter.center.font = FACE
    sheet.protection.sheet = True
