"""`par compare`: several scores files ranked, figures from the fixtures' hand-computed totals."""

from __future__ import annotations

import json
from decimal import Decimal

from helpers import FIXTURES, run_par

ACTUALS = FIXTURES / "actuals"
FILES = [str(ACTUALS / name) for name in ("partial.yaml", "at_target.yaml", "appraisal.yaml")]


def test_ranks_three_files() -> None:
    result = run_par("compare", *FILES, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout, parse_float=Decimal)
    ranked = [
        (e["file"].rsplit("/", 1)[-1], e["rank"], e["index"], e["to_best"], e["to_target"])
        for e in data["files"]
    ]
    # at_target and appraisal both self-assess 95 (appraisal does not change the index): first, shared
    assert ranked == [
        ("appraisal.yaml", 1, 95, 0, Decimal("-0.5")),  # 95 - 95.5
        ("at_target.yaml", 1, 95, 0, Decimal("-0.5")),
        ("partial.yaml", 3, Decimal("18.428"), Decimal("-76.572"), Decimal("-77.072")),
    ]
    assert data["files"][2]["fields"]["3"] == Decimal("6.928")
    assert data["target"] == Decimal("95.5")


def test_table_and_markdown() -> None:
    out = run_par("compare", *FILES, env={"COLUMNS": "200"}).stdout
    assert "Comparison of 3 self-assessments" in out
    markdown = run_par("compare", *FILES, "--format", "markdown").stdout
    assert "| 3 |" in markdown and "18.428" in markdown


def test_a_bad_file_stops_everything_unless_keep_going() -> None:
    bad = str(FIXTURES / "bad_actuals" / "nan.yaml")
    stopped = run_par("compare", FILES[0], bad)
    assert stopped.exit_code == 1
    assert stopped.stdout == ""
    assert "'.nan' is not a number" in stopped.stderr
    going = run_par("compare", "--keep-going", FILES[0], bad, "--format", "json")
    assert going.exit_code == 0
    data = json.loads(going.stdout)
    assert [e["rank"] for e in data["files"]] == [1]
    assert data["failed"][0]["file"] == bad
    assert "'.nan' is not a number" in going.stderr
