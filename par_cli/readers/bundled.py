"""The bundled plan, where it is installed, and a plan file's title and year read from its text.

Only the standard library: `par --version` names the plans with this, without the YAML parser
or the models.
"""

from __future__ import annotations

import os
import re
from importlib.util import find_spec
from typing import TYPE_CHECKING

from par_cli.core.problems import Code, DataError, Where

if TYPE_CHECKING:
    from pathlib import Path

BUNDLED_PACKAGE = "par_cli.data"
# --version reads this much of a plan file at most: the `plan:` block comes first in every plan
# this project writes, and a national plan may be tens of MiB.
HEADING_BYTES = 256 * 1024

_KEY = re.compile(r"(?P<indent>[ ]*)(?P<key>[^\s#:][^:#]*?):(?:[ ]+(?P<value>.*?))?[ ]*$")


def bundled_plan_path() -> str:
    """The bundled plan: the last ``*.yaml`` of the package data, in name order. (Found from the
    package's folders, not through importlib.resources: `par --version` is kept fast.)"""
    spec = find_spec(BUNDLED_PACKAGE)
    folders = (spec.submodule_search_locations or []) if spec is not None else []
    files = sorted(
        ((name, os.path.join(folder, name)) for folder in folders for name in os.listdir(folder)),
        key=lambda file: file[0],
    )
    plans = [path for name, path in files if name.endswith(".yaml")]
    if not plans:
        raise DataError.at(Code.NO_BUNDLED_PLAN, Where(BUNDLED_PACKAGE))
    return plans[-1]


def plan_heading(path: str | Path) -> tuple[str, str] | None:
    """The ``title`` and ``year`` under a plan file's top-level ``plan:`` key, read from the text
    alone: nothing is validated (a file that fails `par validate` is still named). None when the
    file cannot be read, or when either is missing from its first part or is not plain text (a
    block scalar, a list)."""
    try:
        with open(path, "rb") as file:
            head = file.read(HEADING_BYTES)
    except (OSError, ValueError):
        return None
    found: dict[str, str | None] = {}
    inside, indent, last = False, None, ""
    for line in head.decode("utf-8", errors="replace").removeprefix("\ufeff").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        match = _KEY.fullmatch(line)
        if not line.startswith(" "):  # a top-level key: the plan's block starts or ends here
            if inside:
                break
            inside = match is not None and match["key"] == "plan" and not match["value"]
            continue
        if not inside:
            continue
        if indent is not None and len(line) - len(line.lstrip(" ")) > len(indent):
            if found.get(last):  # a plain value that goes on, on a line of its own
                more = _scalar(line.strip())
                found[last] = f"{found[last]} {more}" if more else None
            continue
        last = match["key"] if match is not None else ""
        indent = indent if indent is not None or match is None else match["indent"]
        if match is not None and match["indent"] == indent and last in ("title", "year"):
            found[last] = _scalar(match["value"] or "")
        else:
            last = ""
    title, year = found.get("title"), found.get("year")
    return (title, year) if title and year else None


def _scalar(text: str) -> str | None:
    """A one-line YAML scalar as text: quotes taken off, a comment left out; None for what is not
    one line (a block scalar, a flow collection)."""
    if text[:1] in ("'", '"'):
        quote = text[0]
        end = text.rfind(quote)
        if end == 0:
            return None
        inner = text[1:end]
        return inner.replace("''", "'") if quote == "'" else inner.replace('\\"', '"').replace("\\\\", "\\")
    if text[:1] in ("|", ">", "[", "{", "&", "*", "!"):
        return None
    return re.sub(r"[ \t]+#.*$", "", text).strip() or None
