"""`par score`: the self-assessment from one or more scores files."""

from decimal import Decimal
from pathlib import Path
from typing import Annotated

import typer

from par_cli.cli.common import (
    UNCHECKED,
    check_inputs_once,
    criteria_option,
    criteria_path,
    emit,
    force_option,
    format_option,
    output_option,
    parse_amount,
    plan_inputs,
    reporting,
)
from par_cli.cli.evidence import checked_dir, evidence_dir_option
from par_cli.cli.failures import EXIT_THRESHOLD, Usage, say
from par_cli.core.problems import Code
from par_cli.texts.labels import Labels


def register(app: typer.Typer, tr: Labels) -> None:
    @app.command("score", help=tr("help.score"))
    def command(
        ctx: typer.Context,
        inputs: Annotated[
            list[Path],
            typer.Option(
                "--input", "-i", help=tr("help.score.input"), metavar=tr("metavar.file"), **UNCHECKED
            ),
        ],
        fail_under: Annotated[
            str | None,
            typer.Option("--fail-under", help=tr("help.score.fail_under"), metavar=tr("metavar.index")),
        ] = None,
        evidence_dir: Annotated[Path | None, evidence_dir_option(tr)] = None,
        criteria: Annotated[Path | None, criteria_option(tr)] = None,
        format_name: Annotated[str, format_option(tr)] = "table",
        output: Annotated[Path | None, output_option(tr)] = None,
        force: Annotated[bool, force_option(tr)] = False,
    ) -> None:
        from par_cli.core.actuals import load_actuals
        from par_cli.core.assessment import assess
        from par_cli.core.evidence import file_check
        from par_cli.core.plan import load_plan
        from par_cli.views.assessment import assessment_report

        with reporting(tr, format_name, output):
            check_inputs_once(inputs)
            threshold = parse_amount(fail_under, "--fail-under", "amount.fail_under")
            root = checked_dir(evidence_dir)
            plan = load_plan(criteria_path(ctx, criteria))
            actuals = load_actuals(plan, inputs, file_check(root))  # and the evidence files named
            result = assess(plan, actuals)
            scale = Decimal(100) if result.kind == "office" else result.printed_max
            if threshold is not None and threshold > scale:
                raise Usage(Code.FAIL_UNDER_RANGE, value=threshold, max=scale)
            report = assessment_report(plan, result, actuals, tr)
            emit(report, format_name, output, force, plan_inputs(plan, inputs))
        if threshold is not None and result.index < threshold:
            key = "fail_under.office" if result.kind == "office" else "fail_under"
            say(f"{tr('error')}: {tr(key, index=result.index, threshold=threshold)}")
            raise typer.Exit(EXIT_THRESHOLD)
