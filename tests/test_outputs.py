"""Outputs that never crash: a full disk, a closed stream, an encoding that lacks a letter, a
signal mid-write, an --output that must not be replaced. One line, the right exit code, and
never a leftover temporary file or a half-written output."""

from __future__ import annotations

import io
import json
import os
import resource
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import FIXTURES, run_par

from par_cli.__main__ import stop
from par_cli.cli.failures import Usage
from par_cli.cli.output import write_file
from par_cli.cli.streams import Stdout

SCORES = FIXTURES / "actuals" / "partial.yaml"


def par_process(
    *args: str, env: dict[str, str] | None = None, stdout: object = subprocess.PIPE, **options: object
) -> subprocess.CompletedProcess[str]:
    """The real command, in a process of its own (signals, file descriptors, limits)."""
    environment = {**os.environ, "PAR_LANG": "en", "COLUMNS": "100", "PYTHONIOENCODING": "utf-8"}
    environment.pop("PAR_CRITERIA", None)
    environment.update(env or {})
    command = [sys.executable, "-m", "par_cli", *args]
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        command, stdout=stdout, stderr=subprocess.PIPE, text=True, env=environment, timeout=60, **options
    )


def one_error_line(stderr: str) -> str:
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


# -- stdout ------------------------------------------------------------------------------------


def test_closed_stdout_is_one_line() -> None:
    result = subprocess.run(
        f"{sys.executable} -m par_cli gaps >&-", shell=True, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 1
    assert one_error_line(result.stderr) == "error: <stdout>: cannot write: the stream is closed"


def test_full_disk_on_stdout_is_one_line() -> None:
    with open("/dev/full", "w") as full:
        result = par_process("gaps", stdout=full)
    assert result.returncode == 1
    assert one_error_line(result.stderr) == "error: <stdout>: cannot write: no space left on the device"


def test_ascii_stdout_says_which_letter_it_cannot_show() -> None:
    result = par_process("gaps", env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 1
    assert result.stdout == ""
    line = one_error_line(result.stderr)
    assert line.startswith("error: <stdout>: its encoding ascii cannot show")
    assert "(set PYTHONIOENCODING=utf-8, or write to a file with --output (always UTF-8))" in line


def test_vietnamese_code_page_spells_tone_marks_apart() -> None:
    """cp1258 (a Vietnamese Windows redirect) lacks most precomposed letters but has the tone marks."""
    result = subprocess.run(
        [sys.executable, "-m", "par_cli", "gaps", "--lang", "vi"],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "cp1258", "COLUMNS": "200"},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    import unicodedata

    text = unicodedata.normalize("NFC", result.stdout.decode("cp1258"))
    assert "Các tiêu chí chưa đạt điểm tối đa theo kết quả năm 2023" in text
    assert "Cung cấp dịch vụ công trực tuyến" in text
    assert " -----" in text  # the table's rule, in a character the code page has


def test_broken_pipe_is_quiet() -> None:
    """`par by-unit --all -f html | head` (70 KB, more than a pipe holds): nothing to say, exit 1."""
    command = (
        f"{sys.executable} -m par_cli by-unit --all -f html | head -c 10 > /dev/null; echo "
        + "${PIPESTATUS[0]}"
    )
    result = subprocess.run(
        command, shell=True, executable="/bin/bash", capture_output=True, text=True, timeout=60
    )
    assert result.stderr == ""
    assert result.stdout == "1\n"


def test_a_dropped_stdout_leaves_its_stream_alone() -> None:
    """The finalizer closes a Stdout that is let go, perhaps after the stream it wraps was closed
    (a test runner's): nothing is flushed or closed then (Python 3.13 would print a warning)."""
    inner = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    Stdout(inner).close()
    assert not inner.closed
    inner.close()
    Stdout(inner).close()


@pytest.mark.parametrize("columns", ["0", "-1", "abc", "", "5", "99999999999999999999", "1e3", " 80 "])
def test_any_columns_value(columns: str) -> None:
    result = run_par("summary", env={"COLUMNS": columns})
    assert result.exit_code == 0, result.stderr
    assert "The plan by field" in result.stdout


# -- files -------------------------------------------------------------------------------------


def test_disk_full_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(descriptor: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    target = tmp_path / "gaps.json"
    result = run_par("gaps", "--format", "json", "--output", str(target))
    assert result.exit_code == 1
    assert result.stderr == f"error: {target}: cannot write: no space left on the device\n"
    assert list(tmp_path.iterdir()) == []


def test_file_too_large_leaves_nothing(tmp_path: Path) -> None:
    """Past the file size limit (ulimit -f) a write fails instead of killing the process."""
    target = tmp_path / "report.html"

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    result = par_process("report", "--kind", "analysis", "--output", str(target), preexec_fn=limit)
    assert result.returncode == 1
    assert (
        one_error_line(result.stderr)
        == f"error: {target}: cannot write: the file is larger than the system allows"
    )
    assert list(tmp_path.iterdir()) == []


def test_permission_denied_at_rename_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "gaps.csv"
    target.write_text("old", encoding="utf-8")

    def refused(source: object, destination: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refused)
    result = run_par("gaps", "--format", "csv", "--output", str(target), "--force")
    assert result.exit_code == 1
    assert result.stderr == f"error: {target}: cannot write: permission denied\n"
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["gaps.csv"]


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_mid_write_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, signum: int
) -> None:
    previous = signal.signal(signum, stop)
    try:
        monkeypatch.setattr(os, "fsync", lambda descriptor: os.kill(os.getpid(), signum))
        with pytest.raises(SystemExit) as stopped:
            write_file(tmp_path / "out.html", b"<html>", force=False)
        assert stopped.value.code == 128 + signum
    finally:
        signal.signal(signum, previous)
    assert list(tmp_path.iterdir()) == []


def test_a_fifo_or_device_is_never_an_output(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for target in (fifo, Path(os.devnull)):
        result = run_par("gaps", "--output", str(target), "--force")
        assert result.exit_code == 2
        assert result.stderr.startswith(f"error: {target}: is not a regular file")
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_an_input_is_never_the_output(tmp_path: Path) -> None:
    scores = tmp_path / "scores.yaml"
    scores.write_bytes(SCORES.read_bytes())
    link = tmp_path / "link.yaml"
    link.symlink_to(scores)
    for target in (scores, link):
        result = run_par("score", "-i", str(scores), "--output", str(target), "--force")
        assert result.exit_code == 2
        assert result.stderr == f"error: {target}: is one of this command's inputs (write to another file)\n"
    plan = tmp_path / "plan.yaml"
    plan.write_bytes((FIXTURES / "criteria" / "mini.yaml").read_bytes())
    result = run_par("validate", str(plan), "--output", str(plan), "--force")
    assert result.exit_code == 2
    assert scores.read_bytes() == SCORES.read_bytes()


def test_a_dangling_symlink_needs_force(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    target.symlink_to(tmp_path / "nowhere" / "out.json")
    refused = run_par("gaps", "--format", "json", "--output", str(target))
    assert refused.exit_code == 2
    assert refused.stderr == f"error: {target}: exists (add --force to replace it)\n"
    assert run_par("gaps", "--format", "json", "--output", str(target), "--force").exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["total_gap"] == 14.599


def test_a_file_made_meanwhile_is_not_replaced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two runs writing one new file: the second finds the first's file at the last step, not before."""
    target = tmp_path / "out.txt"
    real_chmod = os.chmod

    def other_run_wins(path: object, mode: int) -> None:
        real_chmod(path, mode)  # type: ignore[arg-type]
        target.write_text("the other run", encoding="utf-8")

    monkeypatch.setattr(os, "chmod", other_run_wins)
    with pytest.raises(Usage):
        write_file(target, b"this run", force=False)
    assert target.read_text(encoding="utf-8") == "the other run"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_a_replaced_file_keeps_its_permissions(tmp_path: Path) -> None:
    target = tmp_path / "gaps.md"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    assert run_par("gaps", "--format", "markdown", "--output", str(target), "--force").exit_code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert target.read_text(encoding="utf-8").startswith("# Points lost")


@pytest.mark.parametrize("name", ["x" * 246 + ".txt", "ể" * 83 + ".md"])  # 250 and 252 bytes: legal names
def test_an_output_with_a_long_legal_name_is_written(tmp_path: Path, name: str) -> None:
    """The temporary file beside it takes a shortened name: it must fit the folder's NAME_MAX too."""
    target = tmp_path / name
    result = run_par("gaps", "--format", "markdown", "--output", str(target))
    assert result.exit_code == 0, result.stderr
    assert target.read_text(encoding="utf-8").startswith("# Points lost")
    assert [p.name for p in tmp_path.iterdir()] == [name]  # no temporary file left
