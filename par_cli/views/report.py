"""The report a unit submits: the plan and its summary, then the self-assessment as the national
guidance asks for it (letter 383/BNV-CCHC): every criterion's self-assessed score with its evidence
and explanation, the survey estimates apart, what does not apply and why, what is not scored yet,
what the council appraised differently, the difficulties and proposals; then gaps and workloads."""

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
from par_cli.views.common import column_label, first_year, lead_cell, mismatch_where, with_subtotals
from par_cli.views.gaps import gaps_report
from par_cli.views.shapes import Cell, Chart, Column, Letterhead, Report, Table
from par_cli.views.summary import summary_report
from par_cli.views.workload import workload_report


def full_report(plan: Plan, actuals: Actuals | None, made: datetime, tr: Labels) -> Report:
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
    notes: list[str] = []  # the source's mismatches have a table of their own
    letterhead = None
    if actuals is not None:
        result = assess(plan, actuals)
        scored = assessment_report(plan, result, actuals, tr)
        facts += [fact for fact in scored.facts if fact[0] != tr("score.files")]
        by_title = {table.title: table for table in scored.tables}
        tables.append(replace(scored.tables[0], title=tr("report.self_by_field")))
        tables.append(_self_assessment(plan, result, tr))
        for key in ("score.estimates", "score.not_applicable", "score.missing", "score.appraisal.differs"):
            if tr(key) in by_title:
                tables.append(by_title[tr(key)])
        tables.append(replace(by_title[tr("score.unexplained")], title=tr("report.explain")))
        _chart_scores(result, rows, series, tr)
        analysis = analyse(plan, "scores", actuals.scores(), actuals.not_applicable())
        notes += scored.notes
        letterhead = _letterhead(plan, actuals, made, tr)
    else:
        analysis = analyse(plan, "baseline" if plan.has_baseline else "target")
    gaps = gaps_report(plan, analysis, sort_rows(analysis.rows), tr).tables[0]
    tables.append(replace(gaps, title=tr("report.gaps")))
    units = workload_report(plan, workloads(plan), unassigned(plan), False, tr).tables[0]
    tables.append(replace(units, title=tr("report.units")))
    tables.append(_mismatches(plan, tr))
    return Report(
        title=f"{tr('report.title')}: {info.title}",
        facts=facts,
        tables=first_year(plan, tables),
        notes=notes,
        language=tr.language,
        charts=[Chart(tr("report.chart"), series, rows)],
        letterhead=letterhead,
        provenance=provenance,
        data=dict,
    )


def _self_assessment(plan: Plan, result: Assessment, tr: Labels) -> Table:
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
        appraised = c.assessed.appraised
        evidence = list(c.assessed.evidence) or None
        explanation = "\n".join(c.assessed.explanations) or None
        return [
            item.id,
            item.name,
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


# The words that say what kind of unit a locality is, longest first: "huyện Đắk R'Lấp" is dated
# "Đắk R'Lấp, ngày ...". Vocabulary of the country's administrative divisions, not of one plan.
LOCALITY_KINDS = ("thành phố", "thị trấn", "thị xã", "huyện", "phường", "quận", "tỉnh", "xã")


def place_of(locality: str) -> str:
    for kind in LOCALITY_KINDS:
        if locality.lower().startswith(kind + " "):
            return locality[len(kind) + 1 :].strip()
    return locality


def _agency(document_number: str | None, issuer: str) -> str:
    """The issuer's sign for the report's number: as in the plan's own number (45/KH-UBND: UBND),
    else UBND for a People's Committee, else left for the office to fill in."""
    if document_number and "/" in document_number and "-" in document_number.rsplit("/", 1)[1]:
        return document_number.rsplit("/", 1)[1].split("-", 1)[1]
    return "UBND" if issuer.lower().startswith(("ủy ban nhân dân", "ubnd")) else "..."


def _letterhead(plan: Plan, actuals: Actuals, made: datetime, tr: Labels) -> Letterhead:
    """The unit that reports heads and signs it: the plan's own unit, or the unit the scores file
    says it assesses (a commune reporting on a plan of its district)."""
    info = plan.file.plan
    own = not actuals.assessed or actuals.assessed.casefold() == info.locality.casefold()
    who = info.locality if own else actuals.assessed or info.locality
    issuer = info.issuer if own else tr("report.committee", unit=who)
    place = info.place if own and info.place else place_of(who)
    signer = info.signer.name if own and info.signer else ""
    title = info.signer.title if own and info.signer else tr("report.chair")
    recipients = [tr("report.recipients")]
    if info.appraised_by:
        recipients.append(f"- {info.appraised_by};")
    recipients.append(tr("report.archive"))
    return Letterhead(
        issuer=issuer.upper(),
        number=tr("report.number", agency=_agency(info.document_number if own else None, issuer)),
        place_date=tr("report.place_date", place=place, day=made.day, month=made.month, year=made.year),
        kind=tr("report.kind"),
        subject=tr("report.subject", year=info.year, who=who),
        sections=(tr("report.difficulties"), tr("report.proposals")),
        texts=(tuple(actuals.difficulties), tuple(actuals.proposals)),
        recipients=tuple(recipients),
        signature=(tr("report.on_behalf"), title.upper(), "", "", "", signer),
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
            m.reason,
        ]
        for m in plan.mismatches
    ]
    return Table(tr("report.mismatches"), columns, rows)
