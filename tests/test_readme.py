"""The README tells the truth: its test command is the one CI runs, its console examples are what
`par` prints, and every problem code is documented."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from helpers import run_par

import par_cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
COMMAND = 'pip install -e ".[test]" && pytest'
# The README's blocks that CI runs as written, each under a line <!-- ci: NAME -->.
CI_BLOCKS = ("set-up", "completion-bash", "offline-download", "offline-download-windows", "offline-install")


def test_ci_runs_the_readme_test_command() -> None:
    assert f"\n{COMMAND}\n" in README
    assert COMMAND in [line.strip() for line in CI.splitlines()]


@pytest.mark.parametrize("name", CI_BLOCKS)
def test_ci_runs_the_readme_set_up_blocks(name: str) -> None:
    assert f"\n<!-- ci: {name} -->\n```sh\n" in README
    assert f"$(readme_block {name})" in CI


def test_the_readme_set_up_uses_no_system_pip() -> None:
    """The first command of the set-up makes the environment that every pip after it runs in."""
    set_up = README.split("<!-- ci: set-up -->\n```sh\n", 1)[1].split("```", 1)[0]
    assert set_up.startswith("python3 -m venv .venv && . .venv/bin/activate && pip install . && par gaps")


def test_the_readme_names_the_wheel_of_this_version() -> None:
    assert set(re.findall(r"par_cli-([^-\s]+)-py3-none-any\.whl", README)) == {par_cli.__version__}


def test_the_readme_names_the_pythons_ci_tests() -> None:
    pythons = re.search(r"PYTHONS=\((.*?)\)", CI)
    assert pythons is not None
    versions = pythons[1].split()
    assert "runs on Python " + ", ".join(versions[:-1]) + f" and {versions[-1]}." in README
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert f'requires-python = ">={versions[0]}"' in pyproject
    for version in versions:
        assert f'"Programming Language :: Python :: {version}"' in pyproject


def _examples() -> list[tuple[str, list[str]]]:
    """Each ```console block: its `$ ...` command and the lines shown after it."""
    blocks = re.findall(r"```console\n(.*?)```", README, flags=re.S)
    examples = []
    for block in blocks:
        command, *shown = block.rstrip("\n").split("\n")
        assert command.startswith("$ "), command
        examples.append((command[2:], shown))
    return examples


def _matches(shown: list[str], printed: list[str]) -> bool:
    """Every shown line, in order, as printed; a line "..." stands for any number of lines."""
    if not shown:
        return not printed
    if shown[0] == "...":
        return any(_matches(shown[1:], printed[start:]) for start in range(len(printed) + 1))
    return bool(printed) and printed[0].rstrip() == shown[0].rstrip() and _matches(shown[1:], printed[1:])


@pytest.mark.parametrize(("command", "shown"), _examples(), ids=[c for c, _ in _examples()])
def test_console_examples_are_what_par_prints(
    command: str, shown: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    words = shlex.split(command)
    env = {}
    while "=" in words[0]:
        name, _, value = words.pop(0).partition("=")
        env[name] = value
    assert words.pop(0) == "par"
    monkeypatch.chdir(ROOT)
    result = run_par(*words, env=env)
    printed = (result.stdout + result.stderr).rstrip("\n").split("\n")
    assert _matches(shown, printed), "\n".join(printed)


def test_the_wording_table_is_the_labels_par_uses() -> None:
    from par_cli.texts.labels import CATALOGUE

    rows = re.findall(r"^\| `([a-z_.]+)` \| (.+?) \| (.+?) \|$", README, re.M)
    assert len(rows) >= 15
    for key, english, vietnamese in rows:
        assert (CATALOGUE[key]["en"], CATALOGUE[key]["vi"]) == (english, vietnamese), key
