"""Several self-assessments side by side: offices, communes, or one unit over the years."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from par_cli.actuals import Actuals
from par_cli.assessment import Assessment, assess
from par_cli.plan import Plan


@dataclass(frozen=True, slots=True)
class Ranked:
    path: str
    units: list[str]
    result: Assessment
    rank: int  # 1 for the best; equal indexes share a rank
    to_best: Decimal  # index - the best index: 0 or negative
    to_target: Decimal  # index - the plan's printed target total


def rank(plan: Plan, files: list[Actuals]) -> list[Ranked]:
    """Assess each file on its own and order them by index, best first."""
    assessed = sorted(
        ((actuals, assess(plan, actuals)) for actuals in files),
        key=lambda pair: (-pair[1].index, pair[0].paths[0]),
    )
    if not assessed:
        return []
    best = assessed[0][1].index
    target = plan.file.totals.target
    ranked: list[Ranked] = []
    for position, (actuals, result) in enumerate(assessed, start=1):
        shared = ranked and ranked[-1].result.index == result.index
        place = ranked[-1].rank if shared else position
        ranked.append(
            Ranked(actuals.paths[0], actuals.units, result, place, result.index - best, result.index - target)
        )
    return ranked
