"""Pieces several views share."""

from __future__ import annotations

from collections.abc import Callable, Collection
from decimal import Decimal
from typing import Any

from par_cli.core.plan import Item, Mismatch, Plan, subtotal_label
from par_cli.core.workload import overseers_for, overseers_of
from par_cli.texts.labels import Labels
from par_cli.views.shapes import Cell, Column, Table

# The columns that only a plan with a baseline year has (see Plan.has_baseline).
BASELINE_COLUMNS = frozenset({"baseline", "baseline_percent", "change", "lost", "to_recover"})


def first_year(plan: Plan, tables: list[Table]) -> list[Table]:
    """The tables as they read for ``plan``: without the baseline columns in a first-year plan."""
    return tables if plan.has_baseline else [table.without(set(BASELINE_COLUMNS)) for table in tables]


def with_subtotals(
    plan: Plan, leaves: list[Item], cells: Callable[[Item], list[Cell]]
) -> tuple[list[list[Cell]], set[int]]:
    """Rows for ``leaves``, each criterion with sub-criteria once, as a subtotal row above the first
    of them that is listed; and the indexes of those subtotal rows."""
    rows: list[list[Cell]] = []
    subtotals: set[int] = set()
    shown: set[str] = set()
    for leaf in leaves:
        for branch in plan.branches_above(leaf.id):
            if branch.id not in shown:
                shown.add(branch.id)
                subtotals.add(len(rows))
                rows.append(cells(branch))
        rows.append(cells(leaf))
    return rows, subtotals


def short_of_target(to_target: Decimal | None) -> Decimal | None:
    """What is still missing to reach a target, as offices say it (còn thiếu so với chỉ tiêu): a
    positive amount, 0 once the target is met. ``to_target`` is the signed figure (score - target)
    that JSON keeps."""
    return None if to_target is None else max(Decimal(0), -to_target)


def unit_name(plan: Plan, unit_id: str) -> str:
    """A unit as a table shows it: its short name where the plan gives one, else its name. Ids are
    for files and scripts (JSON, CSV), never for a reader."""
    unit = plan.units[unit_id]
    return unit.short or unit.name


def lead_cell(plan: Plan, node: Item, tr: Labels) -> list[str] | str:
    """A criterion's lead units; when it names none, who oversees it, marked as such."""
    if node.lead:
        return [unit_name(plan, u) for u in node.lead]
    at, units = overseers_for(plan, node.id, overseers_of(plan))
    if units:
        return [tr("lead.overseer", unit=unit_name(plan, u), where=subtotal_label(at)) for u in units]
    return "-"


def tree_counts(plan: Plan) -> tuple[int, int]:
    """(criteria, sub-criteria), as officials count them: the rows right under a field, and the
    rows below those."""
    criteria = sum(len(field.criteria) for field in plan.fields)
    return criteria, len(plan.nodes) - len(plan.fields) - criteria


def column_label(plan: Plan, column: str, tr: Labels, prefix: str = "col") -> str:
    """The label of a score column: the years come from the plan, never from code.

    ``prefix`` "col" gives a table header, "colname" the words for a sentence.
    """
    info = plan.file.plan
    year = info.baseline_year if column == "baseline" else info.year
    return tr(f"{prefix}.{column}", year=year)


def score_columns(plan: Plan, tr: Labels) -> list[Column]:
    return [Column(c, column_label(plan, c, tr), numeric=True) for c in ("max", "baseline", "target")]


def mismatch_where(mismatch: Mismatch, tr: Labels) -> str:
    return tr("where.totals") if mismatch.node_id is None else _where(mismatch.node_id, tr)


def _where(node_id: str, tr: Labels) -> str:
    return tr("where.node", id=node_id) if "." in node_id else tr("where.field", id=node_id)


def source_notes(plan: Plan, tr: Labels) -> list[str]:
    """The source's inconsistencies, and the names shown corrected where it has a typo."""
    corrected = [
        tr("note.display_name", where=_where(item.id, tr), shown=item.name, printed=item.printed_name)
        for item in plan.nodes.values()
        if item.printed_name
    ]
    return corrected + [
        tr(
            "warning.mismatch.listed" if m.explained_by else "warning.mismatch",
            where=mismatch_where(m, tr),
            column=column_label(plan, m.column, tr, "colname"),
            printed=tr.num(m.printed),
            computed=tr.num(m.computed),
            difference=tr.num(m.difference),
            reason=m.reason,
        )
        + _cause(m, tr)
        for m in plan.mismatches
    ]


def mismatch_reason(mismatch: Mismatch, tr: Labels) -> str:
    """The recorded reason, and what explains the mismatch or most likely caused it."""
    return mismatch.reason + _cause(mismatch, tr)


def _cause(mismatch: Mismatch, tr: Labels) -> str:
    """What explains a printed mismatch: the rows the appendix does not list; else its likely cause."""
    if mismatch.explained_by:
        return " " + tr("mismatch.explained", ids=", ".join(mismatch.explained_by))
    if mismatch.likely_cause:
        return " " + tr(f"mismatch.cause.{mismatch.likely_cause}")
    return ""


def mismatch_data(plan: Plan) -> list[dict[str, Any]]:
    return [
        {
            "node": m.node_id,
            "column": m.column,
            "printed": m.printed,
            "computed": m.computed,
            "difference": m.difference,
            "reason": m.reason,
            "likely_cause": m.likely_cause,
            "explained_by": m.explained_by,
        }
        for m in plan.mismatches
    ]


def node_name(node: Item, tr: Labels) -> str:
    """A row's name as tables show it: marked where the appendix does not list the row."""
    return tr("unlisted.name", name=node.name) if node.unlisted is not None else node.name


def unlisted_notes(plan: Plan, tr: Labels, shown: Collection[str] | None = None) -> list[str]:
    """What each row the appendix does not list is, and where the plan gives it (its own rows'
    note said once, on the row that carries the mark); of the rows ``shown`` only, if given."""
    notes: list[str] = []
    for item in plan.nodes.values():
        parent = plan.parent.get(item.id)
        if item.unlisted is None or (parent is not None and plan.nodes[parent].unlisted is not None):
            continue
        if shown is not None and not any(i == item.id or i.startswith(item.id + ".") for i in shown):
            continue
        notes.append(
            tr(
                "unlisted.note",
                where=_where(item.id, tr),
                name=item.name,
                max=item.max,
                source=item.unlisted.rstrip(". "),
            )
        )
    return notes


def baseline_left_out_notes(plan: Plan, tr: Labels) -> list[str]:
    """The criteria that did not apply in the baseline year: no baseline, never lost."""
    rows = [item for item in plan.criteria() if item.baseline_na is not None]
    if not rows:
        return []
    ids = ", ".join(f"{item.id} ({item.baseline_na})" for item in rows)
    points = sum((item.max for item in rows), Decimal(0))
    return [tr("baseline_na.note", year=plan.file.plan.baseline_year, ids=ids, points=points)]
