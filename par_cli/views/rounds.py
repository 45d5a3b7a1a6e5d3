"""The council's appraisal in rounds, as `par score` shows it: the unit's score, the first
appraisal (thẩm định lần 1), the unit's response (giải trình), the final appraisal (lần 2), and
the difference between the council's latest score and the unit's."""

from __future__ import annotations

from decimal import Decimal

from par_cli.core.actuals import Assessed
from par_cli.core.assessment import Assessment, CriterionResult
from par_cli.texts.labels import Labels
from par_cli.views.common import node_name
from par_cli.views.shapes import Cell, Column, Table

ZERO = Decimal(0)


def differs(criterion: CriterionResult) -> bool:
    """Whether a round of the council's differs from the unit's score, or the unit answered one."""
    a = criterion.assessed
    if not criterion.appraised:
        return False
    score = criterion.score or ZERO
    return a.response is not None or any(v is not None and v != score for v in (a.first, a.appraised))


def rounds_table(result: Assessment, tr: Labels) -> list[Table]:
    """Every self-scored criterion the council scored otherwise than the unit (or whose first
    appraisal the unit answered), round by round."""
    rows: list[list[Cell]] = []
    for c in result.applicable:
        if c.survey or not differs(c):
            continue
        a = c.assessed
        latest = a.latest
        assert latest is not None
        response = tr(f"rounds.response.{a.response}") if a.response else None
        rows.append(
            [
                c.node.id,
                node_name(c.node, tr),
                c.score,
                a.first,
                response,
                a.appraised,
                latest - (c.score or ZERO),
            ]
        )
    if not rows:
        return []
    columns = [
        Column("id", tr("col.id")),
        Column("name", tr("col.name"), wide=2),
        Column("score", tr("col.self"), numeric=True),
        Column("first", tr("col.round.first"), numeric=True),
        Column("response", tr("col.round.response")),
        Column("final", tr("col.round.final"), numeric=True),
        Column("difference", tr("col.difference.short"), numeric=True, signed=True, keep=True),
    ]
    return [Table(tr("rounds.title"), columns, rows)]


def rounds_data(assessed: Assessed) -> dict[str, object] | None:
    """JSON `appraisal` of a criterion: its rounds, where any is given."""
    if assessed.first is None and assessed.response is None:
        return None
    return {
        "first": assessed.first,
        "response": assessed.response,
        "reason": assessed.reason,
        "evidence": list(assessed.response_evidence),
        "final": assessed.appraised,
    }
