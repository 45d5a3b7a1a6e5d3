"""JSON: the report's data, numbers written with exactly the decimals they carry.

Each top-level key stands on a line of its own, and each item of a top-level list on a line of
its own: easy to read and to diff, and written item by item, so that the rows of a large plan
are never all held twice in memory.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

from par_cli.numbers import fmt
from par_cli.report import Report

# json writes a Decimal through `default` as this marked string; the marks are then taken off so
# that it stands as a bare JSON number. NUL never occurs in text read from YAML (the reader
# refuses control characters), and json escapes any NUL of a text as \\u0000 anyway.
_MARK = "\0#"
_MARKED = re.compile(r'"\\u0000#([-0-9.]+)"')


def render(report: Report, width: int | None = None, colour: bool = False) -> str:
    return dumps(report.json()) + "\n"


def dumps(data: dict[str, Any]) -> str:
    """The data as JSON; a Decimal becomes a JSON number without passing through float."""
    lines = ["{"]
    for index, (key, value) in enumerate(data.items()):
        comma = "," if index < len(data) - 1 else ""
        name = json.dumps(key, ensure_ascii=False)
        if isinstance(value, Iterable) and not isinstance(value, str | dict):
            items = [f"    {_compact(item)}," for item in value]
            if items:
                items[-1] = items[-1][:-1]
                lines += [f"  {name}: [", *items, f"  ]{comma}"]
                continue
            lines.append(f"  {name}: []{comma}")
        else:
            lines.append(f"  {name}: {_compact(value)}{comma}")
    lines.append("}")
    return "\n".join(lines)


def _compact(value: Any) -> str:
    text = json.dumps(value, default=_number, ensure_ascii=False, separators=(", ", ": "))
    return _MARKED.sub(r"\1", text) if "\\u0000#" in text else text


def _number(value: object) -> str:
    if isinstance(value, Decimal):
        return _MARK + fmt(value)
    raise TypeError(f"{type(value).__name__} is not JSON")
