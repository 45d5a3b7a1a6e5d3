"""`par score`: totals computed by hand from the appendix for several scores files."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import FIXTURES, assert_problem, assert_refused, run_par

from par_cli.core.problems import Code

ACTUALS = FIXTURES / "actuals"


def _score(*files: str, args: tuple[str, ...] = (), env: dict[str, str] | None = None) -> dict:  # type: ignore[type-arg]
    inputs = [arg for name in files for arg in ("--input", str(ACTUALS / name))]
    result = run_par("score", *inputs, *args, "--format", "json", env=env)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout, parse_float=Decimal)  # type: ignore[no-any-return]


def test_every_criterion_at_target() -> None:
    data = _score("at_target.yaml")
    # criterion targets per field: 14, 11, 16, 7.5, 11, 11, 13 and 9+0.5+0.5+0.5+1+0.5 = 12 for field
    # 8 (8.6, which the appendix does not list, holds the 0.5 its printed target 12 has beyond 8.1-8.5):
    # 95.5, the printed total. 8.1 (SIPAS, target 9) is scored by the survey: self-assessed
    # 95.5 - 9 = 86.5 of 100 - 10 (8.1) = 90, survey estimate 9.
    assert data["self_assessed"] == {"score": Decimal("86.5"), "max": 90}
    assert data["survey"] == {"score": 9, "max": 10}
    assert data["index"] == Decimal("95.5") and data["index_basis"] == "self"
    assert data["total"] == Decimal("95.5")
    assert [f["score"] for f in data["fields"]] == [14, 11, 16, Decimal("7.5"), 11, 11, 13, 12]
    assert data["missing"] == []
    assert data["projected"] == {
        "floor": Decimal("95.5"),
        "target": Decimal("95.5"),
        "ceiling": Decimal("95.5"),
    }
    assert data["unreachable"] == []  # every point of the plan belongs to a criterion now
    assert data["estimates"] == ["8.1"]  # the survey criterion was filled in
    assert data["below_target"] == []


def test_every_criterion_at_max() -> None:
    data = _score("at_max.yaml")
    # every criterion at its maximum, 8.6 (field 8's 0.5 points the appendix does not list) at 0.5:
    # 99.5 on the appendix's 45 criteria + 0.5 = 100 of 100
    assert (data["total"], data["index"], data["percent"]) == (100, 100, 100)
    assert data["unreachable"] == []


def test_survey_result_as_a_percentage(tmp_path: Path) -> None:
    text = (
        (ACTUALS / "at_target.yaml").read_text(encoding="utf-8").replace('"8.1": 9', '"8.1": {percent: 78.3}')
    )
    path = tmp_path / "scores.yaml"
    path.write_text(text, encoding="utf-8")
    data = _score(str(path))
    criteria = {c["id"]: c for c in data["criteria"]}
    assert (criteria["8.1"]["score"], criteria["8.1"]["percent"]) == (Decimal("7.83"), Decimal("78.3"))
    assert data["survey"] == {"score": Decimal("7.83"), "max": 10}  # 78.3 % of 10 points, exactly
    assert data["index"] == Decimal("94.33")  # 86.5 self-assessed + 7.83


def test_a_percentage_is_for_survey_criteria_only(tmp_path: Path) -> None:
    path = tmp_path / "scores.yaml"
    path.write_text('scores:\n  "1.1": {percent: 50}\n  "8.1": {score: 8, percent: 80}\n', encoding="utf-8")
    result = run_par("score", "-i", str(path))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {path}:2:20: 1.1 is scored by the unit: a percentage is for survey criteria "
        "(give its score instead)",
        f"error: {path}:3:30: 8.1 has both a score and a percentage "
        "(keep one: the percentage the survey published, or the points)",
    ]


def test_partial_file() -> None:
    data = _score("partial.yaml")
    # scored: 1.1 = 2, 3.4 = 6,928 (decimal comma), 7.2 = 1.5, and the survey estimate 8.1 = 8; 1.3 empty
    assert data["total"] == Decimal("18.428")
    assert data["self_assessed"]["score"] == Decimal("10.428")  # 2 + 6.928 + 1.5
    assert data["units"] == []
    assert data["kind"] == "unit"
    assert data["coverage"] == {"scored": 4, "of": 46}
    assert len(data["missing"]) == 42 and "1.3" in data["missing"] and "8.6" in data["missing"]
    # rest at target: 95.5 - (2 + 7 + 2 + 9) + 18.428 = 93.928
    # rest at max: 100 - (2 + 7 + 4 + 10) + 18.428 = 95.428
    assert data["projected"] == {
        "floor": Decimal("18.428"),
        "target": Decimal("93.928"),
        "ceiling": Decimal("95.428"),
    }
    assert data["below_target"] == ["3.4", "7.2"]  # 8.1 is a survey estimate, listed apart
    assert data["unexplained"] == ["3.4"]  # 1.1 has evidence, 7.2 an explanation, 8.1 is a survey estimate
    criteria = {c["id"]: c for c in data["criteria"]}
    assert criteria["1.1"]["evidence"][0].startswith("Báo cáo số 210/BC-UBND")
    assert criteria["1.3"]["score"] is None


def test_not_applicable_criteria_leave_the_maximum_and_the_target() -> None:
    data = _score("not_applicable.yaml")
    # 4.4 (max 1) and 5.7 (max 1.5) do not apply: max 100 - 2.5 = 97.5; every other criterion at its
    # maximum: 97.5 of 97.5, rescaled to 100
    assert (data["total"], data["max"], data["index"], data["percent"]) == (
        Decimal("97.5"),
        Decimal("97.5"),
        100,
        100,
    )
    assert set(data["not_applicable"]) == {"4.4", "5.7"}
    assert data["missing"] == []
    field_4 = next(f for f in data["fields"] if f["id"] == "4")
    # field 4: 4.4 leaves max, 2023 score and target alike: 7.5 - 1 = 6.5 each; never above the max
    assert (field_4["max"], field_4["baseline"], field_4["target"]) == (Decimal("6.5"),) * 3
    for format_name in ("markdown", "table"):
        args = ("score", "-i", str(ACTUALS / "not_applicable.yaml"), "-f", format_name)
        out = run_par(*args, env={"COLUMNS": "200"}).stdout
        assert "7.5" not in next(line for line in out.splitlines() if "TỔ CHỨC BỘ MÁY" in line)
    # CSV has a row per criterion: 4.4 with its reason and no estimate
    out = run_par("score", "-i", str(ACTUALS / "not_applicable.yaml"), "-f", "csv").stdout
    rows = {row["id"]: row for row in csv.DictReader(out.lstrip("\ufeff").splitlines())}
    assert rows["4.4"]["not_applicable"] != ""
    assert (rows["4.4"]["max"], rows["4.4"]["estimate"]) == ("1", "")
    assert len(rows) == 46  # every criterion in scope: the 46 rows of the plan with no rows below them


def test_the_index_is_rescaled_when_criteria_do_not_apply(tmp_path: Path) -> None:
    path = tmp_path / "scores.yaml"
    text = (ACTUALS / "not_applicable.yaml").read_text(encoding="utf-8")
    path.write_text("\n".join(line for line in text.splitlines() if '"8.6"' not in line), encoding="utf-8")
    data = _score(str(path))
    # 8.6 not scored yet: 97 of 97.5 points (4.4 and 5.7 do not apply)
    assert (data["total"], data["max"]) == (97, Decimal("97.5"))
    assert data["index"] == Decimal("99.487")  # 97 * 100 / 97.5 = 99.4871..., to 3 decimals
    assert data["percent"] == Decimal("99.49")  # the printed index 99.487, to 2 decimals


def test_appraisal_is_counted_where_given_and_said_so() -> None:
    data = _score("appraisal.yaml")
    assert data["total"] == Decimal("95.5")
    # 3.4 appraised 6.5 (self 7), 7.2 appraised 1.5 (self 2): 95.5 - 0.5 - 0.5 = 94.5
    assert data["index"] == Decimal("94.5") and data["appraised"] == Decimal("94.5")
    # 6.5 + 1.5; 45 self-scored criteria; `appraised:` is the final appraisal
    assert data["appraisal"] == {"score": 8, "criteria": 2, "of": 45, "first": 0, "final": 2}
    assert data["index_basis"] == "partly_appraised"
    criteria = {c["id"]: c for c in data["criteria"]}
    assert (criteria["3.4"]["score"], criteria["3.4"]["appraised"]) == (7, Decimal("6.5"))
    out = run_par("score", "--input", str(ACTUALS / "appraisal.yaml"), env={"COLUMNS": "200"}).stdout
    assert "Appraised: 2 of 45 criteria, 8 points" in out
    assert "partly appraised: 2 of 45 criteria appraised, the other 43 at their self-assessed score" in out
    assert "Appraisal by round: where the council scored otherwise than the unit" in out


def test_one_criterion_appraised(tmp_path: Path) -> None:
    text = (
        (ACTUALS / "at_target.yaml")
        .read_text(encoding="utf-8")
        .replace('"1.1": 2', '"1.1": {score: 2, appraised: 1}')
    )
    path = tmp_path / "scores.yaml"
    path.write_text(text, encoding="utf-8")
    data = _score(str(path))
    assert data["appraisal"] == {"score": 1, "criteria": 1, "of": 45, "first": 0, "final": 1}
    assert data["index_basis"] == "partly_appraised"
    assert data["index"] == Decimal("94.5")  # 95.5 - 1
    out = run_par("score", "-i", str(path), env={"COLUMNS": "200"}).stdout
    assert "Estimated index: 94.5 of 100 (94.50 %), partly appraised: 1 of 45 criteria appraised" in out


def test_table_output() -> None:
    out = run_par("score", "--input", str(ACTUALS / "partial.yaml"), env={"COLUMNS": "200"}).stdout
    assert "Self-assessed: 10.428 of 90 (11.59 %)" in out  # 10.428 / 90 = 11.586...
    assert "Survey (estimate): 8 of 10: estimated points; the unit does not score these" in out
    assert "Estimated index: 18.428 of 100 (18.43 %), on the self-assessed scores and survey estimates" in out
    assert "Scored so far: 4 of 46 criteria" in out
    assert "Projected: 18.428 scored so far; 93.928 if the rest meets its targets; 95.428 at best" in out
    assert "belong to no criterion" not in out  # field 8's 0.5 are 8.6's, not scored yet
    assert "Survey criteria: estimates; the unit does not score them" in out
    assert "self-assessed" not in out.split("Survey criteria")[1].split("\n\n")[0].lower()


def test_an_office_part_is_not_an_index(tmp_path: Path) -> None:
    data = _score(str(_examples() / "noi_vu.yaml"))
    assert data["kind"] == "office" and data["office"] == "noi_vu"
    # the criteria Phòng Nội vụ scores: 14 it leads, 12 through "Các phòng, ban, đơn vị", and 4.4,
    # 5.7, 8.4, 8.5 that it scores as the collector (see test_round.py): 30
    assert data["coverage"]["of"] == 30
    # their maximum, not the plan's 100: 28.5 (led) + 38 (through the group) + 1 + 1.5 (4.4, 5.7)
    # + 0.5 + 1 (8.4, 8.5)
    assert data["printed_max"] == Decimal("70.5")
    out = run_par("score", "-i", str(_examples() / "noi_vu.yaml"), env={"COLUMNS": "200"}).stdout
    assert "an office's part, not the unit's index" in out
    assert "Estimated index" not in out


def test_an_office_is_assessed_on_what_it_scores_its_contributions_apart() -> None:
    data = _score(str(_examples() / "tu_phap.yaml"))
    # Phòng Tư pháp scores 2.1-2.4 (3 + 1.5 + 4.5 + 2 = 11 of 11): 100 %, not 11 of the 59 points
    # of every criterion that falls on it (18.64 %)
    assert (data["total"], data["max"], data["index"]) == (11, 11, 100)
    assert [c["id"] for c in data["criteria"]] == ["2.1", "2.2", "2.3", "2.4"]
    # its contributions: the 13 criteria of the offices' group, scored by Phòng Nội vụ
    contributed = {c["id"]: c for c in data["contributions"]}
    assert len(contributed) == 13
    assert contributed["3.4"]["role"] == "contributes" and contributed["3.4"]["scorer"] == "noi_vu"
    assert contributed["3.4"]["evidence"] == ["Sổ theo dõi hồ sơ TTHC lĩnh vực tư pháp năm 2024"]
    out = run_par("score", "-i", str(_examples() / "tu_phap.yaml"), env={"COLUMNS": "200"}).stdout
    assert "Contributions: criteria others score" in out
    assert "Sổ theo dõi hồ sơ TTHC lĩnh vực tư pháp năm 2024" in out


def _examples() -> Path:
    return Path(__file__).resolve().parent.parent / "examples"


def test_merging_files_of_several_offices(tmp_path: Path) -> None:
    second = tmp_path / "finance.yaml"
    second.write_text('unit: tài chính\nscores:\n  "6.1": 4\n', encoding="utf-8")
    data = _score("partial.yaml", args=("--input", str(second)))
    assert data["total"] == Decimal("22.428")  # 18.428 + 4 (6.1)
    assert data["units"] == ["tai_chinh_ke_hoach"]
    assert data["kind"] == "unit"  # partial.yaml names no office: together they are the unit's


def test_conflicting_files_name_both_places() -> None:
    result = run_par("score", "-i", str(ACTUALS / "at_target.yaml"), "-i", str(ACTUALS / "at_max.yaml"))
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    # the criteria whose target is below the maximum: 3.7, 7.2, 7.3, 8.1
    assert [line.split(": ")[2] for line in lines] == ["3.7", "7.2", "7.3", "8.1"]
    assert f"at_max.yaml:21:10: 3.7: score is 3 here but 2 at {ACTUALS / 'at_target.yaml'}:21:10" in lines[0]


def test_fail_under() -> None:
    path = str(ACTUALS / "at_target.yaml")
    below = run_par("score", "--input", path, "--fail-under", "96")
    assert below.exit_code == 3
    assert "error: the index 95.5 is below --fail-under 96" in below.stderr
    assert "Estimated index: 95.5 of 100" in below.stdout
    assert run_par("score", "--input", path, "--fail-under", "95.5").exit_code == 0
    assert run_par("score", "--input", path, "--fail-under", "95.501").exit_code == 3
    assert run_par("score", "--input", path, "--fail-under", "x").exit_code == 2
    outside = run_par("score", "--input", path, "--fail-under", "101")
    assert outside.exit_code == 2
    assert (
        outside.stderr == "error: --fail-under 101 lies outside 0 to 100 (give the index to reach, e.g. 90)\n"
    )


def _plan_with_bands(tmp_path: Path) -> Path:
    bundled = run_par("validate", "--format", "json")
    source = Path(json.loads(bundled.stdout)["file"]).read_text(encoding="utf-8")
    path = tmp_path / "plan.yaml"
    bands = "bands:\n  - {name: Nhóm A, min_percent: 90}\n  - {name: Nhóm B, min_percent: 80}\n"
    path.write_text(source.replace("bands: []\n", bands), encoding="utf-8")
    return path


def test_bands(tmp_path: Path) -> None:
    plan = str(_plan_with_bands(tmp_path))
    data = _score("at_target.yaml", args=("--criteria", plan))
    assert data["band"] == {
        "name": "Nhóm A",
        "basis": "self",
        "next": None,
        "to_next": None,
    }  # 95.5 % >= 90 %
    data = _score("partial.yaml", args=("--criteria", plan))
    # 18.428 % is below both bands; group B starts at a printed 80.00 %, which 79.995 % already
    # prints (half up): 79.995 - 18.428 = 61.567 points of 100
    assert data["band"] == {"name": None, "basis": "self", "next": "Nhóm B", "to_next": Decimal("61.567")}
    out = run_par(
        "--criteria", plan, "score", "-i", str(ACTUALS / "partial.yaml"), env={"COLUMNS": "200"}
    ).stdout
    assert "Band: below every band (self-assessed); 61.567 more points reach Nhóm B" in out
    # the band stands on the estimated index: appraisal lowers 95.5 to 94.5, still group A
    data = _score("appraisal.yaml", args=("--criteria", plan))
    assert data["band"]["name"] == "Nhóm A" and data["band"]["basis"] == "partly_appraised"


def test_bundled_plan_defines_no_bands() -> None:
    assert _score("at_target.yaml")["band"] is None


def test_input_is_required() -> None:
    result = run_par("score")
    assert result.exit_code == 2
    assert "--input" in result.stderr


BAD = FIXTURES / "bad_actuals"
# fixture -> (the problem's code, line:column): codes and places, never phrases (below)
BAD_CASES = {
    "above_max": (Code.SCORE_ABOVE_MAX, "4:10"),
    "anchor_alias": (Code.ANCHOR, "3:10"),
    "appraised_above_max": (Code.SCORE_ABOVE_MAX, "4:32"),
    "binary": (Code.NOT_UTF8, "1:1"),
    "boolean": (Code.NOT_A_NUMBER, "4:10"),
    "colon_missing_last_line": (Code.YAML_SYNTAX, "4:3"),
    "colon_in_text": (Code.COLON_IN_TEXT, "5:23"),  # the second ': ', after "Lý do"
    "comma_then_point": (Code.MIXED_SEPARATORS, "4:10"),
    "date": (Code.NOT_A_NUMBER, "4:10"),
    "deep_nesting": (Code.TOO_DEEP, "1:261"),
    "duplicate_key": (Code.DUPLICATE_KEY, "4:3"),
    "empty": (Code.EMPTY_FILE, "1:1"),
    "field_id": (Code.SCORE_ON_FIELD, "4:3"),
    "flow_evidence": (Code.FLOW_LIST_OF_TEXT, "5:15"),
    "inf": (Code.NOT_A_NUMBER, "4:10"),
    "nan": (Code.NOT_A_NUMBER, "4:10"),
    "negative": (Code.NEGATIVE_NUMBER, "4:10"),
    "not_a_number": (Code.NOT_A_NUMBER, "4:10"),
    "scored_and_not_applicable": (Code.SCORED_AND_NOT_APPLICABLE, "3:10"),
    "tabs": (Code.TAB_INDENT, "3:1"),
    "thousands_comma": (Code.MIXED_SEPARATORS, "4:10"),
    "too_many_decimals": (Code.TOO_MANY_DECIMALS, "4:10"),
    "top_level_list": (Code.NOT_A_MAPPING, "1:1"),
    "typo_id": (Code.UNKNOWN_CRITERION, "4:3"),
    "unknown_entry_key": (Code.UNKNOWN_KEY, "4:21"),
    "unknown_id": (Code.UNKNOWN_CRITERION, "4:3"),
    "unknown_key": (Code.UNKNOWN_KEY, "2:1"),
    "score_at_top": (Code.UNKNOWN_KEY, "3:1"),
    "evidence_at_top": (Code.UNKNOWN_KEY, "3:1"),
    "first_in_entry": (Code.UNKNOWN_KEY, "4:21"),
    "year_in_entry": (Code.UNKNOWN_KEY, "3:21"),
    "latin1": (Code.NOT_UTF8, "4:37"),
    "control_character": (Code.CONTROL_CHARACTER, "4:31"),
    "unknown_unit": (Code.UNKNOWN_FILE_UNIT, "1:7"),
    "unquoted_1_10": (Code.UNKNOWN_CRITERION, "4:3"),
    "target_above_max": (Code.TARGET_ABOVE_MAX, "2:9"),
    "year_decimal": (Code.EXPECTED_WHOLE_NUMBER, "2:7"),
    "year_mismatch": (Code.YEAR_MISMATCH, "1:7"),
    "year_underscore": (Code.EXPECTED_WHOLE_NUMBER, "2:7"),
    "not_the_scorer": (Code.NOT_THE_SCORER, "5:10"),
    "evidence_outside": (Code.EVIDENCE_OUTSIDE, "6:15"),
    "evidence_missing": (Code.EVIDENCE_MISSING, "6:16"),
    "evidence_date": (Code.EVIDENCE_DATE, "6:15"),
    "evidence_key": (Code.UNKNOWN_KEY, "5:9"),
    "response_without_first": (Code.RESPONSE_WITHOUT_FIRST, "4:43"),
    "contest_without_reason": (Code.CONTEST_WITHOUT_REASON, "4:55"),
    "appraised_twice": (Code.APPRAISED_TWICE, "4:56"),
    "unknown_adjustment": (Code.UNKNOWN_ADJUSTMENT, "6:14"),
    "office_adjustments": (Code.OFFICE_ADJUSTMENTS, "4:1"),
}
# How each code reads, checked once, on one of its fixtures: code -> (fixture, words it holds)
BAD_WORDING = {
    Code.RESPONSE_WITHOUT_FIRST: (
        "response_without_first",
        "3.4: a response answers the first appraisal, which is not given",
    ),
    Code.CONTEST_WITHOUT_REASON: (
        "contest_without_reason",
        "3.4: the first appraisal is contested without a reason",
    ),
    Code.APPRAISED_TWICE: ("appraised_twice", "given twice, as appraised and as appraisal: final"),
    Code.UNKNOWN_ADJUSTMENT: ("unknown_adjustment", "'initiative' is not a bonus item of the plan"),
    Code.OFFICE_ADJUSTMENTS: (
        "office_adjustments",
        "Phòng Nội vụ's file gives bonus or penalty points, which are the unit's, not an office's",
    ),
    Code.ANCHOR: ("anchor_alias", "anchor '&two' is not allowed"),
    Code.DUPLICATE_KEY: ("duplicate_key", "duplicate key '1.1'"),
    Code.EMPTY_FILE: ("empty", "the file is empty"),
    Code.FLOW_LIST_OF_TEXT: (
        "flow_evidence",
        "evidence: [ ... ] reads as 3 separate texts, split at each comma",
    ),
    Code.MIXED_SEPARATORS: ("comma_then_point", "'6.928,5' mixes ',' and '.'"),
    Code.NEGATIVE_NUMBER: ("negative", "'-1' is negative"),
    Code.NOT_A_MAPPING: ("top_level_list", "a scores file must be a mapping of keys"),
    Code.NOT_A_NUMBER: ("boolean", "'yes' is not a number"),
    Code.NOT_UTF8: ("binary", "the file is not UTF-8 text"),
    Code.SCORE_ABOVE_MAX: ("above_max", "1.2: score 1.5 is above the maximum 1"),
    Code.SCORE_ON_FIELD: ("field_id", "'3' is a field, not a criterion (score its criteria 3.1 to 3.8)"),
    Code.SCORED_AND_NOT_APPLICABLE: (
        "scored_and_not_applicable",
        "1.1 is scored here but marked not applicable at",
    ),
    Code.TAB_INDENT: ("tabs", "a tab character is used for indentation"),
    Code.COLON_IN_TEXT: (
        "colon_in_text",
        "the text of 'explanation' holds ': ', which YAML reads as the start of another key "
        '(put the whole text in double quotes: explanation: "...")',
    ),
    Code.TOO_DEEP: ("deep_nesting", "nested too deeply (at most 64 levels)"),
    Code.TARGET_ABOVE_MAX: ("target_above_max", "target 1000 is above 100, the most the index can reach"),
    Code.EXPECTED_WHOLE_NUMBER: ("year_underscore", "year: a whole number is expected here"),
    Code.TOO_MANY_DECIMALS: ("too_many_decimals", "'6.9281' has 4 decimals"),
    Code.UNKNOWN_CRITERION: ("typo_id", "'1.10' is not a criterion of the plan (did you mean '1.1'?)"),
    Code.UNKNOWN_FILE_UNIT: ("unknown_unit", "unit 'Phòng Ngoại vụ' is not a unit of the plan"),
    Code.UNKNOWN_KEY: ("unknown_entry_key", "unknown key 'evidance' (did you mean 'evidence'?)"),
    Code.YEAR_MISMATCH: ("year_mismatch", "the scores are for 2023 but the plan is for 2024"),
}


def test_every_bad_fixture_has_a_case() -> None:
    assert sorted(p.stem for p in BAD.glob("*.yaml")) == sorted(BAD_CASES)


@pytest.mark.parametrize("name", sorted(BAD_CASES))
def test_bad_scores_file_is_refused_in_one_line(name: str) -> None:
    code, where = BAD_CASES[name]
    path = BAD / f"{name}.yaml"
    assert_problem(run_par("score", "--input", str(path), "--format", "json"), path, code, where)


@pytest.mark.parametrize("code", sorted(BAD_WORDING))
def test_each_scores_code_reads_as_documented(code: Code) -> None:
    name, words = BAD_WORDING[code]
    assert BAD_CASES[name][0] is code
    path = BAD / f"{name}.yaml"
    assert_refused(run_par("score", "--input", str(path)), path, BAD_CASES[name][1], words)


def test_fifty_mib_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    with path.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # a sparse 50 MiB file: refused before it is read
    result = run_par("score", "--input", str(path))
    assert result.exit_code == 1
    assert "larger than 16 MiB" in result.stderr


def test_a_partly_scored_self_assessment_says_what_its_changes_compare() -> None:
    out = run_par("score", "-i", str(ACTUALS / "partial.yaml"), env={"COLUMNS": "200"}).stdout
    assert 'Not every criterion is scored yet: in each field, "vs 2023" and "Short of target"' in out
    full = run_par("score", "-i", str(ACTUALS / "at_target.yaml"), env={"COLUMNS": "200"}).stdout
    assert "Not every criterion is scored yet" not in full


def test_a_note_is_shown_under_the_report_and_in_json_and_csv() -> None:
    """examples/actuals_2024.yaml notes that 8.1 is an estimate of the department's survey."""
    note = "Ước tính; điểm do Sở Nội vụ điều tra xã hội học"
    example = str(Path(__file__).parent.parent / "examples" / "actuals_2024.yaml")
    assert f"Note on 8.1: {note}" in run_par("score", "--input", example).stdout.splitlines()
    data = json.loads(run_par("score", "--input", example, "--format", "json").stdout)
    notes = {c["id"]: c["note"] for c in data["criteria"] if c["note"] is not None}
    assert notes == {"8.1": note}
    rows = list(
        csv.DictReader(io.StringIO(run_par("score", "-i", example, "-f", "csv").stdout.lstrip("\ufeff")))
    )
    assert [row["note"] for row in rows if row["note"]] == [note]


def test_an_unknown_id_is_matched_within_its_field_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file of 10,000 unknown ids in a plan of 10,000 criteria was 1.7 times a valid file, most of
    it spent comparing each id with every criterion: now only with its field's (field 3: 3.1-3.8)."""
    import difflib

    import par_cli.core.actuals as actuals

    compared: list[int] = []
    real = difflib.get_close_matches

    def counting(word: str, possibilities: list[str], *args: object, **kwargs: object) -> list[str]:
        compared.append(len(possibilities))
        return real(word, possibilities, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(actuals.difflib, "get_close_matches", counting)
    path = tmp_path / "typo.yaml"
    path.write_text('scores:\n  "3.44": 1\n  "l.1": 1\n', encoding="utf-8")
    result = run_par("score", "--input", str(path))
    assert "'3.44' is not a criterion of the plan (did you mean '3.4'?)" in result.stderr
    assert compared and max(compared) <= 8  # never the plan's 45 criteria
