"""The report of `par compare`."""

from __future__ import annotations

from pathlib import Path

from par_cli.core.compare import Ranked, Standing
from par_cli.core.plan import Plan
from par_cli.texts.labels import Labels
from par_cli.views.common import short_of_target
from par_cli.views.shapes import Cell, Column, Report, Table


def comparison_report(
    plan: Plan,
    ranked: list[Ranked],
    failed: list[tuple[str, list[dict[str, object]]]],
    repeated: list[tuple[str, str]],
    tr: Labels,
    apart: list[Standing] | None = None,
) -> Report:
    """``apart``: files of offices that score no criterion, named in a note, never ranked."""
    apart = apart or []
    info = plan.file.plan
    offices = bool(ranked) and ranked[0].standing.kind == "office"
    with_bands = any(e.standing.band is not None or e.standing.below_bands for e in ranked)
    with_target = any(e.standing.to_target is not None for e in ranked)
    columns = [
        Column("rank", tr("col.rank"), numeric=True),
        Column("name", tr("col.office") if offices else tr("col.assessed"), wide=2),
        Column("index", tr("col.percent_own") if offices else tr("col.index"), numeric=True, keep=True),
        *([Column("band", tr("col.band"))] if with_bands else []),
        Column("basis", tr("col.basis")),
        Column("coverage", tr("col.coverage")),
        Column("to_best", tr("col.to_best"), numeric=True, signed=True),
        *([Column("to_target", tr("col.to_target"), numeric=True)] if with_target else []),
        Column("file", tr("col.file"), wide=1, optional=True),
        *[Column(f"field_{f.id}", f.id, numeric=True, optional=True) for f in plan.fields],
    ]
    rows: list[list[Cell]] = []
    for entry in ranked:
        standing = entry.standing
        by_id = dict(standing.fields)
        row: list[Cell] = [entry.rank, name_of(plan, standing), standing.index]
        if with_bands:
            row.append(tr("score.band.none") if standing.below_bands else standing.band or "")
        row += [tr(f"basis.short.{standing.basis}"), f"{standing.scored}/{standing.of}", entry.to_best]
        if with_target:
            row.append(short_of_target(standing.to_target))
        row.append(standing.path)
        row += [by_id.get(f.id) for f in plan.fields]
        rows.append(row)
    notes = [tr("compare.failed", file=path, count=len(problems)) for path, problems in failed]
    notes += [tr("compare.repeated", file=path, first=first) for path, first in repeated]
    notes += [tr("compare.scores_nothing", office=name_of(plan, s), file=s.path) for s in apart]
    facts = [(tr("fact.plan"), info.title)]
    if offices:
        facts.append((tr("compare.offices"), tr("compare.offices.value")))
    return Report(
        title=tr("compare.title", count=len(ranked)),
        facts=facts,
        tables=[Table(None, columns, rows)],
        notes=notes,
        language=tr.language,
        data=lambda: {
            "target": plan.file.totals.target,
            "files": [_file_data(plan, e) for e in ranked],
            "failed": [{"file": path, "errors": problems} for path, problems in failed],
            "duplicates": [{"file": path, "same_as": first} for path, first in repeated],
            "contributions_only": [{"file": s.path, "office": s.office} for s in apart],
        },
    )


def name_of(plan: Plan, standing: Standing) -> str:
    """Who a file is of: the unit it says it assesses, else its office, else the file's name."""
    if standing.assessed:
        return standing.assessed
    if standing.office:
        return plan.units[standing.office].name
    return Path(standing.path).stem


def _file_data(plan: Plan, e: Ranked) -> dict[str, object]:
    s = e.standing
    return {
        "file": s.path,
        "name": name_of(plan, s),
        "assessed_unit": s.assessed,
        "units": list(s.units),
        "kind": s.kind,
        "rank": e.rank,
        "total": s.total,
        "index": s.index,
        "index_basis": s.basis,
        "band": {"name": s.band, "basis": s.basis} if s.band is not None or s.below_bands else None,
        "to_best": e.to_best,
        "target": s.target,
        "to_target": s.to_target,
        "missing": s.missing,
        "coverage": {"scored": s.scored, "of": s.of},
        "fields": dict(s.fields),
    }
