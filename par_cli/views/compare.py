"""The report of `par compare`."""

from __future__ import annotations

from par_cli.compare import Ranked
from par_cli.labels import Labels
from par_cli.plan import Plan
from par_cli.report import Cell, Column, Report, Table


def comparison_report(
    plan: Plan, ranked: list[Ranked], failed: list[tuple[str, list[dict[str, object]]]], tr: Labels
) -> Report:
    info = plan.file.plan
    offices = bool(ranked) and ranked[0].result.kind == "office"
    with_bands = any(e.result.band is not None for e in ranked)
    columns = [
        Column("rank", tr("col.rank"), numeric=True),
        Column("file", tr("col.file"), wide=1),
        Column("units", tr("col.office") if offices else tr("col.unit"), optional=not offices),
        Column("index", tr("col.percent_own") if offices else tr("col.index"), numeric=True),
        *([Column("band", tr("col.band"))] if with_bands else []),
        Column("basis", tr("col.basis"), optional=True),
        Column("to_best", tr("col.to_best"), numeric=True, signed=True),
        Column("to_target", tr("col.to_target"), numeric=True, signed=True),
        Column("coverage", tr("col.coverage")),
        *[Column(f"field_{f.id}", f.id, numeric=True, optional=True) for f in plan.fields],
    ]
    rows: list[list[Cell]] = []
    for entry in ranked:
        result = entry.result
        scored, of = result.coverage
        by_id = {f.id: f.estimate for f in result.fields}
        row: list[Cell] = [entry.rank, entry.path, _who(plan, entry), result.index]
        if with_bands:
            row.append(_band(entry, tr))
        row += [tr(f"basis.short.{result.basis}"), entry.to_best, entry.to_target, f"{scored}/{of}"]
        row += [by_id.get(f.id) for f in plan.fields]
        rows.append(row)
    notes = [tr("compare.failed", file=path, count=len(problems)) for path, problems in failed]
    facts = [(tr("fact.plan"), info.title)]
    facts.append(
        (tr("compare.offices"), tr("compare.offices.value"))
        if offices
        else (tr("compare.target"), tr.num(plan.file.totals.target))
    )
    return Report(
        title=tr("compare.title", count=len(ranked)),
        facts=facts,
        tables=[Table(None, columns, rows)],
        notes=notes,
        language=tr.language,
        data=lambda: {
            "target": plan.file.totals.target,
            "files": [_file_data(e) for e in ranked],
            "failed": [{"file": path, "errors": problems} for path, problems in failed],
        },
    )


def _who(plan: Plan, entry: Ranked) -> str:
    office = entry.result.office
    return plan.units[office].name if office else ", ".join(plan.units[u].name for u in entry.units)


def _band(entry: Ranked, tr: Labels) -> str:
    band = entry.result.band
    if band is None:
        return ""
    return band.band.name if band.band else tr("score.band.none")


def _file_data(e: Ranked) -> dict[str, object]:
    result = e.result
    scored, of = result.coverage
    band = result.band
    return {
        "file": e.path,
        "units": e.units,
        "kind": result.kind,
        "rank": e.rank,
        "total": result.total,
        "index": result.index,
        "index_basis": result.basis,
        "band": {"name": band.band.name if band.band else None, "basis": result.basis} if band else None,
        "to_best": e.to_best,
        "to_target": e.to_target,
        "missing": len(result.missing),
        "coverage": {"scored": scored, "of": of},
        "fields": {f.id: f.estimate for f in result.fields},
    }
