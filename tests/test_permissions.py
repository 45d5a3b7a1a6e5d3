"""An input `par` may not read is a problem like any other (permission-denied: exit 1, one line in
the reader's language, a JSON record, and `compare --keep-going` goes on), never click's English
"is not readable" and exit 2. Root reads whatever the permissions say: these tests lock a file
by making the system call refuse, and once for real as another user where the machine allows."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

import pytest
from helpers import run_par

EXAMPLE = Path(__file__).parent.parent / "examples" / "actuals_2024.yaml"


@pytest.fixture
def locked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the example that the system refuses to open, as it would for another user's file
    (and says so when asked beforehand, as click's path check asks)."""
    path = tmp_path / "locked.yaml"
    path.write_bytes(EXAMPLE.read_bytes())
    real_open = os.open

    def refusing_open(name: Any, *args: Any, **kwargs: Any) -> int:
        if Path(os.fsdecode(name)) == path:
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, *args, **kwargs)

    def refusing_access(name: Any, mode: int, *args: Any, **kwargs: Any) -> bool:
        return Path(os.fsdecode(name)) != path and real_access(name, mode, *args, **kwargs)

    real_access = os.access
    monkeypatch.setattr(os, "open", refusing_open)
    monkeypatch.setattr(os, "access", refusing_access)  # what a check before opening would ask
    return path


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "error: {}: permission denied (check the file's permissions)\n"),
        ("vi", "lỗi: {}: không có quyền đọc tệp (kiểm tra quyền truy cập tệp)\n"),
    ],
)
def test_an_unreadable_input_is_permission_denied(locked: Path, language: str, said: str) -> None:
    for args in (["score", "-i"], ["gaps", "-i"], ["validate"], ["rollover", "-i"]):
        result = run_par("--lang", language, *args, str(locked))
        assert (result.exit_code, result.stdout, result.stderr) == (1, "", said.format(locked))


def test_an_unreadable_input_is_a_json_record(locked: Path) -> None:
    result = run_par("score", "-i", str(locked), "--format", "json")
    assert result.exit_code == 1
    [problem] = json.loads(result.stdout)["problems"]
    assert (problem["code"], problem["file"]) == ("permission-denied", str(locked))


def test_compare_keep_going_goes_on_past_an_unreadable_file(locked: Path) -> None:
    result = run_par("compare", "--keep-going", str(locked), str(EXAMPLE), "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert [f["file"] for f in data["files"]] == [str(EXAMPLE)]
    assert [(f["file"], f["errors"][0]["code"]) for f in data["failed"]] == [
        (str(locked), "permission-denied")
    ]
    assert result.stderr == f"error: {locked}: permission denied (check the file's permissions)\n"


def _as_another_user() -> list[str] | None:
    """How to run a command as a user the file's permissions apply to: as is, or through setpriv
    when the tests run as root (permissions do not stop root)."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    return [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"] if setpriv else None


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_a_real_unreadable_file() -> None:
    prefix = _as_another_user()
    if prefix is None:
        pytest.skip("running as root, with no setpriv to run as another user")
    par = str(Path(sys.executable).with_name("par"))
    env = {**os.environ, "PAR_LANG": "vi", "NO_COLOR": "1"}
    env.pop("PAR_CRITERIA", None)
    if prefix:  # the environment may live where the other user cannot read (CI's private temp)
        probe = subprocess.run([*prefix, par, "--help"], env=env, capture_output=True, text=True, timeout=60)
        if probe.returncode != 0:
            pytest.skip(f"the other user cannot run this environment's par: {probe.stderr}")
    with tempfile.TemporaryDirectory() as folder:  # pytest's tmp_path is private to its user
        Path(folder).chmod(0o755)
        locked = Path(folder) / "locked.yaml"
        locked.write_bytes(EXAMPLE.read_bytes())
        locked.chmod(0)
        done = subprocess.run(
            [*prefix, par, "score", "-i", str(locked)], env=env, capture_output=True, text=True, timeout=60
        )
    said = f"lỗi: {locked}: không có quyền đọc tệp (kiểm tra quyền truy cập tệp)\n"
    assert (done.returncode, done.stderr) == (1, said)
