"""Ctrl-C at any moment, from the first statement of `par`'s own code on (par_cli/__main__.py),
exits 130 and says nothing: no traceback while typer and pydantic are imported, none while the
command runs or writes. (Before that, only Python's own start-up runs.)"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

PAR = Path(sys.executable).with_name("par")
STATUS = Path("/proc/self/status")


def _catches_sighup(pid: int) -> bool:
    """Whether the process has its own SIGHUP handler: par's entry point sets it just after SIGINT's."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return True  # gone already
    caught = next(line for line in status.splitlines() if line.startswith("SigCgt:"))
    return bool(int(caught.split()[1], 16) & (1 << (signal.SIGHUP - 1)))


@pytest.mark.skipif(not STATUS.exists(), reason="reads a process's signal handlers from /proc")
@pytest.mark.parametrize("output", [False, True])
def test_ctrl_c_at_any_moment_exits_130_quietly(tmp_path: Path, output: bool) -> None:
    env = {**os.environ, "PAR_LANG": "en", "COLUMNS": "100"}
    env.pop("PAR_CRITERIA", None)
    outcomes = []
    for moment in range(10):  # from the entry point's first moment to past the end of the command
        target = tmp_path / f"out{moment}.md"
        args = ["gaps", "--format", "markdown", *(["--output", str(target)] if output else [])]
        child = subprocess.Popen(
            [str(PAR), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True
        )
        while not _catches_sighup(child.pid):
            time.sleep(0.0002)
        time.sleep(moment * moment * 0.003)  # 0 to 0.25 s: imports, loading, rendering, writing
        child.send_signal(signal.SIGINT)
        _, stderr = child.communicate(timeout=60)
        outcomes.append(child.returncode)
        assert stderr == "", (moment, stderr)
        # 130; or, when par had finished and Python was ending (it then gives SIGINT its default
        # action back), ended by the signal itself, which a shell reports as 130 too
        assert child.returncode in (130, 0, -signal.SIGINT), (moment, child.returncode)
        assert [p.name for p in tmp_path.iterdir()] in ([], [target.name]), "a temporary file was left"
        if target.exists():
            assert child.returncode == 0
            target.unlink()
    assert outcomes.count(130) >= 5  # most moments fell while par was working
