"""`par --version`: what a bug report needs (the version, the Python, the bundled plan, the file in
use), answered without typer, pydantic or the YAML parser; the version written in one place."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from helpers import FIXTURES, run_par

import par_cli
from par_cli.readers.bundled import bundled_plan_path, plan_heading

ROOT = Path(__file__).resolve().parent.parent
MINI = FIXTURES / "criteria" / "mini.yaml"
TITLE = "Duy trì, cải thiện và nâng cao Chỉ số Cải cách hành chính (PAR INDEX) huyện Đắk R'Lấp năm 2024"
PYTHON = ".".join(str(part) for part in sys.version_info[:3])


def test_version_names_the_bundled_plan_and_the_file_in_use() -> None:
    result = run_par("--version")
    assert result.exit_code == 0
    assert result.stderr == ""
    assert result.stdout.splitlines() == [
        f"par {par_cli.__version__} (Python {PYTHON})",
        f"Bundled plan: {TITLE} (2024)",
        f"Bundled plan file: {ROOT / 'data' / 'criteria_2024.yaml'}",
        "Criteria file in use: the bundled plan",
    ]


@pytest.mark.parametrize(
    ("args", "env", "source"),
    [
        (["--version"], {"PAR_CRITERIA": str(MINI)}, "PAR_CRITERIA"),
        (["--criteria", str(MINI), "--version"], {}, "--criteria"),
        (["--version", f"--criteria={MINI}"], {"PAR_CRITERIA": "other.yaml"}, "--criteria"),
    ],
)
def test_version_names_the_criteria_file_given(args: list[str], env: dict[str, str], source: str) -> None:
    result = run_par(*args, env=env)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[1] == f"Bundled plan: {TITLE} (2024)"
    assert lines[3] == f"Criteria file in use: {MINI} (from {source}): Mini plan (2031)"


def test_version_of_a_file_that_cannot_be_read_still_answers(tmp_path: Path) -> None:
    result = run_par("--version", env={"PAR_CRITERIA": str(tmp_path / "nope.yaml")})
    assert result.exit_code == 0
    assert result.stdout.splitlines()[3] == (
        f"Criteria file in use: {tmp_path / 'nope.yaml'} (from PAR_CRITERIA): title and year not found"
    )


def test_version_in_vietnamese() -> None:
    lines = run_par("--lang", "vi", "--version").stdout.splitlines()
    assert lines[1] == f"Kế hoạch đi kèm: {TITLE} (2024)"
    assert lines[3] == "Tệp tiêu chí đang dùng: kế hoạch đi kèm"


@pytest.mark.parametrize(
    ("args", "first"),
    [
        (["--version", "gaps"], "par "),  # click too answers --version before looking at the command
        (["--version", "-h"], "par "),
        (["-h", "--version"], "Usage: par"),
    ],
)
def test_version_or_help_whichever_comes_first(args: list[str], first: str) -> None:
    result = run_par(*args)
    assert result.exit_code == 0
    assert result.stdout.startswith(first)


def test_version_loads_neither_typer_nor_the_core() -> None:
    heavy = "{'typer', 'click', 'rich', 'pydantic', 'yaml'}"
    code = (
        "import sys; from par_cli.cli import run; run(['--version']); "
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & {heavy}))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"


def test_the_version_is_written_once() -> None:
    """pyproject.toml takes it from par_cli.__version__; the installed metadata says the same."""
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'dynamic = ["version"]' in pyproject
    assert 'version = { attr = "par_cli.__version__" }' in pyproject
    assert metadata.version("par-cli") == par_cli.__version__


def test_the_bundled_plan_is_found_in_the_package_data() -> None:
    assert Path(bundled_plan_path()) == ROOT / "data" / "criteria_2024.yaml"


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("plan:\n  title: A: b # a comment\n  year: 2025   # one more\nfields: []\n", ("A: b", "2025")),
        ("# a comment\nplan:\n  title: 'It''s'\n  year: \"2025\"\n", ("It's", "2025")),
        ("plan:\n  title: A title that\n    goes on\n  year: 2025\n", ("A title that goes on", "2025")),
        ("\ufeffplan:\r\n    title: T\r\n    year: 2030\r\n", ("T", "2030")),
        ("fields:\n  - title: no\nplan:\n  title: T\n  year: 2030\nmore:\n  title: no\n", ("T", "2030")),
        ("plan:\n  legal_bases:\n    - title: not the plan's\n  year: 2025\n", None),
        ("plan:\n  title: >\n    folded\n  year: 2025\n", None),
        ("plan: {title: T, year: 2025}\n", None),
        ("plan:\n  title: T\n", None),
        ("", None),
    ],
)
def test_plan_heading_from_the_text(text: str, heading: tuple[str, str] | None, tmp_path: Path) -> None:
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8", newline="")
    assert plan_heading(path) == heading


def test_plan_heading_of_what_cannot_be_read(tmp_path: Path) -> None:
    assert plan_heading(tmp_path / "nope.yaml") is None
    assert plan_heading(tmp_path) is None
