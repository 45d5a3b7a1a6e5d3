"""How tall a row of a printed workbook must be: the lines its wrapped texts take in their columns.

LibreOffice (7.4, measured) does not fit a row to its wrapped text when it opens a workbook, whether
or not the row has a height (it keeps the height, or the default, and cuts the text), so the form
sets each row's height itself; a criterion's row without marking it as set by hand, so that Excel
and LibreOffice still fit it to what is typed in (a height without customHeight: render/sml.py,
Sheet.row's ``grows``).

Texts are measured in Times New Roman (the font of Vietnamese administrative documents, whose
metric twin Liberation Serif LibreOffice uses), with the advance widths of its
glyphs; a column's room follows Excel's rule, a width of w characters being w times the widest
digit of the workbook's default font (7 pixels, Calibri 11) at 96 pixels an inch. Measured a
little wide, so that a text is never cut: at worst a row has a little room to spare.
"""

from __future__ import annotations

import unicodedata

# Advance widths of Times New Roman, regular and bold, in thousandths of an em: ASCII 32 to 126.
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
# The Vietnamese letters with a horn are wider than their base letter; every other accented letter
# is as wide as its base. Anything else unknown counts as a whole em.
_HORN = {"ơ": (529, 554), "ư": (542, 600), "Ơ": (722, 778), "Ư": (776, 796)}
_WIDE = {"–": 500, "—": 1000, "…": 1000, "“": 444, "”": 444, "‘": 333, "’": 333, "đ": 500, "Đ": 722}
SLACK = 1.03  # measured wide: hinting and kerning on screen and paper differ a little
DIGIT_PX = 7  # the widest digit of Calibri 11, which sets Excel's column widths
PADDING_PX = 6  # a cell's margins (5 pixels in Excel), and its grid line
LINE = 1.25  # a line of text, in ems of its size, as Excel and LibreOffice space Times New Roman
ROW_PAD = 2.5  # points above and below a row's text


class _Advances(dict[str, int]):
    """Each character's advance width, in thousandths of an em, worked out the first time it is
    met: a form of 100,000 criteria measures a few million characters of a few hundred kinds."""

    def __init__(self, bold: bool) -> None:
        super().__init__()
        self.bold = bold

    def __missing__(self, char: str) -> int:
        self[char] = width = _advance(char, self.bold)
        return width


def _advance(char: str, bold: bool) -> int:
    table = _BOLD if bold else _REGULAR
    code = ord(char)
    if 32 <= code < 127:
        return table[code - 32]
    if char in _HORN:
        return _HORN[char][bold]
    if char in _WIDE:
        return _WIDE[char]
    base = unicodedata.normalize("NFD", char)[0]
    return table[ord(base) - 32] if 32 <= ord(base) < 127 else 1000


_ADVANCES = (_Advances(False), _Advances(True))


def text_width(text: str, size: float, bold: bool = False) -> float:
    """The width of one line of ``text``, in points, at ``size`` points."""
    return sum(map(_ADVANCES[bold].__getitem__, text)) * size / 1000 * SLACK


def room(width: float, indent: int = 0) -> float:
    """The points a column ``width`` characters wide has for text, less ``indent`` levels."""
    return (width * DIGIT_PX - PADDING_PX - indent * 3 * DIGIT_PX) * 0.75


def lines(text: str, width: float, size: float, bold: bool = False, indent: int = 0) -> int:
    """How many lines ``text`` takes, wrapped at spaces, in a column ``width`` characters wide: each
    of its own lines wraps on its own, and a word longer than the column breaks where it must."""
    space = room(width, indent)
    count = 0
    for paragraph in text.split("\n"):
        count += _wrapped(paragraph, space, size, bold)
    return max(count, 1)


def _wrapped(paragraph: str, space: float, size: float, bold: bool) -> int:
    advance = _ADVANCES[bold].__getitem__
    blank = advance(" ") * size / 1000 * SLACK
    count, used = 1, 0.0
    for word in paragraph.split():
        width = sum(map(advance, word)) * size / 1000 * SLACK  # text_width, without a call a word
        if used and used + blank + width <= space:
            used += blank + width
            continue
        if used:
            count += 1
        while width > space > 0:  # a word wider than the column: the rest goes on the next line
            count += 1
            width -= space
        used = width
    return count


def height(count: int, size: float) -> float:
    """The height in points of a row of ``count`` lines of text at ``size`` points."""
    return round(count * size * LINE + ROW_PAD, 2)
