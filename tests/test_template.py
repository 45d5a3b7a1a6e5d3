"""`par template`: a file to fill in that `par score` reads with no other edit."""

from __future__ import annotations

import json
import os
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import run_par

from par_cli.cli.failures import OutputFailure, Usage
from par_cli.cli.output import write_file


def test_fill_in_a_template_and_score_it(tmp_path: Path) -> None:
    path = tmp_path / "actuals.yaml"
    result = run_par("template", "--output", str(path))
    assert result.exit_code == 0, result.stderr
    assert "46 criteria to fill in" in result.stderr  # the appendix's 45, and 8.6
    text = path.read_text(encoding="utf-8")
    assert "# 3.4 Thực hiện cơ chế một cửa, một cửa liên thông" in text
    assert "scored by the survey, not by the unit: a score here is an estimate" in text
    # fill in three scores, as a user would in an editor
    text = text.replace('"1.1":\n    score:', '"1.1":\n    score: 2', 1)
    text = text.replace('"3.4":\n    score:', '"3.4":\n    score: 6,5', 1)
    text = text.replace(
        '"7.2":\n    score:\n    evidence:',
        '"7.2":\n    score: 1.25\n    evidence:\n      - QĐ 12/QĐ-UBND',
        1,
    )
    path.write_text(text, encoding="utf-8")
    scored = run_par("score", "--input", str(path), "--format", "json")
    assert scored.exit_code == 0, scored.stderr
    data = json.loads(scored.stdout, parse_float=Decimal)
    assert data["total"] == Decimal("9.75")  # 2 + 6.5 + 1.25
    assert len(data["missing"]) == 42  # 46 less the 3 scored, less 8.1 (a survey criterion, apart)
    assert data["survey_missing"] == ["8.1"]
    assert data["unexplained"] == ["1.1", "3.4"]  # 7.2 cites a document


def test_empty_template_scores_zero(tmp_path: Path) -> None:
    path = tmp_path / "actuals.yaml"
    path.write_text(run_par("template").stdout, encoding="utf-8")
    data = json.loads(run_par("score", "-i", str(path), "--format", "json").stdout)
    assert data["total"] == 0
    assert len(data["missing"]) == 45 and data["survey_missing"] == ["8.1"]  # 46 less 8.1


def test_unit_template_holds_what_falls_on_the_unit(tmp_path: Path) -> None:
    text = run_par("template", "--unit", "tài chính").stdout
    assert "unit: tai_chinh_ke_hoach" in text
    ids = [line.strip().strip('":') for line in text.splitlines() if line.startswith('  "')]
    # own criteria 6.1-6.4, 8.2, 8.3, 8.5, and the 13 of "Các phòng, ban, đơn vị"
    assert ids == [
        "1.7",
        "3.4",
        "3.6",
        "3.7",
        "4.3",
        "4.5",
        "4.6",
        "5.1",
        "5.6",
        "6.1",
        "6.2",
        "6.3",
        "6.4",
        "7.1",
        "7.2",
        "7.4",
        "8.1",
        "8.2",
        "8.3",
        "8.5",
    ]
    path = tmp_path / "finance.yaml"
    path.write_text(text, encoding="utf-8")
    assert run_par("score", "-i", str(path)).exit_code == 0


def test_existing_file_needs_force(tmp_path: Path) -> None:
    path = tmp_path / "actuals.yaml"
    path.write_text("keep me", encoding="utf-8")
    refused = run_par("template", "--output", str(path))
    assert refused.exit_code == 2
    assert "exists (add --force to replace it)" in refused.stderr
    assert path.read_text(encoding="utf-8") == "keep me"
    assert run_par("template", "--output", str(path), "--force").exit_code == 0
    assert path.read_text(encoding="utf-8").startswith("# Self-assessment")


def test_failed_write_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(source: str, target: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "link", broken)
    target = tmp_path / "out.yaml"
    with pytest.raises(OutputFailure) as caught:
        write_file(target, b"text", force=False)
    assert caught.value.problem.params["reason"].values["name"] == "ENOSPC"
    assert list(tmp_path.iterdir()) == []


def test_write_refuses_a_directory(tmp_path: Path) -> None:
    with pytest.raises(Usage):
        write_file(tmp_path, b"text", force=True)


def test_an_office_form_leaves_the_score_of_what_others_score_to_them(tmp_path: Path) -> None:
    text = run_par("template", "--unit", "tu phap").stdout
    assert "The form of Phòng Tư pháp: it scores 4 of these criteria" in text
    entry = text.split('  "1.7":\n', 1)[1].split("\n  #", 1)[0]
    assert entry.splitlines() == [
        "    # score: no score here: Phòng Nội vụ scores it",
        "    evidence:",
        "    explanation:",
    ]
    assert "contributes: Phòng Nội vụ scores it; send its evidence and explanation only" in text
    # a field's heading says what of it the office scores: field 2's 11 points (2.1-2.4 are its),
    # none of field 1 (it only sends evidence there), as its workbook's field rows sum
    assert "  # == 2 CẢI CÁCH THỂ CHẾ (max 11, of which this office scores 11)\n" in text
    assert "  # == 1 CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC (max 14, none of which this office scores)\n" in text
    assert "  # == 1 CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC (max 14)\n" in run_par("template").stdout
    assert text.split('  "2.1":\n', 1)[1].startswith("    score:\n")
    assert "#   this office scores it" in text.split('"2.1"')[0].rsplit("# 2.1", 1)[1]
    # filled as an office fills it: its own score, evidence for a shared criterion
    filled = text.replace('  "2.1":\n    score:', '  "2.1":\n    score: 3', 1)
    filled = filled.replace(
        '  "1.7":\n    # score: no score here: Phòng Nội vụ scores it\n    evidence:',
        '  "1.7":\n    # score: no score here: Phòng Nội vụ scores it\n    evidence:\n      - QĐ 9/QĐ-UBND',
        1,
    )
    path = tmp_path / "tu_phap.yaml"
    path.write_text(filled, encoding="utf-8")
    data = json.loads(run_par("score", "-i", str(path), "--format", "json").stdout)
    assert (data["total"], data["max"]) == (3, 11)  # 2.1's 3, of the 11 points Tư pháp scores
    assert {c["id"]: c["evidence"] for c in data["contributions"]}["1.7"] == ["QĐ 9/QĐ-UBND"]
    # a score written where another office scores is refused, naming that office
    path.write_text(filled.replace("    # score: no score here: Phòng Nội vụ scores it", "    score: 2", 1))
    refused = run_par("score", "-i", str(path))
    assert refused.exit_code == 1 and "Phòng Nội vụ scores it" in refused.stderr


def test_the_unit_form_says_who_scores_each_criterion() -> None:
    text = run_par("template").stdout
    assert "#   scored by Phòng Nội vụ" in text.split('"3.4"')[0].rsplit("# 3.4", 1)[1]
    assert "#   scored by Văn phòng HĐND – UBND huyện" in text.split('"7.3"')[0].rsplit("# 7.3", 1)[1]
    vi = run_par("template", env={"PAR_LANG": "vi"}).stdout
    assert "#   Phòng Nội vụ chấm điểm" in vi


def test_a_form_is_yaml_or_xlsx() -> None:
    result = run_par("template", "--format", "csv")
    assert result.exit_code == 2
    assert "yaml, xlsx" in result.stderr


@pytest.mark.parametrize(
    ("query", "offices"),
    [
        # the offices' group of the bundled plan: its 7 members (units of section 4.2)
        ("phong_ban", "noi_vu (Phòng Nội vụ); tu_phap (Phòng Tư pháp); van_phong"),
        # the one-stop desk is part_of the Văn phòng: the Văn phòng's form holds its 3.7
        ("mot cua", "give van_phong (Văn phòng HĐND – UBND huyện)"),
        # the communes' group has no member in the plan's registry
        ("ubnd_xa", "give the id of one office (none of its members is a unit of this plan)"),
    ],
)
def test_a_group_or_a_desk_has_no_form_of_its_own(tmp_path: Path, query: str, offices: str) -> None:
    for command in (
        ["template", "--unit", query],
        ["evidence", "init", "--dir", str(tmp_path / "ev"), "--unit", query],
    ):
        result = run_par(*command)
        assert result.exit_code == 2, result.stderr
        assert len(result.stderr.splitlines()) == 1 and offices in result.stderr
        assert "which has no form of its own" in result.stderr
        assert result.stdout == "" and not (tmp_path / "ev").exists()
    vi = run_par("template", "--unit", query, env={"PAR_LANG": "vi"})
    assert vi.exit_code == 2 and "không có phiếu riêng" in vi.stderr


def test_the_yaml_form_has_a_place_for_difficulties_and_proposals(tmp_path: Path) -> None:
    text = run_par("template", "--unit", "tu_phap", env={"PAR_LANG": "vi"}).stdout
    assert "\ndifficulties:\n" in text and "\nproposals:\n" in text  # empty until filled in
    path = tmp_path / "tu_phap.yaml"
    path.write_text(text, encoding="utf-8")
    assert run_par("score", "-i", str(path)).exit_code == 0  # read back as written, empty
    filled = text.replace(
        "\ndifficulties:\n", "\ndifficulties:\n  - Thiếu biên chế\n  - Phần mềm chưa liên thông\n"
    )
    path.write_text(filled.replace("\nproposals:\n", "\nproposals: Bổ sung kinh phí\n"), encoding="utf-8")
    report = run_par("report", "-i", str(path), "--format", "markdown")
    assert report.exit_code == 0, report.stderr
    difficulties = report.stdout.split("### III.", 1)[1].split("### IV.", 1)
    assert "- Thiếu biên chế" in difficulties[0] and "- Phần mềm chưa liên thông" in difficulties[0]
    assert "- Bổ sung kinh phí" in difficulties[1]


def test_the_vietnamese_comments_write_the_decimal_comma() -> None:
    vi = run_par("template", "--unit", "tu_phap", env={"PAR_LANG": "vi"}).stdout
    # 2.2 as printed: maximum 1.5, target 1.5, 2023: 1.5; a comment is for people, so 1,5
    assert "#   tối đa 1,5; mục tiêu 1,5; năm 2023: 1,5; chủ trì: Phòng Tư pháp" in vi
    assert "1.5" not in "\n".join(line for line in vi.splitlines() if line.lstrip().startswith("#"))
    en = run_par("template", "--unit", "tu_phap").stdout
    assert "#   max 1.5, target 1.5, 2023: 1.5; lead: Phòng Tư pháp" in en


def test_an_office_that_scores_nothing_is_told_so_and_sent_no_survey_instructions(tmp_path: Path) -> None:
    """Phòng Văn hóa và Thông tin leads no criterion alone: it scores none of the 13 criteria of the
    offices' group it contributes to (8.1 among them, which Phòng Nội vụ enters)."""
    text = run_par("template", "--unit", "van_hoa_thong_tin").stdout
    assert "it scores none of these criteria; it sends evidence and\n# explanations for all 13" in text
    survey_note = "scored by the survey, not by the unit"
    assert survey_note not in text.split('"8.1"')[0].rsplit("# 8.1", 1)[1]
    assert survey_note in run_par("template", "--unit", "noi vu").stdout  # Nội vụ enters 8.1's result
    path = tmp_path / "van_hoa.yaml"
    path.write_text(text, encoding="utf-8")
    score = run_par("score", "-i", str(path))
    assert score.exit_code == 0, score.stderr
    assert (
        "Its criteria: none: it scores no criterion of the plan, and sends evidence for 13 (below)"
        in score.stdout
    )
    assert "Self-assessment by field" not in score.stdout
