"""The report of `par score`: self-assessed, survey and appraised points apart, then the index."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from par_cli.core.actuals import Actuals
from par_cli.core.assessment import Assessment, CriterionResult, FieldResult, rescale, total_line
from par_cli.core.numbers import percent
from par_cli.core.plan import Item, Plan
from par_cli.texts.escape import inert
from par_cli.texts.labels import Labels
from par_cli.views.adjustments import (
    adjustment_facts,
    adjustment_notes,
    adjustment_rows,
    adjustments_data,
    adjustments_table,
)
from par_cli.views.common import (
    column_label,
    first_year,
    lead_cell,
    node_name,
    short_of_target,
    with_subtotals,
)
from par_cli.views.evidence import files_data
from par_cli.views.round import contributions_data, contributions_table, evidence_lines, several_senders
from par_cli.views.rounds import rounds_data, rounds_table
from par_cli.views.shapes import Cell, Column, Report, Table


def assessment_report(plan: Plan, result: Assessment, actuals: Actuals, tr: Labels) -> Report:
    info = plan.file.plan
    paths, units = actuals.paths, actuals.units
    facts = [(tr("score.files"), ", ".join(map(inert, paths)))]  # a name that is not UTF-8, escaped
    if actuals.assessed:
        facts.append((tr("score.assessed"), actuals.assessed))
    if result.office is not None:
        facts.append((tr("score.office"), plan.units[result.office].name))
    elif units:
        facts.append((tr("score.unit"), ", ".join(plan.units[u].name for u in units)))
    facts += _headline(plan, result, tr)
    if actuals.target is not None:
        to_go = actuals.target - result.index
        text = (
            tr("score.own_target.value", target=actuals.target, to_go=to_go)
            if to_go > 0
            else tr("score.own_target.reached", target=actuals.target)
        )
        facts.append((tr("score.own_target"), text))
    own = result.kind == "unit" or bool(result.criteria)  # an office that scores none: no empty tables
    tables = [_fields_table(plan, result, tr), *_criteria_tables(plan, result, tr)] if own else []
    tables += adjustments_table(plan, result, tr)
    tables += contributions_table(plan, result, tr)  # an office's: the criteria others score
    scored, in_scope = result.coverage
    key = "score.partial" if plan.has_baseline else "score.partial.first_year"
    partial = [] if scored == in_scope else [tr(key, year=info.baseline_year)]
    notes = partial + _compared_notes(plan, result, tr) + adjustment_notes(result, tr)
    notes += [
        tr(
            "score.unreachable",
            points=points,
            max=result.printed_max,
            where=tr("where.field", id=field_id) if field_id else tr("where.totals"),
        )
        for field_id, points in result.unreachable
    ]
    # A scores file's `note:` on a criterion, for whoever reads the report
    notes += [tr("score.note", id=c.node.id, note=note) for c in result.criteria for note in c.assessed.notes]
    title_key = "score.title.office" if result.office else "score.title"
    return Report(
        title=f"{tr(title_key, year=info.year)}: {info.title}",
        facts=facts,
        tables=first_year(plan, tables),
        notes=notes,
        language=tr.language,
        figures=_figures(result, tr),
        flat=_flat(plan, result, tr, several_senders(actuals)),
        data=lambda: {**_data(result, actuals), "contributions": contributions_data(plan, result)},
    )


def _flat(plan: Plan, result: Assessment, tr: Labels, named: bool = False) -> Table:
    """What CSV writes: a row per criterion in scope, as a spreadsheet sums and filters them;
    ``named``: each evidence line with the office that sent it (files of several offices)."""
    columns = [
        Column("id", tr("col.id")),
        Column("field", tr("col.field")),
        Column("name", tr("col.name"), wide=2),
        Column("scored_by", tr("col.scored_by")),
        Column("max", column_label(plan, "max", tr), numeric=True),
        Column("baseline", column_label(plan, "baseline", tr), numeric=True),
        Column("target", column_label(plan, "target", tr), numeric=True),
        Column("score", tr("col.self"), numeric=True),
        Column("percent", tr("col.survey_percent"), numeric=True),
        Column("first_appraisal", tr("col.round.first"), numeric=True),
        Column("response", tr("col.round.response")),
        Column("response_reason", tr("col.round.reason"), wide=2),
        Column("appraised", tr("col.appraised"), numeric=True),
        Column("estimate", tr("col.estimate"), numeric=True),
        Column("not_applicable", tr("col.reason.na")),
        Column("evidence", tr("col.evidence"), wide=2),
        Column("explanation", tr("col.explanation"), wide=2),
        Column("note", tr("col.note"), wide=2),
        Column("lead", tr("col.lead")),
        Column("lead_names", tr("col.lead")),
    ]
    rows: list[list[Cell]] = [
        [
            c.node.id,
            c.field_id,
            c.node.name,
            c.node.scored_by,
            c.node.max,
            c.node.baseline,
            c.node.target,
            c.score,
            c.assessed.percent,
            c.assessed.first,
            c.assessed.response,
            c.assessed.reason,
            c.assessed.appraised,
            None if c.not_applicable or (c.score is None and not c.appraised) else c.estimate,
            c.assessed.not_applicable,
            evidence_lines(plan, c.assessed, named, tr),
            "\n".join(c.assessed.explanations) or None,
            "\n".join(c.assessed.notes) or None,
            list(c.node.lead),
            [plan.units[u].name for u in c.node.lead],
        ]
        for c in result.criteria
    ]
    return first_year(plan, [Table(tr("score.criteria"), columns, rows)])[0]


def _headline(plan: Plan, result: Assessment, tr: Labels) -> list[tuple[str, str]]:
    """The figures a unit is told, each on its own basis, in the order the council computes them."""
    scored, in_scope = result.coverage
    if result.kind == "office":
        if not result.criteria:  # it only contributes: no figure of its own to give
            return [(tr("score.office.points"), tr("score.office.none", count=len(result.contributions)))]
        text = tr(
            "score.office.value", score=result.points, max=result.max, percent=tr.num(result.percent, 2)
        )
        return [
            (tr("score.office.points"), text),
            (tr("score.coverage"), tr("score.coverage.value", scored=scored, of=in_scope)),
            _projected(result, tr),
        ]
    own = result.self_assessed
    facts = [
        (
            tr("score.self"),
            tr(
                "score.part.value",
                score=own.score or 0,
                max=own.max,
                percent=_percent(own.score, own.max, tr),
            ),
        )
    ]
    if result.survey.max:
        survey = result.survey
        text = (
            tr("score.survey.value", score=survey.score, max=survey.max)
            if survey.score is not None
            else tr("score.survey.none", max=survey.max)
        )
        facts.append((tr("score.survey"), text))
    appraisal = result.appraisal
    if appraisal.first:
        text = tr(
            "score.appraisal.rounds",
            criteria=appraisal.criteria,
            of=appraisal.of,
            score=appraisal.score,
            first=appraisal.first,
            final=appraisal.final,
        )
    elif appraisal.criteria:
        text = tr(
            "score.appraisal.value", criteria=appraisal.criteria, of=appraisal.of, score=appraisal.score
        )
    else:
        text = tr("score.appraisal.none")
    facts.append((tr("score.appraisal"), text))
    facts += adjustment_facts(result, tr)
    index = tr(
        "score.index.value",
        index=result.index,
        max=result.printed_max,
        percent=tr.num(result.percent, 2),
        basis=_basis(result, tr),
    )
    facts.append((tr("score.index"), index))
    if result.max != result.printed_max:
        left_out = result.printed_max - result.max
        value = tr(
            "score.rescaled.value",
            na=left_out,
            points=result.adjusted,
            max=result.max,
            printed=result.printed_max,
        )
        facts.append((tr("score.rescaled"), value))
    if scored < in_scope:
        facts.append((tr("score.coverage"), tr("score.coverage.value", scored=scored, of=in_scope)))
    facts.append(_projected(result, tr))
    if result.band is not None:
        facts.append((tr("score.band"), _band_text(result, tr)))
    return facts


def _figures(result: Assessment, tr: Labels) -> list[tuple[str, Decimal]]:
    """The headline figures as numbers, for a spreadsheet to compute with."""
    if result.kind == "office":
        return [(tr("score.office.points"), result.points), (tr("col.percent"), result.percent)]
    figures = [(tr("score.self"), result.self_assessed.score or Decimal(0))]
    if result.survey.score is not None:
        figures.append((tr("score.survey"), result.survey.score))
    if result.appraisal.criteria:
        figures.append((tr("score.appraisal"), result.appraisal.score))
    adjusted = result.adjustments
    if adjusted is not None and adjusted.any:  # so that the figures above the index add up to it
        figures += [
            (tr("adjustment.bonus.total"), adjusted.bonus.total),
            (tr("adjustment.penalty.total"), -adjusted.penalty.total),
        ]
    return [*figures, (tr("score.index"), result.index), (tr("col.percent"), result.percent)]


def _percent(part: Decimal | None, whole: Decimal, tr: Labels) -> str:
    value = percent(part or Decimal(0), whole)
    return tr.num(value, 2) if value is not None else "-"


def _basis(result: Assessment, tr: Labels) -> str:
    appraisal = result.appraisal
    others = appraisal.of - appraisal.criteria
    return tr(f"basis.{result.basis}", criteria=appraisal.criteria, of=appraisal.of, others=others)


def _projected(result: Assessment, tr: Labels) -> tuple[str, str]:
    def scaled(points: Decimal) -> Decimal:  # on the index's scale, like the index beside it
        return points if result.kind == "office" else rescale(points, result.max, result.printed_max)

    text = tr(
        "score.projected.value",
        floor=scaled(result.floor),
        at_target=scaled(result.at_target),
        ceiling=scaled(result.ceiling),
    )
    return (tr("score.projected"), text)


def _band_text(result: Assessment, tr: Labels) -> str:
    band = result.band
    assert band is not None
    name = band.band.name if band.band else tr("score.band.none")
    basis = tr(f"basis.short.{result.basis}")
    if band.next is None or band.to_next is None:
        return tr("score.band.value", band=name, basis=basis)
    return tr("score.band.next", band=name, points=band.to_next, next=band.next.name, basis=basis)


def _fields_table(plan: Plan, result: Assessment, tr: Labels) -> Table:
    with_survey = any(f.survey is not None for f in result.fields) or bool(result.survey.max)
    with_appraised = result.appraisal.criteria > 0
    partial = any(f.scored < f.of for f in result.fields)
    columns = [
        Column("id", tr("col.id")),
        Column("name", tr("col.name"), wide=2),
        Column("max", column_label(plan, "max", tr), numeric=True),
        Column("baseline", column_label(plan, "baseline", tr), numeric=True),
        Column("target", column_label(plan, "target", tr), numeric=True),
        Column("self_assessed", tr("col.self"), numeric=True),
        *([Column("survey", tr("col.survey"), numeric=True)] if with_survey else []),
        *([Column("appraised", tr("col.appraised"), numeric=True)] if with_appraised else []),
        Column("estimate", tr("col.estimate"), numeric=True, keep=True),
        Column("percent", tr("col.percent"), numeric=True, places=2),
        *([Column("scored", tr("col.coverage"))] if partial else []),
        Column("change", tr("col.change.on", year=plan.file.plan.baseline_year), numeric=True, signed=True),
        Column("to_target", tr("col.to_target"), numeric=True),
    ]
    table = Table(tr("score.fields"), columns)

    def cells(line: FieldResult | None, name: str = "") -> list[Cell]:
        f = line or total_line(plan, result)
        row: list[Cell] = [f.id, name or f.name, f.max, f.baseline, f.target, f.self_assessed]
        if with_survey:
            row.append(f.survey)
        if with_appraised:
            row.append(f.appraised)
        # the Total's percentage is the index's, as published (core/assessment.py)
        shown = result.percent if line is None and result.kind == "unit" else percent(f.estimate, f.max)
        row += [f.estimate, shown]
        if partial:
            row.append(f"{f.scored}/{f.of}")
        row += [f.change, short_of_target(f.to_target)]
        return row

    table.rows = [cells(f) for f in result.fields]
    at = [c.key for c in columns].index
    table.rows += adjustment_rows(result, tr, len(columns), at("estimate"), at("change"), at("to_target"))
    table.footer = cells(None, tr("row.total"))
    return table


def _criteria_tables(plan: Plan, result: Assessment, tr: Labels) -> list[Table]:
    """The lists a self-assessment report needs: what falls short, is missing or must be explained."""
    scored = [c for c in result.applicable if c.score is not None and not c.survey]
    max_column = Column("max", column_label(plan, "max", tr), numeric=True)
    target_column = Column("target", column_label(plan, "target", tr), numeric=True)
    self_column = Column("score", tr("col.self"), numeric=True)
    lead_column = Column("units", tr("col.lead"), wide=1)

    def table(
        title: str,
        extra: list[Column],
        rows: list[list[Cell]],
        always: bool = True,
        subtotals: set[int] | None = None,
    ) -> list[Table]:
        columns = [Column("id", tr("col.id")), Column("name", tr("col.name"), wide=2), *extra]
        return [Table(title, columns, rows, subtotals=subtotals or set())] if rows or always else []

    estimates = _estimates(plan, result)

    def below_cells(node: Item) -> list[Cell]:
        estimate = estimates.get(node.id, Decimal(0))
        short = short_of_target(estimate - node.target)
        return [node.id, node_name(node, tr), node.target, estimate, short, lead_cell(plan, node, tr)]

    def missing_cells(node: Item) -> list[Cell]:
        return [node.id, node_name(node, tr), node.max, node.target, lead_cell(plan, node, tr)]

    below = [c for c in scored if c.estimate < c.node.target]
    below_rows, below_marks = with_subtotals(plan, [c.node for c in below], below_cells)
    missing_rows, missing_marks = with_subtotals(plan, [c.node for c in result.missing], missing_cells)
    surveyed = [c for c in result.applicable if c.survey]
    return [
        *table(
            tr("score.below_target"),
            [
                target_column,
                Column("estimate", tr("col.estimate"), numeric=True),
                _to_target(tr),
                lead_column,
            ],
            below_rows,
            subtotals=below_marks,
        ),
        *table(
            tr("score.missing"),
            [max_column, target_column, lead_column],
            missing_rows,
            subtotals=missing_marks,
        ),
        *table(
            tr("score.unexplained"),
            [self_column, lead_column],
            [[c.node.id, c.node.name, c.score, lead_cell(plan, c.node, tr)] for c in scored if c.unexplained],
        ),
        *rounds_table(result, tr),
        *table(
            tr("score.estimates"),
            [
                Column("estimate", tr("col.survey"), numeric=True),
                Column("percent", tr("col.survey_percent"), numeric=True),
                max_column,
                target_column,
            ],
            [
                [c.node.id, c.node.name, c.score, c.assessed.percent, c.node.max, c.node.target]
                for c in surveyed
            ],
            always=False,
        ),
        *table(
            tr("score.not_applicable"),
            [max_column, Column("reason", tr("col.reason.na"), wide=1)],
            [[c.node.id, c.node.name, c.node.max, c.assessed.not_applicable] for c in result.not_applicable],
            always=False,
        ),
    ]


def _estimates(plan: Plan, result: Assessment) -> dict[str, Decimal]:
    """Each criterion's estimate, and each criterion with sub-criteria's as the sum of theirs."""
    estimates: dict[str, Decimal] = {}
    for criterion in result.applicable:
        estimates[criterion.node.id] = criterion.estimate
        for branch in plan.branches_above(criterion.node.id):
            estimates[branch.id] = estimates.get(branch.id, Decimal(0)) + criterion.estimate
    return estimates


def _to_target(tr: Labels) -> Column:
    return Column("to_target", tr("col.to_target"), numeric=True)


def _gap(criterion: CriterionResult) -> Decimal:
    return criterion.estimate - criterion.node.target


def _compared_notes(plan: Plan, result: Assessment, tr: Labels) -> list[str]:
    """On which basis the figures are set against the baseline year where criteria do not apply
    in one of the two years: on the criteria that apply in both, each left out of both."""
    if not plan.has_baseline:
        return []
    now = [c.node.id for c in result.not_applicable]
    then = [c.node.id for c in result.applicable if c.node.baseline_na is not None]
    if not now and not then:
        return []
    year, old = plan.file.plan.year, plan.file.plan.baseline_year
    parts = ([tr("compared.now", ids=", ".join(now), year=year)] if now else []) + (
        [tr("compared.then", ids=", ".join(then), year=old)] if then else []
    )
    return [tr("compared.basis", year=old, left_out="; ".join(parts))]


def _data(result: Assessment, actuals: Actuals) -> dict[str, Any]:
    scored, in_scope = result.coverage
    appraisal = result.appraisal
    return {
        "files": actuals.paths,
        "units": actuals.units,
        "assessed_unit": actuals.assessed,
        "target": actuals.target,
        "kind": result.kind,
        "office": result.office,
        "total": result.total,
        "max": result.max,
        "printed_max": result.printed_max,
        "percent": result.percent,
        "index": result.index,
        "index_basis": result.basis,
        "self_assessed": {"score": result.self_assessed.score, "max": result.self_assessed.max},
        "survey": {"score": result.survey.score, "max": result.survey.max},
        "appraisal": {
            "score": appraisal.score,
            "criteria": appraisal.criteria,
            "of": appraisal.of,
            "first": appraisal.first,
            "final": appraisal.final,
        },
        "appraised": result.points if appraisal.criteria else None,
        "adjustments": adjustments_data(result),
        "coverage": {"scored": scored, "of": in_scope},
        "fields": [_field_data(f) for f in result.fields],
        "criteria": map(_criterion_data, result.criteria),
        "missing": [c.node.id for c in result.missing],
        "survey_missing": [c.node.id for c in result.survey_missing],
        "not_applicable": {c.node.id: c.assessed.not_applicable for c in result.not_applicable},
        "below_target": [
            c.node.id for c in result.applicable if c.score is not None and not c.survey and _gap(c) < 0
        ],
        "unexplained": [c.node.id for c in result.criteria if c.unexplained],
        "estimates": [c.node.id for c in result.criteria if c.survey and c.score is not None],
        "projected": {"floor": result.floor, "target": result.at_target, "ceiling": result.ceiling},
        "unreachable": [{"field": f, "points": p} for f, p in result.unreachable],
        "band": _band_data(result),
    }


def _field_data(f: FieldResult) -> dict[str, object]:
    return {
        "id": f.id,
        "max": f.max,
        "baseline": f.baseline,
        "target": f.target,
        "score": f.estimate,
        "self_assessed": f.self_assessed,
        "survey": f.survey,
        "appraised": f.appraised,
    }


def _criterion_data(c: CriterionResult) -> dict[str, object]:
    data: dict[str, object] = {"id": c.node.id, "score": c.score, "scored_by": c.node.scored_by}
    if c.assessed.percent is not None:
        data["percent"] = c.assessed.percent
    if c.assessed.appraised is not None:
        data["appraised"] = c.assessed.appraised
    rounds = rounds_data(c.assessed)
    if rounds is not None:
        data["appraisal"] = rounds
    if c.not_applicable:
        data["not_applicable"] = c.assessed.not_applicable
    data["evidence"] = list(c.assessed.evidence)
    data["evidence_from"] = c.assessed.evidence_from  # the office that sent each line (null: none named)
    data["evidence_files"] = files_data(c.assessed.files)  # handed in as files: {file, number, ...}
    data["explanation"] = "\n".join(c.assessed.explanations) or None
    data["note"] = "\n".join(c.assessed.notes) or None
    return data


def _band_data(result: Assessment) -> dict[str, object] | None:
    if result.band is None:
        return None
    band = result.band
    return {
        "name": band.band.name if band.band else None,
        "basis": result.basis,
        "next": band.next.name if band.next else None,
        "to_next": band.to_next,
    }
