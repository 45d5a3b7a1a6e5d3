"""What every command shares: its options, how it reads its inputs, emits its output, and fails."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from par_cli.cli.failures import OutputFailure, Quiet, Usage, report
from par_cli.cli.output import check_target, write_file, write_stdout
from par_cli.cli.streams import styles_wanted
from par_cli.core.problems import Code, DataError, Term, ValueProblem
from par_cli.render import FORMATS, render
from par_cli.texts.labels import LANGUAGES, Labels
from par_cli.views.shapes import Report

if TYPE_CHECKING:  # the CLI imports the core only when a command runs: --help stays fast
    from par_cli.core.model import Unit
    from par_cli.core.plan import Plan

MIN_WIDTH, MAX_WIDTH = 20, 10_000


def _check_format(value: str) -> str:
    if value not in FORMATS:
        raise Usage(Code.BAD_CHOICE, option="--format", value=value, choices=", ".join(FORMATS))
    return value


def _check_language(value: str | None) -> str | None:
    if value is not None and value not in LANGUAGES:
        raise Usage(Code.BAD_CHOICE, option="--lang", value=value, choices=", ".join(LANGUAGES))
    return value


# A path is checked when it is read (readers/files.py), in the run's language, as a problem with
# its code (permission-denied, exit 1, a JSON record, --keep-going goes on): never by click, which
# would say "is not readable" in English and exit 2. Every Path option and argument takes these.
UNCHECKED: dict[str, Any] = {"exists": False, "readable": False}


# The options every command shares, worded in the app's language. A command module declares
# `criteria: Annotated[Path | None, criteria_option(tr)] = None`.
def criteria_option(tr: Labels) -> Any:
    return typer.Option(
        "--criteria",
        envvar="PAR_CRITERIA",
        help=tr("help.criteria"),
        show_default=False,
        metavar=tr("metavar.file"),
        **UNCHECKED,
    )


def output_option(tr: Labels) -> Any:
    return typer.Option(
        "--output", "-o", help=tr("help.output"), show_default=False, metavar=tr("metavar.file"), **UNCHECKED
    )


def force_option(tr: Labels) -> Any:
    return typer.Option("--force", help=tr("help.force"))


def format_option(tr: Labels) -> Any:
    formats = ", ".join(FORMATS)
    return typer.Option(
        "--format",
        "-f",
        callback=_check_format,
        help=tr("help.format", formats=formats),
        metavar="[" + "|".join(FORMATS) + "]",
    )


def lang_option(tr: Labels) -> Any:
    """``--lang``: read from the command line before typer runs (cli/__init__.py), so declared only
    to be listed and checked, never passed to a command; the root's is shared by every command."""
    return typer.Option(
        "--lang",
        callback=_check_language,
        help=tr("help.lang"),
        show_default=False,
        metavar="[en|vi]",
        expose_value=False,
    )


def inputs_option(tr: Labels, help_key: str) -> Any:
    return typer.Option(
        "--input", "-i", help=tr(help_key), show_default=False, metavar=tr("metavar.file"), **UNCHECKED
    )


def criteria_path(ctx: typer.Context, local: Path | None) -> Path | None:
    """The plan a command uses: its own --criteria, else the global one (or PAR_CRITERIA)."""
    if local is not None and str(local):
        return local
    parent = ctx.find_root().params.get("criteria")
    return parent if isinstance(parent, Path) and str(parent) else None


def plan_inputs(plan: Plan, *more: Sequence[str | Path] | None) -> list[str]:
    """Every file a command reads: an --output must never be one of them."""
    return [plan.path, *(str(path) for paths in more if paths for path in paths)]


def check_stdin_once(paths: Sequence[str | Path] | None) -> None:
    if paths and sum(1 for path in paths if str(path) == "-") > 1:
        raise Usage(Code.STDIN_TWICE)


def check_inputs_once(paths: Sequence[Path] | None) -> None:
    """Files merged into one assessment: each once (the same file twice is a slip, not a merge)."""
    check_stdin_once(paths)
    seen: list[os.stat_result] = []
    for path in paths or ():
        try:
            info = os.stat(path)
        except (OSError, ValueError):
            continue  # reading it will say what is wrong
        if any(os.path.samestat(info, other) for other in seen):
            raise Usage(Code.INPUT_TWICE, str(path))
        seen.append(info)


@contextmanager
def reporting(tr: Labels, format_name: str = "table", output: Path | None = None) -> Iterator[None]:
    """Whatever a command raises ends in one line per problem and its exit code, never a traceback.
    With --format json (and no --output), data problems are also written to stdout as records."""
    try:
        yield
    except (DataError, Usage, OutputFailure, Quiet) as error:
        raise typer.Exit(report(error, tr, records=format_name == "json" and output is None)) from None


def emit(
    report_: Report,
    format_name: str,
    output: Path | None = None,
    force: bool = False,
    inputs: Sequence[str | Path] = (),
) -> None:
    """Render fully in memory first, so that an error never leaves half an output."""
    if FORMATS[format_name].binary and output is None:
        raise Usage(Code.BINARY_NEEDS_OUTPUT, format=format_name)
    if output is not None:
        check_target(output, force, inputs)
    to_terminal = output is None and sys.stdout is not None and sys.stdout.isatty()
    width = terminal_width(to_terminal) if format_name == "table" else None
    data = render(report_, format_name, width, colour=to_terminal and styles_wanted())
    if output is not None:
        write_file(output, data.encode("utf-8") if isinstance(data, str) else data, force, inputs)
    elif isinstance(data, str):
        write_stdout(data)


def terminal_width(to_terminal: bool) -> int:
    """The terminal's width (or COLUMNS, whatever it holds); 100 for a pipe or a file."""
    columns = os.environ.get("COLUMNS", "").strip()
    if columns.isdigit() and len(columns) < 8:
        return min(max(int(columns), MIN_WIDTH), MAX_WIDTH)
    if to_terminal:
        return min(max(shutil.get_terminal_size().columns, MIN_WIDTH), MAX_WIDTH)
    return 100


def parse_amount(value: str | None, option: str, what: str) -> Decimal | None:
    """A figure given on the command line, read like a score in a file; ``what`` names it (a
    catalogue key) where a score's words would not fit: "the minimum gap is at least 0"."""
    if value is None:
        return None
    from par_cli.core.numbers import parse_score

    try:
        return parse_score(value)
    except ValueProblem as problem:
        if problem.code in _AMOUNT_WORDS:
            detail = Term(_AMOUNT_WORDS[problem.code], {**problem.params, "what": Term(what)})
        else:
            detail = Term(f"err.{problem.code}", problem.params)
        raise Usage(Code.BAD_OPTION_VALUE, option=option, detail=detail) from None


_AMOUNT_WORDS = {Code.NEGATIVE_NUMBER: "amount.negative", Code.TOO_MANY_DECIMALS: "amount.too_many_decimals"}


def find_unit(plan: Plan, query: str) -> Unit:
    """The one unit ``query`` names (see units.match_units); else a usage error listing them."""
    from par_cli.core.units import match_units

    found = match_units(plan, query)
    if len(found) == 1:
        return found[0]
    listing = "; ".join(f"{u.id} ({u.name})" for u in (found or plan.units.values()))
    code = Code.UNIT_OPTION_AMBIGUOUS if found else Code.UNIT_OPTION_UNKNOWN
    raise Usage(code, query=query, listing=listing)


def find_office(plan: Plan, query: str) -> Unit:
    """The one office ``query`` names, for a form or its evidence folders: a group of offices
    and a desk fill in no form of their own, so either is refused, naming the offices that do
    (the group's members; the desk's office)."""
    unit = find_unit(plan, query)
    if unit.kind == "group":
        what, offices = Term("unit.kind.group"), [plan.units[m] for m in unit.members]
    elif unit.part_of is not None:
        office = plan.units[unit.part_of]
        what, offices = Term("unit.kind.desk", {"office": office.name}), [office]
    else:
        return unit
    listing: str | Term = "; ".join(f"{u.id} ({u.name})" for u in offices) or Term("unit.members.none")
    raise Usage(Code.UNIT_NOT_AN_OFFICE, query=query, name=unit.name, what=what, listing=listing)


def node_of_plan(plan: Plan, node_id: str | None) -> str | None:
    """A field or criterion id given to --field, checked against the plan."""
    if node_id is None or node_id in plan.nodes:
        return node_id
    known = ", ".join(f.id for f in plan.fields)
    raise Usage(Code.FIELD_OPTION_UNKNOWN, id=node_id, choices=known)
