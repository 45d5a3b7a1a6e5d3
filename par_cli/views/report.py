"""The printable report: the plan, its summary and charts, gaps, workloads, and what to explain."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from par_cli.actuals import Actuals
from par_cli.assessment import assess
from par_cli.gaps import analyse, sort_rows
from par_cli.labels import Labels
from par_cli.numbers import percent
from par_cli.plan import Plan
from par_cli.report import Cell, Chart, Column, Report, Table
from par_cli.summary import summarise
from par_cli.views.assessment import assessment_report
from par_cli.views.common import column_label, first_year, mismatch_where
from par_cli.views.gaps import gaps_report
from par_cli.views.summary import summary_report
from par_cli.views.workload import workload_report
from par_cli.workload import unassigned, workloads


def full_report(plan: Plan, actuals: Actuals | None, made: datetime, tr: Labels) -> Report:
    info = plan.file.plan
    facts = [
        (tr("fact.plan"), f"{info.document_type} {info.title}"),
        (tr("col.issuer"), f"{info.issuer}, {info.province}"),
    ]
    if info.signer:
        facts.append((tr("report.signer"), f"{info.signer.title} {info.signer.name}"))
    files = [plan.path, *(actuals.paths if actuals else [])]
    facts.append(("", tr("report.made", date=f"{tr.date(made.date())} {made:%H:%M}", files=", ".join(files))))
    summary = summary_report(plan, summarise(plan), tr)
    fields_table = summary.tables[0]
    keep = [i for i, c in enumerate(fields_table.columns) if c.key != "bar"]
    tables = [
        _legal_bases(plan, tr),
        Table(
            tr("report.summary"),
            [fields_table.columns[i] for i in keep],
            [[row[i] for i in keep] for row in fields_table.rows],
            footer=[fields_table.footer[i] for i in keep] if fields_table.footer else None,
        ),
    ]
    series = [tr("report.series.target", year=info.year)]
    rows = [(f.id, f.name, [percent(f.target, f.max)]) for f in plan.fields]
    if plan.has_baseline:
        series.insert(0, tr("report.series.baseline", year=info.baseline_year))
        for (_, _, values), node in zip(rows, plan.fields, strict=True):
            values.insert(0, percent(node.baseline or Decimal(0), node.max))
    notes: list[str] = []  # the source's mismatches have a table of their own
    if actuals is not None:
        result = assess(plan, actuals)
        scored = assessment_report(plan, result, actuals, tr)
        facts += [fact for fact in scored.facts if fact[0] != tr("score.files")]
        tables.append(scored.tables[0])
        series.append(tr("report.series.estimate"))
        by_field = {f.id: f for f in result.fields}
        unscored: dict[str, Decimal] = {}
        for criterion in result.applicable:
            if criterion.score is None:
                field_id = criterion.field_id
                unscored[field_id] = unscored.get(field_id, Decimal(0)) + criterion.node.max
        if unscored:  # not scored yet is not lost: shown apart
            series.append(tr("report.series.not_scored"))
        for field_id, _, values in rows:
            field = by_field.get(field_id)
            values.append(percent(field.estimate, field.max) if field else None)
            if unscored:
                values.append(percent(unscored.get(field_id, Decimal(0)), field.max) if field else None)
        explain = next(table for table in scored.tables if table.title == tr("score.unexplained"))
        tables.append(Table(tr("report.explain"), explain.columns, explain.rows))
        analysis = analyse(plan, "scores", actuals.scores())
        notes += scored.notes
    else:
        analysis = analyse(plan, "baseline")
    gaps = gaps_report(plan, analysis, sort_rows(analysis.rows), tr).tables[0]
    tables.append(Table(tr("report.gaps"), gaps.columns, gaps.rows, gaps.footer, gaps.muted, gaps.subtotals))
    units = workload_report(plan, workloads(plan), unassigned(plan), False, tr)
    tables.append(Table(tr("report.units"), units.tables[0].columns, units.tables[0].rows))
    tables.append(_mismatches(plan, tr))
    return Report(
        title=f"{tr('report.title')}: {info.title}",
        facts=facts,
        tables=first_year(plan, tables),
        notes=notes,
        language=tr.language,
        charts=[Chart(tr("report.chart"), series, rows)],
        data=dict,
    )


def _legal_bases(plan: Plan, tr: Labels) -> Table:
    columns = [
        Column("number", tr("col.number")),
        Column("date", tr("col.date")),
        Column("issuer", tr("col.issuer")),
        Column("subject", tr("col.subject"), wide=2),
    ]
    rows: list[list[Cell]] = [
        [b.number, tr.date(b.date), b.issuer, b.subject] for b in plan.file.plan.legal_bases
    ]
    return Table(tr("report.legal"), columns, rows)


def _mismatches(plan: Plan, tr: Labels) -> Table:
    columns = [
        Column("where", tr("col.field")),
        Column("column", tr("col.what")),
        Column("printed", tr("col.printed"), numeric=True),
        Column("computed", tr("col.computed"), numeric=True),
        Column("difference", tr("col.difference"), numeric=True),
        Column("reason", tr("col.reason"), wide=2),
    ]
    rows = [
        [
            mismatch_where(m, tr),
            column_label(plan, m.column, tr, "colname"),
            m.printed,
            m.computed,
            m.difference,
            m.reason,
        ]
        for m in plan.mismatches
    ]
    return Table(tr("report.mismatches"), columns, rows)  # type: ignore[arg-type]
