"""Scores in Excel, both ways: the template workbook, filled in as an office would, read back."""

from __future__ import annotations

import io
import json
import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from helpers import FIXTURES, run_par
from openpyxl import load_workbook

from par_cli.readers.sheets import HEADERS
from par_cli.texts.labels import Labels

AT_TARGET = FIXTURES / "actuals" / "at_target.yaml"


def _template(tmp_path: Path, *args: str, language: str = "en") -> Path:
    path = tmp_path / "scores.xlsx"
    result = run_par("template", "--format", "xlsx", "--output", str(path), *args, env={"PAR_LANG": language})
    assert result.exit_code == 0, result.stderr
    return path


def _rows(sheet: Any) -> dict[str, int]:
    """Each criterion's row number, by id (column A), below the title rows and the header."""
    return {str(row[0].value): row[0].row for row in sheet.iter_rows(min_row=5) if row[0].value}


def _fill(path: Path, scores: dict[str, object], column: str = "E") -> None:
    book = load_workbook(path)
    sheet = book.worksheets[0]
    rows = _rows(sheet)
    for criterion_id, value in scores.items():
        sheet[f"{column}{rows[criterion_id]}"] = value
    book.save(path)


def _json(*args: str) -> dict[str, Any]:
    result = run_par("score", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout, parse_float=Decimal)
    data.pop("files")
    return data  # type: ignore[no-any-return]


@pytest.mark.parametrize("language", ["en", "vi"])
def test_every_target_in_the_workbook_scores_as_the_yaml_file_does(tmp_path: Path, language: str) -> None:
    path = _template(tmp_path, language=language)
    targets = {c["id"]: c["score"] for c in _json("-i", str(AT_TARGET))["criteria"]}
    _fill(path, {i: float(v) for i, v in targets.items()})  # as Excel stores them: binary doubles
    assert _json("-i", str(path)) == _json("-i", str(AT_TARGET))


ROUND_COLUMNS = ("first", "response", "reason", "response_evidence", "appraised")


def test_english_input_headers_are_exactly_these() -> None:
    book_headers = [
        "Score",
        "Percent (%)",
        "Evidence",
        "Explanation",
        "Not applicable",
        "First appraisal",
        "Response",
        "Reason contested",
        "Response evidence",
        "Final appraisal",
    ]
    from par_cli.render.form_xlsx import COLUMNS

    tr = Labels("en")
    inputs = ("score", "percent", "evidence", "explanation", "not_applicable", *ROUND_COLUMNS)
    assert [tr(key) for role, key, _ in COLUMNS if role in inputs] == book_headers
    # each is a header the reader knows, in both languages; "Appraised" (forms written before the
    # rounds) still reads as the final appraisal
    for language in ("en", "vi"):
        for role, key, _ in COLUMNS:
            if role in inputs:
                assert " ".join(Labels(language)(key).split()).casefold() in HEADERS[role]
    assert "appraised" in HEADERS["appraised"] and "điểm thẩm định" in HEADERS["appraised"]
    assert Labels("vi")("xlsx.percent") == "Tỷ lệ (%)"


def test_the_input_headers_written_are_headers_the_reader_knows() -> None:
    from par_cli.readers.sheets import HEADERS
    from par_cli.render.form_xlsx import COLUMNS, INPUTS

    for tr in (Labels("en"), Labels("vi")):
        for role, key, _ in COLUMNS:
            if role in INPUTS:
                assert tr(key).casefold() in HEADERS[role], (tr.language, role)


def test_the_workbook_is_protected_validated_frozen_and_prints_on_a4(tmp_path: Path) -> None:
    book = load_workbook(_template(tmp_path))
    sheet = book.worksheets[0]
    assert sheet.protection.sheet and not sheet.protection.password
    assert sheet.freeze_panes == "C5"  # under the title rows and the header
    assert sheet.page_setup.orientation == "landscape" and int(sheet.page_setup.paperSize) == 9  # A4
    rows = _rows(sheet)
    row = rows["7.2"]
    assert sheet[f"E{row}"].protection.locked is False and sheet[f"B{row}"].protection.locked is True
    rules = {str(rule.sqref): rule for rule in sheet.data_validations.dataValidation}
    rule = next(r for s, r in rules.items() if f"E{row}" in s.split())
    assert (rule.type, rule.formula1, rule.formula2) == ("decimal", "0", "4")  # 7.2's maximum is 4
    # field 7 sums its 4 rows live, and shows nothing (not 0) until one of them holds a score
    first, last = rows["7"] + 1, rows["7"] + 4
    assert sheet[f"E{rows['7']}"].value == f'=IF(COUNT(E{first}:E{last}),SUBTOTAL(9,E{first}:E{last}),"")'
    # a survey criterion says on paper how it is filled, and its percent cell takes 0 to 100
    assert "enter the published result in Percent (%)" in sheet[f"B{rows['8.1']}"].value
    assert sheet[f"F{rows['8.1']}"].protection.locked is False and sheet[f"F{row}"].protection.locked
    rule = next(r for s, r in rules.items() if f"F{rows['8.1']}" in s.split())
    assert (rule.formula1, rule.formula2) == ("0", "100")


def test_a_score_above_the_maximum_names_the_sheet_and_cell(tmp_path: Path) -> None:
    path = _template(tmp_path)
    _fill(path, {"7.2": 7})
    row = _rows(load_workbook(path).worksheets[0])["7.2"]
    result = run_par("score", "-i", str(path))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"error: {path}:Scores!E{row}: 7.2: score 7 is above the maximum 4 "
        "(a score for criterion 7.2 lies between 0 and 4)\n"
    )


def test_decimal_commas_doubles_and_what_excel_cannot_hold(tmp_path: Path) -> None:
    path = _template(tmp_path)
    _fill(path, {"3.4": "6,928", "7.2": 1.8, "1.1": 2})
    data = _json("-i", str(path))
    scores = {c["id"]: c["score"] for c in data["criteria"] if c["score"] is not None}
    assert scores == {"1.1": 2, "3.4": Decimal("6.928"), "7.2": Decimal("1.8")}
    _fill(path, {"7.2": 1.79999999})  # a figure computed in the sheet, not typed: no score has 8 decimals
    result = run_par("score", "-i", str(path))
    assert result.exit_code == 1 and "'1.79999999' has 8 decimals; scores have at most 3" in result.stderr


def test_evidence_explanation_and_not_applicable_from_their_cells(tmp_path: Path) -> None:
    path = _template(tmp_path)
    _fill(path, {"7.2": 1.5})
    _fill(path, {"7.2": "Báo cáo số 12/BC-UBND, mục 2\nQuyết định số 3/QĐ-UBND"}, column="G")
    _fill(path, {"7.2": "Tỷ lệ trực tuyến còn thấp"}, column="H")
    _fill(path, {"4.4": "Đơn vị không có UBND cấp xã"}, column="I")
    criteria = {c["id"]: c for c in _json("-i", str(path))["criteria"]}
    assert criteria["7.2"]["evidence"] == ["Báo cáo số 12/BC-UBND, mục 2", "Quyết định số 3/QĐ-UBND"]
    assert criteria["7.2"]["explanation"] == "Tỷ lệ trực tuyến còn thấp"
    assert criteria["4.4"]["not_applicable"] == "Đơn vị không có UBND cấp xã"


def test_a_workbook_saved_with_other_sheets_columns_and_rows_still_reads(tmp_path: Path) -> None:
    path = _template(tmp_path)
    _fill(path, {"1.1": 2, "7.2": 1.5})
    book = load_workbook(path)
    sheet = book.worksheets[0]
    sheet.protection.sheet = False
    # openpyxl leaves merged ranges where they were when it inserts; Excel moves them with their
    # cells, so that the total row's merge never lands on a criterion's row (merged-cells)
    merged = list(sheet.merged_cells.ranges)
    for cells in merged:
        sheet.unmerge_cells(cells.coord)
    sheet.insert_cols(1)  # a column of its own, before the id
    sheet.insert_rows(7, amount=2)  # empty rows in the middle
    for cells in merged:
        cells.shift(col_shift=1, row_shift=2 if cells.min_row >= 7 else 0)
        sheet.merge_cells(cells.coord)
    book.create_sheet("Ghi chú", 0)  # another sheet first
    book["Ghi chú"]["A1"] = "Notes of the office"
    book.save(path)
    scores = {c["id"]: c["score"] for c in _json("-i", str(path))["criteria"] if c["score"] is not None}
    assert scores == {"1.1": 2, "7.2": Decimal("1.5")}


def test_yaml_and_workbook_files_merge(tmp_path: Path) -> None:
    path = _template(tmp_path)
    _fill(path, {"7.2": 1.5})
    yaml_part = tmp_path / "part.yaml"
    yaml_part.write_text('scores:\n  "1.1": 2\n', encoding="utf-8")
    scores = {
        c["id"]: c["score"] for c in _json("-i", str(path), "-i", str(yaml_part))["criteria"] if c["score"]
    }
    assert scores == {"1.1": 2, "7.2": Decimal("1.5")}


def test_a_formula_without_a_stored_value_is_named(tmp_path: Path) -> None:
    path = _template(tmp_path)
    _fill(path, {"7.2": "=1+0.5"})  # written by a program that does not compute: no cached value
    row = _rows(load_workbook(path).worksheets[0])["7.2"]
    result = run_par("score", "-i", str(path))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {path}:Scores!E{row}: 7.2: holds the formula =1+0.5 but no")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
            "cannot be read as a workbook: its compound-file structure is broken",
        ),
        (None, "is not a workbook par can read: it is a zip archive that holds no workbook"),
        (b"hello: 1\n", "is not a workbook par can read: it holds text"),  # renamed
        (b"", "is not a workbook par can read: the file is empty"),
    ],
)
def test_what_is_not_a_readable_workbook_gets_one_line(
    tmp_path: Path, content: bytes | None, words: str
) -> None:
    path = tmp_path / "scores.xlsx"
    if content is None:
        stream = io.BytesIO()
        with zipfile.ZipFile(stream, "w") as archive:
            archive.writestr("hello.txt", "not a workbook")
        content = stream.getvalue()
    path.write_bytes(content)
    result = run_par("score", "-i", str(path))
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 1 and words in result.stderr


def test_a_problem_in_a_cell_is_worded_for_a_spreadsheet(tmp_path: Path) -> None:
    path = _template(tmp_path)
    _fill(path, {"1.2": "một"})
    result = run_par("score", "-i", str(path))
    row = _rows(load_workbook(path).worksheets[0])["1.2"]
    assert result.stderr == (
        f"error: {path}:Scores!E{row}: 1.2: 'một' is not a number "
        "(write digits with a decimal point or comma, e.g. 6.928 or 6,928)\n"
    )
    _fill(path, {"1.2": 1})
    _fill(path, {"1.2": "không có UBND cấp xã"}, column="I")  # scored, and marked not applicable
    result = run_par("score", "-i", str(path))
    assert "(clear its Score or its Not applicable cell)" in result.stderr
    assert "scores[" not in result.stderr and "not_applicable" not in result.stderr


def test_a_workbook_without_the_columns_is_refused(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active["A1"] = "Tên"
    path = tmp_path / "other.xlsx"
    book.save(path)
    result = run_par("score", "-i", str(path))
    assert result.exit_code == 1
    assert "no sheet of the workbook has the columns of a scores file" in result.stderr


def test_an_office_workbook_sums_its_own_criteria_and_names_its_office(tmp_path: Path) -> None:
    path = _template(tmp_path, "--unit", "tu_phap")
    book = load_workbook(path)
    sheet, about = book.worksheets
    rows = _rows(sheet)
    # Phòng Tư pháp's form: field 2 (which it scores whole) and the 13 criteria of the offices'
    # group, which it contributes to. A field's maximum and target are those of the criteria the
    # office scores: field 2's 3 + 1.5 + 4.5 + 2 = 11 (its 2.1 to 2.4, targets the same); field 3
    # nothing, not 0 (3.4, 3.6, 3.7 are contributions); the total, 11 and 11, is field 2's.
    assert [sheet[f"{c}{rows['2']}"].value for c in "CD"] == [11, 11]
    assert [sheet[f"{c}{rows['3']}"].value for c in "CD"] == [None, None]
    total = max(rows.values()) + 1
    assert [sheet[f"{c}{total}"].value for c in "BCD"] == ["Total of the criteria this office scores", 11, 11]
    assert [sheet[f"J{rows[i]}"].value for i in ("2.1", "3.4")] == [
        "scores",
        "contributes; Phòng Nội vụ scores",
    ]
    # a contribution: its score cells locked and grey, a note naming the scorer; evidence open
    contribution = rows["3.4"]
    assert sheet[f"E{contribution}"].protection.locked and sheet[f"I{contribution}"].protection.locked
    assert sheet[f"G{contribution}"].protection.locked is False
    assert "Phòng Nội vụ scores this criterion" in sheet[f"E{contribution}"].comment.text
    assert sheet[f"E{rows['2.1']}"].protection.locked is False and sheet[f"E{rows['2.1']}"].comment is None
    values = {row[0].value: row[2].value for row in about.iter_rows()}
    assert "Phòng Tư pháp" in values.values() and "tu_phap" not in values.values()
    assert about.column_dimensions["B"].hidden  # the keys par reads back
    assert _json("-i", str(path))["office"] == "tu_phap"  # read back by the office's name


def test_an_office_prints_the_maximum_and_target_of_what_it_scores_only(tmp_path: Path) -> None:
    # Phòng Kinh tế – Hạ tầng scores only 8.6 (0.5 points, the unlisted criterion of section 4.6)
    # and contributes to 13 criteria of the offices' group: no other field row, and no total, says
    # it has points to reach there, where a 0 would read as a score
    sheet = load_workbook(_template(tmp_path, "--unit", "kinh_te_ha_tang")).worksheets[0]
    rows = _rows(sheet)
    total = max(rows.values()) + 1
    headings = [rows[field] for field in ("1", "3", "4", "5", "7")]
    assert all(sheet[f"{c}{row}"].value is None for row in headings for c in "CD")
    assert (sheet[f"C{rows['8']}"].value, sheet[f"D{rows['8']}"].value) == (0.5, 0.5)  # 8.6's own
    assert (sheet[f"C{total}"].value, sheet[f"D{total}"].value) == (0.5, 0.5)
    assert sheet[f"B{total}"].value == "Total of the criteria this office scores"
    assert sheet[f"C{rows['3.4']}"].value == 7  # 3.4's own


def test_the_whole_plan_shows_its_printed_totals(tmp_path: Path) -> None:
    sheet = load_workbook(_template(tmp_path)).worksheets[0]
    rows = _rows(sheet)
    assert (sheet[f"C{rows['8']}"].value, sheet[f"D{rows['8']}"].value) == (13, 12)  # as printed
    total = max(rows.values()) + 1
    assert (sheet[f"C{total}"].value, sheet[f"D{total}"].value) == (100, 95.5)


def test_a_score_in_a_criterion_the_office_does_not_score_names_its_cell(tmp_path: Path) -> None:
    path = _template(tmp_path, "--unit", "tu_phap")
    _fill(path, {"2.1": 3, "3.4": 7})  # 3.4's score cell is locked; a program wrote it anyway
    row = _rows(load_workbook(path).worksheets[0])["3.4"]
    result = run_par("score", "-i", str(path))
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {path}:Scores!E{row}: 3.4: Phòng Tư pháp does not score 3.4, so its file gives no score "
        "for it; Phòng Nội vụ scores it (clear the cell: send only its evidence and explanation)\n"
    )


@pytest.mark.parametrize("language", ["en", "vi"])
def test_the_form_filled_in_reads_back_whole(tmp_path: Path, language: str) -> None:
    """What the form asks for comes back: a score, a survey result in the percent column, the
    difficulties and proposals of the About sheet, and an office's evidence for a shared criterion."""
    path = _template(tmp_path, language=language)
    _fill(path, {"7.2": 3.5, "1.1": 2})
    _fill(path, {"8.1": 78.3}, column="F")  # SIPAS 78.3 % of its 10 points: 7.83
    book = load_workbook(path)
    about = book.worksheets[1]
    rows = {row[1].value: row[1].row for row in about.iter_rows() if row[1].value}
    about[f"C{rows['difficulties']}"] = "Thiếu biên chế\nPhần mềm chưa liên thông"
    about[f"C{rows['proposals']}"] = "Bổ sung kinh phí"
    book.save(path)
    data = _json("-i", str(path))
    scores = {c["id"]: c for c in data["criteria"] if c.get("score") is not None}
    assert {i: (c["score"], c.get("percent")) for i, c in scores.items()} == {
        "1.1": (2, None),
        "7.2": (Decimal("3.5"), None),
        "8.1": (Decimal("7.83"), Decimal("78.3")),
    }
    report = tmp_path / "report.md"
    result = run_par("report", "-i", str(path), "--format", "markdown", "--output", str(report))
    assert result.exit_code == 0, result.stderr
    text = report.read_text(encoding="utf-8")
    for item in ("Thiếu biên chế", "Phần mềm chưa liên thông", "Bổ sung kinh phí"):
        assert f"- {item}" in text


def test_a_percent_formatted_sipas_cell_reads_as_its_percentage(tmp_path: Path) -> None:
    """78,3 % typed in the score cell of 8.1 is stored as 0.783 with a percent format: it is the
    published result, 7.83 of 10 points, exactly as `percent: 78.3` in YAML."""
    path = _template(tmp_path)
    book = load_workbook(path)
    sheet = book.worksheets[0]
    row = _rows(sheet)["8.1"]
    sheet[f"E{row}"] = 0.783
    sheet[f"E{row}"].number_format = "0.0%"
    book.save(path)
    survey = next(c for c in _json("-i", str(path))["criteria"] if c["id"] == "8.1")
    assert (survey["score"], survey["percent"]) == (Decimal("7.83"), Decimal("78.3"))


def test_an_office_form_sends_evidence_for_a_criterion_another_office_scores(tmp_path: Path) -> None:
    """Phòng Tư pháp's form holds 1.7 (led by every office, scored by Phòng Nội vụ): its evidence
    cell is open, its score cell locked, and what it sends merges with Nội vụ's score."""
    path = _template(tmp_path, "--unit", "tu_phap")
    book = load_workbook(path)
    sheet = book.worksheets[0]
    row = _rows(sheet)["1.7"]
    assert sheet[f"E{row}"].protection.locked and not sheet[f"G{row}"].protection.locked
    sheet[f"G{row}"] = "Sáng kiến số 3/SK-TP ngày 02/10/2024"
    book.save(path)
    noi_vu = tmp_path / "noi_vu.yaml"
    noi_vu.write_text('unit: noi_vu\nscores:\n  "1.7": 2\n', encoding="utf-8")
    data = _json("-i", str(noi_vu), "-i", str(path))
    item = next(c for c in data["criteria"] if c["id"] == "1.7")
    assert item["score"] == 2
    assert item["evidence"] == ["Sáng kiến số 3/SK-TP ngày 02/10/2024"]
    assert item["evidence_from"] == ["tu_phap"]


def test_two_files_giving_a_survey_percentage_disagree_on_the_percentages(tmp_path: Path) -> None:
    """78.3 in the Percent cell and 80 in a YAML file: the message compares the percentages and
    names the Percent cell (F), not the row's id."""
    path = _template(tmp_path)
    _fill(path, {"8.1": 78.3}, column="F")
    row = _rows(load_workbook(path).worksheets[0])["8.1"]
    other = tmp_path / "other.yaml"
    other.write_text('scores:\n  "8.1": {percent: 80}\n', encoding="utf-8")
    result = run_par("score", "-i", str(path), "-i", str(other))
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"error: {other}:2:20: 8.1: survey percentage is 80 here but 78.3 at {path}:Scores!F{row} "
    )
