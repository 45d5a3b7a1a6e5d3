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
