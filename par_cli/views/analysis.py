"""The internal analysis (`par report --kind analysis`): everything the office that runs the
self-assessment works with and the signed report leaves out. The plan and who signed it, the plan
by field, the estimated index and its projections, the self-assessment with targets, appraisal
and lead offices, what is not scored or not appraised yet, what needs explaining; then where
points are below the maximum, the workload of each office, and the source's own inconsistencies."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path

from par_cli.core.actuals import Actuals
from par_cli.core.assessment import Assessment, assess
from par_cli.core.gaps import analyse, sort_rows
from par_cli.core.numbers import percent
from par_cli.core.plan import Item, Plan
from par_cli.core.summary import summarise
from par_cli.core.workload import unassigned, workloads
from par_cli.texts.labels import Labels
from par_cli.views.assessment import assessment_report
from par_cli.views.common import (
    column_label,
    first_year,
    lead_cell,
    mismatch_reason,
    mismatch_where,
    node_name,
    unlisted_notes,
    with_subtotals,
)
from par_cli.views.gaps import gaps_report
from par_cli.views.round import evidence_lines, explanation_lines, several_senders
from par_cli.views.shapes import Cell, Chart, Column, Properties, Report, Table
from par_cli.views.summary import summary_report
from par_cli.views.workload import workload_report


def analysis_report(plan: Plan, actuals: Actuals | None, made: datetime, tr: Labels) -> Report:
    info = plan.file.plan
    number = f" ({info.document_number})" if info.document_number else ""
    facts = [
        (tr("fact.plan"), f"{info.title}{number}"),
        (tr("col.issuer"), f"{info.issuer}, {info.province}"),
    ]
    if info.signer:
        facts.append((tr("report.signer"), f"{info.signer.title} {info.signer.name}"))
    # Files by name: a report handed in says nothing of the machine it was made on.
    files = [Path(path).name for path in [plan.path, *(actuals.paths if actuals else [])]]
    provenance = tr("report.made", date=f"{tr.date(made.date())} {made:%H:%M}", files=", ".join(files))
    fields_table = summary_report(plan, summarise(plan), tr).tables[0].without({"bar"})
    tables = [_legal_bases(plan, tr), replace(fields_table, title=tr("report.summary"))]
    series = [tr("report.series.target", year=info.year)]
    rows = [(f"{f.id} {f.name}", f.name, [percent(f.target, f.max)]) for f in plan.fields]
    if plan.has_baseline:
        series.insert(0, tr("report.series.baseline", year=info.baseline_year))
        for (_, _, values), node in zip(rows, plan.fields, strict=True):
            values.insert(0, percent(node.baseline or Decimal(0), node.max))
    notes: list[str] = unlisted_notes(plan, tr)  # the source's mismatches have a table of their own
    if actuals is not None:
        result = assess(plan, actuals)
        scored = assessment_report(plan, result, actuals, tr)
        facts += [fact for fact in scored.facts if fact[0] != tr("score.files")]
        by_title = {table.title: table for table in scored.tables}
        tables.append(replace(scored.tables[0], title=tr("report.self_by_field")))
        tables.append(_self_assessment(plan, result, tr, several_senders(actuals)))
        for key in (
            "score.estimates",
            "score.not_applicable",
            "score.missing",
            "rounds.title",
            "adjustment.title",
        ):
            if tr(key) in by_title:
                tables.append(by_title[tr(key)])
        tables.append(replace(by_title[tr("score.unexplained")], title=tr("report.explain")))
        _chart_scores(result, rows, series, tr)
        analysis = analyse(plan, "scores", actuals.scores(), actuals.not_applicable())
        notes += scored.notes
        tables += _written(actuals, tr)
    else:
        analysis = analyse(plan, "baseline" if plan.has_baseline else "target")
    gaps = gaps_report(plan, analysis, sort_rows(analysis.rows), tr).tables[0]
    tables.append(replace(gaps, title=tr("report.gaps")))
    units = workload_report(plan, workloads(plan), unassigned(plan), False, tr).tables[0]
    tables.append(replace(units, title=tr("report.units")))
    tables.append(_mismatches(plan, tr))
    language = "vi-VN" if tr.language == "vi" else "en-GB"
    title = f"{tr('analysis.title')}: {info.title}"
    return Report(
        title=title,
        facts=facts,
        tables=first_year(plan, tables),
        notes=notes,
        language=tr.language,
        charts=[Chart(tr("report.chart"), series, rows)],
        provenance=provenance,
        properties=Properties(title, info.issuer, language, made.date()),
        data=dict,
    )


def _self_assessment(plan: Plan, result: Assessment, tr: Labels, named: bool) -> Table:
    """Every criterion the unit scores itself: its score, the appraisal, its evidence and explanation,
    each criterion with sub-criteria as a subtotal row above them."""
    by_id = {c.node.id: c for c in result.applicable if not c.survey}
    sums: dict[str, Decimal] = {}
    for criterion in by_id.values():
        for branch in plan.branches_above(criterion.node.id):
            sums[branch.id] = sums.get(branch.id, Decimal(0)) + (criterion.score or Decimal(0))

    def cells(item: Item) -> list[Cell]:
        c = by_id.get(item.id)
        if c is None:  # a criterion with sub-criteria: its row sums theirs
            return [item.id, item.name, item.max, item.target, sums.get(item.id), None, None, None, None]
        appraised = c.assessed.latest if c.appraised else None
        evidence = evidence_lines(plan, c.assessed, named, tr) or None
        explanation = "\n".join(explanation_lines(plan, c.assessed, named)) or None
        return [
            item.id,
            node_name(item, tr),
            item.max,
            item.target,
            c.score,
            appraised,
            evidence,
            explanation,
            lead_cell(plan, c.node, tr),
        ]

    leaves = [c.node for c in result.applicable if not c.survey]
    rows, subtotals = with_subtotals(plan, leaves, cells)
    columns = [
        Column("id", tr("col.id")),
        Column("name", tr("col.name"), wide=2),
        Column("max", column_label(plan, "max", tr), numeric=True),
        Column("target", column_label(plan, "target", tr), numeric=True),
        Column("score", tr("col.self"), numeric=True),
        Column("appraised", tr("col.appraised"), numeric=True),
        Column("evidence", tr("col.evidence"), wide=2),
        Column("explanation", tr("col.explanation"), wide=2),
        Column("units", tr("col.lead"), wide=1),
    ]
    table = Table(tr("report.criteria"), columns, rows, subtotals=subtotals)
    return table if result.appraisal.criteria else table.without({"appraised"})  # no empty column


def _chart_scores(
    result: Assessment, rows: list[tuple[str, str, list[Decimal | None]]], series: list[str], tr: Labels
) -> None:
    """The estimate per field beside the plan's figures, and what is not scored yet apart."""
    series.append(tr("report.series.estimate"))
    by_field = {f.id: f for f in result.fields}
    unscored: dict[str, Decimal] = {}
    for criterion in result.applicable:
        if criterion.score is None:
            field_id = criterion.field_id
            unscored[field_id] = unscored.get(field_id, Decimal(0)) + criterion.node.max
    if unscored:  # not scored yet is not lost: shown apart
        series.append(tr("report.series.not_scored"))
    for label, _, values in rows:
        field = by_field.get(label.split(" ", 1)[0])
        values.append(percent(field.estimate, field.max) if field else None)
        if unscored:
            missing = unscored.get(field.id) if field else None  # no bar where all is scored
            values.append(percent(missing, field.max) if field and missing else None)


def _written(actuals: Actuals, tr: Labels) -> list[Table]:
    """The difficulties and proposals the scores files give, as the signed report will say them."""
    column = [Column("text", tr("col.text"), wide=1)]
    return [
        Table(tr(key), column, [[text] for text in texts] or [[tr(f"{key}.none")]])
        for key, texts in (
            ("report.difficulties", actuals.difficulties),
            ("report.proposals", actuals.proposals),
        )
    ]


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
        Column("column", tr("col.figure")),
        Column("printed", tr("col.printed"), numeric=True),
        Column("computed", tr("col.computed"), numeric=True),
        Column("difference", tr("col.difference"), numeric=True),
        Column("reason", tr("col.reason"), wide=2),
    ]
    rows: list[list[Cell]] = [
        [
            mismatch_where(m, tr),
            column_label(plan, m.column, tr, "colname"),
            m.printed,
            m.computed,
            m.difference,
            mismatch_reason(m, tr),
        ]
        for m in plan.mismatches
    ]
    return Table(tr("report.mismatches"), columns, rows)
