"""How a command stops short: the exceptions of the command line, and how each is reported.

Data problems (exit 1) come from the core as DataError. The command line adds its own: a
question it cannot answer as asked (exit 2), and an output it could not write (exit 1). All of
them are Problems, worded here, one line each on stderr; with ``--format json``, data problems
are also written to stdout as records an editor or CI can read.
"""

from __future__ import annotations

import contextlib
import sys
from typing import Any

from par_cli.cli.streams import spell, write_all
from par_cli.core.problems import Code, DataError, Problem, Where
from par_cli.texts.labels import Labels
from par_cli.texts.messages import line, more_line, record

EXIT_DATA = 1
EXIT_USAGE = 2
EXIT_THRESHOLD = 3
EXIT_INTERNAL = 70  # a bug in par (BSD's EX_SOFTWARE)


class Usage(Exception):
    """The command was asked something it cannot do as asked: exit 2."""

    def __init__(self, code: Code, where: str = "", **params: Any) -> None:
        super().__init__(code.value)
        self.problem = Problem(code, Where(where), params)


class OutputFailure(Exception):
    """The output could not be written (disk full, stream closed, encoding): exit 1."""

    def __init__(self, code: Code, where: str, **params: Any) -> None:
        super().__init__(code.value)
        self.problem = Problem(code, Where(where), params)


class Quiet(Exception):
    """Stop with ``exit_code`` and nothing to say (the reader of a pipe went away)."""

    def __init__(self, exit_code: int) -> None:
        super().__init__(exit_code)
        self.exit_code = exit_code


def report(error: Exception, tr: Labels, records: bool = False) -> int:
    """Say what went wrong on stderr (and as JSON records on stdout if ``records``); the exit code."""
    if isinstance(error, DataError):
        for problem in error.problems:
            say(line(problem, tr))
        if error.more:
            say(more_line(error.more, tr))
        if records:
            from par_cli.render.json_format import dumps

            data = {
                "valid": False,
                "problems": [record(p, tr) for p in error.problems],
                "more": error.more,
            }
            _write_quietly(sys.stdout, dumps(data))
        return EXIT_DATA
    if isinstance(error, Usage):
        say(line(error.problem, tr))
        return EXIT_USAGE
    if isinstance(error, OutputFailure):
        say(line(error.problem, tr))
        return EXIT_DATA
    if isinstance(error, Quiet):
        return error.exit_code
    raise error


def say(text: str) -> None:
    """A line on stderr, spelled so that any encoding can show it, never failing."""
    _write_quietly(sys.stderr, text + "\n")


def _write_quietly(stream: Any, text: str) -> None:
    if stream is None:
        return
    encoding = getattr(stream, "encoding", None) or "utf-8"
    with contextlib.suppress(OSError, ValueError):  # nowhere left to say it
        write_all(stream, spell(text, encoding, errors="fold"))
