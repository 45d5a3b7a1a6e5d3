"""Next year's plan from this year's plan and its final scores: the yearly loop the plans describe
(last year's results, this year's plan).

Each criterion's final score (appraised where the council gave one, else self-assessed; for a
survey criterion, the estimate or published result given) becomes its baseline; its target stays
this year's, raised to the new baseline where that is higher; every subtotal and total is the sum
of the rows below it, so the mismatches this year's document printed are gone. What is derived and
what the user must now decide is returned as notes, for the file's header.
"""

from __future__ import annotations

import re
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
    reasons: dict[str, str] = {}  # the criteria that did not apply: why
    unscored: list[str] = []
    not_applicable: list[str] = []
    for criterion in plan.criteria():
        assessed = actuals.criteria.get(criterion.id)
        if assessed is not None and assessed.not_applicable is not None:
            not_applicable.append(criterion.id)
            reasons[criterion.id] = assessed.not_applicable
            continue
        final = None
        if assessed is not None:
            survey = criterion.scored_by == "survey"
            latest = assessed.latest
            final = latest if latest is not None and not survey else assessed.score
        if final is None:
            unscored.append(criterion.id)
        else:
            finals[criterion.id] = final
    if unscored:
        shown = ", ".join(unscored[:12]) + (", ..." if len(unscored) > 12 else "")
        params = {"count": len(unscored), "ids": shown, "year": old_year}
        raise DataError([Problem(Code.ROLLOVER_UNSCORED, Where(actuals.paths[0]), params)])
    raised: list[str] = []
    years = _years(plan, year)
    fields = [_node(field, finals, reasons, raised, years) for field in plan.fields]
    totals = {key: sum((f[key] for f in fields), ZERO) for key in ("max", "baseline", "target")}
    notes = [
        Term("rollover.derived", {"old": old_year, "raised": len(raised)}),
        Term("rollover.moved", {"old": old_year, "new": year, "years": _moved_years(years)}),
        Term("rollover.dropped", {"old": old_year}),
        Term("rollover.decide", {}),
    ]
    unlisted = [item.id for item in plan.nodes.values() if item.unlisted is not None]
    if unlisted:
        notes.append(Term("rollover.unlisted", {"ids": ", ".join(unlisted), "old": old_year}))
    for mismatch in plan.mismatches:
        if mismatch.explained_by or mismatch.column == "baseline":
            continue  # made up by rows the appendix did not list; or a baseline, replaced anyway
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
    return Rollover(_plan_data(plan, year, fields, totals, years), notes)


# A year standing alone in a text (năm 2024), never one of a date or a document's number
# (03/01/2024, 2024-01-03, 45/2016/QĐ-TTg).
_YEAR = re.compile(r"(?<![\d/.\-])(\d{4})(?![\d/\-])")


def _years(plan: Plan, year: int) -> dict[str, str]:
    """Each year the texts name that moves: the plan's year to the new one, the baseline year to
    the plan's (the year whose results the new plan starts from)."""
    info = plan.file.plan
    moved = {str(info.year): str(year)}
    if info.baseline_year is not None:
        moved[str(info.baseline_year)] = str(info.year)
    return moved


def _moved_years(years: dict[str, str]) -> str:
    return ", ".join(f"{old} → {new}" for old, new in years.items())


def moved(text: str, years: dict[str, str]) -> str:
    """``text`` with each year it names moved forward, in one pass (2023 → 2024 never becomes 2025)."""
    return _YEAR.sub(lambda match: years.get(match[1], match[1]), text)


def _node(
    item: Item,
    finals: dict[str, Decimal],
    reasons: dict[str, str],
    raised: list[str],
    years: dict[str, str],
    inherited: str = "unit",
    scorer: str | None = None,
) -> dict[str, Any]:
    node: dict[str, Any] = {"id": item.id, "name": moved(item.printed_name or item.name, years)}
    if item.printed_name:
        node["display_name"] = moved(item.name, years)
    if item.criteria:
        children = [
            _node(child, finals, reasons, raised, years, item.scored_by, item.scorer)
            for child in item.criteria
        ]
        for key in ("max", "baseline", "target"):
            node[key] = sum((child.get(key, ZERO) for child in children), ZERO)
    elif item.id in reasons:  # it did not apply this year: next year's plan says so, with no baseline
        children = []
        node.update(max=item.max, target=item.target, baseline_not_applicable=reasons[item.id])
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
    if item.scorer is not None and item.scorer != scorer:
        node["scorer"] = item.scorer
    if item.task:
        node["task"] = [moved(task, years) for task in item.task]
    if item.lead:
        node["lead"] = list(item.lead)
    if item.lead_text is not None:
        node["lead_text"] = item.lead_text
    if children:
        node["criteria"] = children
    return node


def _plan_data(
    plan: Plan, year: int, fields: list[dict[str, Any]], totals: dict[str, Decimal], years: dict[str, str]
) -> dict[str, Any]:
    """The plan's own keys as they were, but for the years (moved forward in every text but the
    legal bases, which are dated documents) and this year's document's own details."""
    old = plan.file.plan
    info = old.model_dump(
        mode="json",
        exclude_none=True,
        exclude_defaults=True,
        exclude={"document_number", "document_date", "appendix_title", "notes", "guidance"},
    )
    bases = info.get("legal_bases")
    info = _moved_texts(info, years)
    if bases is not None:
        info["legal_bases"] = bases  # dated documents: as they were
    info["year"] = year
    info["baseline_year"] = old.year
    if old.appendix_title is not None:  # the appendix is the new plan's: it names the new plan's year
        info["appendix_title"] = moved(old.appendix_title, {y: str(year) for y in years})
    data: dict[str, Any] = {
        "plan": info,
        "bands": [{"name": b.name, "min_percent": b.min_percent} for b in plan.file.bands],
    }
    if plan.file.adjustments is not None:
        data["adjustments"] = _decimals(
            plan.file.adjustments.model_dump(mode="python", exclude_defaults=True)
        )
    assignments = [a.model_dump(mode="json", exclude_defaults=True) for a in plan.file.assignments]
    data.update(
        units=[u.model_dump(mode="json", exclude_defaults=True) for u in plan.file.units],
        assignments=_moved_texts(assignments, years),
        fields=fields,
        totals=totals,
    )
    return data


def _moved_texts(value: Any, years: dict[str, str]) -> Any:
    """Every text inside ``value`` with its years moved forward."""
    if isinstance(value, str):
        return moved(value, years)
    if isinstance(value, list):
        return [_moved_texts(item, years) for item in value]
    if isinstance(value, dict):
        return {key: _moved_texts(item, years) for key, item in value.items()}
    return value


def _decimals(value: Any) -> Any:
    """Plain data for YAML: mappings and lists as such, figures as Decimal, texts as texts."""
    if isinstance(value, dict):
        return {key: _decimals(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_decimals(item) for item in value]
    return value
