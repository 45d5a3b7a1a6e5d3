"""`par template`: a scores file ready to fill in."""

from pathlib import Path
from typing import Annotated

import typer

from par_cli.cli.common import (
    criteria_option,
    criteria_path,
    find_office,
    force_option,
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
    ) -> None:
        from datetime import date

        from par_cli.core.plan import load_plan
        from par_cli.render import FORMS, render
        from par_cli.views.template import form_count, scores_form

        with reporting(tr, format_name, output):
            if format_name not in FORMS:
                raise Usage(Code.BAD_CHOICE, option="--format", value=format_name, choices=", ".join(FORMS))
            if FORMS[format_name].binary and output is None:
                raise Usage(Code.BINARY_NEEDS_OUTPUT, format=format_name)
            plan = load_plan(criteria_path(ctx, criteria))
            unit_id = find_office(plan, unit).id if unit is not None else None
            report = scores_form(plan, tr, unit_id, date.today())
            data = render(report, format_name)
            if output is None:
                assert isinstance(data, str)
                write_stdout(data)
                return
            write_file(
                output, data.encode("utf-8") if isinstance(data, str) else data, force, plan_inputs(plan)
            )
        count, scores = form_count(report)
        if unit_id is None:
            say(tr("template.written", path=output, count=count))
        else:
            say(tr("template.written.office", path=output, count=count, scores=scores))
