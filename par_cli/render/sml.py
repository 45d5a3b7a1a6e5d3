"""SpreadsheetML, written as text: the parts of an .xlsx and the few elements par's workbooks need.

`par` writes its workbooks itself rather than through openpyxl, for the same reason it writes its
Word documents itself (ooxml.py): openpyxl's own work for each cell (an object per cell, styles
looked up and copied, a tree serialised) made `par template --format xlsx` take 7 s for 10,000
criteria and 79 s for 100,000, in write-only mode already, where reading the plan takes a tenth of
that. Here a row is one string, a cell's style a number worked out once per distinct style, and a
text is escaped once however often it is used (shared strings). A sheet is streamed into the zip
as its rows come: what comes before the rows in the file (its columns, frozen panes, the sheet's
properties) is set before the first row; the rest (merged cells, validation, protection, page
set-up, notes) at any time until the next sheet begins.

Every text is written as text, never as a formula (a name that starts with "=" stays a name), its
control and bidirectional characters shown escaped (texts/escape.inert, through ooxml.esc), and
every number as its decimal digits (a Decimal never goes through a float here: the program that
opens the file reads it into its double), so a score of at most 3 decimals reads back as itself.

Elements are written in the order the schema gives them: Excel refuses a part whose elements are
out of order, where LibreOffice reads on (tests/test_sml.py checks every part written against
these sequences). Sources: ECMA-376 Part 1, Annex A (sml.xsd): CT_Worksheet as quoted in
[MS-OFFMACRO] 2.2.4 and, with legacyDrawing, in Infragistics' and NPOI's CT_Worksheet;
CT_Stylesheet, CT_Xf, CT_Dxf, CT_Workbook and CT_Border as quoted in public readers' sources;
CT_HeaderFooter, CT_SheetPr and CT_SheetView from the Open XML SDK's class reference
(learn.microsoft.com, "HeaderFooter Class": ISO/IEC 29500-1 18.3.1.46).

Lengths: column widths in characters of the workbook's font's widest digit, row heights and
margins as the formats hold them (points, inches).
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import IO, NamedTuple

from par_cli.render.bundle_zip import set_level
from par_cli.render.ooxml import esc

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
TYPES = "application/vnd.openxmlformats-officedocument.spreadsheetml"
FLUSH = 1 << 16  # characters of rows gathered before they go to the zip
# zlib's level 3: measured on the sheet of a form of 100,000 criteria (57 MB of XML), 0.45 s for
# 8.3 MB, against 1.29 s for 7.0 MB at the default level (6) and 0.30 s for 10.0 MB at level 1
LEVEL = 3
# Excel's built-in number formats (ECMA-376 Part 1, 18.8.30): no numFmt element needed for these
BUILT_IN_FORMATS = {"General": 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10}
FIRST_CUSTOM_FORMAT = 164
# openpyxl's margins, which every sheet had before (inches): left, right, top, bottom, header, footer
MARGINS = (0.75, 0.75, 1.0, 1.0, 0.5, 0.5)


class Font(NamedTuple):
    name: str
    size: float
    bold: bool = False
    italic: bool = False
    colour: str | None = None  # RGB, as "9C0006"


class Border(NamedTuple):
    style: str = "thin"
    colour: str | None = None  # RGB
    sides: tuple[str, ...] = ("left", "right", "top", "bottom")


class Alignment(NamedTuple):
    horizontal: str | None = None
    vertical: str | None = None
    wrap: bool = False
    indent: int = 0


class Style(NamedTuple):
    """What a cell looks like, and whether it is open to input once the sheet is protected."""

    font: Font | None = None  # None: the workbook's own
    fill: str | None = None  # a solid fill's RGB
    border: Border | None = None
    alignment: Alignment | None = None
    locked: bool = True
    number_format: str | None = None


class Formula(NamedTuple):
    """A formula the sheet computes (``text`` without its "="), and the value it shows before it
    does (``cached``: "" for a formula that shows nothing yet; None for none)."""

    text: str
    cached: str | Decimal | int | None = None


Value = str | Decimal | int | float | Formula | None
Cell = tuple[Value, int] | None  # a value, and the number of its style (Workbook.style)


class Validation(NamedTuple):
    """A data validation rule over ``cells`` (references): a decimal between ``low`` and ``high``,
    or one of a ``list`` (``low`` holds it: '"a,b"')."""

    cells: Sequence[str]
    kind: str  # "decimal" or "list"
    low: str
    high: str | None = None
    title: str = ""
    error: str = ""


@dataclass
class Page:
    """How a sheet prints: A4 is paper 9; ``scale`` in percent, or ``fit_width`` one page wide;
    margins in inches (left, right, top, bottom, header, footer); ``footer`` with Excel's codes
    (&C centre, &P page, &N pages, &"font", &9 size)."""

    landscape: bool = False
    paper: int | None = None
    scale: int | None = None
    fit_width: bool = False
    margins: tuple[float, float, float, float, float, float] = MARGINS
    centred: bool = False
    footer: str = ""


def column_letter(number: int) -> str:
    """A, B, … Z, AA, …: the name of column ``number`` (from 1)."""
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


LETTERS = [column_letter(number) for number in range(1, 703)]  # A to ZZ


def _start(index: int) -> str:
    """How a cell of the column at ``index`` (from 0) begins, its row number to follow."""
    return f'<c r="{column_letter(index + 1)}'


_STARTS = [_start(index) for index in range(702)]  # looked up for each cell


def figure(value: Decimal | int | float) -> str:
    """A number as the file holds it: an integer as such, a Decimal as its own digits (never
    through a float: Excel and LibreOffice read "85.401" into their double themselves), a float
    (a layout figure) as the shortest decimal that gives it back."""
    if isinstance(value, int):
        return str(value)
    if isinstance(value, Decimal):
        text = format(value, "f")
        return text.rstrip("0").rstrip(".") if "." in text else text
    text = repr(value)
    return text[:-2] if text.endswith(".0") else text


def absolute(reference: str) -> str:
    """A1:J36 as $A$1:$J$36."""
    return ":".join("${}${}".format(*_parts(cell)) for cell in reference.split(":"))


def _parts(cell: str) -> tuple[str, str]:
    """C5 as ("C", "5")."""
    letters = cell.rstrip("0123456789")
    return letters, cell[len(letters) :]


def place(cell: str) -> tuple[int, int]:
    """C5 as (5, 3): its row and column numbers."""
    letters, digits = _parts(cell)
    column = 0
    for letter in letters:
        column = column * 26 + ord(letter) - 64
    return int(digits), column


def _quoted(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


class Sheet:
    """One worksheet, streamed: settings first, then its rows one by one."""

    def __init__(self, book: Workbook, name: str, number: int) -> None:
        self.book, self.name, self.number = book, name, number
        self.rows = 0  # the number of the last row written
        self.page = Page()
        self.print_titles: tuple[int, int] | None = None  # the rows printed atop every page
        self.print_area: str | None = None  # A1:J36
        self.auto_filter: str | None = None
        self._columns: list[tuple[int, float, bool]] = []
        self._frozen: str | None = None
        self._fit: bool | None = None
        self._merged: list[str] = []
        self._validations: list[Validation] = []
        self._highlights: list[tuple[str, str, int, bool]] = []
        self._comments: list[tuple[str, str]] = []
        self._protection: str | None = None
        self._stream: IO[bytes] | None = None
        self._pending: list[str] = []
        self._size = 0
        self._closed = False

    # What comes before the rows
    def column(self, number: int, width: float, hidden: bool = False) -> None:
        self._before_rows()
        self._columns.append((number, width, hidden))

    def freeze(self, cell: str) -> None:
        """Rows above ``cell`` and columns left of it stay in view (C5: 4 rows, 2 columns)."""
        self._before_rows()
        self._frozen = cell

    def fit_to_page(self, fit: bool) -> None:
        """Whether the sheet prints fitted to pages (Page.fit_width) rather than at a scale."""
        self._before_rows()
        self._fit = fit

    def _before_rows(self) -> None:
        if self._stream is not None:
            raise RuntimeError(f"sheet {self.name!r}: set before its first row")

    # The rows
    def row(self, cells: Sequence[Cell] = (), height: float | None = None, grows: bool = False) -> int:
        """The next row: ``cells`` from column A (None: no cell), ``height`` points tall (else the
        default), set by hand unless the row ``grows`` with what is typed into it (written without
        customHeight, so that Excel and LibreOffice fit it again). Returns its number."""
        if self._stream is None:
            self._start()
        if self._closed:
            raise RuntimeError(f"sheet {self.name!r} is closed: another sheet began")
        self.rows += 1
        number = str(self.rows)
        if not cells and height is None:
            return self.rows
        out = [f'<row r="{number}"']
        if height is not None:
            out.append(f' ht="{figure(height)}"' if grows else f' ht="{figure(height)}" customHeight="1"')
        out.append(">")
        string, styles, starts = self.book.string, self.book._style_attributes, _STARTS
        for index, cell in enumerate(cells):
            if cell is None:
                continue
            value, style = cell
            where = f'{starts[index] if index < 702 else _start(index)}{number}"{styles[style]}'
            if value is None or value == "":
                out.append(where + "/>")
            elif type(value) is str:
                out.append(f'{where} t="s"><v>{string(value)}</v></c>')
            elif isinstance(value, Formula):
                out.append(_formula(where, value))
            elif isinstance(value, str):
                out.append(f'{where} t="s"><v>{string(value)}</v></c>')
            else:
                out.append(f"{where}><v>{figure(value)}</v></c>")
        out.append("</row>")
        text = "".join(out)
        self._pending.append(text)
        self._size += len(text)
        if self._size > FLUSH:
            self._flush()
        return self.rows

    # What comes after the rows: set at any time until the sheet is closed
    def merge(self, reference: str) -> None:
        self._merged.append(reference)

    def validate(self, rule: Validation) -> None:
        self._validations.append(rule)

    def highlight(self, cells: str, formula: str, dxf: int, stop: bool = True) -> None:
        """Cells ``cells`` take the look ``dxf`` (Workbook.dxf) where ``formula`` holds."""
        self._highlights.append((cells, formula, dxf, stop))

    def comment(self, cell: str, text: str) -> None:
        """A note on ``cell``, shown as the pointer rests on it."""
        self._comments.append((cell, text))

    def protect(self, allow: Iterable[str] = ()) -> None:
        """Protected without a password: only unlocked cells take input; ``allow`` names what the
        user may still do (formatColumns, formatRows: resize them)."""
        self._protection = '<sheetProtection sheet="1"' + "".join(f' {what}="0"' for what in allow) + "/>"

    def _start(self) -> None:
        """The sheet's entry in the zip, and what precedes its rows."""
        self._stream = self.book._open(f"xl/worksheets/sheet{self.number}.xml")
        out = [HEAD, f'<worksheet xmlns="{MAIN}" xmlns:r="{R}">']
        if self._fit is not None:
            out.append(f'<sheetPr><pageSetUpPr fitToPage="{int(self._fit)}"/></sheetPr>')
        selected = ' tabSelected="1"' if self.number == 1 else ""
        out.append(
            f'<sheetViews><sheetView{selected} workbookViewId="0">{self._pane()}</sheetView></sheetViews>'
        )
        out.append('<sheetFormatPr defaultRowHeight="15"/>')
        if self._columns:
            out.append("<cols>")
            for number, width, hidden in sorted(self._columns):
                hide = ' hidden="1"' if hidden else ""
                out.append(
                    f'<col min="{number}" max="{number}" width="{figure(width)}"{hide} customWidth="1"/>'
                )
            out.append("</cols>")
        out.append("<sheetData>")
        self._pending = ["".join(out)]
        self._flush()

    def _pane(self) -> str:
        selection = '<selection{} activeCell="A1" sqref="A1"/>'
        if self._frozen is None:
            return selection.format("")
        row, column = place(self._frozen)
        rows, columns = row - 1, column - 1
        active = {(True, True): "bottomRight", (False, True): "bottomLeft", (True, False): "topRight"}.get(
            (columns > 0, rows > 0)
        )
        if active is None:
            return selection.format("")
        split = (f' xSplit="{columns}"' if columns else "") + (f' ySplit="{rows}"' if rows else "")
        return (
            f'<pane{split} topLeftCell="{self._frozen}" activePane="{active}" state="frozen"/>'
            + selection.format(f' pane="{active}"')
        )

    def _flush(self) -> None:
        assert self._stream is not None
        self._stream.write("".join(self._pending).encode("utf-8"))
        self._pending, self._size = [], 0

    def close(self) -> None:
        """What follows the rows, in the schema's order, and the end of the sheet's entry."""
        if self._closed:
            return
        if self._stream is None:
            self._start()
        self._closed = True
        out = ["</sheetData>"]
        if self._protection:
            out.append(self._protection)
        if self.auto_filter:
            out.append(f'<autoFilter ref="{self.auto_filter}"/>')
        if self._merged:
            out.append(f'<mergeCells count="{len(self._merged)}">')
            out += [f'<mergeCell ref="{reference}"/>' for reference in self._merged]
            out.append("</mergeCells>")
        for priority, (cells, formula, dxf, stop) in enumerate(self._highlights, start=1):
            stops = ' stopIfTrue="1"' if stop else ""
            out.append(
                f'<conditionalFormatting sqref="{cells}"><cfRule type="expression" dxfId="{dxf}" '
                f'priority="{priority}"{stops}><formula>{esc(formula)}</formula></cfRule>'
                "</conditionalFormatting>"
            )
        if self._validations:
            out.append(f'<dataValidations count="{len(self._validations)}">')
            out += [_validation(rule) for rule in self._validations]
            out.append("</dataValidations>")
        out.append(self._printing())
        if self._comments:
            out.append('<legacyDrawing r:id="rIdNotes"/>')
        out.append("</worksheet>")
        self._pending.append("".join(out))
        self._flush()
        assert self._stream is not None
        self._stream.close()

    def _printing(self) -> str:
        page = self.page
        out = ['<printOptions horizontalCentered="1"/>'] if page.centred else []
        left, right, top, bottom, header, footer = (figure(margin) for margin in page.margins)
        out.append(
            f'<pageMargins left="{left}" right="{right}" top="{top}" bottom="{bottom}" '
            f'header="{header}" footer="{footer}"/>'
        )
        setup = (f' paperSize="{page.paper}"' if page.paper else "") + (
            f' scale="{page.scale}"' if page.scale else ""
        )
        if page.fit_width:
            setup += ' fitToWidth="1" fitToHeight="0"'
        if page.landscape:
            setup += ' orientation="landscape"'
        if setup:
            out.append(f"<pageSetup{setup}/>")
        if page.footer:
            out.append(f"<headerFooter><oddFooter>{esc(page.footer)}</oddFooter></headerFooter>")
        return "".join(out)

    def _names(self) -> list[str]:
        """The sheet's defined names (print titles and area, the filtered range), for workbook.xml."""
        local = f' localSheetId="{self.number - 1}"'
        sheet = esc(_quoted(self.name))
        names = []
        if self.auto_filter:
            names.append(
                f'<definedName name="_xlnm._FilterDatabase"{local} hidden="1">'
                f"{sheet}!{absolute(self.auto_filter)}</definedName>"
            )
        if self.print_area:
            names.append(
                f'<definedName name="_xlnm.Print_Area"{local}>'
                f"{sheet}!{absolute(self.print_area)}</definedName>"
            )
        if self.print_titles:
            first, last = self.print_titles
            names.append(
                f'<definedName name="_xlnm.Print_Titles"{local}>{sheet}!${first}:${last}</definedName>'
            )
        return names


def _formula(where: str, formula: Formula) -> str:
    cached = formula.cached
    body = f"<f>{esc(formula.text)}</f>"
    if cached is None:
        return f"{where}>{body}</c>"
    if isinstance(cached, str):
        return f'{where} t="str">{body}<v>{esc(cached)}</v></c>'
    return f"{where}>{body}<v>{figure(cached)}</v></c>"


def _validation(rule: Validation) -> str:
    kind = f'type="{rule.kind}"' + (' operator="between"' if rule.high is not None else "")
    messages = f' errorTitle="{esc(rule.title)}" error="{esc(rule.error)}"' if rule.error else ""
    body = f"<formula1>{esc(rule.low)}</formula1>"
    if rule.high is not None:
        body += f"<formula2>{esc(rule.high)}</formula2>"
    return (
        f'<dataValidation {kind} allowBlank="1" showErrorMessage="1"{messages} '
        f'sqref="{" ".join(rule.cells)}">'
        f"{body}</dataValidation>"
    )


class Workbook:
    """A workbook written as it is built: sheets one after another, then its shared parts."""

    def __init__(self, font: Font, title: str, language: str, made: date | None = None) -> None:
        self.title, self.language = title, language
        self.made = made or date.today()
        self._buffer = io.BytesIO()
        self._zip = zipfile.ZipFile(self._buffer, "w", zipfile.ZIP_DEFLATED)
        self._sheets: list[Sheet] = []
        self._strings: dict[str, int] = {}
        self._string_count = 0
        self._fonts: dict[Font, int] = {font: 0}
        self._fills: dict[str | None, int] = {None: 0, "gray125": 1}
        self._borders: dict[Border | None, int] = {None: 0}
        self._formats: dict[str, int] = {}
        self._styles: dict[Style, int] = {Style(): 0}
        self._xfs: list[str] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']
        self._style_attributes = [""]  # how a cell of each style says so: ' s="3"', none for 0
        self._dxfs: list[str] = []

    def sheet(self, name: str) -> Sheet:
        """A new sheet named ``name`` (an Excel sheet name: xlsx_format.sheet_name), after the
        last one, which is closed."""
        if self._sheets:
            self._sheets[-1].close()
        sheet = Sheet(self, name, len(self._sheets) + 1)
        self._sheets.append(sheet)
        return sheet

    def string(self, text: str) -> int:
        """The number of ``text`` among the workbook's shared strings."""
        self._string_count += 1
        number = self._strings.get(text)
        if number is None:
            number = self._strings[text] = len(self._strings)
        return number

    def style(self, style: Style) -> int:
        """The number a cell of ``style`` holds (cellXfs), each distinct style written once."""
        number = self._styles.get(style)
        if number is None:
            number = self._styles[style] = len(self._xfs)
            self._xfs.append(self._xf(style))
            self._style_attributes.append(f' s="{number}"')
        return number

    def dxf(self, font: Font | None = None, fill: str | None = None) -> int:
        """A look that conditional formatting gives (a differential format): its number."""
        parts = _font(font, partial=True) if font is not None else ""
        if fill is not None:  # a conditional fill's colour is its background (bgColor)
            parts += f'<fill><patternFill patternType="solid"><bgColor rgb="FF{fill}"/></patternFill></fill>'
        self._dxfs.append(f"<dxf>{parts}</dxf>")
        return len(self._dxfs) - 1

    def _xf(self, style: Style) -> str:
        font = self._fonts.setdefault(style.font, len(self._fonts)) if style.font is not None else 0
        fill = self._fills.setdefault(style.fill, len(self._fills))
        border = self._borders.setdefault(style.border, len(self._borders))
        number_format = 0
        if style.number_format is not None:
            number_format = BUILT_IN_FORMATS.get(style.number_format, -1)
            if number_format < 0:
                number_format = self._formats.setdefault(
                    style.number_format, FIRST_CUSTOM_FORMAT + len(self._formats)
                )
        applied = (
            (' applyNumberFormat="1"' if number_format else "")
            + (' applyFont="1"' if font else "")
            + (' applyFill="1"' if fill else "")
            + (' applyBorder="1"' if border else "")
            + (' applyAlignment="1"' if style.alignment else "")
            + ("" if style.locked else ' applyProtection="1"')
        )
        body = _alignment(style.alignment) + ("" if style.locked else '<protection locked="0"/>')
        head = (
            f'<xf numFmtId="{number_format}" fontId="{font}" fillId="{fill}" borderId="{border}" '
            f'xfId="0"{applied}'
        )
        return f"{head}>{body}</xf>" if body else f"{head}/>"

    def _open(self, name: str) -> IO[bytes]:
        return self._zip.open(self._entry(name), "w")

    def _entry(self, name: str) -> zipfile.ZipInfo:
        stamp = (max(self.made.year, 1980), self.made.month, self.made.day, 0, 0, 0)
        info = zipfile.ZipInfo(name, stamp)
        info.compress_type = zipfile.ZIP_DEFLATED
        set_level(info, LEVEL)
        return info

    def _write(self, name: str, text: str) -> None:
        self._zip.writestr(self._entry(name), text.encode("utf-8"))

    def save(self) -> bytes:
        """The .xlsx: every sheet closed, then the parts they share, zipped with the workbook's
        date on every entry (the same input gives the same bytes)."""
        if not self._sheets:
            self.sheet("Sheet1")
        self._sheets[-1].close()
        noted = [sheet for sheet in self._sheets if sheet._comments]
        for number, sheet in enumerate(noted, start=1):
            self._notes(sheet, number)
        self._shared_strings()
        self._write("xl/styles.xml", self._stylesheet())
        self._write("xl/workbook.xml", self._workbook())
        self._write("xl/_rels/workbook.xml.rels", self._workbook_rels())
        self._write("docProps/core.xml", self._core())
        self._write("_rels/.rels", _PACKAGE_RELS)
        self._write("[Content_Types].xml", self._content_types(len(noted)))
        self._zip.close()
        return self._buffer.getvalue()

    def _notes(self, sheet: Sheet, number: int) -> None:
        """A sheet's notes: the comments part, and the VML shapes Excel draws them with."""
        comments = "".join(
            f'<comment ref="{cell}" authorId="0"><text><t xml:space="preserve">{esc(text)}</t>'
            "</text></comment>"
            for cell, text in sheet._comments
        )
        self._write(
            f"xl/comments{number}.xml",
            f'{HEAD}<comments xmlns="{MAIN}"><authors><author>par</author></authors>'
            f"<commentList>{comments}</commentList></comments>",
        )
        shapes = []
        for index, (cell, _) in enumerate(sheet._comments):
            row, column = place(cell)
            shapes.append(
                f'<v:shape id="_x0000_s{1024 * number + index + 1}" type="#_x0000_t202" '
                'style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:144pt;height:60pt;'
                'z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">'
                '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/>'
                '<v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto">'
                '<div style="text-align:left"></div></v:textbox><x:ClientData ObjectType="Note">'
                "<x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill>"
                f"<x:Row>{row - 1}</x:Row><x:Column>{column - 1}</x:Column></x:ClientData></v:shape>"
            )
        self._write(
            f"xl/drawings/vmlDrawing{number}.vml",
            '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:x="urn:schemas-microsoft-com:office:excel">'
            f'<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="{number}"/></o:shapelayout>'
            '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
            'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/>'
            '<v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' + "".join(shapes) + "</xml>",
        )
        self._write(
            f"xl/worksheets/_rels/sheet{sheet.number}.xml.rels",
            f'{HEAD}<Relationships xmlns="{RELS}">'
            f'<Relationship Id="rIdComments" Type="{R}/comments" Target="../comments{number}.xml"/>'
            f'<Relationship Id="rIdNotes" Type="{R}/vmlDrawing" Target="../drawings/vmlDrawing{number}.vml"/>'
            "</Relationships>",
        )

    def _shared_strings(self) -> None:
        """The shared strings, streamed into the zip as the rows were: each text escaped once."""
        count, unique = self._string_count, len(self._strings)
        with self._open("xl/sharedStrings.xml") as stream:
            pending = [f'{HEAD}<sst xmlns="{MAIN}" count="{count}" uniqueCount="{unique}">']
            size = 0
            for text in self._strings:
                space = ' xml:space="preserve"' if text != text.strip() or "\n" in text else ""
                item = f"<si><t{space}>{esc(text)}</t></si>"
                pending.append(item)
                size += len(item)
                if size > FLUSH:
                    stream.write("".join(pending).encode("utf-8"))
                    pending, size = [], 0
            pending.append("</sst>")
            stream.write("".join(pending).encode("utf-8"))

    def _stylesheet(self) -> str:
        formats = "".join(
            f'<numFmt numFmtId="{number}" formatCode="{esc(code)}"/>'
            for code, number in self._formats.items()
        )
        fonts = "".join(_font(font) for font in self._fonts)
        fills = "".join(_fill(fill) for fill in self._fills)
        borders = "".join(_border(border) for border in self._borders)
        dxfs = f'<dxfs count="{len(self._dxfs)}">{"".join(self._dxfs)}</dxfs>' if self._dxfs else ""
        return (
            f'{HEAD}<styleSheet xmlns="{MAIN}">'
            + (f'<numFmts count="{len(self._formats)}">{formats}</numFmts>' if formats else "")
            + f'<fonts count="{len(self._fonts)}">{fonts}</fonts>'
            f'<fills count="{len(self._fills)}">{fills}</fills>'
            f'<borders count="{len(self._borders)}">{borders}</borders>'
            f'<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
            f'<cellXfs count="{len(self._xfs)}">{"".join(self._xfs)}</cellXfs>'
            '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            f"{dxfs}</styleSheet>"
        )

    def _workbook(self) -> str:
        sheets = "".join(
            f'<sheet name="{esc(sheet.name)}" sheetId="{sheet.number}" r:id="rId{sheet.number}"/>'
            for sheet in self._sheets
        )
        names = [name for sheet in self._sheets for name in sheet._names()]
        defined = f"<definedNames>{''.join(names)}</definedNames>" if names else ""
        return (
            f'{HEAD}<workbook xmlns="{MAIN}" xmlns:r="{R}"><workbookPr/>'
            '<bookViews><workbookView activeTab="0"/></bookViews>'
            f'<sheets>{sheets}</sheets>{defined}<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>'
        )

    def _workbook_rels(self) -> str:
        count = len(self._sheets)
        relations = [
            f'<Relationship Id="rId{sheet.number}" Type="{R}/worksheet" '
            f'Target="worksheets/sheet{sheet.number}.xml"/>'
            for sheet in self._sheets
        ]
        relations.append(f'<Relationship Id="rId{count + 1}" Type="{R}/styles" Target="styles.xml"/>')
        relations.append(
            f'<Relationship Id="rId{count + 2}" Type="{R}/sharedStrings" Target="sharedStrings.xml"/>'
        )
        return f'{HEAD}<Relationships xmlns="{RELS}">{"".join(relations)}</Relationships>'

    def _core(self) -> str:
        """The workbook's own properties: its title, its language, its date (created and
        modified), and nothing else: no library's name."""
        stamp = f"{self.made.isoformat()}T00:00:00Z"
        return (
            f"{HEAD}<cp:coreProperties "
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{esc(self.title)}</dc:title>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
            f"<dc:language>{esc(self.language)}</dc:language></cp:coreProperties>"
        )

    def _content_types(self, notes: int) -> str:
        overrides = [
            ("/xl/workbook.xml", f"{TYPES}.sheet.main+xml"),
            ("/xl/styles.xml", f"{TYPES}.styles+xml"),
            ("/xl/sharedStrings.xml", f"{TYPES}.sharedStrings+xml"),
            ("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
        ]
        overrides += [(f"/xl/worksheets/sheet{s.number}.xml", f"{TYPES}.worksheet+xml") for s in self._sheets]
        overrides += [
            (f"/xl/comments{number}.xml", f"{TYPES}.comments+xml") for number in range(1, notes + 1)
        ]
        vml = (
            '<Default Extension="vml" '
            'ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>'
            if notes
            else ""
        )
        return (
            f'{HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" '
            'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            f'<Default Extension="xml" ContentType="application/xml"/>{vml}'
            + "".join(f'<Override PartName="{part}" ContentType="{kind}"/>' for part, kind in overrides)
            + "</Types>"
        )


_PACKAGE_RELS = (
    f'{HEAD}<Relationships xmlns="{RELS}">'
    f'<Relationship Id="rId1" Type="{R}/officeDocument" Target="xl/workbook.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
    'core-properties" Target="docProps/core.xml"/>'
    "</Relationships>"
)


def _font(font: Font, partial: bool = False) -> str:
    """A font in the order Excel writes one (CT_Font is a choice of any order). ``partial``: a
    conditional look's, which names only what it changes (bold, colour)."""
    out = ("<b/>" if font.bold else "") + ("<i/>" if font.italic else "")
    if not partial:
        out += f'<sz val="{figure(font.size)}"/>'
    if font.colour:
        out += f'<color rgb="FF{font.colour}"/>'
    if not partial:
        out += f'<name val="{esc(font.name)}"/>'
    return f"<font>{out}</font>"


def _fill(fill: str | None) -> str:
    if fill is None:
        return '<fill><patternFill patternType="none"/></fill>'
    if fill == "gray125":
        return '<fill><patternFill patternType="gray125"/></fill>'
    return f'<fill><patternFill patternType="solid"><fgColor rgb="FF{fill}"/></patternFill></fill>'


def _border(border: Border | None) -> str:
    out = []
    for side in ("left", "right", "top", "bottom", "diagonal"):
        if border is None or side not in border.sides:
            out.append(f"<{side}/>")
        elif border.colour:
            out.append(f'<{side} style="{border.style}"><color rgb="FF{border.colour}"/></{side}>')
        else:
            out.append(f'<{side} style="{border.style}"/>')
    return f"<border>{''.join(out)}</border>"


def _alignment(alignment: Alignment | None) -> str:
    if alignment is None:
        return ""
    out = ""
    if alignment.horizontal:
        out += f' horizontal="{alignment.horizontal}"'
    if alignment.vertical:
        out += f' vertical="{alignment.vertical}"'
    if alignment.wrap:
        out += ' wrapText="1"'
    if alignment.indent:
        out += f' indent="{alignment.indent}"'
    return f"<alignment{out}/>"
