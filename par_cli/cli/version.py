"""`par --version`: the version, the Python, the bundled plan and the criteria file in use, so
that a bug report says what it ran on.

Answered before typer is imported (see `cli/__init__.py`): this module uses nothing but the
standard library, the catalogue and `bundled`, which reads a plan's title and year from its text.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from par_cli import __version__
from par_cli.core.problems import DataError
from par_cli.readers.bundled import bundled_plan_path, plan_heading
from par_cli.texts.labels import Labels

# The options `par` takes before its command, and whether each takes a value.
ROOT_OPTIONS = {"--version": False, "--criteria": True, "--lang": True, "-h": False, "--help": False}


def root_options(argv: Sequence[str]) -> dict[str, str] | None:
    """The options given before the command, by name ("" for --version), when they are all among
    ROOT_OPTIONS; None when any other (--help, an unknown option, a missing value): typer answers
    those. The first word that is not an option is the command, and ends them."""
    given: dict[str, str] = {}
    index = 0
    while index < len(argv) and argv[index].startswith("-"):
        name, equals, value = argv[index].partition("=")
        if name not in ROOT_OPTIONS or (equals and not ROOT_OPTIONS[name]):
            return None
        if ROOT_OPTIONS[name] and not equals:
            if index + 1 == len(argv):
                return None
            index += 1
            value = argv[index]
        given[name] = value
        index += 1
    return given


def version_asked(argv: Sequence[str]) -> bool:
    """``--version`` among the options before the command, and before any --help: click, too,
    answers the first of the two, and never looks at the command."""
    names = list(root_options(argv) or ())
    helps = [names.index(name) for name in ("-h", "--help") if name in names]
    return "--version" in names and names.index("--version") < min(helps, default=len(names))


def version_text(tr: Labels, argv: Sequence[str], environ: dict[str, str] | None = None) -> str:
    """What `par --version` prints, for the options of ``argv``."""
    env = os.environ if environ is None else environ
    python = ".".join(str(part) for part in sys.version_info[:3])
    lines = [tr("version.par", version=__version__, python=python)]
    try:
        bundled: str | None = bundled_plan_path()
    except (DataError, OSError, ImportError):
        bundled = None
    lines.append(tr("version.bundled", plan=_plan(tr, bundled)))
    lines.append(tr("version.bundled_file", path=bundled if bundled is not None else "-"))
    given = (root_options(argv) or {}).get("--criteria") or None
    source, path = ("--criteria", given) if given else ("PAR_CRITERIA", env.get("PAR_CRITERIA") or None)
    if path is None:
        lines.append(tr("version.in_use.bundled"))
    else:
        lines.append(tr("version.in_use", path=path, source=source, plan=_plan(tr, path)))
    return "\n".join(lines) + "\n"


def _plan(tr: Labels, path: str | None) -> str:
    heading = plan_heading(path) if path is not None else None
    if heading is None:
        return tr("version.no_heading")
    title, year = heading
    return tr("version.plan", title=title, year=year)
