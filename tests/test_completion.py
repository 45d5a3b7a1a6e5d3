"""Shell completion as the README sets it up: typer's scripts for bash, zsh and PowerShell, written
by the installed command, and the completions the shells then ask it for. `par --help` stays as
it was: completion adds no option to it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import run_par

PAR = Path(sys.executable).with_name("par")


def par_with(env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    """The installed command, with these variables set (the way a shell's completion calls it)."""
    base = {k: v for k, v in os.environ.items() if not k.startswith(("_PAR", "_TYPER", "COMP_"))}
    return subprocess.run(
        [str(PAR)], env={**base, "PAR_LANG": "en", **env}, cwd=cwd, capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize(
    ("shell", "words"),
    [
        ("bash", "complete -o default -F _par_completion par"),
        ("zsh", "compdef _par_completion par"),
        ("powershell", "Register-ArgumentCompleter -Native -CommandName par"),
    ],
)
def test_the_installed_command_writes_each_shells_script(shell: str, words: str, tmp_path: Path) -> None:
    result = par_with({"_PAR_COMPLETE": f"source_{shell}"}, tmp_path)
    assert result.returncode == 0, result.stderr
    assert words in result.stdout
    assert result.stderr == ""


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash here")
def test_bash_completes_commands_and_options(tmp_path: Path) -> None:
    """The script as the README writes it, loaded by a real bash, asking the real command."""
    script = tmp_path / "par-complete.bash"
    script.write_text(par_with({"_PAR_COMPLETE": "source_bash"}, tmp_path).stdout, encoding="utf-8")
    ask = f'. "{script}"; COMP_WORDS=($WORDS); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); '
    ask += '_par_completion par; echo "${COMPREPLY[*]}"'
    path = f"{PAR.parent}{os.pathsep}{os.environ.get('PATH', '')}"
    for words, completions in [
        ("par ga", "gaps"),
        ("par gaps --fo", "--format --force"),
        ("par --l", "--lang"),
    ]:
        env = {"PATH": path, "HOME": str(tmp_path), "WORDS": words, "PAR_LANG": "en"}
        result = subprocess.run(
            ["bash", "-c", ask], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60
        )
        assert result.stdout.strip() == completions, (words, result.stderr)


@pytest.mark.parametrize(
    ("env", "answer"),
    [
        ({"_PAR_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "par ga"}, '"gaps":"List the criteria'),
        (
            {
                "_PAR_COMPLETE": "complete_powershell",
                "_TYPER_COMPLETE_ARGS": "par ga",
                "_TYPER_COMPLETE_WORD_TO_COMPLETE": "ga",
            },
            "gaps:::List the criteria",
        ),
    ],
)
def test_zsh_and_powershell_get_commands_with_their_help(
    env: dict[str, str], answer: str, tmp_path: Path
) -> None:
    result = par_with(env, tmp_path)
    assert result.returncode == 0, result.stderr
    assert answer in result.stdout


def test_help_has_no_completion_options() -> None:
    result = run_par("--help")
    assert result.exit_code == 0
    assert "completion" not in result.stdout
