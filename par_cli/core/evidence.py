"""The evidence files a set of scores files names, checked against the folder that holds them.

Each file named as evidence (core/claims.py) must be a regular file, readable, not empty, and
inside its evidence folder: ``--evidence-dir`` where one is given, else the folder of the scores
file that names it. A path that leaves the folder (``..``, an absolute path, a symlink leading
out) is refused, since whoever receives the folder would not have that file. Those are errors.

Two things are only noted, since they can be right: one file handed in for several criteria (a
report that covers them all), and a file in the evidence folder that no criterion names (a draft,
or a document someone forgot to cite). Where the plan (``plan.evidence_files: required``) or
``--require-files`` asks for files, a criterion the unit scores itself without one is an error.

The inventory records each file's size and SHA-256, so that a later bundle can say what changed.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from par_cli.core.actuals import Actuals, FileCheck
from par_cli.core.bundle_names import criterion_folder, safe_name, unique_names
from par_cli.core.claims import Claim
from par_cli.core.collect import MAX_REPORTED, Collector
from par_cli.core.plan import Plan
from par_cli.core.problems import Code, Problem, Where, os_reason, severity
from par_cli.readers.evidence_files import Folder, Found, Refused, digest, named, same_file


@dataclass
class Filed:
    """A file handed in for a criterion: the claims that name it (one per office and entry), where
    it was found, and once read, its SHA-256. ``name``: its path in the bundle (bundle_names.py)."""

    criterion: str
    found: Found
    claims: list[Claim]
    sha256: str | None = None
    name: str = ""

    def _first(self, key: str) -> Any:
        return next((getattr(c.entry, key) for c in self.claims if getattr(c.entry, key) is not None), None)

    @property
    def number(self) -> str | None:
        value: str | None = self._first("number")
        return value

    @property
    def date(self) -> date | None:
        value: date | None = self._first("date")
        return value

    @property
    def title(self) -> str | None:
        value: str | None = self._first("title")
        return value

    @property
    def offices(self) -> list[str | None]:
        return list(dict.fromkeys(claim.office for claim in self.claims))


@dataclass
class Inventory:
    """Every file the scores files name, found or not, and what the folder holds besides."""

    root: str | None  # --evidence-dir, as given; None: each file beside its scores file
    rows: list[Filed] = field(default_factory=list)  # in plan order, then as named
    unclaimed: list[str] = field(default_factory=list)  # paths inside root, '/'-separated, NFC
    problems: list[Problem] = field(default_factory=list)  # errors and notes, at most 50
    more: int = 0  # problems not kept
    errors: int = 0  # how many of all the problems are errors (notes never fail)

    @property
    def failed(self) -> bool:
        return self.errors > 0

    @property
    def size(self) -> int:
        return sum(row.found.size for row in self.rows)


class _Folders:
    """The folder each claim's path is relative to, each looked at once."""

    def __init__(self, root: str | None) -> None:
        self.root = root
        self.folders: dict[str, Folder] = {}

    def of(self, claim: Claim) -> Folder:
        where = self.root if self.root is not None else claim.base
        if where not in self.folders:
            self.folders[where] = Folder(where)
        return self.folders[where]

    def shown(self, claim: Claim) -> str:
        """The folder a path must lie in, as a reader finds it."""
        where = self.root if self.root is not None else claim.base
        return where or "."


def _refused(problems: Collector, claim: Claim, refused: Refused, folders: _Folders) -> None:
    params = {
        "id": claim.criterion,
        "file": claim.entry.file,
        "folder": folders.shown(claim),
        **refused.params,
    }
    problems.add(refused.code, claim.at, **params)


def _refused_error(
    inventory: Inventory, problems: Collector, claim: Claim, refused: Refused, folders: _Folders
) -> None:
    inventory.errors += 1
    _refused(problems, claim, refused, folders)


def file_check(root: str | None) -> FileCheck:
    """What `par score` and `par report` check of the files named: each is there, readable, not
    empty and inside its folder (errors only; nothing is read but a byte of each)."""

    def check(claims: list[Claim], problems: Collector) -> None:
        folders = _Folders(root)
        for claim in claims:
            found = folders.of(claim).find(claim.entry.file, explain=problems.room)
            if isinstance(found, Refused):
                _refused(problems, claim, found, folders)

    return check


def take_inventory(
    plan: Plan,
    actuals: Actuals,
    root: str | None,
    *,
    required: bool = False,
    digests: bool = True,
    ignore: tuple[str, ...] = (),
) -> Inventory:
    """Every file the scores name, checked; with ``digests``, each read once for its SHA-256.
    ``required``: a self-scored criterion without a file is an error. ``ignore``: files in the
    folder that are not evidence (the scores files themselves, the bundle being written)."""
    inventory = Inventory(root)
    problems = Collector()
    folders = _Folders(root)
    rows: dict[tuple[str, tuple[int, int] | str], Filed] = {}
    found_ids: dict[tuple[int, int] | str, list[Filed]] = {}
    sums: dict[tuple[int, int] | str, str | None] = {}
    buffer = bytearray(1 << 20) if digests else None
    for criterion_id, assessed in actuals.criteria.items():
        for claim in assessed.files:
            found = folders.of(claim).find(claim.entry.file, explain=problems.room)
            if isinstance(found, Refused):
                _refused_error(inventory, problems, claim, found, folders)
                continue
            identity = same_file(found.path)
            key = (criterion_id, identity)
            if key in rows:  # the same file named twice for one criterion (two offices): one row
                rows[key].claims.append(claim)
                continue
            if digests and identity not in sums:
                try:
                    size, sums[identity] = digest(found.path, buffer)
                    found = found._replace(size=size)
                except OSError as error:
                    sums[identity] = None
                    params = {"reason": os_reason(error)}
                    _refused_error(
                        inventory, problems, claim, Refused(Code.EVIDENCE_UNREADABLE, params), folders
                    )
                    continue
            if digests and sums.get(identity) is None:
                continue  # could not be read: said once, at its first claim
            row = Filed(criterion_id, found, [claim], sums.get(identity))
            rows[key] = row
            found_ids.setdefault(identity, []).append(row)
            inventory.rows.append(row)
    if required or plan.file.plan.evidence_files == "required":
        _required(plan, actuals, inventory, problems)
    for shared in found_ids.values():
        criteria = list(dict.fromkeys(row.criterion for row in shared))
        if len(criteria) > 1:
            first = shared[0]
            problems.add(
                Code.EVIDENCE_SHARED,
                first.claims[0].at,
                file=first.claims[0].entry.file,
                criteria=", ".join(criteria),
            )
    said = problems.error()
    inventory.problems, inventory.more = said.problems, said.more
    if root is not None:  # after the problems of the scores files, as many as there is room for
        written = {named(claim.entry.file) for a in actuals.criteria.values() for claim in a.files}
        _unclaimed(inventory, set(found_ids), written, ignore)
    return inventory


def _required(plan: Plan, actuals: Actuals, inventory: Inventory, problems: Collector) -> None:
    """Each criterion the unit scores itself, scored and applicable, without a file."""
    for criterion_id, assessed in actuals.criteria.items():
        node = plan.nodes[criterion_id]
        if node.scored_by == "survey" or assessed.score is None or assessed.not_applicable is not None:
            continue
        if assessed.files or assessed.score_at is None:
            continue
        inventory.errors += 1
        problems.add(Code.EVIDENCE_REQUIRED, assessed.score_at, id=criterion_id)


def _unclaimed(
    inventory: Inventory,
    claimed: set[tuple[int, int] | str],
    written: set[str | None],
    ignore: tuple[str, ...],
) -> None:
    """The files of the folder no criterion names (all listed; a note for each, within the limit).
    A file named but refused (empty, a link leading out) is named all the same: said once, as that."""
    assert inventory.root is not None
    skipped = {same_file(path) for path in ignore if os.path.exists(path)}
    for path, relative in Folder(inventory.root).walk():
        identity = same_file(path)
        if identity in claimed or identity in skipped or relative in written:
            continue
        inventory.unclaimed.append(relative)
        if len(inventory.problems) < MAX_REPORTED:
            shown = os.path.join(inventory.root, *relative.split("/"))
            inventory.problems.append(Problem(Code.EVIDENCE_UNCLAIMED, Where(shown), {"file": relative}))
        else:
            inventory.more += 1


def is_error(problem: Problem) -> bool:
    return severity(problem.code) == "error"


def assign_names(plan: Plan, inventory: Inventory, reserved: tuple[str, ...] = ()) -> dict[str, str]:
    """Each row's path in the bundle (``row.name``): its criterion's folder, then its own name,
    made safe and unique (core/bundle_names.py). ``reserved``: names the bundle's top level holds
    besides the folders (its index). Returns each criterion's folder."""
    criteria = list(dict.fromkeys(row.criterion for row in inventory.rows))
    wanted = [(criterion_folder(c, plan.nodes[c].name), c) for c in criteria]
    folders = dict(zip(criteria, unique_names(wanted, reserved), strict=True))
    by_criterion: dict[str, list[Filed]] = {}
    for row in inventory.rows:
        by_criterion.setdefault(row.criterion, []).append(row)
    for criterion_id, rows in by_criterion.items():
        # a clash settled by where each file was found: its path in its folder, then on disk
        paths = [
            (safe_name(r.found.relative.rsplit("/", 1)[-1]), f"{r.found.relative}\0{r.found.path}")
            for r in rows
        ]
        names = unique_names(paths)
        for row, name in zip(rows, names, strict=True):
            row.name = f"{folders[criterion_id]}/{name}"
    return folders


def changes_since(previous: dict[str, tuple[int, str]], inventory: Inventory) -> dict[str, Any]:
    """What changed since a bundle (its files' paths, sizes and SHA-256, readers/bundles.py):
    files added, changed (another SHA-256 under the same path), moved (the same SHA-256 under
    another path: a criterion renamed, a file renamed), removed; and how many are unchanged."""
    now = {row.name: (row.found.size, row.sha256) for row in inventory.rows}
    gone_by_hash = {sha: name for name, (_, sha) in previous.items() if name not in now}
    changes: dict[str, Any] = {"added": [], "changed": [], "moved": [], "removed": [], "unchanged": 0}
    moved_from: set[str] = set()
    for name, (size, sha) in now.items():
        before = previous.get(name)
        if before is not None:
            if before[1] == sha:
                changes["unchanged"] += 1
            else:
                changes["changed"].append(_change(name, size, sha, before[1]))
        elif sha is not None and sha in gone_by_hash and gone_by_hash[sha] not in moved_from:
            moved_from.add(gone_by_hash[sha])
            changes["moved"].append(_change(name, size, sha, sha, gone_by_hash[sha]))
        else:
            changes["added"].append(_change(name, size, sha, None))
    for name, (_, sha) in previous.items():
        if name not in now and name not in moved_from:
            changes["removed"].append(_change(name, None, None, sha))
    return changes


def _change(
    name: str, size: int | None, sha: str | None, before: str | None, moved_from: str | None = None
) -> dict[str, Any]:
    return {"name": name, "before": moved_from, "size": size, "sha256": sha, "previous_sha256": before}
