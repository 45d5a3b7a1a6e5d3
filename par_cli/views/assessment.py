"""The report of `par score`."""

from __future__ import annotations

from decimal import Decimal

from par_cli.assessment import Assessment, CriterionResult, FieldResult
from par_cli.labels import Labels
from par_cli.numbers import percent
from par_cli.plan import Plan
from par_cli.report import Cell, Column, Report, Table
from par_cli.views.common import column_label


def assessment_report(
    plan: Plan, result: Assessment, paths: list[str], units: list[str], tr: Labels
) -> Report:
    info = plan.file.plan
    with_appraised = result.appraised is not None
    facts = [(tr("score.files"), ", ".join(paths))]
    if units:
        facts.append((tr("score.unit"), ", ".join(plan.units[u].name for u in units)))
    total = tr(
        "score.total.value",
        total=tr.num(result.total),
        max=tr.num(result.max),
        percent=tr.num(result.percent, 2),
    )
    facts.append((tr("score.total"), total))
    if result.max != result.printed_max:
        na = tr.num(result.printed_max - result.max)
        rescaled = tr("score.rescaled.value", index=tr.num(result.index), na=na)
        facts.append((tr("score.rescaled", printed_max=tr.num(result.printed_max)), rescaled))
    if result.appraised is not None:
        facts.append((tr("score.appraised"), tr.num(result.appraised)))
    projected = tr(
        "score.projected.value",
        floor=tr.num(result.floor),
        at_target=tr.num(result.at_target),
        ceiling=tr.num(result.ceiling),
    )
    facts.append((tr("score.projected"), projected))
    if result.band is not None:
        facts.append((tr("score.band"), _band_text(result, tr)))
    tables = [_fields_table(plan, result, with_appraised, tr)]
    tables += _criteria_tables(plan, result, tr)
    notes = [
        tr(
            "score.unreachable",
            points=tr.num(points),
            max=tr.num(result.printed_max),
            where=tr("where.field", id=field_id) if field_id else tr("where.totals"),
        )
        for field_id, points in result.unreachable
    ]
    return Report(
        title=f"{tr('score.title', year=info.year)}: {info.title}",
        facts=facts,
        tables=tables,
        notes=notes,
        language=tr.language,
        data=lambda: _data(result, paths, units),
    )


def _band_text(result: Assessment, tr: Labels) -> str:
    band = result.band
    assert band is not None
    name = band.band.name if band.band else tr("score.band.none")
    if band.next is None or band.to_next is None:
        return tr("score.band.value", band=name)
    return tr("score.band.next", band=name, points=tr.num(band.to_next), next=band.next.name)


def _fields_table(plan: Plan, result: Assessment, with_appraised: bool, tr: Labels) -> Table:
    columns = [
        Column("id", tr("col.id")),
        Column("name", tr("col.name"), wide=2),
        Column("max", column_label(plan, "max", tr), numeric=True),
        Column("baseline", column_label(plan, "baseline", tr), numeric=True),
        Column("target", column_label(plan, "target", tr), numeric=True),
        Column("score", tr("col.self"), numeric=True),
        *([Column("appraised", tr("col.appraised"), numeric=True)] if with_appraised else []),
        Column("percent", tr("col.percent"), numeric=True, places=2),
        Column("change", tr("col.change.on", year=plan.file.plan.baseline_year), numeric=True, signed=True),
        Column("to_target", tr("col.to_target"), numeric=True, signed=True),
    ]
    table = Table(tr("score.fields"), columns)
    for f in result.fields:
        row: list[Cell] = [f.id, f.name, f.max, f.baseline, f.target, f.score]
        if with_appraised:
            row.append(f.appraised)
        row += [percent(f.score, f.max), f.change, f.to_target]
        table.rows.append(row)
    totals = plan.file.totals
    footer: list[Cell] = ["", tr("row.total"), result.max, totals.baseline, totals.target, result.total]
    if with_appraised:
        footer.append(result.appraised)
    footer += [
        percent(result.total, result.max),
        result.total - totals.baseline,
        result.total - totals.target,
    ]
    table.footer = footer
    return table


def _criteria_tables(plan: Plan, result: Assessment, tr: Labels) -> list[Table]:
    """The lists a self-assessment report needs: what falls short, is missing or must be explained."""
    scored = [c for c in result.criteria if c.score is not None]
    max_column = Column("max", column_label(plan, "max", tr), numeric=True)
    target_column = Column("target", column_label(plan, "target", tr), numeric=True)
    self_column = Column("score", tr("col.self"), numeric=True)
    lead_column = Column("units", tr("col.lead"), wide=1)

    def table(title: str, extra: list[Column], rows: list[list[Cell]], always: bool = True) -> list[Table]:
        columns = [Column("id", tr("col.id")), Column("name", tr("col.name"), wide=2), *extra]
        return [Table(title, columns, rows)] if rows or always else []

    below = [c for c in scored if c.counted < c.node.target]
    differing = [c for c in scored if c.assessed.appraised not in (None, c.score)]
    return [
        *table(
            tr("score.below_target"),
            [target_column, self_column, Column("to_target", tr("col.to_target"), numeric=True), lead_column],
            [[c.node.id, c.node.name, c.node.target, c.score, _gap(c), list(c.node.lead)] for c in below],
        ),
        *table(
            tr("score.missing"),
            [max_column, target_column, lead_column],
            [[c.node.id, c.node.name, c.node.max, c.node.target, list(c.node.lead)] for c in result.missing],
        ),
        *table(
            tr("score.unexplained"),
            [self_column, lead_column],
            [[c.node.id, c.node.name, c.score, list(c.node.lead)] for c in scored if c.unexplained],
        ),
        *table(
            tr("score.appraisal"),
            [
                self_column,
                Column("appraised", tr("col.appraised"), numeric=True),
                Column("difference", tr("col.difference.short"), numeric=True, signed=True),
            ],
            [[c.node.id, c.node.name, c.score, c.assessed.appraised, _appraisal_gap(c)] for c in differing],
            always=False,
        ),
        *table(
            tr("score.estimates"),
            [self_column, target_column],
            [[c.node.id, c.node.name, c.score, c.node.target] for c in scored if c.survey],
            always=False,
        ),
        *table(
            tr("score.not_applicable"),
            [max_column, Column("reason", tr("col.reason.na"), wide=1)],
            [[c.node.id, c.node.name, c.node.max, c.assessed.not_applicable] for c in result.not_applicable],
            always=False,
        ),
    ]


def _gap(criterion: CriterionResult) -> Decimal:
    return criterion.counted - criterion.node.target


def _appraisal_gap(criterion: CriterionResult) -> Decimal:
    appraised = criterion.assessed.appraised
    assert appraised is not None
    return appraised - criterion.counted


def _data(result: Assessment, paths: list[str], units: list[str]) -> dict[str, object]:
    return {
        "files": paths,
        "units": units,
        "total": result.total,
        "max": result.max,
        "printed_max": result.printed_max,
        "percent": result.percent,
        "index": result.index,
        "appraised": result.appraised,
        "fields": [_field_data(f, with_appraised=result.appraised is not None) for f in result.fields],
        "criteria": map(_criterion_data, result.criteria),
        "missing": [c.node.id for c in result.missing],
        "not_applicable": {c.node.id: c.assessed.not_applicable for c in result.not_applicable},
        "below_target": [c.node.id for c in result.criteria if c.score is not None and _gap(c) < 0],
        "unexplained": [c.node.id for c in result.criteria if c.unexplained],
        "estimates": [c.node.id for c in result.criteria if c.survey and c.score is not None],
        "projected": {"floor": result.floor, "target": result.at_target, "ceiling": result.ceiling},
        "unreachable": [{"field": f, "points": p} for f, p in result.unreachable],
        "band": _band_data(result),
    }


def _field_data(f: FieldResult, with_appraised: bool) -> dict[str, object]:
    data: dict[str, object] = {"id": f.id, "max": f.max, "baseline": f.baseline, "target": f.target}
    data["score"] = f.score
    if with_appraised:
        data["appraised"] = f.appraised
    return data


def _criterion_data(c: CriterionResult) -> dict[str, object]:
    data: dict[str, object] = {"id": c.node.id, "score": c.score}
    if c.assessed.appraised is not None:
        data["appraised"] = c.assessed.appraised
    if c.not_applicable:
        data["not_applicable"] = c.assessed.not_applicable
    data["evidence"] = list(c.assessed.evidence)
    data["explanation"] = "\n".join(c.assessed.explanations) or None
    return data


def _band_data(result: Assessment) -> dict[str, object] | None:
    if result.band is None:
        return None
    band = result.band
    return {
        "name": band.band.name if band.band else None,
        "next": band.next.name if band.next else None,
        "to_next": band.to_next,
    }
