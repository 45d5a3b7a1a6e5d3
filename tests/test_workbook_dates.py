"""A date (or a time) in a workbook's figure cell is said to be one, in every format: never read as
its serial number (a trial's date.xlsx, 2 January 2024 formatted dd/mm/yyyy, was "score 45293 is
above the maximum 3")."""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from helpers import FIXTURES, run_par
from openpyxl import Workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from par_cli.readers.cells import DateValue, date_of, is_date_format

BOOKS = FIXTURES / "workbooks"


def _dates_xlsx(tmp_path: Path, epoch: date | None = None) -> Path:
    """The workbook dates.xls and dates.ods were converted from (tests/fixtures/workbooks/README.md)."""
    book = Workbook()
    if epoch is not None:
        book.epoch = epoch
    sheet = book.active
    sheet.title = "Scores"
    sheet.append(["Id", "Score", "Appraised"])
    sheet.append(["1.1", date(2024, 1, 2), None])
    sheet.append(["1.2", 0.5, None])
    sheet.append(["3.4", 6, time(12, 30)])
    sheet.append(["7.2", date(2024, 3, 1), None])
    sheet["B2"].number_format = "dd/mm/yyyy"
    sheet["C4"].number_format = "h:mm"
    sheet["B5"].number_format = "mm-dd-yy"  # Excel's built-in short date, numFmtId 14
    path = tmp_path / "dates.xlsx"
    book.save(path)
    return path


# the cell, the criterion, then what the line says in English and in Vietnamese
EXPECTED = [
    ("B2", "1.1", "the Score cell holds the date 2 Jan 2024", "ô Score chứa ngày 02/01/2024"),
    ("C4", "3.4", "the Appraised cell holds the time 12:30", "ô Appraised chứa giờ 12:30"),
    ("B5", "7.2", "the Score cell holds the date 1 Mar 2024", "ô Score chứa ngày 01/03/2024"),
]
HINT = {
    "en": ", not a number (format the cell as a number and type the figure again)",
    "vi": ", không phải một số (hãy định dạng ô kiểu số rồi nhập lại con số)",
}


@pytest.mark.parametrize("name", ["dates.xlsx", "dates.xlsx (1904)", "dates.xls", "dates.ods"])
@pytest.mark.parametrize("language", ["en", "vi"])
def test_a_date_in_a_figure_cell_is_said_to_be_one(tmp_path: Path, name: str, language: str) -> None:
    if name.startswith("dates.xlsx"):
        path = _dates_xlsx(tmp_path, CALENDAR_MAC_1904 if "1904" in name else None)
    else:
        path = BOOKS / name
    result = run_par("score", "-i", str(path), "--format", "json", env={"PAR_LANG": language})
    assert result.exit_code == 1
    severity = "error" if language == "en" else "lỗi"
    expected = [
        f"{severity}: {path}:Scores!{cell}: {criterion}: {english if language == 'en' else vietnamese}"
        f"{HINT[language]}"
        for cell, criterion, english, vietnamese in EXPECTED
    ]
    assert result.stderr.splitlines() == expected
    assert "45293" not in result.stderr


def test_what_a_number_format_shows() -> None:
    for code in ("dd/mm/yyyy", "yyyy-mm-dd", "d-mmm", "h:mm", "[h]:mm:ss", "mm:ss", "[$-42A]dd/mm/yyyy"):
        assert is_date_format(code), code
    for code in ("General", "0.00", "0%", '0.0" ngày"', "0.0\\d", "#,##0;[Red]-#,##0", "0.0_m", "@"):
        assert not is_date_format(code), code


def test_an_excel_serial_as_a_date() -> None:
    assert date_of("45293") == DateValue(date(2024, 1, 2), "2024-01-02")  # 1900 system, as Excel for Windows
    assert date_of("45293", date1904=True) == DateValue(date(2028, 1, 3), "2028-01-03")  # 1462 days on
    assert date_of("1") == DateValue(date(1900, 1, 1), "1900-01-01")  # before Excel's 29 February 1900
    assert date_of("61") == DateValue(date(1900, 3, 1), "1900-03-01")  # after it
    assert date_of("0.5208333333") == DateValue(None, "12:30")  # a time of day alone
    assert date_of("-1") is None and date_of("1e300") is None and date_of("abc") is None


def test_what_readers_xls_relies_on_for_dates_in_python_calamine() -> None:
    """If a release of python-calamine changes this, par_cli/readers/xls.py must change with it:
    a date-formatted number is given as a date, a time-formatted one as a time."""
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(BOOKS / "dates.xls")).get_sheet_by_index(0).to_python()
    assert rows[1][1] == date(2024, 1, 2), "readers/xls.py: a date cell is no longer a date"
    assert rows[3][2] == time(12, 30), "readers/xls.py: a time cell is no longer a time"
