"""Several self-assessments side by side: communes, offices, or one unit over the years.

Whole units are ranked by their estimated index; offices' parts by the percentage of their own
criteria's maximum. The two are never ranked together: an office's part is not an index.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from par_cli.actuals import Actuals
from par_cli.assessment import Assessment, Kind, assess
from par_cli.numbers import percent
from par_cli.plan import Plan


@dataclass(frozen=True, slots=True)
class Ranked:
    actuals: Actuals
    result: Assessment
    rank: int  # 1 for the best; equal figures share a rank
    to_best: Decimal  # the figure ranked on, less the best one: 0 or negative
    to_target: Decimal | None  # index - the file's own target; an office: % - its criteria's target %


def assess_each(plan: Plan, files: list[Actuals]) -> list[tuple[Actuals, Assessment]]:
    return [(actuals, assess(plan, actuals)) for actuals in files]


def duplicates(files: list[Actuals]) -> tuple[list[Actuals], list[tuple[str, str]]]:
    """The files, each once (the same bytes are the same file), and each one left out, with the
    file it repeats."""
    first: dict[tuple[str, ...], str] = {}
    kept: list[Actuals] = []
    repeated: list[tuple[str, str]] = []
    for actuals in files:
        if actuals.digests in first:
            repeated.append((actuals.paths[0], first[actuals.digests]))
        else:
            first[actuals.digests] = actuals.paths[0]
            kept.append(actuals)
    return kept, repeated


def kinds(assessed: list[tuple[Actuals, Assessment]]) -> set[Kind]:
    return {result.kind for _, result in assessed}


def rank(plan: Plan, assessed: list[tuple[Actuals, Assessment]]) -> list[Ranked]:
    """Order assessed files, best first. The caller makes sure they are all of one kind."""
    assert len(kinds(assessed)) <= 1, "whole units and offices' parts are never ranked together"
    assessed = sorted(assessed, key=lambda pair: (-pair[1].index, pair[0].paths[0]))
    if not assessed:
        return []
    best = assessed[0][1].index
    ranked: list[Ranked] = []
    for position, (actuals, result) in enumerate(assessed, start=1):
        shared = ranked and ranked[-1].result.index == result.index
        place = ranked[-1].rank if shared else position
        ranked.append(Ranked(actuals, result, place, result.index - best, _to_target(plan, actuals, result)))
    return ranked


def _to_target(plan: Plan, actuals: Actuals, result: Assessment) -> Decimal | None:
    if result.kind == "unit":
        return None if actuals.target is None else result.index - actuals.target
    target = sum((c.node.target for c in result.applicable), Decimal(0))
    return result.percent - (percent(target, result.max) or Decimal(0))
