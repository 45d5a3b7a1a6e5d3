"""`par template`: a scores file ready to fill in."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from par_cli.cli.common import (
    CriteriaOption,
    ForceOption,
    LangOption,
    OutputOption,
    criteria_path,
    data_errors,
)
from par_cli.labels import t


def command(
    ctx: typer.Context,
    unit: Annotated[str | None, typer.Option("--unit", help=t("help.template.unit"))] = None,
    output: OutputOption = None,
    force: ForceOption = False,
    criteria: CriteriaOption = None,
    lang: LangOption = None,
) -> None:
    """Write a scores file to fill in: every criterion (or one unit's), with its task as comments."""
    from par_cli.files import write_atomic
    from par_cli.plan import load_plan
    from par_cli.template import scores_template
    from par_cli.units import falls_on, find_unit

    with data_errors():
        plan = load_plan(criteria_path(ctx, criteria))
        unit_id = find_unit(plan, unit).id if unit is not None else None
        text = scores_template(plan, unit_id)
        if output is None:
            sys.stdout.write(text)
            return
        write_atomic(output, text, force=force)
    count = sum(1 for c in plan.criteria() if unit_id is None or falls_on(plan, c, unit_id))
    typer.echo(t("template.written", path=output, count=count), err=True)
