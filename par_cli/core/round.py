"""The collection round: who scores each criterion, and what every office does with it.

The Office of Home Affairs (the plan's `collector`) sends each office a form, collects them and
enters the unit's scores. Every criterion has one scorer, the office that enters its score:

1. the office the plan names for it (`scorer:` on the criterion or a row above it);
2. else, led by one office: that office (led by a desk, `part_of`: the office the desk belongs to,
   since a desk is staffed by officials seconded to it and no head of its own signs a form);
3. else, led by a group (all offices, all communes) or by several offices: the collector; the
   members and the co-leads send evidence and explanations;
4. else, led by nobody: the one office that oversees its field (section 4's `oversees`); with no
   such office, the collector;
5. a plan with no collector leaves the criteria of rules 3 and 4 to the unit itself: no office's
   form scores them; a file that names no office (the unit's own) does. `par validate` says so.

Per criterion and office, a role: the office scores it; contributes to it (the criterion falls
on the office through a group, as a co-lead, or through its desk); or oversees it (it oversees
the criterion's field and does neither). An office's form holds every criterion it has a role in.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, NamedTuple

from par_cli.core.plan import Item, Plan
from par_cli.core.units import falls_on, overseers_for, overseers_of

Role = Literal["scores", "contributes", "oversees"]
# Why an office scores a criterion: the plan names it; it leads it; its desk leads it; it collects
# the round (a group, several offices, or nobody with no overseer); it oversees the field.
Reason = Literal["plan", "lead", "desk", "collector", "overseer", "unit"]
ROLES: tuple[Role, ...] = ("scores", "contributes", "oversees")


class Scorer(NamedTuple):
    unit: str | None  # None: no office; the unit itself scores it, in a file that names no office
    reason: Reason


@dataclass(frozen=True)
class Round:
    """Who scores what in one plan: computed once per command, in one pass over the criteria."""

    plan: Plan
    collector: str | None
    scorers: dict[str, Scorer]  # each criterion (leaf) id: its scorer
    overseers: dict[str, tuple[str, ...]]  # each criterion id: the units overseeing its field

    @classmethod
    def of(cls, plan: Plan) -> Round:
        collector = plan.file.plan.collector
        named = overseers_of(plan)
        scorers: dict[str, Scorer] = {}
        overseers: dict[str, tuple[str, ...]] = {}
        for node in plan.criteria():
            overseers[node.id] = overseers_for(plan, node.id, named)[1] if named else ()
            scorers[node.id] = _scorer(plan, node, overseers[node.id], collector)
        return cls(plan, collector, scorers, overseers)

    def scorer(self, criterion_id: str) -> str | None:
        return self.scorers[criterion_id].unit

    def role(self, node: Item, unit_id: str) -> Role | None:
        """What ``unit_id`` does with the criterion ``node``, if anything."""
        if self.scorers[node.id].unit == unit_id:
            return "scores"
        if falls_on(self.plan, node, unit_id):
            return "contributes"
        if unit_id in self.overseers[node.id]:
            return "oversees"
        return None

    def form(self, unit_id: str) -> list[tuple[Item, Role]]:
        """The criteria an office acts on, in plan order, each with its role: its form."""
        found: list[tuple[Item, Role]] = []
        for node in self.plan.criteria():
            role = self.role(node, unit_id)
            if role is not None:
                found.append((node, role))
        return found

    def scored_by(self, unit_id: str) -> list[Item]:
        return [node for node in self.plan.criteria() if self.scorers[node.id].unit == unit_id]

    def unscored(self) -> list[str]:
        """Criteria no office scores (a plan without a collector): the unit's own file scores them."""
        return [criterion_id for criterion_id, scorer in self.scorers.items() if scorer.unit is None]


def _scorer(plan: Plan, node: Item, overseers: tuple[str, ...], collector: str | None) -> Scorer:
    if node.scorer is not None:
        return Scorer(node.scorer, "plan")
    leads = _offices(plan, node.lead)
    if len(leads) == 1 and leads[0] is not None:
        return Scorer(leads[0], "desk" if leads[0] not in node.lead else "lead")
    if not node.lead:
        watching = _offices(plan, overseers)
        if len(watching) == 1 and watching[0] is not None:
            return Scorer(watching[0], "overseer")
    return Scorer(collector, "collector") if collector is not None else Scorer(None, "unit")


def _offices(plan: Plan, unit_ids: tuple[str, ...]) -> list[str | None]:
    """The offices that answer for ``unit_ids``, each once: a desk answers through its office; a
    group is no one office (None)."""
    found: dict[str | None, None] = {}
    for unit_id in unit_ids:
        unit = plan.units[unit_id]
        found[None if unit.kind == "group" else unit.part_of or unit.id] = None
    return list(found)
