"""openpyxl's private parts that the form needs, fenced here alone (tests/test_form_print.py fails,
naming this module, if a release of openpyxl breaks them).

Styles. openpyxl applies a named style to a cell by looking its name up, list by list, in the
workbook's styles; for the 130,000 cells of a form of 10,000 criteria that lookup was a fifth of
the time. The form looks each style up once and gives each cell a copy of the style's array, as
openpyxl itself does at the end of that lookup.

A workbook's default font (its Normal style's) sets the unit of every column width: a width of w
is w times that font's widest digit. openpyxl has no public way to change it, and its default,
Calibri, is missing where LibreOffice runs without Microsoft's fonts, where a wider font takes its
place and every column grows. Times New Roman 11 has Calibri 11's digit width (7 pixels), and its
metric twin Liberation Serif is everywhere LibreOffice is: the form's columns come out the same
width in Excel and in LibreOffice, so its rows are measured right for both (see measure.py).

Row heights. openpyxl marks every row it gives a height as of a height set by hand
(``customHeight="1"``), and neither Excel nor LibreOffice grows such a row as text is typed into
it: a filled-in form printed with its evidence cut to one line. A row of the form's own height
that they still fit to what is typed is written with its height alone, as Excel writes a row it
fitted itself: ``auto_height`` gives openpyxl a row whose ``customHeight`` is never set.
"""

from __future__ import annotations

from copy import copy
from typing import Any


def set_default_font(book: Any, name: str, size: float) -> None:
    from openpyxl.styles import Font

    normal = book._named_styles["Normal"]  # private: the workbook's list of named styles
    normal.font = Font(name=name, size=size)  # openpyxl re-registers the style's font itself


def style_arrays(book: Any) -> dict[str, Any]:
    """Each named style of ``book``, by name, as the array of ids a cell holds."""
    return {style.name: style.as_tuple() for style in book._named_styles}


def apply_style(cell: Any, array: Any) -> None:
    """What ``cell.style = name`` does once the style is found."""
    cell._style = copy(array)


_AUTO_ROW: Any = None


def auto_height(sheet: Any, number: int, points: float) -> None:
    """Row ``number`` of ``sheet`` is ``points`` tall as written, and grows (or shrinks) to fit
    what is typed into it: its height is written without ``customHeight``."""
    global _AUTO_ROW
    if _AUTO_ROW is None:
        from openpyxl.worksheet.dimensions import RowDimension

        class AutoRow(RowDimension):  # type: ignore[misc]
            @property
            def customHeight(self) -> bool:  # openpyxl writes the row with what this says
                return False

        _AUTO_ROW = AutoRow
    sheet.row_dimensions[number] = _AUTO_ROW(sheet, index=number, ht=points)
