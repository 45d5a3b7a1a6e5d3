"""Golden output: what each renderer writes for fixture data, compared with a reviewed copy in
tests/golden/. JSON, CSV and Markdown byte for byte; HTML and xlsx by structure (headings, facts,
tables and their cells; sheets, cells and their types), so that a style or a zip timestamp does
not matter but every word and figure does.

After a deliberate change of output: `PAR_GOLDEN=update pytest tests/test_golden.py`, then read
the diff of tests/golden/ before committing it.
"""

from __future__ import annotations

import html.parser
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest
from helpers import run_par

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("PAR_GOLDEN") == "update"

MINI = "tests/fixtures/criteria/mini.yaml"
COMMUNE = "tests/fixtures/criteria/commune_2026.yaml"
NHAN_CO = "tests/fixtures/actuals/communes/nhan_co.yaml"
# Small plans of different shapes: two levels, and three with survey criteria and bands.
CASES = {
    "gaps_mini": ["--criteria", MINI, "gaps"],
    "summary_mini": ["--criteria", MINI, "summary"],
    "score_commune": ["--criteria", COMMUNE, "score", "--input", NHAN_CO],
}
EXACT = {"json": "json", "csv": "csv", "markdown": "md"}


def _output(case: str, format_name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> bytes:
    monkeypatch.chdir(ROOT)  # paths in the output as written above, on any machine
    args = [*CASES[case], "--format", format_name]
    if format_name == "xlsx":
        target = tmp_path / "out.xlsx"
        result = run_par(*args, "--output", str(target))
        assert result.exit_code == 0, result.stderr
        return target.read_bytes()
    result = run_par(*args)
    assert result.exit_code == 0, result.stderr
    return result.stdout.encode("utf-8")


def _compare(name: str, produced: str) -> None:
    path = GOLDEN / name
    if UPDATE:
        path.parent.mkdir(exist_ok=True)
        with path.open("w", encoding="utf-8", newline="") as stream:
            stream.write(produced)
    with path.open(encoding="utf-8", newline="") as stream:  # CSV's \r\n as written
        expected = stream.read()
    assert produced == expected, f"{path} differs: if the change is meant, PAR_GOLDEN=update and review"


@pytest.mark.parametrize("format_name", sorted(EXACT))
@pytest.mark.parametrize("case", sorted(CASES))
def test_exact_formats(case: str, format_name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    produced = _output(case, format_name, tmp_path, monkeypatch).decode("utf-8")
    _compare(f"{case}.{EXACT[format_name]}", produced)


class _Structure(html.parser.HTMLParser):
    """The parts of a page a reader sees: title, headings, facts, notes, and each table's cells."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[Any] = []
        self.open: list[str] = []
        self.text: list[str] = []
        self.table: list[list[str]] | None = None
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("style", "svg"):
            self.skip += 1
        elif tag == "table":
            self.table = []
        elif tag == "tr" and self.table is not None:
            self.table.append([])
        elif tag == "br":
            self.text.append("\n")
        if tag in ("title", "h1", "h2", "h3", "li", "th", "td", "dt", "dd", "p"):
            self.open.append(tag)
            self.text = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("style", "svg"):
            self.skip -= 1
        elif tag == "table" and self.table is not None:
            self.parts.append({"table": self.table})
            self.table = None
        elif self.open and tag == self.open[-1]:
            self.open.pop()
            text = "".join(self.text).strip()
            if tag in ("th", "td") and self.table is not None:
                self.table[-1].append(text)
            elif text:
                self.parts.append([tag, text])
            self.text = []

    def handle_data(self, data: str) -> None:
        if not self.skip and self.open:
            self.text.append(data)


def _html_structure(page: str) -> str:
    parser = _Structure()
    parser.feed(page)
    return "".join(json.dumps(part, ensure_ascii=False) + "\n" for part in parser.parts)


def _xlsx_structure(data: bytes) -> str:
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data))
    sheets = []
    for sheet in book.worksheets:
        rows = [
            [None if c.value is None else [c.data_type, str(c.value)] for c in row]
            for row in sheet.iter_rows()
        ]
        sheets.append(json.dumps({"sheet": sheet.title, "freeze": sheet.freeze_panes}, ensure_ascii=False))
        sheets += [json.dumps(row, ensure_ascii=False) for row in rows]
    return "".join(line + "\n" for line in sheets)


@pytest.mark.parametrize("case", sorted(CASES))
def test_html_by_structure(case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = _output(case, "html", tmp_path, monkeypatch).decode("utf-8")
    _compare(f"{case}.html.json", _html_structure(page))


@pytest.mark.parametrize("case", sorted(CASES))
def test_xlsx_by_structure(case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _compare(f"{case}.xlsx.json", _xlsx_structure(_output(case, "xlsx", tmp_path, monkeypatch)))


def test_the_golden_files_are_all_used() -> None:
    names = {f"{case}.{ext}" for case in CASES for ext in [*EXACT.values(), "html.json", "xlsx.json"]}
    assert {path.name for path in GOLDEN.iterdir()} == names
