"""The workbook form on paper: what its first rows say, its page set-up, borders, row heights that
fit what prints, the signature block, the place for difficulties and proposals, a sheet whose sums
never disagree with par unnoticed, and validation rules that stay few however large the plan."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from helpers import FIXTURES, run_par
from openpyxl import load_workbook

from par_cli.render.measure import height, lines, text_width
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
        == f"Filled in by (office): Phòng Tư pháp    Date: {Labels('en').date(date.today())}"
    )  # 2 Dec 2026
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
    assert (setup.fitToWidth, setup.fitToHeight, sheet.sheet_properties.pageSetUpPr.fitToPage) == (1, 0, True)
    assert sheet.oddFooter.center.text == footer
    # up to who scores it, and down to the room for signatures below the last names
    assert str(sheet.print_area).endswith(f"!$A$1:$J${sheet.max_row + 3}")


def test_every_printed_cell_of_the_table_has_borders(tmp_path: Path) -> None:
    sheet = _sheet(_form(tmp_path))
    total = next(r for r in range(5, sheet.max_row + 1) if sheet.cell(r, 2).value == "Total")
    for row in range(4, total + 1):
        for column in range(1, 11):
            border = sheet.cell(row, column).border
            assert all(
                side.style == "thin" for side in (border.left, border.right, border.top, border.bottom)
            )
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


def test_a_signature_block_follows_the_table_where_par_reads_nothing(tmp_path: Path) -> None:
    for language, words in (
        ("en", ["Prepared by", "Head of the office", "(signature and full name)"]),
        ("vi", ["Người lập biểu", "Thủ trưởng đơn vị", "(Ký, ghi rõ họ tên)"]),
    ):
        path = _form(tmp_path, language=language, name=f"{language}.xlsx")
        sheet = _sheet(path)
        total = max(_rows(sheet).values()) + 1
        below = [cell.value for row in sheet.iter_rows(min_row=total + 1) for cell in row if cell.value]
        assert all(any(word == value for value in below) for word in words), below
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


def test_a_score_typed_as_text_is_flagged_in_the_sheet(tmp_path: Path) -> None:
    sheet = _sheet(_form(tmp_path))
    rows = _rows(sheet)
    first, last = min(rows.values()), max(rows.values())
    formats = {str(rng.sqref): rng.rules for rng in sheet.conditional_formatting}
    for column in ("E", "F", "M", "Q"):  # score, survey percent, first and final appraisal
        (rule,) = formats[f"{column}{first}:{column}{last}"]
        assert rule.formula == [f"ISTEXT({column}{first})"]
    warning = sheet.cell(last + 1, 7).value  # under the total, in the evidence column
    assert f"SUMPRODUCT(--ISTEXT(E{first}:E{last}))" in warning and "typed as text" in warning


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


def test_the_private_parts_of_openpyxl_still_work(tmp_path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import NamedStyle

    from par_cli.render import xlsx_private

    try:
        book = Workbook()
        xlsx_private.set_default_font(book, "Times New Roman", 11)
        book.add_named_style(NamedStyle(name="par test"))
        cell = book.active["A1"]
        xlsx_private.apply_style(cell, xlsx_private.style_arrays(book)["par test"])
        assert cell.style == "par test"
        book.save(tmp_path / "fence.xlsx")
        normal = load_workbook(tmp_path / "fence.xlsx")._named_styles["Normal"]
        assert (normal.font.name, normal.font.sz) == ("Times New Roman", 11)
    except (AttributeError, KeyError, TypeError, AssertionError) as error:
        pytest.fail(f"par_cli/render/xlsx_private.py no longer works with this openpyxl: {error!r}")


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
def test_the_district_form_prints_on_three_pages_in_both_languages(tmp_path: Path) -> None:
    """The forms as LibreOffice prints them (one conversion for all, to keep the suite fast)."""
    from pypdf import PdfReader

    forms = {
        "en": _form(tmp_path, name="en.xlsx"),
        "vi": _form(tmp_path, language="vi", name="vi.xlsx"),
        "office": _form(tmp_path, "--unit", "tu_phap", language="vi", name="office.xlsx"),
        "filled": _filled_with_a_text_score(_form(tmp_path, name="filled.xlsx")),
    }
    _convert(tmp_path, "pdf", *forms.values())
    for name, words in (
        ("en", ("Page {page} of {pages}", "Evidence", "Prepared by")),
        ("vi", ("Trang {page}/{pages}", "Tài liệu kiểm chứng", "Người lập biểu")),
        ("office", ("Trang {page}/{pages}", "Tài liệu kiểm chứng", "Người lập biểu")),
    ):
        reader = PdfReader(tmp_path / "pdf" / f"{name}.pdf")
        pages = len(reader.pages)
        assert pages <= 3, name  # two A4 landscape pages of scores, one portrait of About
        landscape = [p for p in reader.pages if float(p.mediabox.width) > float(p.mediabox.height)]
        texts = [page.extract_text() for page in landscape]
        for number, text in enumerate(texts, start=1):
            assert "Duy trì, cải thiện và nâng cao" in text, (name, number)  # the title rows repeat
            assert words[0].format(page=number, pages=pages) in text and words[1] in text, (name, number)
        assert words[2] in texts[-1]
        ids = "\n".join(texts)
        expected = ["2.1", "3.4", "8.1"] if name == "office" else ["1.1", "3.4", "5.7", "8.1", "8.5"]
        assert all(f"{i} " in ids for i in expected), name
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
