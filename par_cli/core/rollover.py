"""Next year's plan from this year's plan and its final scores: the yearly loop the plans describe
(last year's results, this year's plan).

Each criterion's final score (appraised where the council gave one, else self-assessed; for a
survey criterion, the estimate or published result given) becomes its baseline; its target stays
this year's, raised to the new baseline where that is higher; every subtotal and total is the sum
of the rows below it, so the mismatches this year's document printed are gone. What is derived and
what the user must now decide is returned as notes, for the file's header.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from par_cli.core.actuals import Actuals
from par_cli.core.plan import Item, Plan
from par_cli.core.problems import Code, DataError, Problem, Term, Where

ZERO = Decimal(0)


@dataclass(frozen=True)
class Rollover:
    data: dict[str, Any]  # the new plan, as plain data for a YAML file (numbers as Decimal)
    notes: list[Term]  # what was derived, dropped, and is left to decide


def roll_over(plan: Plan, actuals: Actuals, year: int) -> Rollover:
    old_year = plan.file.plan.year
    finals: dict[str, Decimal] = {}
    unscored: list[str] = []
    not_applicable: list[str] = []
    for criterion in plan.criteria():
        assessed = actuals.criteria.get(criterion.id)
        if assessed is not None and assessed.not_applicable is not None:
            not_applicable.append(criterion.id)
            finals[criterion.id] = ZERO
            continue
        final = None
        if assessed is not None:
            survey = criterion.scored_by == "survey"
            final = assessed.appraised if assessed.appraised is not None and not survey else assessed.score
        if final is None:
            unscored.append(criterion.id)
        else:
            finals[criterion.id] = final
    if unscored:
        shown = ", ".join(unscored[:12]) + (", ..." if len(unscored) > 12 else "")
        params = {"count": len(unscored), "ids": shown, "year": old_year}
        raise DataError([Problem(Code.ROLLOVER_UNSCORED, Where(actuals.paths[0]), params)])
    raised: list[str] = []
    fields = [_node(field, finals, raised) for field in plan.fields]
    totals = {key: sum((f[key] for f in fields), ZERO) for key in ("max", "baseline", "target")}
    notes = [
        Term("rollover.derived", {"old": old_year, "raised": len(raised)}),
        Term("rollover.dropped", {"old": old_year}),
        Term("rollover.decide", {}),
    ]
    for mismatch in plan.mismatches:
        where = Term("where.field", {"id": mismatch.node_id}) if mismatch.node_id else Term("where.totals")
        notes.append(
            Term(
                "rollover.mismatch",
                {
                    "where": where,
                    "column": mismatch.column,
                    "printed": mismatch.printed,
                    "sum": mismatch.computed,
                },
            )
        )
    if not_applicable:
        notes.append(Term("rollover.not_applicable", {"ids": ", ".join(not_applicable), "old": old_year}))
    return Rollover(_plan_data(plan, year, fields, totals), notes)


def _node(
    item: Item, finals: dict[str, Decimal], raised: list[str], inherited: str = "unit"
) -> dict[str, Any]:
    node: dict[str, Any] = {"id": item.id, "name": item.printed_name or item.name}
    if item.printed_name:
        node["display_name"] = item.name
    if item.criteria:
        children = [_node(child, finals, raised, item.scored_by) for child in item.criteria]
        for key in ("max", "baseline", "target"):
            node[key] = sum((child[key] for child in children), ZERO)
    else:
        children = []
        baseline = finals[item.id]
        target = item.target
        if baseline > target:
            raised.append(item.id)
            target = baseline
        node.update(max=item.max, baseline=baseline, target=target)
    if item.scored_by != inherited:
        node["scored_by"] = item.scored_by
    if item.task:
        node["task"] = list(item.task)
    if item.lead:
        node["lead"] = list(item.lead)
    if item.lead_text is not None:
        node["lead_text"] = item.lead_text
    if children:
        node["criteria"] = children
    return node


def _plan_data(
    plan: Plan, year: int, fields: list[dict[str, Any]], totals: dict[str, Decimal]
) -> dict[str, Any]:
    """The plan's own keys as they were, but for the years and this year's document's own details."""
    info = plan.file.plan.model_dump(
        mode="json",
        exclude_none=True,
        exclude_defaults=True,
        exclude={"document_number", "document_date", "appendix_title", "notes", "guidance"},
    )
    info["year"] = year
    info["baseline_year"] = plan.file.plan.year
    return {
        "plan": info,
        "bands": [{"name": b.name, "min_percent": b.min_percent} for b in plan.file.bands],
        "units": [u.model_dump(mode="json", exclude_defaults=True) for u in plan.file.units],
        "assignments": [a.model_dump(mode="json", exclude_defaults=True) for a in plan.file.assignments],
        "fields": fields,
        "totals": totals,
    }
