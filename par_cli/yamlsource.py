"""Read YAML as plain data, without the surprises of YAML 1.1, and find where a value stood.

Every scalar stays text (``1.10`` is "1.10", ``yes`` is "yes"); only an empty value or ``~``
and ``null`` become None. Duplicate keys, anchors, aliases, tags, several documents and very
deep nesting are refused. Positions are not kept while loading: when something is wrong, the
file is read once more to find the line and column of the offending value.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from par_cli.errors import DataError, Where
from par_cli.labels import t

MAX_DEPTH = 64
NULLS = frozenset({"", "~", "null", "Null", "NULL"})
STR_TAG = "tag:yaml.org,2002:str"

# libyaml's parser when PyYAML was built with it: several times faster than pure Python.
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

Loc = Sequence[str | int]


def nfc(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFC", text)


@dataclass(frozen=True)
class Source:
    """A loaded file: its plain data, and how to find a value in it again when one is wrong.

    The bytes are kept only for text that came from memory; a file is read again on error, so
    that a large plan does not hold its text in memory the whole time.
    """

    path: str
    data: Any
    raw: bytes | None = None

    def where(self, loc: Loc, at_key: bool = False) -> Where:
        """The position of the value at ``loc`` (or of its key), else of its nearest parent."""
        raw = self.raw if self.raw is not None else Path(self.path).read_bytes()
        line, column = _locate(raw, tuple(loc), at_key)
        return Where(self.path, line + 1, column + 1)

    def without_data(self) -> Source:
        """The same file, its data let go (once validated into models)."""
        return Source(self.path, None, self.raw)


def read_source(path: str | Path, max_bytes: int) -> Source:
    """Read a YAML file, refusing it unread when it is larger than ``max_bytes``."""
    shown = str(path)
    file = Path(path)
    try:
        if file.is_dir():
            raise DataError.at(Where(shown), t("err.is_dir"), t("hint.is_dir"))
        with file.open("rb") as stream:
            raw = stream.read(max_bytes + 1)
    except FileNotFoundError:
        raise DataError.at(Where(shown), t("err.no_file"), t("hint.no_file")) from None
    except PermissionError:
        raise DataError.at(Where(shown), t("err.permission"), t("hint.permission")) from None
    except OSError as error:
        raise DataError.at(Where(shown), t("err.cannot_read", reason=error.strerror)) from None
    if len(raw) > max_bytes:
        limit = max_bytes // (1024 * 1024)
        raise DataError.at(Where(shown), t("err.too_large", limit=limit), t("hint.too_large"))
    return parse_source(raw, shown, keep=False)


def parse_source(raw: bytes, path: str = "<input>", keep: bool = True) -> Source:
    """Parse YAML text; ``keep`` the bytes to locate errors in (else the file at ``path`` is)."""
    try:
        data = _build(yaml.parse(raw, Loader=_Loader), path)
    except yaml.MarkedYAMLError as error:
        raise _yaml_problem(error, raw, path) from None
    except yaml.reader.ReaderError as error:
        raise _reader_problem(error, raw, path) from None
    except yaml.YAMLError as error:
        raise DataError.at(Where(path), t("err.not_yaml", problem=error)) from None
    if data is None:
        raise DataError.at(Where(path, 1, 1), t("err.empty"), t("hint.empty"))
    return Source(path, data, raw if keep else None)


_MISSING = object()


def _build(events: Iterator[Any], path: str) -> Any:
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
    for event in events:
        kind = type(event)
        if kind is scalar:
            if event.anchor is not None or event.tag is not None:
                _check_plain_node(event, path)
            text = event.value
            if len(text) <= 64:
                text = known.setdefault(text, text)
            text = nfc(text)
            if containers and keys[-1] is _MISSING and type(containers[-1]) is dict:
                if text in containers[-1]:
                    raise _at(event, path, t("err.duplicate_key", key=text), t("hint.duplicate_key"))
                keys[-1] = text
                continue
            value: Any = None if event.implicit[0] and text in NULLS else text
        elif kind is mapping_start or kind is sequence_start:
            if event.anchor is not None or event.tag is not None:
                _check_plain_node(event, path)
            if containers and keys[-1] is _MISSING and type(containers[-1]) is dict:
                raise _at(event, path, t("err.key_not_text"))
            if len(containers) >= MAX_DEPTH:
                raise _at(event, path, t("err.too_deep", depth=MAX_DEPTH), t("hint.too_deep"))
            containers.append({} if kind is mapping_start else [])
            keys.append(_MISSING)
            continue
        elif kind is mapping_end or kind is sequence_end:
            keys.pop()
            value = containers.pop()
        elif kind is yaml.AliasEvent:
            raise _at(event, path, t("err.alias", name=event.anchor), t("hint.alias"))
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _at(event, path, t("err.documents"), t("hint.documents"))
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
        raise _at(event, path, t("err.anchor", name=event.anchor), t("hint.anchor"))
    if event.tag is not None and event.tag not in ("!", STR_TAG):
        raise _at(event, path, t("err.tag", tag=event.tag), t("hint.tag"))


def _at(event: Any, path: str, message: str, hint: str | None = None) -> DataError:
    mark = event.start_mark
    return DataError.at(Where(path, mark.line + 1, mark.column + 1), message, hint)


def _yaml_problem(error: yaml.MarkedYAMLError, raw: bytes, path: str) -> DataError:
    mark = error.problem_mark or error.context_mark
    where = Where(path, mark.line + 1, mark.column + 1) if mark else Where(path)
    problem = error.problem or t("err.yaml_unknown")
    lines = raw.splitlines()
    line = lines[mark.line] if mark and mark.line < len(lines) else b""
    if "tab" in problem or b"\t" in line[: mark.column + 1 if mark else 0]:
        return DataError.at(where, t("err.tab"), t("hint.tab"))
    if "nesting depth" in problem:
        return DataError.at(where, t("err.too_deep.any"), t("hint.too_deep"))
    context = f" {error.context}" if error.context else ""
    return DataError.at(where, t("err.not_yaml", problem=f"{problem}{context}"), t("hint.not_yaml"))


def _reader_problem(error: yaml.reader.ReaderError, raw: bytes, path: str) -> DataError:
    line = raw[: error.position].count(b"\n") + 1  # position counts characters: near enough for the line
    if isinstance(error.character, bytes) or error.encoding:
        return DataError.at(Where(path, line, 1), t("err.not_utf8"), t("hint.not_utf8"))
    code = f"{error.character:04x}"
    return DataError.at(Where(path, line, 1), t("err.control", code=code), t("hint.control"))


def _locate(raw: bytes, target: tuple[str | int, ...], at_key: bool) -> tuple[int, int]:
    best = (0, 0)
    best_depth = -1
    # One frame per open container: [is_mapping, current key or index, awaiting a key].
    frames: list[list[Any]] = []
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
        mark = (event.start_mark.line, event.start_mark.column)
        if node == target and (at_key == is_key):
            return mark
        deeper = len(node) > best_depth or (len(node) == best_depth and not is_key)
        if deeper and target[: len(node)] == node:
            best, best_depth = mark, len(node)  # a value rather than its key, when both match
        if kind is yaml.ScalarEvent:
            if top is not None and top[0] and not is_key:
                top[2] = True
        elif kind is yaml.MappingStartEvent:
            frames.append([True, None, True])
        else:
            frames.append([False, -1, False])
    return best
