"""A second plan, of another shape: a commune's (7 fields, three levels, survey sub-criteria, bands),
with a first-year variant that has no baseline. Every command runs on both, in both languages."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import FIXTURES, run_par

PLANS = {
    "2026": FIXTURES / "criteria" / "commune_2026.yaml",
    "first_year": FIXTURES / "criteria" / "commune_2025_first_year.yaml",
}
NHAN_CO = FIXTURES / "actuals" / "communes" / "nhan_co.yaml"

COMMANDS = [
    ["validate"],
    ["gaps"],
    ["gaps", "--field", "3.2", "--sort", "id"],
    ["gaps", "--unit", "trung tam"],
    ["summary"],
    ["summary", "--depth", "3"],
    ["by-unit"],
    ["by-unit", "--all"],
    ["by-unit", "--unit", "kinh te"],
    ["template"],
    ["template", "--unit", "VH"],
]


def _scores(plan: str, tmp_path: Path) -> Path:
    """Nhân Cơ's scores, for the year of ``plan``."""
    path = tmp_path / "scores.yaml"
    text = NHAN_CO.read_text(encoding="utf-8")
    path.write_text(text if plan == "2026" else text.replace("year: 2026", "year: 2025"), encoding="utf-8")
    return path


@pytest.mark.parametrize("language", ["en", "vi"])
@pytest.mark.parametrize("plan", sorted(PLANS))
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_every_command_runs(command: list[str], plan: str, language: str) -> None:
    result = run_par("--criteria", str(PLANS[plan]), *command, env={"PAR_LANG": language})
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip()


@pytest.mark.parametrize("language", ["en", "vi"])
@pytest.mark.parametrize("plan", sorted(PLANS))
@pytest.mark.parametrize("command", ["score", "gaps", "report"])
def test_every_command_with_scores_runs(command: str, plan: str, language: str, tmp_path: Path) -> None:
    scores = _scores(plan, tmp_path)
    args = ["--output", str(tmp_path / "report.html")] if command == "report" else []
    result = run_par(
        "--criteria", str(PLANS[plan]), command, "-i", str(scores), *args, env={"PAR_LANG": language}
    )
    assert result.exit_code == 0, result.stderr


def test_counts_as_officials_count_them() -> None:
    out = run_par("validate", str(PLANS["2026"])).stdout
    # 7 fields; 24 criteria right under them, 15 sub-criteria below those (see the fixture)
    assert "Criteria: 24 criteria, 15 sub-criteria" in out
    vietnamese = run_par("validate", str(PLANS["2026"]), "--lang", "vi").stdout
    assert "Tiêu chí: 24 tiêu chí, 15 tiêu chí thành phần" in vietnamese


def test_a_first_year_plan_has_no_baseline_anywhere() -> None:
    plan = str(PLANS["first_year"])
    gaps = run_par("--criteria", plan, "gaps", env={"COLUMNS": "200"}).stdout
    # no baseline: measured from the 2025 targets, 100 - 95 = 5 (the plan's printed totals)
    assert "Points lost if every 2025 target is met" in gaps
    assert "Points lost: 5 = 100 - 95" in gaps
    summary = run_par("--criteria", plan, "summary", env={"COLUMNS": "200"}).stdout
    assert "Projected total if every target is met: 95\n" in summary
    assert "Change" not in summary and " on " not in summary
    units = run_par("--criteria", plan, "by-unit", "--unit", "van phong", env={"COLUMNS": "200"}).stdout
    assert "lost" not in units.lower()
    refused = run_par("--criteria", plan, "gaps", "--against", "baseline")
    assert refused.exit_code == 2 and "has no baseline year" in refused.stderr
    data = json.loads(run_par("--criteria", plan, "summary", "--format", "json").stdout)
    assert data["total"]["baseline"] is None and data["total"]["change"] is None


def test_survey_sub_criteria_and_bands(tmp_path: Path) -> None:
    result = run_par("--criteria", str(PLANS["2026"]), "score", "-i", str(NHAN_CO), "--format", "json")
    data = json.loads(result.stdout, parse_float=Decimal)
    # survey: 1.5 (1.8), 3.3.1 (4.5), 3.3.2 (6.3) and 7.4.2 (4.25) at their targets: 16.85 of 2 + 12 + 5 = 19
    assert data["survey"] == {"score": Decimal("16.85"), "max": 19}
    assert data["self_assessed"] == {"score": Decimal("78.15"), "max": 81}  # 95 - 16.85 of 100 - 19
    assert data["index"] == 95 and data["band"]["name"] == "Tốt"  # 95 % >= 90 %
    assert data["assessed_unit"] == "xã Nhân Cơ"


def test_gaps_show_each_criterion_with_sub_criteria_above_them() -> None:
    data = json.loads(run_par("--criteria", str(PLANS["2026"]), "gaps", "--format", "json").stdout)
    ids = [(row["id"], row["subtotal"]) for row in data["rows"]]
    position = ids.index(("3.2", True))
    assert ids[position + 1 : position + 4] == [("3.2.2", False), ("3.2.3", False), ("3.2.1", False)]
    # the subtotals are shown, never summed: 100 - 79.16 = 20.84
    assert Decimal(str(data["total_gap"])) == Decimal("20.84")
