"""Fill in a workbook form as a user does in LibreOffice Calc, then save it and print it to PDF.

Run by a Python that has LibreOffice's ``uno`` module (the system's, with python3-uno), never by
the tests' own: ``python3 lo_fill.py FORM.xlsx FILLED.xlsx FILLED.pdf PROFILE_URL CELLS_JSON``.
CELLS_JSON maps a criterion id to {column letter: value}. Each value goes in through Calc's own cell
API, as typing does, so that Calc fits the row to it where the row lets it; the saved workbook is
then opened afresh and exported as a PDF, as ``soffice --convert-to pdf`` does.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import time

import uno  # type: ignore[import-not-found]
from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]


def _props(**values: object) -> tuple[object, ...]:
    out = []
    for name, value in values.items():
        prop = PropertyValue()
        prop.Name, prop.Value = name, value
        out.append(prop)
    return tuple(out)


def _connect(pipe: str) -> object:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.monotonic() + 90
    while True:
        try:
            return resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)


def main(form: str, filled: str, pdf: str, profile: str, cells: str) -> None:
    pipe = f"par_fill_{abs(hash(profile))}"
    office = subprocess.Popen(
        [
            "soffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--invisible",
            "--norestore",
            f"--accept=pipe,name={pipe};urp;",
        ]
    )
    try:
        context = _connect(pipe)
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(form), "_blank", 0, _props(Hidden=True))
        sheet = doc.Sheets.getByIndex(0)
        rows = {sheet.getCellByPosition(0, r).getString(): r for r in range(200)}
        for criterion, values in json.loads(cells).items():
            for letter, value in values.items():
                cell = sheet.getCellByPosition(ord(letter) - ord("A"), rows[criterion])
                if isinstance(value, str):
                    cell.setString(value)
                else:
                    cell.setValue(value)
        doc.storeToURL(uno.systemPathToFileUrl(filled), _props(FilterName="Calc MS Excel 2007 XML"))
        doc.close(True)
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(filled), "_blank", 0, _props(Hidden=True))
        doc.storeToURL(uno.systemPathToFileUrl(pdf), _props(FilterName="calc_pdf_Export"))
        doc.close(True)
        with contextlib.suppress(Exception):  # the bridge goes as the office quits
            desktop.terminate()
        office.wait(timeout=60)
    finally:
        if office.poll() is None:
            office.kill()
            office.wait()


if __name__ == "__main__":
    main(*sys.argv[1:6])
