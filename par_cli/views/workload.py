"""The report of `par by-unit`: a summary per unit, then each unit's criteria (or one unit in full),
each with the unit's role in the collection round: scores it, contributes to it, or oversees it."""

from __future__ import annotations

from decimal import Decimal

from par_cli.core.plan import Item, Mismatch, Plan
from par_cli.core.round import Round
from par_cli.core.workload import Points, Task, Workload, overseers_for, overseers_of
from par_cli.texts.labels import Labels
from par_cli.views.common import column_label, first_year, lead_cell, node_name, unit_name
from par_cli.views.shapes import Cell, Column, Report, Table


def workload_report(
    plan: Plan, loads: list[Workload], unassigned: list[Item], full: bool, tr: Labels, every: bool = False
) -> Report:
    """``full``: one unit, with its tasks, fields and duties. Else one row per unit (a screen, even
    for a plan of 2,000 communes), and with ``every`` each unit's criteria after it."""
    info = plan.file.plan
    the_round = Round.of(plan)
    tables = [] if full else [_summary_table(plan, loads, tr)]
    facts: list[tuple[str, str]] = [(tr("fact.plan"), info.title)]
    if info.collector is not None:
        facts.append((tr("fact.collector"), unit_name(plan, info.collector)))
    if full:
        (load,) = loads
        facts += _unit_facts(plan, load, tr)
        tables.append(_criteria_table(plan, load, tr("unit.criteria"), tr, the_round))
        duties = Table(
            tr("unit.duties"),
            [Column("section", tr("col.section")), Column("duty", tr("col.duty"), wide=2)],
            rows=[[d.section, d.text] for d in load.duties],
        )
        tables.append(duties)
    elif every:
        tables += [_criteria_table(plan, load, load.unit.name, tr, the_round) for load in loads]
    if unassigned:
        tables.append(
            Table(
                tr("units.unassigned"),
                [
                    Column("id", tr("col.id")),
                    Column("name", tr("col.name"), wide=2),
                    *_score_columns(plan, tr, keep_gap=True),
                    Column("overseen_by", tr("col.overseen_by"), wide=1, keep=True),
                    Column("scorer", tr("col.scorer"), wide=1, keep=True),
                ],
                rows=[
                    [
                        n.id,
                        node_name(n, tr),
                        n.max,
                        n.baseline,
                        n.target,
                        _lost(n),
                        _overseers(plan, n, tr),
                        scorer_name(plan, the_round, n.id, tr),
                    ]
                    for n in unassigned
                ],
            )
        )
    notes = [tr("units.counting")]
    notes += [_likely_note(plan, load, m, tr) for load in loads for m in load.likely]
    notes += [] if full or every else [tr("units.more")]
    title = loads[0].unit.name if full else tr("units.title")
    return Report(
        title=title,
        facts=facts,
        tables=first_year(plan, tables),
        notes=notes,
        language=tr.language,
        data=lambda: {
            "collector": info.collector,
            "units": map(_load_data, loads),
            "unassigned": [n.id for n in unassigned],
            "scorers": {i: s.unit for i, s in the_round.scorers.items()},
        },
        flat=_flat_table(plan, loads, tr, the_round),
    )


def _score_columns(plan: Plan, tr: Labels, keep_gap: bool = False) -> list[Column]:
    return [
        Column("max", column_label(plan, "max", tr), numeric=True),
        Column("baseline", column_label(plan, "baseline", tr), numeric=True),
        Column("target", column_label(plan, "target", tr), numeric=True),
        Column("lost", tr("col.gap"), numeric=True, keep=keep_gap),
    ]


def _summary_table(plan: Plan, loads: list[Workload], tr: Labels) -> Table:
    year = plan.file.plan.baseline_year
    columns = [
        Column("name", tr("col.unit"), wide=2),
        Column("led", tr("col.led"), numeric=True),
        Column("at_stake", tr("col.at_stake"), numeric=True),
        Column("lost", tr("col.lost", year=year), numeric=True),
        Column("to_recover", tr("col.to_recover"), numeric=True),
        Column("via_group", tr("col.via_group"), numeric=True, optional=True),
        Column("scores", tr("col.scores"), numeric=True),
    ]
    rows: list[list[Cell]] = []
    for load in loads:
        points = load.own_points
        rows.append(
            [
                load.unit.name,
                len(load.own),
                points.at_stake,
                points.lost,
                points.to_recover,
                len(load.via_group),
                len(load.scores),
            ]
        )
    return Table(tr("units.summary"), columns, rows)


def _how(plan: Plan, task: Task, tr: Labels) -> str:
    if task.via is not None:
        return tr("how.via", group=unit_name(plan, task.via.id))
    return tr("how.shared") if task.shared else tr("how.own")


def _criteria_table(plan: Plan, load: Workload, title: str, tr: Labels, the_round: Round) -> Table:
    """Its criteria: those it leads, those through its groups, then those it scores or oversees
    without leading them; each with how it falls on the unit and its role in the round."""
    columns = [
        Column("id", tr("col.id")),
        Column("name", tr("col.name"), wide=2),
        *_score_columns(plan, tr),
        Column("how", tr("col.how"), wide=1, keep=True),
        Column("role", tr("col.role"), wide=1, keep=True),
        Column("task", tr("col.task"), wide=2, optional=True),
    ]
    rows: list[list[Cell]] = []
    listed: list[tuple[Item, Cell]] = [(task.node, _how(plan, task, tr)) for task in load.tasks]
    listed += [(node, _beyond(plan, node, tr)) for node in load.beyond]
    for node, how in listed:
        gap = _lost(node)
        role = role_text(plan, the_round, node.id, load.roles[node.id], tr)
        rows.append(
            [
                node.id,
                node_name(node, tr),
                node.max,
                node.baseline,
                node.target,
                gap,
                how,
                role,
                list(node.task),
            ]
        )
    return Table(title, columns, rows, footer=None)


def _beyond(plan: Plan, node: Item, tr: Labels) -> Cell:
    """How a criterion that does not fall on a unit concerns it: others lead it, or nobody does."""
    if node.lead:
        return tr("how.beyond")
    overseen = lead_cell(plan, node, tr)
    return overseen if overseen != "-" else tr("how.no_lead")


def role_text(plan: Plan, the_round: Round, criterion_id: str, role: str, tr: Labels) -> str:
    """A role as a reader reads it: "scores", or "contributes; Phòng Nội vụ scores"."""
    if role == "scores":
        return tr("role.scores")
    return tr("role.by", role=tr(f"role.{role}"), scorer=scorer_name(plan, the_round, criterion_id, tr))


def scorer_name(plan: Plan, the_round: Round, criterion_id: str, tr: Labels) -> str:
    scorer = the_round.scorer(criterion_id)
    return unit_name(plan, scorer) if scorer is not None else tr("scorer.unit")


def _lost(node: Item) -> Decimal | None:
    return None if node.baseline is None else node.max - node.baseline


def _overseers(plan: Plan, node: Item, tr: Labels) -> list[str] | str:
    """Who to ask about a criterion that names no lead: the units overseeing its field."""
    return [unit_name(plan, u) for u in overseers_for(plan, node.id, overseers_of(plan))[1]] or tr("none")


def _likely_note(plan: Plan, load: Workload, mismatch: Mismatch, tr: Labels) -> str:
    where = tr("where.field", id=mismatch.node_id) if mismatch.node_id else tr("where.totals")
    column = column_label(plan, mismatch.column, tr, "colname")
    return tr("units.likely", unit=load.unit.name, points=mismatch.difference, where=where, column=column)


def _unit_facts(plan: Plan, load: Workload, tr: Labels) -> list[tuple[str, str]]:
    unit = load.unit
    facts = [(tr("unit.kind"), tr(f"unit.kind.{unit.kind}"))]
    if unit.kind == "group":
        members = [unit_name(plan, u) for u in unit.members]
        facts.append((tr("unit.members"), "; ".join(members) or tr("none")))
    else:
        groups = [unit_name(plan, g.id) for g in plan.groups_of(unit.id)]
        facts.append((tr("unit.groups"), "; ".join(groups) or tr("none")))
    if unit.part_of:
        facts.append((tr("unit.part_of"), plan.units[unit.part_of].name))
    desks = [u.name for u in plan.units.values() if u.part_of == unit.id]
    if desks:
        facts.append((tr("unit.desks"), "; ".join(desks)))
    oversees = [f"{f} {plan.nodes[f].name}" for f in load.oversees]
    facts.append((tr("unit.oversees"), "; ".join(oversees) or tr("none")))
    year = plan.file.plan.baseline_year
    scored = [plan.nodes[i] for i in load.scores]
    counts = [sum(1 for role in load.roles.values() if role == r) for r in ("contributes", "oversees")]
    facts.append(
        (
            tr("unit.round"),
            tr(
                "unit.round.value",
                scores=len(scored),
                points=sum((n.max for n in scored), Decimal(0)),
                contributes=counts[0],
                oversees=counts[1],
            ),
        )
    )
    for label, points in ((tr("unit.own"), load.own_points), (tr("unit.with_groups"), load.all_points)):
        if points.lost is None or points.to_recover is None:  # a first-year plan: nothing was lost yet
            text = tr("unit.points.first_year", at_stake=points.at_stake)
        else:
            text = tr(
                "unit.points",
                at_stake=points.at_stake,
                lost=points.lost,
                year=year,
                to_recover=points.to_recover,
            )
        facts.append((label, text))
    return facts


def _flat_table(plan: Plan, loads: list[Workload], tr: Labels, the_round: Round) -> Table:
    """One row per unit and criterion it has a role on, for spreadsheets."""
    columns = [
        Column("unit", tr("col.unit")),
        Column("unit_name", tr("col.unit")),
        Column("id", tr("col.id")),
        Column("name", tr("col.name")),
        *_score_columns(plan, tr),
        Column("how", tr("col.how")),
        Column("via_group", tr("col.via_group")),
        Column("role", tr("col.role")),
        Column("scorer", tr("col.scorer")),
    ]
    rows: list[list[Cell]] = []
    for load in loads:
        listed = [
            (t.node, "via_group" if t.via else "shared" if t.shared else "own", t.via) for t in load.tasks
        ]
        listed += [(node, "none" if not node.lead else "beyond", None) for node in load.beyond]
        for node, how, via_unit in listed:
            via = via_unit.id if via_unit else ""
            rows.append(
                [
                    load.unit.id,
                    load.unit.name,
                    node.id,
                    node.name,
                    node.max,
                    node.baseline,
                    node.target,
                    _lost(node),
                    how,
                    via,
                    load.roles[node.id],
                    the_round.scorer(node.id) or "",
                ]
            )
    return Table(None, columns, rows)


def _load_data(load: Workload) -> dict[str, object]:
    return {
        "id": load.unit.id,
        "name": load.unit.name,
        "kind": load.unit.kind,
        "part_of": load.unit.part_of,
        "members": list(load.unit.members),
        "criteria": [task.node.id for task in load.own],
        "shared": [task.node.id for task in load.tasks if task.shared and task.via is None],
        "via_group": [task.node.id for task in load.via_group],
        "groups": {task.node.id: task.via.id for task in load.via_group if task.via is not None},
        "oversees": list(load.oversees),
        "scores": load.scores,
        "roles": load.roles,
        "duties": [{"section": d.section, "text": d.text} for d in load.duties],
        "likely": [{"node": m.node_id, "column": m.column, "points": m.difference} for m in load.likely],
        **_points_data(load.own_points),
        "with_groups": _points_data(load.all_points),
    }


def _points_data(points: Points) -> dict[str, object]:
    return {"at_stake": points.at_stake, "lost": points.lost, "to_recover": points.to_recover}
