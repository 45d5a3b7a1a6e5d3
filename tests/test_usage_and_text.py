"""Every usage error is one line in the reader's language, and text from data never acts on the
terminal, the table or the file it is written into."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import EXAMPLE, FIXTURES, run_par

from par_cli.readers.yamlsource import parse_source

MINI = FIXTURES / "criteria" / "mini.yaml"

USAGE = [
    (
        ["gaps", "--bogus"],
        "no such option --bogus (see par gaps --help)",
        "không có tùy chọn --bogus (xem par gaps --help)",
    ),
    (
        ["score"],
        "missing option --input (see par score --help)",
        "thiếu tùy chọn --input (xem par score --help)",
    ),
    (
        ["compare"],
        "missing argument FILES (see par compare --help)",
        "thiếu tham số CÁC_TỆP (xem par compare --help)",
    ),
    (
        ["gaps", "--unit"],
        "option --unit needs a value (see par gaps --help)",
        "tùy chọn --unit cần một giá trị (xem par gaps --help)",
    ),
    (
        ["gaps", "extra"],
        "unexpected argument 'extra' (see par gaps --help)",
        "tham số thừa 'extra' (xem par gaps --help)",
    ),
    (
        ["frob"],
        "no such command 'frob' (par --help lists the commands)",
        "không có lệnh 'frob' (par --help liệt kê các lệnh)",
    ),
    (
        ["gapz"],
        "no such command 'gapz' (did you mean 'gaps'?)",
        "không có lệnh 'gapz' (có phải là 'gaps'?)",
    ),
    (
        ["gaps", "--frmat", "json"],
        "no such option --frmat (did you mean '--format'?)",
        "không có tùy chọn --frmat (có phải là '--format'?)",
    ),
    (
        ["rollover", "--input", "x.yaml", "--year", "abc"],
        "--year: 'abc' is not a number",
        "--year: 'abc' không phải là số",
    ),
    (
        ["gaps", "--format", "xml"],
        "--format: 'xml' is not one of table, json, csv, markdown, html, xlsx, docx",
        "--format: 'xml' không thuộc các giá trị table, json, csv, markdown, html, xlsx, docx",
    ),
    (
        ["gaps", "--lang", "fr"],
        "--lang: 'fr' is not one of en, vi",
        "--lang: 'fr' không thuộc các giá trị en, vi",
    ),
    (
        ["gaps", "--min-gap", "1e1"],
        "--min-gap: '1e1' is not a number",
        "--min-gap: '1e1' không phải là số",
    ),
    (  # worded for the option: a score's words ("a score is at least 0") do not fit it
        ["gaps", "--min-gap", "-1"],
        "--min-gap: '-1' is negative; the minimum gap is at least 0",
        "--min-gap: '-1' là số âm; số điểm chưa đạt tối thiểu không nhỏ hơn 0",
    ),
    (
        ["gaps", "--min-gap", "1.2345"],
        "--min-gap: '1.2345' has 4 decimals; the minimum gap has at most 3",
        "--min-gap: '1.2345' có 4 chữ số thập phân; số điểm chưa đạt tối thiểu có tối đa 3",
    ),
    (
        ["score", "--input", str(EXAMPLE), "--fail-under", "-1"],
        "--fail-under: '-1' is negative; the index is at least 0",
        "--fail-under: '-1' là số âm; chỉ số không nhỏ hơn 0",
    ),
    (
        ["gaps", "--against", "target", "--input", "x.yaml"],
        "give either --against or --input, not both",
        "chỉ dùng --against hoặc --input, không dùng cả hai",
    ),
    (
        ["summary", "-f", "xlsx"],
        "the xlsx format is written to a file (add --output FILE)",
        "định dạng xlsx chỉ ghi ra tệp (hãy thêm --output TỆP)",
    ),
]


@pytest.mark.parametrize(("args", "english", "vietnamese"), USAGE)
def test_usage_errors_are_one_line_in_both_languages(args: list[str], english: str, vietnamese: str) -> None:
    result = run_par(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"error: {english}\n"
    result = run_par(*args, env={"PAR_LANG": "vi"})
    assert result.exit_code == 2
    assert result.stderr == f"lỗi: {vietnamese}\n"


def test_no_arguments_shows_the_help() -> None:
    result = run_par()
    assert result.exit_code == 0
    assert "gaps" in result.stdout and "by-unit" in result.stdout


def test_a_typed_value_cannot_add_a_line() -> None:
    for args in (["gaps", "--unit", "a\nerror: forged"], ["gaps", "--sort", "x\ny"], ["gaps", "--bogus\nx"]):
        result = run_par(*args)
        assert result.exit_code == 2
        assert len(result.stderr.splitlines()) == 1, result.stderr
        assert "\\x0a" in result.stderr


def _plan_named(tmp_path: Path, name: str) -> Path:
    """The mini plan with criterion 1.1 named ``name`` (written as a YAML double-quoted string)."""
    quoted = json.dumps(name)  # JSON escapes are YAML double-quoted escapes
    path = tmp_path / "plan.yaml"
    path.write_text(
        MINI.read_text(encoding="utf-8").replace("name: First", f"name: {quoted}"), encoding="utf-8"
    )
    return path


ACTIVE = "red\x1b[31mRED\x1b]8;;http://x\x07link\u202eevil\x9bC1\rCR"


def test_terminal_escapes_in_data_are_shown_not_run(tmp_path: Path) -> None:
    plan = _plan_named(tmp_path, ACTIVE)
    out = run_par("--criteria", str(plan), "gaps", env={"COLUMNS": "200"}).stdout
    assert "\x1b" not in out and "\u202e" not in out and "\x9b" not in out and "\r" not in out
    assert "red\\x1b[31mRED\\x1b]8;;http://x\\x07link\\u202eevil\\x9bC1\\x0dCR" in out


def test_terminal_escapes_in_errors_are_shown_not_run(tmp_path: Path) -> None:
    scores = tmp_path / "scores.yaml"
    scores.write_text('scores:\n  "\\e[2J\\u202e": 1\n', encoding="utf-8")
    result = run_par("score", "-i", str(scores))
    assert result.exit_code == 1
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
    assert "'\\x1b[2J\\u202e' is not a criterion of the plan" in result.stderr


def test_a_carriage_return_does_not_split_a_markdown_row(tmp_path: Path) -> None:
    plan = _plan_named(tmp_path, "First\rline | two\nlines")
    markdown = run_par("--criteria", str(plan), "gaps", "--format", "markdown").stdout
    row = next(line for line in markdown.split("\n") if line.startswith("| 1.1 "))
    assert "First\\\\x0dline \\| two<br>lines" in row  # Markdown source of: First\x0dline | two, lines
    assert "\r" not in markdown


@pytest.mark.parametrize("breaks", ["\r", "\x85", "\u2028", "\u2029", "\r\n", "\x1b"])
def test_template_is_valid_yaml_whatever_the_texts_hold(tmp_path: Path, breaks: str) -> None:
    plan = _plan_named(tmp_path, f'First{breaks}"1.1": 2{breaks}end')
    result = run_par("--criteria", str(plan), "template")
    assert result.exit_code == 0, result.stderr
    data = parse_source(result.stdout.encode("utf-8")).data
    assert set(data["scores"]) == {"1.1", "1.2"}
    assert data["scores"]["1.1"] == {"score": None, "evidence": None, "explanation": None}
    filled = tmp_path / "scores.yaml"
    filled.write_text(result.stdout, encoding="utf-8")
    assert run_par("--criteria", str(plan), "score", "-i", str(filled)).exit_code == 0


def test_json_text_holding_nul_and_hash_stays_a_string(tmp_path: Path) -> None:
    plan = _plan_named(tmp_path, "\x00#12")
    result = run_par("--criteria", str(plan), "gaps", "--format", "json")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)["rows"]
    assert next(row for row in rows if row["id"] == "1.1")["name"] == "\x00#12"


def test_a_bug_is_one_line_and_exit_70(monkeypatch: pytest.MonkeyPatch) -> None:
    import par_cli.views.summary as summary

    def broken(*args: object) -> None:
        raise KeyError("line one\nline two")

    monkeypatch.setattr(summary, "summary_report", broken)
    result = run_par("summary", env={"PAR_DEBUG": ""})
    assert result.exit_code == 70
    assert result.stderr.startswith("error: par failed on something it should have handled (KeyError: ")
    assert len(result.stderr.splitlines()) == 1
