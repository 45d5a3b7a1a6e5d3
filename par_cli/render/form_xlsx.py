"""The scores template as an Excel workbook: what offices fill in, then `par score` reads.

One row per criterion, in plan order: each field a heading row, each criterion with sub-criteria a
subtotal row above them, their scores summed live (SUBTOTAL, which never counts a subtotal twice).
What the plan says is read-only; the input columns (score, evidence, explanation, not applicable,
appraised) are the only unlocked cells, each score limited to 0..the criterion's maximum. The sheet
is protected without a password, its header row frozen, and it prints on A4 landscape.
"""

from __future__ import annotations

import io
import textwrap
from collections import defaultdict
from decimal import Decimal
from typing import Any

from par_cli.core.numbers import fmt
from par_cli.core.plan import Item, Plan
from par_cli.core.units import falls_on
from par_cli.render.xlsx_format import number, text
from par_cli.texts.labels import Labels

# (role, catalogue key of its header, width); the input columns' headers are the reader's own.
COLUMNS = (
    ("id", "col.id", 7),
    ("name", "col.name", 40),
    ("max", "col.max", 9),
    ("target", "col.target", 10),
    ("score", "xlsx.score", 11),
    ("evidence", "xlsx.evidence", 34),
    ("explanation", "xlsx.explanation", 28),
    ("not_applicable", "xlsx.not_applicable", 16),
    ("appraised", "xlsx.appraised", 11),
    ("lead", "col.lead", 20),
    ("task", "col.task", 50),
    ("scored_by", "xlsx.scored_by", 18),
)
PRINTED = 10  # the columns printed: up to the lead office (task and scoring stay on screen)
WIDTHS = {role: width for role, _, width in COLUMNS}
INPUTS = ("score", "evidence", "explanation", "not_applicable", "appraised")
WRAPPED = ("name", "evidence", "explanation", "not_applicable", "task", "lead")


def scores_workbook(plan: Plan, tr: Labels, unit_id: str | None = None) -> bytes:
    from openpyxl import Workbook  # imported here: only this format needs it
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    sheet.title = tr("xlsx.sheet.scores")
    letter = {role: chr(65 + index) for index, (role, _, _) in enumerate(COLUMNS)}
    header_lines = 1
    for index, (role, key, width) in enumerate(COLUMNS, start=1):
        label = tr(key, year=plan.file.plan.year) if role == "target" else tr(key)
        _style_header(text(sheet.cell(1, index), label))
        sheet.column_dimensions[letter[role]].width = width
        header_lines = max(header_lines, _lines(label, width, words=True))
    sheet.row_dimensions[1].height = 15 * header_lines  # a header never runs over the first row
    rows = _rows(plan, unit_id)
    totals = {"max": plan.file.totals.max, "target": plan.file.totals.target}
    limits: dict[Decimal, list[str]] = defaultdict(list)
    for number_, (node, depth, span) in enumerate(rows, start=2):
        _row(sheet, plan, tr, node, depth, number_, letter)
        if span is not None:  # a field or a criterion with sub-criteria: its rows summed live
            first, last = number_ + 1, number_ + span
            # One office's workbook holds some of a field's criteria: its maximum and target are
            # theirs, summed; the whole plan's shows them as printed.
            for role in ("score", "max", "target") if unit_id else ("score",):
                sheet[f"{letter[role]}{number_}"] = f"=SUBTOTAL(9,{letter[role]}{first}:{letter[role]}{last})"
        else:
            for role in INPUTS:
                _unlock(sheet[f"{letter[role]}{number_}"])
            limits[node.max] += [f"{letter['score']}{number_}", f"{letter['appraised']}{number_}"]
    total = len(rows) + 2
    text(sheet.cell(total, 2), tr("row.total")).font = _bold()
    for role in ("score", "max", "target"):
        cell = sheet[f"{letter[role]}{total}"]
        if role == "score" or unit_id:
            cell.value = f"=SUBTOTAL(9,{letter[role]}2:{letter[role]}{total - 1})"
        else:
            number(cell, totals[role])
        cell.font = _bold()
    for maximum, cells in limits.items():
        rule = DataValidation(
            type="decimal",
            operator="between",
            formula1="0",
            formula2=fmt(maximum),
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=tr("xlsx.invalid.title"),
            error=tr("xlsx.invalid", max=maximum),
        )
        for cell in cells:
            rule.add(cell)
        sheet.add_data_validation(rule)
    _finish(sheet, total)
    _about(book, plan, tr, unit_id)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _rows(plan: Plan, unit_id: str | None) -> list[tuple[Item, int, int | None]]:
    """(row, depth, rows below it or None for a criterion to score), for what falls on ``unit_id``."""
    rows: list[tuple[Item, int, int | None]] = []

    def visit(node: Item, depth: int) -> int:
        if not node.criteria:
            if unit_id is None or falls_on(plan, node, unit_id):
                rows.append((node, depth, None))
                return 1
            return 0
        at = len(rows)
        rows.append((node, depth, 0))
        below = sum(visit(child, depth + 1) for child in node.criteria)
        if below:
            rows[at] = (node, depth, len(rows) - at - 1)
        else:
            del rows[at]
        return below

    for field in plan.fields:
        visit(field, 0)
    return rows


def _row(
    sheet: Any, plan: Plan, tr: Labels, node: Item, depth: int, row: int, letter: dict[str, str]
) -> None:
    from openpyxl.styles import Alignment, PatternFill

    heading = bool(node.criteria)
    cells = {
        "id": text(sheet[f"{letter['id']}{row}"], node.id),
        "name": text(sheet[f"{letter['name']}{row}"], node.name),
        "max": number(sheet[f"{letter['max']}{row}"], node.max),
        "target": number(sheet[f"{letter['target']}{row}"], node.target),
    }
    if not heading:
        cells["task"] = text(sheet[f"{letter['task']}{row}"], "\n".join(node.task))
        leads = "; ".join(plan.units[u].name for u in node.lead)
        cells["lead"] = text(sheet[f"{letter['lead']}{row}"], leads)
        survey = node.scored_by == "survey"
        kind = tr("xlsx.survey") if survey else tr("xlsx.self")
        cells["scored_by"] = text(sheet[f"{letter['scored_by']}{row}"], kind)
        if survey:  # an estimate, not a self-assessment: its score cell looks different
            sheet[f"{letter['score']}{row}"].fill = PatternFill("solid", fgColor="FFF4D6")
    lines = 1
    for role, cell in cells.items():
        cell.alignment = Alignment(
            wrap_text=role in WRAPPED, vertical="top", indent=depth if role == "name" else 0
        )
        if role in WRAPPED and cell.value:
            lines = max(lines, _lines(str(cell.value), WIDTHS[role]))
        if heading:
            cell.font = _bold()
            cell.fill = PatternFill("solid", fgColor="E8EEF5" if depth == 0 else "F3F6FA")
    sheet.row_dimensions[row].height = 15 * lines  # wrapped text shows whole, on screen and on paper
    if heading:
        sheet[f"{letter['score']}{row}"].font = _bold()


def _lines(text: str, width: int, words: bool = False) -> int:
    """How many lines ``text`` takes in a column ``width`` characters wide, roughly; ``words``:
    wrapped at words (a short header), else by length."""
    if words:
        return len(textwrap.wrap(text, max(width - 2, 1))) or 1
    return sum(max(1, -(-len(line) // max(width - 2, 1))) for line in text.split("\n"))


def _unlock(cell: Any) -> None:
    from openpyxl.styles import Alignment, Protection

    cell.protection = Protection(locked=False)
    cell.alignment = Alignment(wrap_text=True, vertical="top")


def _finish(sheet: Any, last: int) -> None:
    """Header frozen, the sheet protected (no password), A4 landscape, one page wide."""
    sheet.freeze_panes = "C2"
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False  # columns and rows may still be resized
    sheet.protection.formatRows = False
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.print_area = f"A1:{chr(64 + PRINTED)}{last}"


def _about(book: Any, plan: Plan, tr: Labels, unit_id: str | None) -> None:
    """Whose the scores are: the rows `par score` reads (a label, the key, the value)."""
    from openpyxl.styles import Alignment

    sheet = book.create_sheet(tr("xlsx.sheet.about"))
    info = plan.file.plan
    text(sheet.cell(1, 1), tr("template.title", year=info.year, title=info.title)).font = _bold()
    text(sheet.cell(2, 1), tr("xlsx.howto")).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells("A2:C2")
    sheet.row_dimensions[2].height = 120
    rows: list[tuple[str, str, int | str | None, bool]] = [
        ("year", tr("xlsx.about.year"), info.year, False),
        ("assessed_unit", tr("xlsx.about.assessed_unit"), None, True),
        ("target", tr("xlsx.about.target"), None, True),
    ]
    if unit_id is not None:  # by name: par reads a unit's name as readily as its id
        rows.append(("unit", tr("xlsx.about.unit"), plan.units[unit_id].name, False))
    for number_, (key, label, value, editable) in enumerate(rows, start=4):
        text(sheet.cell(number_, 1), label).font = _bold()
        text(sheet.cell(number_, 2), key)
        cell = sheet.cell(number_, 3)
        if isinstance(value, int):
            number(cell, value)
        elif value is not None:
            text(cell, value)
        if editable:
            _unlock(cell)
    sheet.column_dimensions["A"].width = 34
    sheet.column_dimensions["B"].width = 16
    sheet.column_dimensions["B"].hidden = True  # the keys par reads; nothing for a reader
    sheet.column_dimensions["C"].width = 60
    sheet.merge_cells("A1:C1")
    sheet["A1"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.row_dimensions[1].height = 15 * _lines(str(sheet["A1"].value), 94, words=True)
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.protection.sheet = True


def _style_header(cell: Any) -> None:
    from openpyxl.styles import Alignment, Border, Side

    cell.font = _bold()
    cell.border = Border(bottom=Side(style="thin"))
    cell.alignment = Alignment(wrap_text=True, vertical="top")


def _bold() -> Any:
    from openpyxl.styles import Font

    return Font(bold=True)
