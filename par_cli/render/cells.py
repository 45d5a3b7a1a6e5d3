"""How one cell reads as text, shared by the text formats, and text from data made inert."""

from __future__ import annotations

import re
import textwrap
from decimal import Decimal

from par_cli.numbers import fmt
from par_cli.report import Cell, Column

# Characters that would act on a terminal or a table instead of showing: C0 and C1 controls
# (ESC starts a terminal escape), format characters (RLO reverses the text that follows), and
# the line and paragraph separators. A line feed is kept where a text may hold several lines.
_ACTIVE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]"
)
_ACTIVE_OR_NEWLINE = re.compile(_ACTIVE.pattern[:-1] + "\n]")


def inert(text: str, keep_newlines: bool = False) -> str:
    """``text`` with every active character shown escaped (``\\x1b``, ``\\u202e``)."""
    if text.isascii() and text.isprintable():
        return text  # the common case, at C speed
    return (_ACTIVE if keep_newlines else _ACTIVE_OR_NEWLINE).sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


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
