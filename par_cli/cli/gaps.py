"""`par gaps`: the criteria below their maximum, largest loss first."""

from pathlib import Path
from typing import Annotated, cast

import typer

from par_cli.cli.common import (
    check_inputs_once,
    criteria_option,
    criteria_path,
    emit,
    find_unit,
    force_option,
    format_option,
    inputs_option,
    node_of_plan,
    output_option,
    parse_amount,
    plan_inputs,
    reporting,
)
from par_cli.cli.failures import Usage
from par_cli.core.problems import Code
from par_cli.texts.labels import Labels


def register(app: typer.Typer, tr: Labels) -> None:
    @app.command("gaps", help=tr("help.gaps"))
    def command(
        ctx: typer.Context,
        against: Annotated[
            str | None, typer.Option(help=tr("help.gaps.against"), metavar="[baseline|target]")
        ] = None,
        inputs: Annotated[list[Path] | None, inputs_option(tr, "help.gaps.input")] = None,
        sort: Annotated[str, typer.Option(help=tr("help.gaps.sort"), metavar="[gap|id|field]")] = "gap",
        field: Annotated[
            str | None, typer.Option("--field", help=tr("help.gaps.field"), metavar=tr("metavar.id"))
        ] = None,
        unit: Annotated[
            str | None, typer.Option("--unit", help=tr("help.gaps.unit"), metavar=tr("metavar.unit"))
        ] = None,
        min_gap: Annotated[
            str | None, typer.Option("--min-gap", help=tr("help.gaps.min_gap"), metavar=tr("metavar.points"))
        ] = None,
        criteria: Annotated[Path | None, criteria_option(tr)] = None,
        format_name: Annotated[str, format_option(tr)] = "table",
        output: Annotated[Path | None, output_option(tr)] = None,
        force: Annotated[bool, force_option(tr)] = False,
    ) -> None:
        from par_cli.core.gaps import Against, SortKey, analyse, select, sort_rows
        from par_cli.core.plan import load_plan
        from par_cli.views.gaps import gaps_report

        with reporting(tr, format_name, output):
            if against not in (None, "baseline", "target"):
                raise Usage(Code.BAD_CHOICE, option="--against", value=against, choices="baseline, target")
            if against is not None and inputs:
                raise Usage(Code.OPTIONS_EXCLUSIVE, first="--against", second="--input")
            if sort not in ("gap", "id", "field"):
                raise Usage(Code.BAD_CHOICE, option="--sort", value=sort, choices="gap, id, field")
            check_inputs_once(inputs)
            least = parse_amount(min_gap, "--min-gap", "amount.min_gap")
            plan = load_plan(criteria_path(ctx, criteria))
            within = node_of_plan(plan, field)
            unit_id = find_unit(plan, unit).id if unit is not None else None
            if against == "baseline" and not plan.has_baseline:
                raise Usage(Code.NO_BASELINE, title=plan.file.plan.title)
            if inputs:
                kind: Against = "scores"
            elif against == "target" or not plan.has_baseline:  # a first-year plan: from its targets
                kind = "target"
            else:
                kind = "baseline"
            scores, not_applicable = None, frozenset[str]()
            if inputs:
                from par_cli.core.actuals import load_actuals

                actuals = load_actuals(plan, inputs)
                scores, not_applicable = actuals.scores(), actuals.not_applicable()
            analysis = analyse(plan, kind, scores, not_applicable)
            rows = sort_rows(select(plan, analysis.rows, within, unit_id, least), cast(SortKey, sort))
            report = gaps_report(plan, analysis, rows, tr, data_only=format_name == "json")
            emit(report, format_name, output, force, plan_inputs(plan, inputs))
