"""WordprocessingML, written as text: the parts of a .docx and the few elements a document needs.

`par` writes its Word documents itself rather than through python-docx: importing python-docx
(and lxml) alone took 90 ms, more than the whole room a report has above the floor, and its
object model took most of the rest (a millisecond a property, hundreds of cells). The elements
below follow the order of the schema (ECMA-376), which Word insists on; LibreOffice, python-docx
and Word read the result (the tests read it back with python-docx and LibreOffice).

Lengths are in twentieths of a point (twips: 1 mm = 56.7), font sizes in half-points.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from datetime import date

from par_cli.texts.escape import inert

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MM = 56.6929  # twips in a millimetre
FONT = "Times New Roman"

# A4, and the margins Decree 30/2020 sets: top and bottom 20 mm, left 30 mm, right 15 mm.
PAGE_WIDTH, PAGE_HEIGHT = 11906, 16838
MARGIN_TOP = MARGIN_BOTTOM = 1134
MARGIN_LEFT, MARGIN_RIGHT = 1701, 850
HEADER_DISTANCE = 567  # the page number, 10 mm from the top edge: in the top margin
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT  # 165 mm
LANDSCAPE_TEXT_WIDTH = PAGE_HEIGHT - MARGIN_LEFT - MARGIN_RIGHT  # 252 mm

_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\ufffe": "\\ufffe", "\uffff": "\\uffff"}
)


def esc(text: str) -> str:
    """Text from data as XML character data: inert (no control character survives), escaped."""
    return inert(text, keep_newlines=True).translate(_ESCAPES)


def run(text: str, bold: bool = False, italic: bool = False, size: int | None = None) -> str:
    """A run of ``text`` (``size`` in points); a line break where the text has one."""
    props = ("<w:b/><w:bCs/>" if bold else "") + ("<w:i/><w:iCs/>" if italic else "")
    if size is not None:
        props += f'<w:sz w:val="{size * 2}"/><w:szCs w:val="{size * 2}"/>'
    start = f"<w:r><w:rPr>{props}</w:rPr>" if props else "<w:r>"
    lines = esc(text).split("\n")
    body = "<w:br/>".join(f'<w:t xml:space="preserve">{line}</w:t>' for line in lines)
    return f"{start}{body}</w:r>"


def paragraph(
    runs: str = "",
    style: str | None = None,
    align: str | None = None,
    keep_next: bool = False,
    rule: bool = False,
    indent: tuple[int, int] | None = None,
    spacing: tuple[int, int] | None = None,
    exact: int | None = None,
    first_line: int | None = None,
    section: str | None = None,
) -> str:
    """A paragraph of ``runs``. ``rule``: a line drawn along its foot (a paragraph border);
    ``indent``: (left, right); ``spacing``: (before, after); ``exact``: its line height; ``section``:
    the properties of the section it ends. Properties in the schema's order."""
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if keep_next:
        props += "<w:keepNext/>"
    if rule:
        props += '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr>'
    if spacing is not None or exact is not None:
        before, after = spacing or (0, 0)
        line = f' w:line="{exact}" w:lineRule="exact"' if exact is not None else ""
        props += f'<w:spacing w:before="{before}" w:after="{after}"{line}/>'
    if indent is not None or first_line is not None:
        left, right = indent or (0, 0)
        first = f' w:firstLine="{first_line}"' if first_line is not None else ""
        props += f'<w:ind w:left="{left}" w:right="{right}"{first}/>'
    if align is not None:
        props += f'<w:jc w:val="{align}"/>'
    if section is not None:
        props += section
    return f"<w:p><w:pPr>{props}</w:pPr>{runs}</w:p>" if props else f"<w:p>{runs}</w:p>"


def cell(paragraphs: str, width: int, middle: bool = False) -> str:
    valign = '<w:vAlign w:val="center"/>' if middle else ""
    props = f'<w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{valign}</w:tcPr>'
    return f"<w:tc>{props}{paragraphs or paragraph()}</w:tc>"


def row(cells: Iterable[str], header: bool = False) -> str:
    """A table row that never splits across pages; a header row repeats on every page."""
    props = "<w:cantSplit/>" + ("<w:tblHeader/>" if header else "")
    return f"<w:tr><w:trPr>{props}</w:trPr>{''.join(cells)}</w:tr>"


def table(widths: list[int], rows: Iterable[str], borders: bool = True) -> str:
    """A table of fixed column ``widths``, centred, with single borders (or none)."""
    lines = ("top", "left", "bottom", "right", "insideH", "insideV")
    kind = 'w:val="single" w:sz="4" w:space="0" w:color="000000"' if borders else 'w:val="nil"'
    edges = "".join(f"<w:{line} {kind}/>" for line in lines)
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for width in widths)
    margins = '<w:tblCellMar><w:left w:w="57" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>'
    props = (
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
        f"<w:tblBorders>{edges}</w:tblBorders>"
        f'<w:tblLayout w:type="fixed"/>{margins}<w:tblLook w:val="0000"/>'
    )
    return f"<w:tbl><w:tblPr>{props}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>{''.join(rows)}</w:tbl>"


def section(landscape: bool, first_page: bool) -> str:
    """A section's properties: A4 either way, the margins, the page number in the header; on the
    first page of the document none (a header of its own, empty)."""
    width, height = (PAGE_HEIGHT, PAGE_WIDTH) if landscape else (PAGE_WIDTH, PAGE_HEIGHT)
    orient = ' w:orient="landscape"' if landscape else ""
    refs = '<w:headerReference w:type="default" r:id="rIdHeader"/>'
    if first_page:
        refs += '<w:headerReference w:type="first" r:id="rIdFirstHeader"/>'
    return (
        f'<w:sectPr>{refs}<w:type w:val="nextPage"/><w:pgSz w:w="{width}" w:h="{height}"{orient}/>'
        f'<w:pgMar w:top="{MARGIN_TOP}" w:right="{MARGIN_RIGHT}" w:bottom="{MARGIN_BOTTOM}" '
        f'w:left="{MARGIN_LEFT}" w:header="{HEADER_DISTANCE}" w:footer="{HEADER_DISTANCE}" w:gutter="0"/>'
        f'<w:cols w:space="720"/>{"<w:titlePg/>" if first_page else ""}</w:sectPr>'
    )


STYLES = {
    # id: (name, paragraph properties, run properties)
    "Body": (
        "Body",
        '<w:spacing w:before="120" w:after="0" w:line="288" w:lineRule="auto"/><w:ind w:firstLine="720"/>'
        '<w:jc w:val="both"/>',
        "",
    ),
    "Part": (
        "Part heading",
        '<w:keepNext/><w:spacing w:before="160" w:after="0" w:line="288" w:lineRule="auto"/>'
        '<w:ind w:firstLine="720"/><w:jc w:val="both"/>',
        "<w:b/><w:bCs/>",
    ),
    "Section": (
        "Section heading",
        '<w:keepNext/><w:spacing w:before="120" w:after="0" w:line="288" w:lineRule="auto"/>'
        '<w:ind w:firstLine="720"/><w:jc w:val="both"/>',
        "<w:b/><w:bCs/>",
    ),
    "Cell": (
        "Table text",
        '<w:spacing w:before="20" w:after="20"/>',
        '<w:sz w:val="22"/><w:szCs w:val="22"/>',
    ),
    "Header": ("Header", '<w:jc w:val="center"/>', ""),
}


def _styles(language: str) -> str:
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/>'
        f"<w:qFormat/><w:pPr>{ppr}</w:pPr>{f'<w:rPr>{rpr}</w:rPr>' if rpr else ''}</w:style>"
        for sid, (name, ppr, rpr) in STYLES.items()
    )
    fonts = f'w:ascii="{FONT}" w:hAnsi="{FONT}" w:eastAsia="{FONT}" w:cs="{FONT}"'
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="{W}">'
        f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts {fonts}/><w:sz w:val="26"/><w:szCs w:val="26"/>'
        f'<w:lang w:val="{language}" w:eastAsia="{language}" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
        "</w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
        "</w:style>"
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
        '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
        "</w:tblCellMar></w:tblPr></w:style>"
        f"{styles}</w:styles>"
    )


def _header(page_number: bool) -> str:
    """The header of every page but the first: the page number, centred; of the first: nothing."""
    field = '<w:fldSimple w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>' if page_number else ""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr xmlns:w="{W}" xmlns:r="{R}">'
        f'<w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>{field}</w:p></w:hdr>'
    )


def _core(title: str, author: str, language: str, made: date) -> str:
    """The document's own properties: its title, its author (the issuer), its language, its date
    (created and modified), and nothing else: no library's name, no date of a template."""
    stamp = f"{made.isoformat()}T00:00:00Z"
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        "<cp:coreProperties "
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"<dc:title>{esc(title)}</dc:title><dc:creator>{esc(author)}</dc:creator>"
        f"<cp:lastModifiedBy>{esc(author)}</cp:lastModifiedBy><cp:revision>1</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        f"<dc:language>{language}</dc:language></cp:coreProperties>"
    )


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/header1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/word/header2.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    "</Types>"
)
_PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    'officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
    'core-properties" Target="docProps/core.xml"/>'
    "</Relationships>"
)
_DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rIdStyles" Type="{R}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rIdSettings" Type="{R}/settings" Target="settings.xml"/>'
    f'<Relationship Id="rIdHeader" Type="{R}/header" Target="header1.xml"/>'
    f'<Relationship Id="rIdFirstHeader" Type="{R}/header" Target="header2.xml"/>'
    "</Relationships>"
)


def _settings(language: str) -> str:
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="{W}">'
        '<w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
        '<w:characterSpacingControl w:val="doNotCompress"/>'
        '<w:compat><w:compatSetting w:name="compatibilityMode" '
        'w:uri="http://schemas.microsoft.com/office/word" '
        'w:val="15"/></w:compat>'
        f'<w:themeFontLang w:val="{language}"/></w:settings>'
    )


def package(body: str, title: str, author: str, language: str, made: date) -> bytes:
    """The .docx: ``body`` (the content of w:body, its last section's properties included), the
    styles, the headers and the properties, zipped with the document's date on every entry (the
    same input gives the same bytes)."""
    document = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}" xmlns:r="{R}">'
        f"<w:body>{body}</w:body></w:document>"
    )
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES,
        "_rels/.rels": _PACKAGE_RELS,
        "docProps/core.xml": _core(title, author, language, made),
        "word/document.xml": document,
        "word/_rels/document.xml.rels": _DOCUMENT_RELS,
        "word/styles.xml": _styles(language),
        "word/settings.xml": _settings(language),
        "word/header1.xml": _header(True),
        "word/header2.xml": _header(False),
    }
    stamp = (max(made.year, 1980), made.month, made.day, 0, 0, 0)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(zipfile.ZipInfo(name, stamp), text.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return buffer.getvalue()
