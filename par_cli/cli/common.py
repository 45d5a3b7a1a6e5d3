"""What every command shares: the plan option, the format option, output, and error handling."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from par_cli.errors import DataError, Problem, UsageError
from par_cli.numbers import parse_score
from par_cli.plan import Plan
from par_cli.render import FORMATS, render
from par_cli.report import Report

EXIT_DATA = 1
EXIT_USAGE = 2
EXIT_THRESHOLD = 3


def _check_format(value: str) -> str:
    if value not in FORMATS:
        raise typer.BadParameter(f"'{value}' is not a format; choose one of: {', '.join(FORMATS)}")
    return value


CriteriaOption = Annotated[
    Path | None,
    typer.Option(
        "--criteria",
        envvar="PAR_CRITERIA",
        help="Criteria file (plan) to use instead of the bundled one.",
        show_default=False,
    ),
]
FormatOption = Annotated[
    str,
    typer.Option(
        "--format",
        "-f",
        callback=_check_format,
        help=f"Output format: {', '.join(FORMATS)}.",
    ),
]


def criteria_path(ctx: typer.Context, local: Path | None) -> Path | None:
    """The plan a command uses: its own --criteria, else the global one (or PAR_CRITERIA)."""
    if local is not None:
        return local
    parent = ctx.find_root().params.get("criteria")
    return parent if isinstance(parent, Path) else None


def emit(report: Report, format_name: str) -> None:
    """Render fully in memory first, so that an error never leaves half an output."""
    buffer = io.StringIO()
    width = _width() if format_name == "table" else None
    render(report, format_name, buffer, width)
    sys.stdout.write(buffer.getvalue())
    sys.stdout.flush()


def _width() -> int | None:
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit():
        return int(columns)
    return None if sys.stdout.isatty() else 100


def fail(problems: list[Problem], code: int = EXIT_DATA) -> NoReturn:
    for problem in problems:
        typer.echo(f"error: {problem}", err=True)
    raise typer.Exit(code)


@contextmanager
def data_errors() -> Iterator[None]:
    """Bad input ends the command with one line per problem on stderr and exit 1;
    a question the data cannot answer as asked (an unknown unit, say) exits 2."""
    try:
        yield
    except DataError as error:
        fail(error.problems)
    except UsageError as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(EXIT_USAGE) from None


def parse_amount(value: str | None) -> Decimal | None:
    """A score given on the command line, read like one in a file."""
    if value is None:
        return None
    try:
        return parse_score(value)
    except ValueError as error:
        raise typer.BadParameter(str(error)) from None


def field_of_plan(plan: Plan, field_id: str | None) -> str | None:
    if field_id is None or any(f.id == field_id for f in plan.fields):
        return field_id
    known = ", ".join(f.id for f in plan.fields)
    raise UsageError(f"--field '{field_id}' is not a field of this plan", f"choose one of: {known}")
