"""A self-assessment: the scores a unit gives itself, summed the way the index is computed.

Criteria not scored yet count as 0 in the total, and are projected at their target and at
their maximum. A criterion that is not applicable leaves the maximum, and the index is then
also given rescaled to the plan's maximum. Points of a printed subtotal that no criterion
carries can never be scored; they are reported, not hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from par_cli.actuals import Actuals, Assessed
from par_cli.model import Band
from par_cli.plan import Item, Plan

ZERO = Decimal(0)
PLACES = Decimal("0.001")  # a rescaled index is rounded to 3 decimals, as the province publishes


@dataclass(frozen=True, slots=True)
class CriterionResult:
    node: Item
    field_id: str
    assessed: Assessed

    @property
    def score(self) -> Decimal | None:
        return self.assessed.score

    @property
    def not_applicable(self) -> bool:
        return self.assessed.not_applicable is not None

    @property
    def survey(self) -> bool:
        return self.node.scored_by == "survey"

    @property
    def counted(self) -> Decimal:
        """The self-assessed score, 0 while not scored yet."""
        return self.assessed.score or ZERO

    @property
    def unexplained(self) -> bool:
        """Scored by the unit with neither evidence nor an explanation: the report must explain it."""
        a = self.assessed
        return a.score is not None and not self.survey and not a.evidence and not a.explanations


class FieldResult(NamedTuple):
    id: str
    name: str
    max: Decimal  # printed maximum, less the criteria not applicable
    baseline: Decimal
    target: Decimal
    score: Decimal  # self-assessed, criteria not scored counted as 0
    appraised: Decimal  # appraised where given, else self-assessed
    unreachable: Decimal  # printed maximum no criterion carries

    @property
    def change(self) -> Decimal:
        return self.score - self.baseline

    @property
    def to_target(self) -> Decimal:
        return self.score - self.target


class BandResult(NamedTuple):
    band: Band | None  # None: below every band
    next: Band | None
    to_next: Decimal | None  # points missing to the next band


@dataclass(frozen=True)
class Assessment:
    fields: list[FieldResult]
    criteria: list[CriterionResult]
    printed_max: Decimal
    max: Decimal  # printed maximum less the criteria not applicable
    total: Decimal
    appraised: Decimal | None  # None when no appraised score is given
    at_target: Decimal  # criteria not scored at their target
    ceiling: Decimal  # criteria not scored at their maximum
    unreachable: list[tuple[str | None, Decimal]]  # (field id, or None for the grand total; points)
    band: BandResult | None  # None when the plan defines no bands

    @property
    def floor(self) -> Decimal:
        """The total with the criteria not scored yet at 0: what is scored so far."""
        return self.total

    @property
    def index(self) -> Decimal:
        """The published figure: the total, rescaled to the printed maximum if criteria are not applicable."""
        return rescale(self.total, self.max, self.printed_max)

    @property
    def percent(self) -> Decimal:
        return (self.total * 100 / self.max).quantize(Decimal("0.01"), ROUND_HALF_UP) if self.max else ZERO

    @property
    def missing(self) -> list[CriterionResult]:
        return [c for c in self.criteria if c.score is None and not c.not_applicable]

    @property
    def not_applicable(self) -> list[CriterionResult]:
        return [c for c in self.criteria if c.not_applicable]


def rescale(value: Decimal, scale: Decimal, to: Decimal) -> Decimal:
    if scale == to or not scale:
        return value
    return (value * to / scale).quantize(PLACES, ROUND_HALF_UP)


def assess(plan: Plan, actuals: Actuals) -> Assessment:
    criteria: list[CriterionResult] = []
    fields: list[FieldResult] = []
    unreachable: list[tuple[str | None, Decimal]] = []
    by_field: dict[str, list[CriterionResult]] = {field.id: [] for field in plan.fields}
    for node in plan.criteria():
        field_id = plan.field_of[node.id]
        by_field[field_id].append(
            CriterionResult(node, field_id, actuals.criteria.get(node.id) or Assessed())
        )
    for field in plan.fields:
        leaves = by_field[field.id]
        criteria += leaves
        applicable = [c for c in leaves if not c.not_applicable]
        lost_max = sum((c.node.max for c in leaves if c.not_applicable), ZERO)
        orphan = field.max - sum((c.node.max for c in leaves), ZERO)
        if orphan:
            unreachable.append((field.id, orphan))
        fields.append(
            FieldResult(
                id=field.id,
                name=field.name,
                max=field.max - lost_max,
                baseline=field.baseline,
                target=field.target,
                score=sum((c.counted for c in applicable), ZERO),
                appraised=sum((_appraised(c) for c in applicable), ZERO),
                unreachable=orphan,
            )
        )
    totals = plan.file.totals
    grand_orphan = totals.max - sum((f.max for f in plan.fields), ZERO)
    if grand_orphan:
        unreachable.append((None, grand_orphan))
    applicable = [c for c in criteria if not c.not_applicable]
    maximum = totals.max - sum((c.node.max for c in criteria if c.not_applicable), ZERO)
    total = sum((c.counted for c in applicable), ZERO)
    any_appraised = any(c.assessed.appraised is not None for c in applicable)
    return Assessment(
        fields=fields,
        criteria=criteria,
        printed_max=totals.max,
        max=maximum,
        total=total,
        appraised=sum((_appraised(c) for c in applicable), ZERO) if any_appraised else None,
        at_target=sum((c.score if c.score is not None else c.node.target for c in applicable), ZERO),
        ceiling=sum((c.score if c.score is not None else c.node.max for c in applicable), ZERO),
        unreachable=unreachable,
        band=_band(plan, total, maximum) if plan.file.bands else None,
    )


def _appraised(criterion: CriterionResult) -> Decimal:
    appraised = criterion.assessed.appraised
    return appraised if appraised is not None else criterion.counted


def _band(plan: Plan, total: Decimal, maximum: Decimal) -> BandResult:
    bands = sorted(plan.file.bands, key=lambda b: b.min_percent)
    reached = [b for b in bands if maximum and total * 100 >= b.min_percent * maximum]
    band = reached[-1] if reached else None
    higher = [b for b in bands if b not in reached]
    following = higher[0] if higher else None
    to_next = following.min_percent * maximum / 100 - total if following else None
    return BandResult(band, following, to_next)
