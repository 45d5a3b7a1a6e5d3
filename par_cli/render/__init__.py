"""One renderer per output format, behind one registry; commands only name a format."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from par_cli.render import csv_format, json_format, markdown_format, table_format
from par_cli.report import Report

Renderer = Callable[[Report, TextIO, int | None], None]

FORMATS: dict[str, Renderer] = {
    "table": table_format.render,
    "json": json_format.render,
    "csv": csv_format.render,
    "markdown": markdown_format.render,
}


def render(report: Report, format_name: str, stream: TextIO, width: int | None = None) -> None:
    FORMATS[format_name](report, stream, width)
