"""What every command shares: the plan option, the format option, output, and error handling."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from par_cli.errors import DataError, Problem, UsageError
from par_cli.files import write_atomic
from par_cli.labels import LANGUAGES, default_language, set_language, t
from par_cli.numbers import parse_score
from par_cli.render import FORMATS, render
from par_cli.report import Report

if TYPE_CHECKING:  # the CLI imports the core only when a command runs: --help stays fast
    from par_cli.plan import Plan

EXIT_DATA = 1
EXIT_USAGE = 2
EXIT_THRESHOLD = 3


def _check_format(value: str) -> str:
    if value not in FORMATS:
        raise typer.BadParameter(t("err.format", value=value, formats=", ".join(FORMATS)))
    return value


def choose_language(value: str | None) -> str | None:
    """The global --lang: the language asked for, else PAR_LANG or the locale."""
    if value is not None and value not in LANGUAGES:
        raise typer.BadParameter(t("err.choose", choices=", ".join(LANGUAGES)))
    set_language(value or default_language())
    return value


def _override_language(value: str | None) -> str | None:
    """A command's own --lang, after the global one."""
    return choose_language(value) if value is not None else None


CriteriaOption = Annotated[
    Path | None,
    typer.Option("--criteria", envvar="PAR_CRITERIA", help=t("help.criteria"), show_default=False),
]
OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", help=t("help.output"), show_default=False),
]
ForceOption = Annotated[bool, typer.Option("--force", help=t("help.force"))]
FormatOption = Annotated[
    str,
    typer.Option("--format", "-f", callback=_check_format, help=t("help.format", formats=", ".join(FORMATS))),
]
LangOption = Annotated[
    str | None,
    typer.Option(
        "--lang", callback=_override_language, is_eager=True, help=t("help.lang"), show_default=False
    ),
]


def criteria_path(ctx: typer.Context, local: Path | None) -> Path | None:
    """The plan a command uses: its own --criteria, else the global one (or PAR_CRITERIA)."""
    if local is not None:
        return local
    parent = ctx.find_root().params.get("criteria")
    return parent if isinstance(parent, Path) else None


def emit(report: Report, format_name: str, output: Path | None = None, force: bool = False) -> None:
    """Render fully in memory first, so that an error never leaves half an output."""
    if FORMATS[format_name].binary and output is None:
        raise typer.BadParameter(t("err.binary", format=format_name))
    to_terminal = output is None and sys.stdout.isatty()
    width = _width(to_terminal) if format_name == "table" else None
    data = render(report, format_name, width, colour=to_terminal and "NO_COLOR" not in os.environ)
    if output is not None:
        with data_errors():
            write_atomic(output, data, force=force)
    elif isinstance(data, str):
        sys.stdout.write(data)
        sys.stdout.flush()


def _width(to_terminal: bool) -> int:
    """The terminal's width (or COLUMNS); 100 for a pipe or a file, so output does not vary."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit():
        return int(columns)
    return shutil.get_terminal_size().columns if to_terminal else 100


def fail(problems: list[Problem], code: int = EXIT_DATA) -> NoReturn:
    for problem in problems:
        typer.echo(f"{t('error')}: {problem}", err=True)
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
        typer.echo(f"{t('error')}: {error}", err=True)
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
    raise UsageError(t("err.field_option", id=field_id), t("hint.choose", choices=known))
