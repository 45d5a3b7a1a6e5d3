"""One renderer per output format, behind one registry; commands only name a format.

A renderer turns a Report into the whole output at once (text, or bytes for a binary format),
so that nothing is written until everything is ready. Each renderer module is imported only
when its format is asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

from par_cli.views.shapes import Report


@dataclass(frozen=True)
class Format:
    module: str  # a module of this package with render(report, width, colour) -> str | bytes
    binary: bool = False  # written only to a file (--output)


FORMATS: dict[str, Format] = {
    "table": Format("table_format"),
    "json": Format("json_format"),
    "csv": Format("csv_format"),
    "markdown": Format("markdown_format"),
    "html": Format("html_format"),
    "xlsx": Format("xlsx_format", binary=True),
    "docx": Format("docx_format", binary=True),
}


def render(report: Report, format_name: str, width: int | None = None, colour: bool = False) -> str | bytes:
    module = import_module(f"par_cli.render.{FORMATS[format_name].module}")
    output: str | bytes = module.render(report, width, colour)
    return output
