"""`par report`: a self-contained HTML report to open offline, attach or print."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

from par_cli.cli.common import CriteriaOption, ForceOption, LangOption, criteria_path, data_errors, emit
from par_cli.labels import t


def command(
    ctx: typer.Context,
    output: Annotated[Path, typer.Option("--output", "-o", help=t("help.output"))],
    inputs: Annotated[list[Path] | None, typer.Option("--input", "-i", help=t("help.report.input"))] = None,
    force: ForceOption = False,
    criteria: CriteriaOption = None,
    lang: LangOption = None,
) -> None:
    from par_cli.actuals import load_actuals
    from par_cli.plan import load_plan
    from par_cli.views.report import full_report

    with data_errors():
        plan = load_plan(criteria_path(ctx, criteria))
        actuals = load_actuals(plan, list(inputs)) if inputs else None
    emit(full_report(plan, actuals, datetime.now()), "html", output, force)
