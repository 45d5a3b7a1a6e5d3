"""The report of `par by-unit`: a summary per unit, then each unit's criteria (or one unit in full)."""

from __future__ import annotations

from par_cli.labels import t
from par_cli.numbers import num
from par_cli.plan import Item, Plan
from par_cli.report import Cell, Column, Report, Table
from par_cli.views.common import column_label
from par_cli.workload import Points, Task, Workload


def workload_report(plan: Plan, loads: list[Workload], unassigned: list[Item], full: bool) -> Report:
    """``full``: one unit, with its tasks, fields and duties; else every unit, in brief."""
    info = plan.file.plan
    tables = [] if full else [_summary_table(plan, loads)]
    facts: list[tuple[str, str]] = [(t("fact.plan"), info.title)]
    if full:
        (load,) = loads
        facts += _unit_facts(plan, load)
        tables.append(_criteria_table(plan, load, t("unit.criteria")))
        duties = Table(
            t("unit.duties"),
            [Column("section", t("col.section")), Column("duty", t("col.duty"), wide=2)],
            rows=[[d.section, d.text] for d in load.duties],
        )
        tables.append(duties)
    else:
        tables += [
            _criteria_table(plan, load, t("unit.title", name=load.unit.name, id=load.unit.id))
            for load in loads
        ]
    if unassigned:
        tables.append(
            Table(
                t("units.unassigned"),
                [Column("id", t("col.id")), Column("name", t("col.name"), wide=2), *_score_columns(plan)],
                rows=[[n.id, n.name, n.max, n.baseline, n.target, n.max - n.baseline] for n in unassigned],
            )
        )
    notes = [t("units.counting")] + ([] if full else [t("units.more")])
    title = t("unit.title", name=loads[0].unit.name, id=loads[0].unit.id) if full else t("units.title")
    return Report(
        title=title,
        facts=facts,
        tables=tables,
        notes=notes,
        data=lambda: {
            "units": map(_load_data, loads),
            "unassigned": [n.id for n in unassigned],
        },
        flat=_flat_table(plan, loads),
    )


def _score_columns(plan: Plan) -> list[Column]:
    return [
        Column("max", column_label(plan, "max"), numeric=True),
        Column("baseline", column_label(plan, "baseline"), numeric=True),
        Column("target", column_label(plan, "target"), numeric=True),
        Column("gap", t("col.gap"), numeric=True),
    ]


def _summary_table(plan: Plan, loads: list[Workload]) -> Table:
    year = plan.file.plan.baseline_year
    columns = [
        Column("unit", t("col.unit")),
        Column("name", t("col.name"), wide=2),
        Column("led", t("col.led"), numeric=True),
        Column("at_stake", t("col.at_stake"), numeric=True),
        Column("lost", t("col.lost", year=year), numeric=True),
        Column("to_recover", t("col.to_recover"), numeric=True),
        Column("via_group", t("col.via_group"), numeric=True, optional=True),
    ]
    rows: list[list[Cell]] = []
    for load in loads:
        points = load.own_points
        rows.append(
            [
                load.unit.id,
                load.unit.name,
                len(load.own),
                points.at_stake,
                points.lost,
                points.to_recover,
                len(load.via_group),
            ]
        )
    return Table(t("units.summary"), columns, rows)


def _how(task: Task) -> str:
    if task.via is not None:
        return t("how.via", group=task.via.id)
    return t("how.shared") if task.shared else t("how.own")


def _criteria_table(plan: Plan, load: Workload, title: str) -> Table:
    columns = [
        Column("id", t("col.id")),
        Column("name", t("col.name"), wide=2),
        *_score_columns(plan),
        Column("how", t("col.how")),
        Column("task", t("col.task"), wide=2, optional=True),
    ]
    rows: list[list[Cell]] = []
    for task in load.tasks:
        node = task.node
        gap = node.max - node.baseline
        rows.append(
            [node.id, node.name, node.max, node.baseline, node.target, gap, _how(task), list(node.task)]
        )
    return Table(title, columns, rows, footer=None)


def _unit_facts(plan: Plan, load: Workload) -> list[tuple[str, str]]:
    unit = load.unit
    facts = [(t("unit.kind"), t(f"unit.kind.{unit.kind}"))]
    if unit.kind == "group":
        facts.append((t("unit.members"), ", ".join(unit.members) or t("none")))
    else:
        facts.append((t("unit.groups"), ", ".join(g.id for g in plan.groups_of(unit.id)) or t("none")))
    oversees = [f"{f} {plan.nodes[f].name}" for f in load.oversees]
    facts.append((t("unit.oversees"), "; ".join(oversees) or t("none")))
    year = plan.file.plan.baseline_year
    for label, points in ((t("unit.own"), load.own_points), (t("unit.with_groups"), load.all_points)):
        facts.append(
            (
                label,
                t(
                    "unit.points",
                    at_stake=num(points.at_stake),
                    lost=num(points.lost),
                    year=year,
                    to_recover=num(points.to_recover),
                ),
            )
        )
    return facts


def _flat_table(plan: Plan, loads: list[Workload]) -> Table:
    """One row per unit and criterion, for spreadsheets."""
    columns = [
        Column("unit", t("col.unit")),
        Column("id", t("col.id")),
        Column("name", t("col.name")),
        *_score_columns(plan),
        Column("how", t("col.how")),
        Column("via_group", t("col.via_group")),
    ]
    rows: list[list[Cell]] = []
    for load in loads:
        for task in load.tasks:
            node = task.node
            how = "via_group" if task.via else "shared" if task.shared else "own"
            via = task.via.id if task.via else ""
            rows.append(
                [
                    load.unit.id,
                    node.id,
                    node.name,
                    node.max,
                    node.baseline,
                    node.target,
                    node.max - node.baseline,
                    how,
                    via,
                ]
            )
    return Table(None, columns, rows)


def _load_data(load: Workload) -> dict[str, object]:
    return {
        "id": load.unit.id,
        "name": load.unit.name,
        "kind": load.unit.kind,
        "members": list(load.unit.members),
        "criteria": [task.node.id for task in load.own],
        "shared": [task.node.id for task in load.tasks if task.shared and task.via is None],
        "via_group": [task.node.id for task in load.via_group],
        "groups": {task.node.id: task.via.id for task in load.via_group if task.via is not None},
        "oversees": list(load.oversees),
        "duties": [{"section": d.section, "text": d.text} for d in load.duties],
        **_points_data(load.own_points),
        "with_groups": _points_data(load.all_points),
    }


def _points_data(points: Points) -> dict[str, object]:
    return {"at_stake": points.at_stake, "lost": points.lost, "to_recover": points.to_recover}
