"""Read YAML as plain data, without the surprises of YAML 1.1, and find where values stood.

Every scalar stays text (``1.10`` is "1.10", ``yes`` is "yes"); only an empty value or ``~``
and ``null`` become None. Duplicate keys, anchors, aliases, tags, several documents and very
deep nesting are refused. A file is read once and its bytes are kept while it is checked:
when values are wrong, all of them are located in one more pass over those bytes, never by
reading the file again (it may be a pipe, or have changed since).
"""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from par_cli.core.problems import Code, DataError, Where
from par_cli.readers.files import read_bytes, shown_name

MAX_DEPTH = 64
NULLS = frozenset({"", "~", "null", "Null", "NULL"})
STR_TAG = "tag:yaml.org,2002:str"

# libyaml's parser when PyYAML was built with it: several times faster than pure Python.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Loc = Sequence[str | int]


def nfc(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFC", text)


@dataclass(frozen=True, eq=False)
class Source:
    """A loaded file: its name as shown, its bytes (to locate problems in), and its plain data.
    A workbook has no lines: ``cells`` gives the cell of each value instead (see sheets.py)."""

    path: str
    raw: bytes
    data: Any
    cells: Mapping[tuple[str | int, ...], str] | None = None
    sheets: tuple[str, ...] = ()  # a workbook's sheets, in the order of their tabs

    def locate(self, targets: Sequence[tuple[Loc, bool]]) -> list[Where]:
        """The place of each (loc, at_key): that value (or its key), else its nearest parent."""
        if self.cells is not None:
            return [self._cell(tuple(loc)) for loc, _ in targets]
        marks = _locate(self.raw, [(tuple(loc), at_key) for loc, at_key in targets])
        return [Where(self.path, line + 1, column + 1) for line, column in marks]

    def _cell(self, loc: tuple[str | int, ...]) -> Where:
        assert self.cells is not None
        while loc and loc not in self.cells:
            loc = loc[:-1]  # an item of a cell's list, or a key the workbook does not have
        return Where(self.path, cell=self.cells.get(loc))

    def where(self, loc: Loc, at_key: bool = False) -> Where:
        return self.locate([(loc, at_key)])[0]


def read_source(
    path: str | Path, max_bytes: int, text_lists: frozenset[str] = frozenset(), wanted: str = "plan"
) -> Source:
    """Read a YAML file (``-``: standard input) once, refusing it when larger than ``max_bytes``.
    ``text_lists``: the keys whose lists hold free text (see parse_source); ``wanted``, the kind of
    file asked for (see read_bytes)."""
    shown = shown_name(path)
    return parse_source(read_bytes(path, max_bytes, wanted), shown, text_lists)


def parse_source(raw: bytes, path: str = "<input>", text_lists: frozenset[str] = frozenset()) -> Source:
    """Parse YAML bytes (UTF-8, or UTF-16 with a BOM) into plain data.

    Under a key of ``text_lists``, a list written ``[a, b]`` with unquoted items is refused: in
    "[Phòng Tư pháp, UBND xã]" YAML sees two texts where a Vietnamese writer may mean one.
    """
    try:
        data = _build(yaml.parse(raw, Loader=_Loader), path, text_lists)
    except yaml.MarkedYAMLError as error:
        raise _yaml_problem(error, raw, path) from None
    except yaml.reader.ReaderError as error:
        raise _reader_problem(error, raw, path) from None
    except yaml.YAMLError as error:
        raise DataError.at(Code.YAML_SYNTAX, Where(path), problem=str(error)) from None
    if data is None:
        raise DataError.at(Code.EMPTY_FILE, Where(path, 1, 1))
    return Source(path, raw, data)


_MISSING = object()


def _build(events: Iterator[Any], path: str, text_lists: frozenset[str] = frozenset()) -> Any:
    """Plain dicts, lists and strings from the parser's events, in one pass (hot: keep it lean)."""
    scalar, mapping_start, sequence_start = yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent
    mapping_end, sequence_end = yaml.MappingEndEvent, yaml.SequenceEndEvent
    # Keys and short values repeat (every criterion has "max", "lead", ...): keep one copy of each.
    known: dict[str, str] = {}
    root: Any = None
    documents = 0
    # The open containers, and for each open mapping its pending key (_MISSING before the key).
    containers: list[Any] = []
    keys: list[Any] = []
    # Flow lists of free text being read: [the list, its start event, its key, unquoted items].
    watched: list[list[Any]] = []
    for event in events:
        kind = type(event)
        if kind is scalar:
            if event.anchor is not None or event.tag is not None:
                _check_plain_node(event, path)
            text = event.value
            if len(text) <= 64:
                text = known.setdefault(text, text)
            if not text.isascii():
                text = unicodedata.normalize("NFC", text)
            if containers and keys[-1] is _MISSING and type(containers[-1]) is dict:
                if text in containers[-1]:
                    raise _at(event, path, Code.DUPLICATE_KEY, key=text)
                keys[-1] = text
                continue
            value: Any = None if event.implicit[0] and text in NULLS else text
            if watched and watched[-1][0] is containers[-1] and not event.style:
                watched[-1][3] += 1
        elif kind is mapping_start or kind is sequence_start:
            if event.anchor is not None or event.tag is not None:
                _check_plain_node(event, path)
            if containers and keys[-1] is _MISSING and type(containers[-1]) is dict:
                raise _at(event, path, Code.KEY_NOT_TEXT)
            if len(containers) >= MAX_DEPTH:
                raise _at(event, path, Code.TOO_DEEP, depth=MAX_DEPTH)
            container: Any = {} if kind is mapping_start else []
            if kind is sequence_start and event.flow_style and keys and keys[-1] in text_lists:
                watched.append([container, event, keys[-1], 0])
            containers.append(container)
            keys.append(_MISSING)
            continue
        elif kind is mapping_end or kind is sequence_end:
            keys.pop()
            value = containers.pop()
            if watched and watched[-1][0] is value:
                _, start, key, unquoted = watched.pop()
                if unquoted and len(value) > 1:
                    raise _at(start, path, Code.FLOW_LIST_OF_TEXT, key=key, count=len(value))
        elif kind is yaml.AliasEvent:
            raise _at(event, path, Code.ALIAS, name=event.anchor)
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _at(event, path, Code.SEVERAL_DOCUMENTS)
            continue
        else:
            continue
        if not containers:
            root = value
        elif keys[-1] is _MISSING:
            containers[-1].append(value)
        else:
            containers[-1][keys[-1]] = value
            keys[-1] = _MISSING
    return root


def _check_plain_node(event: Any, path: str) -> None:
    if event.anchor is not None:
        raise _at(event, path, Code.ANCHOR, name=event.anchor)
    if event.tag is not None and event.tag not in ("!", STR_TAG):
        raise _at(event, path, Code.TAG, tag=event.tag)


def _at(event: Any, path: str, code: Code, **params: Any) -> DataError:
    mark = event.start_mark
    return DataError.at(code, Where(path, mark.line + 1, mark.column + 1), **params)


def _yaml_problem(error: yaml.MarkedYAMLError, raw: bytes, path: str) -> DataError:
    lines = raw.splitlines()
    mark = error.problem_mark or error.context_mark
    if mark is not None and mark.line >= len(lines) and error.context_mark is not None:
        # The parser ran off the end of the file looking for what the line it started on lacks
        # ("could not find expected ':'"): that line is where the mistake is.
        mark = error.context_mark
    where = Where(path, mark.line + 1, mark.column + 1) if mark else Where(path)
    problem = error.problem or ""
    line = lines[mark.line] if mark and mark.line < len(lines) else b""
    if "tab" in problem or b"\t" in line[: mark.column + 1 if mark else 0]:
        return DataError.at(Code.TAB_INDENT, where)
    if "nesting depth" in problem:
        return DataError.at(Code.TOO_DEEP, where, depth=MAX_DEPTH)
    if problem.startswith("mapping values are not allowed") and mark is not None:
        key = _key_of_text_with_colon(line.decode("utf-8", "replace"), mark.column)
        if key is not None:
            return DataError.at(Code.COLON_IN_TEXT, where, key=key)
    context = f" {error.context}" if error.context else ""
    return DataError.at(Code.YAML_SYNTAX, where, problem=f"{problem}{context}".strip())


def _key_of_text_with_colon(line: str, column: int) -> str | None:
    """The key whose plain text runs into the ': ' at ``column`` ("explanation: Lý do: chưa..."),
    as civil servants write; None where the line is not a key and its text. ``column`` counts
    characters as libyaml does."""
    head, colon, text = line[:column].partition(": ")
    key = head.strip().lstrip("- ").strip("\"'")
    if not colon or not key or not text.strip() or text.lstrip()[0] in "\"'[{|>&*!":
        return None
    return key


def _reader_problem(error: yaml.reader.ReaderError, raw: bytes, path: str) -> DataError:
    """A byte that is no UTF-8, or a control character, at its line and column: the column in
    characters of its line, as an editor counts them (libyaml's position is a byte offset, and
    not always the offending byte's)."""
    place = Where(path, raw[: error.position].count(b"\n") + 1, 1)  # if the text says no better
    body, encoding = raw, "utf-8"
    for bom, named in (
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if raw.startswith(bom):
            body, encoding = raw[len(bom) :], named
            break
    if "control" in (error.reason or "") and isinstance(error.character, int) and error.character >= 0:
        text = body.decode(encoding, "replace")  # what follows the character may be no text at all
        index = text.find(chr(error.character))  # the first one: the parser stops there
        if index >= 0:
            place = Where(path, *_line_column(text[:index]))
        return DataError.at(Code.CONTROL_CHARACTER, place, character=f"{error.character:04x}")
    try:
        body.decode(encoding)
    except UnicodeDecodeError as bad:
        place = Where(path, *_line_column(body[: bad.start].decode(encoding)))
    return DataError.at(Code.NOT_UTF8, place)


def _line_column(before: str) -> tuple[int, int]:
    """The 1-based line and column of the character that follows the text ``before``."""
    start = before.rfind("\n") + 1
    return before.count("\n") + 1, len(before) - start + 1


def _locate(raw: bytes, targets: list[tuple[tuple[str | int, ...], bool]]) -> list[tuple[int, int]]:
    """Marks (0-based line, column) of every target, found in one pass over the events.

    A target is (loc, at_key): the value at ``loc``, or its key. A target that is not in the
    text gets the mark of its nearest parent (a value rather than its key when both match).
    """
    best: dict[tuple[tuple[str | int, ...], bool], tuple[int, int]] = {}
    depth: dict[tuple[tuple[str | int, ...], bool], int] = {}
    by_prefix: dict[tuple[str | int, ...], list[tuple[tuple[str | int, ...], bool]]] = {}
    for target in targets:
        best[target], depth[target] = (0, 0), -1
        loc = target[0]
        for length in range(len(loc) + 1):
            by_prefix.setdefault(loc[:length], []).append(target)
    exact_left = len(best)
    # One frame per open container: [is_mapping, current key or index, awaiting a key].
    frames: list[list[Any]] = []
    node: tuple[str | int, ...]
    events: Iterator[Any] = yaml.parse(raw, Loader=_Loader)
    for event in events:
        kind = type(event)
        if kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            frames.pop()
            if frames and frames[-1][0]:
                frames[-1][2] = True
            continue
        if (
            kind is not yaml.ScalarEvent
            and kind is not yaml.MappingStartEvent
            and kind is not yaml.SequenceStartEvent
        ):
            continue
        top = frames[-1] if frames else None
        is_key = top is not None and top[0] and top[2]
        if top is not None:
            if is_key:
                top[1], top[2] = nfc(event.value), False
            elif not top[0]:
                top[1] += 1
        node = tuple(frame[1] for frame in frames)
        waiting = by_prefix.get(node)
        if waiting:
            mark = (event.start_mark.line, event.start_mark.column)
            level = 2 * len(node) + (0 if is_key else 1)
            for target in waiting:
                loc, at_key = target
                if len(loc) == len(node) and at_key == is_key:
                    if depth[target] < 1_000_000:
                        exact_left -= 1
                    best[target], depth[target] = mark, 1_000_000  # exact: never replaced
                elif level > depth[target]:
                    best[target], depth[target] = mark, level
            if not exact_left:
                break
        if kind is yaml.ScalarEvent:
            if top is not None and top[0] and not is_key:
                top[2] = True
        elif kind is yaml.MappingStartEvent:
            frames.append([True, None, True])
        else:
            frames.append([False, -1, False])
    return [best[target] for target in targets]
