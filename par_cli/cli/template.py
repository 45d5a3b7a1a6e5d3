"""`par template`: a scores file ready to fill in."""

from pathlib import Path
from typing import Annotated

import typer

from par_cli.cli.common import (
    criteria_option,
    criteria_path,
    find_unit,
    force_option,
    lang_option,
    output_option,
    plan_inputs,
    reporting,
)
from par_cli.cli.failures import say
from par_cli.cli.output import write_file, write_stdout
from par_cli.labels import Labels


def register(app: typer.Typer, tr: Labels) -> None:
    @app.command("template", help=tr("help.template"))
    def command(
        ctx: typer.Context,
        unit: Annotated[
            str | None, typer.Option("--unit", help=tr("help.template.unit"), metavar=tr("metavar.unit"))
        ] = None,
        output: Annotated[Path | None, output_option(tr)] = None,
        force: Annotated[bool, force_option(tr)] = False,
        criteria: Annotated[Path | None, criteria_option(tr)] = None,
        lang: Annotated[str | None, lang_option(tr)] = None,
    ) -> None:
        from par_cli.plan import load_plan
        from par_cli.units import falls_on
        from par_cli.views.template import scores_template

        with reporting(tr, "yaml", output):
            plan = load_plan(criteria_path(ctx, criteria))
            unit_id = find_unit(plan, unit).id if unit is not None else None
            text = scores_template(plan, tr, unit_id)
            if output is None:
                write_stdout(text)
                return
            write_file(output, text.encode("utf-8"), force, plan_inputs(plan))
        count = sum(1 for c in plan.criteria() if unit_id is None or falls_on(plan, c, unit_id))
        say(tr("template.written", path=output, count=count))
