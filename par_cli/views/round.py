"""The collection round in a report: evidence with the office that sent it, and an office's
contributions (the criteria others score, with what it sent for them), listed apart."""

from __future__ import annotations

from par_cli.core.actuals import Actuals, Assessed
from par_cli.core.assessment import Assessment
from par_cli.core.plan import Plan
from par_cli.core.round import Round
from par_cli.texts.labels import Labels
from par_cli.views.common import unit_name
from par_cli.views.evidence import file_citation
from par_cli.views.shapes import Cell, Column, Table


def several_senders(actuals: Actuals) -> bool:
    """Whether the files come from more than one sender (offices, or the unit's own file): then
    each evidence line and explanation names the office that sent it."""
    senders: set[str | None] = set(actuals.units)
    if not actuals.declared_by_all:
        senders.add(None)
    return len(senders) > 1


def evidence_lines(plan: Plan, assessed: Assessed, named: bool, tr: Labels | None = None) -> list[str]:
    """Each evidence line as shown; ``named``: with the office that sent it ("Phòng Tư pháp: QĐ 12").
    With ``tr``, the files handed in too, each cited by its title, number and date (else its name)."""
    lines = [_named(plan, office, text, named) for office, text in assessed.cited()]
    if tr is not None:
        for claim in assessed.files:
            entry = claim.entry
            cited = file_citation(entry.number, entry.date, entry.title, tr) or entry.file.rsplit("/", 1)[-1]
            lines.append(_named(plan, claim.office, cited, named))
    return lines


def explanation_lines(plan: Plan, assessed: Assessed, named: bool) -> list[str]:
    return [_named(plan, office, text, named) for office, text in assessed.explained()]


def _named(plan: Plan, office: str | None, text: str, named: bool) -> str:
    return f"{unit_name(plan, office)}: {text}" if named and office is not None else text


def contributions_table(plan: Plan, result: Assessment, tr: Labels) -> list[Table]:
    """An office's contributions: each criterion it contributes to or oversees, who scores it, and
    the evidence and explanation the office sends for it. None for the whole unit."""
    if not result.contributions:
        return []
    the_round = Round.of(plan)
    columns = [
        Column("id", tr("col.id")),
        Column("name", tr("col.name"), wide=2),
        Column("role", tr("col.role"), wide=1, keep=True),
        Column("evidence", tr("col.evidence"), wide=2),
        Column("explanation", tr("col.explanation"), wide=2),
    ]
    rows: list[list[Cell]] = []
    for criterion, role in result.contributions:
        scorer = the_round.scorer(criterion.node.id)
        who = unit_name(plan, scorer) if scorer is not None else tr("scorer.unit")
        rows.append(
            [
                criterion.node.id,
                criterion.node.name,
                tr("role.by", role=tr(f"role.{role}"), scorer=who),
                evidence_lines(plan, criterion.assessed, False, tr) or None,
                "\n".join(criterion.assessed.explanations) or None,
            ]
        )
    return [Table(tr("score.contributions"), columns, rows)]


def contributions_data(plan: Plan, result: Assessment) -> list[dict[str, object]]:
    if not result.contributions:
        return []
    the_round = Round.of(plan)
    return [
        {
            "id": c.node.id,
            "role": role,
            "scorer": the_round.scorer(c.node.id),
            "evidence": list(c.assessed.evidence),
            "explanation": "\n".join(c.assessed.explanations) or None,
        }
        for c, role in result.contributions
    ]
