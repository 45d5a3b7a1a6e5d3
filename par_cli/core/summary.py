"""The plan per field: where it stood, where it aims, and what meeting every target gives."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from par_cli.core.numbers import percent, round_half_up
from par_cli.core.plan import Item, Plan


class Line(NamedTuple):
    id: str
    name: str
    max: Decimal
    baseline: Decimal | None  # None in a first-year plan
    target: Decimal
    # The maximum of the criteria that did not apply in the baseline year: the baseline is set
    # against the rest, and compared with the target rescaled to the whole maximum.
    left_out: Decimal = Decimal(0)

    @property
    def change(self) -> Decimal | None:
        """What the plan aims to gain: target - baseline, the baseline rescaled to the maximum
        where criteria did not apply in its year (both then stand on the whole maximum)."""
        if self.baseline is None:
            return None
        return self.target - self.compared_baseline

    @property
    def compared_baseline(self) -> Decimal:
        """The baseline on the same basis as the target: as printed, or rescaled to the maximum
        where criteria did not apply in the baseline year."""
        assert self.baseline is not None
        if not self.left_out or self.left_out >= self.max:
            return self.baseline
        return round_half_up(self.baseline * self.max / (self.max - self.left_out), 3)

    @property
    def baseline_percent(self) -> Decimal | None:
        """The baseline as a percentage of what applied in its year."""
        return None if self.baseline is None else percent(self.baseline, self.max - self.left_out)

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
        lines.append(Line(node.id, node.name, node.max, node.baseline, node.target, node.baseline_left_out))
        if level < depth:
            for child in node.criteria:
                visit(child, level + 1)

    for field in plan.fields:
        visit(field, 1)
    totals = plan.file.totals
    left_out = sum((f.baseline_left_out for f in plan.fields), Decimal(0))
    return Summary(fields=lines, total=Line("", "", totals.max, totals.baseline, totals.target, left_out))
