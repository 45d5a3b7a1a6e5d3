"""Several self-assessments side by side: communes, offices, or one unit over the years.

Each file is assessed on its own and kept only as its Standing: the few figures a comparison
shows. Whole units are ranked by their estimated index; offices' parts by the percentage of
their own criteria's maximum. The two are never ranked together: an office's part is not an index.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from par_cli.core.actuals import Actuals
from par_cli.core.assessment import Assessment, Basis, Kind, assess
from par_cli.core.numbers import percent
from par_cli.core.plan import Plan


@dataclass(frozen=True, slots=True)
class Standing:
    """Where one file stands: what a comparison shows of it."""

    path: str
    units: tuple[str, ...]  # the offices the file names
    assessed: str | None  # the unit it says it assesses
    digests: tuple[str, ...]  # of its bytes: the same file twice is one file
    kind: Kind
    office: str | None
    index: Decimal  # the estimated index; an office: its percentage
    total: Decimal
    basis: Basis
    band: str | None  # None when the plan has no bands
    below_bands: bool  # below every band
    scored: int
    of: int
    missing: int  # self-scored criteria not scored yet
    target: Decimal | None  # the file's own target
    to_target: Decimal | None  # index - its own target; an office: % - its criteria's target %
    fields: tuple[tuple[str, Decimal], ...]  # each field's estimate
    # An office that scores no criterion (its file sends evidence and explanations only): it has
    # no figure of its own and is listed apart, never ranked.
    scores_nothing: bool = False


def stand(plan: Plan, actuals: Actuals) -> Standing:
    result = assess(plan, actuals)
    band = result.band
    scored, of = result.coverage
    return Standing(
        path=actuals.paths[0],
        units=tuple(actuals.units),
        assessed=actuals.assessed,
        digests=actuals.digests,
        kind=result.kind,
        office=result.office,
        index=result.index,
        total=result.total,
        basis=result.basis,
        band=band.band.name if band and band.band else None,
        below_bands=band is not None and band.band is None,
        scored=scored,
        of=of,
        missing=len(result.missing),
        target=actuals.target,
        to_target=_to_target(actuals, result),
        fields=tuple((f.id, f.estimate) for f in result.fields),
        scores_nothing=result.kind == "office" and not result.criteria,
    )


def _to_target(actuals: Actuals, result: Assessment) -> Decimal | None:
    if result.kind == "unit":
        return None if actuals.target is None else result.index - actuals.target
    target = sum((c.node.target for c in result.applicable), Decimal(0))
    return result.percent - (percent(target, result.max) or Decimal(0))


@dataclass(frozen=True, slots=True)
class Ranked:
    standing: Standing
    rank: int  # 1 for the best; equal figures share a rank
    to_best: Decimal  # the figure ranked on, less the best one: 0 or negative


def duplicates(files: list[Standing]) -> tuple[list[Standing], list[tuple[str, str]]]:
    """The files, each once (the same bytes are the same file), and each one left out, with the
    file it repeats."""
    first: dict[tuple[str, ...], str] = {}
    kept: list[Standing] = []
    repeated: list[tuple[str, str]] = []
    for standing in files:
        if standing.digests in first:
            repeated.append((standing.path, first[standing.digests]))
        else:
            first[standing.digests] = standing.path
            kept.append(standing)
    return kept, repeated


def scoring(files: list[Standing]) -> tuple[list[Standing], list[Standing]]:
    """The files to rank, and those of offices that score nothing (contributions only)."""
    return [s for s in files if not s.scores_nothing], [s for s in files if s.scores_nothing]


def kinds(files: list[Standing]) -> set[Kind]:
    return {standing.kind for standing in files}


def rank(files: list[Standing]) -> list[Ranked]:
    """Order files, best first. The caller makes sure they are all of one kind."""
    assert len(kinds(files)) <= 1, "whole units and offices' parts are never ranked together"
    ordered = sorted(files, key=lambda s: (-s.index, s.path))
    if not ordered:
        return []
    best = ordered[0].index
    ranked: list[Ranked] = []
    for position, standing in enumerate(ordered, start=1):
        shared = ranked and ranked[-1].standing.index == standing.index
        place = ranked[-1].rank if shared else position
        ranked.append(Ranked(standing, place, standing.index - best))
    return ranked
