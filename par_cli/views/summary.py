"""The report of `par summary`."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from par_cli.labels import t
from par_cli.numbers import num
from par_cli.plan import Plan
from par_cli.report import Cell, Column, Report, Table
from par_cli.summary import Line, Summary
from par_cli.views.common import column_label, mismatch_data, mismatch_notes

BAR_WIDTH = 10


def summary_report(plan: Plan, summary: Summary) -> Report:
    info = plan.file.plan
    columns = [
        Column("id", t("col.id")),
        Column("name", t("col.name"), wide=2),
        Column("max", column_label(plan, "max"), numeric=True),
        Column("baseline", column_label(plan, "baseline"), numeric=True),
        Column("baseline_percent", t("col.percent"), numeric=True, places=2),
        Column("target", column_label(plan, "target"), numeric=True),
        Column("target_percent", t("col.percent"), numeric=True, places=2),
        Column("change", t("col.change"), numeric=True, signed=True),
        Column("bar", t("col.bar")),
    ]
    table = Table(None, columns, rows=[_cells(line) for line in summary.fields])
    total = summary.total
    table.footer = _cells(total)
    table.footer[1] = t("row.total")
    change = num(total.change)
    projected = t(
        "summary.projected.value",
        projected=num(summary.projected),
        change=f"+{change}" if total.change > 0 else change,
        year=info.baseline_year,
    )
    return Report(
        title=t("summary.title"),
        facts=[(t("fact.plan"), info.title), (t("summary.projected"), projected)],
        tables=[table],
        notes=[t("summary.legend", baseline_year=info.baseline_year, year=info.year), *mismatch_notes(plan)],
        data=lambda: {
            "fields": [_line_data(line) for line in summary.fields],
            "total": {**_line_data(total, named=False), "projected": summary.projected},
            "warnings": mismatch_data(plan),
        },
    )


def _cells(line: Line) -> list[Cell]:
    return [
        line.id,
        line.name,
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
    reached = _cells_of(min(line.baseline, line.max), line.max, width)
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
    )
    return data
