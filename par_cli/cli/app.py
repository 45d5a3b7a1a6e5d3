"""The `par` application, built for one language: global options, the commands, and the one place
where whatever a run raises becomes an exit code and one line on stderr.

The command modules import the core (pydantic models, YAML, computations) inside their
functions, so that `par --help` and `par --version` load none of it.
"""

import difflib
import os
from pathlib import Path
from typing import Annotated, Any

import typer

from par_cli.cli import (
    by_unit,
    compare,
    evidence,
    gaps,
    plan,
    report,
    rollover,
    score,
    summary,
    template,
    typer_private,
    validate,
)
from par_cli.cli.common import criteria_option, lang_option
from par_cli.cli.failures import EXIT_INTERNAL, EXIT_USAGE, OutputFailure, Quiet, Usage, say
from par_cli.cli.failures import report as report_failure
from par_cli.cli.output import stdout_failure
from par_cli.cli.version import version_text
from par_cli.core.problems import Code, DataError, Problem, Where
from par_cli.texts.escape import inert
from par_cli.texts.labels import Labels
from par_cli.texts.messages import line

COMMANDS = (gaps, by_unit, summary, score, template, compare, report, plan, validate, rollover, evidence)


def _help_words(tr: Labels) -> None:
    """typer's and click's help words ("Options", "required", "Usage: ", ...) in the app's language."""
    typer_private.help_words({text: tr(key) for key, text in HELP_WORDS.items()})


HELP_WORDS = {
    "help.word.arguments": "Arguments",
    "help.word.options": "Options",
    "help.word.commands": "Commands",
    "help.word.required": "required",
    "help.word.default": "default: {default}",
    "help.word.env_var": "env var: {var}",
    "help.word.usage": "Usage: ",
    "help.word.options_metavar": "[OPTIONS]",
    "help.word.command_metavar": "COMMAND [ARGS]...",
    "help.word.help": "Show this message and exit.",
}


def make_app(tr: Labels) -> typer.Typer:
    _help_words(tr)
    app = typer.Typer(
        name="par",
        help=tr("help.app"),
        no_args_is_help=True,
        pretty_exceptions_enable=False,
        rich_markup_mode=None,  # plain help: rich's markdown and console cost more than the whole command
        add_completion=False,
        suggest_commands=False,  # "did you mean" is ours, in the language of the run
        context_settings={"help_option_names": ["-h", "--help"]},
    )

    def show_version(value: bool) -> None:
        if value:  # answered before the app exists (cli/__init__.py): this is for the odd case it misses
            typer.echo(version_text(tr, []), nl=False)
            raise typer.Exit()

    @app.callback(help=tr("help.app"))
    def root(
        criteria: Annotated[Path | None, criteria_option(tr)] = None,
        lang: Annotated[str | None, lang_option(tr)] = None,
        version: Annotated[
            bool, typer.Option("--version", callback=show_version, is_eager=True, help=tr("help.version"))
        ] = False,
    ) -> None:
        pass

    for module in COMMANDS:
        module.register(app, tr)
    return app


def run_app(argv: list[str], language: str) -> int:
    """Run the app for ``argv``; whatever happens, an exit code and at most one line per problem."""
    tr = Labels(language)
    if os.environ.get("_PAR_COMPLETE"):  # a shell asks for completions: typer's, for every shell it knows
        typer_private.init_completion()
    command = typer.main.get_command(make_app(tr))
    typer_private.share_option(command, "lang")  # --lang after the command too: par gaps --lang vi
    try:
        result = command.main(args=argv, prog_name="par", standalone_mode=False)
    except typer_private.NoArgsIsHelpError as error:
        typer.echo(error.ctx.get_help() if error.ctx else "")
        return 0
    except typer_private.UsageError as error:
        names = getattr(command, "commands", {})
        asked = next((f"par {arg}" for arg in argv if arg in names), "par")
        say(line(_usage_problem(error, asked), tr))
        return EXIT_USAGE
    except typer.Abort:
        return 130
    except (DataError, Usage, OutputFailure, Quiet) as error:
        return report_failure(error, tr)
    except (OSError, UnicodeEncodeError) as error:  # help or a message of click's, on a stream that failed
        return report_failure(stdout_failure(error), tr)
    except Exception as error:  # a bug: one line that says so, never a traceback (PAR_DEBUG=1 shows it)
        if os.environ.get("PAR_DEBUG"):
            raise
        say(inert(f"{tr('error')}: {tr('internal_error', kind=type(error).__name__, detail=error)}"))
        return EXIT_INTERNAL
    return result if isinstance(result, int) else 0


def _usage_problem(error: typer_private.UsageError, asked: str) -> Problem:
    """Click's usage errors as problems of our own, worded like every other. ``asked`` is the
    command the user ran, for errors click raises without saying."""
    ctx = error.ctx
    command = ctx.command_path if ctx is not None and ctx.parent is not None else asked
    if isinstance(error, typer_private.NoSuchOption):
        close = list(error.possibilities or ())  # difflib's, the closest first
        hint = {"suggestion": close[0]} if close else {}
        return _problem(Code.NO_SUCH_OPTION, option=error.option_name, command=command, **hint)
    if isinstance(error, typer_private.BadOptionUsage):
        return _problem(Code.OPTION_NEEDS_VALUE, option=error.option_name, command=command)
    if isinstance(error, typer_private.MissingParameter):
        name = _param_name(error.param)
        if error.param is not None and error.param.param_type_name == "argument":
            return _problem(Code.MISSING_ARGUMENT, argument=name, command=command)
        return _problem(Code.MISSING_OPTION, option=name, command=command)
    if isinstance(error, typer_private.BadParameter):
        return _problem(Code.BAD_OPTION_VALUE, option=_param_name(error.param), detail=error.message)
    message = error.message
    if (value := typer_private.extra_argument(message)) is not None:
        return _problem(Code.EXTRA_ARGUMENT, value=value, command=command)
    if (typo := typer_private.no_such_command(message)) is not None:
        names = sorted(getattr(ctx.command, "commands", {})) if ctx is not None else []
        close = difflib.get_close_matches(typo, names, n=1)
        return _problem(Code.NO_SUCH_COMMAND, name=typo, **({"suggestion": close[0]} if close else {}))
    if typer_private.missing_command(message):
        return _problem(Code.MISSING_COMMAND)
    return _problem(Code.BAD_OPTION_VALUE, option=command, detail=message)


def _problem(code: Code, **params: Any) -> Problem:
    return Problem(code, Where(""), params)


def _param_name(param: Any) -> str:
    if param is None:
        return "?"
    opts = [o for o in getattr(param, "opts", []) if o.startswith("--")] or getattr(param, "opts", [])
    if opts and param.param_type_name != "argument":
        return str(opts[0])
    return str(getattr(param, "metavar", None) or str(param.name).upper())  # worded: CÁC_TỆP
