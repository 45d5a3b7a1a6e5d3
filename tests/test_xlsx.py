"""Spreadsheets read back: Vietnamese text intact, numbers as numbers, header frozen."""

from __future__ import annotations

import zipfile
from pathlib import Path

import openpyxl
from helpers import FIXTURES, run_par


def _book(tmp_path: Path, *args: str) -> openpyxl.Workbook:
    target = tmp_path / f"{args[0]}.xlsx"
    result = run_par(*args, "--format", "xlsx", "--output", str(target))
    assert result.exit_code == 0, result.stderr
    return openpyxl.load_workbook(target)


def test_summary_sheet(tmp_path: Path) -> None:
    book = _book(tmp_path, "summary")
    assert book.sheetnames == ["Report", "The plan by field"]
    sheet = book["The plan by field"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("Id", "Name", "Max", "2023")
    assert rows[1][:4] == ("1", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", 14, 12)
    total = rows[-1]
    assert total[1] == "Total"
    assert total[3] == 85.401  # a number with its decimals, not text
    assert isinstance(total[3], float)
    assert sheet.freeze_panes == "A2"
    assert sheet.column_dimensions["B"].width > 20


def test_gaps_and_by_unit_sheets(tmp_path: Path) -> None:
    gaps = _book(tmp_path, "gaps")
    rows = list(gaps[gaps.sheetnames[1]].iter_rows(values_only=True))
    assert rows[0][5] == "Gap"
    assert rows[1][0] == "7.2" and rows[1][5] == 3.18
    assert rows[-1][5] == 14.599
    units = _book(tmp_path, "by-unit", "--all")
    assert "Units" in units.sheetnames
    assert any(name.startswith("Phòng Nội vụ") for name in units.sheetnames)


def test_score_sheet(tmp_path: Path) -> None:
    book = _book(tmp_path, "score", "--input", str(FIXTURES / "actuals" / "partial.yaml"))
    assert "Self-assessment by field" in book.sheetnames
    rows = list(book["Self-assessment by field"].iter_rows(values_only=True))
    header = rows[0]
    assert rows[-1][header.index("Self-assessed")] == 10.428  # 2 + 6.928 + 1.5, self-assessed
    assert rows[-1][header.index("Estimate")] == 18.428  # and the survey estimate 8 of 8.1


def test_every_table_prints_on_a4_one_page_wide_with_its_header_on_each_page(tmp_path: Path) -> None:
    """A table sheet printed from Excel or LibreOffice: A4 landscape, fitted to one page wide and as
    long as it needs, the header row atop every page, "Trang x/y" below; a row as tall as its
    wrapped text (field 8's name wraps in a 60-wide column: LibreOffice does not fit rows itself)."""
    book = _book(tmp_path, "score", "--lang", "vi", "--input", str(FIXTURES / "actuals" / "partial.yaml"))
    for sheet in book.worksheets[1:]:
        setup = sheet.page_setup
        assert (setup.paperSize, setup.orientation, setup.fitToWidth, setup.fitToHeight) == (
            9,
            "landscape",
            1,
            0,
        ), sheet.title
        assert sheet.sheet_properties.pageSetUpPr.fitToPage
        assert sheet.print_title_rows == "$1:$1"
        assert sheet.oddFooter.center.text == "Trang &P/&N"
    fields = book["Tự đánh giá theo lĩnh vực"]
    [row] = [cells[0].row for cells in fields.iter_rows() if cells[0].value == "8"]
    assert fields.row_dimensions[row].height > 15  # openpyxl reads every height as set by hand:
    with zipfile.ZipFile(tmp_path / "score.xlsx") as package:  # the file says it may be fitted again
        assert "customHeight" not in package.read("xl/worksheets/sheet2.xml").decode()
    cover = book.worksheets[0].page_setup
    assert (cover.paperSize, cover.orientation or "portrait", cover.fitToWidth) == (9, "portrait", 1)
