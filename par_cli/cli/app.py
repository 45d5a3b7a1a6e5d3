"""The `par` application: global options and the commands.

The command modules import the core (pydantic models, YAML, computations) inside their
functions, so that `par --help` and `par --version` load none of it.
"""

from __future__ import annotations

from typing import Annotated

import typer

from par_cli import __version__
from par_cli.cli import by_unit, compare, gaps, report, score, summary, template, validate
from par_cli.cli.common import CriteriaOption, choose_language
from par_cli.labels import t

app = typer.Typer(
    name="par",
    help=t("help.app"),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: rich's markdown and console cost more than the whole command
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"par {__version__}")
        raise typer.Exit()


@app.callback(help=t("help.app"))
def root(
    criteria: CriteriaOption = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang", callback=choose_language, is_eager=True, help=t("help.lang"), show_default=False
        ),
    ] = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help=t("help.version"))
    ] = False,
) -> None:
    pass


app.command("gaps", help=t("help.gaps"))(gaps.command)
app.command("by-unit", help=t("help.by_unit"))(by_unit.command)
app.command("summary", help=t("help.summary"))(summary.command)
app.command("score", help=t("help.score"))(score.command)
app.command("template", help=t("help.template"))(template.command)
app.command("compare", help=t("help.compare"))(compare.command)
app.command("report", help=t("help.report"))(report.command)
app.command("validate", help=t("help.validate"))(validate.command)
