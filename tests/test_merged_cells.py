"""Merged cells over a criterion's row: a merged range keeps only its first cell's value, so a
score typed in a merged E8:E9 is 2.1's and 2.2 would read as unscored without a word. Refused in
every format, naming the range; merged title rows, names and totals still read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import FIXTURES, run_par
from openpyxl import load_workbook

BOOKS = FIXTURES / "workbooks"


def _form(tmp_path: Path, *merges: str, language: str = "en") -> Path:
    """Phòng Tư pháp's form (2.1 on row 8, 2.2 on row 9), 2.1 scored 3, with ``merges`` merged."""
    path = tmp_path / "scores.xlsx"
    made = run_par(
        "template", "--format", "xlsx", "--unit", "tu_phap", "-o", str(path), env={"PAR_LANG": language}
    )
    assert made.exit_code == 0, made.stderr
    book = load_workbook(path)
    sheet = book.worksheets[0]
    assert (sheet["A8"].value, sheet["A9"].value) == ("2.1", "2.2")
    sheet["E8"] = 3
    for cells in merges:
        sheet.merge_cells(cells)
    book.save(path)
    return path


def _problems(path: Path) -> list[tuple[str, str]]:
    result = run_par("score", "-i", str(path), "--format", "json")
    assert result.exit_code == 1, result.stdout
    return [(p["code"], p["cell"]) for p in json.loads(result.stdout)["problems"]]


def test_scores_merged_across_two_criteria_are_refused_naming_the_range(tmp_path: Path) -> None:
    path = _form(tmp_path, "E8:E9")
    result = run_par("score", "-i", str(path))
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {path}:Scores!E8:E9: cells merged across 2.1, 2.2: only E8 is read; every other "
        "cell of the range reads as empty (unmerge the cells and give each criterion's value a cell "
        "of its own)\n"
    )
    assert _problems(path) == [("merged-cells", "Scores!E8:E9")]


def test_the_line_is_in_vietnamese_too(tmp_path: Path) -> None:
    path = _form(tmp_path, "E8:E9", language="vi")
    result = run_par("score", "-i", str(path), env={"PAR_LANG": "vi"})
    assert result.exit_code == 1
    assert result.stderr.startswith(f"lỗi: {path}:Điểm!E8:E9: ô gộp qua dòng 2.1, 2.2: chỉ đọc ô E8;")


@pytest.mark.parametrize(
    ("merge", "where"),
    [
        ("G8:H8", "Scores!G8:H8"),  # evidence and explanation of one criterion
        ("A8:A9", "Scores!A8:A9"),  # the ids: 2.2's row would have none, and be skipped
        ("M10:N11", "Scores!M10:N11"),  # a first appraisal and its response, over 2.3 and 2.4
    ],
)
def test_any_input_column_of_a_criterion_row_counts(tmp_path: Path, merge: str, where: str) -> None:
    assert _problems(_form(tmp_path, merge)) == [("merged-cells", where)]


def test_merged_names_title_rows_and_totals_still_read(tmp_path: Path) -> None:
    # the template merges its title rows and total row; B (the name) and R (the task) are no input
    path = _form(tmp_path, "B8:B9", "R10:R11")
    result = run_par("score", "-i", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    scores = {c["id"]: c["score"] for c in json.loads(result.stdout)["criteria"] if c["score"] is not None}
    assert scores == {"2.1": 3}


@pytest.mark.parametrize("name", ["merged.xls", "merged.ods"])
def test_xls_and_ods_merged_ranges_are_refused_alike(name: str) -> None:
    assert _problems(BOOKS / name) == [("merged-cells", "Scores!E8:E9")]
