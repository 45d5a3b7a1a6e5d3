"""The printable report: the plan, its summary and charts, gaps, workloads, and what to explain."""

from __future__ import annotations

from datetime import datetime

from par_cli.actuals import Actuals
from par_cli.assessment import assess
from par_cli.gaps import analyse, sort_rows
from par_cli.labels import t
from par_cli.numbers import percent
from par_cli.plan import Plan
from par_cli.report import Cell, Chart, Column, Report, Table
from par_cli.summary import summarise
from par_cli.views.assessment import assessment_report
from par_cli.views.common import column_label, mismatch_where
from par_cli.views.gaps import gaps_report
from par_cli.views.summary import summary_report
from par_cli.views.workload import workload_report
from par_cli.workload import unassigned, workloads


def full_report(plan: Plan, actuals: Actuals | None, made: datetime) -> Report:
    info = plan.file.plan
    facts = [
        (t("fact.plan"), f"{info.document_type} {info.title}"),
        (t("col.issuer"), f"{info.issuer}, {info.province}"),
    ]
    if info.signer:
        facts.append((t("report.signer"), f"{info.signer.title} {info.signer.name}"))
    files = [plan.path, *(actuals.paths if actuals else [])]
    facts.append(("", t("report.made", date=made.strftime("%Y-%m-%d %H:%M"), files=", ".join(files))))
    summary = summary_report(plan, summarise(plan))
    fields_table = summary.tables[0]
    keep = [i for i, c in enumerate(fields_table.columns) if c.key != "bar"]
    tables = [
        _legal_bases(plan),
        Table(
            t("report.summary"),
            [fields_table.columns[i] for i in keep],
            [[row[i] for i in keep] for row in fields_table.rows],
            footer=[fields_table.footer[i] for i in keep] if fields_table.footer else None,
        ),
    ]
    series = [t("report.series.baseline", year=info.baseline_year), t("report.series.target", year=info.year)]
    rows = [(f.id, f.name, [percent(f.baseline, f.max), percent(f.target, f.max)]) for f in plan.fields]
    notes: list[str] = []  # the source's mismatches have a table of their own
    if actuals is not None:
        result = assess(plan, actuals)
        scored = assessment_report(plan, result, actuals.paths, actuals.units)
        facts += [fact for fact in scored.facts if fact[0] != t("score.files")]
        tables.append(scored.tables[0])
        series.append(t("report.series.self"))
        with_appraised = result.appraised is not None
        if with_appraised:
            series.append(t("report.series.appraised"))
        for (_, _, values), field in zip(rows, result.fields, strict=True):
            values.append(percent(field.score, field.max))
            if with_appraised:
                values.append(percent(field.appraised, field.max))
        explain = next(table for table in scored.tables if table.title == t("score.unexplained"))
        tables.append(Table(t("report.explain"), explain.columns, explain.rows))
        analysis = analyse(plan, "scores", actuals.scores())
        notes += scored.notes
    else:
        analysis = analyse(plan, "baseline")
    gaps = gaps_report(plan, analysis, sort_rows(analysis.rows)).tables[0]
    tables.append(Table(t("report.gaps"), gaps.columns, gaps.rows, gaps.footer, gaps.muted))
    units = workload_report(plan, workloads(plan), unassigned(plan), full=False)
    tables.append(Table(t("report.units"), units.tables[0].columns, units.tables[0].rows))
    tables.append(_mismatches(plan))
    return Report(
        title=f"{t('report.title')}: {info.title}",
        facts=facts,
        tables=tables,
        notes=notes,
        charts=[Chart(t("report.chart"), series, rows)],
        data=dict,
    )


def _legal_bases(plan: Plan) -> Table:
    columns = [
        Column("number", t("col.number")),
        Column("date", t("col.date")),
        Column("issuer", t("col.issuer")),
        Column("subject", t("col.subject"), wide=2),
    ]
    rows: list[list[Cell]] = [
        [b.number, b.date.isoformat(), b.issuer, b.subject] for b in plan.file.plan.legal_bases
    ]
    return Table(t("report.legal"), columns, rows)


def _mismatches(plan: Plan) -> Table:
    columns = [
        Column("where", t("col.field")),
        Column("column", t("col.what")),
        Column("printed", t("col.printed"), numeric=True),
        Column("computed", t("col.computed"), numeric=True),
        Column("difference", t("col.difference"), numeric=True),
        Column("reason", t("col.reason"), wide=2),
    ]
    rows = [
        [
            mismatch_where(m),
            column_label(plan, m.column, "colname"),
            m.printed,
            m.computed,
            m.difference,
            m.reason,
        ]
        for m in plan.mismatches
    ]
    return Table(t("report.mismatches"), columns, rows)  # type: ignore[arg-type]
