"""Load a criteria file into a checked, indexed plan that every command reads.

Shape errors come from the models; here are the checks between values: ids unique and nested
under their parents, references that resolve, lead texts that match their units, and printed
subtotals that match the sums below them unless the file records the source's mismatch.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import resources
from pathlib import Path

from par_cli.errors import DataError, Problem, Where
from par_cli.model import COLUMNS, Column, Node, PlanFile, RecordedMismatch, Unit
from par_cli.numbers import fmt
from par_cli.validation import validate
from par_cli.yamlsource import Loc, Source, read_source

BUNDLED_PACKAGE = "par_cli.data"


@dataclass(frozen=True)
class Mismatch:
    """A printed subtotal that differs from the sum of the rows below it."""

    node_id: str | None  # None for the grand totals
    column: Column
    printed: Decimal
    computed: Decimal
    reason: str

    @property
    def difference(self) -> Decimal:
        return self.printed - self.computed


@dataclass
class Plan:
    """A validated criteria file with the look-ups the commands need."""

    file: PlanFile
    path: str
    mismatches: list[Mismatch]
    nodes: dict[str, Node] = field(default_factory=dict)
    parent: dict[str, str | None] = field(default_factory=dict)
    field_of: dict[str, str] = field(default_factory=dict)
    units: dict[str, Unit] = field(default_factory=dict)

    @property
    def fields(self) -> list[Node]:
        return self.file.fields

    def criteria(self) -> Iterator[Node]:
        """The scored rows: every leaf of the tree, in the order of the file."""
        return (node for node in self.nodes.values() if not node.criteria)

    def groups_of(self, unit_id: str) -> list[Unit]:
        return [u for u in self.units.values() if unit_id in u.members]


def bundled_plan_path() -> Path:
    """The bundled plan: the last ``*.yaml`` of the package data, in name order."""
    files = sorted(
        (entry for entry in resources.files(BUNDLED_PACKAGE).iterdir() if entry.name.endswith(".yaml")),
        key=lambda entry: entry.name,
    )
    if not files:
        raise DataError.at(Where(BUNDLED_PACKAGE), "no bundled criteria file was installed")
    return Path(str(files[-1]))


def load_plan(path: str | Path | None = None) -> Plan:
    source = read_source(path if path is not None else bundled_plan_path())
    file = validate(PlanFile, source, "criteria file")
    return check_plan(file, source)


def check_plan(file: PlanFile, source: Source) -> Plan:
    checker = _Checker(file, source)
    checker.run()
    if checker.problems:
        problems = sorted(checker.problems, key=lambda p: (p.where.line or 0, p.where.column or 0))
        raise DataError(problems)
    return Plan(
        file=file,
        path=source.path,
        mismatches=checker.mismatches,
        nodes=checker.nodes,
        parent=checker.parent,
        field_of=checker.field_of,
        units=checker.units,
    )


_SEPARATORS = re.compile(r"[\s;,.]*")


class _Checker:
    def __init__(self, file: PlanFile, source: Source) -> None:
        self.file = file
        self.source = source
        self.problems: list[Problem] = []
        self.mismatches: list[Mismatch] = []
        self.nodes: dict[str, Node] = {}
        self.parent: dict[str, str | None] = {}
        self.field_of: dict[str, str] = {}
        self.units: dict[str, Unit] = {}

    def fail(self, loc: Loc, message: str, hint: str | None = None, at_key: bool = False) -> None:
        self.problems.append(Problem(self.source.where(loc, at_key), message, hint))

    def run(self) -> None:
        self.check_units()
        for index, node in enumerate(self.file.fields):
            self.check_node(node, ("fields", index), None, node.id)
        self.check_assignments()
        self.check_bands()
        totals = self.file.totals
        self.check_sum(
            None,
            ("totals",),
            {c: getattr(totals, c) for c in COLUMNS},
            self.file.fields,
            totals.source_mismatch,
        )

    def check_units(self) -> None:
        spelled: dict[str, str] = {}
        for index, unit in enumerate(self.file.units):
            loc = ("units", index)
            if unit.id in self.units:
                self.fail((*loc, "id"), f"unit id '{unit.id}' is used twice", "give each unit its own id")
            self.units[unit.id] = unit
            for spelling in {unit.name, *unit.spellings}:
                other = spelled.setdefault(spelling, unit.id)
                if other != unit.id:
                    self.fail(
                        loc, f"'{spelling}' names both units '{other}' and '{unit.id}'", "keep it in one"
                    )
        for index, unit in enumerate(self.file.units):
            if unit.kind != "group" and unit.members:
                self.fail(
                    ("units", index, "members"),
                    f"unit '{unit.id}' has members but is not a group",
                    "add kind: group, or remove members",
                )
            for position, member in enumerate(unit.members):
                target = self.units.get(member)
                if target is None:
                    self.unknown_unit(("units", index, "members", position), member)
                elif target.kind == "group":
                    self.fail(
                        ("units", index, "members", position),
                        f"group '{member}' cannot be a member",
                        "list its units instead",
                    )

    def unknown_unit(self, loc: Loc, unit_id: str) -> None:
        close = difflib.get_close_matches(unit_id, list(self.units), n=1)
        hint = f"did you mean '{close[0]}'?" if close else "add it under units:"
        self.fail(loc, f"unknown unit '{unit_id}'", hint)

    def check_node(self, node: Node, loc: Loc, parent: Node | None, field_id: str) -> None:
        if node.id in self.nodes:
            self.fail((*loc, "id"), f"id '{node.id}' is used twice", "give each row its own id")
        self.nodes[node.id] = node
        self.parent[node.id] = parent.id if parent else None
        self.field_of[node.id] = field_id
        if parent is None and "." in node.id:
            self.fail((*loc, "id"), f"field id '{node.id}' has a dot", 'a field\'s id is one part, e.g. "3"')
        if parent is not None and node.id.rpartition(".")[0] != parent.id:
            self.fail(
                (*loc, "id"),
                f"id '{node.id}' does not lie under '{parent.id}'",
                f"ids under {parent.id} read {parent.id}.1, {parent.id}.2, ...",
            )
        for column in ("baseline", "target"):
            value = getattr(node, column)
            if value > node.max:
                self.fail((*loc, column), f"{node.id}: {column} {value} is above the maximum {node.max}")
        self.check_leads(node, loc)
        if node.criteria:
            if node.scored_by != "unit":
                self.fail(
                    (*loc, "scored_by"), f"{node.id}: only a row without sub-rows can be scored by survey"
                )
            for index, child in enumerate(node.criteria):
                self.check_node(child, (*loc, "criteria", index), node, field_id)
            printed = {c: getattr(node, c) for c in COLUMNS}
            self.check_sum(node.id, loc, printed, node.criteria, node.source_mismatch)
        elif node.source_mismatch:
            self.fail(
                (*loc, "source_mismatch"),
                f"{node.id} has no rows below it to mismatch",
                "remove source_mismatch",
            )

    def check_leads(self, node: Node, loc: Loc) -> None:
        for index, unit_id in enumerate(node.lead):
            if unit_id not in self.units:
                self.unknown_unit((*loc, "lead", index), unit_id)
        if node.lead_text is None or any(u not in self.units for u in node.lead):
            return
        if not node.lead:
            self.fail(
                (*loc, "lead_text"),
                f"{node.id}: lead_text is given but lead names no unit",
                "list the unit ids under lead",
            )
            return
        rest = node.lead_text
        for unit in sorted((self.units[u] for u in node.lead), key=_longest_spelling, reverse=True):
            spelling = next((s for s in _spellings(unit) if s in rest), None)
            if spelling is None:
                self.fail(
                    (*loc, "lead_text"),
                    f"{node.id}: lead_text '{node.lead_text}' does not name unit '{unit.id}'",
                    "add the spelling used here to the unit's spellings, or fix lead",
                )
                return
            rest = rest.replace(spelling, " ", 1)
        if not _SEPARATORS.fullmatch(rest):
            self.fail(
                (*loc, "lead_text"),
                f"{node.id}: lead_text names '{rest.strip(' ;,.')}', which lead lacks",
                "add its unit to lead, or its spelling to that unit",
            )

    def check_sum(
        self,
        node_id: str | None,
        loc: Loc,
        printed: dict[Column, Decimal],
        rows: list[Node],
        recorded: dict[Column, RecordedMismatch],
    ) -> None:
        label = f"field {node_id}" if node_id and "." not in node_id else (node_id or "the totals")
        for column in COLUMNS:
            computed = sum((getattr(row, column) for row in rows), Decimal(0))
            difference = printed[column] - computed
            known = recorded.get(column)
            if known is None and difference:
                self.fail(
                    (*loc, column),
                    f"{label}: {column} is printed as {fmt(printed[column])} but the rows below sum to "
                    f"{fmt(computed)} (difference {fmt(difference)})",
                    f"fix the number, or if the source prints it so, record it under "
                    f"source_mismatch: {column}: {{difference: {fmt(difference)}, reason: ...}}",
                )
            elif known is not None and not difference:
                self.fail(
                    (*loc, "source_mismatch", column),
                    f"{label}: the recorded {column} mismatch no longer exists",
                    "remove it from source_mismatch",
                    at_key=True,
                )
            elif known is not None and known.difference != difference:
                self.fail(
                    (*loc, "source_mismatch", column, "difference"),
                    f"{label}: {column} mismatch recorded as {fmt(known.difference)} but it is "
                    f"{fmt(difference)} (printed {fmt(printed[column])}, sum {fmt(computed)})",
                    f"set difference: {fmt(difference)}",
                )
            elif known is not None:
                self.mismatches.append(Mismatch(node_id, column, printed[column], computed, known.reason))

    def check_assignments(self) -> None:
        for index, assignment in enumerate(self.file.assignments):
            for position, unit_id in enumerate(assignment.units):
                if unit_id not in self.units:
                    self.unknown_unit(("assignments", index, "units", position), unit_id)
            for position, field_id in enumerate(assignment.oversees):
                if self.parent.get(field_id, "") is not None:
                    self.fail(
                        ("assignments", index, "oversees", position),
                        f"'{field_id}' is not a field id",
                        'list ids of fields, e.g. "1"',
                    )

    def check_bands(self) -> None:
        names: set[str] = set()
        for index, band in enumerate(self.file.bands):
            if band.min_percent > 100:
                self.fail(("bands", index, "min_percent"), f"band '{band.name}' starts above 100 %")
            if band.name in names:
                self.fail(("bands", index, "name"), f"band '{band.name}' is defined twice")
            names.add(band.name)


def _spellings(unit: Unit) -> list[str]:
    return sorted({unit.name, *unit.spellings}, key=len, reverse=True)


def _longest_spelling(unit: Unit) -> int:
    return len(_spellings(unit)[0])
