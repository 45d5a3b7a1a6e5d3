"""Whose an office's form is, when its About sheet is gone: the title rows of its scores sheet
still say it ("Đơn vị điền: Phòng Tư pháp"), so the file stays that office's part, checked as one,
never read as the whole unit's scores. Title rows and an About sheet naming two offices are
refused: which office the scores are is not known."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from helpers import run_par
from openpyxl import load_workbook

from par_cli.readers.sheets import TITLE_UNIT
from par_cli.texts.labels import Labels


def _form(tmp_path: Path, language: str, *unit: str) -> Path:
    """A form (``--unit tu_phap``, or the whole unit's), 2.1 scored 3 (row 8 of Tư pháp's form)."""
    path = tmp_path / "scores.xlsx"
    made = run_par("template", "--format", "xlsx", *unit, "-o", str(path), env={"PAR_LANG": language})
    assert made.exit_code == 0, made.stderr
    return path


def _edit(path: Path, about: str | None) -> None:
    """2.1 scored 3; the About sheet deleted (None) or its office changed to ``about``."""
    book = load_workbook(path)
    scores = book.worksheets[0]
    rows = {str(r[0].value): r[0].row for r in scores.iter_rows(min_row=5) if r[0].value}
    scores[f"E{rows['2.1']}"] = 3
    if about is None:
        del book[book.sheetnames[1]]
    else:
        sheet = book.worksheets[1]
        row = next(r[0].row for r in sheet.iter_rows() if r[1].value == "unit")
        sheet[f"C{row}"] = about
    book.save(path)


def _json(path: Path) -> tuple[int, dict[str, Any]]:
    result = run_par("score", "-i", str(path), "--format", "json")
    return result.exit_code, json.loads(result.stdout)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_an_office_form_without_its_about_sheet_is_still_that_office_s(tmp_path: Path, language: str) -> None:
    path = _form(tmp_path, language, "--unit", "tu_phap")
    _edit(path, None)
    code, data = _json(path)
    assert code == 0
    assert data["office"] == "tu_phap"  # not the district's whole index
    scored = {c["id"]: c["score"] for c in data["criteria"] if c["score"] is not None}
    assert scored == {"2.1": 3}


def test_its_scores_are_then_checked_as_that_office_s(tmp_path: Path) -> None:
    path = _form(tmp_path, "vi", "--unit", "tu_phap")
    _edit(path, None)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    assert sheet["A13"].value == "3.4"  # Phòng Nội vụ scores 3.4: Tư pháp only sends its evidence
    sheet["E13"] = 7
    book.save(path)
    code, data = _json(path)
    assert code == 1
    assert [(p["code"], p["cell"]) for p in data["problems"]] == [("not-the-scorer", "Điểm!E13")]


def test_a_whole_unit_form_without_its_about_sheet_stays_the_unit_s(tmp_path: Path) -> None:
    path = _form(tmp_path, "vi")  # its title rows leave the office dotted: "Đơn vị điền: ……"
    _edit(path, None)
    code, data = _json(path)
    assert code == 0
    assert data["office"] is None


def test_title_rows_and_about_sheet_naming_two_offices_are_refused(tmp_path: Path) -> None:
    path = _form(tmp_path, "vi", "--unit", "tu_phap")
    _edit(path, "Phòng Nội vụ")
    result = run_par("score", "-i", str(path), env={"PAR_LANG": "en"})
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {path}:Thông tin!C7: the office 'Phòng Nội vụ' is not the one the form's title rows "
        "name: 'Phòng Tư pháp' (Điểm!A3) (a form is one office's: fill in the form made for your "
        "office (par template --format xlsx --unit ...), or restore the cell that was changed)\n"
    )
    code, data = _json(path)
    assert code == 1
    assert [(p["code"], p["cell"]) for p in data["problems"]] == [("title-unit-mismatch", "Thông tin!C7")]


def test_the_same_office_in_other_case_and_spacing_agrees(tmp_path: Path) -> None:
    path = _form(tmp_path, "vi", "--unit", "tu_phap")
    _edit(path, "  phòng tư  PHÁP ")
    code, data = _json(path)
    assert (code, data["office"]) == (0, "tu_phap")


@pytest.mark.parametrize("language", ["en", "vi"])
def test_the_reader_knows_the_label_the_template_writes(language: str) -> None:
    assert " ".join(Labels(language)("xlsx.about.unit").split()).casefold() in TITLE_UNIT
