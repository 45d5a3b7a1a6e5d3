"""The README tells the truth: its test command is the one CI runs, its console examples are what
`par` prints, and every problem code is documented."""

from __future__ import annotations

import json
import re
import shlex
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import run_par
from test_evidence_readme import evidence_commands, evidence_file

import par_cli

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
COMMAND = 'pip install -e ".[test]" && pytest -n auto'
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


# -- Every code block of the README is run by something: a ```console block by the test above, a
# block under <!-- ci: NAME --> by .ci/run, a block under <!-- test: NAME --> by the runner of
# that name below. A block with none of these fails test_every_readme_block_is_run.


def _blocks() -> list[tuple[int, str | None, str, str]]:
    """Each fenced block: (line number, the marker line above it or None, its language, its text)."""
    lines = README.split("\n")
    blocks = []
    index = 0
    while index < len(lines):
        if lines[index].startswith("```"):
            start = index
            language = lines[index][3:].strip()
            index += 1
            while not lines[index].startswith("```"):
                index += 1
            above = lines[start - 1] if start and lines[start - 1].startswith("<!-- ") else None
            blocks.append((start + 1, above, language, "\n".join(lines[start + 1 : index]) + "\n"))
        index += 1
    return blocks


def _block(name: str) -> str:
    found = [text for _, above, _, text in _blocks() if above == f"<!-- test: {name} -->"]
    assert len(found) == 1, f"README: one block under <!-- test: {name} -->"
    return found[0]


Runner = Callable[[str, Path, pytest.MonkeyPatch], None]
RUNNERS: dict[str, Runner] = {}


def runs(name: str) -> Callable[[Runner], Runner]:
    def register(runner: Runner) -> Runner:
        RUNNERS[name] = runner
        return runner

    return register


def test_every_readme_block_is_run() -> None:
    unrun = []
    for line, above, language, _ in _blocks():
        if language == "console":
            continue
        name = (above or "").removeprefix("<!-- ").removesuffix(" -->")
        kind, _, name = name.partition(": ")
        if not ((kind == "ci" and name in CI_BLOCKS) or (kind == "test" and name in RUNNERS)):
            unrun.append(f"README.md:{line}")
    assert unrun == [], "blocks no test runs: mark each <!-- test: NAME --> and add a runner here"
    marked = {above for _, above, _, _ in _blocks() if above and above.startswith("<!-- test: ")}
    assert marked == {f"<!-- test: {name} -->" for name in RUNNERS}


def _commands(block: str) -> list[list[str]]:
    """The `par` commands of a shell block, as arguments (comments left out)."""
    return [shlex.split(line, comments=True)[1:] for line in block.splitlines() if line.startswith("par ")]


@runs("test-command")
def _test_command(block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert block == COMMAND + "\n"  # and CI runs it: test_ci_runs_the_readme_test_command


@runs("set-up-windows")
def _set_up_windows(block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The Linux set-up that CI runs, step for step, in Windows' words."""
    linux = README.split("<!-- ci: set-up -->\n```sh\n", 1)[1].split("```", 1)[0].strip().split(" && ")
    windows = block.strip().split("\n")
    translated = {
        "python3 -m venv .venv": "py -m venv .venv",
        ". .venv/bin/activate": r".venv\Scripts\activate",
    }
    assert windows == [translated.get(step, step) for step in linux]


@runs("completion-zsh")
def _completion_zsh(block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run as written (both lines are also sh) in a scratch HOME: the script and the line in .zshrc."""
    import os
    import subprocess
    import sys

    env = {"HOME": str(tmp_path), "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    done = subprocess.run(["sh", "-e", "-c", block], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "compdef _par_completion par" in (tmp_path / ".par-complete.zsh").read_text(encoding="utf-8")
    assert ". ~/.par-complete.zsh" in (tmp_path / ".zshrc").read_text(encoding="utf-8")


@runs("completion-powershell")
def _completion_powershell(block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No PowerShell here: the variable it sets is what makes `par` write the script, and the
    profile loads the file that was written."""
    import os
    import subprocess
    import sys

    value = re.search(r'\$env:_PAR_COMPLETE = "(\w+)"; par > "(\$HOME\\[\w.-]+)"', block)
    assert value is not None
    env = {**os.environ, "_PAR_COMPLETE": value[1]}
    par = Path(sys.executable).with_name("par")
    done = subprocess.run([str(par)], env=env, capture_output=True, text=True, timeout=60)
    assert "Register-ArgumentCompleter -Native -CommandName par" in done.stdout
    assert f"Add-Content $PROFILE '. \"{value[2]}\"'" in block


@runs("template-xlsx")
def _template_xlsx(block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from openpyxl import load_workbook

    monkeypatch.chdir(tmp_path)
    for args in _commands(block):
        assert run_par(*args).exit_code == 0
    names = [args[args.index("--output") + 1] for args in _commands(block)]
    office, every = (load_workbook(tmp_path / name)["Scores"] for name in names)
    assert 1 < office.max_row < every.max_row


@runs("workbook-error")
def _workbook_error(block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The template, filled in with a score of 7 in the cell the message names, read back."""
    from openpyxl import load_workbook

    shown = re.fullmatch(r"error: (\S+):(\w+)!([A-Z]+\d+): ([\d.]+): score (\S+) .*\n", block)
    assert shown is not None
    name, sheet, cell, criterion, score = shown.groups()
    monkeypatch.chdir(tmp_path)
    assert run_par("template", "--format", "xlsx", "--output", name).exit_code == 0
    book = load_workbook(name)
    column = "".join(c for c in cell if c.isalpha())
    assert book[sheet][f"A{cell[len(column) :]}"].value == criterion
    book[sheet][cell] = int(score)
    book.save(name)
    result = run_par("score", "--input", name)
    assert (result.exit_code, result.stderr) == (1, block)


@runs("report-docx")
def _report_docx(block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import zipfile

    monkeypatch.chdir(tmp_path)
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    [args] = _commands(block)
    assert run_par(*args).exit_code == 0
    output = args[args.index("--output") + 1]
    with zipfile.ZipFile(tmp_path / output) as document:
        assert "BÁO CÁO" in document.read("word/document.xml").decode("utf-8")


@runs("bands")
def _bands(block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Added to the bundled plan as written, the bands place a self-assessment."""
    plan = tmp_path / "plan.yaml"
    bundled = (ROOT / "data" / "criteria_2024.yaml").read_text(encoding="utf-8")
    assert "\nbands: []\n" in bundled
    plan.write_text(bundled.replace("\nbands: []\n", "\n" + block), encoding="utf-8")
    out = run_par("--criteria", str(plan), "score", "--input", str(ROOT / "examples" / "actuals_2024.yaml"))
    assert "Band: Nhóm A (self-assessed)" in out.stdout.splitlines()


@runs("three-levels")
def _three_levels(block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The excerpt is the commune plan's (tests/fixtures/criteria/commune_2026.yaml), line for line
    in order, where it does not elide ("...")."""
    plan = (ROOT / "tests" / "fixtures" / "criteria" / "commune_2026.yaml").read_text(encoding="utf-8")
    lines = [line.split(" #")[0].rstrip() for line in plan.splitlines()]
    position = 0
    for line in block.splitlines():
        line = line.split(" #")[0].rstrip()
        if line.strip() in ("...", "- ..."):
            continue
        position = lines.index(line, position) + 1  # ValueError: the excerpt is not the plan's


@runs("scores-file")
def _scores_file(block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Valid against the bundled plan, as written: every key it shows is read."""
    path = tmp_path / "scores.yaml"
    path.write_text(block, encoding="utf-8")
    result = run_par("score", "--input", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["assessed_unit"], data["target"], data["office"]) == ("xã Nhân Cơ", 95, "noi_vu")


@runs("appraisal-rounds")
def _appraisal_rounds(block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Read as written: the latest round counts, and the appeal letter answers round 1."""
    path = tmp_path / "rounds.yaml"
    path.write_text(block, encoding="utf-8")
    result = run_par("score", "--input", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    criteria = {c["id"]: c for c in data["criteria"]}
    assert criteria["3.4"]["appraisal"]["first"] == 6.5 and criteria["3.4"]["appraised"] == 7
    assert criteria["7.2"]["appraisal"]["response"] == "accept"
    # 3.4 at its final 7, 7.2 at its first 1.5, 1.1 at its final 2: 10.5
    assert (data["index"], data["index_basis"]) == (10.5, "partly_appraised")
    letter = run_par("report", "--kind", "appeal", "--input", str(path), "--format", "markdown")
    assert letter.exit_code == 0, letter.stderr
    assert "| 3.4 |" in letter.stdout and "| 7.2 |" in letter.stdout and "| 1.1 |" not in letter.stdout


def _plan_with_adjustments(tmp_path: Path) -> Path:
    plan = tmp_path / "plan.yaml"
    bundled = (ROOT / "data" / "criteria_2024.yaml").read_text(encoding="utf-8")
    plan.write_text(
        bundled.replace("\nbands: []\n", "\nbands: []\n" + _block("adjustments-plan")), encoding="utf-8"
    )
    return plan


@runs("adjustments-plan")
def _adjustments_plan(block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run_par("validate", str(_plan_with_adjustments(tmp_path))).exit_code == 0


@runs("adjustments-scores")
def _adjustments_scores(block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the example's scores (94): bonus 1 + 1.5 held to the cap 2, penalty 0.5: 95.5."""
    plan = _plan_with_adjustments(tmp_path)
    scores = tmp_path / "adjustments.yaml"
    scores.write_text(block, encoding="utf-8")
    example = str(ROOT / "examples" / "actuals_2024.yaml")
    args = ("--criteria", str(plan), "score", "-i", example, "-i", str(scores))
    data = json.loads(run_par(*args, "--format", "json").stdout)
    assert data["index"] == 95.5
    assert (data["adjustments"]["bonus"]["given"], data["adjustments"]["bonus"]["total"]) == (2.5, 2)
    assert data["adjustments"]["penalty"]["total"] == 0.5
    out = run_par(*args, env={"COLUMNS": "200"}).stdout
    assert "Bonus points: 2 counted of 2.5 given (held to the caps)" in out
    assert "bonus: 2.5 in all, held to the cap 2" in out


runs("evidence-file")(evidence_file)
runs("evidence-commands")(evidence_commands)


@runs("plan-docx")
def _plan_docx(block: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import zipfile

    monkeypatch.chdir(tmp_path)
    [args] = _commands(block)
    assert run_par(*args).exit_code == 0
    output = args[args.index("--output") + 1]
    with zipfile.ZipFile(tmp_path / output) as document:
        assert "KẾ HOẠCH" in document.read("word/document.xml").decode("utf-8")


# after every runner above is registered
@pytest.mark.parametrize("name", sorted(RUNNERS))
def test_readme_block(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    RUNNERS[name](_block(name), tmp_path, monkeypatch)
