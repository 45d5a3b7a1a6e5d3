"""Where a printed form's pages break, and how its end stays with the last rows of its table.

Neither Excel nor LibreOffice can keep rows together on a page (nothing in a workbook says "keep
with the next row"), and a manual page break would fall in the wrong place as soon as rows grow
with what is typed. Left alone, a form whose table just fills its last page prints a page holding
nothing but the total and the signatures. So the form sets its own print scale and top margin
from the heights of its rows. The scale, the same in both programs, is at most the largest at
which the printed columns fit the page's width in either: Excel and LibreOffice measure a column
differently, and each, left to fit the width itself, would print at its own scale and break its
pages elsewhere. Where the end would print apart, a scale a few percent smaller takes it onto the
table's last page; else the top margin grows until the last rows of the table go over to the
page of the total and the signatures. Each layout is checked with the room a page has in Excel
and in LibreOffice, which differ a little (ROOM), so that what holds here holds in both. It is
the blank form that is laid out so: a form filled in grows, and breaks its pages as it grows.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

PAGE_WIDTH, PAGE_HEIGHT = 841.89, 595.28  # A4 landscape, in points
# A column w characters wide: Excel gives it w times its widest digit, 7 pixels (5.25 points);
# LibreOffice w times the digit of the workbook's font, 5.5 points (Liberation Serif 11), and
# fits a width a little short of what it could (73 % where 75 % would do: LibreOffice 7.4).
COLUMN_POINTS = 5.5 * 1.03
LEAST_SCALE, MOST_SCALE = 10, 100  # percent: Excel scales a printed page from 10 %
# The room a page really has, against its margins and scale: Excel's, a little less (it rounds each
# row to whole pixels, up to 1 % taller); LibreOffice's, about 2 % more (7.4 prints rows 1.2 %
# shorter than the scale would, and its body some 3 points into the bottom margin): measured.
ROOM = (0.99, 1.0, 1.01, 1.02, 1.03)
SHRINK = 4  # percent: how much smaller than the widest a scale may be, to keep a form's end with it
MARGIN_STEP, MARGIN_MOST = 0.05, 2.0  # inches: how a top margin grows, and how far at most


def fit_scale(widths: Sequence[float], left: float, right: float) -> int:
    """The largest whole percent at which columns ``widths`` characters wide fit between margins
    ``left`` and ``right`` (inches) of the page, in Excel and in LibreOffice alike."""
    room = PAGE_WIDTH - (left + right) * 72
    return max(LEAST_SCALE, min(MOST_SCALE, int(room * 100 / (sum(widths) * COLUMN_POINTS))))


class Rows:
    """The heights of a form's printed rows: the title rows and header, printed atop each page;
    the table's rows; and the end (the total, the signatures, the room to sign)."""

    def __init__(
        self, repeated: float, table: Sequence[float], end: Sequence[float], headings: Sequence[bool] = ()
    ) -> None:
        self.repeated, self.end = repeated, sum(end)
        self.tops = [0.0, *accumulate(table)]  # where each row starts, the table's first at 0
        self.headings = headings  # which rows of the table head the rows below them

    def end_apart(self, room: float) -> bool:
        """Whether the end fails to print whole on the page of the table's last row, on pages
        that hold ``room`` points of rows (the repeated ones included), or that page begins
        under a heading left alone at the foot of the page before."""
        space = room - self.repeated
        start, last = 0, len(self.tops) - 1
        if last == 0:
            return False
        while True:  # page after page: as many rows as fit, and one at least
            stop = max(start + 1, bisect_right(self.tops, self.tops[start] + space) - 1)
            if stop >= last:
                orphan = 0 < start <= len(self.headings) and self.headings[start - 1]
                return orphan or self.tops[last] - self.tops[start] + self.end > space
            start = stop

    def layout(self, scale: int, top: float, bottom: float) -> tuple[int, float]:
        """The scale (percent) and top margin (inches) at which the end prints whole with the last
        rows of the table, in the room a page has in either program (ROOM): the widest ``scale``
        if it does; else a scale a little smaller, which takes the end onto the table's last page;
        else a top margin grown from ``top`` until the table's last rows go over to the end's page
        (LibreOffice moves a page's body by exactly its top margin, and only by a part of a bottom
        one); else, an end that fills a page of its own, as they were."""
        for smaller in range(SHRINK + 1):
            if self._whole(scale - smaller, top, bottom):
                return scale - smaller, top
        for step in range(1, round(MARGIN_MOST / MARGIN_STEP) + 1):
            margin = round(top + step * MARGIN_STEP, 2)
            if self._whole(scale, margin, bottom):
                return scale, margin
        return scale, top

    def _whole(self, scale: int, top: float, bottom: float) -> bool:
        room = (PAGE_HEIGHT - (top + bottom) * 72) * 100 / scale
        return not any(self.end_apart(room * share) for share in ROOM)
