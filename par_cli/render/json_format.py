"""JSON: the report's data, numbers written with exactly the decimals they carry.

Each top-level key stands on a line of its own, and each item of a top-level list on a line of
its own: easy to read and to diff, and written item by item, so that the rows of a large plan
are never all held twice in memory. A small writer of its own: a Decimal becomes a JSON number
without ever passing through float, and a text is always a JSON string, whatever it holds.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

from par_cli.core.numbers import fmt
from par_cli.views.shapes import Report

_encode = json.JSONEncoder(ensure_ascii=False).encode  # strings only: escapes quotes and controls
# A lone surrogate (a byte of a file name that is not UTF-8) cannot be written as UTF-8: it is
# written as its JSON escape, so that a script gets the name back as Python's os.fsdecode gives it.
_LONE = re.compile("[\ud800-\udfff]")


def _text(value: str) -> str:
    text = _encode(value)
    if text.isascii() or not _LONE.search(text):
        return text
    return _LONE.sub(lambda match: f"\\u{ord(match[0]):04x}", text)


def render(report: Report, width: int | None = None, colour: bool = False) -> str:
    return dumps(report.json()) + "\n"


def dumps(data: Mapping[str, Any]) -> str:
    """The data as JSON: one line per top-level key, and per item of a top-level list."""
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
    return "\n".join(lines)


def compact(value: Any) -> str:
    """One value as JSON on one line."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return _text(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(f"{value} has no JSON form")
        return fmt(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{_text(str(k))}: {compact(v)}" for k, v in value.items()) + "}"
    if _is_list(value):
        return "[" + ", ".join(compact(item) for item in value) + "]"
    raise TypeError(f"{type(value).__name__} is not JSON")


def _is_list(value: object) -> bool:
    return isinstance(value, Iterable) and not isinstance(value, str | bytes | Mapping)
