"""`par by-unit`: what falls on each office, and what it can win back."""

from pathlib import Path
from typing import Annotated

import typer

from par_cli.cli.common import (
    criteria_option,
    criteria_path,
    emit,
    find_unit,
    force_option,
    format_option,
    output_option,
    plan_inputs,
    reporting,
)
from par_cli.texts.labels import Labels


def register(app: typer.Typer, tr: Labels) -> None:
    @app.command("by-unit", help=tr("help.by_unit"))
    def command(
        ctx: typer.Context,
        unit: Annotated[
            str | None, typer.Option("--unit", help=tr("help.by_unit.unit"), metavar=tr("metavar.unit"))
        ] = None,
        every: Annotated[bool, typer.Option("--all", help=tr("help.by_unit.all"))] = False,
        criteria: Annotated[Path | None, criteria_option(tr)] = None,
        format_name: Annotated[str, format_option(tr)] = "table",
        output: Annotated[Path | None, output_option(tr)] = None,
        force: Annotated[bool, force_option(tr)] = False,
    ) -> None:
        from par_cli.core.plan import load_plan
        from par_cli.core.workload import unassigned, workloads
        from par_cli.views.workload import workload_report

        with reporting(tr, format_name, output):
            plan = load_plan(criteria_path(ctx, criteria))
            chosen = find_unit(plan, unit).id if unit is not None else None
            loads = workloads(plan, chosen)
            report = workload_report(plan, loads, unassigned(plan), chosen is not None, tr, every)
            emit(report, format_name, output, force, plan_inputs(plan))
