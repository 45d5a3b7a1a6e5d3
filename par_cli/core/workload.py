"""What falls on each unit: the criteria it leads, itself or through a group, its duties, and its
role in the collection round on each criterion (see core/round.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import NamedTuple

from par_cli.core.model import Unit
from par_cli.core.plan import Item, Mismatch, Plan
from par_cli.core.round import Role, Round

# Re-exported: the views and the gaps have always found them here (they live with the units).
from par_cli.core.units import overseers_for as overseers_for
from par_cli.core.units import overseers_of as overseers_of

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
        # a criterion that did not apply in the baseline year lost nothing then, and wins nothing back
        compared = [n for n in nodes if n.baseline_na is None]
        baselines = [n.baseline for n in compared]
        if None in baselines:
            return cls(at_stake, None, None)
        reached = sum((b for b in baselines if b is not None), ZERO)
        had = sum((n.max for n in compared), ZERO)
        return cls(at_stake, had - reached, sum((n.target for n in compared), ZERO) - reached)


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
    # The round: the unit's role on each criterion it has one on (scores, contributes, oversees),
    # and the criteria it scores or oversees that do not fall on it (no lead: it oversees the
    # field, or collects the round), in plan order.
    roles: dict[str, Role] = field(default_factory=dict)
    beyond: list[Item] = field(default_factory=list)

    @property
    def scores(self) -> list[str]:
        """The ids of the criteria it scores, in plan order."""
        return [criterion_id for criterion_id, role in self.roles.items() if role == "scores"]

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


def workloads(plan: Plan, only: str | None = None, the_round: Round | None = None) -> list[Workload]:
    """One workload per unit of the registry (or only the unit ``only``), in registry order.

    One pass over the criteria, whatever the number of units: a plan of 2,000 communes costs
    what its criteria and their tasks cost.
    """
    the_round = the_round or Round.of(plan)
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
        if mismatch.likely_owner in likely and not mismatch.explained_by:  # else a row of its own now
            likely[mismatch.likely_owner].append(mismatch)
    roles, beyond = _roles(plan, the_round, own, through)
    return [
        Workload(
            unit,
            own[unit.id] + through[unit.id],
            oversees[unit.id],
            duties[unit.id],
            likely[unit.id],
            roles[unit.id],
            beyond[unit.id],
        )
        for unit in wanted
    ]


def _roles(
    plan: Plan, the_round: Round, own: dict[str, list[Task]], through: dict[str, list[Task]]
) -> tuple[dict[str, dict[str, Role]], dict[str, list[Item]]]:
    """Each wanted unit's role on each criterion it has one on, in plan order; and the criteria it
    scores or oversees that do not fall on it. Linear in the criteria and their tasks."""
    scorers = the_round.scorers
    roles: dict[str, dict[str, Role]] = {unit_id: {} for unit_id in own}
    beyond: dict[str, list[Item]] = {unit_id: [] for unit_id in own}
    for unit_id, found in roles.items():
        for task in own[unit_id] + through[unit_id]:
            found[task.node.id] = "scores" if scorers[task.node.id].unit == unit_id else "contributes"
    for node in plan.criteria():
        scorer = scorers[node.id].unit
        if scorer in roles and node.id not in roles[scorer]:
            roles[scorer][node.id] = "scores"
            beyond[scorer].append(node)
        for unit_id in the_round.overseers[node.id]:
            if unit_id in roles and node.id not in roles[unit_id]:
                roles[unit_id][node.id] = "oversees"
                beyond[unit_id].append(node)
    order = plan.position
    ordered = {u: dict(sorted(found.items(), key=lambda item: order[item[0]])) for u, found in roles.items()}
    return ordered, beyond


def unassigned(plan: Plan) -> list[Item]:
    """Criteria that name no lead unit: listed apart so that nothing falls through."""
    return [c for c in plan.criteria() if not c.lead]
