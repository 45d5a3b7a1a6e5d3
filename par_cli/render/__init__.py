"""One renderer per output format, behind one registry; commands only name a format.

A renderer turns a Report into the whole output at once (text, or bytes for a binary format),
so that nothing is written until everything is ready. Each renderer module is imported only
when its format is asked for. A Report that carries a form to fill in (`par template`) is
written by the form renderers of FORMS instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module

from par_cli.views.shapes import Document, Report


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


# The formats of a form to fill in and send back: plain text, or a workbook that prints.
FORMS: dict[str, Format] = {
    "yaml": Format("form_yaml"),
    "xlsx": Format("form_xlsx", binary=True),
}


def formats_of(report: Report) -> dict[str, Format]:
    """The formats ``report`` can be written in: a form's, or every other report's."""
    return FORMS if report.form is not None else FORMATS


def render(report: Report, format_name: str, width: int | None = None, colour: bool = False) -> str | bytes:
    module = import_module(f"par_cli.render.{formats_of(report)[format_name].module}")
    output: str | bytes = module.render(report, width, colour)
    return output


# What `par report` and `par plan` write: a Document (a report to sign, a plan) has a renderer of its
# own in each of these formats; a Report (the analysis) goes through FORMATS, or to PDF through Word.
DOCUMENT_FORMATS: dict[str, Format] = {
    "html": Format("html_document"),
    "docx": Format("docx_format", binary=True),
    "markdown": Format("markdown_document"),
    "pdf": Format("pdf_format", binary=True),
}


def render_document(item: Document | Report, format_name: str) -> str | bytes:
    if isinstance(item, Report) and format_name != "pdf":
        return render(item, format_name)
    module = import_module(f"par_cli.render.{DOCUMENT_FORMATS[format_name].module}")
    output: str | bytes = module.render(item) if isinstance(item, Report) else module.render_document(item)
    return output
