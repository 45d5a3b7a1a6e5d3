"""Where points are lost: each criterion's distance to its maximum and to its target.

The gaps always add up to the official figure: printed grand maximum minus printed grand score.
Where a printed subtotal disagrees with the rows below it, the points it loses that no row
accounts for form an "unattributed" row of their own, so nothing is silently dropped.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Literal, NamedTuple

from par_cli.core.ordering import id_key
from par_cli.core.plan import Item, Plan
from par_cli.core.units import falls_on
from par_cli.core.workload import overseers_for, overseers_of

Against = Literal["baseline", "target", "scores"]
SortKey = Literal["gap", "id", "field"]
ZERO = Decimal(0)


class GapRow(NamedTuple):  # a tuple: a plan of 100,000 criteria builds as many, at C speed
    id: str
    name: str
    field_id: str
    max: Decimal
    baseline: Decimal | None  # None in a first-year plan
    target: Decimal
    score: Decimal  # the figure the gap is measured from: baseline, target or self-assessed
    gap: Decimal  # max - score
    to_target: Decimal  # score - target: negative where the target is not met
    units: tuple[str, ...]  # the lead units
    unattributed: bool = False
    overseen_by: tuple[str, ...] = ()  # a row with no lead: the units overseeing it (see overseen_at)
    overseen_at: str | None = None  # the field or criterion they are charged with
    likely_owners: tuple[str, ...] = ()  # an unattributed row: who its points likely belong to
    likely_cause: str | None = None  # an unattributed row: penalty, bonus or unlisted, if recorded
    subtotal: bool = False  # a criterion with sub-criteria, shown above them; never summed
    group: str | None = None  # the criterion with sub-criteria this row lies under, if any


@dataclass(frozen=True)
class GapAnalysis:
    against: Against
    rows: list[GapRow]  # every row below its maximum, plus unattributed rows
    total_max: Decimal  # the printed grand maximum (less the criteria not scored yet)
    total_score: Decimal  # the printed grand score (or the sum of the scores given)
    not_scored: list[Item] = field(default_factory=list)  # against scores: not scored yet, not lost

    @property
    def total_gap(self) -> Decimal:
        return sum((row.gap for row in self.rows if not row.subtotal), ZERO)


def analyse(
    plan: Plan,
    against: Against = "baseline",
    scores: Mapping[str, Decimal] | None = None,
    not_applicable: Collection[str] = (),
) -> GapAnalysis:
    """Gaps of every criterion, measured from the plan's baseline, its target, or ``scores``.
    A criterion ``not_applicable`` is no row and not "not scored yet": its points leave the plan."""
    if against == "scores" and scores is None:
        raise ValueError("scores are needed to measure gaps against them")
    rows: list[GapRow] = []

    def score_of(node: Item) -> Decimal:
        if against == "scores":
            assert scores is not None
            if node.criteria:
                return sum((score_of(child) for child in node.criteria), ZERO)
            return scores.get(node.id, ZERO)
        if against == "baseline":
            if node.baseline_na is not None:
                return ZERO  # did not apply in the baseline year: its maximum is left out too (left)
            assert node.baseline is not None, "a first-year plan has no baseline to measure from"
            return node.baseline
        return node.target

    def left(node: Item) -> Decimal:
        """The maximum that did not apply in the year measured from (the baseline year only)."""
        return node.baseline_left_out if against == "baseline" else ZERO

    not_scored: list[Item] = []
    owners = likely_owners(plan)
    causes = {m.node_id: m.likely_cause for m in plan.mismatches if m.likely_cause}

    def complete(node: Item) -> bool:
        """Whether every criterion below ``node`` has a score: only then are the points its printed
        subtotal holds beyond its rows lost, rather than not scored yet."""
        if against != "scores":
            return True
        if not node.criteria:
            return node.id in (scores or {}) or node.id in not_applicable
        return all(complete(child) for child in node.criteria)

    overseers = overseers_of(plan)

    def visit(node: Item, field_id: str, group: str | None) -> None:
        score = score_of(node)
        if not node.criteria:
            if node.id in not_applicable or (against == "baseline" and node.baseline_na is not None):
                return
            if against == "scores" and node.id not in (scores or {}):
                not_scored.append(node)  # not lost: nobody has scored it yet
            elif score < node.max:
                overseen = (None, ()) if node.lead else overseers_for(plan, node.id, overseers)
                rows.append(_row(node, field_id, score, group, overseen))
            return
        inner = node.id if node.id != field_id else None  # a criterion with sub-criteria groups them
        first = len(rows)
        for child in node.criteria:
            visit(child, field_id, inner)
        # a subtotal that loses more than its rows: the difference is a row of its own
        unexplained = (node.max - left(node) - score) - sum(
            (c.max - left(c) - score_of(c) for c in node.criteria), ZERO
        )
        if unexplained and complete(node):
            short = (score - node.target) - sum((score_of(c) - c.target for c in node.criteria), ZERO)
            owner = owners.get(node.id, ())
            # with no likely owner recorded, who oversees the field is whom to ask
            overseen = (None, ()) if owner else overseers_for(plan, node.id, overseers)
            row = _unattributed(node, field_id, score, score_of, inner, overseen, (unexplained, short), owner)
            rows.append(row._replace(likely_cause=causes.get(node.id)))
        if inner is not None and len(rows) > first:  # officials see the criterion above its parts
            rows.append(_row(node, field_id, score, group)._replace(subtotal=True))

    for field_item in plan.fields:
        visit(field_item, field_item.id, None)
    totals = plan.file.totals
    total_score = (
        sum((score_of(f) for f in plan.fields), ZERO)
        if against == "scores"
        else getattr(totals, "baseline" if against == "baseline" else "target")
    )
    left_out = sum((left(f) for f in plan.fields), ZERO)
    unexplained = (totals.max - left_out - total_score) - sum(
        (f.max - left(f) - score_of(f) for f in plan.fields), ZERO
    )
    if unexplained and all(complete(f) for f in plan.fields):
        short = (total_score - totals.target) - sum((score_of(f) - f.target for f in plan.fields), ZERO)
        rows.append(
            GapRow(
                "",
                "",
                "",
                totals.max,
                totals.baseline,
                totals.target,
                total_score,
                unexplained,
                short,
                (),
                unattributed=True,
                likely_owners=owners.get(None, ()),
                likely_cause=causes.get(None),
            )
        )
    analysis = GapAnalysis(against, rows, totals.max - left_out, total_score, not_scored)
    if against == "scores":  # what is scored: its maximum is what it scored plus what it lost
        analysis = replace(analysis, total_max=total_score + analysis.total_gap)
    return analysis


def likely_owners(plan: Plan) -> dict[str | None, tuple[str, ...]]:
    """For each subtotal whose recorded mismatch names one, the units its missing points likely
    belong to (None: the grand totals)."""
    owners: dict[str | None, tuple[str, ...]] = {}
    for mismatch in plan.mismatches:
        if mismatch.likely_owner and mismatch.likely_owner not in owners.get(mismatch.node_id, ()):
            owners[mismatch.node_id] = (*owners.get(mismatch.node_id, ()), mismatch.likely_owner)
    return owners


def _row(
    node: Item,
    field_id: str,
    score: Decimal,
    group: str | None,
    overseen: tuple[str | None, tuple[str, ...]] = (None, ()),
    unattributed: tuple[Decimal, Decimal] | None = None,
    owners: tuple[str, ...] = (),
) -> GapRow:
    """A criterion's row; or, given ``unattributed`` (gap, to target), a subtotal's unexplained part."""
    gap, to_target = unattributed or (node.max - score, score - node.target)
    return GapRow(
        id=node.id,
        name=node.name,
        field_id=field_id,
        max=node.max,
        baseline=node.baseline,
        target=node.target,
        score=score,
        gap=gap,
        to_target=to_target,
        units=() if unattributed is not None else tuple(node.lead),
        unattributed=unattributed is not None,
        overseen_by=() if node.lead else overseen[1],
        overseen_at=None if node.lead else overseen[0],
        likely_owners=owners,
        group=group,
    )


def _unattributed(
    node: Item,
    field_id: str,
    score: Decimal,
    score_of: Callable[[Item], Decimal],
    group: str | None,
    overseen: tuple[str | None, tuple[str, ...]],
    unexplained: tuple[Decimal, Decimal],
    owners: tuple[str, ...],
) -> GapRow:
    """A subtotal's unexplained part: each of its figures is the printed subtotal's less the sum of
    its rows (field 8: max 13 - 12.5 = 0.5, baseline 0, target 0.5), so that the row adds up like
    any other (gap 0.5 = 0.5 - 0)."""

    baselines = [child.baseline for child in node.criteria]
    baseline = None
    if node.baseline is not None and None not in baselines:
        baseline = node.baseline - sum((b for b in baselines if b is not None), ZERO)
    return _row(node, field_id, score, group, overseen, unexplained, owners)._replace(
        max=node.max - sum((child.max for child in node.criteria), ZERO),
        baseline=baseline,
        target=node.target - sum((child.target for child in node.criteria), ZERO),
        score=score - sum((score_of(child) for child in node.criteria), ZERO),
    )


def select(
    plan: Plan,
    rows: Iterable[GapRow],
    within: str | None = None,
    unit_id: str | None = None,
    min_gap: Decimal | None = None,
) -> list[GapRow]:
    """Rows under one field or criterion (``within``), falling on one unit (itself or through a
    group), losing at least ``min_gap``; with the subtotal rows above those that are kept."""
    rows = list(rows)
    chosen: list[GapRow] = []
    for row in rows:
        if row.subtotal:
            continue
        if within is not None and not _under(row, within):
            continue
        if unit_id is not None and not _concerns(plan, row, unit_id):
            continue
        if min_gap is not None and row.gap < min_gap:
            continue
        chosen.append(row)
    groups = {row.group for row in chosen}
    for row in reversed(rows):  # subtotals come after their rows: a kept one keeps the one above it
        if row.subtotal and row.id in groups:
            groups.add(row.group)
    kept = set(map(id, chosen))
    return [row for row in rows if id(row) in kept or (row.subtotal and row.id in groups)]


def _under(row: GapRow, node_id: str) -> bool:
    return row.field_id == node_id or row.id == node_id or row.id.startswith(node_id + ".")


def sort_rows(rows: Iterable[GapRow], key: SortKey = "gap") -> list[GapRow]:
    """Rows in ``key`` order, each subtotal directly above the rows of its sub-criteria."""
    by_id = sorted(rows, key=lambda r: (id_key(r.id) if r.id else ((2, 0, ""),), not r.subtotal))
    if key == "id":
        return by_id
    inner: dict[str | None, list[GapRow]] = {}
    for row in by_id:
        inner.setdefault(row.group, []).append(row)

    def order(row: GapRow) -> tuple[object, ...]:  # --sort field
        return (id_key(row.field_id) if row.field_id else ((2, 0, ""),), -row.gap, not row.subtotal)

    def ordered(rows: list[GapRow]) -> list[GapRow]:
        if key == "gap":  # largest gap first, a subtotal first among equals; else in id order
            return sorted(rows, key=lambda row: (row.gap, row.subtotal), reverse=True)  # stable too
        return sorted(rows, key=order)

    def emit(group: str | None) -> list[GapRow]:
        out: list[GapRow] = []
        for row in ordered(inner.get(group, [])):
            out.append(row)
            if row.subtotal:
                out += emit(row.id)
        return out

    return emit(None)


def _concerns(plan: Plan, row: GapRow, unit_id: str) -> bool:
    """Whether a row is the unit's to act on: it leads the criterion (itself or through a group);
    for a row with no lead, it oversees it; for an unattributed row, it is the likely owner, or
    with none recorded, it oversees the field (as the row itself names it)."""
    if row.unattributed:
        return unit_id in (row.likely_owners or row.overseen_by)
    return unit_id in row.overseen_by or falls_on(plan, plan.nodes[row.id], unit_id)
