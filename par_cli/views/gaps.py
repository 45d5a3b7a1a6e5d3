"""The report of `par gaps`."""

from __future__ import annotations

from decimal import Decimal

from par_cli.gaps import GapAnalysis, GapRow
from par_cli.labels import t
from par_cli.numbers import num
from par_cli.plan import Plan
from par_cli.report import Cell, Column, Report, Table
from par_cli.views.common import column_label

ZERO = Decimal(0)


def gaps_report(plan: Plan, analysis: GapAnalysis, rows: list[GapRow]) -> Report:
    info = plan.file.plan
    year = info.year if analysis.against == "target" else info.baseline_year
    with_scores = analysis.against == "scores"
    columns = [
        Column("id", t("col.id")),
        Column("name", t("col.name"), wide=2),
        Column("field", t("col.field"), optional=True),
        Column("max", column_label(plan, "max"), numeric=True),
        Column("baseline", column_label(plan, "baseline"), numeric=True),
        Column("target", column_label(plan, "target"), numeric=True),
        *([Column("score", t("col.score"), numeric=True)] if with_scores else []),
        Column("gap", t("col.gap"), numeric=True),
        Column("to_target", t("col.to_target"), numeric=True),
        Column("units", t("col.lead"), wide=1),
    ]
    table = Table(None, columns)
    for index, row in enumerate(rows):
        cells: list[Cell] = [row.id, _name(row), row.field_id, row.max, row.baseline, row.target]
        if with_scores:
            cells.append(row.score if row.scored else None)
        cells += [row.gap, row.to_target, list(row.units) or "-"]
        table.rows.append(cells)
        if row.unattributed:
            table.muted.add(index)
    total_gap = sum((r.gap for r in rows), ZERO)
    total_to_target = sum((r.to_target for r in rows), ZERO)
    table.footer = [
        "",
        t("row.total"),
        "",
        None,
        None,
        None,
        *([None] if with_scores else []),
        total_gap,
        total_to_target,
        "",
    ]
    all_rows = len(analysis.rows)
    key = "gaps.reconciled.scores" if with_scores else "gaps.reconciled"
    reconciled = t(
        key, gap=num(analysis.total_gap), max=num(analysis.total_max), score=num(analysis.total_score)
    )
    notes = [] if len(rows) == all_rows else [t("gaps.filtered", shown=len(rows), all=all_rows)]
    not_scored = [r.id for r in rows if not r.scored]
    if not_scored:
        notes.append(t("gaps.not_scored", ids=", ".join(not_scored)))
    return Report(
        title=t(f"gaps.title.{analysis.against}", year=year),
        facts=[(t("fact.plan"), info.title), (t("gaps.total"), reconciled)],
        tables=[table],
        notes=notes,
        data=lambda: {
            "against": analysis.against,
            "total_gap": total_gap,
            "total_to_target": total_to_target,
            "total_max": analysis.total_max,
            "total_score": analysis.total_score,
            "rows": map(_row_data, rows),
        },
    )


def _name(row: GapRow) -> str:
    if not row.unattributed:
        return row.name
    if not row.id:
        return t("gaps.unattributed.totals")
    where = t("where.field", id=row.id) if row.id == row.field_id else t("where.node", id=row.id)
    return t("gaps.unattributed", where=where)


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
        "units": list(row.units),
        "unattributed": row.unattributed,
        "scored": row.scored,
    }
