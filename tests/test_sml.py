"""par's own SpreadsheetML writer (render/sml.py), judged by what it writes: every workbook par makes
has its elements in the schema's order (Excel refuses a part that has not, where LibreOffice and
openpyxl read on, so no other test would see it), every part declared and every relationship's
target present, the same bytes from the same input, and text that looks like a formula kept text."""

from __future__ import annotations

import io
import posixpath
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest
from helpers import FIXTURES, run_par
from openpyxl import load_workbook
from python_calamine import CalamineWorkbook

ROOT = Path(__file__).resolve().parent.parent
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"

# The children each element may hold, in the order the schema gives them (ECMA-376 Part 1, Annex A,
# sml.xsd), space-separated: the elements par writes, and those around them.
ORDER: dict[str, str] = {
    "worksheet": (
        "sheetPr dimension sheetViews sheetFormatPr cols sheetData sheetCalcPr sheetProtection "
        "protectedRanges scenarios autoFilter sortState dataConsolidate customSheetViews mergeCells "
        "phoneticPr conditionalFormatting dataValidations hyperlinks printOptions pageMargins "
        "pageSetup headerFooter rowBreaks colBreaks customProperties cellWatches ignoredErrors "
        "smartTags drawing legacyDrawing legacyDrawingHF picture oleObjects controls webPublishItems "
        "tableParts extLst"
    ),
    "sheetPr": "tabColor outlinePr pageSetUpPr",
    "sheetViews": "sheetView extLst",
    "sheetView": "pane selection pivotSelection extLst",
    "cols": "col",
    "sheetData": "row",
    "row": "c extLst",
    "c": "f v is extLst",
    "mergeCells": "mergeCell",
    "conditionalFormatting": "cfRule extLst",
    "cfRule": "formula colorScale dataBar iconSet extLst",
    "dataValidations": "dataValidation",
    "dataValidation": "formula1 formula2",
    "headerFooter": "oddHeader oddFooter evenHeader evenFooter firstHeader firstFooter",
    "styleSheet": (
        "numFmts fonts fills borders cellStyleXfs cellXfs cellStyles dxfs tableStyles colors extLst"
    ),
    "numFmts": "numFmt",
    "fonts": "font",
    "fills": "fill",
    "fill": "patternFill gradientFill",
    "patternFill": "fgColor bgColor",
    "borders": "border",
    "border": "start left end right top bottom diagonal vertical horizontal",
    "cellStyleXfs": "xf",
    "cellXfs": "xf",
    "xf": "alignment protection extLst",
    "cellStyles": "cellStyle",
    "dxfs": "dxf",
    "dxf": "font numFmt fill alignment border protection extLst",
    "workbook": (
        "fileVersion fileSharing workbookPr workbookProtection bookViews sheets functionGroups "
        "externalReferences definedNames calcPr oleSize customWorkbookViews pivotCaches smartTagPr "
        "smartTagTypes webPublishing fileRecoveryPr webPublishObjects extLst"
    ),
    "bookViews": "workbookView",
    "sheets": "sheet",
    "definedNames": "definedName",
    "sst": "si extLst",
    "si": "t r rPh phoneticPr",
    "comments": "authors commentList extLst",
    "authors": "author",
    "commentList": "comment",
    "comment": "text commentPr",
}


def _out_of_order(element: ET.Element) -> list[str]:
    """Every element under ``element`` (itself included) whose children break the schema's order,
    or that holds a child the schema does not allow it, as "parent: child after child"."""
    wrong = []
    for parent in element.iter():
        name = parent.tag.rpartition("}")[2]
        if name not in ORDER:
            continue
        allowed = ORDER[name].split()
        last = 0
        for child in parent:
            tag = child.tag.rpartition("}")[2]
            if tag not in allowed:
                wrong.append(f"{name}: {tag} is not allowed")
            elif allowed.index(tag) < last:
                wrong.append(f"{name}: {tag} after {allowed[last]}")
            else:
                last = allowed.index(tag)
    return wrong


def _workbooks(tmp_path: Path) -> dict[str, bytes]:
    """Every kind of workbook par writes: the unit's form and an office's (which has notes), in both
    languages; a report with figures (xlsx_format); the evidence index inside a bundle."""
    made: dict[str, bytes] = {}
    commands = {
        "form": ["template", "--format", "xlsx"],
        "office form": ["template", "--format", "xlsx", "--unit", "tu_phap"],
        "report": ["score", "-i", str(ROOT / "examples" / "actuals_2024.yaml"), "--format", "xlsx"],
    }
    for language in ("en", "vi"):
        for name, args in commands.items():
            path = tmp_path / f"{name} {language}.xlsx"
            result = run_par(*args, "--output", str(path), env={"PAR_LANG": language})
            assert result.exit_code == 0, result.stderr
            made[f"{name} {language}"] = path.read_bytes()
    bundle = tmp_path / "bundle.zip"
    evidence = ["-i", str(ROOT / "examples" / "tu_phap_ho_so.yaml")]
    evidence += ["--evidence-dir", str(ROOT / "examples" / "evidence")]
    result = run_par("evidence", "bundle", *evidence, "--output", str(bundle))
    assert result.exit_code == 0, result.stderr
    with zipfile.ZipFile(bundle) as package:
        (index,) = [name for name in package.namelist() if name.endswith(".xlsx")]
        made["evidence index"] = package.read(index)
    return made


@pytest.fixture(scope="module")
def workbooks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return _workbooks(tmp_path_factory.mktemp("workbooks"))


def test_every_part_has_its_elements_in_the_schemas_order(workbooks: dict[str, bytes]) -> None:
    for name, data in workbooks.items():
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            for part in package.namelist():
                if part.endswith((".xml", ".rels")):
                    root = ET.fromstring(package.read(part))  # well formed, too
                    assert _out_of_order(root) == [], f"{name}: {part}"


def test_the_order_check_catches_a_part_out_of_order() -> None:
    """The test above can fail: merged cells written after the page set-up, as an Excel that
    refuses the file would see them, and an element the schema does not allow there."""
    sheet = ET.fromstring(
        f'<worksheet xmlns="{MAIN[1:-1]}"><sheetData/><pageMargins/><mergeCells/><sheetView/></worksheet>'
    )
    assert _out_of_order(sheet) == [
        "worksheet: mergeCells after pageMargins",
        "worksheet: sheetView is not allowed",
    ]


def test_every_part_is_declared_and_every_relationship_found(workbooks: dict[str, bytes]) -> None:
    for name, data in workbooks.items():
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            parts = set(package.namelist())
            types = ET.fromstring(package.read("[Content_Types].xml"))
            defaults = {e.get("Extension") for e in types if e.tag.endswith("Default")}
            overrides = {e.get("PartName") for e in types if e.tag.endswith("Override")}
            for part in parts - {"[Content_Types].xml"}:
                declared = f"/{part}" in overrides or part.rpartition(".")[2] in defaults
                assert declared, f"{name}: {part} has no content type"
            assert {part[1:] for part in overrides} <= parts, name
            for rels in (part for part in parts if part.endswith(".rels")):
                folder = posixpath.dirname(posixpath.dirname(rels))  # xl/_rels/x.rels: xl
                for relation in ET.fromstring(package.read(rels)):
                    target = posixpath.normpath(posixpath.join(folder, relation.get("Target", "")))
                    assert target in parts, f"{name}: {rels} names {target}"


def test_the_same_input_gives_the_same_bytes(tmp_path: Path, workbooks: dict[str, bytes]) -> None:
    """On the same day (the form and the workbook's properties bear it)."""
    again = _workbooks(tmp_path)
    assert [name for name in workbooks if workbooks[name] != again[name]] == []


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path) -> None:
    """A criterion named as a formula is a name in every workbook, to openpyxl and to calamine."""
    hostile = "=HYPERLINK(1)"
    plan = tmp_path / "plan.yaml"
    text = (FIXTURES / "criteria" / "mini.yaml").read_text(encoding="utf-8")
    plan.write_text(text.replace("name: First", f"name: '{hostile}'"), encoding="utf-8")
    for command in (["template"], ["by-unit", "--all"]):
        path = tmp_path / f"{command[0]}.xlsx"
        result = run_par("--criteria", str(plan), *command, "--format", "xlsx", "--output", str(path))
        assert result.exit_code == 0, result.stderr
        cells = [c for sheet in load_workbook(path).worksheets for row in sheet.iter_rows() for c in row]
        named = [cell for cell in cells if cell.value == hostile]
        assert named and all(cell.data_type == "s" for cell in named), command
        book = CalamineWorkbook.from_path(str(path))
        rows = [row for name in book.sheet_names for row in book.get_sheet_by_name(name).to_python()]
        assert any(hostile in row for row in rows), command


def test_a_decimal_is_written_as_its_own_digits_never_through_a_float() -> None:
    from decimal import Decimal

    from par_cli.render.sml import figure

    # 17 significant digits: a float would write 1.0; trailing zeros and exponents as a number reads
    assert figure(Decimal("1.0000000000000001")) == "1.0000000000000001"
    assert [figure(Decimal(t)) for t in ("6.928", "94.00", "1E+1", "0.500")] == ["6.928", "94", "10", "0.5"]
    assert (figure(3), figure(27.5)) == ("3", "27.5")  # a count, a layout figure
