"""The report of `par gaps`."""

from __future__ import annotations

from decimal import Decimal

from par_cli.core.gaps import GapAnalysis, GapRow
from par_cli.core.plan import Plan, subtotal_label
from par_cli.texts.labels import Labels
from par_cli.views.common import (
    baseline_left_out_notes,
    column_label,
    first_year,
    node_name,
    short_of_target,
    unit_name,
    unlisted_notes,
)
from par_cli.views.shapes import Cell, Column, Report, Table

ZERO = Decimal(0)


def gaps_report(
    plan: Plan, analysis: GapAnalysis, rows: list[GapRow], tr: Labels, data_only: bool = False
) -> Report:
    """``data_only``: only the JSON data will be read, so the tables are left empty (a plan of
    100,000 criteria would spend as long wording them as writing the JSON)."""
    info = plan.file.plan
    year = info.year if analysis.against == "target" else info.baseline_year
    with_scores = analysis.against == "scores"
    columns = [
        Column("id", tr("col.id")),
        Column("name", tr("col.name"), wide=2),
        Column("max", column_label(plan, "max", tr), numeric=True),
        Column("baseline", column_label(plan, "baseline", tr), numeric=True),
        Column("target", column_label(plan, "target", tr), numeric=True),
        *([Column("score", tr("col.score"), numeric=True)] if with_scores else []),
        Column("gap", tr("col.gap"), numeric=True, keep=True),
        Column("to_target", tr("col.to_target"), numeric=True, keep=True),  # what a head asks
        Column("units", tr("col.lead"), wide=1, keep=True),
    ]
    table = Table(None, columns)
    # CSV: the same rows with each one's field, and the lead units' ids beside their names
    # (as in JSON: `units` the ids; `unit_names` beside them)
    ids_column, names_column = Column("units", tr("col.lead")), Column("unit_names", tr("col.lead"))
    flat = Table(
        None, [columns[0], Column("field", tr("col.field")), *columns[1:-1], ids_column, names_column]
    )
    for index, row in enumerate(() if data_only else rows):
        cells: list[Cell] = [row.id, _name(plan, row, tr), row.max, row.baseline, row.target]
        if with_scores:
            cells.append(row.score)
        cells += [row.gap, short_of_target(row.to_target), _who(plan, row, tr)]
        table.rows.append(cells)
        unit_ids = list(row.units or row.likely_owners or row.overseen_by)
        flat.rows.append([cells[0], row.field_id, *cells[1:-1], unit_ids, cells[-1]])
        if row.unattributed:
            table.muted.add(index)
        if row.subtotal:
            table.subtotals.add(index)
    counted = [r for r in rows if not r.subtotal]  # a subtotal's points are its rows'
    total_gap = sum((r.gap for r in counted), ZERO)
    total_to_target = sum((r.to_target for r in counted), ZERO)
    total_short = ZERO - sum((r.to_target for r in counted if r.to_target < 0), ZERO)
    table.footer = [
        "",
        tr("row.total"),
        None,
        None,
        None,
        *([None] if with_scores else []),
        total_gap,
        total_short,
        "",
    ]
    flat.footer = [table.footer[0], "", *table.footer[1:], ""]  # the footer's last cell: no units
    all_rows = sum(1 for r in analysis.rows if not r.subtotal)
    key = "gaps.reconciled.scores" if with_scores else "gaps.reconciled"
    reconciled = tr(
        key,
        gap=tr.num(analysis.total_gap),
        max=tr.num(analysis.total_max),
        score=tr.num(analysis.total_score),
    )
    shown = len(counted)
    notes = [] if shown == all_rows else [tr("gaps.filtered", shown=shown, all=all_rows)]
    if analysis.not_scored:
        points = sum((node.max for node in analysis.not_scored), ZERO)
        ids = ", ".join(node.id for node in analysis.not_scored)
        notes.append(tr("gaps.not_scored", count=len(analysis.not_scored), points=points, ids=ids))
    notes += unlisted_notes(plan, tr, {r.id for r in counted})
    if analysis.against == "baseline":
        notes += baseline_left_out_notes(plan, tr)
    return Report(
        title=tr(f"gaps.title.{analysis.against}", year=year),
        facts=[(tr("fact.plan"), info.title), (tr("gaps.total"), reconciled)],
        tables=first_year(plan, [table]),
        flat=first_year(plan, [flat])[0],
        notes=notes,
        language=tr.language,
        data=lambda: {
            "against": analysis.against,
            "total_gap": total_gap,
            "total_to_target": total_to_target,
            "total_max": analysis.total_max,
            "total_score": analysis.total_score,
            "rows": map(_row_data, rows),
        },
    )


def _name(plan: Plan, row: GapRow, tr: Labels) -> str:
    if not row.unattributed:
        return node_name(plan.nodes[row.id], tr)
    if not row.id:
        name = tr("gaps.unattributed.totals")
    else:
        where = tr("where.field", id=row.id) if row.id == row.field_id else tr("where.node", id=row.id)
        name = tr("gaps.unattributed", where=where)
    return f"{name} ({tr(f'cause.{row.likely_cause}')})" if row.likely_cause else name


def _who(plan: Plan, row: GapRow, tr: Labels) -> list[str] | str:
    """The lead units; else, marked, the likely owners or the units overseeing the field."""
    if row.units:
        return [unit_name(plan, u) for u in row.units]
    if row.likely_owners:
        return [tr("lead.likely", unit=unit_name(plan, u)) for u in row.likely_owners]
    if row.overseen_by:
        where = subtotal_label(row.overseen_at)
        return [tr("lead.overseer", unit=unit_name(plan, u), where=where) for u in row.overseen_by]
    return "-"


def _row_data(row: GapRow) -> dict[str, object]:
    return {
        "id": row.id,
        "name": row.name,
        "field": row.field_id,
        "max": row.max,
        "baseline": row.baseline,
        "target": row.target,
        "score": row.score,
        "gap": row.gap,
        "to_target": row.to_target,
        "units": row.units,  # tuples, written as JSON lists
        "unattributed": row.unattributed,
        "likely_owners": row.likely_owners,
        "likely_cause": row.likely_cause,
        "subtotal": row.subtotal,
        "overseen_by": row.overseen_by,
    }
