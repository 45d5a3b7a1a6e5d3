"""PDF: the Word document, turned into pages by LibreOffice (`soffice --headless --convert-to pdf`).

LibreOffice lays out the same document Word opens, so the PDF and the .docx agree page for page.
It runs in a temporary folder with a profile of its own (a LibreOffice the user has open is not
disturbed), under a time limit; its whole process group is ended if it overruns. Where it is not
installed, a problem says what to install.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from par_cli.core.problems import Code, Term, os_reason
from par_cli.render import docx_format
from par_cli.views.shapes import Document, Report

TIMEOUT = 180  # seconds: a first start with a fresh profile takes a few; a long plan a few more
# Where installers put it when it is not on the PATH (Windows, macOS).
PLACES = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
)


class PdfFailure(Exception):
    """LibreOffice is missing, or did not make the PDF: a problem the command line reports."""

    def __init__(self, code: Code, **params: Any) -> None:
        super().__init__(code.value)
        self.code = code
        self.params = params


def find_soffice() -> str | None:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    return found or next((place for place in PLACES if os.path.isfile(place)), None)


def render(report: Report, width: int | None = None, colour: bool = False) -> bytes:
    return convert(docx_format.render(report))


def render_document(document: Document) -> bytes:
    return convert(docx_format.render_document(document))


def convert(docx: bytes, timeout: int | None = None) -> bytes:
    soffice = find_soffice()
    if soffice is None:
        raise PdfFailure(Code.PDF_NEEDS_LIBREOFFICE)
    with tempfile.TemporaryDirectory(prefix="par-pdf-") as folder:
        source = Path(folder) / "document.docx"
        source.write_bytes(docx)
        command = [
            soffice,
            f"-env:UserInstallation={(Path(folder) / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--nolockcheck",
            "--convert-to",
            "pdf",
            "--outdir",
            folder,
            str(source),
        ]
        error = _run(command, timeout or TIMEOUT)
        pdf = Path(folder) / "document.pdf"
        if not pdf.is_file() or pdf.stat().st_size == 0:
            raise PdfFailure(Code.PDF_FAILED, reason=error or Term("pdf.no_output"))
        return pdf.read_bytes()


def _run(command: list[str], timeout: int) -> str | Term | None:
    """Run LibreOffice; what it said on stderr when it failed. Its process group is ended on
    overrun (soffice starts soffice.bin, which a plain kill would leave running)."""
    group = os.name == "posix"
    try:
        process = subprocess.Popen(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            start_new_session=group,
        )
    except OSError as error:
        raise PdfFailure(Code.PDF_FAILED, reason=os_reason(error)) from None
    try:
        _, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        if group:
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
        process.communicate()
        raise PdfFailure(Code.PDF_FAILED, reason=Term("pdf.timeout", {"seconds": timeout})) from None
    if process.returncode == 0:
        return None
    lines = [line for line in stderr.decode("utf-8", "replace").splitlines() if line.strip()]
    return lines[-1].strip() if lines else Term("pdf.exit", {"code": process.returncode})
