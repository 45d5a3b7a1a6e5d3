"""`par score`: the self-assessment from one or more scores files."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from par_cli.cli.common import (
    EXIT_THRESHOLD,
    CriteriaOption,
    ForceOption,
    FormatOption,
    LangOption,
    OutputOption,
    criteria_path,
    data_errors,
    emit,
    parse_amount,
)
from par_cli.labels import t

InputOption = Annotated[
    list[Path],
    typer.Option("--input", "-i", help=t("help.score.input")),
]


def command(
    ctx: typer.Context,
    inputs: InputOption,
    fail_under: Annotated[str | None, typer.Option("--fail-under", help=t("help.score.fail_under"))] = None,
    criteria: CriteriaOption = None,
    format_name: FormatOption = "table",
    output: OutputOption = None,
    force: ForceOption = False,
    lang: LangOption = None,
) -> None:
    """Sum the self-assessed scores per field, and list what is missing or needs explaining."""
    from par_cli.actuals import load_actuals
    from par_cli.assessment import assess
    from par_cli.numbers import num
    from par_cli.plan import load_plan
    from par_cli.views.assessment import assessment_report

    threshold = parse_amount(fail_under)
    with data_errors():
        plan = load_plan(criteria_path(ctx, criteria))
        actuals = load_actuals(plan, list(inputs))
    result = assess(plan, actuals)
    emit(assessment_report(plan, result, actuals.paths, actuals.units), format_name, output, force)
    if threshold is not None and result.index < threshold:
        typer.echo(
            f"{t('error')}: {t('fail_under', index=num(result.index), threshold=num(threshold))}", err=True
        )
        raise typer.Exit(EXIT_THRESHOLD)
