"""The plan per field: where it stood, where it aims, and what meeting every target gives."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from par_cli.core.numbers import percent
from par_cli.core.plan import Item, Plan


class Line(NamedTuple):
    id: str
    name: str
    max: Decimal
    baseline: Decimal | None  # None in a first-year plan
    target: Decimal

    @property
    def change(self) -> Decimal | None:
        """What the plan aims to gain: target - baseline."""
        return None if self.baseline is None else self.target - self.baseline

    @property
    def baseline_percent(self) -> Decimal | None:
        return None if self.baseline is None else percent(self.baseline, self.max)

    @property
    def target_percent(self) -> Decimal | None:
        return percent(self.target, self.max)


@dataclass(frozen=True)
class Summary:
    fields: list[Line]
    total: Line  # the printed grand totals; its target is the projected total

    @property
    def projected(self) -> Decimal:
        """The total if every field meets its printed target."""
        return self.total.target


def summarise(plan: Plan, depth: int = 1) -> Summary:
    """Each field, and with ``depth`` 2 or more the criteria below it down to that level, each
    under the row it belongs to (a field or criterion is then the subtotal of the rows below it)."""
    lines: list[Line] = []

    def visit(node: Item, level: int) -> None:
        lines.append(Line(node.id, node.name, node.max, node.baseline, node.target))
        if level < depth:
            for child in node.criteria:
                visit(child, level + 1)

    for field in plan.fields:
        visit(field, 1)
    totals = plan.file.totals
    return Summary(fields=lines, total=Line("", "", totals.max, totals.baseline, totals.target))
