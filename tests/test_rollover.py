"""`par rollover`: next year's plan from this year's plan and its final scores."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from helpers import FIXTURES, run_par

from par_cli.core.plan import load_plan

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "actuals_2024.yaml"


def test_next_years_plan_takes_this_years_scores_as_baselines(tmp_path: Path) -> None:
    target = tmp_path / "plan_2025.yaml"
    result = run_par("rollover", "-i", str(EXAMPLE), "--output", str(target))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == f"wrote {target}: the plan for 2025\n"
    assert run_par("validate", str(target)).exit_code == 0
    plan = load_plan(target)
    assert (plan.file.plan.year, plan.file.plan.baseline_year) == (2025, 2024)
    nodes = plan.nodes
    # from examples/actuals_2024.yaml: 1.1 scored 2, 3.4 scored 7, 7.2 scored 1.8, 8.1 estimated 8.5
    assert [nodes[i].baseline for i in ("1.1", "3.4", "7.2", "8.1")] == [2, 7, Decimal("1.8"), Decimal("8.5")]
    # targets stay 2024's (7.2: 2, above its new baseline 1.8)
    assert nodes["7.2"].target == 2
    # totals are sums: field 8's printed 13 held 0.5 no criterion carried, so the new maximum is 99.5;
    # the baselines sum to the example's index, 93.5
    totals = plan.file.totals
    assert (totals.max, totals.baseline, totals.target) == (Decimal("99.5"), Decimal("93.5"), 95)
    assert plan.mismatches == []
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# The plan for 2025, written by par rollover from criteria_2024.yaml")
    assert "The old document printed 13 for field 8 (max), its rows summed to 12.5" in text
    assert "/data/criteria_2024.yaml" not in text  # the bundled plan is named, not its install path


def test_an_appraised_score_wins_and_a_target_below_the_new_baseline_is_raised(tmp_path: Path) -> None:
    scores = tmp_path / "final.yaml"
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        '  "7.2":\n    score: 1.8', '  "7.2":\n    score: 4\n    appraised: 3'
    )
    scores.write_text(text, encoding="utf-8")
    target = tmp_path / "plan.yaml"
    assert run_par("rollover", "-i", str(scores), "-o", str(target)).exit_code == 0
    node = load_plan(target).nodes["7.2"]
    assert (node.baseline, node.target) == (3, 3)  # appraised 3; the 2024 target 2 raised to 3


def test_every_criterion_needs_its_final_score(tmp_path: Path) -> None:
    result = run_par("rollover", "-i", str(FIXTURES / "actuals" / "partial.yaml"))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(
        f"error: {FIXTURES / 'actuals' / 'partial.yaml'}: 41 criteria have no final 2024 score: 1.2, 1.3,"
    )


def test_a_first_year_commune_plan_rolls_over_with_its_sub_criteria(tmp_path: Path) -> None:
    plan = FIXTURES / "criteria" / "commune_2025_first_year.yaml"
    scores = tmp_path / "final.yaml"
    text = (FIXTURES / "actuals" / "communes" / "nhan_co.yaml").read_text(encoding="utf-8")
    scores.write_text(text.replace("year: 2026", "year: 2025"), encoding="utf-8")
    target = tmp_path / "commune_2026.yaml"
    result = run_par(
        "--criteria", str(plan), "rollover", "-i", str(scores), "-o", str(target), "--lang", "vi"
    )
    assert result.exit_code == 0, result.stderr
    rolled = load_plan(target)
    assert rolled.file.plan.baseline_year == 2025
    assert rolled.nodes["3.2"].baseline == Decimal("11.45")  # the sum of its sub-criteria's scores
    assert rolled.nodes["3.3"].scored_by == "survey" and rolled.nodes["3.3.1"].scored_by == "survey"
    assert target.read_text(encoding="utf-8").startswith("# Kế hoạch năm 2026, do par rollover lập")


def test_a_year_that_is_not_a_number_says_so_in_both_languages() -> None:
    example = str(Path(__file__).parent.parent / "examples" / "actuals_2024.yaml")
    for language, said in (
        ("en", "error: --year: 'abc' is not a number\n"),
        ("vi", "lỗi: --year: 'abc' không phải là số\n"),
    ):
        result = run_par("--lang", language, "rollover", "--input", example, "--year", "abc")
        assert (result.exit_code, result.stdout, result.stderr) == (2, "", said)
    result = run_par("rollover", "--input", example, "--year", "2024")
    assert result.stderr == "error: --year: '2024' is not a year after the plan's 2024 (e.g. 2025)\n"
