"""Self-assessed scores: the files each office fills in, checked against the plan and merged.

A scores file maps criterion ids to a score, or to a mapping with the score, its evidence
(tài liệu kiểm chứng), an explanation (giải trình), the appraisal council's score, and a note.
An empty score means "not scored yet". Several files merge; a criterion scored differently in
two files is an error that names both places.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Annotated

from pydantic import BeforeValidator

from par_cli.errors import DataError, Problem, UsageError, Where
from par_cli.labels import t
from par_cli.model import Score, Strict, Text
from par_cli.numbers import num
from par_cli.ordering import id_key
from par_cli.plan import Plan
from par_cli.units import find_unit
from par_cli.validation import validate
from par_cli.yamlsource import Source, read_source

# A scores file is refused unread above this size: one unit's scores are a few hundred KiB.
MAX_SCORES_BYTES = 16 * 1024 * 1024


def _entry(value: object) -> object:
    """A bare number (or nothing) is shorthand for a mapping with just the score."""
    return value if isinstance(value, dict) else {"score": value}


def _citations(value: object) -> object:
    if value is None:
        return []
    return [value] if isinstance(value, str) else value


class ScoreEntry(Strict):
    score: Score | None = None
    evidence: Annotated[list[Text], BeforeValidator(_citations)] = []
    explanation: Text | None = None
    appraised: Score | None = None
    note: Text | None = None


def _mapping(value: object) -> object:
    return {} if value is None else value


class ActualsFile(Strict):
    unit: Text | None = None
    year: int | None = None
    scores: Annotated[
        dict[str, Annotated[ScoreEntry, BeforeValidator(_entry)]], BeforeValidator(_mapping)
    ] = {}
    not_applicable: Annotated[dict[str, Text], BeforeValidator(_mapping)] = {}


@dataclass(slots=True)
class Assessed:
    """What the merged files say about one criterion."""

    score: Decimal | None = None
    appraised: Decimal | None = None
    evidence: list[str] = field(default_factory=list)
    explanations: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    not_applicable: str | None = None


@dataclass
class Actuals:
    paths: list[str]
    units: list[str]  # unit ids the files declare
    criteria: dict[str, Assessed]

    def scores(self) -> dict[str, Decimal]:
        return {i: a.score for i, a in self.criteria.items() if a.score is not None}


def load_actuals(plan: Plan, paths: list[str | Path]) -> Actuals:
    """Read, check and merge scores files, in the order given."""
    merged = _Merger(plan)
    for path in paths:
        source = read_source(path, MAX_SCORES_BYTES)
        merged.add(source, validate(ActualsFile, source.data, source, t("file.scores")))
    return merged.result()


@dataclass(frozen=True)
class _Place:
    """A value's place in a file; its line and column are looked up only when a problem needs them."""

    source: Source
    loc: tuple[str, ...]
    at_key: bool = False

    def where(self) -> Where:
        return self.source.where(self.loc, self.at_key)


class _Merger:
    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.leaves = {c.id: c for c in plan.criteria()}
        self.problems: list[Problem] = []
        self.criteria: dict[str, Assessed] = {}
        self.origins: dict[tuple[str, str], _Place] = {}  # (criterion, what) -> where first given
        self.paths: list[str] = []
        self.units: list[str] = []

    def fail(self, place: _Place, problem: str, hint: str | None = None, **values: object) -> None:
        """Record the problem ``err.<problem>`` (and the hint ``hint.<hint>``) at ``place``."""
        message = t(f"err.{problem}", **values)
        self.problems.append(Problem(place.where(), message, hint and t(f"hint.{hint}", **values)))

    def add(self, source: Source, file: ActualsFile) -> None:
        self.paths.append(source.path)
        year = self.plan.file.plan.year
        if file.year is not None and file.year != year:
            self.fail(_Place(source, ("year",)), "year", "year", year=file.year, plan_year=year)
        if file.unit is not None:
            self.add_unit(source, file.unit)
        for criterion_id, reason in file.not_applicable.items():
            place = _Place(source, ("not_applicable", criterion_id), at_key=True)
            if self.known(place, criterion_id):
                self.set(place, criterion_id, "not_applicable", reason)
        for criterion_id, entry in file.scores.items():
            if not self.known(_Place(source, ("scores", criterion_id), at_key=True), criterion_id):
                continue
            assessed = self.criteria.setdefault(criterion_id, Assessed())
            for what in ("score", "appraised"):
                value = getattr(entry, what)
                if value is None:
                    continue
                place = _Place(source, _value_loc(source, criterion_id, what))
                maximum = self.leaves[criterion_id].max
                if value > maximum:
                    shown = {
                        "id": criterion_id,
                        "what": t(f"what.{what}"),
                        "value": num(value),
                        "max": num(maximum),
                    }
                    self.fail(place, "score_above", "score_above", **shown)
                else:
                    self.set(place, criterion_id, what, value)
            assessed.evidence += [e for e in entry.evidence if e not in assessed.evidence]
            for texts, text in ((assessed.explanations, entry.explanation), (assessed.notes, entry.note)):
                if text is not None and text not in texts:
                    texts.append(text)

    def add_unit(self, source: Source, text: str) -> None:
        """The unit a file is from, named as `par by-unit --unit` accepts it."""
        try:
            unit_id = find_unit(self.plan, text).id
        except UsageError:
            self.fail(
                _Place(source, ("unit",)), "file_unit", "file_unit", text=text, ids=", ".join(self.plan.units)
            )
            return
        if unit_id not in self.units:
            self.units.append(unit_id)

    def known(self, place: _Place, criterion_id: str) -> bool:
        """Whether ``criterion_id`` is a criterion that takes a score; says why not."""
        if criterion_id in self.leaves:
            return True
        if criterion_id in self.plan.nodes:
            below = [c for c in self.leaves if c.startswith(criterion_id + ".")]
            self.fail(place, "is_field", "is_field", id=criterion_id, first=below[0], last=below[-1])
            return False
        close = difflib.get_close_matches(criterion_id, list(self.leaves), n=1, cutoff=0.5)
        hint = t("hint.did_you_mean", name=close[0]) if close else t("hint.not_criterion")
        self.problems.append(Problem(place.where(), t("err.not_criterion", id=criterion_id), hint))
        return False

    def set(self, place: _Place, criterion_id: str, what: str, value: Decimal | str) -> None:
        """Record a value, unless another file (or place) already gave a different one."""
        assessed = self.criteria.setdefault(criterion_id, Assessed())
        current = getattr(assessed, what)
        if current is None:
            setattr(assessed, what, value)
            self.origins[(criterion_id, what)] = place
        elif current != value:
            first = self.origins[(criterion_id, what)].where()
            shown = {"value": _show(value), "other": _show(current), "where": first}
            self.fail(place, "conflict", "conflict", id=criterion_id, what=t(f"what.{what}"), **shown)

    def result(self) -> Actuals:
        for criterion_id, assessed in self.criteria.items():
            if assessed.score is not None and assessed.not_applicable is not None:
                scored = self.origins[(criterion_id, "score")]
                marked = self.origins[(criterion_id, "not_applicable")].where()
                self.fail(scored, "scored_and_na", "scored_and_na", id=criterion_id, where=marked)
        if self.problems:
            raise DataError(self.problems)
        ordered = dict(sorted(self.criteria.items(), key=lambda item: id_key(item[0])))
        return Actuals(self.paths, self.units, ordered)


def _show(value: Decimal | str) -> str:
    return num(value) if isinstance(value, Decimal) else f"'{value}'"


def _value_loc(source: Source, criterion_id: str, what: str) -> tuple[str, ...]:
    """Where a score stands: under its own key, or as the bare value of the criterion."""
    entry = source.data["scores"][criterion_id]
    return ("scores", criterion_id, what) if isinstance(entry, dict) else ("scores", criterion_id)
