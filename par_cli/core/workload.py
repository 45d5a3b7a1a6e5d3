"""What falls on each unit: the criteria it leads, itself or through a group, and its duties."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from par_cli.core.model import Unit
from par_cli.core.plan import Item, Mismatch, Plan

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class Task:
    """A criterion as it falls on a unit."""

    node: Item
    via: Unit | None  # the group (or desk) it comes through; None when the unit leads it itself

    @property
    def shared(self) -> bool:
        return len(self.node.lead) > 1


class Points(NamedTuple):
    """What a set of criteria is worth: its maximum, what the baseline lost, what the targets win back
    (None for the last two in a first-year plan, which has no baseline)."""

    at_stake: Decimal
    lost: Decimal | None
    to_recover: Decimal | None

    @classmethod
    def of(cls, tasks: list[Task]) -> Points:
        nodes = [task.node for task in tasks]
        at_stake = sum((n.max for n in nodes), ZERO)
        baselines = [n.baseline for n in nodes]
        if None in baselines:
            return cls(at_stake, None, None)
        reached = sum((b for b in baselines if b is not None), ZERO)
        return cls(at_stake, at_stake - reached, sum((n.target for n in nodes), ZERO) - reached)


class Duty(NamedTuple):
    section: str
    text: str


@dataclass(frozen=True)
class Workload:
    unit: Unit
    tasks: list[Task]  # own criteria first, then those through groups, each in plan order
    oversees: list[str]  # field ids
    duties: list[Duty]
    likely: list[Mismatch]  # printed points no row carries that most likely belong to this unit

    @property
    def own(self) -> list[Task]:
        return [t for t in self.tasks if t.via is None]

    @property
    def via_group(self) -> list[Task]:
        return [t for t in self.tasks if t.via is not None]

    @property
    def own_points(self) -> Points:
        return Points.of(self.own)

    @property
    def all_points(self) -> Points:
        return Points.of(self.tasks)


def workloads(plan: Plan, only: str | None = None) -> list[Workload]:
    """One workload per unit of the registry (or only the unit ``only``), in registry order.

    One pass over the criteria, whatever the number of units: a plan of 2,000 communes costs
    what its criteria and their tasks cost.
    """
    wanted = [unit for unit in plan.units.values() if only is None or unit.id == only]
    own: dict[str, list[Task]] = {unit.id: [] for unit in wanted}
    through: dict[str, list[Task]] = {unit.id: [] for unit in wanted}
    for criterion in plan.criteria():
        for unit_id in dict.fromkeys(criterion.lead):
            if unit_id in own:
                own[unit_id].append(Task(criterion, None))
        reached: set[str] = set(criterion.lead)
        for lead_id in criterion.lead:
            lead = plan.units[lead_id]
            # the members of a group, and the unit a desk belongs to (see units.reached_through)
            for other in (*lead.members, *((lead.part_of,) if lead.part_of else ())):
                if other not in reached and other in through:
                    through[other].append(Task(criterion, lead))
                reached.add(other)
    oversees: dict[str, list[str]] = {unit.id: [] for unit in wanted}
    duties: dict[str, list[Duty]] = {unit.id: [] for unit in wanted}
    for assignment in plan.file.assignments:
        for unit_id in dict.fromkeys(assignment.units):
            if unit_id in oversees:
                oversees[unit_id] += assignment.oversees
                duties[unit_id] += [Duty(assignment.section, text) for text in assignment.duties]
    likely: dict[str, list[Mismatch]] = {unit.id: [] for unit in wanted}
    for mismatch in plan.mismatches:
        if mismatch.likely_owner in likely:
            likely[mismatch.likely_owner].append(mismatch)
    return [
        Workload(unit, own[unit.id] + through[unit.id], oversees[unit.id], duties[unit.id], likely[unit.id])
        for unit in wanted
    ]


def unassigned(plan: Plan) -> list[Item]:
    """Criteria that name no lead unit: listed apart so that nothing falls through."""
    return [c for c in plan.criteria() if not c.lead]


def overseers_of(plan: Plan) -> dict[str, tuple[str, ...]]:
    """For each field or criterion an assignment names, the units charged with overseeing it."""
    overseers: dict[str, tuple[str, ...]] = {}
    for assignment in plan.file.assignments:
        for node_id in assignment.oversees:
            overseers[node_id] = (*overseers.get(node_id, ()), *assignment.units)
    return overseers


def overseers_for(
    plan: Plan, node_id: str, overseers: dict[str, tuple[str, ...]]
) -> tuple[str | None, tuple[str, ...]]:
    """Who oversees ``node_id``: the nearest row above it (or itself) that an assignment names, and
    its units. The contact for a criterion that names no lead."""
    current: str | None = node_id
    while current is not None:
        if current in overseers:
            return current, overseers[current]
        current = plan.parent.get(current)
    return None, ()
