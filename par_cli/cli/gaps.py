"""`par gaps`: the criteria below their maximum, largest loss first."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, cast

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
    field_of_plan,
    parse_amount,
)
from par_cli.labels import t


def command(
    ctx: typer.Context,
    against: Annotated[
        str | None,
        typer.Option(help=t("help.gaps.against")),
    ] = None,
    inputs: Annotated[
        list[Path] | None,
        typer.Option("--input", "-i", help=t("help.gaps.input")),
    ] = None,
    sort: Annotated[str, typer.Option(help=t("help.gaps.sort"))] = "gap",
    field: Annotated[str | None, typer.Option("--field", help=t("help.gaps.field"))] = None,
    unit: Annotated[
        str | None,
        typer.Option("--unit", help=t("help.gaps.unit")),
    ] = None,
    min_gap: Annotated[str | None, typer.Option("--min-gap", help=t("help.gaps.min_gap"))] = None,
    criteria: CriteriaOption = None,
    format_name: FormatOption = "table",
    output: OutputOption = None,
    force: ForceOption = False,
    lang: LangOption = None,
) -> None:
    """List the criteria below their maximum, and the points each loses."""
    from par_cli.gaps import Against, SortKey, analyse, select, sort_rows
    from par_cli.plan import load_plan
    from par_cli.units import find_unit
    from par_cli.views.gaps import gaps_report

    if against not in (None, "baseline", "target"):
        raise typer.BadParameter(t("err.choose", choices="'baseline', 'target'"), param_hint="--against")
    if against is not None and inputs:
        raise typer.BadParameter(t("err.against_input"), param_hint="--against")
    if sort not in ("gap", "id", "field"):
        raise typer.BadParameter(t("err.choose", choices="'gap', 'id', 'field'"), param_hint="--sort")
    least = parse_amount(min_gap)
    with data_errors():
        plan = load_plan(criteria_path(ctx, criteria))
        field_id = field_of_plan(plan, field)
        unit_id = find_unit(plan, unit).id if unit is not None else None
        kind: Against = "scores" if inputs else "target" if against == "target" else "baseline"
        scores = None
        if inputs:
            from par_cli.actuals import load_actuals

            scores = load_actuals(plan, list(inputs)).scores()
        analysis = analyse(plan, kind, scores)
        rows = sort_rows(select(plan, analysis.rows, field_id, unit_id, least), cast(SortKey, sort))
    emit(gaps_report(plan, analysis, rows), format_name, output, force)
