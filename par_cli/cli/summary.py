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
    lang_option,
    output_option,
    plan_inputs,
    reporting,
)
from par_cli.labels import Labels


def register(app: typer.Typer, tr: Labels) -> None:
    @app.command("summary", help=tr("help.summary"))
    def command(
        ctx: typer.Context,
        criteria: Annotated[Path | None, criteria_option(tr)] = None,
        format_name: Annotated[str, format_option(tr)] = "table",
        output: Annotated[Path | None, output_option(tr)] = None,
        force: Annotated[bool, force_option(tr)] = False,
        lang: Annotated[str | None, lang_option(tr)] = None,
    ) -> None:
        from par_cli.plan import load_plan
        from par_cli.summary import summarise
        from par_cli.views.summary import summary_report

        with reporting(tr, format_name, output):
            plan = load_plan(criteria_path(ctx, criteria))
            emit(summary_report(plan, summarise(plan), tr), format_name, output, force, plan_inputs(plan))
