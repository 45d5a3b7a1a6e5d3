"""`par rollover`: next year's plan from this year's plan and its final scores."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import yaml
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
    # from examples/actuals_2024.yaml: 1.1 scored 2, 3.4 scored 7, 7.2 scored 1.8, 8.1 estimated 8.5,
    # 8.6 scored 0.5
    assert [nodes[i].baseline for i in ("1.1", "3.4", "7.2", "8.1", "8.6")] == [
        2,
        7,
        Decimal("1.8"),
        Decimal("8.5"),
        Decimal("0.5"),
    ]
    # targets stay 2024's (7.2: 2, above its new baseline 1.8)
    assert nodes["7.2"].target == 2
    # totals are sums, and keep the printed 100 and 95.5: field 8's printed 13 and 12 held 8.6's 0.5,
    # a row of the new plan like any other; the baselines sum to the example's index, 94
    totals = plan.file.totals
    assert (totals.max, totals.baseline, totals.target) == (100, 94, Decimal("95.5"))
    assert plan.mismatches == [] and nodes["8.6"].unlisted is None
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# The plan for 2025, written by par rollover from criteria_2024.yaml")
    assert "The old document printed" not in text  # 8.6 makes up field 8's; field 1's was a baseline
    assert "Not in the 2024 appendix, now a row of this plan like any other: 8.6" in text
    assert "/data/criteria_2024.yaml" not in text  # the bundled plan is named, not its install path


def test_every_year_in_the_texts_moves_forward_but_the_legal_bases(tmp_path: Path) -> None:
    target = tmp_path / "plan_2025.yaml"
    assert run_par("rollover", "-i", str(EXAMPLE), "--output", str(target)).exit_code == 0
    info = load_plan(target).file.plan
    assert info.title.endswith("huyện Đắk R'Lấp năm 2025")
    # the 2024 appendix title named 2023 by mistake (its notes say so): the new one names 2025
    assert info.appendix_title is not None and info.appendix_title.endswith("HUYỆN ĐẮK R'LẤP NĂM 2025")
    assert info.prose is not None and info.prose.opening is not None and info.prose.closing is not None
    assert "Chỉ số CCHC năm 2025" in info.prose.opening and "năm 2025. Trong" in info.prose.closing
    assert "nâng cao chỉ số CCHC năm 2025" in info.prose.requirements[0]
    # section 4.1 names the results of the baseline year: 2023's then, 2024's now
    duties = load_plan(target).file.assignments[0].duties[0]
    assert "kết quả đánh giá chỉ số CCHC cấp huyện năm 2024" in duties
    # the legal bases are documents dated as they were: their subjects keep their years
    assert [b.subject for b in info.legal_bases] == [b.subject for b in load_plan().file.plan.legal_bases]
    # the notes described the 2024 document's printing: they are dropped, not moved
    assert info.notes == ()
    # no "năm 2024" left but where the new plan names its baseline year (4.1) or a dated document
    text = target.read_text(encoding="utf-8").lower()
    bases = "".join(b.subject.lower() for b in info.legal_bases)
    assert text.count("năm 2024") == bases.count("năm 2024") + 1


def test_a_criterion_that_did_not_apply_stays_so_in_next_years_plan(tmp_path: Path) -> None:
    scores = tmp_path / "final.yaml"
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    # 4.4 (max 1, target 1) did not apply this year
    del data["scores"]["4.4"]
    data["not_applicable"] = {"4.4": "Không có UBND cấp xã"}
    scores.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    target = tmp_path / "plan.yaml"
    result = run_par("rollover", "-i", str(scores), "-o", str(target))
    assert result.exit_code == 0, result.stderr
    plan = load_plan(target)
    node = plan.nodes["4.4"]
    # no baseline 0: it did not apply, and says why; its target stays
    assert (node.baseline, node.baseline_na, node.target) == (None, "Không có UBND cấp xã", 1)
    # field 4 sums what applied in 2024: 7.5 - 1 = 6.5 of its 7.5 points
    assert (plan.nodes["4"].max, plan.nodes["4"].baseline) == (Decimal("7.5"), Decimal("6.5"))
    assert "baseline_not_applicable: Không có UBND cấp xã" in target.read_text(encoding="utf-8")
    # never lost in 2025's gaps against 2024: no row for 4.4, and the total leaves its point out
    gaps = json.loads(
        run_par("--criteria", str(target), "gaps", "--format", "json").stdout, parse_float=Decimal
    )
    assert "4.4" not in [row["id"] for row in gaps["rows"]] and "4" not in [row["id"] for row in gaps["rows"]]
    # 100 - 1 (4.4) - 93 (the example's 94 less 4.4's 1) = 6 points lost, all on rows that applied
    assert (gaps["total_max"], gaps["total_score"], gaps["total_gap"]) == (99, 93, 6)
    out = run_par("--criteria", str(target), "gaps", env={"COLUMNS": "200"}).stdout
    assert "Did not apply in 2024, so no 2024 score and never lost: 4.4 (Không có UBND cấp xã)" in out
    # summary: 2024's percentage of what applied (6.5 of 6.5: 100 %), the change against 6.5
    # rescaled to the field's 7.5 (7.5 * 6.5 / 6.5 = 7.5): target 7.5, change 0
    summary = json.loads(
        run_par("--criteria", str(target), "summary", "--format", "json").stdout, parse_float=Decimal
    )
    field_4 = next(f for f in summary["fields"] if f["id"] == "4")
    assert (field_4["baseline_percent"], field_4["target_percent"], field_4["change"]) == (100, 100, 0)
    # by-unit: 4.4's point is at stake, never "lost in 2024"
    # score against 2024: a 2025 score of 4.4 is left out of the comparison with 2024, and said so
    scored = tmp_path / "s2025.yaml"
    scored.write_text('year: 2025\nscores:\n  "4.4": 1\n', encoding="utf-8")
    out = run_par("--criteria", str(target), "score", "-i", str(scored), env={"COLUMNS": "200"}).stdout
    assert "Compared with 2024 on the criteria that apply in both years" in out
    assert "4.4 (did not apply in 2024)" in out
    field_row = next(line for line in out.splitlines() if line.startswith(" 4 "))
    assert field_row.split()[-2] == "0"  # vs 2024: 4.4's 1 point left out of both years


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
        f"error: {FIXTURES / 'actuals' / 'partial.yaml'}: 42 criteria have no final 2024 score: 1.2, 1.3,"
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
