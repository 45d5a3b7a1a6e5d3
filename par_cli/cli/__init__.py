"""The command line: parses arguments, calls the core, hands the result to a renderer.

The language is chosen before the commands are imported, so that their help reads in it too.
"""

from __future__ import annotations

import os
import sys

from par_cli.labels import LANGUAGES, default_language, set_language


def language_asked(argv: list[str]) -> str | None:
    """The value of ``--lang`` anywhere on the command line, if it names a language."""
    for index, arg in enumerate(argv):
        value = argv[index + 1] if arg == "--lang" and index + 1 < len(argv) else arg.partition("--lang=")[2]
        if value in LANGUAGES:
            return value
    return None


def main() -> None:
    if sys.argv[1:] == ["--version"]:  # answered before typer is even imported
        from par_cli import __version__

        print(f"par {__version__}")
        return
    # pydantic looks for plugins among every installed package's entry points: none apply here.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    set_language(language_asked(sys.argv[1:]) or default_language())
    from par_cli.cli.app import app

    app()
