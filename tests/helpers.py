"""Helpers for the tests: run `par` in-process with a fixed width, and where fixtures are."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner, Result

from par_cli.cli.app import app

FIXTURES = Path(__file__).parent / "fixtures"
WIDTH = "100"


def run_par(*args: str, env: dict[str, str] | None = None) -> Result:
    """Run `par` in-process; stdout and stderr stay apart, the console is 100 columns wide."""
    environment = {"COLUMNS": WIDTH, "NO_COLOR": "1", "PAR_CRITERIA": ""}
    environment.update(env or {})
    return CliRunner().invoke(app, list(args), env=environment, catch_exceptions=False)


def assert_refused(result: Result, path: Path, where: str, words: str) -> None:
    """A bad file: exit 1, nothing on stdout, one line on stderr naming the place and the problem."""
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error: {path}:{where}")
    assert words in lines[0]
    assert "Traceback" not in result.stderr
