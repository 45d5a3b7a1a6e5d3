"""The signed report with evidence handed in as files: HTML links each file relatively to where the
report is written (so the report and the folder travel together), Word lists them per criterion."""

from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import unquote

from helpers import run_par

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "tu_phap_ho_so.yaml"
EXAMPLE_DIR = ROOT / "examples" / "evidence"


def _report(output: Path, *args: str) -> None:
    result = run_par(
        "--lang", "vi", "report", "-i", str(EXAMPLE), "--evidence-dir", str(EXAMPLE_DIR),
        "--output", str(output), "--date", "02/12/2026", *args,
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr


def test_the_html_report_links_each_file_from_where_it_is_written(tmp_path: Path) -> None:
    for output in (tmp_path / "bao_cao.html", tmp_path / "a" / "b" / "bao_cao.html"):
        output.parent.mkdir(parents=True, exist_ok=True)
        _report(output)
        html = output.read_text(encoding="utf-8")
        links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', html)
        # 6 files named: 2.1, 2.2 and 2.4 the same report, then 2.3, 3.4 and 3.6 one each
        assert len(links) == 6
        for href, shown in links:
            assert not href.startswith("/") and "%20" in href  # relative, and a URL
            target = (output.parent / unquote(href)).resolve()
            assert target.is_file() and target.name == shown
            assert EXAMPLE_DIR in target.parents
        assert "DANH MỤC TÀI LIỆU KIỂM CHỨNG" in html


def test_html_on_stdout_links_from_the_current_folder() -> None:
    result = run_par("report", "-i", str(EXAMPLE), "--evidence-dir", str(EXAMPLE_DIR))
    assert result.exit_code == 0
    href = re.findall(r'<a href="([^"]+)">', result.stdout)[0]
    assert (Path(os.getcwd()) / unquote(href)).resolve().is_file()


def test_the_word_report_lists_the_files_per_criterion(tmp_path: Path) -> None:
    from docx import Document

    output = tmp_path / "bao_cao.docx"
    _report(output, "--format", "docx")
    document = Document(str(output))
    table = document.tables[-1]  # the appendix, after the signature
    rows = [[cell.text for cell in row.cells] for row in table.rows]
    assert rows[0] == ["STT", "Số, ký hiệu", "Ngày ban hành", "Trích yếu", "Tệp"]
    assert rows[1] == ["2.1", "", "", "Ban hành văn bản quy phạm pháp luật (QPPL) trong năm", ""]
    assert rows[2] == [
        "",
        "198/BC-UBND",
        "05/12/2024",
        "Báo cáo công tác văn bản quy phạm pháp luật năm 2024",
        "Báo cáo 198-BC-UBND.pdf",
    ]
    assert ["3.6", "", "", "Thực hiện xin lỗi bằng văn bản khi giải quyết TTHC sai sót, trễ hạn", ""] in rows
    texts = [p.text for p in document.paragraphs]
    assert "DANH MỤC TÀI LIỆU KIỂM CHỨNG" in texts
    # the table of letter 383 cites each file by its title, number and date
    cells = [cell.text for row in document.tables[1].rows for cell in row.cells]
    assert "Quyết định công bố danh mục văn bản hết hiệu lực, số 85/QĐ-UBND, ngày 15/01/2024" in cells


def test_a_report_naming_a_missing_file_is_refused(tmp_path: Path) -> None:
    result = run_par("report", "-i", str(EXAMPLE), "--output", str(tmp_path / "r.html"))
    assert result.exit_code == 1  # without --evidence-dir, the paths start from examples/
    assert "2.1: evidence file '2.1 Ban hành" in result.stderr
    assert not (tmp_path / "r.html").exists()
