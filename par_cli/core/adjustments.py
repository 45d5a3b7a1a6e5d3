"""Bonus and penalty points (điểm thưởng, điểm trừ), each held to its caps.

Some criteria sets (892/QĐ-BNV and the provincial sets that follow it) add to the index points
that no criterion carries: a bonus for, say, an initiative recognised by the province, a penalty
for a breach found by an inspection. The plan declares the items, each with the most it may give,
and caps per field (where the set says so) and for the whole index; a scores file says which the
unit takes, with a reason and evidence. Points above a cap are not an error: they are held to the
cap, and the result says by how much, so that the unit sees what it claimed and what counts.

Each item's points are held to its own maximum first, then the items under a field to that
field's cap, then the whole to the kind's cap.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from par_cli.core.actuals import Taken
from par_cli.core.model import AdjustmentKind
from par_cli.core.plan import Plan

ZERO = Decimal(0)
KINDS = ("bonus", "penalty")


@dataclass(frozen=True, slots=True)
class Counted:
    """An item's points: as taken, and as counted once held to the item's maximum."""

    taken: Taken
    max: Decimal  # the most the item gives
    field: str | None  # the field it counts under, if the plan says
    counted: Decimal  # min(points, max)


@dataclass(frozen=True, slots=True)
class Held:
    """A cap that held points back: an item's maximum, a field's cap, or the kind's own cap."""

    where: str  # "item", "field" or "total"
    id: str | None  # the item or field id; None for the whole
    given: Decimal  # the points before this cap
    cap: Decimal
    # points counted = min(given, cap)


@dataclass(frozen=True)
class Side:
    """The bonus or the penalty points of one assessment."""

    kind: str  # bonus or penalty
    items: list[Counted] = field(default_factory=list)
    held: list[Held] = field(default_factory=list)  # every cap that held points back, in order
    cap: Decimal | None = None  # the kind's cap in the whole index, if the plan gives one
    total: Decimal = ZERO  # what counts, every cap applied

    @property
    def given(self) -> Decimal:
        """The points as the files give them, before any cap."""
        return sum((c.taken.points for c in self.items), ZERO)


@dataclass(frozen=True)
class Adjusted:
    bonus: Side
    penalty: Side
    exceed_max: bool  # bonus may carry the index above the plan's maximum

    @property
    def net(self) -> Decimal:
        return self.bonus.total - self.penalty.total

    @property
    def any(self) -> bool:
        return bool(self.bonus.items or self.penalty.items)


def adjust(plan: Plan, taken: tuple[Taken, ...]) -> Adjusted | None:
    """The points taken, each cap applied; None when the plan declares no bonus or penalty points."""
    declared = plan.file.adjustments
    if declared is None:
        return None
    sides = [_side(kind, getattr(declared, kind), [t for t in taken if t.kind == kind]) for kind in KINDS]
    return Adjusted(sides[0], sides[1], declared.exceed_max)


def _side(kind: str, part: AdjustmentKind | None, taken: list[Taken]) -> Side:
    if part is None:
        return Side(kind)
    items = {item.id: item for item in part.items}
    counted: list[Counted] = []
    held: list[Held] = []
    for entry in taken:
        item = items[entry.item]
        if entry.points > item.max:
            held.append(Held("item", item.id, entry.points, item.max))
        counted.append(Counted(entry, item.max, item.field, min(entry.points, item.max)))
    by_field: dict[str | None, Decimal] = {}
    for c in counted:
        by_field[c.field] = by_field.get(c.field, ZERO) + c.counted
    total = ZERO
    for field_id, points in by_field.items():
        cap = part.field_caps.get(field_id) if field_id is not None else None
        if cap is not None and points > cap:
            held.append(Held("field", field_id, points, cap))
            points = cap
        total += points
    if part.cap is not None and total > part.cap:
        held.append(Held("total", None, total, part.cap))
        total = part.cap
    return Side(kind, counted, held, part.cap, total)


def bounded(points: Decimal, maximum: Decimal, adjusted: Adjusted | None) -> Decimal:
    """``points`` with the net adjustments, never below 0, nor above ``maximum`` unless the plan
    lets bonus points carry it there."""
    if adjusted is None:
        return points
    value = points + adjusted.net
    if value < 0:
        return ZERO
    if value > maximum and not adjusted.exceed_max:
        return maximum
    return value
