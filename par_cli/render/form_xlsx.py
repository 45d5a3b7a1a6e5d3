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
cells' wrapped text (measure.py), a criterion's free to grow as it is filled in (its height is
written without customHeight, as Excel writes a row it fitted itself: sml.Sheet.row's ``grows``);
the columns that do not print (lead, appraised, task) never wrap and never set a height. The
workbook is written by par's own SpreadsheetML writer (sml.py), a row at a time: each of the form's
few styles is worked out once, and a row is one string, so a form of 100,000 criteria takes
seconds, and never holds its cells at once.

The workbook's font, the unit of every column width, is Times New Roman 11: it has Calibri 11's
digit width (7 pixels), and its metric twin Liberation Serif is wherever LibreOffice is, where
Calibri often is not (a wider font takes its place and every column grows). So the columns come
out the same width in Excel and in LibreOffice, and the rows are measured right for both.
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

from par_cli.core.numbers import fmt
from par_cli.render import sml
from par_cli.render.measure import height, lines
from par_cli.render.paging import Rows, fit_scale
from par_cli.render.xlsx_format import sheet_name
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
A4 = 9  # the paper size code of A4
LEFT, RIGHT, TOP, BOTTOM = 0.4, 0.4, 0.5, 0.6  # the margins, in inches (the top one may grow)
SIGNING_ROWS = 3  # blank rows under the signature block, to sign in
DEFAULT_HEIGHT = 15  # points: a row of one line at the workbook's 11 points


def render(report: Report, width: int | None = None, colour: bool = False) -> bytes:
    form = report.form
    assert form is not None, "a form renderer writes a form"
    tr = Labels(report.language)
    # The workbook's font is the unit of the column widths: the same everywhere (see above)
    book = sml.Workbook(sml.Font(FACE, 11), form.title, report.language)
    styles = _styles(book)
    names: set[str] = set()
    scores = _Sheet(book, sheet_name(tr("xlsx.sheet.scores"), names, "Scores"), styles)
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
    _flag_text(book, sheet, first, total - 1)
    last = _signatures(scores, form, tr, total + 1)
    sheet.print_area = f"A1:{chr(64 + PRINTED)}{last}"
    _scale(scores, total, last)
    _about(book, form, tr, sheet_name(tr("xlsx.sheet.about"), names, "About"), styles)
    return book.save()


def _styles(book: sml.Workbook) -> dict[str, int]:
    """The form's styles, by name, each as the number its cells hold: a font, an alignment, a
    border on the printed table, a fill, and whether the cell is open to input."""
    box = sml.Border("thin", "808080")
    fonts = {
        "": sml.Font(FACE, FONT),
        "bold": sml.Font(FACE, FONT, bold=True),
        "italic": sml.Font(FACE, FONT, italic=True),
        "title": sml.Font(FACE, FONT + 3, bold=True),
    }
    top = sml.Alignment(vertical="top")
    wrap = sml.Alignment(vertical="top", wrap=True)
    centre = sml.Alignment("center", "top", wrap=True)
    styles: dict[str, sml.Style] = {
        "title": sml.Style(fonts["title"], alignment=wrap),
        "fact": sml.Style(fonts[""], alignment=wrap),
        "head": sml.Style(fonts["bold"], border=box, alignment=centre),
        "cell": sml.Style(fonts[""], border=box, alignment=top),
        "wrap": sml.Style(fonts[""], border=box, alignment=wrap),
        "input": sml.Style(fonts[""], border=box, alignment=wrap, locked=False),
        "survey": sml.Style(fonts[""], SURVEY, box, wrap, locked=False),
        "grey": sml.Style(fonts[""], GREY, box, wrap),
        "screen": sml.Style(fonts[""], alignment=top),  # on screen only: one line, never a height
        "screen input": sml.Style(fonts[""], alignment=top, locked=False),
        "total": sml.Style(fonts["bold"], border=box, alignment=wrap),
        "sign": sml.Style(fonts["bold"], alignment=centre),
        "sign note": sml.Style(fonts["italic"], alignment=centre),
        "about label": sml.Style(fonts["bold"], border=box, alignment=wrap),
        "about value": sml.Style(fonts[""], border=box, alignment=sml.Alignment("left", "top", wrap=True)),
        "about input": sml.Style(fonts[""], border=box, alignment=wrap, locked=False),
    }
    for depth in range(4):  # a name, indented as deep as its row lies
        indent = sml.Alignment(vertical="top", wrap=True, indent=depth)
        styles[f"name {depth}"] = sml.Style(fonts[""], border=box, alignment=indent)
        for level, colour in (("field", FIELD), ("branch", BRANCH)):
            styles[f"{level} name {depth}"] = sml.Style(fonts["bold"], colour, box, indent)
    for level, colour in (("field", FIELD), ("branch", BRANCH)):
        styles[level] = sml.Style(fonts["bold"], colour, box, top)
    return {name: book.style(style) for name, style in styles.items()}


class _Sheet:
    """A sheet written as a stream, and the cells of its rows: text always as text, a figure as
    a number, a formula the form writes itself as a formula, each styled by the name of one of
    the form's styles."""

    def __init__(self, book: sml.Workbook, title: str, styles: dict[str, int]) -> None:
        self.sheet = book.sheet(title)
        self.styles = styles
        self._criteria: dict[tuple[int, bool, bool], list[int]] = {}
        self.heights: list[float] = []  # of each row written, in points: how the sheet pages
        self.headings: list[bool] = []  # which rows head the rows below them (kept with them)

    def append(
        self, cells: list[sml.Cell], points: float | None = None, grows: bool = False, heading: bool = False
    ) -> int:
        """Row after row: ``cells``, ``points`` tall (else the default height), a height fixed
        unless the row ``grows`` with what is typed into it; a ``heading`` of the rows below it.
        Returns the row's number."""
        self.heights.append(DEFAULT_HEIGHT if points is None else points)
        self.headings.append(heading)
        return self.sheet.row(cells, points, grows)

    def cell(self, value: str | Decimal | int | sml.Formula | None, style: str | None = None) -> sml.Cell:
        return value, 0 if style is None else self.styles[style]

    def criterion_styles(self, row: FormRow) -> list[int]:
        """The styles of a criterion's cells, column by column: the same for every row as deep, as
        scored, and as much a survey as ``row`` (worked out once for each)."""
        kind = (min(row.depth, 3), row.scores, row.survey)
        styles = self._criteria.get(kind)
        if styles is None:
            styles = self._criteria[kind] = [self.styles[_style_of(row, role)] for role in COLUMN]
        return styles


def _title(out: _Sheet, form: Form) -> None:
    """The rows that say what the form is: they print at the top of every page."""
    last = chr(64 + PRINTED)
    width = sum(WIDTHS[role] for role, _, _ in COLUMNS[:PRINTED])
    for number_, line in enumerate([form.title, *_fact_lines(form)], start=1):
        size = FONT + 3 if number_ == 1 else FONT
        points = height(lines(line, width, size, bold=number_ == 1), size)
        out.append([out.cell(line, "title" if number_ == 1 else "fact")], points)
        out.sheet.merge(f"A{number_}:{last}{number_}")


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
    for role in WRAPPED:
        value = values.get(role)
        if value and isinstance(value, str):
            indent = min(row.depth, 3) if role == "name" else 0
            tallest = max(tallest, lines(value, WIDTHS[role], FONT, indent=indent))
    cells: list[sml.Cell] = list(
        zip([values.get(role) for role in COLUMN], out.criterion_styles(row), strict=True)
    )
    if not row.scores:  # the note names the office that scores it
        out.sheet.comment(f"{LETTER['score']}{number_}", tr("form.contributes", scorer=row.scorer))
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
    values: dict[str, str | Decimal | sml.Formula] = {
        "id": row.id,
        "name": row.name,
        "score": _sum(first, last),
    }
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


def _sum(first: int, last: int) -> sml.Formula:
    """The scores of rows ``first`` to ``last``, summed live; blank until one of them holds a
    number (a blank form prints no zeros, and says so to a reader that does not compute). SUBTOTAL
    leaves out every cell whose formula holds a SUBTOTAL, wrapped or not (Excel and LibreOffice
    alike), so no subtotal counts twice."""
    column = LETTER["score"]
    scores = f"{column}{first}:{column}{last}"
    return sml.Formula(f'IF(COUNT({scores}),SUBTOTAL(9,{scores}),"")', "")


def _total(out: _Sheet, form: Form, tr: Labels, first: int, total: int) -> None:
    last = total - 1
    # an office's total is of the criteria it scores, which the greyed rows above are not: say so
    name = tr("form.total.office") if form.office is not None else tr("row.total")
    values: dict[str, str | Decimal | sml.Formula] = {"name": name, "score": _sum(first, last)}
    if form.totals is not None:  # None: an office that scores none of its form's criteria
        values["max"], values["target"] = form.totals
    # Scores typed as text are read by par but left out of the sums above: say how many, here.
    scores = f"{LETTER['score']}{first}:{LETTER['score']}{last}"
    count = f'SUMPRODUCT(ISTEXT({scores})*({scores}<>""))'  # a subtotal's "" is no score
    warning = tr("form.text_scores")
    quoted = warning.replace('"', '""')
    values["evidence"] = sml.Formula(f'IF({count}>0,{count}&"{quoted}","")', "")
    cells = [out.cell(values.get(role), "total") for role, _, _ in COLUMNS[:PRINTED]]
    # The warning spans the columns from the evidence to the last printed: room for it, on one line
    span = [role for role, _, _ in COLUMNS[COLUMN["evidence"] - 1 : PRINTED]]
    room = sum(WIDTHS[role] for role in span)
    out.append(cells, height(lines(f"100{warning}", room, FONT, bold=True), FONT))  # up to 100 cells
    out.sheet.merge(f"{LETTER[span[0]]}{total}:{LETTER[span[-1]]}{total}")


def _validate(sheet: sml.Sheet, limits: dict[Decimal, list[str]], percents: list[str], tr: Labels) -> None:
    """One rule per distinct maximum, given its whole range at once."""
    rules = [(maximum, cells, tr("xlsx.invalid", max=maximum)) for maximum, cells in limits.items()]
    if percents:
        rules.append((Decimal(100), percents, tr("xlsx.percent.invalid")))
    for maximum, cells, message in rules:
        sheet.validate(sml.Validation(cells, "decimal", "0", fmt(maximum), tr("xlsx.invalid.title"), message))


def _responses(sheet: sml.Sheet, cells: list[str], tr: Labels) -> None:
    """The response to the first appraisal: one of two words, as `par` reads them back."""
    if not cells:
        return
    choices = tr("xlsx.response.choices")
    error = tr("xlsx.response.invalid", choices=choices.replace(",", ", "))
    sheet.validate(sml.Validation(cells, "list", f'"{choices}"', None, tr("xlsx.invalid.title"), error))


def _flag_text(book: sml.Workbook, sheet: sml.Sheet, first: int, last: int) -> None:
    """A number typed as text ("6,928" in an English Excel) turns red where it stands."""
    flagged = book.dxf(sml.Font(FACE, FONT, bold=True, colour="9C0006"), WARN)
    for role in NUMBERS:
        column = LETTER[role]
        formula = f'AND(ISTEXT({column}{first}),{column}{first}<>"")'  # not a blank subtotal
        sheet.highlight(f"{column}{first}:{column}{max(first, last)}", formula, flagged)


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
        cells: list[sml.Cell] = [None] * COLUMN["explanation"]
        cells[COLUMN["name"] - 1] = out.cell(left, style) if left else None
        cells[COLUMN["explanation"] - 1] = out.cell(right, style)
        row = out.append(cells)
        out.sheet.merge(f"{LETTER['explanation']}{row}:{LETTER['role']}{row}")
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
    page = out.sheet.page
    page.scale, top = rows.layout(scale, TOP, BOTTOM)
    page.margins = (LEFT, RIGHT, top, BOTTOM, *page.margins[4:])


def _page(sheet: sml.Sheet, tr: Labels) -> None:
    """Frozen under the header, protected (no password), A4 landscape, one page wide (_scale),
    the title rows and header on every page, page numbers in the footer."""
    for role, _, width in COLUMNS:
        sheet.column(COLUMN[role], width)
    sheet.freeze(f"C{HEADER + 1}")
    sheet.protect(allow=("formatColumns", "formatRows"))  # columns and rows may still be resized
    sheet.fit_to_page(False)  # par scales it (_scale), both programs alike
    sheet.page = sml.Page(
        landscape=True,
        paper=A4,
        margins=(LEFT, RIGHT, TOP, BOTTOM, 0.3, 0.3),
        centred=True,
        footer=_footer(tr),
    )
    sheet.print_titles = (1, HEADER)


def _footer(tr: Labels) -> str:
    """ "Page x of y", centred, in the form's face at 9 points (Excel's codes: &C, &"font", &9)."""
    return f'&C&"{FACE}"&9 {tr("form.page")}'


def _about(book: sml.Workbook, form: Form, tr: Labels, title: str, styles: dict[str, int]) -> None:
    """Whose the scores are, and the unit's difficulties and proposals: the rows `par score` reads
    (a label, the key, the value; one item a line). Prints on one A4 page."""
    about = _Sheet(book, title, styles)
    sheet = about.sheet
    sheet.fit_to_page(True)  # before the rows: see _page
    for column, width in ((1, 34), (2, 16), (3, 70)):
        sheet.column(column, width, hidden=column == 2)  # B: the keys par reads; nothing for a reader
    for number_, line in ((1, form.title), (2, form.howto)):
        size = FONT + 3 if number_ == 1 else FONT
        points = height(lines(line, 34 + 70, size, bold=number_ == 1), size)
        about.append([about.cell(line, "title" if number_ == 1 else "fact")], points)
        sheet.merge(f"A{number_}:C{number_}")
    about.append([])
    for key, label, value, editable in form.about:
        box = 90 if key in ("difficulties", "proposals") else None  # a box to write in
        style = "about input" if editable else "about value"
        cells = [about.cell(label, "about label"), about.cell(key, "screen"), about.cell(value, style)]
        about.append(cells, box)
    sheet.page = sml.Page(paper=A4, fit_width=True, footer=_footer(tr))
    sheet.protect()
