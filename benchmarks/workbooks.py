"""Workbooks for the benchmarks, written to a temporary folder, never committed: a plan of N
criteria with the same scores as YAML and as an xlsx workbook, and the hostile workbooks of
issue 17 at their real size (a lone cell at XFD1048576, a row numbered 99999999999, a 1 GiB sheet
in a small zip, 5,000,000 shared strings, one 300 MB shared string, an entity bomb, an ods row
repeated a billion times).

    python benchmarks/workbooks.py FOLDER --criteria 10000
"""

from __future__ import annotations

import argparse
import re
import zipfile
from pathlib import Path

from synthetic import write_plan, write_scores

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
CONTENT_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'
)
WORKBOOK = (
    f'<workbook xmlns="{MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Scores" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
RELS = (
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="worksheets/sheet1.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
    '<Relationship Id="rId2" Target="sharedStrings.xml" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"/>'
    "</Relationships>"
)
HEADER = (
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Id</t></is></c><c r="B1" t="inlineStr"><is><t>Score</t>'
    '</is></c><c r="C1" t="inlineStr"><is><t>Evidence</t></is></c></row>'
)


def xlsx(path: Path, sheet: bytes | list[bytes], strings: bytes | list[bytes] | None = None) -> None:
    """A workbook whose sheet (and shared strings) are given as bytes, or as pieces streamed in."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", RELS)
        for name, body in (("xl/worksheets/sheet1.xml", sheet), ("xl/sharedStrings.xml", strings)):
            if body is None:
                continue
            with archive.open(name, "w", force_zip64=True) as stream:
                for piece in [body] if isinstance(body, bytes) else body:
                    stream.write(piece)


def sheet(rows: str) -> bytes:
    return f'<worksheet xmlns="{MAIN}"><sheetData>{HEADER}{rows}</sheetData></worksheet>'.encode()


def scores_workbook(path: Path, scores_yaml: Path) -> None:
    """The scores of a YAML scores file (write_scores) as a workbook: Id | Score | Evidence."""
    rows = []
    number = 1
    current: list[str] = []
    text = scores_yaml.read_text(encoding="utf-8")
    for match in re.finditer(
        r'^  "([^"]+)":(?: (\S+))?\n(?:    score: (\S+)\n    evidence:\n      - (.+)\n)?', text, re.M
    ):
        criterion, bare, score, evidence = match.groups()
        value = bare or score
        if value is None:
            continue
        number += 1
        current = [
            f'<c r="A{number}" t="inlineStr"><is><t>{criterion}</t></is></c>',
            f'<c r="B{number}"><v>{float(value)!r}</v></c>',  # a double, as Excel stores it
        ]
        if evidence:
            current.append(f'<c r="C{number}" t="inlineStr"><is><t>{evidence}</t></is></c>')
        rows.append(f'<row r="{number}">{"".join(current)}</row>')
    xlsx(path, sheet("".join(rows)))


def hostile(folder: Path) -> None:
    lone = f'<worksheet xmlns="{MAIN}"><dimension ref="A1:XFD1048576"/><sheetData>'
    xlsx(
        folder / "xfd1048576.xlsx",
        (lone + '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData></worksheet>').encode(),
    )
    xlsx(folder / "row_99999999999.xlsx", sheet('<row r="99999999999"><c><v>1</v></c></row>'))
    padding = b"<row>" + b" " * (1 << 20) + b"</row>"
    xlsx(folder / "sheet_1gib.xlsx", [sheet("")[:-24], *[padding] * 1024, b"</sheetData></worksheet>"])
    many = [f'<sst xmlns="{MAIN}">'.encode(), *[b"<si><t/></si>" * 100_000] * 50, b"</sst>"]
    xlsx(folder / "strings_5m.xlsx", sheet(""), many)
    long = [f'<sst xmlns="{MAIN}"><si><t>'.encode(), *[b"a" * (1 << 20)] * 300, b"</t></si></sst>"]
    xlsx(folder / "string_300mb.xlsx", sheet(""), long)
    laughs = (
        '<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
        + "]>"
    )
    xlsx(
        folder / "billion_laughs.xlsx",
        (
            laughs + sheet('<row r="2"><c r="A2" t="inlineStr"><is><t>&j;</t></is></c></row>').decode()
        ).encode(),
    )
    table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    content = (
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        f'xmlns:table="{table}" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>'
        '<table:table table:name="S"><table:table-row table:number-rows-repeated="1000000000">'
        '<table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/>'
        "</table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"
    )
    with zipfile.ZipFile(folder / "ods_repeated.ods", "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("folder", type=Path)
    parser.add_argument("--criteria", type=int, default=10_000)
    options = parser.parse_args()
    folder: Path = options.folder
    folder.mkdir(parents=True, exist_ok=True)
    leaves = write_plan(folder / "plan.yaml", options.criteria)
    write_scores(folder / "scores.yaml", leaves, 1)
    scores_workbook(folder / "scores.xlsx", folder / "scores.yaml")
    hostile(folder)


if __name__ == "__main__":
    main()
