"""Every workbook offices send: .xlsx, .xls and .ods read to the same scores as YAML; numbers as
Excel shows them; a survey's percentage; the About rows; every problem of a workbook in one run."""

from __future__ import annotations

import json
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from helpers import FIXTURES, run_par
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook

from par_cli.readers.cells import BadCell, Number, excel_number, is_percent_format, number_of, percent_of

BOOKS = FIXTURES / "workbooks"


def _score(*paths: Path | str, language: str = "en") -> dict[str, Any]:
    args = [item for path in paths for item in ("-i", str(path))]
    result = run_par("score", *args, "--format", "json", env={"PAR_LANG": language})
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout, parse_float=Decimal)
    data.pop("files")
    return data  # type: ignore[no-any-return]


@pytest.mark.parametrize("name", ["filled.xlsx", "filled.xls", "filled.ods"])
def test_a_workbook_saved_by_excel_or_libreoffice_reads_as_the_yaml_does(name: str) -> None:
    data = _score(BOOKS / name)
    assert data == _score(BOOKS / "filled.yaml")
    criteria = {c["id"]: c for c in data["criteria"]}
    # 8.1 (SIPAS, 10 points) was typed 78,3 %: stored 0.783, read as percent 78.3, 7.83 points
    assert (criteria["8.1"]["percent"], criteria["8.1"]["score"]) == (Decimal("78.3"), Decimal("7.83"))
    assert criteria["1.1"]["evidence"] == ["Kế hoạch số 12/KH-UBND", "Báo cáo số 3/BC-UBND"]
    assert criteria["4.6"]["not_applicable"] == "Không có chỉ tiêu tinh giản năm 2024"
    assert data["office"] == "noi_vu"


@pytest.mark.parametrize(("name", "renamed"), [("filled.ods", "scores.xlsx"), ("filled.xls", "scores.ods")])
def test_the_format_is_told_by_the_content_not_the_name(tmp_path: Path, name: str, renamed: str) -> None:
    shutil.copy(BOOKS / name, tmp_path / renamed)
    assert _score(tmp_path / renamed) == _score(BOOKS / "filled.yaml")


@pytest.mark.parametrize("name", ["bad.xls", "bad.ods"])
def test_every_problem_of_a_workbook_is_reported_in_one_run(name: str) -> None:
    path = BOOKS / name
    result = run_par("score", "-i", str(path))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [  # in the order of the sheet, as YAML's are in line order
        f"error: {path}:Scores!E4: 1.2: 'một' is not a number (write digits with a decimal point or "
        "comma, e.g. 6.928 or 6,928)",
        f"error: {path}:Scores!E5: 1.3 is scored by the unit, in points: a percentage is for survey "
        "criteria (type its points in the Score cell, formatted as a number)",
        f"error: {path}:Scores!E6: 1.4: the Score cell shows the error #DIV/0! (correct its formula, "
        "or type the figure itself)",
        f"error: {path}:Scores!E30: 7.2: score 7 is above the maximum 4 "
        "(a score for criterion 7.2 lies between 0 and 4)",
    ]


def test_the_problems_read_in_vietnamese_with_the_sheets_own_words() -> None:
    path = BOOKS / "bad.ods"
    result = run_par("score", "-i", str(path), env={"PAR_LANG": "vi"})
    lines = result.stderr.splitlines()
    assert lines[1].startswith(f"lỗi: {path}:Scores!E5: 1.3 do đơn vị tự chấm bằng điểm")
    assert lines[2].startswith(
        f"lỗi: {path}:Scores!E6: 1.4: ô Score đang báo lỗi #DIV/0!"
    )  # as the sheet says
    above = (
        f"lỗi: {path}:Scores!E30: 7.2: điểm 7 lớn hơn điểm tối đa 4 "
        "(điểm của tiêu chí 7.2 nằm trong khoảng từ 0 đến 4)"
    )
    assert above in lines  # the criterion named as one: "điểm của 7.2" read as a value
    for line in lines:
        assert "scores[" not in line and "not_applicable" not in line and "percent" not in line


# -- a workbook written here, as an office fills it in


def _book(
    tmp_path: Path,
    rows: list[list[Any]],
    header: list[str] | None = None,
    name: str = "office.xlsx",
    **formats: str,
) -> Path:
    """A workbook with the header Id | Score | Percent (%) | Appraised, ``rows`` below it;
    ``formats``: a number format per cell ("B3": "0.0%")."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Điểm"
    sheet.append(header or ["Id", "Score", "Percent (%)", "Appraised"])
    for row in rows:
        sheet.append(row)
    for cell, code in formats.items():
        sheet[cell].number_format = code
    path = tmp_path / name
    book.save(path)
    return path


def _scores(data: dict[str, Any]) -> dict[str, Any]:
    return {c["id"]: (c["score"], c.get("percent")) for c in data["criteria"] if c["score"] is not None}


def test_a_double_is_read_at_excels_15_digits(tmp_path: Path) -> None:
    path = _book(tmp_path, [["7.2", 0.1 + 0.2], ["1.1", 2.0], ["3.4", 6.928]])
    assert _scores(_score(path)) == {
        "1.1": (2, None),
        "3.4": (Decimal("6.928"), None),
        "7.2": (Decimal("0.3"), None),  # 0.30000000000000004 as Excel shows it
    }


def test_more_than_3_decimals_as_shown_are_still_refused(tmp_path: Path) -> None:
    path = _book(tmp_path, [["7.2", 1.79999999]])
    result = run_par("score", "-i", str(path))
    assert result.stderr.startswith(f"error: {path}:Điểm!B2: 7.2: '1.79999999' has 8 decimals")


@pytest.mark.parametrize(
    ("row", "formats", "expected"),
    [
        (["8.1", 0.783, None, None], {"B2": "0.0%"}, (Decimal("7.83"), Decimal("78.3"))),  # score as %
        (["8.1", None, 78.3, None], {}, (Decimal("7.83"), Decimal("78.3"))),  # percent column, number
        (["8.1", None, "78,3", None], {}, (Decimal("7.83"), Decimal("78.3"))),  # ... as text
        (["8.1", None, 0.783, None], {"C2": '0.0" "%'}, (Decimal("7.83"), Decimal("78.3"))),  # ... as %
        (["8.1", 9, None, None], {}, (9, None)),  # points
    ],
    ids=["score-cell-percent", "percent-number", "percent-text", "percent-cell-percent", "points"],
)
def test_a_survey_percentage_reads_as_yaml_percent_does(
    tmp_path: Path, row: list[Any], formats: dict[str, str], expected: tuple[Any, Any]
) -> None:
    path = _book(tmp_path, [row], **formats)
    assert _scores(_score(path)) == {"8.1": expected}


def test_a_quoted_percent_sign_is_no_percentage() -> None:
    assert is_percent_format("0.0%") and is_percent_format("0%;[Red]-0%") and is_percent_format('0.0" "%')
    assert (
        not is_percent_format('0.00" %"')
        and not is_percent_format("0.00\\%")
        and not is_percent_format("0.0")
    )


@pytest.mark.parametrize(("cell", "fmt"), [("B2", "0%"), ("D2", "0.00%")], ids=["score", "appraised"])
def test_a_percentage_where_points_are_asked_is_refused(tmp_path: Path, cell: str, fmt: str) -> None:
    appraised = 0.5 if cell == "D2" else None  # an appraisal needs a score; here the score is refused
    path = _book(tmp_path, [["7.2", 0.5, None, appraised]], **{cell: fmt})
    result = run_par("score", "-i", str(path))
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {path}:Điểm!{cell}: 7.2 is scored by the unit, in points: a percentage is for survey "
        "criteria (type its points in the Score cell, formatted as a number)\n"
    )


def test_a_survey_percentage_in_both_cells_is_refused(tmp_path: Path) -> None:
    path = _book(tmp_path, [["8.1", 0.783, 78.3, None]], B2="0.0%")
    result = run_par("score", "-i", str(path))
    assert result.stderr.startswith(f"error: {path}:Điểm!C2: 8.1 has both a score and a percentage")


def test_a_formula_without_a_value_hides_no_other_problem(tmp_path: Path) -> None:
    path = _book(tmp_path, [["1.1", "=1+1"], ["7.2", 7], ["1.2", "=NA()"]])
    lines = run_par("score", "-i", str(path)).stderr.splitlines()
    assert [line.split(": ", 2)[1] for line in lines] == [
        f"{path}:Điểm!B2",
        f"{path}:Điểm!B3",
        f"{path}:Điểm!B4",
    ]
    assert "holds the formula =1+1 but no value" in lines[0] and "score 7 is above the maximum 4" in lines[1]


def test_problems_come_in_the_order_of_the_sheets_rows_and_columns(tmp_path: Path) -> None:
    """Found in another order (unreadable cells first, then values, then scores against the plan):
    told by tab, row and column, as YAML's are by line. Row 10 after row 9, column AA after D."""
    book = Workbook()
    first = book.active
    first.title = "Một"
    first.append(["Id", "Score", "Percent (%)", "Appraised"])
    first.append(["1.1", "abc"])  # B2: not a number, found when the values are checked
    first["A9"], first["B9"] = "7.2", 7  # B9: above the maximum, found last, against the plan
    first["A10"], first["B10"] = "1.2", "=1+1"  # B10: a formula without a value, found first
    first["AA10"] = "x"  # no column of the scores: read by no one
    first["D10"] = "=2+2"  # the Appraised cell: a formula without a value too
    second = book.create_sheet("Hai")
    second.append(["Id", "Score"])
    second.append(["1.3", "=NA()"])  # Hai!B2: the reader finds it before any value of Một
    path = tmp_path / "order.xlsx"
    book.save(path)
    lines = run_par("score", "-i", str(path)).stderr.splitlines()
    assert [line.split(": ", 2)[1].removeprefix(f"{path}:") for line in lines] == [
        "Một!B2",
        "Một!B9",
        "Một!B10",
        "Một!D10",
        "Hai!B2",
    ]


def test_difficulties_and_proposals_from_the_about_rows(tmp_path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["Id", "Score"])
    sheet.append(["7.2", 1])
    about = book.create_sheet("About")
    about.append(["Khó khăn, vướng mắc", "difficulties", "- Thiếu biên chế\n\n- Phần mềm chưa liên thông"])
    about.append(["", "difficulties", "Kinh phí hạn hẹp"])
    about.append(["Đề xuất, kiến nghị", "proposals", "Bổ sung kinh phí"])
    about.append(["Năm", "year", 2024])
    path = tmp_path / "about.xlsx"
    book.save(path)
    result = run_par("report", "-i", str(path), "--output", str(tmp_path / "r.html"))
    assert result.exit_code == 0, result.stderr
    html = (tmp_path / "r.html").read_text(encoding="utf-8")
    for item in ("Thiếu biên chế", "Phần mềm chưa liên thông", "Kinh phí hạn hẹp", "Bổ sung kinh phí"):
        assert item in html
    # The cell's own "- " bullet is dropped: the report sets each item as a list line of its own.
    assert "- - Thiếu" not in html and html.count("Thiếu biên chế") == 1


# -- numbers: unit tests and an invariant


def test_numbers_as_excel_shows_them() -> None:
    assert excel_number("0.30000000000000004") == "0.3"
    assert excel_number("6.9279999999999999") == "6.928"
    assert excel_number("2") == "2" and isinstance(excel_number("2"), Number)
    assert excel_number("1E-3") == "0.001"
    assert excel_number("1.79999999") == "1.79999999"  # 9 significant digits: kept, then refused
    assert excel_number("abc") == BadCell("cell.number_text", "abc")
    assert number_of(float("inf")) == BadCell("cell.not_finite", "inf")
    assert percent_of(Number("0.783")).percent == "78.3"


@given(st.decimals(min_value=0, max_value=999_999, places=3, allow_nan=False, allow_infinity=False))
def test_every_score_a_double_can_hold_reads_back_exactly(value: Decimal) -> None:
    """A score of at most 3 decimals, stored as Excel stores it, reads back as the same figure."""
    assert Decimal(number_of(float(value))) == value


@pytest.mark.parametrize("language", ["en", "vi"])
def test_no_workbook_message_names_a_yaml_key(tmp_path: Path, language: str) -> None:
    """Each problem a workbook can have in its cells, in both languages: the sheet's words only."""
    rows = [
        ["8.1", None, 120, None],  # a percentage above 100
        ["1.1", 1, None, 1],
        ["1.1", 2, None, None],  # the same criterion twice
        ["1.2", "=A1", None, None],  # a formula without a value
        ["1.3", 1, None, 3],  # appraised above the maximum
        ["1.4", 2, 50, None],  # a percentage for a criterion the unit scores
    ]
    path = _book(tmp_path, rows)
    other = _book(tmp_path, [["8.1", None, 78.3, 9]], name="other.xlsx")  # appraised a survey criterion
    result = run_par("score", "-i", str(path), "-i", str(other), env={"PAR_LANG": language})
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 6, result.stderr
    for line in lines:
        assert ":Điểm!" in line
        for key in ("scores[", "not_applicable", "percent ", "appraised:", ".score", "assessed_unit"):
            assert key not in line, line


def test_what_readers_xls_relies_on_in_python_calamine() -> None:
    """If a release of python-calamine changes these, par_cli/readers/xls.py must change with it:
    rows from A1 (skip_empty_area=False), an error cell given as "", a percentage as its number."""
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(BOOKS / "bad.xls"))
    rows = book.get_sheet_by_index(0).to_python(skip_empty_area=False)
    assert rows[0][:2] == ["Id", "Name"], "readers/xls.py: rows no longer start at A1"
    assert rows[5][0] == "1.4" and rows[5][4] == "", "readers/xls.py: an error cell is no longer ''"
    assert rows[4][4] == 0.5, "readers/xls.py: a percentage cell is no longer its plain number"
