"""Every part of typer and of its vendored click that neither documents: used from here only.

`par` answers usage errors in its own words and in two languages, and words typer's help pages in
the language of the run. Neither library offers that publicly, so this module reaches into them:
click's exception classes (``typer._click.exceptions``), the gettext hook of typer's help pages
(``typer.core._``), two methods that write help text click words itself, the completion classes
typer registers at start-up (``typer._completion_classes``), and the English messages of the
errors that carry nothing but a message. pyproject.toml pins typer to the releases this was
tested on; tests/test_typer_private.py checks every name and assumption below, and fails naming
this module when a release breaks one.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Mapping
from typing import Any

import typer
from typer._click import exceptions as _errors

MODULE = "par_cli/cli/typer_private.py"

# click's exceptions, as `par` catches and reads them
UsageError = _errors.UsageError
NoArgsIsHelpError = _errors.NoArgsIsHelpError
NoSuchOption = _errors.NoSuchOption
BadOptionUsage = _errors.BadOptionUsage
MissingParameter = _errors.MissingParameter
BadParameter = _errors.BadParameter

# The words of typer's and click's help pages, looked up by their English text: set for each run
# by help_words, read by the hooks below.
_WORDS: dict[str, str] = {}


def help_words(words: Mapping[str, str]) -> None:
    """Help pages in the run's language: ``words`` maps each English word click and typer write
    ("Options", "Usage: ", "[OPTIONS]", ...) to the one shown instead."""
    _WORDS.clear()
    _WORDS.update(words)
    _hook_words()


@functools.cache  # once a process: the hooks read _WORDS, set for each run
def _hook_words() -> None:
    # typer marks the words of its help pages for gettext, through a module-level `_`
    typer.core._ = lambda text: _WORDS.get(text, text)  # type: ignore[attr-defined,assignment]
    from typer._click import core as click_core
    from typer._click import formatting

    # Two texts are written as they are, not through gettext: the --help option's own help and
    # the "Usage: " prefix (with its metavars). The methods that write them are wrapped.
    get_help_option = click_core.Command.get_help_option
    write_usage = formatting.HelpFormatter.write_usage

    def help_option(self: Any, ctx: Any) -> Any:
        option = get_help_option(self, ctx)
        if option is not None:
            option.help = _WORDS.get("Show this message and exit.", option.help)
        return option

    def usage(self: Any, prog: str, args: str = "", prefix: str | None = None) -> None:
        for metavar in ("[OPTIONS]", "COMMAND [ARGS]..."):
            args = args.replace(metavar, _WORDS.get(metavar, metavar))
        write_usage(self, prog, args, _WORDS.get("Usage: ") if prefix is None else prefix)

    click_core.Command.get_help_option = help_option  # type: ignore[method-assign]
    formatting.HelpFormatter.write_usage = usage  # type: ignore[method-assign]


def init_completion() -> None:
    """Register typer's completion classes (bash, zsh, fish, PowerShell), as typer does itself when
    an app is built with completion options, which `par`'s help does not show."""
    from typer._completion_classes import completion_init

    completion_init()


def share_option(group: Any, name: str) -> None:
    """Give every command of ``group``, and of the groups within it, the group's own option ``name``
    (a declaration typer never passes to a function: ``expose_value=False``), unless it declares
    one itself."""
    option = next(p for p in group.params if p.name == name)

    def share(commands: Any) -> None:
        for command in commands.values():
            if not any(p.name == name for p in command.params):
                command.params.append(option)
            share(getattr(command, "commands", {}))  # a group's own commands: par evidence check

    share(group.commands)


# The errors click raises with nothing but an English message, read back from it.
_EXTRA = re.compile(r"Got unexpected extra argument(?:\(s\)|s)? \((.*)\)")
_NO_COMMAND = re.compile(r"No such command ('(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\")")


def extra_argument(message: str) -> str | None:
    """The arguments of "Got unexpected extra argument (x)", else None."""
    match = _EXTRA.match(message)
    return match.group(1) if match else None


def no_such_command(message: str) -> str | None:
    """The name of "No such command 'gapz'." (typer may add its English "Did you mean"), else None."""
    match = _NO_COMMAND.match(message)
    if match is None:
        return None
    name = ast.literal_eval(match.group(1))  # click writes the name as Python's repr
    return name if isinstance(name, str) else None


def missing_command(message: str) -> bool:
    return message.startswith("Missing command")
