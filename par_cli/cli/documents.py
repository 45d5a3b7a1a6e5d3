"""What `par report` and `par plan` share: the options of a document (its date and number, its
format) and how it is written: rendered whole in memory, then written at once, like every output."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from par_cli.cli.failures import OutputFailure, Usage
from par_cli.cli.output import check_target, write_file, write_stdout
from par_cli.core.problems import Code, Term
from par_cli.texts.labels import Labels

if TYPE_CHECKING:
    from par_cli.views.shapes import Document, Report

FORMATS = ("html", "docx", "markdown", "pdf")


def format_option(tr: Labels, help_key: str) -> Any:
    return typer.Option("--format", "-f", help=tr(help_key), metavar="[" + "|".join(FORMATS) + "]")


def date_option(tr: Labels) -> Any:
    return typer.Option(
        "--date", help=tr("help.document.date"), show_default=False, metavar=tr("metavar.date")
    )


def number_option(tr: Labels) -> Any:
    return typer.Option(
        "--number", help=tr("help.document.number"), show_default=False, metavar=tr("metavar.number")
    )


def check_format(format_name: str) -> None:
    if format_name not in FORMATS:
        raise Usage(Code.BAD_CHOICE, option="--format", value=format_name, choices=", ".join(FORMATS))


def parse_date(value: str | None) -> date | None:
    """A document's date as offices type it (02/12/2026, day first, or 02.12.2026, 02-12-2026) or
    as ISO (2026-12-02)."""
    from par_cli.core.claims import day_first_date

    if value is None:
        return None
    text = value.strip()
    found = day_first_date(text) or day_first_date(re.sub(r"[.-]", "/", text))
    if found is None:
        raise Usage(Code.BAD_OPTION_VALUE, option="--date", detail=Term("date.expected", {"value": value}))
    return found


def write_document(
    item: Document | Report, format_name: str, output: Path | None, force: bool, inputs: list[str]
) -> None:
    """Render ``item`` whole, then write it: to ``output`` at once (a temporary file put in place),
    else to stdout (text formats only)."""
    from par_cli.render import DOCUMENT_FORMATS, render_document
    from par_cli.render.pdf_format import PdfFailure

    if DOCUMENT_FORMATS[format_name].binary and output is None:
        raise Usage(Code.BINARY_NEEDS_OUTPUT, format=format_name)
    if output is not None:
        check_target(output, force, inputs)
    try:
        data = render_document(item, format_name)
    except PdfFailure as failure:
        raise OutputFailure(failure.code, str(output), **failure.params) from None
    if output is not None:
        write_file(output, data.encode("utf-8") if isinstance(data, str) else data, force, inputs)
    elif isinstance(data, str):
        write_stdout(data)
