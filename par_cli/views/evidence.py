"""What `par evidence` says: the files checked (`check`), the index a bundle holds (`bundle`),
the folders made for offices to file documents in (`init`), and what changed since a bundle.

Every file is listed with its criterion, the document's number, date and title, its name, size
and SHA-256. The index in a bundle says nothing of when it was made, so that the same inputs
give the same bundle, byte for byte.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from decimal import Decimal
from typing import Any
from urllib.parse import quote

from par_cli.core.claims import Claim
from par_cli.core.evidence import Filed, Inventory
from par_cli.core.numbers import round_half_up
from par_cli.core.plan import Plan
from par_cli.texts.labels import Labels
from par_cli.texts.messages import record
from par_cli.views.shapes import Appendix, Cell, Column, Report, Table


def file_citation(filed_number: str | None, filed_date: Any, title: str | None, tr: Labels) -> str | None:
    """A document as a report cites it: "Báo cáo kết quả CCHC, số 210/BC-UBND, ngày 15/12/2024"."""
    parts = [title] if title else []
    if filed_number:
        parts.append(tr("evidence.cite.number", number=filed_number))
    if filed_date is not None:
        parts.append(tr("evidence.cite.date", date=filed_date))
    return ", ".join(parts) or None


def _files_table(plan: Plan, rows: Sequence[Filed], tr: Labels, links: bool, found: bool = False) -> Table:
    """A row per file: criterion, number, date, title, name (in the bundle; with ``found``, where it
    was found in its folder), size, SHA-256. ``links``: each name links to the file (HTML)."""
    columns = [
        Column("id", tr("col.id"), keep=True),
        Column("criterion", tr("evidence.col.criterion"), wide=2, optional=True),
        Column("number", tr("evidence.col.number")),
        Column("date", tr("evidence.col.date")),
        Column("title", tr("evidence.col.title"), wide=2),
        Column("file", tr("evidence.col.file"), wide=3, keep=True),
        Column("size", tr("evidence.col.size"), numeric=True),
        Column("sha256", tr("evidence.col.sha256"), optional=True, code=True),
    ]
    table = Table(None, columns)
    for index, row in enumerate(rows):
        table.rows.append(
            [
                row.criterion,
                plan.nodes[row.criterion].name,
                row.number,
                tr.date(row.date) if row.date else None,
                row.title,
                row.found.relative if found or not row.name else row.name.rsplit("/", 1)[-1],
                row.found.size,
                row.sha256,
            ]
        )
        if links and row.name:
            table.links[(index, 5)] = quote(row.name)
    return table


def check_report(
    plan: Plan,
    inventory: Inventory,
    paths: Sequence[str],
    tr: Labels,
    changes: dict[str, list[dict[str, Any]]] | None = None,
    against: str | None = None,
) -> Report:
    """`par evidence check`: every file named, what the folder holds besides, and the problems."""
    errors, notes = inventory.errors, len(inventory.problems) + inventory.more - inventory.errors
    facts = [(tr("score.files"), ", ".join(paths))]
    facts.append((tr("evidence.folder"), inventory.root or tr("evidence.folder.beside")))
    criteria = len({row.criterion for row in inventory.rows})
    facts.append(
        (tr("evidence.found"), tr("evidence.found.value", files=len(inventory.rows), criteria=criteria))
    )
    facts.append((tr("evidence.size"), size_text(inventory.size, tr)))
    facts.append((tr("evidence.problems"), tr("evidence.problems.value", errors=errors, notes=notes)))
    tables = [_files_table(plan, inventory.rows, tr, links=False, found=True)]
    if inventory.root is not None:
        unclaimed = Table(tr("evidence.unclaimed"), [Column("file", tr("evidence.col.file"), wide=1)])
        unclaimed.rows = [[path] for path in inventory.unclaimed]
        tables.append(unclaimed)
    if changes is not None:
        counts = {kind: len(changes[kind]) for kind in CHANGES}
        facts.append(
            (
                tr("evidence.since", against=against),
                tr("evidence.since.value", **counts, same=changes["unchanged"]),
            )
        )
        tables.append(_changes_table(changes, tr, against or ""))
    return Report(
        title=f"{tr('evidence.title', year=plan.file.plan.year)}: {plan.file.plan.title}",
        facts=facts,
        tables=tables,
        language=tr.language,
        data=lambda: _check_data(inventory, tr, changes),
    )


def _check_data(inventory: Inventory, tr: Labels, changes: dict[str, Any] | None) -> dict[str, Any]:
    return {
        "valid": not inventory.failed,
        "evidence_dir": inventory.root,
        "files": [_file_data(row) for row in inventory.rows],
        "unclaimed": inventory.unclaimed,
        "errors": inventory.errors,
        "problems": [record(p, tr) for p in inventory.problems],
        "more": inventory.more,
        "changes": changes,
    }


def _file_data(row: Filed) -> dict[str, Any]:
    return {
        "criterion": row.criterion,
        "file": row.claims[0].entry.file,
        "found": row.found.relative,
        "name": row.name,
        "number": row.number,
        "date": row.date.isoformat() if row.date else None,
        "title": row.title,
        "offices": row.offices,
        "size": row.found.size,
        "sha256": row.sha256,
    }


CHANGES = ("added", "changed", "moved", "removed")
UNITS = ("KiB", "MiB", "GiB", "TiB")


def size_text(size: int, tr: Labels) -> str:
    """3838 bytes; 3.7 KiB (3838 bytes): the exact figure, and one a reader takes in."""
    exact = tr("evidence.bytes", size=size)
    if size < 1024:
        return exact
    value = Decimal(size)
    for unit in UNITS:
        value /= 1024
        if value < 1024 or unit == UNITS[-1]:
            break
    return f"{tr.num(round_half_up(value, 1))} {unit} ({exact})"


def _changes_table(changes: dict[str, list[dict[str, Any]]], tr: Labels, against: str) -> Table:
    columns = [
        Column("change", tr("evidence.col.change"), keep=True),
        Column("file", tr("evidence.col.file"), wide=3, keep=True),
        Column("before", tr("evidence.col.before"), wide=2, optional=True),
    ]
    table = Table(tr("evidence.changes", against=against), columns)
    for kind in CHANGES:
        for change in changes.get(kind, []):
            table.rows.append([tr(f"evidence.change.{kind}"), change["name"], change.get("before")])
    return table


def index_report(plan: Plan, inventory: Inventory, tr: Labels, links: bool) -> Report:
    """The index a bundle holds (as xlsx and as HTML, where ``links`` makes each name a link to the
    file beside it): what was handed in for each criterion. Nothing in it says when it was made."""
    info = plan.file.plan
    criteria = len({row.criterion for row in inventory.rows})
    facts = [
        (tr("evidence.plan"), info.title),
        (tr("form.assessed"), info.locality),
        (tr("evidence.found"), tr("evidence.found.value", files=len(inventory.rows), criteria=criteria)),
        (tr("evidence.size"), size_text(inventory.size, tr)),
    ]
    table = _files_table(plan, inventory.rows, tr, links)
    return Report(
        title=tr("evidence.index.title", year=info.year),
        facts=facts,
        tables=[table],
        language=tr.language,
        notes=[tr("evidence.index.note")],
    )


def bundle_report(
    output: str, inventory: Inventory, folders: int, size: int, sha256: str, tr: Labels
) -> Report:
    """What `par evidence bundle` says once the bundle is written."""
    facts = [
        (tr("evidence.bundle"), output),
        (tr("evidence.found"), tr("evidence.bundle.value", files=len(inventory.rows), folders=folders)),
        (tr("evidence.size"), size_text(size, tr)),
        ("SHA-256", sha256),
    ]
    data = {
        "output": output,
        "files": len(inventory.rows),
        "folders": folders,
        "size": size,
        "sha256": sha256,
    }
    return Report(title=tr("evidence.bundle.title"), facts=facts, language=tr.language, data=lambda: data)


def init_report(root: str, folders: list[tuple[str, str, bool]], tr: Labels) -> Report:
    """`par evidence init`: each criterion's folder, made now or already there."""
    made = sum(1 for _, _, new in folders if new)
    facts = [
        (tr("evidence.folder"), root),
        (tr("evidence.init.made"), tr("evidence.init.value", made=made, kept=len(folders) - made)),
    ]
    columns = [
        Column("id", tr("col.id"), keep=True),
        Column("folder", tr("evidence.col.folder"), wide=3),
        Column("state", tr("evidence.col.state")),
    ]
    rows: list[list[Cell]] = [
        [criterion_id, name, tr("evidence.init.new" if new else "evidence.init.kept")]
        for criterion_id, name, new in folders
    ]
    data = {
        "dir": root,
        "folders": [{"id": i, "folder": name, "made": new} for i, name, new in folders],
    }
    return Report(
        title=tr("evidence.init.title"),
        facts=facts,
        tables=[Table(None, columns, rows)],
        language=tr.language,
        data=lambda: data,
    )


def files_data(claims: Sequence[Claim]) -> list[dict[str, Any]]:
    """The files a criterion's evidence names, as JSON: each with the office that sent it."""
    return [
        {
            "file": claim.entry.file,
            "number": claim.entry.number,
            "date": claim.entry.date.isoformat() if claim.entry.date else None,
            "title": claim.entry.title,
            "from": claim.office,
        }
        for claim in claims
    ]


def files_appendix(plan: Plan, rows: Sequence[Filed], tr: Labels, links_from: str | None) -> Appendix | None:
    """The signed report's list of the files handed in, per criterion (a bold row each), with each
    document's number, date, title and file name; in HTML the name links to the file, relative to
    the report's own folder (``links_from``), so that the report and the folder travel together."""
    if not rows:
        return None
    columns = [
        Column("id", tr("col.id")),
        Column("number", tr("evidence.col.number")),
        Column("date", tr("evidence.col.date")),
        Column("title", tr("evidence.col.title"), wide=3),
        Column("file", tr("evidence.col.file"), wide=2),
    ]
    table = Table(None, columns)
    criterion = None
    for row in rows:
        if row.criterion != criterion:
            criterion = row.criterion
            table.subtotals.add(len(table.rows))
            table.rows.append([criterion, None, None, plan.nodes[criterion].name, None])
        name = row.found.relative.rsplit("/", 1)[-1]
        if links_from is not None:
            relative = os.path.relpath(os.path.abspath(row.found.path), os.path.abspath(links_from))
            table.links[(len(table.rows), 4)] = quote(relative.replace(os.sep, "/"))
        table.rows.append([None, row.number, tr.date(row.date) if row.date else None, row.title, name])
    year = plan.file.plan.year
    heading = (tr("evidence.appendix"), tr("evidence.appendix.title"), tr("evidence.appendix.of", year=year))
    return Appendix(heading, [table])
