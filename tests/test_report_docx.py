"""`par report --format docx`: the Word report an office edits, signs and files.

Checked two ways: read back with python-docx (what it holds, how it is set), and turned into PDF
by LibreOffice where the machine has it (.ci/run installs it), whose pages must be A4.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from helpers import EXAMPLE, example_texts, run_par


def _write(tmp_path: Path, *args: str) -> Path:
    target = tmp_path / "report.docx"
    result = run_par("report", "--format", "docx", "--output", str(target), *args)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    return target


def _all_text(document: object) -> str:
    """The text of every paragraph, in the body and in every table cell."""
    parts = [p.text for p in document.paragraphs]  # type: ignore[attr-defined]
    for table in document.tables:  # type: ignore[attr-defined]
        for row in table.rows:
            parts += [cell.text for cell in row.cells]
    return "\n".join(parts)


def test_word_report_holds_the_self_assessment(tmp_path: Path) -> None:
    document = Document(str(_write(tmp_path, "--lang", "vi", "--input", str(EXAMPLE))))
    text = _all_text(document)
    # the heading block of an administrative document
    for words in (
        "ỦY BAN NHÂN DÂN HUYỆN ĐẮK R'LẤP",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Số: .../BC-UBND",
        "Đắk R'Lấp, ngày ",
        "BÁO CÁO",
        "Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024",
        "Nơi nhận:",
        "TM. ỦY BAN NHÂN DÂN",
        "XII. Đề xuất, kiến nghị",  # the parts numbered as reports number them
    ):
        assert words in text, words
    for citation in example_texts():
        assert citation in text, citation
    assert "Phòng Nội vụ" in text and "noi_vu" not in text  # offices by name (tests/test_widths.py)
    assert "85,401" in text and "93,5" in text  # the 2023 total; the estimated index
    assert "14/9/2021" in text  # the date of the first legal basis, as Vietnamese documents write it


def test_word_report_is_set_as_documents_are(tmp_path: Path) -> None:
    document = Document(str(_write(tmp_path, "--lang", "vi", "--input", str(EXAMPLE))))
    normal = document.styles["Normal"].font
    assert (normal.name, normal.size.pt) == ("Times New Roman", 13)
    # in whole mm: Word stores twentieths of a point, so 210 mm reads back as 210.01
    sizes = [(round(s.page_width.mm), round(s.page_height.mm)) for s in document.sections]
    assert sizes[0] == (210, 297)  # A4 portrait first
    assert set(sizes) == {(210, 297), (297, 210)}  # A4 either way, nothing else
    # the per-criterion table is too wide for a portrait page: its section is landscape
    assert any(s.orientation == WD_ORIENT.LANDSCAPE for s in document.sections)
    # every table of figures repeats its header row on each page it runs on
    data_tables = document.tables[1:-1]  # the first is the heading block, the last the signature
    assert data_tables
    for table in data_tables:
        assert table.rows[0]._tr.xpath("./w:trPr/w:tblHeader"), table.rows[0].cells[0].text


def test_word_report_of_the_plan_alone(tmp_path: Path) -> None:
    text = _all_text(Document(str(_write(tmp_path))))
    assert "PAR Index report" in text and "Legal bases" in text


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(_soffice() is None, reason="no LibreOffice here; .ci/run installs it")
def test_word_report_converts_to_a4_pages(tmp_path: Path) -> None:
    from pypdf import PdfReader

    soffice = _soffice()
    assert soffice is not None
    source = _write(tmp_path, "--lang", "vi", "--input", str(EXAMPLE))
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    reader = PdfReader(tmp_path / "report.pdf")
    sizes = {(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages}
    assert sizes == {(595, 842), (842, 595)}  # A4 portrait and landscape, in points
    text = "".join(page.extract_text() for page in reader.pages)
    assert "BÁO CÁO" in text and "85,401" in text


def test_a_commune_reporting_on_its_district_plan_heads_its_own_report(tmp_path: Path) -> None:
    scores = tmp_path / "xa.yaml"
    scores.write_text('assessed_unit: xã Nhân Cơ\nscores:\n  "1.1": 2\n', encoding="utf-8")
    text = _all_text(Document(str(_write(tmp_path, "--lang", "vi", "--input", str(scores)))))
    assert "ỦY BAN NHÂN DÂN XÃ NHÂN CƠ" in text and "Nhân Cơ, ngày " in text
    assert "HUYỆN ĐẮK R'LẤP" not in text.split("BÁO CÁO")[0]  # the district does not head it
    assert "Nguyễn Quang Tú" not in text.split("Nơi nhận:")[1]  # nor does its chairman sign it
