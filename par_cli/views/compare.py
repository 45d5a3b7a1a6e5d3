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
    columns = [
        Column("rank", tr("col.rank"), numeric=True),
        Column("file", tr("col.file"), wide=1),
        Column("units", tr("col.unit"), optional=True),
        Column("index", tr("col.index"), numeric=True),
        Column("to_best", tr("col.to_best"), numeric=True, signed=True),
        Column("to_target", tr("col.to_target"), numeric=True, signed=True),
        Column("missing", tr("col.not_scored"), numeric=True),
        *[Column(f"field_{f.id}", f.id, numeric=True, optional=True) for f in plan.fields],
    ]
    rows: list[list[Cell]] = []
    for entry in ranked:
        result = entry.result
        row: list[Cell] = [
            entry.rank,
            entry.path,
            ", ".join(entry.units),
            result.index,
            entry.to_best,
            entry.to_target,
            len(result.missing),
        ]
        row += [f.score for f in result.fields]
        rows.append(row)
    notes = [tr("compare.failed", file=path, count=len(problems)) for path, problems in failed]
    return Report(
        title=tr("compare.title", count=len(ranked)),
        facts=[
            (tr("fact.plan"), info.title),
            (tr("compare.target"), tr.num(plan.file.totals.target)),
        ],
        tables=[Table(None, columns, rows)],
        notes=notes,
        language=tr.language,
        data=lambda: {
            "target": plan.file.totals.target,
            "files": [
                {
                    "file": e.path,
                    "units": e.units,
                    "rank": e.rank,
                    "total": e.result.total,
                    "index": e.result.index,
                    "to_best": e.to_best,
                    "to_target": e.to_target,
                    "missing": len(e.result.missing),
                    "fields": {f.id: f.score for f in e.result.fields},
                }
                for e in ranked
            ],
            "failed": [{"file": path, "errors": problems} for path, problems in failed],
        },
    )
