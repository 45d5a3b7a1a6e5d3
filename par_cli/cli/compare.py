"""`par compare`: several scores files side by side, ranked."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from par_cli.cli.common import (
    CriteriaOption,
    ForceOption,
    FormatOption,
    LangOption,
    OutputOption,
    criteria_path,
    data_errors,
    emit,
    fail,
)
from par_cli.labels import t


def command(
    ctx: typer.Context,
    files: Annotated[list[Path], typer.Argument(help=t("help.compare.files"))],
    keep_going: Annotated[bool, typer.Option("--keep-going", help=t("help.compare.keep_going"))] = False,
    criteria: CriteriaOption = None,
    format_name: FormatOption = "table",
    output: OutputOption = None,
    force: ForceOption = False,
    lang: LangOption = None,
) -> None:
    """Rank several self-assessments by their index, with each field's score."""
    from par_cli.actuals import Actuals, load_actuals
    from par_cli.compare import rank
    from par_cli.errors import DataError, Problem
    from par_cli.plan import load_plan
    from par_cli.views.compare import comparison_report

    with data_errors():
        plan = load_plan(criteria_path(ctx, criteria))
    loaded: list[Actuals] = []
    failed: list[tuple[str, list[Problem]]] = []
    for path in files:
        try:
            loaded.append(load_actuals(plan, [path]))
        except DataError as error:
            failed.append((str(path), error.problems))
    if failed and not keep_going:
        fail([problem for _, problems in failed for problem in problems])
    for _, problems in failed:
        for problem in problems:
            typer.echo(f"{t('error')}: {problem}", err=True)
    report = comparison_report(
        plan, rank(plan, loaded), [(p, [str(x) for x in probs]) for p, probs in failed]
    )
    emit(report, format_name, output, force)
