"""`par compare`: several scores files side by side, ranked."""

from pathlib import Path
from typing import Annotated

import typer

from par_cli.cli.common import (
    check_stdin_once,
    criteria_option,
    criteria_path,
    emit,
    force_option,
    format_option,
    output_option,
    plan_inputs,
    reporting,
)
from par_cli.cli.failures import EXIT_DATA, Usage
from par_cli.cli.failures import report as report_failure
from par_cli.core.problems import Code
from par_cli.texts.labels import Labels
from par_cli.texts.messages import record


def register(app: typer.Typer, tr: Labels) -> None:
    @app.command("compare", help=tr("help.compare"))
    def command(
        ctx: typer.Context,
        # Names as given (str, not Path): typer checks and converts each Path, a cost of its own
        # for the thousands of files a country's communes send; each is read and checked once.
        files: Annotated[
            list[str], typer.Argument(help=tr("help.compare.files"), metavar=tr("metavar.files"))
        ],
        keep_going: Annotated[bool, typer.Option("--keep-going", help=tr("help.compare.keep_going"))] = False,
        criteria: Annotated[Path | None, criteria_option(tr)] = None,
        format_name: Annotated[str, format_option(tr)] = "table",
        output: Annotated[Path | None, output_option(tr)] = None,
        force: Annotated[bool, force_option(tr)] = False,
    ) -> None:
        from par_cli.core.batch import stand_each
        from par_cli.core.collect import MAX_REPORTED
        from par_cli.core.compare import Standing, duplicates, kinds, rank, scoring
        from par_cli.core.plan import load_plan
        from par_cli.core.problems import DataError
        from par_cli.views.compare import comparison_report

        with reporting(tr, format_name, output):
            check_stdin_once(files)
            plan = load_plan(criteria_path(ctx, criteria))
            loaded: list[Standing] = []
            failed: list[tuple[str, DataError]] = []
            for path, outcome in zip(files, stand_each(plan, files), strict=True):
                if isinstance(outcome, DataError):
                    failed.append((str(path), outcome))
                else:
                    loaded.append(outcome)
            if failed and not keep_going:
                problems = [p for _, error in failed for p in error.problems]
                more = sum(error.more for _, error in failed) + max(0, len(problems) - MAX_REPORTED)
                raise DataError(problems[:MAX_REPORTED], more)
            for _, error in failed:
                report_failure(error, tr)
            if not loaded:  # --keep-going, and nothing left to compare
                raise typer.Exit(EXIT_DATA)
            failures = [(path, [record(p, tr) for p in error.problems]) for path, error in failed]
            loaded, repeated = duplicates(loaded)
            if len(kinds(loaded)) > 1:
                offices = [s.path for s in loaded if s.kind == "office"]
                raise Usage(Code.COMPARE_MIXED, files=", ".join(offices))
            ranked, apart = scoring(loaded)
            report = comparison_report(plan, rank(ranked), failures, repeated, tr, apart)
            emit(report, format_name, output, force, plan_inputs(plan, files))
