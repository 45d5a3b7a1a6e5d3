"""Who does what: finding a unit from what a user types, and the criteria that fall on it."""

from __future__ import annotations

import re
import unicodedata

from par_cli.core.model import Unit
from par_cli.core.plan import Item, Plan

_NOT_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """Text for matching: no diacritics, đ as d, any case, punctuation as spaces."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", bare.casefold()).split())


def match_units(plan: Plan, query: str) -> list[Unit]:
    """The units ``query`` names: its id, its name or a spelling, or else a fragment of one.

    One unit is an answer; none or several is for the caller to put to the user.
    """
    if query in plan.units:
        return [plan.units[query]]
    wanted = fold(query)
    if not wanted:
        return []
    names = {
        unit.id: [fold(n) for n in (unit.name, *unit.spellings, *([unit.short] if unit.short else []))]
        for unit in plan.units.values()
    }
    exact = [u for u, folded in names.items() if wanted in folded or wanted == fold(u)]
    found = exact or [u for u, folded in names.items() if any(wanted in name for name in folded)]
    return [plan.units[u] for u in found]


def reached_through(plan: Plan, node: Item, unit_id: str) -> Unit | None:
    """The unit through which ``node`` falls on ``unit_id`` when ``unit_id`` does not lead it
    itself: a group it is a member of, or a desk of its own (``part_of``)."""
    if unit_id in node.lead:
        return None
    for lead in node.lead:
        unit = plan.units[lead]
        if unit_id in plan.members[lead] or unit.part_of == unit_id:
            return unit
    return None


def falls_on(plan: Plan, node: Item, unit_id: str) -> bool:
    return unit_id in node.lead or reached_through(plan, node, unit_id) is not None


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
