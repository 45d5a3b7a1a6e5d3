"""One renderer per output format, behind one registry; commands only name a format.

A renderer turns a Report into the whole output at once (text, or bytes for a binary format),
so that nothing is written until everything is ready.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from par_cli.render import csv_format, html_format, json_format, markdown_format, table_format, xlsx_format
from par_cli.report import Report


@dataclass(frozen=True)
class Format:
    render: Callable[[Report, int | None, bool], str | bytes]  # (report, width, colour)
    binary: bool = False  # written only to a file (--output)


FORMATS: dict[str, Format] = {
    "table": Format(table_format.render),
    "json": Format(json_format.render),
    "csv": Format(csv_format.render),
    "markdown": Format(markdown_format.render),
    "html": Format(html_format.render),
    "xlsx": Format(xlsx_format.render, binary=True),
}


def render(report: Report, format_name: str, width: int | None = None, colour: bool = False) -> str | bytes:
    return FORMATS[format_name].render(report, width, colour)
