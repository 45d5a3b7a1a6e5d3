"""The runners of the README's evidence blocks: the YAML of an evidence file entry reads as it
says, and the commands of an office's round (init, check, bundle, check --against) run as written.

tests/test_readme.py registers and runs them, as it runs every README block."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import zipfile
from pathlib import Path

import pytest
from helpers import run_par

ROOT = Path(__file__).resolve().parent.parent


def evidence_file(block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Valid as written, beside the file it names: the entry's number, date and title read."""
    scores = tmp_path / "scores.yaml"
    scores.write_text(block, encoding="utf-8")
    named = re.search(r"- file: (.+)", block)
    assert named is not None
    source = ROOT / "examples" / "evidence" / named[1].strip()
    (tmp_path / named[1].strip()).parent.mkdir(parents=True)
    shutil.copy(source, tmp_path / named[1].strip())
    result = run_par("evidence", "check", "-i", str(scores), "--format", "json")
    assert result.exit_code == 0, result.stderr
    (row,) = json.loads(result.stdout)["files"]
    assert (row["criterion"], row["number"], row["date"]) == ("2.3", "85/QĐ-UBND", "2024-01-15")
    assert row["title"] == "Quyết định công bố danh mục văn bản hết hiệu lực"
    assert run_par("score", "-i", str(scores)).exit_code == 0


def evidence_commands(block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An office's round, in a scratch folder: the folders made, the example's documents filed in
    them, checked, bundled, and checked again against the bundle."""
    monkeypatch.chdir(tmp_path)
    shutil.copy(ROOT / "examples" / "tu_phap_ho_so.yaml", tmp_path / "tu_phap.yaml")
    commands = [
        shlex.split(line, comments=True)[1:] for line in block.splitlines() if line.startswith("par ")
    ]
    assert [c[:2] for c in commands] == [["evidence", "init"], ["evidence", "check"], ["evidence", "bundle"],
                                         ["evidence", "check"]]  # fmt: skip
    assert run_par(*commands[0]).exit_code == 0
    for path in (ROOT / "examples" / "evidence").rglob("*.pdf"):  # the offices file their documents
        target = tmp_path / "evidence" / path.relative_to(ROOT / "examples" / "evidence")
        assert target.parent.is_dir()  # in a folder init made
        shutil.copy(path, target)
    for command in commands[1:]:
        result = run_par(*command)
        assert result.exit_code == 0, result.stderr
    assert len(zipfile.ZipFile(tmp_path / "ho_so_kiem_chung.zip").namelist()) == 14
    assert "0 added, 0 changed, 0 moved, 0 removed, 6 unchanged" in result.stdout.replace("\n", " ")
