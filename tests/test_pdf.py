"""`--format pdf`: the Word document laid out by LibreOffice, where it is installed (.ci/run
installs it, and there these tests must run); one line saying what to install where it is not."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest
from helpers import EXAMPLE, run_par

from par_cli.render import pdf_format

HAS_LIBREOFFICE = shutil.which("soffice") is not None or shutil.which("libreoffice") is not None
needs_libreoffice = pytest.mark.skipif(
    not HAS_LIBREOFFICE and not os.environ.get("CI"), reason="no LibreOffice here; .ci/run installs it"
)
A4 = (595, 842)  # in points


def _pages(path: Path) -> list[tuple[tuple[int, int], str]]:
    from pypdf import PdfReader

    reader = PdfReader(path)
    return [
        ((round(float(p.mediabox.width)), round(float(p.mediabox.height))), p.extract_text())
        for p in reader.pages
    ]


@needs_libreoffice
def test_the_signed_report_as_pdf(tmp_path: Path) -> None:
    target = tmp_path / "bao_cao.pdf"
    args = [
        "report",
        "--lang",
        "vi",
        "-i",
        str(EXAMPLE),
        "--date",
        "02/12/2026",
        "-f",
        "pdf",
        "-o",
        str(target),
    ]
    result = run_par(*args)
    assert result.exit_code == 0, result.stderr
    pages = _pages(target)
    # 5 A4 pages with LibreOffice 7.4 and its Liberation Serif (Times New Roman's metrics): the
    # heading and part I, the table of 54 rows and its total, parts II to IV, the signature
    assert len(pages) == 5
    assert {size for size, _ in pages} == {A4}
    first, *others = [text for _, text in pages]
    assert "BÁO CÁO" in first and "Kính gửi: Sở Nội vụ tỉnh Đắk Nông." in first
    assert not first.lstrip().startswith("1")  # no page number on the first page
    for number, text in enumerate(others, start=2):
        assert text.lstrip().startswith(str(number)), number  # the page number, at the top
    whole = "\n".join(text for _, text in pages)
    assert "TỔNG ĐIỂM" in whole and "85,5/90 điểm, đạt 95,00%" in whole
    assert "Nguyễn Quang Tú" in others[-1] and "Lưu: VT, NV." in others[-1]


@needs_libreoffice
def test_the_plan_as_pdf_ends_with_its_appendix_on_landscape_pages(tmp_path: Path) -> None:
    target = tmp_path / "ke_hoach.pdf"
    result = run_par("plan", "--lang", "vi", "-f", "pdf", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    pages = _pages(target)
    sizes = [size for size, _ in pages]
    assert len(pages) == 10  # 4 pages of text, 6 of the appendix (LibreOffice 7.4)
    portrait = sizes.count(A4)
    assert sizes == [A4] * portrait + [(842, 595)] * (len(pages) - portrait) and portrait == 4
    appendix = "\n".join(text for _, text in pages[portrait:])
    assert appendix.lstrip().startswith(f"{portrait + 1}\nPHỤ LỤC")
    assert "TỔNG ĐIỂM" in appendix and "85,401" in appendix and "95,5" in appendix


def test_the_analysis_goes_to_pdf_through_its_word_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The analysis takes the same road as the documents (Word, then LibreOffice), whose pages the
    tests above check: here, what LibreOffice is given is the analysis's Word document."""
    given: list[bytes] = []
    monkeypatch.setattr(pdf_format, "convert", lambda docx: given.append(docx) or b"%PDF-1.7 stand-in")
    target = tmp_path / "phan_tich.pdf"
    result = run_par("report", "--kind", "analysis", "-i", str(EXAMPLE), "-f", "pdf", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert target.read_bytes() == b"%PDF-1.7 stand-in"
    assert len(given) == 1 and b"PAR Index analysis (internal)" in _document_xml(given[0])


def _document_xml(docx: bytes) -> bytes:
    import io
    import zipfile

    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        return archive.read("word/document.xml")


def test_without_libreoffice_one_line_says_what_to_install(tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    empty = tmp_path / "bin"
    empty.mkdir()
    result = run_par("plan", "-f", "pdf", "-o", str(target), env={"PATH": str(empty)})
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {target}: a PDF is made by LibreOffice, which is not installed here (install LibreOffice "
        "Writer (Debian, Ubuntu: sudo apt install libreoffice-writer-nogui; Windows, macOS: "
        "libreoffice.org), or write --format docx and save it as PDF from Word)\n"
    )
    assert not target.exists() and list(tmp_path.iterdir()) == [empty]


def _fake_soffice(folder: Path, script: str) -> dict[str, str]:
    folder.mkdir()
    fake = folder / "soffice"
    fake.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    fake.chmod(0o755)
    return {"PATH": f"{folder}:/usr/bin:/bin"}


@pytest.mark.skipif(os.name != "posix", reason="a shell script stands in for LibreOffice")
def test_a_failing_libreoffice_is_one_line_and_no_file(tmp_path: Path) -> None:
    env = _fake_soffice(tmp_path / "bin", "echo 'Error: source file could not be loaded' >&2\nexit 1\n")
    target = tmp_path / "r.pdf"
    result = run_par("plan", "-f", "pdf", "-o", str(target), env=env)
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"error: {target}: LibreOffice could not make the PDF: Error: source file could not be loaded ("
    )
    assert not target.exists()


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="Linux: reads /proc")
def test_a_libreoffice_that_hangs_is_stopped_with_its_children(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid_file = tmp_path / "child.pid"
    env = _fake_soffice(tmp_path / "bin", f"sleep 60 &\necho $! > {pid_file}\nwait\n")
    monkeypatch.setattr(pdf_format, "TIMEOUT", 1)
    target = tmp_path / "r.pdf"
    started = time.monotonic()
    result = run_par("plan", "-f", "pdf", "-o", str(target), env=env)
    assert time.monotonic() - started < 30
    assert result.exit_code == 1
    assert "LibreOffice could not make the PDF: it took longer than 1 s" in result.stderr
    assert not target.exists()
    child = Path(f"/proc/{int(pid_file.read_text())}/status")
    time.sleep(0.2)
    # the child it started is ended too: gone, or a zombie that only waits to be reaped by init
    assert not child.exists() or "State:\tZ" in child.read_text()
