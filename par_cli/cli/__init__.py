"""The command line: parses arguments, calls the core, hands the result to a renderer.

The language is the one thing decided before the commands exist: their help reads in it. It is
read here, once, from ``--lang`` anywhere on the command line, else PAR_LANG or the locale, and
handed to the app that is built for it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from par_cli.cli.streams import Stdout
from par_cli.cli.version import version_asked, version_text
from par_cli.texts.labels import LANGUAGES, Labels, default_language


def language_asked(argv: Sequence[str]) -> str | None:
    """The value of ``--lang`` anywhere on the command line, if it names a language."""
    for index, arg in enumerate(argv):
        value = argv[index + 1] if arg == "--lang" and index + 1 < len(argv) else arg.partition("--lang=")[2]
        if value in LANGUAGES:
            return value
    return None


def run(argv: Sequence[str]) -> int:
    """Run `par` with ``argv``; the exit code. Never raises, never prints a traceback."""
    original = sys.stdout
    sys.stdout = Stdout(original)  # every write to stdout, help included, goes through it
    try:
        return _run(list(argv))
    finally:
        sys.stdout = original


def _run(argv: list[str]) -> int:
    language = language_asked(argv) or default_language()
    if version_asked(argv):  # answered before typer is even imported
        try:
            sys.stdout.write(version_text(Labels(language), argv))
            sys.stdout.flush()
        except (OSError, ValueError) as error:
            from par_cli.cli.failures import report
            from par_cli.cli.output import stdout_failure

            return report(stdout_failure(error), Labels(language))
        return 0
    # pydantic looks for plugins among every installed package's entry points: none apply here.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from par_cli.cli.app import run_app

    return run_app(argv, language)
