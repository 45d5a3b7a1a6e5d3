"""How one cell reads as text, shared by the text formats."""

from __future__ import annotations

import textwrap
from decimal import Decimal

from par_cli.core.numbers import fmt
from par_cli.views.shapes import Cell, Column


def header_lines(label: str, width: int) -> int:
    """The lines ``label`` wraps into at ``width``, words never broken."""
    return len(textwrap.wrap(label, width, break_long_words=False)) or 1


def header_width(label: str, lines: int, start: int = 0) -> int:
    """The narrowest width, from ``start`` or the longest word, at which ``label`` takes ``lines``
    lines or fewer: the table and the Word renderers size their columns' headers so."""
    width = max(start, *(len(word) for word in label.split()), 1)
    while header_lines(label, width) > lines and width < len(label):
        width += 1
    return width


def cell_text(value: Cell, column: Column, list_sep: str = "\n", decimal_sep: str = ".") -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        text = fmt(value, column.places, decimal_sep)
        return f"+{text}" if column.signed and value > 0 else text
    if isinstance(value, list):
        return list_sep.join(value)
    return str(value)
