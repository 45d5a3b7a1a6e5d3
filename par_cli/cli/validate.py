"""`par validate`: check a criteria file and summarise it."""

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
)
from par_cli.labels import t


def command(
    ctx: typer.Context,
    path: Annotated[
        Path | None,
        typer.Argument(help=t("help.validate.path")),
    ] = None,
    criteria: CriteriaOption = None,
    format_name: FormatOption = "table",
    output: OutputOption = None,
    force: ForceOption = False,
    lang: LangOption = None,
) -> None:
    """Check a criteria file: shape, ids, units, and printed subtotals against their sums."""
    from par_cli.plan import load_plan
    from par_cli.views.validation import validation_report

    with data_errors():
        plan = load_plan(path or criteria_path(ctx, criteria))
    emit(validation_report(plan), format_name, output, force)
