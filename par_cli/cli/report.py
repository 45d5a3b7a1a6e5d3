"""`par report`: a self-contained HTML report to open offline, attach or print."""

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from par_cli.cli.common import (
    check_inputs_once,
    criteria_option,
    criteria_path,
    emit,
    force_option,
    inputs_option,
    lang_option,
    plan_inputs,
    reporting,
)
from par_cli.cli.failures import Usage
from par_cli.core.problems import Code
from par_cli.texts.labels import Labels


def register(app: typer.Typer, tr: Labels) -> None:
    @app.command("report", help=tr("help.report"))
    def command(
        ctx: typer.Context,
        output: Annotated[
            Path, typer.Option("--output", "-o", help=tr("help.output"), metavar=tr("metavar.file"))
        ],
        inputs: Annotated[list[Path] | None, inputs_option(tr, "help.report.input")] = None,
        format_name: Annotated[
            str, typer.Option("--format", "-f", help=tr("help.report.format"), metavar="[html|docx]")
        ] = "html",
        force: Annotated[bool, force_option(tr)] = False,
        criteria: Annotated[Path | None, criteria_option(tr)] = None,
        lang: Annotated[str | None, lang_option(tr)] = None,
    ) -> None:
        from par_cli.core.actuals import load_actuals
        from par_cli.core.plan import load_plan
        from par_cli.views.report import full_report

        with reporting(tr, format_name, output):
            if format_name not in ("html", "docx"):
                raise Usage(Code.BAD_CHOICE, option="--format", value=format_name, choices="html, docx")
            check_inputs_once(inputs)
            given = criteria_path(ctx, criteria)
            plan = load_plan(given)
            actuals = load_actuals(plan, inputs) if inputs else None
            report = full_report(plan, actuals, datetime.now(), tr)
            emit(report, format_name, output, force, plan_inputs(plan, inputs))
