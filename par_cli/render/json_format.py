"""JSON: the report's data, numbers written with exactly the decimals they carry.

Each top-level key stands on a line of its own, and each item of a top-level list on a line of
its own: easy to read and to diff, and written item by item, so that the rows of a large plan
are never all held twice in memory. A small writer of its own: a Decimal becomes a JSON number
without ever passing through float, and a text is always a JSON string, whatever it holds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal
from typing import Any

from par_cli.core.numbers import fmt
from par_cli.views.shapes import Report

# A text as a JSON string: json's own C function (quotes, backslashes and controls escaped).
_encode = json.encoder.encode_basestring
# A lone surrogate (a byte of a file name that is not UTF-8) cannot be written as UTF-8: it is
# written as its JSON escape, so that a script gets the name back as Python's os.fsdecode gives it.
# Texts are encoded as they come, and the whole output is looked over for them once.
_LONE = re.compile("[\\ud800-\\udfff]")


def _escape_lone(text: str) -> str:
    if text.isascii() or not _LONE.search(text):
        return text
    return _LONE.sub(lambda match: f"\\u{ord(match[0]):04x}", text)


def _text(value: str) -> str:
    return _escape_lone(_encode(value))


def render(report: Report, width: int | None = None, colour: bool = False) -> str:
    return dumps(report.json())


def dumps(data: Mapping[str, Any]) -> str:
    """The data as JSON: one line per top-level key, and per item of a top-level list; a line feed
    at the end."""
    lines = ["{"]
    for index, (key, value) in enumerate(data.items()):
        comma = "," if index < len(data) - 1 else ""
        name = _text(str(key))
        if _is_list(value):
            items = [f"    {compact(item)}," for item in value]
            if items:
                items[-1] = items[-1][:-1]
                lines += [f"  {name}: [", *items, f"  ]{comma}"]
                continue
            lines.append(f"  {name}: []{comma}")
        else:
            lines.append(f"  {name}: {compact(value)}{comma}")
    lines.append("}")
    lines.append("")  # the final line feed, without copying the whole text again to add it
    return _escape_lone("\n".join(lines))


def compact(value: Any) -> str:
    """One value as JSON on one line (a lone surrogate left as it is: see dumps)."""
    write = _WRITERS.get(type(value))
    if write is not None:  # the common types, found at once: 100,000 rows hold 1,400,000 values
        return write(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _encode(value)
    if isinstance(value, Decimal):
        return _number(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Mapping):
        return _mapping(value)
    if _is_list(value):
        return _list(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


class _Numbers(dict[Decimal, str]):
    """Each Decimal as a JSON number with exactly its decimals, worked out once: a plan repeats
    its maxima, baselines and targets, and a lookup that finds one costs no Python call."""

    def __missing__(self, value: Decimal) -> str:
        if not value.is_finite():
            raise ValueError(f"{value} has no JSON form")
        text = self[value] = fmt(value)
        return text


_NUMBERS = _Numbers()
_number = _NUMBERS.__getitem__


def _mapping(value: Mapping[Any, Any]) -> str:
    try:  # every key seen before, every value of a common type: a row, in one pass
        return "{" + ", ".join([_KEYS[k] + _WRITERS[type(v)](v) for k, v in value.items()]) + "}"
    except KeyError:  # a new key (once per key), or a value of another type
        pass
    parts = []
    for key, item in value.items():
        name = _KEYS.get(key)
        if name is None:
            name = _KEYS[key] = _text(str(key)) + ": "
        write = _WRITERS.get(type(item))
        parts.append(name + (write(item) if write is not None else compact(item)))
    return "{" + ", ".join(parts) + "}"


def _list(value: Iterable[Any]) -> str:
    if not value and isinstance(value, list | tuple):
        return "[]"
    return "[" + ", ".join([compact(item) for item in value]) + "]"


_KEYS: dict[Any, str] = {}  # each key once as JSON ('"id": '), for the rows that all repeat it
# Each value's writer by its exact type; the common ones are C functions (no Python call each).
_WRITERS: dict[type, Callable[[Any], str]] = {
    str: _encode,
    Decimal: _number,
    type(None): {None: "null"}.__getitem__,
    bool: {True: "true", False: "false"}.__getitem__,
    int: str,
    dict: _mapping,
    list: _list,
    tuple: _list,
}


def _is_list(value: object) -> bool:
    return isinstance(value, Iterable) and not isinstance(value, str | bytes | Mapping)
