"""Bonus and penalty points in a report: the facts, the rows under the fields, a table of the items
taken, the notes that say what a cap held back, and their JSON."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from par_cli.core.adjustments import Adjusted, Held, Side
from par_cli.core.assessment import Assessment
from par_cli.core.plan import Plan
from par_cli.texts.labels import Labels
from par_cli.views.shapes import Cell, Column, Table

ZERO = Decimal(0)


def shown(result: Assessment) -> Adjusted | None:
    """The adjustments worth showing: the plan declares some (even when none is taken, so that a
    reader sees the figure stands without them); never for an office's part."""
    return result.adjustments if result.kind == "unit" else None


def adjustment_facts(result: Assessment, tr: Labels) -> list[tuple[str, str]]:
    adjusted = shown(result)
    if adjusted is None:
        return []
    return [
        (tr(f"adjustment.{side.kind}.total"), _side_text(side, tr))
        for side in (adjusted.bonus, adjusted.penalty)
    ]


def _side_text(side: Side, tr: Labels) -> str:
    if not side.items:
        return tr("adjustment.none_taken")
    if side.total != side.given:
        return tr("adjustment.total.held", total=side.total, given=side.given)
    return tr("adjustment.total", total=side.total, count=len(side.items))


def adjustment_rows(
    result: Assessment, tr: Labels, width: int, estimate_at: int, change_at: int, short_at: int
) -> list[list[Cell]]:
    """The rows under the fields of the fields table: bonus points (+), penalty points (-), in the
    estimate column; in the change column too (the baseline had none), and in the shortfall column
    as what they take off it (bonus) or add to it (penalty), so that each column's rows add up to
    the total's; ``width`` cells a row."""
    adjusted = shown(result)
    if adjusted is None or not adjusted.any:
        return []
    rows: list[list[Cell]] = []
    for side, sign in ((adjusted.bonus, 1), (adjusted.penalty, -1)):
        row: list[Cell] = [None] * width
        row[0], row[1] = "", tr(f"adjustment.{side.kind}.total")
        row[estimate_at] = row[change_at] = sign * side.total
        row[short_at] = -sign * side.total
        rows.append(row)
    return rows


def adjustments_table(plan: Plan, result: Assessment, tr: Labels) -> list[Table]:
    """Each item taken: what the plan gives it for, the points taken and counted, why, and the
    documents cited."""
    adjusted = shown(result)
    if adjusted is None or not adjusted.any:
        return []
    columns = [
        Column("kind", tr("col.adjustment.kind")),
        Column("item", tr("col.adjustment.item")),
        Column("for", tr("col.adjustment.for"), wide=2),
        Column("max", tr("col.max"), numeric=True),
        Column("points", tr("col.adjustment.points"), numeric=True),
        Column("counted", tr("col.adjustment.counted"), numeric=True, keep=True),
        Column("reason", tr("col.adjustment.reason"), wide=2),
        Column("evidence", tr("col.evidence"), wide=2),
    ]
    rows: list[list[Cell]] = []
    for side in (adjusted.bonus, adjusted.penalty):
        items = {item.id: item for item in _items(plan, side.kind)}
        for counted in side.items:
            rows.append(
                [
                    tr(f"adjustment.{side.kind}"),
                    counted.taken.item,
                    items[counted.taken.item].reason,
                    counted.max,
                    counted.taken.points,
                    counted.counted,
                    counted.taken.reason,
                    list(counted.taken.evidence) or None,
                ]
            )
        held_back = sum((c.counted for c in side.items), ZERO) - side.total
        if held_back:  # what a field's or the whole's cap held back: the kind's rows add up to its total
            capped = tr(f"adjustment.row.capped.{side.kind}")
            rows.append([tr(f"adjustment.{side.kind}"), None, capped, side.cap, None, -held_back, None, None])
    return [Table(tr("adjustment.title"), columns, rows)]


def _items(plan: Plan, kind: str) -> tuple[Any, ...]:
    declared = plan.file.adjustments
    part = getattr(declared, kind) if declared is not None else None
    return part.items if part is not None else ()


def adjustment_notes(result: Assessment, tr: Labels) -> list[str]:
    """What a cap held back, and where the index was held to its bounds."""
    adjusted = shown(result)
    if adjusted is None:
        return []
    notes = [_held(side.kind, held, tr) for side in (adjusted.bonus, adjusted.penalty) for held in side.held]
    raw = result.points + adjusted.net
    if raw != result.adjusted:
        bound = "adjustment.held.zero" if raw < 0 else "adjustment.held.max"
        notes.append(tr(bound, points=raw, max=result.max))
    return notes


def _held(kind: str, held: Held, tr: Labels) -> str:
    what = tr(f"adjustment.{kind}")
    if held.where == "item":
        return tr("adjustment.held.item", kind=what, id=held.id, given=held.given, cap=held.cap)
    if held.where == "field":
        where = tr("where.field", id=held.id)
        return tr("adjustment.held.field", kind=what, where=where, given=held.given, cap=held.cap)
    return tr("adjustment.held.total", kind=what, given=held.given, cap=held.cap)


def adjustments_data(result: Assessment) -> dict[str, Any] | None:
    """JSON `adjustments`: each side's items (as taken, and counted), what counts, and each cap
    that held points back; null where the plan declares none (or for an office's part)."""
    adjusted = shown(result)
    if adjusted is None:
        return None
    return {
        "bonus": _side_data(adjusted.bonus),
        "penalty": _side_data(adjusted.penalty),
        "net": adjusted.net,
        "exceed_max": adjusted.exceed_max,
    }


def _side_data(side: Side) -> dict[str, Any]:
    return {
        "items": [
            {
                "item": c.taken.item,
                "points": c.taken.points,
                "max": c.max,
                "counted": c.counted,
                "field": c.field,
                "reason": c.taken.reason,
                "evidence": list(c.taken.evidence),
            }
            for c in side.items
        ],
        "given": side.given,
        "cap": side.cap,
        "total": side.total,
        "held": [{"where": h.where, "id": h.id, "given": h.given, "cap": h.cap} for h in side.held],
    }


def report_rows(plan: Plan, result: Assessment, tr: Labels) -> list[list[Cell]]:
    """The signed report's rows for the points taken, under its self-assessed total: a heading row
    with the net, then each item (what the plan gives it for, its maximum, the points counted once
    held to that maximum (a penalty less than 0), the evidence, the unit's reason), and after a
    kind's items what its field and whole caps held back: the rows add up to the heading's net, so
    that a signer can check it by hand."""
    adjusted = shown(result)
    if adjusted is None or not adjusted.any:
        return []
    rows: list[list[Cell]] = [[None, tr("adjustment.title").upper(), None, adjusted.net, None, None]]
    for side, sign in ((adjusted.bonus, 1), (adjusted.penalty, -1)):
        items = {item.id: item for item in _items(plan, side.kind)}
        for counted in side.items:
            what = f"{tr(f'adjustment.{side.kind}.total')}: {items[counted.taken.item].reason}"
            if counted.counted != counted.taken.points:
                what += " " + tr("adjustment.row.held", given=counted.taken.points, max=counted.max)
            evidence: Cell = list(counted.taken.evidence) or None
            rows.append(
                [
                    None,  # no STT of its own: the name says what it is
                    what,
                    counted.max,
                    sign * counted.counted,
                    evidence,
                    counted.taken.reason,
                ]
            )
        held_back = sum((c.counted for c in side.items), ZERO) - side.total
        if held_back:
            rows.append([None, tr(f"adjustment.row.capped.{side.kind}"), None, -sign * held_back, None, None])
    return rows


def report_sentence(result: Assessment, tr: Labels) -> str | None:
    """Part I's sentence on the points taken: for each kind what counts, and what was given where a
    cap held some back."""
    adjusted = shown(result)
    if adjusted is None or not adjusted.any:
        return None
    bonus, penalty = (_side_text(side, tr) for side in (adjusted.bonus, adjusted.penalty))
    return tr("report.adjustments", bonus=bonus, penalty=penalty)
