"""JSON: the report's data, numbers written with exactly the decimals they carry."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

from par_cli.numbers import fmt
from par_cli.report import Report


def render(report: Report, width: int | None = None, colour: bool = False) -> str:
    return dumps(report.data) + "\n"


def dumps(value: Any, indent: int = 2) -> str:
    """Like json.dumps, but a Decimal becomes a JSON number without passing through float."""
    return "".join(_encode(value, indent, 0))


def _encode(value: Any, indent: int, level: int) -> list[str]:
    pad = "\n" + " " * (indent * (level + 1))
    end = "\n" + " " * (indent * level)
    if isinstance(value, Decimal):
        return [fmt(value)]
    if isinstance(value, dict):
        if not value:
            return ["{}"]
        parts = ["{"]
        for index, (key, item) in enumerate(value.items()):
            parts += [pad if index == 0 else "," + pad, json.dumps(str(key), ensure_ascii=False), ": "]
            parts += _encode(item, indent, level + 1)
        return [*parts, end, "}"]
    if isinstance(value, list | tuple):
        if not value:
            return ["[]"]
        parts = ["["]
        for index, item in enumerate(value):
            parts.append(pad if index == 0 else "," + pad)
            parts += _encode(item, indent, level + 1)
        return [*parts, end, "]"]
    return [json.dumps(value, ensure_ascii=False)]
