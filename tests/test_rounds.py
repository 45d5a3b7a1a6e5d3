"""Appraisal rounds: the first appraisal (thẩm định lần 1), the unit's response (giải trình), the
final appraisal (lần 2). Figures by hand from tests/fixtures/actuals/at_target.yaml (every
criterion at its target, 95.5 of 100) and the bundled plan."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import FIXTURES, assert_problem, run_par
from word import Word

from par_cli.core.problems import Code

AT_TARGET = FIXTURES / "actuals" / "at_target.yaml"


def _with(tmp_path: Path, entries: dict[str, Any], name: str = "scores.yaml") -> Path:
    """at_target.yaml with the criteria of ``entries`` given as written there."""
    data = yaml.safe_load(AT_TARGET.read_text(encoding="utf-8"))
    data["scores"].update(entries)
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _json(*args: str) -> dict[str, Any]:
    result = run_par("score", *args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout, parse_float=Decimal)  # type: ignore[no-any-return]


CONTESTED = {
    "score": 7,
    "appraisal": {
        "first": "6.5",
        "response": "contest",
        "reason": "Tỷ lệ hồ sơ đúng hạn đạt 99,2 %",
        "evidence": ["Báo cáo số 12/BC-VP ngày 10/01/2025"],
    },
}


def test_a_contested_criterion_raised_in_round_2(tmp_path: Path) -> None:
    # round 1: the council takes 3.4 (7) to 6.5: 95.5 - 0.5 = 95
    first = _json("-i", str(_with(tmp_path, {"3.4": CONTESTED})))
    assert first["index"] == 95 and first["index_basis"] == "partly_appraised"
    assert first["appraisal"] == {"score": Decimal("6.5"), "criteria": 1, "of": 45, "first": 1, "final": 0}
    # round 2 gives the 7 back: 95.5 again, the final appraisal counted
    raised = {**CONTESTED, "appraisal": {**CONTESTED["appraisal"], "final": "7"}}
    final = _json("-i", str(_with(tmp_path, {"3.4": raised}, "final.yaml")))
    assert final["index"] == Decimal("95.5")
    assert final["appraisal"] == {"score": 7, "criteria": 1, "of": 45, "first": 1, "final": 1}
    by_id = {c["id"]: c for c in final["criteria"]}
    assert by_id["3.4"]["appraised"] == 7
    assert by_id["3.4"]["appraisal"] == {
        "first": Decimal("6.5"),
        "response": "contest",
        "reason": "Tỷ lệ hồ sơ đúng hạn đạt 99,2 %",
        "evidence": ["Báo cáo số 12/BC-VP ngày 10/01/2025"],
        "final": 7,
    }
    out = run_par("score", "-i", str(tmp_path / "final.yaml"), env={"COLUMNS": "200"}).stdout
    rounds = out.split("Appraisal by round: where the council scored otherwise than the unit")[1]
    row = next(line for line in rounds.splitlines() if line.startswith(" 3.4 "))
    # self 7, round 1 6.5, contested, final 7: no difference left
    assert row.split()[-5:] == ["7", "6.5", "contested", "7", "0"]
    assert "Appraised: 1 of 45 criteria (1 in the first round, 1 final), 7 points" in out


def test_the_basis_says_which_round(tmp_path: Path) -> None:
    data = yaml.safe_load(AT_TARGET.read_text(encoding="utf-8"))
    own = [i for i in data["scores"] if i != "8.1"]  # 8.1 is the survey's: never appraised
    firsts = {i: {"score": data["scores"][i], "appraisal": {"first": data["scores"][i]}} for i in own}
    assert _json("-i", str(_with(tmp_path, firsts)))["index_basis"] == "appraised_first"
    finals = {i: {**entry, "appraised": entry["score"]} for i, entry in firsts.items()}
    every = _json("-i", str(_with(tmp_path, finals, "finals.yaml")))
    assert (every["index_basis"], every["index"]) == ("appraised_final", Decimal("95.5"))
    out = run_par("score", "-i", str(tmp_path / "finals.yaml"), "--lang", "vi").stdout
    assert "theo điểm thẩm định lần 2 (45 tiêu chí), cùng điểm điều tra ước tính" in " ".join(out.split())


def test_rollover_takes_the_latest_round(tmp_path: Path) -> None:
    scores = _with(tmp_path, {"3.4": CONTESTED})  # no final yet: round 1's 6.5
    target = tmp_path / "plan.yaml"
    assert run_par("rollover", "-i", str(scores), "-o", str(target)).exit_code == 0
    from par_cli.core.plan import load_plan

    assert load_plan(target).nodes["3.4"].baseline == Decimal("6.5")


def test_two_files_giving_different_round_1_scores_are_a_conflict(tmp_path: Path) -> None:
    first = tmp_path / "a.yaml"
    first.write_text('scores:\n  "3.4": {score: 7, appraisal: {first: 6.5}}\n', encoding="utf-8")
    second = tmp_path / "b.yaml"
    second.write_text('scores:\n  "3.4": {score: 7, appraisal: {first: 6}}\n', encoding="utf-8")
    result = run_par("score", "-i", str(first), "-i", str(second))
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {second}:2:40: 3.4: first appraisal is 6 here but 6.5 at {first}:2:40 "
        "(agree on one value; the same value in several files is fine)\n"
    )


def test_the_survey_is_not_appraised_and_an_office_answers_for_its_own(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text('scores:\n  "8.1": {score: 8, appraisal: {first: 7}}\n', encoding="utf-8")
    assert_problem(run_par("score", "-i", str(path), "--format", "json"), path, Code.APPRAISED_SURVEY, "2:32")
    office = tmp_path / "o.yaml"
    office.write_text('unit: tu_phap\nscores:\n  "3.4": {appraisal: {first: 6}}\n', encoding="utf-8")
    result = run_par("score", "-i", str(office), "--format", "json")
    # Phòng Nội vụ scores 3.4 (a group leads it): Phòng Tư pháp's file gives no appraisal of it
    codes = [p["code"] for p in json.loads(result.stdout)["problems"]]
    assert codes == ["not-the-scorer", "appraised-without-score"]


def _workbook(tmp_path: Path, name: str, cells: dict[str, object], language: str = "en") -> Path:
    from openpyxl import load_workbook

    path = tmp_path / name
    assert run_par("template", "--format", "xlsx", "--output", str(path), "--lang", language).exit_code == 0
    book = load_workbook(path)
    sheet = book.worksheets[0]
    headers = [cell.value for cell in sheet[4]]
    row = next(r for r in sheet.iter_rows(min_row=5) if r[0].value == "3.4")
    for header, value in cells.items():
        row[headers.index(header)].value = value
    book.save(path)
    return path


def test_the_workbook_has_the_rounds(tmp_path: Path) -> None:
    path = _workbook(
        tmp_path,
        "en.xlsx",
        {
            "Score": 7,
            "First appraisal": 6.5,
            "Response": "contest",
            "Reason contested": "Đạt 99,2 %",
            "Response evidence": "BC 12/BC-VP\nBC 13/BC-VP",
            "Final appraisal": 7,
        },
    )
    entry = {c["id"]: c for c in _json("-i", str(path))["criteria"]}["3.4"]
    assert entry["appraisal"] == {
        "first": Decimal("6.5"),
        "response": "contest",
        "reason": "Đạt 99,2 %",
        "evidence": ["BC 12/BC-VP", "BC 13/BC-VP"],
        "final": 7,
    }
    # the Vietnamese form: its own headers and words
    vi = _workbook(
        tmp_path,
        "vi.xlsx",
        {
            "Điểm tự đánh giá": 7,
            "Điểm thẩm định lần 1": 6,
            "Ý kiến về thẩm định lần 1": "thống nhất",
        },
        "vi",
    )
    entry = {c["id"]: c for c in _json("-i", str(vi))["criteria"]}["3.4"]
    assert (entry["appraisal"]["first"], entry["appraisal"]["response"]) == (6, "accept")
    # two workbooks giving 3.4 different round-1 scores: a conflict naming both cells
    result = run_par("score", "-i", str(path), "-i", str(vi))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    said = "3.4: response to the first appraisal is accept here but contest"
    assert f"error: {vi}:Điểm!M22: 3.4: first appraisal is 6 here but 6.5 at {path}:Scores!M22" in lines[0]
    assert f"error: {vi}:Điểm!N22: {said} at {path}:Scores!N22" in lines[1]  # column M, then N
    # a response that is neither word: refused at its cell
    bad = _workbook(tmp_path, "bad.xlsx", {"Score": 7, "First appraisal": 6.5, "Response": "maybe"})
    result = run_par("score", "-i", str(bad), "--format", "json")
    problem = json.loads(result.stdout)["problems"][0]
    assert problem["code"] == "expected-choice" and problem["cell"].startswith("Scores!N")


def _letter(tmp_path: Path, language: str) -> Word:
    scores = _with(
        tmp_path,
        {
            "3.4": CONTESTED,
            "7.2": {"score": 2, "appraisal": {"first": "1.5", "response": "accept"}},
            "3.7": {"score": 2, "appraisal": {"first": "1"}},  # not answered yet
            "1.1": {"score": 2, "appraisal": {"first": "2"}},  # not lowered: not in the letter
        },
    )
    out = tmp_path / f"giai_trinh_{language}.docx"
    result = run_par(
        "report", "--kind", "appeal", "-i", str(scores), "--format", "docx", "--output", str(out),
        "--lang", language, "--date", "15/01/2025",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    return Word(out)


def test_the_appeal_letter_answers_round_1(tmp_path: Path) -> None:
    word = _letter(tmp_path, "vi")
    texts = word.texts()
    assert "BÁO CÁO" in texts
    assert (
        "Giải trình kết quả thẩm định lần 1 Chỉ số cải cách hành chính năm 2024 của huyện Đắk R'Lấp" in texts
    )
    assert "Kính gửi: Sở Nội vụ tỉnh Đắk Nông." in texts
    # 3 criteria lowered: 7 + 2 + 2 = 11 self-assessed, 6.5 + 1.5 + 1 = 9 in round 1, 2 apart
    assert any("Có 3 tiêu chí có điểm thẩm định lần 1 thấp hơn điểm tự đánh giá" in t for t in texts)
    assert any(
        "tổng điểm tự đánh giá 11 điểm, điểm thẩm định lần 1 9 điểm, chênh lệch 2 điểm" in t for t in texts
    )
    rows = next(Word.rows(t) for t in word.tables() if Word.rows(t)[0][0] == "STT")
    assert rows[0] == [
        "STT",
        "Tiêu chí",
        "Điểm tự đánh giá",
        "Thẩm định lần 1",
        "Chênh lệch",
        "Lý do đề nghị xem xét lại",
        "Tài liệu kiểm chứng",
    ]
    by_id = {row[0]: row for row in rows[1:-1]}
    assert list(by_id) == ["3.4", "3.7", "7.2"]
    assert by_id["3.4"][2:] == [
        "7",
        "6,5",
        "-0,5",
        "Tỷ lệ hồ sơ đúng hạn đạt 99,2 %",
        "Báo cáo số 12/BC-VP ngày 10/01/2025",
    ]
    assert by_id["7.2"][5] == "Đơn vị thống nhất với kết quả thẩm định"
    assert by_id["3.7"][5].startswith("(chưa có ý kiến")
    assert rows[-1][1:5] == ["TỔNG ĐIỂM", "11", "9", "-2"]
    assert any(t.startswith("Trên đây là nội dung giải trình kết quả thẩm định lần 1") for t in texts)
    assert "TM. ỦY BAN NHÂN DÂN" in word.all_text() and "Nguyễn Quang Tú" in word.all_text()
    english = _letter(tmp_path, "en").texts()
    assert "To: Sở Nội vụ tỉnh Đắk Nông." in english
    assert any(
        t.startswith("3 criteria were scored below the self-assessment in the first appraisal")
        for t in english
    )


def test_with_no_first_appraisal_there_is_nothing_to_answer(tmp_path: Path) -> None:
    result = run_par("report", "--kind", "appeal", "-i", str(AT_TARGET), "--format", "markdown")
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == (
        f"error: {AT_TARGET}: no criterion has a first appraisal: there is nothing to answer yet (give "
        "the council's first scores (appraisal: first:, or the workbook's First appraisal column), then "
        "write the letter)\n"
    )
    needs = run_par("report", "--kind", "appeal", "--format", "markdown")
    assert needs.exit_code == 2  # a letter the unit signs is made from its scores, as the signed report
    assert needs.stderr.startswith("error: the report a unit signs and sends is made from its scores")


@pytest.mark.parametrize("language", ["en", "vi"])
def test_a_letter_with_nothing_lowered_says_so(tmp_path: Path, language: str) -> None:
    scores = _with(tmp_path, {"1.1": {"score": 2, "appraisal": {"first": "2"}}})
    out = run_par("report", "--kind", "appeal", "-i", str(scores), "--format", "markdown", "--lang", language)
    said = "No criterion was scored below" if language == "en" else "Không có tiêu chí nào có điểm thẩm định"
    assert said in out.stdout and "| STT |" not in out.stdout
