"""How wide a line of Times New Roman is: to size a table's columns and draw a document's rules.

The widths are those of the Times faces' published metrics (Adobe's AFM files, which Liberation
Serif and Times New Roman share), in thousandths of the font size, for ASCII 32 to 126. A
Vietnamese letter is as wide as its base letter (ệ as e, Đ as D): the tone and vowel marks sit
above or below it.
"""

from __future__ import annotations

import unicodedata

_REGULAR = (
    250, 333, 408, 500, 500, 833, 778, 180, 333, 333, 500, 564, 250, 333, 250, 278, 500, 500, 500,
    500, 500, 500, 500, 500, 500, 500, 278, 278, 564, 564, 564, 444, 921, 722, 667, 667, 722, 611,
    556, 722, 722, 333, 389, 722, 611, 889, 722, 722, 556, 722, 667, 556, 611, 722, 722, 944, 722,
    722, 611, 333, 278, 333, 469, 500, 333, 444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500,
    278, 778, 500, 500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444, 480, 200, 480, 541,
)  # fmt: skip
_BOLD = (
    250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, 500, 500, 500,
    500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, 930, 722, 667, 722, 722, 667,
    611, 778, 778, 389, 500, 778, 667, 944, 722, 778, 611, 778, 722, 556, 667, 722, 722, 1000, 722,
    722, 667, 333, 278, 333, 581, 500, 333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556,
    278, 833, 556, 500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,
)  # fmt: skip
_WIDE = 1000  # a character outside the table: counted as wide as an em, never too narrow
_BASE = {"đ": "d", "Đ": "D", "–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"'}


def _base(char: str) -> str:
    if char in _BASE:
        return _BASE[char]
    return unicodedata.normalize("NFD", char)[0]


def text_width(text: str, points: float, bold: bool = False) -> float:
    """The width of ``text`` set on one line at ``points``, in points."""
    table = _BOLD if bold else _REGULAR
    total = 0
    for char in text:
        code = ord(char if char.isascii() else _base(char))
        total += table[code - 32] if 32 <= code < 127 else _WIDE
    return total * points / 1000
