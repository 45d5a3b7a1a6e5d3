"""Writing xlsx whatever the data holds: control characters escaped, sheet names as Excel allows."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from helpers import run_par
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from par_cli.render.xlsx_format import sheet_name


def test_a_control_character_in_any_text_is_written_escaped(tmp_path: Path) -> None:
    scores = tmp_path / "scores.yaml"
    # YAML's own escapes can put any character in a text: ESC, SOH, a right-to-left override
    scores.write_text('assessed_unit: "X\\x01a \\u202e Nh\\x1bn"\nscores:\n  "7.2": 1\n', encoding="utf-8")
    out = tmp_path / "out.xlsx"
    result = run_par("score", "-i", str(scores), "--format", "xlsx", "--output", str(out))
    assert result.exit_code == 0, result.stderr
    values = [str(c.value) for c in load_workbook(out).worksheets[0]["B"] if c.value]
    assert "X\\x01a \\u202e Nh\\x1bn" in values  # as the table and JSON show it


@given(st.text(max_size=60))
def test_every_sheet_name_is_one_excel_accepts(title: str) -> None:
    taken: set[str] = set()
    names = [sheet_name(title, taken, "Table") for _ in range(3)]
    for name in names:
        assert 1 <= len(name) <= 31
        assert not set(name) & set("[]:*?/\\")
        assert not name.startswith("'") and not name.endswith("'")
        assert name.casefold() != "history"
        assert all(unicodedata.category(ch)[0] != "C" for ch in name)  # no control, no bidi override
    assert len({name.casefold() for name in names}) == 3  # unique, whatever the case


def test_sheet_names_excel_would_refuse() -> None:
    taken: set[str] = set()
    assert sheet_name("History", taken, "Table") == "History (2)"
    assert sheet_name("'Quoted'", taken, "Table") == "Quoted"
    assert sheet_name("a\u202eb\x1bc", taken, "Table") == "abc"
    assert sheet_name("QUOTED", taken, "Table") == "QUOTED (2)"
    assert sheet_name("'", taken, "Table") == "Table"
