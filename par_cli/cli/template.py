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
from par_cli.cli.failures import Usage, say
from par_cli.cli.output import write_file, write_stdout
from par_cli.core.problems import Code
from par_cli.texts.labels import Labels


def register(app: typer.Typer, tr: Labels) -> None:
    @app.command("template", help=tr("help.template"))
    def command(
        ctx: typer.Context,
        unit: Annotated[
            str | None, typer.Option("--unit", help=tr("help.template.unit"), metavar=tr("metavar.unit"))
        ] = None,
        format_name: Annotated[
            str, typer.Option("--format", "-f", help=tr("help.template.format"), metavar="[yaml|xlsx]")
        ] = "yaml",
        output: Annotated[Path | None, output_option(tr)] = None,
        force: Annotated[bool, force_option(tr)] = False,
        criteria: Annotated[Path | None, criteria_option(tr)] = None,
        lang: Annotated[str | None, lang_option(tr)] = None,
    ) -> None:
        from par_cli.core.plan import load_plan
        from par_cli.core.units import falls_on
        from par_cli.views.template import scores_template

        with reporting(tr, format_name, output):
            if format_name not in ("yaml", "xlsx"):
                raise Usage(Code.BAD_CHOICE, option="--format", value=format_name, choices="yaml, xlsx")
            if format_name == "xlsx" and output is None:
                raise Usage(Code.BINARY_NEEDS_OUTPUT, format=format_name)
            plan = load_plan(criteria_path(ctx, criteria))
            unit_id = find_unit(plan, unit).id if unit is not None else None
            if format_name == "xlsx":
                from par_cli.render.form_xlsx import scores_workbook

                data = scores_workbook(plan, tr, unit_id)
            else:
                data = scores_template(plan, tr, unit_id).encode("utf-8")
            if output is None:
                write_stdout(data.decode("utf-8"))
                return
            write_file(output, data, force, plan_inputs(plan))
        count = sum(1 for c in plan.criteria() if unit_id is None or falls_on(plan, c, unit_id))
        say(tr("template.written", path=output, count=count))
