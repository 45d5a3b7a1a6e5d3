"""Problems found while checking files, kept as data and located together.

Checks add problems with the path of the value in its file (``("fields", 0, "max")``); only
the first few dozen are kept, and they are located at the end, in one pass over each file's
bytes. A file of 10,000 problems is thus reported about as fast as a valid one is read.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from par_cli.core.problems import Code, DataError, Problem, Where
from par_cli.readers.cells import parse_reference
from par_cli.readers.yamlsource import Loc, Source

MAX_REPORTED = 50


class At(NamedTuple):
    """A place in a source, located only if a problem there is reported."""

    source: Source
    loc: tuple[str | int, ...]
    at_key: bool = False


class _Pending(NamedTuple):
    code: Code
    at: At
    params: dict[str, Any]
    show_key: bool


class Collector:
    """The problems of one check, in the order found; at most ``limit`` are kept."""

    def __init__(self, limit: int = MAX_REPORTED) -> None:
        self.limit = limit
        self.count = 0
        self._pending: list[_Pending] = []
        self._located: list[Problem] = []

    def __bool__(self) -> bool:
        return self.count > 0

    @property
    def room(self) -> bool:
        """Whether another problem would be kept: work done only to word one can be skipped."""
        return self.count < self.limit

    def add(self, code: Code, at: At, *, show_key: bool = False, **params: Any) -> None:
        """A problem at ``at``; ``show_key`` names the value's path in the message.
        A param that is an At is located like the problem itself."""
        if self.room:
            self._pending.append(_Pending(code, at, params, show_key))
        self.count += 1

    def skip(self) -> None:
        """A problem counted but not kept (there is no room to report it)."""
        self.count += 1

    def add_error(self, error: DataError) -> None:
        """Problems already located (a file that could not be read)."""
        for problem in error.problems:
            if self.room:
                self._located.append(problem)
            self.count += 1
        self.count += error.more

    def error(self) -> DataError:
        """The kept problems, located in one pass per file, in file order."""
        requests: dict[int, tuple[Source, list[tuple[Loc, bool]]]] = {}
        for pending in self._pending:
            for at in (pending.at, *(v for v in pending.params.values() if isinstance(v, At))):
                requests.setdefault(id(at.source), (at.source, []))[1].append((at.loc, at.at_key))
        places: dict[tuple[int, tuple[str | int, ...], bool], Where] = {}
        for source_id, (source, targets) in requests.items():
            for (loc, at_key), where in zip(targets, source.locate(targets), strict=True):
                places[(source_id, tuple(loc), at_key)] = where

        def place(at: At) -> Where:
            return places[(id(at.source), at.loc, at.at_key)]

        problems = list(self._located)
        for pending in self._pending:
            params = {k: place(v) if isinstance(v, At) else v for k, v in pending.params.items()}
            key = _key(pending.at) if pending.show_key else None
            problems.append(Problem(pending.code, place(pending.at), params, key))
        order = {path: index for index, path in enumerate(dict.fromkeys(p.where.path for p in problems))}
        sheets = {p.at.source.path: p.at.source.sheets for p in self._pending if p.at.source.sheets}
        within = _ordering(problems, sheets)
        problems.sort(key=lambda p: (order[p.where.path], *within(p.where)))
        return DataError(problems, more=self.count - len(problems))

    def raise_if_any(self) -> None:
        if self.count:
            raise self.error()


def _ordering(
    problems: list[Problem], sheets: dict[str, tuple[str, ...]]
) -> Callable[[Where], tuple[int, int, int]]:
    """The order of places within a file: by line and column in YAML; in a workbook, by sheet (in
    the order of its tabs; else as the problems first name them), row and column, as a user reads it."""
    tabs: dict[tuple[str, str], int] = {}
    for path, names in sheets.items():
        for index, name in enumerate(names):
            tabs.setdefault((path, name), index)
    for problem in problems:
        if problem.where.cell is not None:
            sheet = problem.where.cell.rpartition("!")[0]
            tabs.setdefault((problem.where.path, sheet), len(tabs))

    def place(where: Where) -> tuple[int, int, int]:
        if where.cell is None:
            return (-1 if where.line is None else 0, where.line or 0, where.column or 0)
        sheet, _, reference = where.cell.rpartition("!")
        row, column = parse_reference(reference) or (0, 0)
        return (tabs[(where.path, sheet)], row, column)

    return place


def _key(at: At) -> str | None:
    """What a message names the value by: its path in a YAML file; in a workbook, whose cell the
    place already gives, only the criterion (a spreadsheet user never sees ``scores["1.2"]``)."""
    if at.source.cells is None:
        return show_loc(at.loc)
    loc = at.loc
    return str(loc[1]) if len(loc) > 1 and loc[0] in ("scores", "not_applicable") else None


def show_loc(loc: Sequence[str | int]) -> str:
    """``fields[0].criteria[3].max``; keys that are not plain words in brackets: ``scores["1.10"]``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part.isidentifier():
            text += f".{part}" if text else part
        else:
            text += f'["{part}"]'
    return text
