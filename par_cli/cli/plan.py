"""`par plan`: the plan as issued (kế hoạch): heading, căn cứ, the plan's words, the duties of each
office, Nơi nhận, signature, and the appendix of targets and tasks."""

from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from par_cli.cli.common import (
    criteria_option,
    criteria_path,
    force_option,
    output_option,
    reporting,
)
from par_cli.cli.documents import (
    check_format,
    date_option,
    format_option,
    number_option,
    parse_date,
    write_document,
)
from par_cli.texts.labels import Labels


def register(app: typer.Typer, tr: Labels) -> None:
    @app.command("plan", help=tr("help.plan"))
    def command(
        ctx: typer.Context,
        output: Annotated[Path | None, output_option(tr)] = None,
        format_name: Annotated[str, format_option(tr, "help.plan.format")] = "markdown",
        when: Annotated[str | None, date_option(tr)] = None,
        number: Annotated[str | None, number_option(tr)] = None,
        force: Annotated[bool, force_option(tr)] = False,
        criteria: Annotated[Path | None, criteria_option(tr)] = None,
    ) -> None:
        from par_cli.core.plan import load_plan
        from par_cli.views.plan_document import plan_document

        with reporting(tr, format_name, output):
            check_format(format_name)
            day: date | None = parse_date(when)
            plan = load_plan(criteria_path(ctx, criteria))
            document = plan_document(plan, day, number, tr)
            write_document(document, format_name, output, force, [plan.path])
