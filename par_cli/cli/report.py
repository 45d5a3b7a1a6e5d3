"""`par report`: the report a unit signs and sends (`--kind signed`, the default), the internal
analysis the office running the self-assessment works with (`--kind analysis`), or the unit's
answer to the council's first appraisal (`--kind appeal`: giải trình, đề nghị xem xét lại)."""

from datetime import date, datetime
from pathlib import Path
from typing import Annotated

import typer

from par_cli.cli.common import (
    check_inputs_once,
    criteria_option,
    criteria_path,
    force_option,
    inputs_option,
    plan_inputs,
    reporting,
)
from par_cli.cli.documents import (
    check_format,
    date_option,
    format_option,
    number_option,
    parse_date,
    write_document,
)
from par_cli.cli.evidence import checked_dir, evidence_dir_option
from par_cli.cli.failures import Usage
from par_cli.core.problems import Code
from par_cli.texts.labels import Labels
from par_cli.views.shapes import Document, Report

KINDS = ("signed", "analysis", "appeal")


def register(app: typer.Typer, tr: Labels) -> None:
    @app.command("report", help=tr("help.report"))
    def command(
        ctx: typer.Context,
        output: Annotated[
            Path | None,
            typer.Option(
                "--output", "-o", help=tr("help.output"), show_default=False, metavar=tr("metavar.file")
            ),
        ] = None,
        inputs: Annotated[list[Path] | None, inputs_option(tr, "help.report.input")] = None,
        kind: Annotated[
            str, typer.Option("--kind", help=tr("help.report.kind"), metavar="[" + "|".join(KINDS) + "]")
        ] = "signed",
        format_name: Annotated[str, format_option(tr, "help.report.format")] = "html",
        when: Annotated[str | None, date_option(tr)] = None,
        number: Annotated[str | None, number_option(tr)] = None,
        force: Annotated[bool, force_option(tr)] = False,
        evidence_dir: Annotated[Path | None, evidence_dir_option(tr)] = None,
        criteria: Annotated[Path | None, criteria_option(tr)] = None,
    ) -> None:
        from par_cli.core.actuals import load_actuals
        from par_cli.core.evidence import file_check, take_inventory
        from par_cli.core.plan import load_plan

        with reporting(tr, format_name, output):
            if kind not in KINDS:
                raise Usage(Code.BAD_CHOICE, option="--kind", value=kind, choices=", ".join(KINDS))
            check_format(format_name)
            day = parse_date(when) or date.today()
            if kind in ("signed", "appeal") and not inputs:
                raise Usage(Code.REPORT_NEEDS_SCORES)
            check_inputs_once(inputs)
            root = checked_dir(evidence_dir)
            plan = load_plan(criteria_path(ctx, criteria))
            actuals = load_actuals(plan, inputs, file_check(root)) if inputs else None
            if kind == "analysis":
                from par_cli.views.analysis import analysis_report

                made = datetime.combine(day, datetime.now().time()) if when else datetime.now()
                item: Report | Document = analysis_report(plan, actuals, made, tr)
            elif kind == "appeal":
                from par_cli.views.appeal import appeal_letter

                assert actuals is not None
                item = appeal_letter(plan, actuals, day, number, tr)
            else:
                from par_cli.views.report import signed_report

                assert actuals is not None
                found = take_inventory(plan, actuals, root, digests=False).rows  # all there: checked above
                links_from = str(output.parent) if output is not None else "."
                item = signed_report(plan, actuals, day, number, tr, found, links_from)
            write_document(item, format_name, output, force, plan_inputs(plan, inputs))
