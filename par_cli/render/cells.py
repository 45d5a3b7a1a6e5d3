"""How one cell reads as text, shared by the text formats."""

from __future__ import annotations

from decimal import Decimal

from par_cli.numbers import fmt
from par_cli.report import Cell, Column


def cell_text(value: Cell, column: Column, list_sep: str = "\n", decimal_sep: str = ".") -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        text = fmt(value, column.places, decimal_sep)
        return f"+{text}" if column.signed and value > 0 else text
    if isinstance(value, list):
        return list_sep.join(value)
    return str(value)
