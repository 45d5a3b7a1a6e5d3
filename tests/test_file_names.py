"""A file name that is not valid UTF-8 (b'b\\xff.yaml', which Python holds as 'b\\udcff.yaml') is
shown escaped, b\\xff.yaml, and never stops an output: people see the byte, JSON gives scripts
the name back as os.fsdecode gives it."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from helpers import run_par

EXAMPLE = Path(__file__).parent.parent / "examples" / "actuals_2024.yaml"


@pytest.fixture
def odd(tmp_path: Path) -> Path:
    path = tmp_path / os.fsdecode(b"b\xff.yaml")
    try:
        shutil.copyfile(EXAMPLE, path)
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system takes only UTF-8 names")
    return path


@pytest.mark.parametrize("command", ["score", "compare", "gaps"])
@pytest.mark.parametrize("format_name", ["table", "json", "csv", "markdown", "html"])
def test_a_name_that_is_not_utf8_never_stops_the_output(odd: Path, command: str, format_name: str) -> None:
    args = [command, str(odd)] if command == "compare" else [command, "--input", str(odd)]
    result = run_par(*args, "--format", format_name)
    assert result.exit_code == 0, result.stderr
    if format_name == "json":
        data = json.loads(result.stdout)
        files = [f["file"] for f in data["files"]] if command == "compare" else data.get("files", [])
        assert files == ([] if command == "gaps" else [str(odd)])  # os.fsencode gives the bytes back
    elif command != "gaps" and format_name != "csv":  # gaps names no file; score's CSV is per criterion
        assert (
            "b\\\\xff" if format_name == "markdown" else "b\\xff"
        ) in result.stdout  # Markdown escapes "\\"


@pytest.mark.parametrize(
    "args",
    [
        ["score", "--format", "docx"],
        ["score", "--format", "xlsx"],
        ["report"],
        ["report", "--format", "docx"],
        ["compare", "--format", "xlsx"],
    ],
)
def test_a_name_that_is_not_utf8_never_stops_a_file_output(
    odd: Path, tmp_path: Path, args: list[str]
) -> None:
    given = [args[0], str(odd)] if args[0] == "compare" else [args[0], "--input", str(odd)]
    result = run_par(*given, *args[1:], "--output", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "out").stat().st_size > 0


def test_an_error_names_the_file_escaped(tmp_path: Path) -> None:
    path = tmp_path / os.fsdecode(b"b\xff.yaml")
    try:
        path.write_text('scores:\n  "9.9": 1\n', encoding="utf-8")
    except (OSError, UnicodeEncodeError):
        pytest.skip("this file system takes only UTF-8 names")
    result = run_par("score", "--input", str(path))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {tmp_path}/b\\xff.yaml:2:3: '9.9' is not a criterion")
