"""Every format for every command; widths; no colour codes when piped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import FIXTURES, run_par

from par_cli.render import FORMATS

COMMANDS = [
    ["validate"],
    ["gaps"],
    ["gaps", "--against", "target"],
    ["by-unit"],
    ["by-unit", "--all"],
    ["by-unit", "--unit", "noi vu"],
    ["summary"],
]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("format_name", sorted(FORMATS))
def test_every_command_renders_every_format(command: list[str], format_name: str, tmp_path: Path) -> None:
    if FORMATS[format_name].binary:
        target = tmp_path / f"out.{format_name}"
        result = run_par(*command, "--format", format_name, "--output", str(target))
        assert result.exit_code == 0, result.stderr
        assert target.stat().st_size > 0
        return
    result = run_par(*command, "--format", format_name)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.strip()
    if format_name == "json":
        json.loads(result.stdout)


def test_binary_format_needs_an_output_file() -> None:
    result = run_par("summary", "--format", "xlsx")
    assert result.exit_code == 2
    assert "add --output FILE" in result.stderr


def test_output_file_is_written_and_not_replaced_without_force(tmp_path: Path) -> None:
    target = tmp_path / "gaps.json"
    assert run_par("gaps", "--format", "json", "--output", str(target)).exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["total_gap"] == 14.599
    again = run_par("gaps", "--format", "json", "--output", str(target))
    assert again.exit_code == 2 and "add --force" in again.stderr
    assert run_par("gaps", "--format", "json", "--output", str(target), "--force").exit_code == 0


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("width", ["80", "200"])
def test_tables_fit_the_terminal(command: list[str], width: str) -> None:
    result = run_par(*command, env={"COLUMNS": width})
    assert max(len(line) for line in result.stdout.splitlines()) <= int(width)


COMMUNES = [
    "--criteria",
    str(FIXTURES / "criteria" / "commune_2026.yaml"),
    *(str(path) for path in sorted((FIXTURES / "actuals" / "communes").glob("*.yaml"))[:3]),
]


def test_wide_terminal_shows_more_columns() -> None:
    narrow = run_par("compare", *COMMUNES, env={"COLUMNS": "80"}).stdout
    # the fields' estimates do not fit: a line says so, and how to see them
    assert "Left out to fit 80 columns: " in narrow and ", 1, 2, 3, 4, 5, 6, 7. To see them" in narrow
    wide = run_par("compare", *COMMUNES, env={"COLUMNS": "200"}).stdout
    assert "Left out" not in wide and "9.4  18.55" in wide  # fields 6 and 7 of xã Nhân Cơ


PAR = Path(sys.executable).with_name("par")


def _installed_par(*args: str, terminal: bool, **env: str) -> str:
    """What the installed `par` writes to its stdout: a pipe, or a real terminal (a pty), with
    NO_COLOR unset unless ``env`` sets it."""
    base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "PAR_LANG", "PAR_CRITERIA")}
    environment = {**base, "COLUMNS": "100", "TERM": "xterm-256color", "LANG": "C.UTF-8", **env}
    if not terminal:
        done = subprocess.run([str(PAR), *args], env=environment, capture_output=True, timeout=60)
        assert done.returncode == 0, done.stderr
        return done.stdout.decode("utf-8")
    import pty

    main_side, child_side = pty.openpty()
    process = subprocess.Popen([str(PAR), *args], stdout=child_side, stderr=subprocess.PIPE, env=environment)
    os.close(child_side)
    chunks = []
    while True:
        try:
            chunk = os.read(main_side, 1 << 16)
        except OSError:  # EIO: the child has gone and closed its side
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(main_side)
    assert process.wait(timeout=60) == 0
    return b"".join(chunks).decode("utf-8")


def test_no_colour_codes_when_piped() -> None:
    assert "\x1b[" not in _installed_par("summary", terminal=False)
    assert "\x1b[" not in run_par("summary", env={"NO_COLOR": None, "TERM": "xterm-256color"}).stdout


@pytest.mark.skipif(sys.platform == "win32", reason="a pty is POSIX")
def test_a_terminal_gets_styles_unless_no_color_is_set() -> None:
    """no-color.org: NO_COLOR set to anything but the empty string turns styles off."""
    styled = _installed_par("summary", terminal=True)
    assert "\x1b[1mThe plan by field\x1b[0m" in styled  # the title, bold
    assert "\x1b[33m" in styled  # the notes, yellow
    assert "\x1b[1m" in _installed_par("summary", terminal=True, NO_COLOR="")
    assert "\x1b[" not in _installed_par("summary", terminal=True, NO_COLOR="1")
    assert "\x1b[" not in _installed_par("summary", terminal=True, TERM="dumb")


def test_text_from_data_is_not_read_as_markup(tmp_path: Path, fixtures: Path) -> None:
    text = (fixtures / "criteria" / "mini.yaml").read_text(encoding="utf-8")
    path = tmp_path / "plan.yaml"
    path.write_text(text.replace("name: First", "name: '[bold]First[/bold] =cmd|x'"), encoding="utf-8")
    out = run_par("--criteria", str(path), "by-unit", "--all").stdout
    assert "[bold]First[/bold]" in out
    csv_out = run_par("--criteria", str(path), "gaps", "--format", "csv").stdout
    assert "'[bold]" not in csv_out  # starts with "[", harmless
    path.write_text(text.replace("name: First", "name: '=HYPERLINK(1)'"), encoding="utf-8")
    csv_out = run_par("--criteria", str(path), "gaps", "--format", "csv").stdout
    assert "'=HYPERLINK(1)" in csv_out


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("-", "-"),  # no lead office: a spreadsheet shows a lone dash as it is
        ("-0.5", "-0.5"),  # a number stays a number
        ("+1,072", "+1,072"),
        ("=HYPERLINK(1)", "'=HYPERLINK(1)"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("+A1", "'+A1"),
        ("-2+3", "'-2+3"),
        ("- a task", "'- a task"),
    ],
)
def test_csv_neutralises_only_what_a_spreadsheet_would_run(text: str, written: str) -> None:
    import csv

    from par_cli.render import csv_format
    from par_cli.views.shapes import Column, Report, Table

    report = Report("t", tables=[Table("t", [Column("name", "Name")], [[text]])])
    assert list(csv.reader(csv_format.render(report).splitlines()))[1] == [written]


def test_markdown_keeps_markup_from_plan_text_inert(tmp_path: Path, fixtures: Path) -> None:
    """A name holding a link, emphasis or code shows as written once the Markdown is rendered."""
    from markdown_it import MarkdownIt

    hostile = "[x](javascript:alert(1)) *em* _em_ `code` ~~gone~~ <b>bold</b>"
    text = (fixtures / "criteria" / "mini.yaml").read_text(encoding="utf-8")
    plan = tmp_path / "plan.yaml"
    plan.write_text(text.replace("name: First", f"name: '{hostile}'"), encoding="utf-8")
    markdown = run_par("--criteria", str(plan), "gaps", "--format", "markdown").stdout
    html = MarkdownIt("commonmark").enable(["table", "strikethrough"]).render(markdown)
    for made in ("<a ", "<em>", "<code>", "<s>", "<del>", "<b>"):
        assert made not in html, made
    shown = hostile.replace("<", "&lt;").replace(">", "&gt;")
    assert shown in html


@pytest.mark.parametrize(("note", "shown"), [("# x", "<p># x"), ("1. x", "<p>1. x"), ("- x", "<p>- x")])
def test_a_markdown_note_never_starts_a_heading_or_a_list(note: str, shown: str) -> None:
    from markdown_it import MarkdownIt

    from par_cli.render.markdown_format import render
    from par_cli.views.shapes import Report

    html = MarkdownIt("commonmark").render(render(Report(title="t", notes=[note])))
    assert f"<blockquote>\n{shown}</p>" in html
