"""The command line: parses arguments, calls the core, hands the result to a renderer."""

from __future__ import annotations

from typing import Annotated

import typer

from par_cli import __version__
from par_cli.cli import by_unit, gaps, score, summary, template, validate
from par_cli.cli.common import CriteriaOption

app = typer.Typer(
    name="par",
    help="Plan and self-assess a PAR Index (Chỉ số cải cách hành chính) from plain-text data.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"par {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    criteria: CriteriaOption = None,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """Plan and self-assess a PAR Index (Chỉ số cải cách hành chính) from plain-text data."""


app.command("gaps")(gaps.command)
app.command("by-unit")(by_unit.command)
app.command("summary")(summary.command)
app.command("score")(score.command)
app.command("template")(template.command)
app.command("validate")(validate.command)


def main() -> None:
    app()
