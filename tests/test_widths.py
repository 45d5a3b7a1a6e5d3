"""Every command, in both languages, at the widths of a phone, a laptop and a wide screen: every
line fits, and no unit id reaches a reader (ids are for files and scripts: JSON and CSV)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from helpers import FIXTURES, run_par

ROOT = Path(__file__).parent.parent
EXAMPLES = ROOT / "examples"
PLAN = yaml.safe_load((ROOT / "data" / "criteria_2024.yaml").read_text(encoding="utf-8"))
UNIT_IDS = [unit["id"] for unit in PLAN["units"]]
# An id as a word of its own; a file named after an office (examples/noi_vu.yaml) is a file name.
ID = re.compile(r"(?<![\w./])(" + "|".join(UNIT_IDS) + r")(?![\w]|\.yaml)")

COMMANDS = {
    "validate": ["validate"],
    "gaps": ["gaps"],
    "gaps-scores": ["gaps", "-i", str(EXAMPLES / "actuals_2024.yaml")],
    "by-unit": ["by-unit"],
    "by-unit-all": ["by-unit", "--all"],
    "by-unit-group": ["by-unit", "--unit", "phong_ban"],
    "summary": ["summary"],
    "score": ["score", "-i", str(EXAMPLES / "actuals_2024.yaml")],
    "score-office": ["score", "-i", str(EXAMPLES / "noi_vu.yaml")],
    "compare": [
        "compare",
        str(EXAMPLES / "actuals_2024.yaml"),
        str(FIXTURES / "actuals" / "partial.yaml"),
        str(FIXTURES / "actuals" / "appraisal.yaml"),
    ],
    "compare-offices": ["compare", str(EXAMPLES / "noi_vu.yaml"), str(EXAMPLES / "tai_chinh_ke_hoach.yaml")],
}


def _unit_ids(text: str) -> list[str]:
    return sorted({match.group(1) for match in ID.finditer(text)})


@pytest.mark.parametrize("language", ["en", "vi"])
@pytest.mark.parametrize("width", [60, 80, 100, 200])
@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_line_fits_and_names_units(name: str, width: int, language: str) -> None:
    result = run_par(*COMMANDS[name], env={"COLUMNS": str(width), "PAR_LANG": language})
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    too_long = [line for line in lines if len(line) > width]
    assert not too_long, "\n".join(too_long)
    assert _unit_ids(result.stdout) == []


@pytest.mark.parametrize("language", ["en", "vi"])
@pytest.mark.parametrize("name", ["gaps", "by-unit-all", "score", "compare-offices"])
def test_markdown_names_units(name: str, language: str) -> None:
    result = run_par(*COMMANDS[name], "--format", "markdown", env={"PAR_LANG": language})
    assert result.exit_code == 0, result.stderr
    assert _unit_ids(result.stdout) == []


def test_the_reports_name_units(tmp_path: Path) -> None:
    from docx import Document
    from openpyxl import load_workbook

    scores = str(EXAMPLES / "actuals_2024.yaml")
    html = tmp_path / "report.html"
    assert run_par("report", "--kind", "analysis", "-i", scores, "-o", str(html)).exit_code == 0
    assert _unit_ids(html.read_text(encoding="utf-8")) == []
    word = tmp_path / "report.docx"
    analysis = ["report", "--kind", "analysis", "-i", scores, "-f", "docx", "-o", str(word), "--lang", "vi"]
    assert run_par(*analysis).exit_code == 0
    document = Document(str(word))
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    assert _unit_ids("\n".join(texts)) == []
    for command in (["gaps"], ["by-unit", "--all"], ["score", "-i", scores]):
        book_path = tmp_path / f"{command[0]}.xlsx"
        assert run_par(*command, "-f", "xlsx", "-o", str(book_path)).exit_code == 0
        book = load_workbook(book_path, read_only=True)
        rows = [row for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)]
        cells = [str(value) for row in rows for value in row]
        assert _unit_ids("\n".join(cells)) == [], command


def test_csv_keeps_ids_beside_names() -> None:
    text = run_par("gaps", "--format", "csv").stdout
    assert "phong_ban; ubnd_xa" in text and "Các phòng, ban, đơn vị; UBND các xã, thị trấn" in text


def test_a_header_stacks_no_more_than_needed() -> None:
    """At 200 columns every header is one line; at 100, none is more than three."""
    wide = run_par("gaps", env={"COLUMNS": "200", "PAR_LANG": "vi"}).stdout.splitlines()
    header = next(i for i, line in enumerate(wide) if line.startswith(" STT"))
    assert wide[header + 1].lstrip().startswith("─")  # the rule right under a one-line header
    narrow = run_par("score", "-i", str(EXAMPLES / "actuals_2024.yaml"), env={"PAR_LANG": "vi"}).stdout
    lines = narrow.splitlines()
    for index, line in enumerate(lines):
        if line.startswith(" STT"):
            rule = next(i for i in range(index, len(lines)) if lines[i].lstrip().startswith("─"))
            first = max(i for i in range(index) if not lines[i].strip() or not lines[i].startswith(" "))
            assert rule - first - 1 <= 3, "\n".join(lines[first : rule + 1])


def test_left_out_columns_are_named() -> None:
    out = run_par("gaps", env={"COLUMNS": "60"}).stdout
    # the shortfall stays, what a head of office asks first; the target column goes
    assert "Left out to fit 60 columns: 2023, Target 2024." in " ".join(out.split("\n"))
    vi = run_par("gaps", env={"COLUMNS": "60", "PAR_LANG": "vi"}).stdout
    assert "Đã ẩn để vừa 60 cột:" in vi
