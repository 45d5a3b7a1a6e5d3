"""The report of `par compare`."""

from __future__ import annotations

from pathlib import Path

from par_cli.compare import Ranked
from par_cli.labels import Labels
from par_cli.plan import Plan
from par_cli.report import Cell, Column, Report, Table


def comparison_report(
    plan: Plan,
    ranked: list[Ranked],
    failed: list[tuple[str, list[dict[str, object]]]],
    repeated: list[tuple[str, str]],
    tr: Labels,
) -> Report:
    info = plan.file.plan
    offices = bool(ranked) and ranked[0].result.kind == "office"
    with_bands = any(e.result.band is not None for e in ranked)
    with_target = any(e.to_target is not None for e in ranked)
    columns = [
        Column("rank", tr("col.rank"), numeric=True),
        Column("name", tr("col.office") if offices else tr("col.assessed"), wide=2),
        Column("index", tr("col.percent_own") if offices else tr("col.index"), numeric=True),
        *([Column("band", tr("col.band"))] if with_bands else []),
        Column("basis", tr("col.basis")),
        Column("coverage", tr("col.coverage")),
        Column("to_best", tr("col.to_best"), numeric=True, signed=True),
        *([Column("to_target", tr("col.to_target"), numeric=True, signed=True)] if with_target else []),
        Column("file", tr("col.file"), wide=1, optional=True),
        *[Column(f"field_{f.id}", f.id, numeric=True, optional=True) for f in plan.fields],
    ]
    rows: list[list[Cell]] = []
    for entry in ranked:
        result = entry.result
        scored, of = result.coverage
        by_id = {f.id: f.estimate for f in result.fields}
        row: list[Cell] = [entry.rank, name_of(plan, entry), result.index]
        if with_bands:
            row.append(_band(entry, tr))
        row += [tr(f"basis.short.{result.basis}"), f"{scored}/{of}", entry.to_best]
        if with_target:
            row.append(entry.to_target)
        row.append(entry.actuals.paths[0])
        row += [by_id.get(f.id) for f in plan.fields]
        rows.append(row)
    notes = [tr("compare.failed", file=path, count=len(problems)) for path, problems in failed]
    notes += [tr("compare.repeated", file=path, first=first) for path, first in repeated]
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
        },
    )


def name_of(plan: Plan, entry: Ranked) -> str:
    """Who a file is of: the unit it says it assesses, else its office, else the file's name."""
    actuals, office = entry.actuals, entry.result.office
    if actuals.assessed:
        return actuals.assessed
    if office:
        return plan.units[office].name
    return Path(actuals.paths[0]).stem


def _band(entry: Ranked, tr: Labels) -> str:
    band = entry.result.band
    if band is None:
        return ""
    return band.band.name if band.band else tr("score.band.none")


def _file_data(plan: Plan, e: Ranked) -> dict[str, object]:
    result = e.result
    scored, of = result.coverage
    band = result.band
    return {
        "file": e.actuals.paths[0],
        "name": name_of(plan, e),
        "assessed_unit": e.actuals.assessed,
        "units": e.actuals.units,
        "kind": result.kind,
        "rank": e.rank,
        "total": result.total,
        "index": result.index,
        "index_basis": result.basis,
        "band": {"name": band.band.name if band.band else None, "basis": result.basis} if band else None,
        "to_best": e.to_best,
        "target": e.actuals.target,
        "to_target": e.to_target,
        "missing": len(result.missing),
        "coverage": {"scored": scored, "of": of},
        "fields": {f.id: f.estimate for f in result.fields},
    }
