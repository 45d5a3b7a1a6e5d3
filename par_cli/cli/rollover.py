"""`par rollover`: next year's plan from this year's plan and its final scores."""

from pathlib import Path
from typing import Annotated

import typer

from par_cli.cli.common import (
    UNCHECKED,
    check_inputs_once,
    criteria_option,
    criteria_path,
    force_option,
    output_option,
    plan_inputs,
    reporting,
)
from par_cli.cli.failures import Usage, say
from par_cli.cli.output import write_file, write_stdout
from par_cli.core.problems import Code, Term, shown
from par_cli.texts.labels import Labels


def register(app: typer.Typer, tr: Labels) -> None:
    @app.command("rollover", help=tr("help.rollover"))
    def command(
        ctx: typer.Context,
        inputs: Annotated[
            list[Path],
            typer.Option(
                "--input", "-i", help=tr("help.rollover.input"), metavar=tr("metavar.file"), **UNCHECKED
            ),
        ],
        year: Annotated[
            str | None, typer.Option("--year", help=tr("help.rollover.year"), metavar=tr("metavar.year"))
        ] = None,
        output: Annotated[Path | None, output_option(tr)] = None,
        force: Annotated[bool, force_option(tr)] = False,
        criteria: Annotated[Path | None, criteria_option(tr)] = None,
    ) -> None:
        from par_cli.core.actuals import load_actuals
        from par_cli.core.plan import load_plan
        from par_cli.core.rollover import roll_over
        from par_cli.views.plan_file import rollover_yaml

        with reporting(tr, "yaml", output):
            check_inputs_once(inputs)
            plan = load_plan(criteria_path(ctx, criteria))
            old = plan.file.plan.year
            new = old + 1 if year is None else _year(year, old)
            actuals = load_actuals(plan, inputs)
            shown = plan.path if criteria_path(ctx, criteria) else Path(plan.path).name  # no install path
            text = rollover_yaml(roll_over(plan, actuals, new), tr, shown, actuals.paths)
            if output is None:
                write_stdout(text)
                return
            write_file(output, text.encode("utf-8"), force, plan_inputs(plan, inputs))
        say(tr("rollover.written", path=output, year=new))


def _year(text: str, old: int) -> int:
    """The new plan's year: four ASCII digits, after this plan's."""
    if not (text.isascii() and text.isdigit()):
        detail = Term("err.not-a-number", {"text": shown(text)})
        raise Usage(Code.BAD_OPTION_VALUE, option="--year", detail=detail)
    if len(text) != 4 or int(text) <= old:
        detail = Term("rollover.year.later", {"year": text, "plan_year": old, "next": old + 1})
        raise Usage(Code.BAD_OPTION_VALUE, option="--year", detail=detail)
    return int(text)
