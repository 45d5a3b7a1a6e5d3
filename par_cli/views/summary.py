"""The report of `par summary`."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from par_cli.core.plan import Plan
from par_cli.core.summary import Line, Summary
from par_cli.texts.labels import Labels
from par_cli.views.common import (
    baseline_left_out_notes,
    column_label,
    first_year,
    mismatch_data,
    node_name,
    source_notes,
    unlisted_notes,
)
from par_cli.views.shapes import Cell, Column, Report, Table

BAR_WIDTH = 10


def summary_report(plan: Plan, summary: Summary, tr: Labels) -> Report:
    info = plan.file.plan
    columns = [
        Column("id", tr("col.id")),
        Column("name", tr("col.name"), wide=2),
        Column("max", column_label(plan, "max", tr), numeric=True),
        Column("baseline", column_label(plan, "baseline", tr), numeric=True),
        Column("baseline_percent", tr("col.percent"), numeric=True, places=2),
        Column("target", column_label(plan, "target", tr), numeric=True),
        Column("target_percent", tr("col.percent"), numeric=True, places=2),
        Column("change", tr("col.change"), numeric=True, signed=True),
        Column("bar", tr("col.bar")),
    ]
    table = Table(
        None, columns, rows=[_cells(line, node_name(plan.nodes[line.id], tr)) for line in summary.fields]
    )
    if len(summary.fields) > len(plan.fields):  # with --depth: the rows with rows below are subtotals
        table.subtotals = {i for i, line in enumerate(summary.fields) if plan.nodes[line.id].criteria}
    total = summary.total
    table.footer = _cells(total)
    table.footer[1] = tr("row.total")
    if total.change is None:
        projected = tr.num(summary.projected)
    else:
        change = tr.num(total.change)
        projected = tr(
            "summary.projected.value",
            projected=summary.projected,
            change=f"+{change}" if total.change > 0 else change,
            year=info.baseline_year,
        )
    return Report(
        title=tr("summary.title"),
        facts=[(tr("fact.plan"), info.title), (tr("summary.projected"), projected)],
        tables=first_year(plan, [table]),
        notes=[
            tr("summary.legend", baseline_year=info.baseline_year, year=info.year)
            if plan.has_baseline
            else tr("summary.legend.first_year", year=info.year),
            *source_notes(plan, tr),
            *unlisted_notes(plan, tr),
            *baseline_left_out_notes(plan, tr),
            *([tr("summary.rescaled", year=info.baseline_year)] if total.left_out else []),
        ],
        language=tr.language,
        data=lambda: {
            "fields": [_line_data(line) for line in summary.fields],
            "total": {**_line_data(total, named=False), "projected": summary.projected},
            "warnings": mismatch_data(plan),
        },
    )


def _cells(line: Line, name: str | None = None) -> list[Cell]:
    return [
        line.id,
        line.name if name is None else name,
        line.max,
        line.baseline,
        line.baseline_percent,
        line.target,
        line.target_percent,
        line.change,
        bar(line),
    ]


def bar(line: Line, width: int = BAR_WIDTH) -> str:
    """█ what the baseline reached, ▒ what the plan aims to add, ░ what stays lost."""
    if not line.max:
        return ""
    baseline = None if line.baseline is None else line.compared_baseline
    reached = 0 if baseline is None else _cells_of(min(baseline, line.max), line.max, width)
    aimed = max(_cells_of(min(line.target, line.max), line.max, width), reached)
    return "█" * reached + "▒" * (aimed - reached) + "░" * (width - aimed)


def _cells_of(part: Decimal, whole: Decimal, width: int) -> int:
    return int((part * width / whole).to_integral_value(rounding=ROUND_HALF_UP))


def _line_data(line: Line, named: bool = True) -> dict[str, object]:
    data: dict[str, object] = {"id": line.id, "name": line.name} if named else {}
    data.update(
        max=line.max,
        baseline=line.baseline,
        target=line.target,
        baseline_percent=line.baseline_percent,
        target_percent=line.target_percent,
        change=line.change,
        baseline_left_out=line.left_out,
    )
    return data
