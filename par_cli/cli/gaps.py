"""`par gaps`: the criteria below their maximum, largest loss first."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from par_cli.actuals import load_actuals
from par_cli.cli.common import (
    CriteriaOption,
    ForceOption,
    FormatOption,
    OutputOption,
    criteria_path,
    data_errors,
    emit,
    field_of_plan,
    parse_amount,
)
from par_cli.gaps import Against, SortKey, analyse, select, sort_rows
from par_cli.plan import load_plan
from par_cli.units import find_unit
from par_cli.views.gaps import gaps_report


def command(
    ctx: typer.Context,
    against: Annotated[
        str | None,
        typer.Option(help="Measure from the plan's 'baseline' scores (default) or its 'target' scores."),
    ] = None,
    inputs: Annotated[
        list[Path] | None,
        typer.Option("--input", "-i", help="Measure from self-assessed scores files instead (as par score)."),
    ] = None,
    sort: Annotated[str, typer.Option(help="Order rows by 'gap' (largest first), 'id' or 'field'.")] = "gap",
    field: Annotated[str | None, typer.Option("--field", help="Only this field, e.g. 3.")] = None,
    unit: Annotated[
        str | None,
        typer.Option("--unit", help="Only criteria falling on this unit (id or part of its name)."),
    ] = None,
    min_gap: Annotated[
        str | None, typer.Option("--min-gap", help="Only rows losing at least this much.")
    ] = None,
    criteria: CriteriaOption = None,
    format_name: FormatOption = "table",
    output: OutputOption = None,
    force: ForceOption = False,
) -> None:
    """List the criteria below their maximum, and the points each loses."""
    if against not in (None, "baseline", "target"):
        raise typer.BadParameter("choose 'baseline' or 'target'", param_hint="--against")
    if against is not None and inputs:
        raise typer.BadParameter("give either --against or --input, not both", param_hint="--against")
    if sort not in ("gap", "id", "field"):
        raise typer.BadParameter("choose 'gap', 'id' or 'field'", param_hint="--sort")
    least = parse_amount(min_gap)
    with data_errors():
        plan = load_plan(criteria_path(ctx, criteria))
        field_id = field_of_plan(plan, field)
        unit_id = find_unit(plan, unit).id if unit is not None else None
        kind: Against = "scores" if inputs else "target" if against == "target" else "baseline"
        order: SortKey = "id" if sort == "id" else "field" if sort == "field" else "gap"
        scores = load_actuals(plan, list(inputs)).scores() if inputs else None
        analysis = analyse(plan, kind, scores)
        rows = sort_rows(select(plan, analysis.rows, field_id, unit_id, least), order)
    emit(gaps_report(plan, analysis, rows), format_name, output, force)
