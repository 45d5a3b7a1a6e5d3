"""The Total row of `par score`, computed in the core (core/assessment.py total_line) beside the
fields: targets, baselines, criteria not applicable, scored so far. Figures by hand from the
bundled plan (data/criteria_2024.yaml) and the fixtures; the view only words them."""

from __future__ import annotations

from decimal import Decimal as D
from pathlib import Path

from helpers import FIXTURES, run_par

from par_cli.core.actuals import load_actuals
from par_cli.core.assessment import FieldResult, assess, total_line
from par_cli.core.plan import load_plan

EXAMPLE = Path(__file__).parent.parent / "examples" / "actuals_2024.yaml"


def _total(*paths: Path, criteria: Path | None = None) -> FieldResult:
    plan = load_plan(criteria)
    return total_line(plan, assess(plan, load_actuals(plan, paths)))


def test_every_criterion_scored_is_set_against_the_printed_totals() -> None:
    total = _total(EXAMPLE)
    # The printed grand totals: 100, 85.401, 95.5. Self-assessed 85.5 (85 on the appendix's
    # criteria, 0.5 on 8.6, which it does not list) and the SIPAS estimate 8.5 (README's
    # `par score` example), so the estimate is 94.
    assert (total.max, total.baseline, total.target) == (D(100), D("85.401"), D("95.5"))
    assert (total.self_assessed, total.survey, total.appraised, total.estimate) == (
        D("85.5"),
        D("8.5"),
        None,
        D(94),
    )
    assert (total.scored, total.of) == (46, 46)
    assert total.change == D("8.599")  # 94 - 85.401
    assert total.to_target == D("-1.5")  # 94 - 95.5


def test_criteria_not_applicable_leave_the_maximum_baseline_and_target() -> None:
    total = _total(FIXTURES / "actuals" / "not_applicable.yaml")
    # 4.4 (max 1, 2023 1, target 1) and 5.7 (max 1.5, 2023 1.5, target 1.5) do not apply:
    # 100 - 2.5, 85.401 - 2.5, 95.5 - 2.5.
    assert (total.max, total.baseline, total.target) == (D("97.5"), D("82.901"), D(93))
    # Every other criterion at its maximum, 8.6's 0.5 included: 97.5 less SIPAS's 10 is 87.5
    # self-assessed, plus the survey's 10.
    assert (total.self_assessed, total.survey, total.estimate) == (D("87.5"), D(10), D("97.5"))
    assert total.change == D("14.599")  # 97.5 - 82.901
    assert total.to_target == D("4.5")  # 97.5 - 93


def test_a_partial_assessment_is_set_against_what_is_scored_so_far() -> None:
    total = _total(FIXTURES / "actuals" / "partial.yaml")
    # Scored: 1.1 = 2, 3.4 = 6.928, 7.2 = 1.5, and SIPAS 8.1 = 8 (survey); 1.3 is empty.
    assert (total.max, total.baseline, total.target) == (D(100), D("85.401"), D("95.5"))
    assert (total.self_assessed, total.survey, total.estimate) == (D("10.428"), D(8), D("18.428"))
    assert (total.scored, total.of) == (4, 46)
    # Their 2023 scores 2 + 6.928 + 0.82 + 7.83 and targets 2 + 7 + 2 + 9:
    assert total.baseline_scored == D("17.578")
    assert total.target_scored == D(20)
    assert total.change == D("0.85")
    assert total.to_target == D("-1.572")


def test_appraised_scores_count_where_given() -> None:
    total = _total(FIXTURES / "actuals" / "appraisal.yaml")
    # Every criterion at its target; 3.4 self-assessed 7, appraised 6.5; 7.2 appraised 1.5.
    assert total.appraised == D(8)  # 6.5 + 1.5
    assert total.target == D("95.5")
    # The targets of every criterion sum to 95.5 (8.6's 0.5 included), less 0.5 and 0.5 where the
    # council gave less (3.4: 7 to 6.5; 7.2: 2 to 1.5).
    assert total.estimate == D("94.5")


def test_an_offices_part_is_summed_over_its_criteria(tmp_path: Path) -> None:
    part = tmp_path / "office_a.yaml"
    part.write_text('unit: office_a\nscores:\n  "1.1": 1.8\n', encoding="utf-8")
    # mini.yaml: office_a leads 1.1 only (max 2, 2030 1.5, target 2).
    total = _total(part, criteria=FIXTURES / "criteria" / "mini.yaml")
    assert (total.max, total.baseline, total.target, total.estimate) == (D(2), D("1.5"), D(2), D("1.8"))


def test_the_table_shows_the_cores_total() -> None:
    out = run_par("score", "--input", str(FIXTURES / "actuals" / "not_applicable.yaml")).stdout
    total = next(line for line in out.splitlines() if line.strip().startswith("Total"))
    # 97.5 of 97.5 is 100 %, rescaled to 100 of 100
    assert total.split() == ["Total", "97.5", "82.901", "93", "87.5", "10", "97.5", "100.00", "+14.599", "0"]
