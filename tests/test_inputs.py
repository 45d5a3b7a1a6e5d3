"""Inputs read once: standard input, FIFOs, files that change, and files with thousands of problems."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from helpers import FIXTURES, run_par

SCORES = FIXTURES / "actuals" / "partial.yaml"
MINI = FIXTURES / "criteria" / "mini.yaml"


def test_scores_from_standard_input() -> None:
    result = run_par("score", "-i", "-", input=SCORES.read_bytes())
    assert result.exit_code == 0, result.stderr
    assert "Scores from: <stdin>" in result.stdout
    piped_and_named = run_par(
        "score", "-i", "-", "-i", str(FIXTURES / "actuals" / "appraisal.yaml"), input=b"scores:\n"
    )
    assert piped_and_named.exit_code == 0, piped_and_named.stderr


def test_standard_input_is_read_once() -> None:
    result = run_par("score", "-i", "-", "-i", "-", input=b"scores:\n")
    assert result.exit_code == 2
    assert result.stderr == "error: standard input ('-') can be read only once\n"


def test_problems_on_standard_input_are_located() -> None:
    result = run_par("score", "-i", "-", input=b'scores:\n  "1.1": 2\n  "1.1": 3\n')
    assert result.exit_code == 1
    assert (
        result.stderr
        == "error: <stdin>:3:3: duplicate key '1.1' (each key may appear once; remove or rename one)\n"
    )


def test_a_fifo_without_writer_reads_as_empty_and_never_hangs(tmp_path: Path) -> None:
    fifo = tmp_path / "scores.yaml"
    os.mkfifo(fifo)
    command = [sys.executable, "-m", "par_cli", "score", "-i", str(fifo)]
    result = subprocess.run(
        command, capture_output=True, text=True, timeout=30, env={**os.environ, "PAR_LANG": "en"}
    )
    assert result.returncode == 1
    assert result.stderr == f"error: {fifo}:1:1: the file is empty (fill it in, or give another file)\n"


def test_a_fifo_with_a_writer_is_read(tmp_path: Path) -> None:
    fifo = tmp_path / "scores.yaml"
    os.mkfifo(fifo)

    def write() -> None:
        with fifo.open("wb") as stream:
            stream.write(SCORES.read_bytes())

    writer = threading.Thread(target=write)
    writer.start()
    result = run_par("score", "-i", str(fifo))
    writer.join(timeout=30)
    assert result.exit_code == 0, result.stderr


def test_each_input_is_opened_once_even_when_it_is_wrong(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Problems are located in the bytes read, never by reading the file again (it may have changed)."""
    bad = tmp_path / "bad.yaml"
    bad.write_text('scores:\n  "9.9": 1\n  "1.1": 99\n', encoding="utf-8")
    opened: list[str] = []
    real_open = os.open

    def counting_open(path: object, *args: object, **kwargs: object) -> int:
        opened.append(str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", counting_open)
    result = run_par("score", "-i", str(bad))
    assert result.exit_code == 1
    assert len(result.stderr.splitlines()) == 2
    assert opened.count(str(bad)) == 1


def test_a_file_rewritten_after_it_is_read_does_not_matter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Problems are located in the bytes read, never in the file read again: another program
    empties the file just after par reads it, and the message still points into what was read."""
    import par_cli.core.actuals as actuals

    bad = tmp_path / "bad.yaml"
    bad.write_text('scores:\n  "9.9": 1\n', encoding="utf-8")
    real = actuals.read_bytes
    rewritten: list[str] = []

    def read_then_rewrite(path: object, max_bytes: int) -> bytes:
        data = real(path, max_bytes)  # type: ignore[arg-type]
        if Path(str(path)) == bad:
            bad.write_text("# emptied by another program\n", encoding="utf-8")
            rewritten.append(str(path))
        return data

    # The name the scores loader calls, not the one it was imported from.
    monkeypatch.setattr(actuals, "read_bytes", read_then_rewrite)
    result = run_par("score", "-i", str(bad))
    assert rewritten == [str(bad)]  # the patch took effect: the file really changed under par
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {bad}:2:3: '9.9' is not a criterion of the plan")


def test_ten_thousand_problems_are_capped(tmp_path: Path) -> None:
    path = tmp_path / "unknown.yaml"
    path.write_text("scores:\n" + "".join(f'  "99.{n}": 1\n' for n in range(1, 10_001)), encoding="utf-8")
    result = run_par("score", "-i", str(path))
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert len(lines) == 51
    # field 99 is none of the plan's 8: no criterion to suggest
    assert (
        lines[0]
        == f"error: {path}:2:3: '99.1' is not a criterion of the plan (use the ids of the plan, e.g. \"3.4\")"
    )
    assert lines[-1] == "error: ... and 9950 more problems (fix these first)"


def test_json_format_gives_problems_as_records(tmp_path: Path) -> None:
    bad = FIXTURES / "bad_criteria" / "unknown_key.yaml"
    result = run_par("validate", str(bad), "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data == {
        "valid": False,
        "problems": [
            {
                "code": "unknown-key",
                "file": str(bad),
                "line": 21,
                "column": 9,
                "cell": None,
                "message": "fields[0].criteria[0].maxx: unknown key 'maxx' (did you mean 'max'?)",
                "severity": "error",
            }
        ],
        "more": 0,
    }
    assert result.stderr.startswith(f"error: {bad}:21:9:")  # people still read stderr
    vietnamese = json.loads(run_par("validate", str(bad), "-f", "json", "--lang", "vi").stdout)
    assert vietnamese["problems"][0]["code"] == "unknown-key"  # codes never change with the language
    assert "khóa không hợp lệ 'maxx'" in vietnamese["problems"][0]["message"]
