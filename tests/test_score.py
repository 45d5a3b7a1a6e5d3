"""`par score`: totals computed by hand from the appendix for several scores files."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import FIXTURES, assert_refused, run_par

ACTUALS = FIXTURES / "actuals"


def _score(*files: str, args: tuple[str, ...] = (), env: dict[str, str] | None = None) -> dict:  # type: ignore[type-arg]
    inputs = [arg for name in files for arg in ("--input", str(ACTUALS / name))]
    result = run_par("score", *inputs, *args, "--format", "json", env=env)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout, parse_float=Decimal)  # type: ignore[no-any-return]


def test_every_criterion_at_target() -> None:
    data = _score("at_target.yaml")
    # criterion targets per field: 14, 11, 16, 7.5, 11, 11, 13 and 9+0.5+0.5+0.5+1 = 11.5 for field 8
    # (its printed target 12 holds 0.5 no criterion carries): 95, not the printed 95.5
    assert data["total"] == 95
    assert [f["score"] for f in data["fields"]] == [14, 11, 16, Decimal("7.5"), 11, 11, 13, Decimal("11.5")]
    assert data["missing"] == []
    assert data["projected"] == {"floor": 95, "target": 95, "ceiling": 95}
    assert data["unreachable"] == [{"field": "8", "points": Decimal("0.5")}]
    assert data["estimates"] == ["8.1"]  # the survey criterion was filled in
    assert data["below_target"] == []


def test_every_criterion_at_max() -> None:
    data = _score("at_max.yaml")
    assert data["total"] == Decimal("99.5")  # 100 less the 0.5 of field 8 that no criterion carries
    assert data["percent"] == Decimal("99.50")


def test_partial_file() -> None:
    data = _score("partial.yaml")
    # scored: 1.1 = 2, 3.4 = 6,928 (decimal comma), 7.2 = 1.5, 8.1 = 8; 1.3 left empty
    assert data["total"] == Decimal("18.428")
    assert data["units"] == ["noi_vu"]
    assert len(data["missing"]) == 41 and "1.3" in data["missing"]
    # rest at target: 95 - (2 + 7 + 2 + 9) + 18.428 = 93.428
    # rest at max: 99.5 - (2 + 7 + 4 + 10) + 18.428 = 94.928
    assert data["projected"] == {
        "floor": Decimal("18.428"),
        "target": Decimal("93.428"),
        "ceiling": Decimal("94.928"),
    }
    assert data["below_target"] == ["3.4", "7.2", "8.1"]
    assert data["unexplained"] == ["3.4"]  # 1.1 has evidence, 7.2 an explanation, 8.1 is a survey estimate
    criteria = {c["id"]: c for c in data["criteria"]}
    assert criteria["1.1"]["evidence"][0].startswith("Báo cáo số 210/BC-UBND")
    assert criteria["1.3"]["score"] is None


def test_not_applicable_criteria_leave_the_maximum() -> None:
    data = _score("not_applicable.yaml")
    # 4.4 (max 1) and 5.7 (max 1.5) do not apply: max 100 - 2.5 = 97.5; total 99.5 - 2.5 = 97
    assert (data["total"], data["max"]) == (97, Decimal("97.5"))
    assert data["index"] == Decimal("99.487")  # 97 * 100 / 97.5 = 99.4871..., to 3 decimals
    assert data["percent"] == Decimal("99.49")
    assert set(data["not_applicable"]) == {"4.4", "5.7"}
    assert data["missing"] == []


def test_appraisal() -> None:
    data = _score("appraisal.yaml")
    assert data["total"] == 95
    assert data["appraised"] == 94  # 3.4 appraised 6.5 (self 7), 7.2 appraised 1.5 (self 2)
    criteria = {c["id"]: c for c in data["criteria"]}
    assert (criteria["3.4"]["score"], criteria["3.4"]["appraised"]) == (7, Decimal("6.5"))
    out = run_par("score", "--input", str(ACTUALS / "appraisal.yaml"), env={"COLUMNS": "200"}).stdout
    assert "Appraised total: 94" in out
    assert "Appraised differently" in out


def test_table_output() -> None:
    out = run_par("score", "--input", str(ACTUALS / "partial.yaml"), env={"COLUMNS": "200"}).stdout
    assert "Self-assessed total: 18.428 of 100 (18.43 %)" in out
    assert "Projected: 18.428 scored so far; 93.428 if the rest meets its targets; 94.928 at best" in out
    assert "0.5 points of field 8 belong to no criterion" in out
    assert "Survey criteria: estimates only" in out


def test_merging_files_of_several_offices(tmp_path: Path) -> None:
    second = tmp_path / "finance.yaml"
    second.write_text('unit: tài chính\nscores:\n  "1.1": 2\n  "6.1": 4\n', encoding="utf-8")
    data = _score("partial.yaml", args=("--input", str(second)))
    assert data["total"] == Decimal("22.428")  # 18.428 + 4 (6.1); 1.1 given twice with the same value
    assert data["units"] == ["noi_vu", "tai_chinh_ke_hoach"]


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
    assert "error: the index 95 is below --fail-under 96" in below.stderr
    assert "Self-assessed total: 95" in below.stdout
    assert run_par("score", "--input", path, "--fail-under", "95").exit_code == 0
    assert run_par("score", "--input", path, "--fail-under", "x").exit_code == 2


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
    assert data["band"] == {"name": "Nhóm A", "next": None, "to_next": None}  # 95 % >= 90 %
    data = _score("partial.yaml", args=("--criteria", plan))
    # 18.428 % is below both bands; group B starts at 80 points of 100: 80 - 18.428 = 61.572
    assert data["band"] == {"name": None, "next": "Nhóm B", "to_next": Decimal("61.572")}
    out = run_par(
        "--criteria", plan, "score", "-i", str(ACTUALS / "partial.yaml"), env={"COLUMNS": "200"}
    ).stdout
    assert "Band: below every band; 61.572 more points reach Nhóm B" in out


def test_bundled_plan_defines_no_bands() -> None:
    assert _score("at_target.yaml")["band"] is None


def test_input_is_required() -> None:
    result = run_par("score")
    assert result.exit_code == 2
    assert "--input" in result.stderr


BAD = FIXTURES / "bad_actuals"
# fixture -> (line:column, words the message must hold)
BAD_CASES = {
    "unknown_id": ("4:3", "'9.9' is not a criterion of the plan"),
    "typo_id": ("4:3", "'1.10' is not a criterion of the plan (did you mean '1.1'?)"),
    "unquoted_1_10": ("4:3", "'1.10' is not a criterion of the plan (did you mean '1.1'?)"),
    "field_id": ("4:3", "'3' is a field, not a criterion (score its criteria 3.1 to 3.8)"),
    "above_max": ("4:10", "1.2: score 1.5 is above the maximum 1"),
    "appraised_above_max": ("4:32", "1.2: appraised score 2 is above the maximum 1"),
    "negative": ("4:10", "'-1' is negative"),
    "too_many_decimals": ("4:10", "'6.9281' has 4 decimals"),
    "not_a_number": ("4:10", "'one' is not a number"),
    "nan": ("4:10", "'.nan' is not a number"),
    "inf": ("4:10", "'.inf' is not a number"),
    "boolean": ("4:10", "'yes' is not a number"),
    "date": ("4:10", "'2024-01-03' is not a number"),
    "thousands_comma": ("4:10", "'1,000.5' mixes ',' and '.'"),
    "comma_then_point": ("4:10", "'6.928,5' mixes ',' and '.'"),
    "scored_and_not_applicable": ("3:10", "1.1 is scored here but marked not applicable at"),
    "duplicate_key": ("4:3", "duplicate key '1.1'"),
    "anchor_alias": ("3:10", "anchor '&two' is not allowed"),
    "empty": ("1:1", "the file is empty"),
    "top_level_list": ("1:1", "a scores file must be a mapping of keys"),
    "deep_nesting": ("1:", "nested too deeply (at most 64 levels)"),
    "unknown_key": ("2:1", "unknown key 'scroes' (did you mean 'scores'?)"),
    "unknown_entry_key": ("4:21", "unknown key 'evidance' (did you mean 'evidence'?)"),
    "year_mismatch": ("1:7", "the scores are for 2023 but the plan is for 2024"),
    "unknown_unit": ("1:7", "unit 'Phòng Ngoại vụ' is not a unit of the plan"),
    "tabs": ("3:1", "a tab character is used for indentation"),
    "binary": ("1:1", "the file is not UTF-8 text"),
}


def test_every_bad_fixture_has_a_case() -> None:
    assert sorted(p.stem for p in BAD.glob("*.yaml")) == sorted(BAD_CASES)


@pytest.mark.parametrize("name", sorted(BAD_CASES))
def test_bad_scores_file_is_refused_in_one_line(name: str) -> None:
    where, words = BAD_CASES[name]
    path = BAD / f"{name}.yaml"
    assert_refused(run_par("score", "--input", str(path)), path, where, words)


def test_fifty_mib_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    with path.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024)  # a sparse 50 MiB file: refused before it is read
    result = run_par("score", "--input", str(path))
    assert result.exit_code == 1
    assert "larger than 16 MiB" in result.stderr
