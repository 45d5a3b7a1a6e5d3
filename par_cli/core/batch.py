"""Many scores files read at once: every commune of a province, or of the country.

Each file is read, checked and merged on its own; with many files and a system that can fork,
the work is shared among the machine's cores (the plan, already loaded, is shared with them).
Each file comes back as its Standing (a few figures, cheap to pass between processes) or as the
DataError that refused it, in the order of the paths.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Sequence
from pathlib import Path

from par_cli.core.actuals import load_actuals
from par_cli.core.compare import Standing, stand
from par_cli.core.plan import Plan
from par_cli.core.problems import DataError

# Below this many files, starting the other processes costs more than it saves.
SHARED_FROM = 200

_plan: Plan | None = None  # the plan the forked processes inherit


def stand_each(plan: Plan, paths: Sequence[str | Path]) -> list[Standing | DataError]:
    """Each file read, checked and assessed on its own."""
    workers = min(os.cpu_count() or 1, 8)
    if len(paths) < SHARED_FROM or workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        return [_load(plan, path) for path in paths]
    if any(str(path) == "-" for path in paths):  # standard input is read by this process only
        return [_load(plan, path) for path in paths]
    global _plan
    _plan = plan
    try:
        chunks = [list(paths[start::workers]) for start in range(workers)]
        with multiprocessing.get_context("fork").Pool(workers - 1) as pool:
            others = pool.map_async(_load_chunk, chunks[1:])
            parts = [_load_chunk(chunks[0]), *others.get()]  # this process takes a share too
    finally:
        _plan = None
    results: list[Standing | DataError] = [None] * len(paths)  # type: ignore[list-item]
    for start, part in enumerate(parts):
        results[start::workers] = part
    return results


def _load_chunk(paths: list[str | Path]) -> list[Standing | DataError]:  # in a forked process, or this one
    assert _plan is not None
    return [_load(_plan, path) for path in paths]


def _load(plan: Plan, path: str | Path) -> Standing | DataError:
    try:
        return stand(plan, load_actuals(plan, [path]))
    except DataError as error:
        return error
