"""Workbooks that attack, or are broken: each is one line naming the file (and the cell where
there is one), exit 1, a JSON record, and never a crash, a hang or a machine's worth of memory.

Every workbook here is built by hand in a few bytes; where the real attack is large (a 1 GiB
sheet, five million texts), the limit is lowered for the test so that the same code path is
taken in milliseconds.
"""

from __future__ import annotations

import io
import json
import struct
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from helpers import FIXTURES, run_par

from par_cli.readers import cells, package, xlsx

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
HEADER_ROW = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Id</t></is></c>'
    '<c r="B1" t="inlineStr"><is><t>Score</t></is></c></row>'
)
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'
)
WORKBOOK = (
    f'<workbook xmlns="{MAIN}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Scores" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="worksheets/sheet1.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
    '<Relationship Id="rId2" Target="sharedStrings.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>'
    '<Relationship Id="rId3" Target="styles.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"/>'
    "</Relationships>"
)
STYLES = (
    f'<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>'
    '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="9"/></cellXfs></styleSheet>'
)


def workbook(
    tmp_path: Path,
    rows: str = "",
    *,
    sheet: str | None = None,
    strings: str | None = None,
    extra: dict[str, bytes] | None = None,
    name: str = "scores.xlsx",
) -> Path:
    """A minimal xlsx: a Scores sheet with the header Id | Score, then ``rows`` (sheetData's XML)."""
    body = (
        sheet
        if sheet is not None
        else f'<worksheet xmlns="{MAIN}"><sheetData>{HEADER_ROW}{rows}</sheetData></worksheet>'
    )
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", RELS)
        archive.writestr("xl/styles.xml", STYLES)
        archive.writestr("xl/worksheets/sheet1.xml", body)
        if strings is not None:
            archive.writestr("xl/sharedStrings.xml", strings)
        for entry, data in (extra or {}).items():
            archive.writestr(entry, data)
    path = tmp_path / name
    path.write_bytes(stream.getvalue())
    return path


def row(number: int, criterion: str, cell: str) -> str:
    """A row with the criterion's id in A and ``cell`` (a <c> element for B) beside it."""
    return f'<row r="{number}"><c r="A{number}" t="inlineStr"><is><t>{criterion}</t></is></c>{cell}</row>'


def refused(path: Path, where: str, code: str, words: str, *args: str) -> None:
    """One line on stderr naming ``path`` and ``where``, exit 1, and the same as a JSON record."""
    start = time.perf_counter()
    result = run_par("score", "-i", str(path), *args)
    assert time.perf_counter() - start < 5, "a hostile workbook must be refused quickly"
    assert result.exit_code == 1, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error: {path}{where}: "), lines[0]
    assert words in lines[0], lines[0]
    data = json.loads(run_par("score", "-i", str(path), "--format", "json").stdout)
    assert data["valid"] is False
    assert data["problems"][0]["code"] == code
    assert data["problems"][0]["file"] == str(path)


# -- malformed XML and what the XML may try


@pytest.mark.parametrize(
    ("rows", "words"),
    [
        ('<row r="2"><c r="A2"><v>1</v></row>', "line 1: the XML is broken (mismatched tag)"),
        (
            '<row r="2"><c r="A2" t="inlineStr"><is><t>a\x01b</t></is></c></row>',
            "line 1: the XML is broken (not well-formed (invalid token))",
        ),
        (
            '<row r="2"><c r="A2" t="inlineStr"><is><t>&unknown;</t></is></c></row>',
            "line 1: the XML is broken (undefined entity)",
        ),
    ],
    ids=["mismatched-tag", "control-character", "undefined-entity"],
)
def test_malformed_xml_names_the_part_and_line(tmp_path: Path, rows: str, words: str) -> None:
    path = workbook(tmp_path, rows)
    refused(path, "", "workbook-damaged", f"xl/worksheets/sheet1.xml, {words}")


@pytest.mark.parametrize(
    "prolog",
    [
        '<!DOCTYPE w [<!ENTITY e SYSTEM "file:///etc/passwd">]>',  # an external entity
        '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>',
        "<!DOCTYPE w>",  # even an empty DTD: nothing a workbook needs
    ],
    ids=["external-entity", "entity-bomb", "empty-dtd"],
)
def test_a_dtd_is_refused_before_any_entity_is_read(tmp_path: Path, prolog: str) -> None:
    sheet = f'<worksheet xmlns="{MAIN}"><sheetData>{HEADER_ROW}</sheetData></worksheet>'
    body = f'<?xml version="1.0"?>{prolog}{sheet}'
    path = workbook(tmp_path, sheet=body)
    refused(path, "", "workbook-damaged", "declares a DTD or entities, which par never reads")


def test_elements_nested_too_deeply_are_refused(tmp_path: Path) -> None:
    deep = "<x>" * 200 + "</x>" * 200
    path = workbook(tmp_path, f'<row r="2"><c r="A2">{deep}</c></row>')
    refused(path, "", "workbook-damaged", "nests elements too deeply")


# -- cells whose value contradicts their type: the cell named, the rest still read


@pytest.mark.parametrize(
    ("cell", "words"),
    [
        ('<c r="B2" t="n"><v>abc</v></c>', "a number cell holds 'abc'"),
        ('<c r="B2" t="b"><v>yes</v></c>', "a true/false cell holds 'yes'"),
        ('<c r="B2" t="s"><v>5</v></c>', "it refers to a text '5' that the workbook does not have"),
        ('<c r="B2" t="s"><v>-1</v></c>', "it refers to a text '-1' that the workbook does not have"),
        ('<c r="B2" t="zz"><v>1</v></c>', "its type 'zz' is unknown"),
        ('<c r="B2"><v>nan</v></c>', "the number nan is not finite"),
    ],
    ids=[
        "number-holds-text",
        "boolean-holds-yes",
        "shared-index-past-end",
        "shared-index-minus-one",
        "unknown-type",
        "nan",
    ],
)
def test_a_broken_cell_is_named_and_the_rest_still_checked(tmp_path: Path, cell: str, words: str) -> None:
    strings = f'<sst xmlns="{MAIN}"><si><t>only</t></si></sst>'
    path = workbook(tmp_path, row(2, "1.1", cell) + row(3, "7.2", '<c r="B3"><v>7</v></c>'), strings=strings)
    result = run_par("score", "-i", str(path))
    assert result.exit_code == 1
    first, second = result.stderr.splitlines()
    assert first.startswith(f"error: {path}:Scores!B2: 1.1: the cell cannot be read: {words}")
    assert second.startswith(f"error: {path}:Scores!B3: 7.2: score 7 is above the maximum 4")


def test_a_date_in_a_score_cell_is_no_number(tmp_path: Path) -> None:
    path = workbook(tmp_path, row(2, "1.1", '<c r="B2" t="d"><v>2024-13-45</v></c>'))
    refused(path, ":Scores!B2", "not-a-number", "1.1: '2024-13-45' is not a number")


def test_a_date_cell_in_a_score_cell_is_said_to_be_a_date(tmp_path: Path) -> None:
    path = workbook(tmp_path, row(2, "1.1", '<c r="B2" t="d"><v>2024-01-02T00:00:00</v></c>'))
    refused(path, ":Scores!B2", "cell-date", "1.1: the Score cell holds the date 2 Jan 2024, not a number")


@pytest.mark.parametrize(
    ("rows", "words"),
    [
        ('<row r="2"><c r="ZZZZZZ2"><v>1</v></c></row>', "the cell ZZZZZZ2 lies outside a sheet"),
        ('<row r="2"><c r="XFE2"><v>1</v></c></row>', "the cell XFE2 lies outside a sheet"),
        ('<row r="99999999999"><c><v>1</v></c></row>', "row 99999999999 lies outside a sheet"),
    ],
    ids=["ZZZZZZ2", "past-XFD", "row-99999999999"],
)
def test_a_cell_outside_any_sheet_is_refused(tmp_path: Path, rows: str, words: str) -> None:
    refused(workbook(tmp_path, rows), "", "workbook-damaged", f"sheet Scores: {words}")


def test_a_lone_cell_at_xfd1048576_costs_what_any_cell_costs(tmp_path: Path) -> None:
    body = (
        f'<worksheet xmlns="{MAIN}"><dimension ref="A1:XFD1048576"/><sheetData>{HEADER_ROW}'
        '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>'
    )
    path = workbook(tmp_path, sheet=body)
    assert path.stat().st_size < 2000
    start = time.perf_counter()
    result = run_par("score", "-i", str(path), "--format", "json")
    assert time.perf_counter() - start < 2
    assert result.exit_code == 0, result.stderr  # a workbook that scores nothing yet
    assert json.loads(result.stdout)["coverage"]["scored"] == 0


# -- the zip itself


def test_corrupt_deflate_data_is_named(tmp_path: Path) -> None:
    path = workbook(tmp_path, row(2, "1.1", '<c r="B2"><v>1</v></c>'))
    raw = bytearray(path.read_bytes())
    header = raw.find(b"PK\x03\x04", raw.find(b"xl/worksheets/sheet1.xml") - 40)
    start = header + 30 + len("xl/worksheets/sheet1.xml")
    raw[start : start + 8] = b"\xff" * 8  # the sheet's compressed bytes, scrambled
    path.write_bytes(bytes(raw))
    refused(path, "", "workbook-damaged", "the compressed data of xl/worksheets/sheet1.xml is corrupt")


def test_a_zip_bomb_is_refused_at_the_speed_of_decompression(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The real attack is a 2.6 MB zip holding a 1 GiB sheet; here 64 KiB holds 8 MiB, with the
    limit lowered to 1 MiB: the same path, refused before any XML is parsed."""
    monkeypatch.setattr(package, "MAX_PART_BYTES", 1 << 20)
    padding = " " * (8 << 20)
    body = f'<worksheet xmlns="{MAIN}"><sheetData>{HEADER_ROW}{padding}</sheetData></worksheet>'
    path = workbook(tmp_path, sheet=body)
    assert path.stat().st_size < 64 * 1024
    refused(path, "", "workbook-too-large", "xl/worksheets/sheet1.xml is larger than 1 MiB once decompressed")


def test_a_part_that_expands_past_100_times_its_size_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(package, "RATIO_FLOOR", 64 * 1024)  # 16 MiB in par: lowered to keep this fast
    padding = " " * (2 << 20)
    body = f'<worksheet xmlns="{MAIN}"><sheetData>{HEADER_ROW}{padding}</sheetData></worksheet>'
    refused(
        workbook(tmp_path, sheet=body),
        "",
        "workbook-too-large",
        "xl/worksheets/sheet1.xml decompresses to more than 100 times its size",
    )


def test_too_many_files_in_the_zip_are_refused_before_its_directory_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(package, "MAX_ZIP_ENTRIES", 8)
    path = workbook(tmp_path, extra={f"junk/{n}.xml": b"<x/>" for n in range(10)})
    refused(path, "", "workbook-too-large", "15 files in its zip (at most 8)")


# -- texts: how many, how long


def test_more_shared_strings_than_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Five million texts in 208 KB, scaled down: 2,000 texts past a limit of 1,000."""
    monkeypatch.setattr(xlsx, "MAX_SHARED_STRINGS", 1000)
    strings = f'<sst xmlns="{MAIN}">' + "<si><t/></si>" * 2000 + "</sst>"
    refused(workbook(tmp_path, strings=strings), "", "workbook-too-large", "more than 1000 distinct texts")


def test_texts_past_the_limit_are_counted_before_any_is_parsed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(package, "MAX_SHARED_STRINGS", 1000)
    monkeypatch.setattr(xlsx, "_SharedStrings", None)  # never reached: refused while measuring
    strings = f'<sst xmlns="{MAIN}">' + "<si><t/></si>" * 2000 + "</sst>"
    refused(workbook(tmp_path, strings=strings), "", "workbook-too-large", "more than 1000 distinct texts")


def test_more_tags_than_the_limit_are_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows without cells cost the parser a call each: 256 MiB of "<row/>" would be 44 million."""
    monkeypatch.setattr(package, "MAX_TAGS", 1000)
    refused(workbook(tmp_path, "<row/>" * 2000), "", "workbook-too-large", "more than 1000 XML tags")


def test_a_declared_count_past_the_limit_is_refused_at_once(tmp_path: Path) -> None:
    strings = f'<sst xmlns="{MAIN}" uniqueCount="5000000"><si><t>a</t></si></sst>'
    refused(workbook(tmp_path, strings=strings), "", "workbook-too-large", "more than 1000000 distinct texts")


def test_one_text_longer_than_excel_allows(tmp_path: Path) -> None:
    strings = f'<sst xmlns="{MAIN}"><si><t>{"a" * 40_000}</t></si></sst>'
    refused(
        workbook(tmp_path, strings=strings), "", "workbook-too-large", "a cell of more than 32767 characters"
    )


def test_more_cells_than_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx, "MAX_CELLS", 10)
    rows = "".join(row(n, "1.1", f'<c r="B{n}"><v>1</v></c>') for n in range(2, 10))
    refused(workbook(tmp_path, rows), "", "workbook-too-large", "more than 10 cells")


# -- ods: runs of repeated cells and rows


def ods(tmp_path: Path, table: str, name: str = "scores.ods") -> Path:
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    content = (
        f'<office:document-content xmlns:office="{office}" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">'
        f'<office:body><office:spreadsheet><table:table table:name="Scores">{table}'
        "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
    path = tmp_path / name
    path.write_bytes(stream.getvalue())
    return path


def text_cell(text: str, repeat: int = 1) -> str:
    return (
        f'<table:table-cell table:number-columns-repeated="{repeat}" office:value-type="string">'
        f"<text:p>{text}</text:p></table:table-cell>"
    )


def number_cell(value: str, kind: str = "float") -> str:
    return f'<table:table-cell office:value-type="{kind}" office:value="{value}"/>'


ODS_HEADER = f"<table:table-row>{text_cell('Id')}{text_cell('Score')}</table:table-row>"


def test_ods_empty_runs_cost_nothing_and_the_scores_read(tmp_path: Path) -> None:
    table = (
        ODS_HEADER + f"<table:table-row>{text_cell('7.2')}{number_cell('0.30000000000000004')}"
        '<table:table-cell table:number-columns-repeated="16382"/></table:table-row>'
        '<table:table-row table:number-rows-repeated="1048573"><table:table-cell '
        'table:number-columns-repeated="16384"/></table:table-row>'
    )
    result = run_par("score", "-i", str(ods(tmp_path, table)), "--format", "json")
    assert result.exit_code == 0, result.stderr
    scores = {c["id"]: c["score"] for c in json.loads(result.stdout)["criteria"] if c["score"] is not None}
    assert scores == {"7.2": 0.3}  # =0.1+0.2 as Excel and LibreOffice show it


def test_ods_a_cell_repeated_a_billion_times_stops_at_the_last_column(tmp_path: Path) -> None:
    table = (
        ODS_HEADER
        + f"<table:table-row>{text_cell('7.2')}{text_cell('1', repeat=1_000_000_000)}</table:table-row>"
    )
    start = time.perf_counter()
    result = run_par("score", "-i", str(ods(tmp_path, table)), "--format", "json")
    assert time.perf_counter() - start < 2
    assert result.exit_code == 0, result.stderr  # 16,383 copies at most, the first one a score
    assert [c["score"] for c in json.loads(result.stdout)["criteria"] if c["id"] == "7.2"] == [1]


def test_ods_a_row_repeated_a_billion_times_counts_before_it_expands(tmp_path: Path) -> None:
    row_run = (
        f'<table:table-row table:number-rows-repeated="1000000000">{text_cell("x", 3)}</table:table-row>'
    )
    refused(ods(tmp_path, ODS_HEADER + row_run), "", "workbook-too-large", "more than 2000000 cells")


def test_ods_formula_without_a_value(tmp_path: Path) -> None:
    table = (
        ODS_HEADER
        + f'<table:table-row>{text_cell("7.2")}<table:table-cell table:formula="of:=1+1"/></table:table-row>'
    )
    refused(ods(tmp_path, table), ":Scores!B2", "formula-without-value", "7.2: holds the formula of:=1+1")


# -- files that are no workbook, whatever their name


def _zip(entries: dict[str, str]) -> bytes:
    stream = io.BytesIO()
    with zipfile.ZipFile(stream, "w") as archive:
        for entry, text in entries.items():
            archive.writestr(entry, text)
    return stream.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("scores.xlsx", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj", "it is a PDF document"),
        ("scores.xlsx", b"", "the file is empty"),
        (
            "scores.xls",
            b"<html><body><table><tr><td>1</td></tr></table>",
            "it is a web page, which some systems save as .xls; open it in Excel, save it as .xlsx",
        ),
        ("scores.xlsx", None, "it is a Word document"),
        ("scores.ods", None, "it is a zip archive that holds no workbook"),
    ],
    ids=["pdf", "empty", "html-named-xls", "docx", "plain-zip"],
)
def test_a_file_that_is_no_workbook_says_what_it_is(
    tmp_path: Path, name: str, content: bytes | None, words: str
) -> None:
    if content is None and name.endswith(".xlsx"):
        content = _zip(
            {
                "[Content_Types].xml": "<Types><Override ContentType="
                '"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
            }
        )
    elif content is None:
        content = _zip({"notes.txt": "not a workbook"})
    path = tmp_path / name
    path.write_bytes(content)
    result = run_par("score", "-i", str(path))
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {path}: is not a workbook par can read: {words} "
        "(par reads .xlsx, .xlsm, .xls and .ods workbooks, and YAML scores files)\n"
    )
    assert result.stderr.count("(") == 1  # one sentence, one hint: never two parentheticals in a row


def test_compare_keep_going_goes_past_a_hostile_workbook(tmp_path: Path) -> None:
    bad = workbook(tmp_path, sheet=f'<!DOCTYPE w><worksheet xmlns="{MAIN}"/>')
    good = str(FIXTURES / "actuals" / "at_target.yaml")
    result = run_par(
        "compare", "--keep-going", good, str(bad), good.replace("at_target", "partial"), "--format", "json"
    )
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["files"]) == 2
    assert data["failed"][0]["file"] == str(bad)
    assert data["failed"][0]["errors"][0]["code"] == "workbook-damaged"


# -- .xls: the records calamine would trust


def _xls_record(raw: bytes, kind: int) -> int:
    """The file offset of the first record ``kind`` in the Workbook stream of a LibreOffice .xls."""
    from par_cli.readers.ole import Compound

    compound = Compound(raw, "x")
    start, _ = compound.streams["Workbook"]
    sectors = compound.chain(start, compound.fat, compound.sectors)
    stream = compound.stream("Workbook")
    at = 0
    while at + 4 <= len(stream):
        found, length = struct.unpack_from("<HH", stream, at)
        if found == kind:
            sector = sectors[at // compound.size]
            return (sector + 1) * compound.size + at % compound.size
        at += 4 + length
    raise AssertionError(f"no record {kind:#x}")


@pytest.mark.parametrize(
    ("kind", "offset", "patch", "code", "words"),
    [
        # DIMENSIONS declaring 4 billion rows: calamine would reserve rows x columns cells
        (
            0x0200,
            8,
            struct.pack("<I", 0xFFFFFFF0),
            "workbook-damaged",
            "its Excel 97-2003 records are broken",
        ),
        # the shared-string table declaring 2^31 - 1 texts: calamine would reserve them all
        (0x00FC, 8, struct.pack("<i", 0x7FFFFFFF), "workbook-too-large", "more than 1000000 distinct texts"),
        # ... or a negative count: calamine panics
        (0x00FC, 8, struct.pack("<i", -5), "workbook-damaged", "its Excel 97-2003 records are broken"),
    ],
    ids=["dimensions-4-billion-rows", "sst-count-huge", "sst-count-negative"],
)
def test_xls_records_calamine_would_trust_are_checked_first(
    tmp_path: Path, kind: int, offset: int, patch: bytes, code: str, words: str
) -> None:
    raw = bytearray((FIXTURES / "workbooks" / "filled.xls").read_bytes())
    at = _xls_record(bytes(raw), kind) + offset
    raw[at : at + len(patch)] = patch
    path = tmp_path / "scores.xls"
    path.write_bytes(bytes(raw))
    refused(path, "", code, words)


def test_an_xls_cell_past_column_iv_is_refused(tmp_path: Path) -> None:
    raw = bytearray((FIXTURES / "workbooks" / "filled.xls").read_bytes())
    at = _xls_record(bytes(raw), 0x0203) + 4 + 2  # a NUMBER record's column
    raw[at : at + 2] = struct.pack("<H", 60000)  # calamine would fill 65536 x 60000 cells
    path = tmp_path / "scores.xls"
    path.write_bytes(bytes(raw))
    refused(path, "", "workbook-damaged", "its Excel 97-2003 records are broken")


def test_a_broken_compound_file_is_named(tmp_path: Path) -> None:
    raw = bytearray((FIXTURES / "workbooks" / "filled.xls").read_bytes())
    raw[0x30:0x34] = struct.pack("<I", 0x7FFFFFF0)  # the directory's first sector: far past the end
    path = tmp_path / "scores.xls"
    path.write_bytes(bytes(raw))
    refused(path, "", "workbook-damaged", "its compound-file structure is broken")


def test_limits_are_as_the_readme_states() -> None:
    readme = (FIXTURES.parent.parent / "README.md").read_text(encoding="utf-8")
    for figure in (
        "1,048,576",
        "16,384",
        "2,000,000",
        "1,000,000",
        "32,767",
        "1,000 files",
        "256 MiB",
        "512 MiB",
    ):
        assert figure in readme, figure
    assert (cells.MAX_ROWS, cells.MAX_COLUMNS, cells.MAX_CELLS) == (1_048_576, 16_384, 2_000_000)
    assert (cells.MAX_SHARED_STRINGS, cells.MAX_CELL_CHARACTERS, cells.MAX_ZIP_ENTRIES) == (
        1_000_000,
        32_767,
        1_000,
    )
    assert (cells.MAX_PART_BYTES, cells.MAX_TOTAL_BYTES, cells.MAX_TAGS) == (256 << 20, 512 << 20, 16_000_000)
    assert zlib  # the bombs above are deflate streams


def _renamed_stream(tmp_path: Path, name: str) -> Path:
    """filled.xls with its Workbook stream renamed in the compound file's directory."""
    raw = bytearray((FIXTURES / "workbooks" / "filled.xls").read_bytes())
    old = "Workbook".encode("utf-16-le")
    at = raw.find(old + b"\0\0")
    new = name.encode("utf-16-le") + b"\0\0"
    raw[at : at + 64] = new.ljust(64, b"\0")
    raw[at + 0x40 : at + 0x42] = struct.pack("<H", len(new))
    path = tmp_path / "scores.xlsx"  # named as an xlsx: the content decides
    path.write_bytes(bytes(raw))
    return path


def test_a_password_protected_workbook_says_so(tmp_path: Path) -> None:
    path = _renamed_stream(tmp_path, "EncryptionInfo")  # how Excel stores an encrypted xlsx
    refused(path, "", "workbook-encrypted", "is a password-protected workbook")


def test_an_old_word_document_says_what_it_is(tmp_path: Path) -> None:
    path = _renamed_stream(tmp_path, "WordDocument")
    refused(path, "", "not-a-workbook", "it is a Word 97-2003 document")


def test_a_formula_whose_result_is_empty_text_is_an_empty_cell(tmp_path: Path) -> None:
    cells_ = row(2, "1.1", '<c r="B2" t="str"><f>IF(1=1,"",1)</f><v></v></c>')
    cells_ += row(3, "1.2", '<c r="B3"><f>1+1</f><v></v></c>')  # never computed (openpyxl writes so)
    refused(workbook(tmp_path, cells_), ":Scores!B3", "formula-without-value", "1.2: holds the formula =1+1")
