"""Text from data made inert: shown, never obeyed, wherever it is written.

A name in a data file may hold a terminal escape, a bidirectional override or a control
character; every renderer, message and form writes such text through `inert`.
"""

from __future__ import annotations

import re

# Characters that would act on a terminal or a table instead of showing: C0 and C1 controls
# (ESC starts a terminal escape), format characters (RLO reverses the text that follows), and
# the line and paragraph separators; and a lone surrogate, which no encoding can write: a file
# name that is not valid UTF-8 holds one per byte that is not (b\xff.yaml). A line feed is kept
# where a text may hold several lines.
_ACTIVE = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb"
    "\ud800-\udfff]"
)
_ACTIVE_OR_NEWLINE = re.compile(_ACTIVE.pattern[:-1] + "\n]")


def inert(text: str, keep_newlines: bool = False) -> str:
    """``text`` with every active character shown escaped (``\\x1b``, ``\\u202e``)."""
    if text.isascii() and text.isprintable():
        return text  # the common case, at C speed
    return (_ACTIVE if keep_newlines else _ACTIVE_OR_NEWLINE).sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a name that is not UTF-8, as the system gave it
        code -= 0xDC00
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
