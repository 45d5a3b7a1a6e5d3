"""`par report` in HTML: the signed report and the internal analysis, each one self-contained file,
escaped, written atomically, checked in a real browser."""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from helpers import EXAMPLE, FIXTURES, example_texts, run_par


def _report(tmp_path: Path, *args: str, name: str = "report.html", kind: str = "analysis") -> str:
    target = tmp_path / name
    result = run_par("report", "--kind", kind, "--output", str(target), *args)
    assert result.exit_code == 0, result.stderr
    return target.read_text(encoding="utf-8")


def test_report_holds_every_part(tmp_path: Path) -> None:
    page = _report(tmp_path, "--input", str(EXAMPLE))
    for words in (
        "Legal bases",
        "2655/QĐ-UBND",
        "The plan by field",
        "<svg",
        "Where points are lost",
        "Workload by unit",
        "Criteria that need an explanation",
        "Known inconsistencies of the source",
        "Plan signed by",
        "Difficulties",
        "85.401",
        "94",
        "Made on",
    ):
        assert words in page, words
    assert "PAR Index analysis (internal)" in page
    # the files by name only: a report handed in says nothing of the machine it was made on
    assert "criteria_2024.yaml, actuals_2024.yaml" in page
    assert str(EXAMPLE.parent) not in page


def test_report_holds_each_citation_and_explanation(tmp_path: Path) -> None:
    texts = example_texts()
    assert len(texts) > 40  # the example cites a document for almost every criterion
    page = html.unescape(_report(tmp_path, "--lang", "vi", "--input", str(EXAMPLE)))
    for text in texts:
        assert text in page, text
    # office names, not ids, in the per-criterion table
    assert "Phòng Nội vụ" in page and "Phòng Tư pháp" in page


def test_report_is_self_contained(tmp_path: Path) -> None:
    page = _report(tmp_path)
    assert "<script" not in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:|//)""", page)
    assert "@import" not in page and "url(" not in page


def test_vietnamese_report(tmp_path: Path) -> None:
    page = _report(tmp_path, "--lang", "vi", "--input", str(EXAMPLE))
    assert '<html lang="vi">' in page
    assert "Căn cứ" in page and "85,401" in page and "94/100 điểm" in page
    # 85.5 of the 90 points the unit scores itself (8.6's 0.5 included): 95.00 %
    assert "Chỉ số CCHC tạm tính" in page and "85,5/90 điểm, đạt 95,00%" in page


def test_the_signed_report_as_a_page(tmp_path: Path) -> None:
    """The same document as the Word report, and nothing internal."""
    page = html.unescape(
        _report(tmp_path, "--lang", "vi", "-i", str(EXAMPLE), "--date", "02/12/2026", kind="signed")
    )
    for words in (
        "ỦY BAN NHÂN DÂN\nHUYỆN ĐẮK R'LẤP",
        "Số: \u2003\u2003/BC-UBND",
        "Đắk R'Lấp, ngày 02 tháng 12 năm 2026",
        "Kính gửi: Sở Nội vụ tỉnh Đắk Nông.",
        "I. KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM",
        "Tổng điểm tự đánh giá: 85,5/90 điểm, đạt 95,00%.",
        "<th>Lĩnh vực/Tiêu chí/Tiêu chí thành phần</th>",
        "TỔNG ĐIỂM",
        "- Lưu: VT, NV.",
        "TM. ỦY BAN NHÂN DÂN",
    ):
        assert words in page, words
    for text in example_texts():
        assert text in page, text
    for internal in ("Mục tiêu", "tạm tính", "Người ký kế hoạch", "<svg", "thẩm định"):
        assert internal not in page, internal


def test_text_from_data_is_escaped(tmp_path: Path) -> None:
    scores = tmp_path / "scores.yaml"
    scores.write_text(
        'scores:\n  "1.1":\n    score: 1\n    explanation: "<script>alert(1)</script>"\n'
        '  "1.2": {score: 1, note: "<b>x</b>"}\n',
        encoding="utf-8",
    )
    plan_text = (FIXTURES / "criteria" / "mini.yaml").read_text(encoding="utf-8")
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        plan_text.replace("name: First", 'name: "<img src=x onerror=alert(1)>"'), encoding="utf-8"
    )
    page = _report(tmp_path, "--criteria", str(plan), "--input", str(scores))
    assert "<img src=x" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    # the explanation and the note are shown, each as text
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>x" not in page
    assert "Note on 1.2: &lt;b&gt;x&lt;/b&gt;" in page


def test_existing_report_needs_force(tmp_path: Path) -> None:
    _report(tmp_path)
    again = run_par("report", "--kind", "analysis", "--output", str(tmp_path / "report.html"))
    assert again.exit_code == 2
    forced = run_par("report", "--kind", "analysis", "--output", str(tmp_path / "report.html"), "--force")
    assert forced.exit_code == 0


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


BROWSER_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.mark.skipif(
    _chromium() is None and not os.environ.get("CI"), reason="no Chromium here; .ci/run installs it"
)
def test_report_renders_and_prints_in_a_real_browser(tmp_path: Path) -> None:
    from PIL import Image
    from pypdf import PdfReader

    browser = _chromium()
    assert browser is not None, "CI must have Chromium: .ci/run installs it"
    _report(tmp_path, "--lang", "vi", "--input", str(EXAMPLE))
    page = (tmp_path / "report.html").as_uri()
    png, pdf = tmp_path / "report.png", tmp_path / "report.pdf"
    for output in (f"--screenshot={png}", f"--print-to-pdf={pdf}"):
        subprocess.run(
            [
                browser,
                *BROWSER_FLAGS,
                f"--user-data-dir={tmp_path / 'profile'}",
                "--window-size=1000,1400",
                "--no-pdf-header-footer",
                output,
                page,
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    with Image.open(png) as image:
        grey = image.convert("L")
        dark = sum(grey.histogram()[:128])
        assert dark > 0.005 * grey.width * grey.height  # text and bars, not a blank page
    reader = PdfReader(pdf)
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)  # A4 in points
    text = "".join(p.extract_text() for p in reader.pages)
    assert "85,401" in text  # the 2023 total
    assert "94/100" in text  # the estimated index of the example
    assert "Tổng điểm tự đánh giá" in text and "Chỉ số CCHC tạm tính" in text


def test_an_office_that_scores_nothing_reports_what_it_sends(tmp_path: Path) -> None:
    """Phòng Văn hóa và Thông tin scores no criterion of the bundled plan (it leads none alone): its
    report has no empty table of scores, but says so, and lists what it sends for 1.7, which Phòng
    Nội vụ scores; with nothing sent, it says that nothing is sent yet (13 criteria fall on it)."""
    scores = tmp_path / "van_hoa.yaml"
    scores.write_text(
        'year: 2024\nunit: van_hoa_thong_tin\nscores:\n  "1.7":\n'
        "    evidence:\n      - Báo cáo số 5/BC-VHTT\n",
        encoding="utf-8",
    )
    text = run_par("report", "-i", str(scores), "--format", "markdown").stdout
    assert "for 1 criterion other offices score, it sends the evidence and explanations listed below" in text
    assert "| 1.7 | Đổi mới sáng tạo trong triển khai nhiệm vụ cải cách hành chính | Phòng Nội vụ |" in text
    assert "TOTAL SELF-ASSESSED" not in text and "Every self-scored criterion" not in text
    scores.write_text("year: 2024\nunit: van_hoa_thong_tin\nscores: {}\n", encoding="utf-8")
    vi = run_par("report", "-i", str(scores), "--format", "markdown", "--lang", "vi").stdout
    assert "chưa gửi tài liệu kiểm chứng, giải trình cho 13 tiêu chí do đơn vị khác chấm điểm" in vi
