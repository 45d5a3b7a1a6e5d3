"""Where points are lost: each criterion's distance to its maximum and to its target.

The gaps always add up to the official figure: printed grand maximum minus printed grand score.
Where a printed subtotal disagrees with the rows below it, the points it loses that no row
accounts for form an "unattributed" row of their own, so nothing is silently dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from par_cli.ordering import id_key
from par_cli.plan import Item, Plan
from par_cli.units import falls_on

Against = Literal["baseline", "target", "scores"]
SortKey = Literal["gap", "id", "field"]
ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class GapRow:
    id: str
    name: str
    field_id: str
    max: Decimal
    baseline: Decimal
    target: Decimal
    score: Decimal  # the figure the gap is measured from: baseline, target or self-assessed
    gap: Decimal  # max - score
    to_target: Decimal  # score - target: negative where the target is not met
    units: tuple[str, ...]
    unattributed: bool = False
    scored: bool = True  # False: no self-assessed score given, counted as 0


@dataclass(frozen=True)
class GapAnalysis:
    against: Against
    rows: list[GapRow]  # every row below its maximum, plus unattributed rows
    total_max: Decimal  # the printed grand maximum
    total_score: Decimal  # the printed grand score (or the sum of self-assessed scores)

    @property
    def total_gap(self) -> Decimal:
        return sum((row.gap for row in self.rows), ZERO)


def analyse(
    plan: Plan, against: Against = "baseline", scores: Mapping[str, Decimal] | None = None
) -> GapAnalysis:
    """Gaps of every criterion, measured from the plan's baseline, its target, or ``scores``."""
    if against == "scores" and scores is None:
        raise ValueError("scores are needed to measure gaps against them")
    rows: list[GapRow] = []

    def score_of(node: Item) -> Decimal:
        if against == "scores":
            assert scores is not None
            if node.criteria:
                return sum((score_of(child) for child in node.criteria), ZERO)
            return scores.get(node.id, ZERO)
        return node.baseline if against == "baseline" else node.target

    def visit(node: Item, field_id: str) -> None:
        score = score_of(node)
        if not node.criteria:
            if score < node.max:
                rows.append(
                    _row(node, field_id, score, scored=against != "scores" or node.id in (scores or {}))
                )
            return
        for child in node.criteria:
            visit(child, field_id)
        unexplained = (node.max - score) - sum((c.max - score_of(c) for c in node.criteria), ZERO)
        if unexplained:
            short = (score - node.target) - sum((score_of(c) - c.target for c in node.criteria), ZERO)
            rows.append(_row(node, field_id, score, unattributed=(unexplained, short)))

    for field in plan.fields:
        visit(field, field.id)
    totals = plan.file.totals
    total_score = (
        sum((score_of(f) for f in plan.fields), ZERO)
        if against == "scores"
        else getattr(totals, "baseline" if against == "baseline" else "target")
    )
    unexplained = (totals.max - total_score) - sum((f.max - score_of(f) for f in plan.fields), ZERO)
    if unexplained:
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
            )
        )
    return GapAnalysis(against, rows, totals.max, total_score)


def _row(
    node: Item,
    field_id: str,
    score: Decimal,
    scored: bool = True,
    unattributed: tuple[Decimal, Decimal] | None = None,
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
        units=tuple(node.lead),
        unattributed=unattributed is not None,
        scored=scored,
    )


def select(
    plan: Plan,
    rows: Iterable[GapRow],
    field_id: str | None = None,
    unit_id: str | None = None,
    min_gap: Decimal | None = None,
) -> list[GapRow]:
    """Rows of one field, falling on one unit (itself or through a group), losing at least ``min_gap``."""
    chosen = []
    for row in rows:
        if field_id is not None and row.field_id != field_id:
            continue
        if unit_id is not None and (row.unattributed or not falls_on(plan, plan.nodes[row.id], unit_id)):
            continue
        if min_gap is not None and row.gap < min_gap:
            continue
        chosen.append(row)
    return chosen


def sort_rows(rows: Iterable[GapRow], key: SortKey = "gap") -> list[GapRow]:
    by_id = sorted(rows, key=lambda r: id_key(r.id) if r.id else ((2, 0, ""),))
    if key == "gap":
        return sorted(by_id, key=lambda r: -r.gap)
    if key == "field":
        return sorted(by_id, key=lambda r: (id_key(r.field_id) if r.field_id else ((2, 0, ""),), -r.gap))
    return by_id
