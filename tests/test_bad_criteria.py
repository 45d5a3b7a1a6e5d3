"""Every bad criteria file gets one clear line on stderr, with its place, exit 1, nothing on stdout."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import FIXTURES, assert_refused, run_par

BAD = FIXTURES / "bad_criteria"

# fixture name -> (line:column, words the message must hold)
CASES = {
    "empty": ("1:1", "the file is empty"),
    "comments_only": ("1:1", "the file is empty"),
    "not_yaml": ("2:8", "not valid YAML"),
    "tabs": ("21:1", "tab character"),
    "top_level_list": ("1:1", "must be a mapping of keys"),
    "top_level_text": ("1:1", "must be a mapping of keys"),
    "missing_key": ("19:9", "missing required key 'max'"),
    "unknown_key": ("21:9", "unknown key 'maxx' (did you mean 'max'?)"),
    "negative": ("22:19", "'-1.5' is negative"),
    "not_a_number": ("21:14", "'two' is not a number"),
    "nan": ("21:14", "'.nan' is not a number"),
    "inf": ("21:14", "'.inf' is not a number"),
    "too_many_decimals": ("22:19", "'1.2345' has 4 decimals"),
    "deep_nesting": ("1:", "nested too deeply"),
    "duplicate_key": ("22:9", "duplicate key 'max'"),
    "anchor_alias": ("21:14", "anchor '&m' is not allowed"),
    "boolean_year": ("7:9", "a whole number is expected"),
    "unknown_unit": ("24:16", "unknown unit 'office_b' (did you mean 'office_a'?)"),
    "id_not_under_field": ("26:13", "id '2.2' does not lie under '1'"),
    "duplicate_id": ("26:13", "id '1.1' is used twice"),
    "above_max": ("22:19", "baseline 2.5 is above the maximum 2"),
    "subtotal_mismatch": ("16:15", "baseline is printed as 2.5 but the rows below sum to 2 (difference 0.5)"),
    "stale_mismatch": ("19:7", "the recorded baseline mismatch no longer exists"),
    "wrong_mismatch_amount": ("18:30", "mismatch recorded as 0.25 but it is 0.5"),
    "grand_total": ("32:8", "max is printed as 4 but the rows below sum to 3"),
    "lead_text_mismatch": ("25:20", "does not name unit 'office_a'"),
    "multiple_documents": ("35:1", "more than one YAML document"),
    "tag": ("21:14", "tag 'tag:yaml.org,2002:float' is not allowed"),
    "no_fields": ("12:9", "at least one entry is needed"),
    "wrong_type": ("10:3", "a list is expected here"),
    "binary": ("1:1", "the file holds the control character #x0000"),
    "fields_typo": ("12:1", "unknown key 'feilds' (did you mean 'fields'?)"),
    # the plan's cross-checks, one fixture each (each file says in its first line what is wrong)
    "duplicate_unit": ("13:9", "unit id 'office_a' is used twice"),
    "spelling_twice": ("13:5", "'Office A' names both units 'office_a' and 'office_b'"),
    "members_not_group": ("13:14", "unit 'office_a' has members but is not a group"),
    "group_in_group": ("20:15", "group 'all' cannot be a member"),
    "unknown_member": ("16:25", "unknown unit 'ofice_b' (did you mean 'office_a'?)"),
    "band_above_100": ("11:30", "band 'Top' starts above 100 %"),
    "duplicate_band": ("12:12", "band 'Top' is defined twice"),
    "scored_by_conflict": ("30:20", "1.2 is scored by the unit, but lies under 1, which is scored by survey"),
    "part_of_group": ("19:14", "'desk': a desk is part of a unit, never of a group"),
    "part_of_part": ("18:14", "'counter' is part of 'desk', which is itself part of a unit"),
    "unknown_likely_owner": ("20:70", "unknown unit 'office_z' (did you mean 'office_a'?)"),
    "lead_text_extra": ("26:20", "1.1: lead_text names 'Office Z', which lead lacks"),
    "lead_text_without_lead": ("28:20", "1.2: lead_text is given but lead names no unit"),
    "mismatch_on_leaf": ("30:11", "1.2 has no rows below it to mismatch"),
    "unknown_collector": ("10:14", "unknown unit 'office_b' (did you mean 'office_a'?)"),
    "unknown_scorer": ("36:17", "unknown unit 'ofice_a' (did you mean 'office_a'?)"),
    "scorer_group": ("36:17", "'all' is a group of units, and a group fills in no form"),
    "field_id_dot": ("14:9", "field id '1.0' has a dot"),
    "not_in_plan": ("17:16", "'1.9' is not the id of a field or criterion of the plan"),
    "bad_unit_id": ("11:9", "units[0].id: 'Office-A' is not a unit id"),
    "bad_abbreviation": (
        "10:17",
        "plan.abbreviation: 'UB/ND' cannot end a document's number (No. 12/BC-UB/ND)",
    ),
    "bad_id": ("27:13", "fields[0].criteria[1].id: '1.2 (b)' is not a criterion id"),
    "year_out_of_range": ("8:9", "plan.year: a number of at most 2999 is expected here"),
    "flow_task_list": ("25:15", "task: [ ... ] reads as 3 separate texts, split at each comma"),
    "too_many_digits": ("29:14", "'10000000000' has more than 9 digits before the decimal separator"),
}


def test_every_fixture_has_a_case() -> None:
    assert sorted(p.stem for p in BAD.glob("*.yaml")) == sorted(CASES)


@pytest.mark.parametrize("name", sorted(CASES))
def test_bad_file_is_refused_in_one_line(name: str) -> None:
    where, words = CASES[name]
    path = BAD / f"{name}.yaml"
    assert_refused(run_par("validate", str(path)), path, where, words)


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("missing.yaml", "no such file (check the path)"),
        ("", "is a directory, not a file (give the path of a .yaml file, or of an .xlsx workbook of scores)"),
    ],
)
def test_unreadable_paths(tmp_path: Path, name: str, message: str) -> None:
    path = tmp_path / name if name else tmp_path
    result = run_par("validate", str(path))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == f"error: {path}: {message}\n"


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
