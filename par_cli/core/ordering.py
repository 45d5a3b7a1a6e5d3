"""Ids sort the way people read them: 1.2 before 1.10, field 2 before field 10."""

from __future__ import annotations

import functools


def id_key(node_id: str) -> tuple[tuple[int, int, str], ...]:
    return tuple(map(_part_key, node_id.split(".")))


@functools.cache  # a plan's ids share their parts ("1", "2", ...): each is keyed once
def _part_key(part: str) -> tuple[int, int, str]:
    return (0, int(part), "") if part.isdigit() else (1, 0, part)
