"""What falls on each unit: the criteria it leads, itself or through a group, and its duties."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from par_cli.model import Unit
from par_cli.plan import Item, Plan
from par_cli.units import leads_through_group

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class Task:
    """A criterion as it falls on a unit."""

    node: Item
    via: Unit | None  # the group it comes through; None when the unit leads it itself

    @property
    def shared(self) -> bool:
        return len(self.node.lead) > 1


class Points(NamedTuple):
    """What a set of criteria is worth: its maximum, what the baseline lost, what the targets win back."""

    at_stake: Decimal
    lost: Decimal
    to_recover: Decimal

    @classmethod
    def of(cls, tasks: list[Task]) -> Points:
        nodes = [task.node for task in tasks]
        return cls(
            at_stake=sum((n.max for n in nodes), ZERO),
            lost=sum((n.max - n.baseline for n in nodes), ZERO),
            to_recover=sum((n.target - n.baseline for n in nodes), ZERO),
        )


class Duty(NamedTuple):
    section: str
    text: str


@dataclass(frozen=True)
class Workload:
    unit: Unit
    tasks: list[Task]  # own criteria first, then those through groups, each in plan order
    oversees: list[str]  # field ids
    duties: list[Duty]

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


def workloads(plan: Plan) -> list[Workload]:
    """One workload per unit of the registry, in registry order."""
    criteria = list(plan.criteria())
    result = []
    for unit in plan.units.values():
        own = [Task(c, None) for c in criteria if unit.id in c.lead]
        through = [
            Task(c, group) for c in criteria if (group := leads_through_group(plan, c, unit.id)) is not None
        ]
        oversees: list[str] = []
        duties: list[Duty] = []
        for assignment in plan.file.assignments:
            if unit.id in assignment.units:
                oversees += assignment.oversees
                duties += [Duty(assignment.section, text) for text in assignment.duties]
        result.append(Workload(unit, own + through, oversees, duties))
    return result


def unassigned(plan: Plan) -> list[Item]:
    """Criteria that name no lead unit: listed apart so that nothing falls through."""
    return [c for c in plan.criteria() if not c.lead]
