"""A refused value is quoted as written, or described when it is a list, a mapping or nothing:
never Python's repr of the converted value (a trial met "'['1']' is not a number" for [1])."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import FIXTURES, assert_refused, run_par

MINI = (FIXTURES / "criteria" / "mini.yaml").read_text(encoding="utf-8")

# name -> (the command's file: "scores" or "criteria", its text, line:column, English, Vietnamese)
CASES = {
    "score-list": (
        "scores",
        'year: 2024\nscores:\n  "1.1": [1]\n',
        "3:10",
        """scores["1.1"].score: a list is not a number""",
        """scores["1.1"].score: một danh sách không phải là số""",
    ),
    "score-mapping": (
        "scores",
        'year: 2024\nscores:\n  "1.1": {score: {a: 1}}\n',
        "3:18",
        """scores["1.1"].score: a mapping is not a number""",
        """scores["1.1"].score: một ánh xạ không phải là số""",
    ),
    "score-text": (
        "scores",
        'year: 2024\nscores:\n  "1.1": abc\n',
        "3:10",
        """scores["1.1"].score: 'abc' is not a number""",
        """scores["1.1"].score: 'abc' không phải là số""",
    ),
    "evidence-date-list": (  # the file named is the scores file itself: there, so only the date is wrong
        "scores",
        'year: 2024\nscores:\n  "1.1": {score: 1, evidence: [{file: evidence-date-list.yaml, date: [1]}]}\n',
        "3:70",
        """scores["1.1"].evidence[0].date: a list is not a date""",
        """scores["1.1"].evidence[0].date: một danh sách không phải là ngày""",
    ),
    "criterion-id-list": (
        "criteria",
        MINI.replace('      - id: "1.1"', "      - id: [1.1]"),
        "19:13",
        "fields[0].criteria[0].id: a list is not a criterion id",
        "fields[0].criteria[0].id: một danh sách không phải mã tiêu chí",
    ),
    "unit-id-nothing": (
        "criteria",
        MINI.replace("  - id: office_a", "  - id:"),
        "10:8",
        "units[0].id: an empty value is not a unit id",
        "units[0].id: giá trị rỗng không phải mã đơn vị",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
@pytest.mark.parametrize("language", ["en", "vi"])
def test_a_refused_value_is_quoted_as_written_or_described(tmp_path: Path, name: str, language: str) -> None:
    kind, text, where, english, vietnamese = CASES[name]
    path = tmp_path / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    command = ("score", "--input", str(path)) if kind == "scores" else ("validate", str(path))
    result = run_par("--lang", language, *command)
    words, severity = (english, "error") if language == "en" else (vietnamese, "lỗi")
    assert_refused(result, path, where, words, severity)
    assert "['" not in result.stderr and "None" not in result.stderr
