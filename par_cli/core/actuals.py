"""Self-assessed scores: the files each office fills in, checked against the plan and merged.

A scores file maps criterion ids to a score, or to a mapping with the score, its evidence
(tài liệu kiểm chứng), an explanation (giải trình), the appraisal council's score, and a note.
An empty score means "not scored yet". Several files merge; a criterion scored differently in
two files is an error that names both places.
"""

from __future__ import annotations

import difflib
import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, Field, ValidationError

from par_cli.core.claims import Claim, EvidenceFile, EvidenceItem
from par_cli.core.collect import At, Collector
from par_cli.core.keys import Entries
from par_cli.core.model import Score, Strict, Text, Year
from par_cli.core.numbers import MAX_DECIMALS, round_half_up
from par_cli.core.plan import Plan
from par_cli.core.problems import Code, DataError, Term, Where
from par_cli.core.round import Round
from par_cli.core.units import match_units
from par_cli.core.validation import validate
from par_cli.readers.files import STDIN_NAME, read_bytes, shown_name
from par_cli.readers.sheets import file_kind, is_workbook, read_workbook
from par_cli.readers.text_tables import looks_like_csv
from par_cli.readers.yamlsource import Source, parse_source

# A scores file is refused unread above this size: one unit's scores are a few hundred KiB.
MAX_SCORES_BYTES = 16 * 1024 * 1024


def _entry(value: object) -> object:
    """A bare number (or nothing) is shorthand for a mapping with just the score."""
    return value if isinstance(value, dict) else {"score": value}


def _citations(value: object) -> object:
    if value is None:
        return []
    return [value] if isinstance(value, str | dict) else value  # one citation, or one file


Citations = Annotated[tuple[Text, ...], BeforeValidator(_citations)]


class Rounds(Strict):
    """The council's appraisal in rounds: the first (thẩm định lần 1), the unit's response to it
    (giải trình: accept, or contest with a reason and evidence), and the final one (lần 2)."""

    first: Score | None = None
    response: Literal["accept", "contest"] | None = None
    reason: Text | None = None  # why the unit contests the first appraisal
    evidence: Citations = ()  # what it cites for that
    final: Score | None = None


class ScoreEntry(Strict):
    score: Score | None = None
    percent: Score | None = None  # a survey's published result, in % of the criterion's maximum
    # Citations (text), and files (a mapping naming one: core/claims.py), in any order
    evidence: Annotated[tuple[EvidenceItem, ...], BeforeValidator(_citations)] = ()
    explanation: Text | None = None
    appraised: Score | None = None  # the council's final score: `appraisal: {final: ...}` in short
    appraisal: Rounds | None = None
    note: Text | None = None


class AdjustmentEntry(Strict):
    """Bonus or penalty points the unit takes (or is given): which item of the plan, how many,
    why, and the documents that show it."""

    item: Text
    points: Score
    reason: Text
    evidence: Citations = ()


class AdjustmentsEntry(Strict):
    bonus: tuple[AdjustmentEntry, ...] = ()
    penalty: tuple[AdjustmentEntry, ...] = ()


def _mapping(value: object) -> object:
    return {} if value is None else value


def _items(value: object) -> object:
    """The form's keys ``difficulties:`` and ``proposals:`` stand empty until filled in, and one
    item may be written on the key's own line."""
    if value is None:
        return []
    return [value] if isinstance(value, str) else value


# A criterion's id, as a key of `scores:` (checked against the plan later): a hint sends a key
# typed at the wrong level "under a criterion in scores:".
CriterionKey = Annotated[str, Entries("criterion")]


class ActualsFile(Strict):
    assessed_unit: Text | None = None  # the unit the scores are of, in words: xã Nhân Cơ
    unit: Text | None = None  # the office that filled the file in: a unit of the plan
    target: Score | None = None  # the index this unit aims at, when it has a target of its own
    year: Year | None = None  # digits only, as the plan's
    difficulties: Annotated[tuple[Text, ...], BeforeValidator(_items)] = ()  # khó khăn, vướng mắc
    proposals: Annotated[tuple[Text, ...], BeforeValidator(_items)] = ()  # đề xuất, kiến nghị
    scores: Annotated[
        dict[CriterionKey, Annotated[ScoreEntry, BeforeValidator(_entry)]], BeforeValidator(_mapping)
    ] = Field(default_factory=dict)
    not_applicable: Annotated[dict[str, Text], BeforeValidator(_mapping)] = Field(default_factory=dict)
    adjustments: AdjustmentsEntry | None = None  # bonus and penalty points (điểm thưởng, điểm trừ)


@dataclass(slots=True)
class Assessed:
    """What the merged files say about one criterion."""

    score: Decimal | None = None  # for a survey criterion: the unit's estimate
    appraised: Decimal | None = None  # the council's final appraisal (lần 2)
    first: Decimal | None = None  # its first appraisal (lần 1)
    response: str | None = None  # the unit's response to the first: accept or contest
    reason: str | None = None  # why it contests
    response_evidence: list[str] = field(default_factory=list)
    percent: Decimal | None = None  # the survey result the estimate was given as
    evidence: list[str] = field(default_factory=list)
    explanations: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    not_applicable: str | None = None
    # The office that sent each evidence line and each explanation (None: a file naming no office),
    # item for item: several offices' contributions to one criterion merge, each keeping its sender.
    evidence_from: list[str | None] = field(default_factory=list)
    explanations_from: list[str | None] = field(default_factory=list)
    files: list[Claim] = field(default_factory=list)  # evidence handed in as files (core/claims.py)
    score_at: At | None = None  # where its score was given: a problem about it is said there

    @property
    def latest(self) -> Decimal | None:
        """The council's latest score known: the final appraisal, else the first."""
        return self.appraised if self.appraised is not None else self.first

    def cited(self) -> list[tuple[str | None, str]]:
        """Each evidence line with the office that sent it."""
        return list(zip(self.evidence_from or [None] * len(self.evidence), self.evidence, strict=True))

    def explained(self) -> list[tuple[str | None, str]]:
        """Each explanation with the office that sent it."""
        senders = self.explanations_from or [None] * len(self.explanations)
        return list(zip(senders, self.explanations, strict=True))


@dataclass(frozen=True, slots=True)
class Taken:
    """Bonus or penalty points a scores file takes under one item of the plan."""

    kind: str  # bonus or penalty
    item: str  # the plan's item id
    points: Decimal
    reason: str
    evidence: tuple[str, ...]


@dataclass
class Actuals:
    paths: list[str]
    units: list[str]  # unit ids the files declare (`unit:`: the office that filled the file in)
    criteria: dict[str, Assessed]
    declared_by_all: bool = False  # every file names its office
    assessed: str | None = None  # the unit the scores are of (`assessed_unit:`), as written
    target: Decimal | None = None  # its own target index (`target:`)
    digests: tuple[str, ...] = ()  # of each file's bytes: the same file given twice is one file
    difficulties: tuple[str, ...] = ()
    proposals: tuple[str, ...] = ()
    adjustments: tuple[Taken, ...] = ()  # in the plan's order of items

    def scores(self) -> dict[str, Decimal]:
        return {i: a.score for i, a in self.criteria.items() if a.score is not None}

    def not_applicable(self) -> frozenset[str]:
        return frozenset(i for i, a in self.criteria.items() if a.not_applicable is not None)


# Checks the files named as evidence (core/evidence.py), adding its problems to the files' own.
FileCheck = Callable[[list[Claim], Collector], None]


def load_actuals(plan: Plan, paths: Sequence[str | Path], files: FileCheck | None = None) -> Actuals:
    """Read, check and merge scores files, in the order given; ``files`` checks the evidence files
    they name, so that their problems are reported with the rest (par score, par report)."""
    merged = _Merger(plan)
    merged.check_files = files
    for path in paths:
        try:
            source = _read(plan, path, merged.problems)
        except DataError as error:
            merged.problems.add_error(error)
            continue
        file = _validated(source, merged.problems)
        if file is not None:
            _check_target(plan, source, file, merged.problems)
            merged.add(source, file)
    return merged.result()


def _check_target(plan: Plan, source: Source, file: ActualsFile, problems: Collector) -> None:
    """A unit's own target is an index (at most the plan's maximum); an office's, a percentage."""
    limit = plan.file.totals.max if file.unit is None else Decimal(100)
    if file.target is not None and file.target > limit:
        problems.add(Code.TARGET_ABOVE_MAX, At(source, ("target",)), value=file.target, max=limit)


def _read(plan: Plan, path: str | Path, problems: Collector) -> Source:
    """A scores file: YAML, or a workbook (told apart by their content). The cells of a workbook
    that cannot be read join ``problems``; the rest is checked as usual."""
    raw = read_bytes(path, MAX_SCORES_BYTES)
    if is_workbook(raw):
        survey = frozenset(c.id for c in plan.criteria() if c.scored_by == "survey")
        workbook = read_workbook(raw, shown_name(path), plan.branches, survey)
        if workbook.problems:
            problems.add_error(DataError(workbook.problems))
        return workbook.source
    if str(path).lower().endswith(WORKBOOK_SUFFIXES):  # named as a workbook, but it is not one
        raise DataError.at(Code.NOT_A_WORKBOOK, Where(shown_name(path)), detail=file_kind(raw))
    try:
        source = parse_source(raw, shown_name(path), frozenset({"evidence"}))
    except DataError:
        if looks_like_csv(raw, str(path)):
            raise DataError.at(
                Code.NOT_A_WORKBOOK, Where(shown_name(path)), detail=Term("kind.csv")
            ) from None
        raise
    if not isinstance(source.data, dict) and looks_like_csv(raw, str(path)):  # "STT,Điểm" is one YAML text
        raise DataError.at(Code.NOT_A_WORKBOOK, Where(shown_name(path)), detail=Term("kind.csv"))
    return source


WORKBOOK_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


def _without_details(entry: Any, details: list[tuple[int, str]]) -> Any:
    """A criterion's entry without the wrong details (index, key) of its evidence files."""
    if not isinstance(entry, dict):
        return entry
    evidence = entry.get("evidence")
    items = [evidence] if isinstance(evidence, dict) else list(evidence) if isinstance(evidence, list) else []
    for index, key in details:
        if index < len(items) and isinstance(items[index], dict):
            items[index] = {k: v for k, v in items[index].items() if k != key}
    return {**entry, "evidence": items}


def _validated(source: Source, problems: Collector) -> ActualsFile | None:
    """The file's values, checked; a wrong value is reported and left out, and the rest is still
    merged and checked, so that a text in one score never hides a score above its maximum."""
    try:
        return ActualsFile.model_validate(source.data)
    except ValidationError as error:
        errors = error.errors(include_url=False)
    validate(ActualsFile, source.data, source, problems, kind="scores")  # words each problem
    if not isinstance(source.data, dict):
        return None
    # A wrong date, number or title of an evidence file leaves out that detail only: the file is
    # still checked (a bad date never hides that the file is missing); any other wrong value
    # leaves out its whole entry.
    details: dict[str, list[tuple[int, str]]] = {}
    wrong: set[tuple[Any, ...]] = set()
    for e in errors:
        loc = tuple(e["loc"])
        if (
            len(loc) == 5
            and loc[0] == "scores"
            and loc[2] == "evidence"
            and isinstance(loc[3], int)
            and loc[4] in ("date", "number", "title")
            and e["type"] not in ("missing", "extra_forbidden")
        ):
            details.setdefault(str(loc[1]), []).append((loc[3], str(loc[4])))
        else:
            wrong.add(loc[:2])
    rest: dict[str, Any] = {}
    for key, value in source.data.items():
        if (key,) in wrong:
            continue
        if key in ("scores", "not_applicable", "adjustments") and isinstance(value, dict):
            value = {k: v for k, v in value.items() if (key, k) not in wrong}
        if key == "scores" and isinstance(value, dict) and details:
            value = {k: _without_details(v, details[k]) if k in details else v for k, v in value.items()}
        rest[key] = value
    try:
        return ActualsFile.model_validate(rest)
    except ValidationError:
        return None


class _Merger:
    def __init__(self, plan: Plan) -> None:
        self.plan = plan
        self.leaves = {c.id: c for c in plan.criteria()}
        self.problems = Collector()
        self.criteria: dict[str, Assessed] = {}
        # (criterion, what) -> the file that gave it first; located only if a problem needs it
        # (criterion, what) -> the file that gave it first, and the key it gave it under (a score
        # given as a percent stands under "percent"); located only if a problem needs it
        self.origins: dict[tuple[str, str], tuple[Source, str]] = {}
        # criterion -> its (office, citation) pairs, in order, each once; its explanations alike
        self.evidence: dict[str, dict[tuple[str | None, str], None]] = {}
        self.explanations: dict[str, dict[tuple[str | None, str], None]] = {}
        self.round: Round | None = None  # built at the first file that names its office
        self.paths: list[str] = []
        self.units: list[str] = []
        self.undeclared = 0  # files that name no office
        self.assessed: str | None = None
        self.target: Decimal | None = None
        self.digests: list[str] = []
        self.difficulties: dict[str, None] = {}
        self.proposals: dict[str, None] = {}
        self.claims: dict[tuple[str, str | None, EvidenceFile, str], Claim] = {}  # each once
        self.response_evidence: dict[str, dict[str, None]] = {}  # criterion -> citations, each once
        # (bonus or penalty, item) -> [its entry, where its points stand, its citations]
        self.adjustments: dict[tuple[str, str], list[Any]] = {}
        self.check_files: FileCheck | None = None

    def add(self, source: Source, file: ActualsFile) -> None:
        self.paths.append(source.path)
        self.digests.append(hashlib.blake2b(source.raw, digest_size=16).hexdigest())
        year = self.plan.file.plan.year
        if file.year is not None and file.year != year:
            self.problems.add(Code.YEAR_MISMATCH, At(source, ("year",)), year=file.year, plan_year=year)
        office = self.add_unit(source, file.unit) if file.unit is not None else None
        if file.unit is None:
            self.undeclared += 1
        if office is not None:
            self.check_scorer(source, file, office)
        self.assessed = self.same(source, "assessed_unit", self.assessed, file.assessed_unit)
        self.difficulties.update(dict.fromkeys(file.difficulties))
        self.proposals.update(dict.fromkeys(file.proposals))
        self.target = self.same(source, "target", self.target, file.target)
        self.add_adjustments(source, file, office)
        for criterion_id, reason in file.not_applicable.items():
            place = At(source, ("not_applicable", criterion_id), at_key=True)
            if self.known(place, criterion_id):
                self.set(source, criterion_id, "not_applicable", reason)
        for criterion_id, entry in file.scores.items():
            if criterion_id not in self.leaves and not self.known(
                At(source, ("scores", criterion_id), at_key=True), criterion_id
            ):
                continue
            assessed = self.criteria.get(criterion_id) or self.criteria.setdefault(criterion_id, Assessed())
            if entry.percent is not None:
                self.add_percent(source, criterion_id, entry, assessed)
            if not self.add_rounds(source, criterion_id, entry):
                continue
            for what, value in (
                ("score", entry.score),
                ("appraised", _final(entry)),
                ("first", _first(entry)),
            ):
                if value is None:
                    continue
                maximum = self.leaves[criterion_id].max
                if value > maximum:
                    place = _place(source, criterion_id, what)
                    what_term = Term(f"what.{what}")
                    self.problems.add(
                        Code.SCORE_ABOVE_MAX, place, id=criterion_id, what=what_term, value=value, max=maximum
                    )
                elif getattr(assessed, what) is None:  # the first file to give it (the usual case)
                    setattr(assessed, what, value)
                    self.origins[(criterion_id, what)] = (source, what)
                else:
                    self.set(source, criterion_id, what, value)
            if entry.evidence:
                cited = ((office, c) for c in entry.evidence if isinstance(c, str))
                self.evidence.setdefault(criterion_id, {}).update(dict.fromkeys(cited))
                self.add_files(source, criterion_id, entry, office)
            if entry.explanation is not None:
                self.explanations.setdefault(criterion_id, {})[(office, entry.explanation)] = None
            if entry.note is not None and entry.note not in assessed.notes:
                assessed.notes.append(entry.note)

    def add_rounds(self, source: Source, criterion_id: str, entry: ScoreEntry) -> bool:
        """The council's appraisal of a criterion, in rounds: checked, and the response merged.
        False when the entry's appraisal cannot stand at all (a survey criterion, no score)."""
        rounds = entry.appraisal
        if entry.appraised is None and rounds is None:
            return True
        key = "appraised" if entry.appraised is not None else "appraisal"
        if self.leaves[criterion_id].scored_by == "survey":
            self.problems.add(
                Code.APPRAISED_SURVEY, At(source, ("scores", criterion_id, key)), id=criterion_id
            )
            return False
        if entry.score is None and entry.percent is None:
            place = At(source, ("scores", criterion_id, key))
            self.problems.add(Code.APPRAISED_WITHOUT_SCORE, place, id=criterion_id)
            return False
        if rounds is None:
            return True
        if entry.appraised is not None and rounds.final is not None:
            place = At(source, ("scores", criterion_id, "appraisal", "final"))
            self.problems.add(Code.APPRAISED_TWICE, place, id=criterion_id)
        if rounds.response is not None and rounds.first is None:
            place = At(source, ("scores", criterion_id, "appraisal", "response"))
            self.problems.add(Code.RESPONSE_WITHOUT_FIRST, place, id=criterion_id)
        if rounds.response == "contest" and rounds.reason is None:
            place = At(source, ("scores", criterion_id, "appraisal", "response"))
            self.problems.add(Code.CONTEST_WITHOUT_REASON, place, id=criterion_id)
        if rounds.response is not None:
            self.set(source, criterion_id, "response", rounds.response)
        if rounds.reason is not None:
            self.set(source, criterion_id, "reason", rounds.reason)
        if rounds.evidence:
            self.response_evidence.setdefault(criterion_id, {}).update(dict.fromkeys(rounds.evidence))
        return True

    def add_adjustments(self, source: Source, file: ActualsFile, office: str | None) -> None:
        """Bonus and penalty points: only in the unit's own file; each an item the plan declares,
        once per file; the same item in several files with the same points is one."""
        given = file.adjustments
        if given is None or not (given.bonus or given.penalty):
            return
        if file.unit is not None:
            name = self.plan.units[office].name if office is not None else file.unit
            self.problems.add(Code.OFFICE_ADJUSTMENTS, At(source, ("adjustments",), at_key=True), office=name)
            return
        declared = self.plan.file.adjustments
        in_file: set[tuple[str, str]] = set()
        for kind in ("bonus", "penalty"):
            part = getattr(declared, kind) if declared is not None else None
            ids = [item.id for item in part.items] if part is not None else []
            for index, entry in enumerate(getattr(given, kind)):
                place = At(source, ("adjustments", kind, index, "item"))
                if entry.item not in ids:
                    params: dict[str, Any] = {"item": entry.item, "kind": Term(f"adjustment.{kind}")}
                    params["ids"] = ", ".join(ids) if ids else Term("adjustment.none")
                    close = difflib.get_close_matches(entry.item, ids, n=1, cutoff=0.6)
                    if close:
                        params["suggestion"] = close[0]
                    self.problems.add(Code.UNKNOWN_ADJUSTMENT, place, **params)
                    continue
                key = (kind, entry.item)
                if key in in_file:
                    self.problems.add(Code.DUPLICATE_ADJUSTMENT, place, id=entry.item)
                    continue
                in_file.add(key)
                points_at = At(source, ("adjustments", kind, index, "points"))
                earlier = self.adjustments.get(key)
                if earlier is None:
                    self.adjustments[key] = [entry, points_at, dict.fromkeys(entry.evidence)]
                elif earlier[0].points != entry.points:
                    self.problems.add(
                        Code.CONFLICTING_VALUES,
                        points_at,
                        id=entry.item,
                        what=Term("what.points"),
                        value=entry.points,
                        other=earlier[0].points,
                        first=earlier[1],
                    )
                else:
                    earlier[2].update(dict.fromkeys(entry.evidence))

    def add_files(self, source: Source, criterion_id: str, entry: ScoreEntry, office: str | None) -> None:
        """The files an entry names, each with its place and the folder its path is relative to."""
        base = "" if source.path == STDIN_NAME else os.path.dirname(source.path)
        for index, item in enumerate(entry.evidence):
            if isinstance(item, EvidenceFile):
                at = At(source, ("scores", criterion_id, "evidence", index, "file"))
                key = (criterion_id, office, item, base)
                self.claims.setdefault(key, Claim(criterion_id, item, office, at, base))

    def add_percent(self, source: Source, criterion_id: str, entry: ScoreEntry, assessed: Assessed) -> None:
        """A survey's result in percent, as the points it gives: 78.3 % of 10 points is 7.83, exactly."""
        place = At(source, ("scores", criterion_id, "percent"))
        node = self.leaves[criterion_id]
        percent = entry.percent
        assert percent is not None
        if node.scored_by != "survey":
            self.problems.add(Code.PERCENT_NOT_SURVEY, place, id=criterion_id)
        elif entry.score is not None:
            self.problems.add(Code.SCORE_AND_PERCENT, place, id=criterion_id)
        elif percent > 100:
            self.problems.add(Code.PERCENT_ABOVE_100, place, id=criterion_id, value=percent)
        elif assessed.percent is not None:  # another file gave a percent too: the percents compared
            if assessed.percent != percent:
                first_source, first_key = self.origins[(criterion_id, "score")]
                self.problems.add(
                    Code.CONFLICTING_VALUES,
                    place,
                    id=criterion_id,
                    what=Term("what.percent"),
                    value=percent,
                    other=assessed.percent,
                    first=_place(first_source, criterion_id, first_key),
                )
        else:  # 78.3 % of 10 is 7.83 exactly; 78.355 % of 10 is 7.8355, held to 3 decimals: 7.836
            points = round_half_up(node.max * percent / 100, MAX_DECIMALS)
            if self.set(source, criterion_id, "score", points, "percent"):
                assessed.percent = percent

    def same(self, source: Source, key: str, current: Any, given: Any) -> Any:
        """A value several files may give, if they give the same."""
        if given is None or current is None or given == current:
            return given if current is None else current
        self.problems.add(Code.FILES_DISAGREE, At(source, (key,)), key=key, value=given, other=current)
        return current

    def add_unit(self, source: Source, text: str) -> str | None:
        """The unit a file is from, named as `par by-unit --unit` accepts it."""
        found = match_units(self.plan, text)
        if len(found) != 1:
            ids = ", ".join(self.plan.units)
            self.problems.add(Code.UNKNOWN_FILE_UNIT, At(source, ("unit",)), text=text, ids=ids)
            return None
        if found[0].id not in self.units:
            self.units.append(found[0].id)
        return found[0].id

    def check_scorer(self, source: Source, file: ActualsFile, office: str) -> None:
        """An office's file scores only what that office scores (see core/round.py): a score, a
        survey percentage, an appraised score or a criterion marked not applicable anywhere else
        is refused, naming the office that scores it. Evidence and explanations are welcome on
        every criterion."""
        if self.round is None:
            self.round = Round.of(self.plan)
        scorers = self.round.scorers
        given: list[tuple[str, str]] = [(i, "not_applicable") for i in file.not_applicable]
        for criterion_id, entry in file.scores.items():
            given += [
                (criterion_id, what)
                for what in ("score", "percent", "appraised", "appraisal")
                if getattr(entry, what) is not None
            ]
        for criterion_id, what in given:
            scorer = scorers.get(criterion_id)
            if scorer is None or scorer.unit == office:
                continue  # not a criterion (said elsewhere), or this office's own
            who = self.plan.units[scorer.unit].name if scorer.unit else Term("scorer.unit")
            self.problems.add(
                Code.NOT_THE_SCORER,
                _place(source, criterion_id, what),
                id=criterion_id,
                office=self.plan.units[office].name,
                scorer=who,
                what=Term(f"what.{what}"),
            )

    def known(self, place: At, criterion_id: str) -> bool:
        """Whether ``criterion_id`` is a criterion that takes a score; says why not."""
        if criterion_id in self.leaves:
            return True
        if not self.problems.room:
            self.problems.skip()
            return False
        if criterion_id in self.plan.nodes:
            below = [c for c in self.leaves if c.startswith(criterion_id + ".")]
            self.problems.add(Code.SCORE_ON_FIELD, place, id=criterion_id, first=below[0], last=below[-1])
            return False
        params: dict[str, Any] = {"id": criterion_id}
        close = self.closest(criterion_id)
        if close:
            params["suggestion"] = close
        self.problems.add(Code.UNKNOWN_CRITERION, place, **params)
        return False

    def closest(self, criterion_id: str) -> str | None:
        """The criterion ``criterion_id`` most likely means: looked for within its field (or the
        field its first part most likely means), never among every criterion of a large plan."""
        by_field: dict[str, list[str]] | None = getattr(self, "by_field", None)
        if by_field is None:  # built once, on the first unknown id
            by_field = {}
            for leaf in self.leaves:
                by_field.setdefault(leaf.partition(".")[0], []).append(leaf)
            self.by_field = by_field
        field = criterion_id.partition(".")[0]
        if field not in by_field:
            near = difflib.get_close_matches(field, list(by_field), n=1, cutoff=0.5)
            if not near:
                return None
            field = near[0]
        close = difflib.get_close_matches(criterion_id, by_field[field], n=1, cutoff=0.5)
        return close[0] if close else None

    def set(self, source: Source, criterion_id: str, what: str, value: Decimal | str, key: str = "") -> bool:
        """Record a value, unless another file already gave a different one; whether it was
        recorded. ``key``: the key the value was written under, when it is not ``what`` (a score
        given as a percent)."""
        assessed = self.criteria.get(criterion_id) or self.criteria.setdefault(criterion_id, Assessed())
        current = getattr(assessed, what)
        if current is None:
            setattr(assessed, what, value)
            self.origins[(criterion_id, what)] = (source, key or what)
            return True
        if current != value:
            first_source, first_key = self.origins[(criterion_id, what)]
            first = _place(first_source, criterion_id, first_key)
            self.problems.add(
                Code.CONFLICTING_VALUES,
                _place(source, criterion_id, key or what),
                id=criterion_id,
                what=Term(f"what.{what}"),
                value=value,
                other=current,
                first=first,
            )
        return False

    def _origin(self, criterion_id: str, what: str) -> tuple[Source, str, str]:
        """The file that gave ``what`` first, the criterion, and the key it stands under."""
        source, key = self.origins[(criterion_id, what)]
        return source, criterion_id, key

    def result(self) -> Actuals:
        for criterion_id, assessed in self.criteria.items():
            if assessed.score is not None and assessed.not_applicable is not None:
                scored = _place(*self._origin(criterion_id, "score"))
                marked = _place(*self._origin(criterion_id, "not_applicable"))
                self.problems.add(Code.SCORED_AND_NOT_APPLICABLE, scored, id=criterion_id, first=marked)
        for claim in self.claims.values():
            self.criteria[claim.criterion].files.append(claim)
        if self.check_files is not None and self.claims:
            self.check_files(list(self.claims.values()), self.problems)
        self.problems.raise_if_any()
        for (criterion_id, what), (source, key) in self.origins.items():
            if what == "score":
                self.criteria[criterion_id].score_at = _place(source, criterion_id, key)
        for criterion_id, citations in self.evidence.items():
            self.criteria[criterion_id].evidence_from = [office for office, _ in citations]
            self.criteria[criterion_id].evidence = [citation for _, citation in citations]
        for criterion_id, cited in self.response_evidence.items():
            self.criteria[criterion_id].response_evidence = list(cited)
        for criterion_id, explained in self.explanations.items():
            self.criteria[criterion_id].explanations_from = [office for office, _ in explained]
            self.criteria[criterion_id].explanations = [text for _, text in explained]
        order = self.plan.position
        ordered = dict(sorted(self.criteria.items(), key=lambda item: order[item[0]]))
        return Actuals(
            self.paths,
            self.units,
            ordered,
            not self.undeclared,
            assessed=self.assessed,
            target=self.target,
            digests=tuple(self.digests),
            difficulties=tuple(self.difficulties),
            proposals=tuple(self.proposals),
            adjustments=self.taken(),
        )

    def taken(self) -> tuple[Taken, ...]:
        """The points taken, in the plan's order of items."""
        declared = self.plan.file.adjustments
        found: list[Taken] = []
        for kind in ("bonus", "penalty"):
            part = getattr(declared, kind) if declared is not None else None
            for item in part.items if part is not None else ():
                given = self.adjustments.get((kind, item.id))
                if given is not None:
                    entry, _, cited = given
                    found.append(Taken(kind, item.id, entry.points, entry.reason, tuple(cited)))
        return tuple(found)


def _final(entry: ScoreEntry) -> Decimal | None:
    """The council's final score: ``appraised``, or ``appraisal: final`` (the same, written out)."""
    if entry.appraised is not None:
        return entry.appraised
    return entry.appraisal.final if entry.appraisal is not None else None


def _first(entry: ScoreEntry) -> Decimal | None:
    return entry.appraisal.first if entry.appraisal is not None else None


# Where each value of the appraisal rounds stands under its criterion.
_ROUNDS = {
    "first": ("appraisal", "first"),
    "response": ("appraisal", "response"),
    "reason": ("appraisal", "reason"),
}


def _place(source: Source, criterion_id: str, what: str) -> At:
    """Where a value stands: under the criterion in scores (its own key, or the bare value of the
    criterion), or its reason under not_applicable."""
    if what == "not_applicable":
        return At(source, ("not_applicable", criterion_id), at_key=True)
    entry = source.data["scores"][criterion_id]
    if not isinstance(entry, dict):
        return At(source, ("scores", criterion_id))
    if what == "appraised" and "appraised" not in entry:
        return At(source, ("scores", criterion_id, "appraisal", "final"))
    return At(source, ("scores", criterion_id, *_ROUNDS.get(what, (what,))))
