"""Every bad criteria file gets one clear line on stderr, with its place, exit 1, nothing on stdout."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import EXAMPLE, FIXTURES, assert_problem, assert_refused, run_par

from par_cli.core.problems import Code

BAD = FIXTURES / "bad_criteria"

# fixture name -> (the problem's code, line:column): codes and places, never phrases (below)
CASES = {
    "above_max": (Code.ABOVE_MAX, "22:19"),
    "anchor_alias": (Code.ANCHOR, "21:14"),
    "bad_id": (Code.BAD_ID, "27:13"),
    "bad_unit_id": (Code.BAD_UNIT_ID, "11:9"),
    "band_above_100": (Code.BAND_ABOVE_100, "11:30"),
    "band_same_start": (Code.BAND_SAME_START, "12:35"),
    "binary": (Code.CONTROL_CHARACTER, "1:1"),
    "boolean_year": (Code.EXPECTED_WHOLE_NUMBER, "7:9"),
    "comments_only": (Code.EMPTY_FILE, "1:1"),
    "date_zero": (Code.EXPECTED_DATE, "11:28"),
    "deep_nesting": (Code.TOO_DEEP, "1:1006"),
    "duplicate_band": (Code.DUPLICATE_BAND, "12:12"),
    "duplicate_id": (Code.DUPLICATE_ID, "26:13"),
    "duplicate_key": (Code.DUPLICATE_KEY, "22:9"),
    "duplicate_unit": (Code.DUPLICATE_UNIT, "13:9"),
    "empty": (Code.EMPTY_FILE, "1:1"),
    "field_id_dot": (Code.FIELD_ID_DOT, "14:9"),
    "fields_typo": (Code.UNKNOWN_KEY, "12:1"),
    "title_at_top": (Code.UNKNOWN_KEY, "2:1"),
    "difference_in_criterion": (Code.UNKNOWN_KEY, "27:9"),
    "flow_task_list": (Code.FLOW_LIST_OF_TEXT, "25:15"),
    "grand_total": (Code.SUBTOTAL_MISMATCH, "32:8"),
    "group_in_group": (Code.GROUP_IN_GROUP, "20:15"),
    "id_not_under_field": (Code.ID_NOT_UNDER_PARENT, "26:13"),
    "inf": (Code.NOT_A_NUMBER, "21:14"),
    "lead_text_extra": (Code.LEAD_TEXT_EXTRA, "26:20"),
    "lead_text_mismatch": (Code.LEAD_TEXT_MISSING_UNIT, "25:20"),
    "lead_text_without_lead": (Code.LEAD_TEXT_WITHOUT_LEAD, "28:20"),
    "members_not_group": (Code.MEMBERS_NOT_GROUP, "13:14"),
    "mismatch_on_leaf": (Code.MISMATCH_ON_LEAF, "30:11"),
    "missing_key": (Code.MISSING_KEY, "19:9"),
    "multiple_documents": (Code.SEVERAL_DOCUMENTS, "35:1"),
    "nan": (Code.NOT_A_NUMBER, "21:14"),
    "negative": (Code.NEGATIVE_NUMBER, "22:19"),
    "no_fields": (Code.EXPECTED_SOME, "12:9"),
    "not_a_number": (Code.NOT_A_NUMBER, "21:14"),
    "not_in_plan": (Code.NOT_IN_PLAN, "17:16"),
    "not_yaml": (Code.YAML_SYNTAX, "2:8"),
    "part_of_group": (Code.PART_OF_GROUP, "19:14"),
    "part_of_part": (Code.PART_OF_PART, "18:14"),
    "scored_by_conflict": (Code.SCORED_BY_CONFLICT, "30:20"),
    "spelling_twice": (Code.SPELLING_TWICE, "13:5"),
    "stale_mismatch": (Code.STALE_MISMATCH, "19:7"),
    "subtotal_mismatch": (Code.SUBTOTAL_MISMATCH, "16:15"),
    "tabs": (Code.TAB_INDENT, "21:1"),
    "tag": (Code.TAG, "21:14"),
    "too_many_decimals": (Code.TOO_MANY_DECIMALS, "22:19"),
    "too_many_digits": (Code.TOO_MANY_DIGITS, "29:14"),
    "top_level_list": (Code.NOT_A_MAPPING, "1:1"),
    "top_level_text": (Code.NOT_A_MAPPING, "1:1"),
    "unknown_collector": (Code.UNKNOWN_UNIT, "10:14"),
    "unknown_scorer": (Code.UNKNOWN_UNIT, "36:17"),
    "scorer_group": (Code.SCORER_GROUP, "36:17"),
    "bad_abbreviation": (Code.BAD_ABBREVIATION, "10:17"),
    "unknown_key": (Code.UNKNOWN_KEY, "21:9"),
    "unknown_likely_owner": (Code.UNKNOWN_UNIT, "20:70"),
    "unknown_member": (Code.UNKNOWN_UNIT, "16:25"),
    "unknown_unit": (Code.UNKNOWN_UNIT, "24:16"),
    "wrong_mismatch_amount": (Code.MISMATCH_AMOUNT, "18:30"),
    "wrong_type": (Code.EXPECTED_LIST, "10:3"),
    "year_decimal": (Code.EXPECTED_WHOLE_NUMBER, "8:9"),
    "year_out_of_range": (Code.OUT_OF_RANGE, "8:9"),
    "year_underscore": (Code.EXPECTED_WHOLE_NUMBER, "8:9"),
    "unlisted_does_not_fit": (Code.UNLISTED_DOES_NOT_FIT, "15:10"),
    "baseline_and_not_applicable": (Code.BASELINE_AND_NOT_APPLICABLE, "28:34"),
    "baseline_na_branch": (Code.BASELINE_NA_BRANCH, "22:34"),
    "not_a_field": (Code.NOT_A_FIELD, "15:64"),
    "duplicate_adjustment": (Code.DUPLICATE_ADJUSTMENT, "18:14"),
}
# How each code reads, checked once, on one of its fixtures: code -> (fixture, words it holds)
WORDING = {
    Code.UNLISTED_DOES_NOT_FIT: (
        "unlisted_does_not_fit",
        "the rows it does not list (1.3) must make up 0.5, but they give 1",
    ),
    Code.BASELINE_AND_NOT_APPLICABLE: (
        "baseline_and_not_applicable",
        "criterion 1.2: has a baseline and is marked baseline_not_applicable",
    ),
    Code.BASELINE_NA_BRANCH: ("baseline_na_branch", "1.1 has rows below it: baseline_not_applicable goes on"),
    Code.NOT_A_FIELD: ("not_a_field", "'1.1' is not a field of the plan"),
    Code.DUPLICATE_ADJUSTMENT: ("duplicate_adjustment", "bonus or penalty item 'initiative' is given twice"),
    Code.ABOVE_MAX: ("above_max", "baseline (2030 score) 2.5 is above the maximum 2"),
    Code.ANCHOR: ("anchor_alias", "anchor '&m' is not allowed"),
    Code.BAD_ID: ("bad_id", "fields[0].criteria[1].id: '1.2 (b)' is not a criterion id"),
    Code.BAD_UNIT_ID: ("bad_unit_id", "units[0].id: 'Office-A' is not a unit id"),
    Code.BAND_ABOVE_100: ("band_above_100", "band 'Top' starts above 100 %"),
    Code.BAND_SAME_START: ("band_same_start", "bands 'Top' and 'Also top' both start at 90 %"),
    Code.CONTROL_CHARACTER: ("binary", "the file holds the control character #x0000"),
    Code.DUPLICATE_BAND: ("duplicate_band", "band 'Top' is defined twice"),
    Code.DUPLICATE_ID: ("duplicate_id", "id '1.1' is used twice"),
    Code.DUPLICATE_KEY: ("duplicate_key", "duplicate key 'max'"),
    Code.DUPLICATE_UNIT: ("duplicate_unit", "unit id 'office_a' is used twice"),
    Code.EMPTY_FILE: ("comments_only", "the file is empty"),
    Code.EXPECTED_DATE: (
        "date_zero",
        "plan.legal_bases[0].date: a date is expected here, written YYYY-MM-DD",
    ),
    Code.EXPECTED_LIST: ("wrong_type", "a list is expected here"),
    Code.EXPECTED_SOME: ("no_fields", "at least one entry is needed"),
    Code.EXPECTED_WHOLE_NUMBER: ("boolean_year", "a whole number is expected"),
    Code.FIELD_ID_DOT: ("field_id_dot", "field id '1.0' has a dot"),
    Code.FLOW_LIST_OF_TEXT: (
        "flow_task_list",
        "task: [ ... ] reads as 3 separate texts, split at each comma",
    ),
    Code.GROUP_IN_GROUP: ("group_in_group", "group 'all' cannot be a member"),
    Code.ID_NOT_UNDER_PARENT: ("id_not_under_field", "id '2.2' does not lie under '1'"),
    Code.LEAD_TEXT_EXTRA: ("lead_text_extra", "1.1: lead_text names 'Office Z', which lead lacks"),
    Code.LEAD_TEXT_MISSING_UNIT: ("lead_text_mismatch", "does not name unit 'office_a'"),
    Code.LEAD_TEXT_WITHOUT_LEAD: ("lead_text_without_lead", "1.2: lead_text is given but lead names no unit"),
    Code.MEMBERS_NOT_GROUP: ("members_not_group", "unit 'office_a' has members but is not a group"),
    Code.MISMATCH_AMOUNT: ("wrong_mismatch_amount", "mismatch recorded as 0.25 but it is 0.5"),
    Code.MISMATCH_ON_LEAF: ("mismatch_on_leaf", "1.2 has no rows below it to mismatch"),
    Code.MISSING_KEY: ("missing_key", "missing required key 'max'"),
    Code.NEGATIVE_NUMBER: ("negative", "'-1.5' is negative"),
    Code.NOT_A_MAPPING: ("top_level_list", "must be a mapping of keys"),
    Code.NOT_A_NUMBER: ("inf", "'.inf' is not a number"),
    Code.NOT_IN_PLAN: ("not_in_plan", "'1.9' is not the id of a field or criterion of the plan"),
    Code.OUT_OF_RANGE: ("year_out_of_range", "plan.year: a number of at most 2999 is expected here"),
    Code.PART_OF_GROUP: ("part_of_group", "'desk': a desk is part of a unit, never of a group"),
    Code.PART_OF_PART: ("part_of_part", "'counter' is part of 'desk', which is itself part of a unit"),
    Code.SCORED_BY_CONFLICT: (
        "scored_by_conflict",
        "1.2 is scored by the unit, but lies under 1, which is scored by survey",
    ),
    Code.SEVERAL_DOCUMENTS: ("multiple_documents", "more than one YAML document"),
    Code.SPELLING_TWICE: ("spelling_twice", "'Office A' names both units 'office_a' and 'office_b'"),
    Code.STALE_MISMATCH: ("stale_mismatch", "the recorded baseline (2030 score) mismatch no longer exists"),
    Code.SUBTOTAL_MISMATCH: ("grand_total", "max is printed as 4 but the rows below sum to 3"),
    Code.TAB_INDENT: ("tabs", "tab character"),
    Code.TAG: ("tag", "tag 'tag:yaml.org,2002:float' is not allowed"),
    Code.TOO_DEEP: ("deep_nesting", "nested too deeply"),
    Code.TOO_MANY_DECIMALS: ("too_many_decimals", "'1.2345' has 4 decimals"),
    Code.TOO_MANY_DIGITS: (
        "too_many_digits",
        "'10000000000' has more than 9 digits before the decimal separator",
    ),
    Code.UNKNOWN_KEY: ("fields_typo", "unknown key 'feilds' (did you mean 'fields'?)"),
    Code.UNKNOWN_UNIT: ("unknown_collector", "unknown unit 'office_b' (did you mean 'office_a'?)"),
    Code.YAML_SYNTAX: ("not_yaml", "not valid YAML"),
}


def test_every_fixture_has_a_case() -> None:
    assert sorted(p.stem for p in BAD.glob("*.yaml")) == sorted(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_file_is_refused_in_one_line(name: str) -> None:
    code, where = CASES[name]
    path = BAD / f"{name}.yaml"
    assert_problem(run_par("validate", str(path), "--format", "json"), path, code, where)


@pytest.mark.parametrize("code", sorted(WORDING))
def test_each_code_reads_as_documented(code: Code) -> None:
    name, words = WORDING[code]
    assert CASES[name][0] is code
    path = BAD / f"{name}.yaml"
    assert_refused(run_par("validate", str(path)), path, CASES[name][1], words)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing.yaml", "no such file (check the path)"),
        ("", "is a directory, not a file (give the path of a plan's YAML file of criteria)"),
    ],
)
def test_unreadable_paths(tmp_path: Path, name: str, message: str) -> None:
    path = tmp_path / name if name else tmp_path
    result = run_par("validate", str(path))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"error: {path}: {message}\n"


# a folder where a file is asked: the hint names the kind of file asked for
FOLDER_GIVEN = [
    (["--criteria", "{dir}", "gaps"], "give the path of a plan's YAML file of criteria"),
    (
        ["score", "--input", "{dir}"],
        "give the path of a scores file: YAML, or a workbook .xlsx, .xls or .ods",
    ),
    (
        ["evidence", "check", "--input", "{example}", "--against", "{dir}"],
        "give the path of a .zip bundle made by par evidence bundle",
    ),
]
FOLDER_GIVEN_VI = [
    "hãy chỉ đường dẫn tới tệp YAML tiêu chí của một kế hoạch",
    "hãy chỉ đường dẫn tới một tệp điểm: YAML, hoặc bảng tính .xlsx, .xls hay .ods",
    "hãy chỉ đường dẫn tới tệp nén .zip do par evidence bundle tạo",
]


@pytest.mark.parametrize("case", range(len(FOLDER_GIVEN)))
def test_a_folder_where_a_file_is_asked_names_the_file_wanted(tmp_path: Path, case: int) -> None:
    template, english = FOLDER_GIVEN[case]
    args = [a.format(dir=tmp_path, example=EXAMPLE) for a in template]
    result = run_par(*args)
    assert result.stderr == f"error: {tmp_path}: is a directory, not a file ({english})\n"
    result = run_par("--lang", "vi", *args)
    assert result.stderr == f"lỗi: {tmp_path}: là một thư mục, không phải tệp ({FOLDER_GIVEN_VI[case]})\n"


def test_oversized_file_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as stream:
        stream.truncate(65 * 1024 * 1024)  # sparse: over the 64 MiB limit, refused before it is read
    result = run_par("validate", str(path))
    assert result.exit_code == 1
    assert "larger than 64 MiB" in result.stderr


def test_alias_bomb_is_refused_at_once(tmp_path: Path) -> None:
    levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for i in range(1, 9):
        levels.append(f"{chr(97 + i)}: &{chr(97 + i)} [" + ",".join([f"*{chr(96 + i)}"] * 9) + "]")
    path = tmp_path / "bomb.yaml"
    path.write_text("\n".join(levels) + "\n")
    result = run_par("validate", str(path))
    assert result.exit_code == 1
    assert "anchor '&a' is not allowed" in result.stderr
