"""A sheet exported as CSV and sent as the scores: one line saying it is a CSV table and what par
reads, never a YAML message about mappings. Told by the name (.csv, .tsv) or by the content (every
line cut by the same separator), and only of a file that is no YAML mapping."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest
from helpers import run_par

READS = "(par reads .xlsx, .xlsm, .xls and .ods workbooks, and YAML scores files)"
CSV = (
    "is not a workbook par can read: it is a CSV table (values separated by commas, semicolons or "
    "tabs); open it in Excel or LibreOffice and save it as .xlsx " + READS
)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("scores.csv", "STT,Điểm\n2.1,3\n".encode()),  # the trial's file
        ("scores.csv", b"STT\n2.1\n"),  # one column: no separator, told by the name
        ("scores.txt", "STT;Điểm tự đánh giá\n2.1;1,5\n".encode()),  # Excel's CSV where , is decimal
        ("scores.txt", codecs.BOM_UTF16_LE + "STT\tĐiểm\n2.1\t3\n".encode("utf-16-le")),  # "Unicode text"
        ("scores.tsv", "STT\tĐiểm\n2.1\t3\n".encode()),  # YAML refuses its tabs; still a table
        ("scores.xlsx", "STT,Điểm\n2.1,3\n".encode()),  # exported as CSV, then named as a workbook
    ],
)
def test_a_csv_file_gets_one_line_naming_what_par_reads(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = run_par("score", "-i", str(path))
    assert result.exit_code == 1
    assert result.stderr == f"error: {path}: {CSV}\n"
    data = json.loads(run_par("score", "-i", str(path), "--format", "json").stdout)
    assert [p["code"] for p in data["problems"]] == ["not-a-workbook"]


def test_in_vietnamese(tmp_path: Path) -> None:
    path = tmp_path / "diem.csv"
    path.write_text("STT,Điểm\n2.1,3\n", encoding="utf-8")
    result = run_par("score", "-i", str(path), env={"PAR_LANG": "vi"})
    assert result.exit_code == 1
    assert result.stderr == (
        f"lỗi: {path}: không phải bảng tính par đọc được: đây là bảng CSV (giá trị cách nhau bằng dấu "
        "phẩy, chấm phẩy hoặc tab); hãy mở bằng Excel hoặc LibreOffice rồi lưu thành .xlsx (par đọc "
        "bảng tính .xlsx, .xlsm, .xls, .ods và tệp điểm YAML)\n"
    )


def test_a_yaml_mapping_is_read_whatever_its_name(tmp_path: Path) -> None:
    path = tmp_path / "scores.csv"
    path.write_text('scores:\n  "2.1": 3\n', encoding="utf-8")
    result = run_par("score", "-i", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("# Tự đánh giá, năm 2024\nscores:\n  2.1: 3, 4\n  - x, y\n", "not valid YAML"),  # commas, still YAML
        ("", "the file is empty"),
    ],
)
def test_broken_or_empty_yaml_is_not_taken_for_a_table(tmp_path: Path, content: str, words: str) -> None:
    path = tmp_path / "scores.yaml"
    path.write_text(content, encoding="utf-8")
    result = run_par("score", "-i", str(path))
    assert result.exit_code == 1
    assert words in result.stderr and "CSV" not in result.stderr
