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
_LONE = re.compile("[\\ud800-\\udfff]")


def _text(value: str) -> str:
    text = _encode(value)
    if text.isascii() or not _LONE.search(text):
        return text
    return _LONE.sub(lambda match: f"\\u{ord(match[0]):04x}", text)


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
    return "\n".join(lines)


def compact(value: Any) -> str:
    """One value as JSON on one line."""
    write = _WRITERS.get(type(value))
    if write is not None:  # the common types, found at once: 100,000 rows hold 1,400,000 values
        return write(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, Decimal):
        return _number(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Mapping):
        return _mapping(value)
    if _is_list(value):
        return _list(value)
    raise TypeError(f"{type(value).__name__} is not JSON")


def _number(value: Decimal) -> str:
    """A Decimal as a JSON number with exactly its decimals; the values a plan repeats (maxima,
    baselines, targets) are written once."""
    text = _NUMBERS.get(value)
    if text is None:
        if not value.is_finite():
            raise ValueError(f"{value} has no JSON form")
        text = _NUMBERS[value] = fmt(value)
    return text


def _mapping(value: Mapping[Any, Any]) -> str:
    keys, writers = _KEYS, _WRITERS
    parts = []
    for key, item in value.items():
        name = keys.get(key)
        if name is None:
            name = keys[key] = _text(str(key)) + ": "
        write = writers.get(type(item))
        parts.append(name + (write(item) if write is not None else compact(item)))
    return "{" + ", ".join(parts) + "}"


def _list(value: Iterable[Any]) -> str:
    if not value and isinstance(value, list | tuple):
        return "[]"
    return "[" + ", ".join([compact(item) for item in value]) + "]"


_NUMBERS: dict[Decimal, str] = {}
_KEYS: dict[Any, str] = {}  # each key once as JSON ('"id": '), for the rows that all repeat it
_WRITERS: dict[type, Callable[[Any], str]] = {
    str: _text,
    Decimal: _number,
    type(None): lambda value: "null",
    bool: lambda value: "true" if value else "false",
    int: str,
    dict: _mapping,
    list: _list,
    tuple: _list,
}


def _is_list(value: object) -> bool:
    return isinstance(value, Iterable) and not isinstance(value, str | bytes | Mapping)
