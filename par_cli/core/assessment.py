"""A self-assessment, summed the way the appraisal council computes the index.

The index is appraised points plus survey points. A unit scores only the criteria it can score
itself (self-assessed); the council appraises those; the survey criteria are scored by whoever
runs the survey, and the unit can only enter its estimate of them. Until both are known, the
index a unit works with is an estimate: each self-scored criterion at its appraised score where
the council gave one, else at its self-assessed score, plus the survey estimates. Its basis says
which it is: self-assessed, partly appraised or appraised.

A criterion not scored yet counts as 0 ("not scored yet", never "lost") and is projected at its
target and at its maximum. A criterion that is not applicable leaves the maximum and the target,
and the index is rescaled to the plan's maximum. A file an office sends covers that office's
criteria only: it is assessed on them, with its coverage, and never read as the unit's index.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal, NamedTuple

from par_cli.core.actuals import Actuals, Assessed
from par_cli.core.adjustments import Adjusted, adjust, bounded
from par_cli.core.model import Band
from par_cli.core.numbers import percent, round_half_up, round_up
from par_cli.core.plan import Item, Plan
from par_cli.core.round import Role, Round

ZERO = Decimal(0)
EMPTY = Assessed()  # a criterion nobody scored (shared: never changed)
PLACES = 3  # a rescaled index and the points to a band are rounded half up to 3 decimals

Kind = Literal["unit", "office"]
# self: no appraisal yet; partly_appraised: some self-scored criteria appraised (in any round);
# appraised_first: every one at least in the first round; appraised_final: every one in the final.
Basis = Literal["self", "partly_appraised", "appraised_first", "appraised_final"]


@dataclass(frozen=True, slots=True)
class CriterionResult:
    node: Item
    field_id: str
    assessed: Assessed

    @property
    def score(self) -> Decimal | None:
        """The self-assessed score, or for a survey criterion the unit's estimate."""
        return self.assessed.score

    @property
    def not_applicable(self) -> bool:
        return self.assessed.not_applicable is not None

    @property
    def survey(self) -> bool:
        return self.node.scored_by == "survey"

    @property
    def appraised(self) -> bool:
        """Appraised by the council, in any round."""
        return self.assessed.latest is not None and not self.survey

    @property
    def estimate(self) -> Decimal:
        """What the criterion adds to the estimated index: the council's latest score (the final
        appraisal, else the first), else the unit's, else 0."""
        if self.appraised:
            latest = self.assessed.latest
            assert latest is not None
            return latest
        return self.assessed.score or ZERO

    @property
    def lowered(self) -> bool:
        """The council's first appraisal is below the unit's score: what a response may contest."""
        first = self.assessed.first
        return first is not None and not self.survey and first < (self.score or ZERO)

    @property
    def unexplained(self) -> bool:
        """Scored by the unit with neither evidence nor an explanation: the report must explain it."""
        a = self.assessed
        cited = a.evidence or a.files  # a citation, or a file handed in
        return a.score is not None and not self.survey and not cited and not a.explanations


class Part(NamedTuple):
    """Points of some criteria out of their maximum; ``score`` None when none was given."""

    score: Decimal | None
    max: Decimal


class Appraisal(NamedTuple):
    score: Decimal  # the appraised scores (each criterion's latest round), summed
    criteria: int  # criteria appraised, in any round
    of: int  # self-scored criteria that apply
    first: int = 0  # criteria with a first appraisal
    final: int = 0  # criteria with a final appraisal


class FieldResult(NamedTuple):
    id: str
    name: str
    max: Decimal  # less the criteria not applicable (for an office: its criteria's maximum)
    baseline: Decimal | None  # less the baselines of criteria not applicable; None in a first-year plan
    target: Decimal  # less the targets of criteria not applicable
    self_assessed: Decimal  # the self-scored criteria; not scored yet counted as 0
    survey: Decimal | None  # the survey estimates; None when the field has none
    appraised: Decimal | None  # the appraised scores; None when none is given
    estimate: Decimal  # appraised where given, else self-assessed, plus survey estimates
    unreachable: Decimal  # printed maximum no criterion carries
    scored: int = 0  # criteria scored (survey estimates included) ...
    of: int = 0  # ... of the criteria that apply
    # The baseline and target the estimate is set against: the field's own once every criterion
    # is scored; until then those of the criteria scored so far, so that what nobody has scored
    # yet never reads as lost.
    baseline_scored: Decimal | None = None
    target_scored: Decimal = ZERO
    # The estimate of the criteria that did not apply in the baseline year: left out of the
    # comparison with it, as they are out of its baseline (like is compared with like).
    not_compared: Decimal = ZERO

    @property
    def change(self) -> Decimal | None:
        if self.baseline_scored is None:
            return None
        return self.estimate - self.not_compared - self.baseline_scored

    @property
    def to_target(self) -> Decimal:
        return self.estimate - self.target_scored


class BandResult(NamedTuple):
    band: Band | None  # None: below every band
    next: Band | None
    to_next: Decimal | None  # points missing to the next band, rounded up to 3 decimals


@dataclass(frozen=True)
class Assessment:
    kind: Kind
    office: str | None  # the unit id of an office's file
    fields: list[FieldResult]
    criteria: list[CriterionResult]  # every criterion in scope, in plan order
    printed_max: Decimal  # the plan's grand maximum (an office: its criteria's maximum)
    max: Decimal  # less the criteria not applicable
    self_assessed: Part
    survey: Part
    appraisal: Appraisal
    points: Decimal  # the estimated index in points, before rescaling
    total: Decimal  # every score given (self-assessed and survey estimates), as the files say
    at_target: Decimal  # points with the criteria not scored yet at their target
    ceiling: Decimal  # points with the criteria not scored yet at their maximum
    unreachable: list[tuple[str | None, Decimal]]  # (field id, or None for the grand total; points)
    band: BandResult | None  # None when the plan defines no bands, or for an office
    # An office's file: the criteria it contributes to or oversees, which others score, with what
    # the file sends for them (evidence, explanations); listed apart, never in its figures.
    contributions: list[tuple[CriterionResult, Role]] = dataclasses.field(default_factory=list)
    # Bonus and penalty points, each cap applied; None when the plan declares none (or an office)
    adjustments: Adjusted | None = None

    @property
    def basis(self) -> Basis:
        appraisal = self.appraisal
        if not appraisal.criteria:
            return "self"
        if appraisal.criteria < appraisal.of:
            return "partly_appraised"
        return "appraised_final" if appraisal.final == appraisal.of else "appraised_first"

    @property
    def adjusted(self) -> Decimal:
        """The points with bonus and penalty points, held between 0 and the maximum."""
        return bounded(self.points, self.max, self.adjustments)

    @property
    def floor(self) -> Decimal:
        """The points with the criteria not scored yet at 0: what is scored so far."""
        return self.adjusted

    @property
    def index(self) -> Decimal:
        """The estimated index, rescaled to the printed maximum when criteria are not applicable;
        for an office, its percentage of its criteria's maximum."""
        if self.kind == "office":
            return self.percent
        return rescale(self.adjusted, self.max, self.printed_max)

    @property
    def percent(self) -> Decimal:
        """The index in percent, as published: 2 decimals, rounded half up, from the index as it
        is printed (so that a reader who computes it from the printed index finds the same)."""
        if self.kind == "office":
            return percent(self.points, self.max) or ZERO
        return percent(self.index, self.printed_max) or ZERO

    @property
    def applicable(self) -> list[CriterionResult]:
        return [c for c in self.criteria if not c.not_applicable]

    @property
    def missing(self) -> list[CriterionResult]:
        """Self-scored criteria that apply and have no score yet."""
        return [c for c in self.applicable if c.score is None and not c.survey]

    @property
    def survey_missing(self) -> list[CriterionResult]:
        """Survey criteria with no estimate yet."""
        return [c for c in self.applicable if c.score is None and c.survey]

    @property
    def not_applicable(self) -> list[CriterionResult]:
        return [c for c in self.criteria if c.not_applicable]

    @property
    def coverage(self) -> tuple[int, int]:
        """(criteria scored, criteria that apply), survey estimates included."""
        applicable = self.applicable
        return sum(1 for c in applicable if c.score is not None), len(applicable)


def rescale(value: Decimal, scale: Decimal, to: Decimal) -> Decimal:
    if scale == to or not scale:
        return value
    return round_half_up(value * to / scale, PLACES)


def office_of(actuals: Actuals) -> str | None:
    """The office whose part the files are: the one unit every file declares, if there is one."""
    declared = set(actuals.units)
    return actuals.units[0] if len(declared) == 1 and actuals.declared_by_all else None


def assess(plan: Plan, actuals: Actuals) -> Assessment:
    """The unit's assessment; for an office's file, the office's part: the criteria it scores
    (see core/round.py), its contributions apart."""
    office = office_of(actuals)
    given = actuals.criteria
    results: list[CriterionResult] = []
    contributions: list[tuple[CriterionResult, Role]] = []
    the_round = Round.of(plan) if office is not None else None
    for node, field_id in plan.leaves:
        role = the_round.role(node, office) if the_round is not None and office is not None else "scores"
        if role == "scores":
            results.append(CriterionResult(node, field_id, given.get(node.id) or EMPTY))
        elif role is not None:
            contributions.append((CriterionResult(node, field_id, given.get(node.id) or EMPTY), role))
    applicable = [c for c in results if not c.not_applicable]
    by_field: dict[str, list[CriterionResult]] = {}
    for result in results:
        by_field.setdefault(result.field_id, []).append(result)
    fields: list[FieldResult] = []
    unreachable: list[tuple[str | None, Decimal]] = []
    for field in plan.fields:
        if field.id not in by_field:
            continue
        rows = by_field[field.id]
        orphan = ZERO if office else field.max - sum((c.node.max for c in rows), ZERO)
        if orphan:
            unreachable.append((field.id, orphan))
        fields.append(_field(field, rows, orphan, whole=office is None))
    if office is None:
        printed_max = plan.file.totals.max
        grand_orphan = printed_max - sum((f.max for f in plan.fields), ZERO)
        if grand_orphan:
            unreachable.append((None, grand_orphan))
        maximum = printed_max - sum((c.node.max for c in results if c.not_applicable), ZERO)
    else:
        printed_max = sum((c.node.max for c in results), ZERO)
        maximum = sum((c.node.max for c in applicable), ZERO)
    self_scored = [c for c in applicable if not c.survey]
    surveyed = [c for c in applicable if c.survey]
    estimates = [c.score for c in surveyed if c.score is not None]
    appraised = [c for c in self_scored if c.appraised]
    points = sum((c.estimate for c in applicable), ZERO)
    unscored = [c for c in applicable if c.score is None]
    adjusted = adjust(plan, actuals.adjustments) if office is None else None
    if adjusted is not None:  # the index, as the band reads it
        index = rescale(bounded(points, maximum, adjusted), maximum, printed_max)
    else:
        index = rescale(points, maximum, printed_max)
    band = _band(plan, index, printed_max) if plan.file.bands and office is None else None
    return Assessment(
        kind="office" if office else "unit",
        office=office,
        fields=fields,
        criteria=results,
        printed_max=printed_max,
        max=maximum,
        self_assessed=Part(
            sum((c.score or ZERO for c in self_scored), ZERO), sum((c.node.max for c in self_scored), ZERO)
        ),
        survey=Part(sum(estimates, ZERO) if estimates else None, sum((c.node.max for c in surveyed), ZERO)),
        appraisal=Appraisal(
            sum((c.estimate for c in appraised), ZERO),
            len(appraised),
            len(self_scored),
            sum(1 for c in appraised if c.assessed.first is not None),
            sum(1 for c in appraised if c.assessed.appraised is not None),
        ),
        points=points,
        total=sum((c.score or ZERO for c in applicable), ZERO),
        at_target=bounded(points + sum((c.node.target for c in unscored), ZERO), maximum, adjusted),
        ceiling=bounded(points + sum((c.node.max for c in unscored), ZERO), maximum, adjusted),
        unreachable=unreachable,
        band=band,
        contributions=contributions,
        adjustments=adjusted,
    )


def _field(field: Item, rows: list[CriterionResult], orphan: Decimal, whole: bool) -> FieldResult:
    """A field's figures; ``whole``: all its criteria are in scope, so its printed figures hold."""
    applicable = [c for c in rows if not c.not_applicable]
    left_out = [c for c in rows if c.not_applicable]
    if whole:  # a criterion that does not apply leaves every column, so that like is compared with like
        maximum = field.max - sum((c.node.max for c in left_out), ZERO)
        baseline = less(field.baseline, [baseline_of(c.node) for c in left_out])
        target = field.target - sum((c.node.target for c in left_out), ZERO)
    else:
        maximum = sum((c.node.max for c in applicable), ZERO)
        baseline = less(ZERO, [baseline_of(c.node) for c in applicable], sign=-1)
        target = sum((c.node.target for c in applicable), ZERO)
    self_scored = [c for c in applicable if not c.survey]
    estimates = [c.score for c in applicable if c.survey and c.score is not None]
    appraised = [c.estimate for c in self_scored if c.appraised]
    scored = [c for c in applicable if c.score is not None]
    complete = len(scored) == len(applicable)
    return FieldResult(
        id=field.id,
        name=field.name,
        max=maximum,
        baseline=baseline,
        target=target,
        self_assessed=sum((c.score or ZERO for c in self_scored), ZERO),
        survey=sum(estimates, ZERO) if estimates else None,
        appraised=sum(appraised, ZERO) if appraised else None,
        estimate=sum((c.estimate for c in applicable), ZERO),
        unreachable=orphan,
        scored=len(scored),
        of=len(applicable),
        baseline_scored=baseline if complete else less(ZERO, [baseline_of(c.node) for c in scored], sign=-1),
        target_scored=target if complete else sum((c.node.target for c in scored), ZERO),
        not_compared=sum((c.estimate for c in applicable if c.node.baseline_na is not None), ZERO),
    )


def baseline_of(node: Item) -> Decimal | None:
    """A criterion's baseline in sums: 0 where it did not apply in the baseline year (it is in no
    printed baseline), None in a first-year plan."""
    return ZERO if node.baseline_na is not None else node.baseline


def total_line(plan: Plan, result: Assessment) -> FieldResult:
    """The Total row under the fields, set like a field's: for a whole unit the printed grand
    totals, less what the criteria not applicable carry (a printed total may differ from the sum
    of the fields: the source's mismatches); for an office, the sums of its fields. Until every
    criterion is scored, the baseline and target it is set against are those of the criteria
    scored so far (see FieldResult)."""
    if result.kind == "unit":
        totals = plan.file.totals
        left_out = result.not_applicable
        baseline = less(totals.baseline, [baseline_of(c.node) for c in left_out])
        target = totals.target - sum((c.node.target for c in left_out), ZERO)
    else:
        baseline = less(ZERO, [f.baseline for f in result.fields], sign=-1)
        target = sum((f.target for f in result.fields), ZERO)
    scored, of = result.coverage
    if scored == of:
        baseline_scored, target_scored = baseline, target
    else:
        baseline_scored = less(ZERO, [f.baseline_scored for f in result.fields], sign=-1)
        target_scored = sum((f.target_scored for f in result.fields), ZERO)
    return FieldResult(
        id="",
        name="",
        max=result.max,
        baseline=baseline,
        target=target,
        self_assessed=result.self_assessed.score or ZERO,
        survey=result.survey.score,
        appraised=result.appraisal.score if result.appraisal.criteria else None,
        estimate=result.adjusted,  # with bonus and penalty points, shown on rows of their own
        unreachable=ZERO,
        scored=scored,
        of=of,
        baseline_scored=baseline_scored,
        target_scored=target_scored,
        not_compared=sum((f.not_compared for f in result.fields), ZERO),
    )


def less(value: Decimal | None, parts: list[Decimal | None], sign: int = 1) -> Decimal | None:
    """``value`` less the ``parts`` (or plus them, with ``sign`` -1); None when any is None."""
    if value is None or None in parts:
        return None
    return value - sign * sum((part for part in parts if part is not None), ZERO)


def _band(plan: Plan, index: Decimal, maximum: Decimal) -> BandResult:
    """The band the index reaches, decided on its percentage as published: rounded half up to 2
    decimals, then compared (89.996 % is printed 90.00 %, and is in a band from 90 %; 89.994 % is
    printed 89.99 %, and is not). The points to the next band: the least that makes the printed
    percentage reach it, rounded up to 3 decimals."""
    bands = sorted(plan.file.bands, key=lambda b: b.min_percent)
    shown = percent(index, maximum)
    reached = [b for b in bands if shown is not None and shown >= b.min_percent]
    band = reached[-1] if reached else None
    higher = [b for b in bands if b not in reached]
    following = higher[0] if higher else None
    if following is None:
        return BandResult(band, None, None)
    # the least percentage printed at or above the band's start, less the half a hundredth that
    # rounds up to it
    least = round_up(following.min_percent, 2) - HALF_HUNDREDTH
    return BandResult(band, following, round_up(least * maximum / 100 - index, PLACES))


HALF_HUNDREDTH = Decimal("0.005")
