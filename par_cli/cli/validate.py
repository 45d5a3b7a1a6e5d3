"""`par validate`: check a criteria file and summarise it."""

from pathlib import Path
from typing import Annotated

import typer

from par_cli.cli.common import (
    UNCHECKED,
    criteria_option,
    criteria_path,
    emit,
    force_option,
    format_option,
    output_option,
    plan_inputs,
    reporting,
)
from par_cli.texts.labels import Labels


def register(app: typer.Typer, tr: Labels) -> None:
    @app.command("validate", help=tr("help.validate"))
    def command(
        ctx: typer.Context,
        path: Annotated[
            Path | None,
            typer.Argument(
                help=tr("help.validate.path"), show_default=False, metavar=tr("metavar.file"), **UNCHECKED
            ),
        ] = None,
        criteria: Annotated[Path | None, criteria_option(tr)] = None,
        format_name: Annotated[str, format_option(tr)] = "table",
        output: Annotated[Path | None, output_option(tr)] = None,
        force: Annotated[bool, force_option(tr)] = False,
    ) -> None:
        from par_cli.core.plan import load_plan
        from par_cli.views.validation import validation_report

        with reporting(tr, format_name, output):
            plan = load_plan(path or criteria_path(ctx, criteria))
            emit(validation_report(plan, tr), format_name, output, force, plan_inputs(plan))
