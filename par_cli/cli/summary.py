"""`par summary`: the plan per field, in points and percent."""

from pathlib import Path
from typing import Annotated

import typer

from par_cli.cli.common import (
    criteria_option,
    criteria_path,
    emit,
    force_option,
    format_option,
    output_option,
    plan_inputs,
    reporting,
)
from par_cli.cli.failures import Usage
from par_cli.core.problems import Code
from par_cli.texts.labels import Labels


def register(app: typer.Typer, tr: Labels) -> None:
    @app.command("summary", help=tr("help.summary"))
    def command(
        ctx: typer.Context,
        depth: Annotated[
            str, typer.Option("--depth", help=tr("help.summary.depth"), metavar=tr("metavar.depth"))
        ] = "1",
        criteria: Annotated[Path | None, criteria_option(tr)] = None,
        format_name: Annotated[str, format_option(tr)] = "table",
        output: Annotated[Path | None, output_option(tr)] = None,
        force: Annotated[bool, force_option(tr)] = False,
    ) -> None:
        from par_cli.core.plan import load_plan
        from par_cli.core.summary import summarise
        from par_cli.views.summary import summary_report

        with reporting(tr, format_name, output):
            plan = load_plan(criteria_path(ctx, criteria))
            if depth not in [str(n) for n in range(1, 10)]:
                raise Usage(Code.BAD_CHOICE, option="--depth", value=depth, choices="1, 2, 3, ..., 9")
            report = summary_report(plan, summarise(plan, int(depth)), tr)
            emit(report, format_name, output, force, plan_inputs(plan))
