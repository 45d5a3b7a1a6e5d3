"""The workbook form on paper: what its first rows say, its page set-up, borders, row heights that
fit what prints, the signature block, the place for difficulties and proposals, a sheet whose sums
never disagree with par unnoticed, and validation rules that stay few however large the plan."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from helpers import FIXTURES, run_par
from openpyxl import load_workbook

from par_cli.render.measure import height, lines, text_width
from par_cli.render.paging import SHRINK, Rows, fit_scale
from par_cli.texts.labels import Labels

MINI = FIXTURES / "criteria" / "mini.yaml"


def _form(tmp_path: Path, *args: str, language: str = "en", name: str = "form.xlsx") -> Path:
    path = tmp_path / name
    result = run_par("template", "--format", "xlsx", "--output", str(path), *args, env={"PAR_LANG": language})
    assert result.exit_code == 0, result.stderr
    return path


def _sheet(path: Path) -> Any:
    return load_workbook(path).worksheets[0]


def _rows(sheet: Any) -> dict[str, int]:
    return {str(row[0].value): row[0].row for row in sheet.iter_rows(min_row=5) if row[0].value}


def test_text_is_measured_in_times_new_roman() -> None:
    # "Phòng Nội vụ" in Times New Roman (thousandths of an em, each accented letter as wide as its
    # base): P 556, h o n g 500 each, space 250, N 722, o 500, i 278, space 250, v u 500 each: 5556,
    # so 55.56 points at 10 points, measured 3 % wide: 57.2268
    assert text_width("Phòng Nội vụ", 10) == pytest.approx(57.2268)
    # A column 10 characters wide holds (10 x 7 - 6) x 0.75 = 48 points: "Phòng Nội" (44.35 points
    # with its 3 %) on one line, "vụ" on the next; 12 characters wide (58.5 points) holds it all
    assert lines("Phòng Nội vụ", 10, 10) == 2
    assert lines("Phòng Nội vụ", 12, 10) == 1
    # "Phòng Tư pháp": 6153 thousandths, 63.38 points with its 3 %; 14 characters hold 69 points
    assert lines("Phòng Nội vụ\nPhòng Tư pháp", 14, 10) == 2  # each line of a cell wraps on its own
    assert height(2, 10) == 27.5  # 2 lines of 12.5 points, and 2.5 of margin


def test_the_first_rows_say_what_the_form_is(tmp_path: Path) -> None:
    sheet = _sheet(_form(tmp_path, "--unit", "tu_phap"))
    title = "Self-assessment 2024: Duy trì, cải thiện và nâng cao Chỉ số Cải cách hành chính (PAR INDEX)"
    assert sheet["A1"].value.startswith(title)
    assert sheet["A2"].value == "Year: 2024    Unit assessed: huyện Đắk R'Lấp"
    assert (
        sheet["A3"].value
        == f"Filled in by (office): Phòng Tư pháp    Form made: {Labels('en').date(date.today())}"
    )  # 2 Dec 2026: the day par made it; the signer dates the signature
    assert {str(r) for r in sheet.merged_cells.ranges} >= {"A1:J1", "A2:J2", "A3:J3"}
    assert sheet.print_title_rows == "$1:$4"  # they and the header row print on every page
    assert [sheet.cell(4, c).value for c in (1, 5, 6, 10)] == ["Id", "Score", "Percent (%)", "Scoring"]
    vi = _sheet(_form(tmp_path, language="vi", name="vi.xlsx"))
    assert vi["A3"].value.startswith("Đơn vị điền: ……")  # the unit's own form: written in by hand
    assert vi.cell(4, 6).value == "Tỷ lệ (%)" and vi.cell(4, 10).value == "Đơn vị chấm"


@pytest.mark.parametrize(("language", "footer"), [("en", "Page &P of &N"), ("vi", "Trang &P/&N")])
def test_it_prints_on_a4_landscape_one_page_wide_with_page_numbers(
    tmp_path: Path, language: str, footer: str
) -> None:
    sheet = _sheet(_form(tmp_path, language=language))
    setup = sheet.page_setup
    assert setup.orientation == "landscape" and int(setup.paperSize) == 9  # A4
    # One page wide at a scale par sets, the same in Excel and LibreOffice (each fitting the width
    # itself would page the rows its own way): 72 % at most (fit_scale, below), a few percent less
    # where that keeps the total and the signatures on a page with the table's last rows
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is False
    assert 72 - SHRINK <= int(setup.scale) <= 72 and sheet.page_margins.top >= 0.5
    assert sheet.oddFooter.center.text == footer
    # up to who scores it, and down to the room for signatures below the last names
    assert str(sheet.print_area).endswith(f"!$A$1:$J${sheet.max_row + 3}")  # 3 rows to sign in


def test_the_print_scale_fits_the_printed_columns_in_both_programs() -> None:
    # The 10 printed columns, 5 + 56 + 7 + 8 + 9 + 8 + 34 + 28 + 13 + 22 = 190 characters: at
    # LibreOffice's 5.5 points a character, 3 % wide, 1,076.35 points at 100 %; between margins of
    # 0.4 inch, 841.89 - 57.6 = 784.29 points: 72.87 %, so 72 (Excel's 5.25 points would allow 78)
    assert fit_scale([5, 56, 7, 8, 9, 8, 34, 28, 13, 22], 0.4, 0.4) == 72


def test_the_end_of_the_form_prints_with_the_last_rows_of_its_table() -> None:
    """A page holds (595.28 - (top + 0.6) x 72) x 100 / scale points of rows (A4 landscape, a
    bottom margin of 0.6 inch), taken with 99 % to 103 % of that room (Excel's and LibreOffice's):
    516.08 x 100 / scale with a top margin of 0.5. Every page repeats 100 points of title rows."""
    # 20 rows of 15 points and an end of 120: 100 + 300 + 120 = 520, one page at 72 %
    assert Rows(100, [15] * 20, [120]).layout(72, 0.5, 0.6) == (72, 0.5)
    # 33 rows: 100 + 495 + 120 = 715; at 72 % a page holds 716.78, but 709.61 at 99 %: the end
    # would go over alone. At 71 %, 726.87 and 719.60 at 99 %: the end stays, at 71 %
    assert Rows(100, [15] * 33, [120]).layout(72, 0.5, 0.6) == (71, 0.5)
    # 40 rows: 820 points, one page only below 62.9 % (516.08 x 0.99 / 820), too small; so the top
    # margin grows until the last rows go over with the end at 103 % of the room too: a page of
    # 100 + 600 must not fit, 700 > (595.28 - (m + 0.6) x 72) / 0.72 x 1.03, m > 0.872: 0.9. There
    # 99 % holds 38 rows and 103 % 39, each leaving 2 or 1 of them, and the end, for page 2
    rows = Rows(100, [15] * 40, [120])
    assert rows.layout(72, 0.5, 0.6) == (72, 0.9)
    assert rows.end_apart(516.08 / 0.72) and not rows.end_apart((595.28 - 1.5 * 72) / 0.72)
    # the same with the 39th row a heading: page 2 must not begin under it, so 103 % too must
    # leave 2 rows over, 685 > room x 1.03, m > 1.018: 1.05 (at 1.0, 103 % holds the heading alone)
    headed = Rows(100, [15] * 40, [120], [i == 38 for i in range(40)])
    assert headed.layout(72, 0.5, 0.6) == (72, 1.05)
    # an end too tall for any page is left as it is: nothing keeps it with the table
    assert Rows(100, [15] * 40, [700]).layout(72, 0.5, 0.6) == (72, 0.5)


def test_every_printed_cell_of_the_table_has_borders(tmp_path: Path) -> None:
    sheet = _sheet(_form(tmp_path))
    total = next(r for r in range(5, sheet.max_row + 1) if sheet.cell(r, 2).value == "Total")
    for row in range(4, total + 1):
        for column in range(1, 11):
            cell = sheet.cell(row, column)
            border = cell.border
            sides = [border.left, border.right, border.top, border.bottom]
            if type(cell).__name__ == "MergedCell":  # the total's warning spans G:J, boxed whole
                sides = [border.top, border.bottom] + ([border.right] if column == 10 else [])
            assert all(side.style == "thin" for side in sides), (row, column)
        left = sheet.cell(row, 11).border.left  # the evidence files, on screen only
        assert left is None or left.style is None


def test_row_heights_fit_what_prints_and_nothing_else(tmp_path: Path) -> None:
    plan = MINI.read_text(encoding="utf-8").replace(
        "        lead_text: Office A\n",
        "        lead_text: Office A\n        task: ["
        + ", ".join(['"a long task that never prints"'] * 40)
        + "]\n",
    )
    path = tmp_path / "plan.yaml"
    path.write_text(plan.replace("name: Second", "name: " + "Second and longer " * 12), encoding="utf-8")
    sheet = _sheet(_form(tmp_path, "--criteria", str(path)))
    rows = _rows(sheet)
    # 1.1 has 40 tasks (a column that never prints): its row is one line tall, 12.5 + 2.5 points
    assert sheet.row_dimensions[rows["1.1"]].height == 15
    assert sheet.cell(rows["1.1"], 14).alignment.wrap_text is not True  # the task: one line
    # 1.2's name is "Second and longer " 12 times: 17 characters a time and a space, 216 in all; in
    # the name column's 289.5 points (56 x 7 - 6 pixels) at about 78 points a time, 3 a line: 4 lines
    assert sheet.row_dimensions[rows["1.2"]].height == 4 * 12.5 + 2.5
    assert sheet.cell(rows["1.2"], 2).alignment.wrap_text


def test_a_criterion_row_is_free_to_grow_and_the_rest_keep_their_height(tmp_path: Path) -> None:
    """Excel and LibreOffice fit a row to what is typed in it unless its height was set by hand
    (customHeight): a criterion's row is written with its measured height alone; the title rows
    (merged: Excel fits no merged cell), the header, the headings and the total keep theirs."""
    path = _form(tmp_path, "--unit", "tu_phap")
    rows = _rows(_sheet(path))
    with zipfile.ZipFile(path) as package:
        xml = package.read("xl/worksheets/sheet1.xml").decode()
    tags = {int(m.group(2)): m.group(1) for m in re.finditer(r'(<row r="(\d+)"[^>]*>)', xml)}
    for criterion in ("1.7", "2.1", "8.1"):
        assert 'ht="' in tags[rows[criterion]] and "customHeight" not in tags[rows[criterion]]
    total = max(rows.values()) + 1
    for fixed in (1, 2, 3, 4, rows["2"], total):
        assert 'customHeight="1"' in tags[fixed], fixed


def test_a_signature_block_follows_the_table_where_par_reads_nothing(tmp_path: Path) -> None:
    for language, words in (
        ("en", ["…………, date ……/……/……", "Prepared by", "Head of the office", "(signature and full name)"]),
        (
            "vi",
            ["…………, ngày …… tháng …… năm ……", "Người lập biểu", "Thủ trưởng đơn vị", "(Ký, ghi rõ họ tên)"],
        ),
    ):  # the date line is the signer's to fill, year included: the 2024 round is often signed in 2025
        path = _form(tmp_path, language=language, name=f"{language}.xlsx")
        sheet = _sheet(path)
        total = max(_rows(sheet).values()) + 1
        below = [cell.value for row in sheet.iter_rows(min_row=total + 1) for cell in row if cell.value]
        assert all(any(word == value for value in below) for word in words), below
        assert not any("2024" in value or str(date.today().year) in value for value in below)
        assert all(sheet.cell(row, 1).value is None for row in range(total, sheet.max_row + 1))
        assert run_par("score", "-i", str(path)).exit_code == 0  # the form reads back as it is


def test_a_place_for_difficulties_and_proposals(tmp_path: Path) -> None:
    about = load_workbook(_form(tmp_path, language="vi")).worksheets[1]
    rows = {row[1].value: row for row in about.iter_rows() if row[1].value}
    for key, label in (
        ("difficulties", "Khó khăn, vướng mắc (mỗi ý một dòng)"),
        ("proposals", "Đề xuất, kiến nghị (mỗi ý một dòng)"),
    ):
        label_cell, _, value = rows[key]
        assert label_cell.value == label and value.value is None
        assert value.protection.locked is False and value.alignment.wrap_text
    assert about.column_dimensions["B"].hidden


def test_the_about_sheet_says_what_to_do_with_the_form(tmp_path: Path) -> None:
    """A civil servant fills the form in by hand or in Excel: the About sheet never sends them to
    a command line, and an office's form says to whom it goes back (the plan's collector)."""
    office = load_workbook(_form(tmp_path, "--unit", "tu_phap", language="vi")).worksheets[1]["A2"].value
    assert "Sau đó lưu tệp và gửi lại Phòng Nội vụ (đơn vị tổng hợp)" in office
    assert "in ra, ký (Người lập biểu, Thủ trưởng đơn vị)" in office
    english = load_workbook(_form(tmp_path, "--unit", "tu_phap", name="en.xlsx")).worksheets[1]["A2"].value
    assert "send it back to Phòng Nội vụ, which collects the forms" in english
    # the unit's own form, and the collector's, stay with whoever fills them in: signed, kept
    for args in ((), ("--unit", "noi_vu")):
        own = load_workbook(_form(tmp_path, *args, name=f"own{len(args)}.xlsx")).worksheets[1]["A2"].value
        assert own.endswith(
            "Then save the file, print it and have it signed (Prepared by, Head of the office)."
        )
    for text in (office, english, own):
        assert "par " not in text and "--input" not in text


def test_a_score_typed_as_text_is_flagged_in_the_sheet(tmp_path: Path) -> None:
    sheet = _sheet(_form(tmp_path))
    rows = _rows(sheet)
    first, last = min(rows.values()), max(rows.values())
    formats = {str(rng.sqref): rng.rules for rng in sheet.conditional_formatting}
    for column in ("E", "F", "M", "Q"):  # score, survey percent, first and final appraisal
        (rule,) = formats[f"{column}{first}:{column}{last}"]
        # text, but not the "" of a subtotal with nothing below it yet
        assert rule.formula == [f'AND(ISTEXT({column}{first}),{column}{first}<>"")']
    warning = sheet.cell(last + 1, 7).value  # under the total, in the evidence column
    scores = f"E{first}:E{last}"
    assert f'SUMPRODUCT(ISTEXT({scores})*({scores}<>""))' in warning and "typed as text" in warning


def test_one_validation_rule_per_distinct_maximum(tmp_path: Path) -> None:
    sheet = _sheet(_form(tmp_path))
    every = sheet.data_validations.dataValidation
    rules = [rule for rule in every if rule.type == "decimal"]
    # The 46 maxima of the bundled plan take 11 values: 0.5, 1, 1.5, 2, 3, 4, 4.5, 5, 7, 8, 10;
    # one more rule holds 8.1's survey percent (0 to 100)
    assert sorted(Decimal(rule.formula2) for rule in rules) == [
        Decimal(v) for v in ("0.5", "1", "1.5", "2", "3", "4", "4.5", "5", "7", "8", "10", "100")
    ]
    # each criterion's score, first and final appraisal cells, once, in the rule of its maximum:
    # 3.4 alone has 7
    seven = next(rule for rule in rules if rule.formula2 == "7")
    row = _rows(sheet)["3.4"]
    assert str(seven.sqref) == f"E{row} M{row} Q{row}"
    # 45 criteria the unit scores, three cells each; 8.1's score (a survey: no appraisal) and percent
    assert sum(len(str(rule.sqref).split()) for rule in rules) == 45 * 3 + 2
    # the response to the first appraisal: one of two words, in each of those 45 rows
    (responses,) = [rule for rule in every if rule.type == "list"]
    assert responses.formula1 == '"accept,contest"' and len(str(responses.sqref).split()) == 45


def test_an_office_form_holds_what_the_office_acts_on(tmp_path: Path) -> None:
    # The Văn phòng scores 7.3 (no lead, field 7 is its) and oversees 3.8; Phòng Nội vụ scores 8.4
    van_phong = _rows(_sheet(_form(tmp_path, "--unit", "van_phong")))
    assert {"3.8", "7.3", "3.7", "8.5"} <= set(van_phong) and "8.4" not in van_phong
    noi_vu = _rows(_sheet(_form(tmp_path, "--unit", "noi_vu", name="nv.xlsx")))
    assert {"8.4", "3.4", "7.2"} <= set(noi_vu)


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _convert(tmp_path: Path, to: str, *paths: Path) -> None:
    soffice = _soffice()
    assert soffice is not None
    profile = (tmp_path / "profile").as_uri()
    command = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", to]
    subprocess.run(
        [*command, "--outdir", str(tmp_path / to), *map(str, paths)],
        check=True,
        capture_output=True,
        timeout=240,
    )


@pytest.mark.skipif(_soffice() is None, reason="no LibreOffice here; .ci/run installs it")
def test_the_forms_print_on_three_pages_in_both_languages(tmp_path: Path) -> None:
    """The forms as LibreOffice prints them (one conversion for all, to keep the suite fast): the
    district's, and two offices' (Tư pháp, whose table just fills a page; the Văn phòng)."""
    from pypdf import PdfReader

    forms = {
        "en": _form(tmp_path, name="en.xlsx"),
        "vi": _form(tmp_path, language="vi", name="vi.xlsx"),
        "office": _form(tmp_path, "--unit", "tu_phap", language="vi", name="office.xlsx"),
        "office_en": _form(tmp_path, "--unit", "tu_phap", name="office_en.xlsx"),
        "van_phong": _form(tmp_path, "--unit", "van_phong", language="vi", name="van_phong.xlsx"),
        "van_phong_en": _form(tmp_path, "--unit", "van_phong", name="van_phong_en.xlsx"),
        "filled": _filled_with_a_text_score(_form(tmp_path, name="filled.xlsx")),
    }
    _convert(tmp_path, "pdf", *forms.values())
    english = ("Page {page} of {pages}", "Evidence", "Prepared by")
    vietnamese = ("Trang {page}/{pages}", "Tài liệu kiểm chứng", "Người lập biểu")
    # the unit's printed totals, 100 and 95.5; Tư pháp's 3 + 1.5 + 4.5 + 2 = 11 (2.1 to 2.4, targets
    # the same); the Văn phòng's 3.1 1, 3.2 1, 3.3 1, 3.5 1, 7.3 2 = 6, targets 1 1 1 1 1.5 = 5.5
    for name, words, total, ids in (
        ("en", english, "Total 100 95.5", ["1.1", "3.4", "5.7", "8.1", "8.5"]),
        ("vi", vietnamese, "Tổng 100 95.5", ["1.1", "3.4", "5.7", "8.1", "8.5"]),
        ("office", vietnamese, "Tổng (các tiêu chí đơn vị chấm điểm) 11 11", ["2.1", "3.4", "8.1"]),
        ("office_en", english, "Total of the criteria this office scores 11 11", ["2.1", "3.4", "8.1"]),
        ("van_phong", vietnamese, "Tổng (các tiêu chí đơn vị chấm điểm) 6 5.5", ["3.1", "7.3", "8.5"]),
        ("van_phong_en", english, "Total of the criteria this office scores 6 5.5", ["3.1", "7.3", "8.5"]),
    ):
        reader = PdfReader(tmp_path / "pdf" / f"{name}.pdf")
        pages = len(reader.pages)
        assert pages <= 3, name  # two A4 landscape pages of scores, one portrait of About
        landscape = [p for p in reader.pages if float(p.mediabox.width) > float(p.mediabox.height)]
        texts = [page.extract_text() for page in landscape]
        for number, text in enumerate(texts, start=1):
            assert "Duy trì, cải thiện và nâng cao" in text, (name, number)  # the title rows repeat
            assert words[0].format(page=number, pages=pages) in text and words[1] in text, (name, number)
        lines = "\n".join(texts).splitlines()
        assert all(any(line.startswith(f"{i} ") for line in lines) for i in ids), name
        # The total and the signatures print with the last rows of the table, never on a page of
        # their own: Tư pháp's 8.1 goes over to the second page with them
        last = texts[-1].splitlines()
        assert words[2] in texts[-1] and any(re.match(r"\d+\.\d+ ", line) for line in last), (name, last)
        # a blank form prints no zeros: a field's score, and the total's, stay blank until filled
        fields = [line for line in lines if re.match(r"\d \w", line)]
        assert len(fields) >= 4 and not any(line.endswith(" 0") for line in fields), (name, fields)
        assert [line for line in lines if line.startswith(("Tổng ", "Total "))] == [total], name
    # Tư pháp scores nothing in field 1 (it sends evidence for 1.7, which Phòng Nội vụ scores): its
    # field row prints no maximum, target or score; field 2, which it scores whole, prints 11 11
    office = "\n".join(page.extract_text() for page in PdfReader(tmp_path / "pdf" / "office.pdf").pages)
    assert "\n1 CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC\n" in office and "\n2 CẢI CÁCH THỂ CHẾ 11 11\n" in office
    # LibreOffice computes the filled form: its total leaves "6,928" (text) out, and says so
    pages = PdfReader(tmp_path / "pdf" / "filled.pdf").pages
    filled = " ".join("".join(page.extract_text() for page in pages).split())
    assert "Total 100 95.5 2 " in filled and "1 score(s) typed as text: not in these sums" in filled


def _filled_with_a_text_score(path: Path) -> Path:
    book = load_workbook(path)
    sheet = book.worksheets[0]
    rows = _rows(sheet)
    sheet[f"E{rows['1.1']}"] = 2
    sheet[f"E{rows['3.4']}"] = "6,928"  # a number typed as text: par reads 6.928, SUBTOTAL skips it
    book.save(path)
    return path


@cache
def _uno_python() -> str | None:
    """A Python that has LibreOffice's uno module: the system's (python3-uno), or LibreOffice's own."""
    soffice = _soffice()
    candidates = ["/usr/bin/python3", shutil.which("python3", path="/usr/bin:/bin")]
    if soffice is not None:
        candidates.append(str(Path(os.path.realpath(soffice)).parent / "python"))
    for candidate in candidates:
        if candidate and candidate != sys.executable and Path(candidate).is_file():
            found = subprocess.run([candidate, "-c", "import uno"], capture_output=True, timeout=60)
            if found.returncode == 0:
                return candidate
    return None


@pytest.mark.skipif(
    (_soffice() is None or _uno_python() is None) and not os.environ.get("CI"),
    reason="no LibreOffice with python3-uno here; .ci/run installs them",
)
def test_a_form_filled_in_libreoffice_prints_every_line_it_was_given(tmp_path: Path) -> None:
    """Rows grow with what is typed: Tư pháp fills 2.1 in Calc (its own cell API, as typing does)
    with two documents and a long explanation, saves, and prints: every line is on the page.
    A row written with a height set by hand (customHeight) kept one line and cut the rest."""
    form = _form(tmp_path, "--unit", "tu_phap", language="vi")
    row = _rows(_sheet(form))["2.1"]
    evidence = "Quyết định số 12/QĐ-UBND ngày 05/02/2024\nBáo cáo số 45/BC-TP ngày 10/11/2024 về văn bản QPPL"
    explanation = "Trong năm " + "Phòng Tư pháp đã tham mưu ban hành đầy đủ văn bản; " * 6 + "hết giải trình."
    cells = {"2.1": {"E": 3, "G": evidence, "H": explanation}}
    filled, pdf = tmp_path / "filled.xlsx", tmp_path / "filled.pdf"
    python = _uno_python()
    assert python is not None
    helper = Path(__file__).with_name("lo_fill.py")
    profile = (tmp_path / "profile").as_uri()
    subprocess.run(
        [python, str(helper), str(form), str(filled), str(pdf), profile, json.dumps(cells)],
        check=True,
        capture_output=True,
        timeout=240,
    )
    from pypdf import PdfReader

    text = " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())
    # the first and the second document, and the explanation's last words
    assert "12/QĐ-UBND" in text and "45/BC-TP" in text and "hết giải trình." in text
    # the row grew as Calc took the text: its 2 lines of evidence wrap to 3 and more in 34 characters
    assert load_workbook(filled).worksheets[0].row_dimensions[row].height > height(3, 10)
