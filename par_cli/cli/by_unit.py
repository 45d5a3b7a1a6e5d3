"""`par by-unit`: what falls on each office, and what it can win back."""

from __future__ import annotations

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
    unit: Annotated[
        str | None,
        typer.Option("--unit", help=t("help.by_unit.unit")),
    ] = None,
    criteria: CriteriaOption = None,
    format_name: FormatOption = "table",
    output: OutputOption = None,
    force: ForceOption = False,
    lang: LangOption = None,
) -> None:
    """Each unit's criteria (led itself or through a group), points at stake, and duties."""
    from par_cli.plan import load_plan
    from par_cli.units import find_unit
    from par_cli.views.workload import workload_report
    from par_cli.workload import unassigned, workloads

    with data_errors():
        plan = load_plan(criteria_path(ctx, criteria))
        loads = workloads(plan)
        if unit is not None:
            chosen = find_unit(plan, unit).id
            loads = [load for load in loads if load.unit.id == chosen]
    emit(workload_report(plan, loads, unassigned(plan), full=unit is not None), format_name, output, force)
