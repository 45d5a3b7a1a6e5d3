"""Load a criteria file into a checked, indexed plan that every command reads.

Shape errors come from the models; here are the checks between values: ids unique and nested
under their parents, references that resolve, lead texts that match their units, and printed
subtotals that match the sums below them unless the file records the source's mismatch.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Any, NamedTuple

from par_cli.core.collect import At, Collector
from par_cli.core.model import COLUMNS, Column, Node, PlanFile, RecordedMismatch, Totals, Unit
from par_cli.core.problems import Code, Term
from par_cli.core.validation import kind_of, validate
from par_cli.readers.bundled import bundled_plan_path
from par_cli.readers.yamlsource import Loc, Source, read_source

# The keys of a plan whose lists hold free text, where "[a, b]" must not silently split a text.
TEXT_LISTS = frozenset(
    {"task", "duties", "spellings", "notes", "purposes", "requirements", "recipients", "report_recipients"}
)
# A criteria file is refused unread above this size: room for a national plan of 100,000 criteria.
MAX_PLAN_BYTES = 64 * 1024 * 1024


class Mismatch(NamedTuple):
    """A printed subtotal that differs from the sum of the rows below it."""

    node_id: str | None  # None for the grand totals
    column: Column
    printed: Decimal
    computed: Decimal
    reason: str
    likely_owner: str | None = None  # a unit id
    likely_cause: str | None = None  # penalty, bonus or unlisted: what most likely made the difference
    # The criteria the appendix does not list (`unlisted:`) whose points make up the difference: the
    # printed subtotal is then explained by the plan's own rows, and no points are unaccounted for.
    explained_by: tuple[str, ...] = ()

    @property
    def difference(self) -> Decimal:
        return self.printed - self.computed


@dataclass(slots=True)
class Item:
    """A field, criterion or sub-criterion of a checked plan.

    The same values as the file's Node, in a fraction of its memory: a plan of 100,000 criteria
    keeps these, not its pydantic models.
    """

    id: str
    name: str  # what output shows: the plan's display_name where it gives one, else the printed name
    max: Decimal
    baseline: Decimal | None  # None in a first-year plan, and only there
    target: Decimal
    scored_by: str  # "unit" or "survey", inherited from the rows above when the file leaves it out
    task: tuple[str, ...]
    lead: tuple[str, ...]
    lead_text: str | None
    criteria: tuple[Item, ...]
    printed_name: str | None = None  # the name as printed, where the plan gives a display_name
    scorer: str | None = None  # the plan's own choice of scoring office, inherited (see core/round.py)
    unlisted: str | None = None  # not in the appendix: where the plan gives it (inherited by sub-rows)
    baseline_na: str | None = None  # did not apply in the baseline year: why (no baseline figure)
    # The maximum of the rows at or below this one that did not apply in the baseline year: the
    # baseline is set against max - baseline_left_out, never counted as lost.
    baseline_left_out: Decimal = Decimal(0)


@dataclass
class Plan:
    """A validated criteria file with the look-ups the commands need."""

    file: PlanFile  # its fields emptied: the tree lives in `fields`, as Items
    path: str
    mismatches: list[Mismatch]
    fields: list[Item] = field(default_factory=list)
    nodes: dict[str, Item] = field(default_factory=dict)
    parent: dict[str, str | None] = field(default_factory=dict)
    field_of: dict[str, str] = field(default_factory=dict)
    units: dict[str, Unit] = field(default_factory=dict)

    @property
    def has_baseline(self) -> bool:
        """False for a first-year plan: no baseline year, no baseline column."""
        return self.file.plan.baseline_year is not None

    def criteria(self) -> Iterator[Item]:
        """The scored rows: every leaf of the tree, in the order of the file."""
        return (node for node in self.nodes.values() if not node.criteria)

    def branches_above(self, node_id: str) -> list[Item]:
        """The criteria with sub-criteria above ``node_id`` (its field left out), from the top down."""
        branches: list[Item] = []
        current = self.parent.get(node_id)
        while current is not None and self.parent.get(current) is not None:
            branches.insert(0, self.nodes[current])
            current = self.parent.get(current)
        return branches

    def groups_of(self, unit_id: str) -> list[Unit]:
        return [u for u in self.units.values() if unit_id in self.members[u.id]]

    @cached_property
    def branches(self) -> frozenset[str]:
        """The ids of the fields and of the criteria with sub-criteria: rows that are summed."""
        return frozenset(node.id for node in self.nodes.values() if node.criteria)

    @cached_property
    def position(self) -> dict[str, int]:
        """Each row's place in the plan's order, for sorting what refers to rows."""
        return {node_id: index for index, node_id in enumerate(self.nodes)}

    @cached_property
    def leaves(self) -> list[tuple[Item, str]]:
        """The scored rows with their field's id, in plan order (computed once per plan)."""
        return [(node, self.field_of[node.id]) for node in self.criteria()]

    @cached_property
    def members(self) -> dict[str, frozenset[str]]:
        """Each unit's members, for look-ups in constant time."""
        return {unit.id: frozenset(unit.members) for unit in self.units.values()}


def load_plan(path: str | Path | None = None) -> Plan:
    """Read, validate and check a criteria file (the bundled plan by default).

    The fields are validated and checked one at a time, each one's plain data and models let go
    as soon as its Items are built: a plan of 100,000 criteria fits in a few hundred MiB.
    """
    path = path if path is not None else bundled_plan_path()
    source = read_source(path, MAX_PLAN_BYTES, TEXT_LISTS, "plan")
    problems = Collector()
    raw_fields = source.data.pop("fields", None) if isinstance(source.data, dict) else None
    file = validate(PlanFile, source.data, source, problems)
    if file is None:
        problems.raise_if_any()
    assert file is not None
    checker = _Checker(file, source, problems)
    if not isinstance(raw_fields, list) or not raw_fields:
        found = kind_of(raw_fields)
        code = Code.EXPECTED_SOME if raw_fields == [] else Code.EXPECTED_LIST
        problems.add(code, At(source, ("fields",)), show_key=True, found=found)
        problems.raise_if_any()
    assert isinstance(raw_fields, list)
    every_field_valid = True
    for index, raw in enumerate(raw_fields):
        raw_fields[index] = None
        node = validate(Node, raw, source, problems, loc=("fields", index), root=PlanFile)
        if node is None:
            every_field_valid = False
        else:
            checker.add_field(node, index)
    if every_field_valid:  # else the grand totals would differ from the fields that are left
        checker.finish()
    problems.raise_if_any()
    return Plan(
        file=file,
        path=source.path,
        mismatches=checker.mismatches,
        fields=checker.roots,
        nodes=checker.nodes,
        parent=checker.parent,
        field_of=checker.field_of,
        units=checker.units,
    )


_SEPARATORS = re.compile(r"[\s;,.]*")


class _Checker:
    def __init__(self, file: PlanFile, source: Source, problems: Collector) -> None:
        self.file = file
        self.source = source
        self.problems = problems
        self.mismatches: list[Mismatch] = []
        self.nodes: dict[str, Item] = {}
        self.roots: list[Item] = []
        self.parent: dict[str, str | None] = {}
        self.field_of: dict[str, str] = {}
        self.units: dict[str, Unit] = {}
        self.check_units()

    def fail(self, loc: Loc, code: Code, at_key: bool = False, **params: Any) -> None:
        self.problems.add(code, At(self.source, tuple(loc), at_key), **params)

    def add_field(self, node: Node, index: int) -> None:
        self.roots.append(self.check_node(node, ("fields", index), None, node.id, "unit", None, None))

    def finish(self) -> None:
        """The checks that need every field: oversight, bands, and the grand totals."""
        self.check_collector()
        self.check_assignments()
        self.check_bands()
        self.check_adjustments()
        totals = self.file.totals
        self.check_baseline(totals, ("totals",))
        printed = {c: getattr(totals, c) for c in COLUMNS}
        self.check_sum(None, ("totals",), printed, self.roots, totals.source_mismatch, None)

    def check_units(self) -> None:
        spelled: dict[str, str] = {}
        for index, unit in enumerate(self.file.units):
            loc = ("units", index)
            if unit.id in self.units:
                self.fail((*loc, "id"), Code.DUPLICATE_UNIT, id=unit.id)
                continue  # the first one stands: what refers to it is checked against it
            self.units[unit.id] = unit
            for spelling in {unit.name, *unit.spellings}:
                other = spelled.setdefault(spelling, unit.id)
                if other != unit.id:
                    self.fail(loc, Code.SPELLING_TWICE, spelling=spelling, first=other, second=unit.id)
        for index, unit in enumerate(self.file.units):
            if unit.kind != "group" and unit.members:
                self.fail(("units", index, "members"), Code.MEMBERS_NOT_GROUP, id=unit.id)
            for position, member in enumerate(unit.members):
                target = self.units.get(member)
                if target is None:
                    self.unknown_unit(("units", index, "members", position), member)
                elif target.kind == "group":
                    self.fail(("units", index, "members", position), Code.GROUP_IN_GROUP, id=member)
            if unit.part_of is not None:
                self.check_part_of(unit, ("units", index, "part_of"))

    def check_part_of(self, unit: Unit, loc: Loc) -> None:
        """A desk belongs to one unit, directly: what falls on the desk falls on that unit too."""
        whole = self.units.get(unit.part_of or "")
        if whole is None:
            self.unknown_unit(loc, unit.part_of or "")
        elif unit.kind == "group" or whole.kind == "group":
            self.fail(loc, Code.PART_OF_GROUP, id=unit.id)
        elif whole.id == unit.id or whole.part_of is not None:
            self.fail(loc, Code.PART_OF_PART, id=unit.id, parent=whole.id)

    def unknown_unit(self, loc: Loc, unit_id: str) -> None:
        params: dict[str, Any] = {"id": unit_id}
        if self.problems.room:  # the search is worth it only for a problem that is reported
            close = difflib.get_close_matches(unit_id, list(self.units), n=1)
            if close:
                params["suggestion"] = close[0]
        self.fail(loc, Code.UNKNOWN_UNIT, **params)

    def check_node(
        self,
        node: Node,
        loc: Loc,
        parent: Node | None,
        field_id: str,
        inherited: str,
        scorer: str | None,
        unlisted: str | None,
    ) -> Item:
        if node.id in self.nodes:
            self.fail((*loc, "id"), Code.DUPLICATE_ID, id=node.id)
        scored_by = node.scored_by or inherited
        if inherited == "survey" and scored_by != "survey" and parent is not None:
            self.fail((*loc, "scored_by"), Code.SCORED_BY_CONFLICT, id=node.id, parent=parent.id)
        if node.scorer is not None:
            self.check_scorer((*loc, "scorer"), node.scorer)
        scorer = node.scorer or scorer
        unlisted = node.unlisted.source if node.unlisted is not None else unlisted
        item = Item(node.id, node.display_name or node.name, node.max, node.baseline, node.target,
                    scored_by, node.task, node.lead, node.lead_text, (),
                    node.name if node.display_name else None, scorer, unlisted,
                    node.baseline_not_applicable)  # fmt: skip
        self.nodes[node.id] = item
        self.parent[node.id] = parent.id if parent else None
        self.field_of[node.id] = field_id
        if parent is None and "." in node.id:
            self.fail((*loc, "id"), Code.FIELD_ID_DOT, id=node.id)
        if parent is not None and node.id.rpartition(".")[0] != parent.id:
            self.fail((*loc, "id"), Code.ID_NOT_UNDER_PARENT, id=node.id, parent=parent.id)
        self.check_baseline(node, loc)
        for column in ("baseline", "target"):
            value = getattr(node, column)
            if value is not None and value > node.max:
                self.fail(
                    (*loc, column),
                    Code.ABOVE_MAX,
                    id=node.id,
                    value=value,
                    max=node.max,
                    **self.named(column),
                )
        self.check_leads(node, loc)
        if node.criteria:
            item.criteria = tuple(
                self.check_node(child, (*loc, "criteria", index), node, field_id, scored_by, scorer, unlisted)
                for index, child in enumerate(node.criteria)
            )
            item.baseline_left_out = sum((child.baseline_left_out for child in item.criteria), Decimal(0))
            printed = {c: getattr(node, c) for c in COLUMNS}
            self.check_sum(node.id, loc, printed, item.criteria, node.source_mismatch, unlisted)
            if node.baseline_not_applicable is not None:
                self.fail((*loc, "baseline_not_applicable"), Code.BASELINE_NA_BRANCH, id=node.id)
        else:
            if node.source_mismatch:
                self.fail((*loc, "source_mismatch"), Code.MISMATCH_ON_LEAF, id=node.id)
            if node.baseline_not_applicable is not None:
                item.baseline_left_out = node.max
        return item

    def check_baseline(self, node: Node | Totals, loc: Loc) -> None:
        """Every row has a baseline when the plan has a baseline year, and none when it has not."""
        year = self.file.plan.baseline_year
        label = subtotal_label(node.id if isinstance(node, Node) else None)
        did_not_apply = isinstance(node, Node) and node.baseline_not_applicable is not None
        if did_not_apply and node.baseline is not None:
            self.fail((*loc, "baseline_not_applicable"), Code.BASELINE_AND_NOT_APPLICABLE, label=label)
        elif year is not None and node.baseline is None and not did_not_apply:
            self.fail(loc, Code.BASELINE_MISSING, label=label, year=year)
        elif year is None and (node.baseline is not None or did_not_apply):
            key = "baseline" if node.baseline is not None else "baseline_not_applicable"
            self.fail((*loc, key), Code.BASELINE_WITHOUT_YEAR, label=label)

    def check_leads(self, node: Node, loc: Loc) -> None:
        for index, unit_id in enumerate(node.lead):
            if unit_id not in self.units:
                self.unknown_unit((*loc, "lead", index), unit_id)
        if node.lead_text is None or any(u not in self.units for u in node.lead):
            return
        where = (*loc, "lead_text")
        if not node.lead:
            self.fail(where, Code.LEAD_TEXT_WITHOUT_LEAD, id=node.id)
            return
        rest = node.lead_text
        for unit in sorted((self.units[u] for u in node.lead), key=_longest_spelling, reverse=True):
            spelling = next((s for s in _spellings(unit) if s in rest), None)
            if spelling is None:
                self.fail(where, Code.LEAD_TEXT_MISSING_UNIT, id=node.id, text=node.lead_text, unit=unit.id)
                return
            rest = rest.replace(spelling, " ", 1)
        if not _SEPARATORS.fullmatch(rest):
            self.fail(where, Code.LEAD_TEXT_EXTRA, id=node.id, rest=rest.strip(" ;,."))

    def check_sum(
        self,
        node_id: str | None,
        loc: Loc,
        printed: dict[Column, Decimal | None],
        rows: Sequence[Item],
        recorded: dict[Column, RecordedMismatch],
        unlisted: str | None,
    ) -> None:
        """A printed subtotal against the rows below it. The rows the appendix does not list
        (``unlisted``) are left out of the sum, since the printed figure is the appendix's: a
        difference is recorded as the source's, and those rows must then make it up exactly. Below
        a row that is itself not in the appendix (``unlisted``), every row is its own."""
        label = subtotal_label(node_id)
        extra = [row for row in rows if row.unlisted is not None and unlisted is None]
        listed = [row for row in rows if row.unlisted is None or unlisted is not None]
        for column in COLUMNS:
            counted = [row for row in listed if column != "baseline" or not _did_not_apply(row)]
            values = [getattr(row, column) for row in counted]
            shown = printed[column]
            if shown is None or None in values:
                continue  # a first-year plan's baselines (or a missing one, reported on its own)
            computed = sum(values, Decimal(0))
            difference = shown - computed
            known = recorded.get(column)
            amounts: dict[str, Any] = {
                "printed": shown,
                "computed": computed,
                "difference": difference,
            }
            added = [getattr(row, column) for row in extra if column != "baseline" or not _did_not_apply(row)]
            if extra and None not in added and sum(added, Decimal(0)) != difference:
                self.fail(
                    (*loc, column),
                    Code.UNLISTED_DOES_NOT_FIT,
                    label=label,
                    column=column,
                    unlisted=sum(added, Decimal(0)),
                    ids=", ".join(row.id for row in extra),
                    **amounts,
                )
            if known is None and difference:
                self.fail(
                    (*loc, column), Code.SUBTOTAL_MISMATCH, label=label, **self.named(column), **amounts
                )
            elif known is not None and not difference:
                where = (*loc, "source_mismatch", column)
                self.fail(where, Code.STALE_MISMATCH, at_key=True, label=label, **self.named(column))
            elif known is not None and known.difference != difference:
                where = (*loc, "source_mismatch", column, "difference")
                recorded_as = known.difference
                self.fail(
                    where,
                    Code.MISMATCH_AMOUNT,
                    label=label,
                    recorded=recorded_as,
                    **self.named(column),
                    **amounts,
                )
            elif known is not None:
                owner = known.likely_owner
                if owner is not None and owner not in self.units:
                    self.unknown_unit((*loc, "source_mismatch", column, "likely_owner"), owner)
                explained = tuple(row.id for row in extra)
                mismatch = Mismatch(
                    node_id, column, shown, computed, known.reason, owner, known.likely_cause, explained
                )
                self.mismatches.append(mismatch)

    def check_adjustments(self) -> None:
        """Bonus and penalty items: each id once (a scores file names an item by it), and the
        fields they count under, fields of the plan."""
        adjustments = self.file.adjustments
        if adjustments is None:
            return
        fields = {root.id for root in self.roots}
        seen: set[str] = set()
        for kind in ("bonus", "penalty"):
            part = getattr(adjustments, kind)
            if part is None:
                continue
            loc: Loc = ("adjustments", kind)
            for field_id in part.field_caps:
                if field_id not in fields:
                    self.fail((*loc, "field_caps", field_id), Code.NOT_A_FIELD, at_key=True, id=field_id)
            for index, item in enumerate(part.items):
                if item.id in seen:
                    self.fail((*loc, "items", index, "id"), Code.DUPLICATE_ADJUSTMENT, id=item.id)
                seen.add(item.id)
                if item.field is not None and item.field not in fields:
                    self.fail((*loc, "items", index, "field"), Code.NOT_A_FIELD, id=item.field)

    def check_collector(self) -> None:
        collector = self.file.plan.collector
        if collector is not None:
            self.check_scorer(("plan", "collector"), collector)

    def check_scorer(self, loc: Loc, unit_id: str) -> None:
        """An office that enters scores (the collector, a criterion's scorer): a unit of the plan,
        and one office, never a group (a group fills in no form)."""
        if unit_id not in self.units:
            self.unknown_unit(loc, unit_id)
        elif self.units[unit_id].kind == "group":
            self.fail(loc, Code.SCORER_GROUP, id=unit_id)

    def named(self, column: Column) -> dict[str, Any]:
        """A column of the appendix in a message: worded for the reader (``column``: the 2023
        score) and as the file's key (``key``: baseline), which a hint tells where to write."""
        info = self.file.plan
        year = info.baseline_year if column == "baseline" else info.year
        return {"column": Term(f"colkey.{column}", {"year": year}), "key": column}

    def check_assignments(self) -> None:
        for index, assignment in enumerate(self.file.assignments):
            for position, unit_id in enumerate(assignment.units):
                if unit_id not in self.units:
                    self.unknown_unit(("assignments", index, "units", position), unit_id)
            for position, node_id in enumerate(assignment.oversees):
                if node_id not in self.nodes:
                    self.fail(("assignments", index, "oversees", position), Code.NOT_IN_PLAN, id=node_id)

    def check_bands(self) -> None:
        names: set[str] = set()
        starts: dict[Decimal, str] = {}  # two bands from one percentage: which one is reached?
        for index, band in enumerate(self.file.bands):
            if band.min_percent > 100:
                self.fail(("bands", index, "min_percent"), Code.BAND_ABOVE_100, name=band.name)
            if band.name in names:
                self.fail(("bands", index, "name"), Code.DUPLICATE_BAND, name=band.name)
            elif band.min_percent in starts:
                other = starts[band.min_percent]
                place = ("bands", index, "min_percent")
                self.fail(place, Code.BAND_SAME_START, name=band.name, other=other, percent=band.min_percent)
            names.add(band.name)
            starts.setdefault(band.min_percent, band.name)


def _did_not_apply(row: Item) -> bool:
    """A row with no baseline because it did not apply in the baseline year: out of the sums (one
    that gives a baseline too is refused on its own, and summed as it is)."""
    return row.baseline is None and row.baseline_na is not None


def subtotal_label(node_id: str | None) -> Term:
    """How a subtotal is named: the grand totals, a field, or a criterion with sub-criteria."""
    if node_id is None:
        return Term("where.totals")
    return Term("where.field" if "." not in node_id else "where.node", {"id": node_id})


def _spellings(unit: Unit) -> list[str]:
    return sorted({unit.name, *unit.spellings}, key=len, reverse=True)


def _longest_spelling(unit: Unit) -> int:
    return len(_spellings(unit)[0])
