"""Ids sort the way people read them: 1.2 before 1.10, field 2 before field 10."""

from __future__ import annotations


def id_key(node_id: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in node_id.split("."))
