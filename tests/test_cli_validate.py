"""`par validate`, `--criteria`, `--version`, as a user runs them."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from helpers import FIXTURES, run_par

MINI = FIXTURES / "criteria" / "mini.yaml"


def test_validate_bundled_plan_prints_summary_and_warnings() -> None:
    result = run_par("validate")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "Fields: 8" in out
    # the appendix's 45, and 8.6, which section 4.6 gives and the appendix does not list
    assert "Criteria: 46 criteria; not in the appendix: 8.6" in out
    assert re.search(r"Printed totals +100 +85\.401 +95\.5 *\n", out)
    assert "warning: field 1, 2023 score: printed 12, the rows below sum to 14 (difference -2)" in out
    assert "warning: field 8, maximum: printed 13, the appendix's rows sum to 12.5 (difference 0.5)" in out
    assert (
        "warning: field 8, 2024 target: printed 12, the appendix's rows sum to 11.5 (difference 0.5)" in out
    )
    assert result.stderr == ""


def test_validate_json_carries_exact_numbers() -> None:
    result = run_par("validate", "--format", "json")
    data = json.loads(result.stdout, parse_float=Decimal)
    assert (data["criteria"], data["unlisted"]) == (46, ["8.6"])
    assert data["totals"] == {"max": 100, "baseline": Decimal("85.401"), "target": Decimal("95.5")}
    assert '"baseline": 85.401' in result.stdout
    assert [(w["node"], w["column"], w["difference"]) for w in data["warnings"]] == [
        ("1", "baseline", -2),
        ("8", "max", Decimal("0.5")),
        ("8", "target", Decimal("0.5")),
    ]


def test_validate_csv_and_markdown() -> None:
    text = run_par("validate", "--format", "csv").stdout
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0]["baseline"] == "85.401"
    markdown = run_par("validate", "--format", "markdown").stdout
    assert "| Printed totals | 100 | 85.401 | 95.5 |" in markdown


def test_criteria_option_env_and_argument_select_the_plan() -> None:
    for args, env in [
        (["--criteria", str(MINI), "validate"], {}),
        (["validate", "--criteria", str(MINI)], {}),
        (["validate"], {"PAR_CRITERIA": str(MINI)}),
        (["validate", str(MINI)], {}),
    ]:
        result = run_par(*args, env=env)
        assert result.exit_code == 0, result.stderr
        assert "Mini plan" in result.stdout


def test_unknown_format_is_a_usage_error() -> None:
    result = run_par("validate", "--format", "xml")
    assert result.exit_code == 2
    formats = "table, json, csv, markdown, html, xlsx, docx"
    assert result.stderr == f"error: --format: 'xml' is not one of {formats}\n"


def test_version() -> None:
    result = run_par("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("par ")


def test_installed_par_runs_from_any_directory(tmp_path: Path) -> None:
    """The real console script, from a directory with no project files: the bundled plan is found."""
    env = {k: v for k, v in os.environ.items() if k != "PAR_CRITERIA"}
    par = Path(sys.executable).with_name("par")
    result = subprocess.run(
        [str(par), "validate"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "Criteria: 46" in result.stdout
    module = subprocess.run(
        [sys.executable, "-m", "par_cli", "--version"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert module.returncode == 0 and module.stdout.startswith("par ")


def test_installed_par_reports_bad_file_without_traceback(tmp_path: Path) -> None:
    par = Path(sys.executable).with_name("par")
    bad = FIXTURES / "bad_criteria" / "unknown_key.yaml"
    result = subprocess.run(
        [str(par), "validate", str(bad)], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
