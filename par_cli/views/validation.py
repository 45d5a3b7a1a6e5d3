"""The report of `par validate`."""

from __future__ import annotations

from decimal import Decimal

from par_cli.core.model import COLUMNS
from par_cli.core.plan import Plan
from par_cli.core.round import Round
from par_cli.texts.labels import Labels
from par_cli.views.common import (
    baseline_left_out_notes,
    first_year,
    mismatch_data,
    score_columns,
    source_notes,
    tree_counts,
    unlisted_notes,
)
from par_cli.views.shapes import Column, Report, Table


def _counts(criteria: int, sub: int, tr: Labels) -> str:
    if not sub:
        return tr("fact.criteria.flat", criteria=criteria)
    return tr("fact.criteria.value", criteria=criteria, sub=sub)


def _unlisted(text: str, unlisted: list[str], tr: Labels) -> str:
    return tr("fact.criteria.unlisted", text=text, ids=", ".join(unlisted)) if unlisted else text


def validation_report(plan: Plan, tr: Labels) -> Report:
    info = plan.file.plan
    criteria = list(plan.criteria())
    survey = [c.id for c in criteria if c.scored_by == "survey"]
    totals = plan.file.totals
    printed = [getattr(totals, c) for c in COLUMNS]
    computed = [
        None if printed[i] is None else sum((getattr(f, c) for f in plan.fields), Decimal(0))
        for i, c in enumerate(COLUMNS)
    ]
    criteria_count, sub_count = tree_counts(plan)
    unlisted = [n.id for n in plan.nodes.values() if n.unlisted is not None]
    unscored = Round.of(plan).unscored()
    no_scorer = [tr("warning.no_collector", count=len(unscored), ids=", ".join(unscored))] if unscored else []
    table = Table(
        tr("table.totals"),
        [Column("row", tr("col.what")), *score_columns(plan, tr)],
        rows=[[tr("row.printed"), *printed], [tr("row.computed"), *computed]],
    )
    return Report(
        title=tr("validate.title", title=info.title),
        facts=[
            (tr("fact.file"), plan.path),
            (tr("fact.fields"), str(len(plan.fields))),
            (tr("fact.criteria"), _unlisted(_counts(criteria_count, sub_count, tr), unlisted, tr)),
            (tr("fact.units"), str(len(plan.units))),
            (tr("fact.survey"), ", ".join(survey) or "-"),
        ],
        tables=first_year(plan, [table]),
        notes=source_notes(plan, tr)
        + unlisted_notes(plan, tr)
        + baseline_left_out_notes(plan, tr)
        + no_scorer,
        language=tr.language,
        data=lambda: {
            "valid": True,
            "collector": info.collector,
            "no_scorer": unscored,
            "file": plan.path,
            "title": info.title,
            "year": info.year,
            "baseline_year": info.baseline_year,
            "fields": len(plan.fields),
            "criteria": len(criteria),
            "units": len(plan.units),
            "survey": survey,
            "unlisted": unlisted,
            "totals": dict(zip(COLUMNS, printed, strict=True)),
            "warnings": mismatch_data(plan),
            "display_names": [
                {"id": n.id, "name": n.name, "printed_name": n.printed_name}
                for n in plan.nodes.values()
                if n.printed_name
            ],
        },
    )
