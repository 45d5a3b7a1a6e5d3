"""Helpers for the tests: run `par` in-process as a user runs it, and where fixtures are."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from typer.testing import CliRunner

from par_cli.cli import run

FIXTURES = Path(__file__).parent / "fixtures"
WIDTH = "100"


@dataclass(frozen=True)
class Outcome:
    exit_code: int
    stdout: str
    stderr: str


def run_par(
    *args: str, env: dict[str, str | None] | None = None, input: bytes | str | None = None
) -> Outcome:
    """Run `par` in-process, through the same entry point as the installed command: stdout and
    stderr apart, the console 100 columns wide, English unless ``env`` says otherwise."""
    environment: dict[str, str | None] = {
        "COLUMNS": WIDTH,
        "NO_COLOR": "1",
        "PAR_CRITERIA": None,
        "PAR_LANG": None,
        "LC_ALL": None,
        "LC_MESSAGES": None,
        "LANG": "C.UTF-8",
        "PAR_DEBUG": "1",  # a bug raises here, instead of becoming one line and exit 70
    }
    environment.update(env or {})
    runner = CliRunner()
    with runner.isolation(input=input, env=environment) as streams:
        code = run(list(args))
        out, err = streams[0].getvalue(), streams[1].getvalue()
    return Outcome(code, out.decode("utf-8"), err.decode("utf-8"))


def assert_refused(result: Outcome, path: Path, where: str, words: str, severity: str = "error") -> None:
    """A bad file: exit 1, nothing on stdout, one line on stderr naming the place and the problem
    (``severity`` is "lỗi" in Vietnamese)."""
    assert result.exit_code == 1
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"{severity}: {path}:{where}")
    assert words in lines[0]
    assert "Traceback" not in result.stderr


EXAMPLE = Path(__file__).parent.parent / "examples" / "actuals_2024.yaml"


def example_texts() -> list[str]:
    """Every evidence citation, explanation, difficulty and proposal of examples/actuals_2024.yaml:
    what the submitted report must hold."""
    import yaml

    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    texts = [*data["difficulties"], *data["proposals"]]
    for entry in data["scores"].values():
        texts += entry.get("evidence", [])
        if entry.get("explanation"):
            texts.append(entry["explanation"])
    return texts


def assert_problem(result: Outcome, path: Path, code: object, where: str) -> None:
    """A bad file run with --format json: exit 1, one problem of ``code`` at ``where`` (line:column)
    in the records on stdout, and the same problem as one line on stderr."""
    import json

    assert result.exit_code == 1, result.stderr
    data = json.loads(result.stdout)
    assert (data["valid"], len(data["problems"]), data["more"]) == (False, 1, 0), data
    problem = data["problems"][0]
    assert problem["code"] == str(code)
    assert (problem["file"], f"{problem['line']}:{problem['column']}") == (str(path), where)
    assert result.stderr == f"error: {path}:{where}: {problem['message']}\n"
