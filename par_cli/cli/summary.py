"""`par summary`: the plan per field, in points and percent."""

from __future__ import annotations

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


def command(
    ctx: typer.Context,
    criteria: CriteriaOption = None,
    format_name: FormatOption = "table",
    output: OutputOption = None,
    force: ForceOption = False,
    lang: LangOption = None,
) -> None:
    """Per field: maximum, baseline and target, in points and percent, and the projected total."""
    from par_cli.plan import load_plan
    from par_cli.summary import summarise
    from par_cli.views.summary import summary_report

    with data_errors():
        plan = load_plan(criteria_path(ctx, criteria))
    emit(summary_report(plan, summarise(plan)), format_name, output, force)
