"""`par plan`: the plan as issued. From the bundled plan it is the 2024 plan of Đắk R'Lấp: its
words as printed, its duties per office, and an appendix whose 53 rows are the seed's figures;
from `par rollover`'s output it is next year's plan, its years moved forward."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from docx import Document
from helpers import EXAMPLE, FIXTURES, run_par
from word import NS, Word

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "data" / "criteria_2024.yaml"

# The appendix of the source plan (the seed), row by row as printed: STT, điểm chuẩn, điểm 2023
# đạt được, mục tiêu năm 2024; field rows are the whole-number ids. Copied from the seed's table.
SEED_ROWS = (
    ("1", "14", "12", "14"),
    ("1.1", "2", "2", "2"),
    ("1.2", "1", "1", "1"),
    ("1.3", "2", "2", "2"),
    ("1.4", "4", "4", "4"),
    ("1.5", "1.5", "1.5", "1.5"),
    ("1.6", "1.5", "1.5", "1.5"),
    ("1.7", "2", "2", "2"),
    ("2", "11", "11", "11"),
    ("2.1", "3", "3", "3"),
    ("2.2", "1.5", "1.5", "1.5"),
    ("2.3", "4.5", "4.5", "4.5"),
    ("2.4", "2", "2", "2"),
    ("3", "17", "14.928", "16"),
    ("3.1", "1", "1", "1"),
    ("3.2", "1", "1", "1"),
    ("3.3", "1", "1", "1"),
    ("3.4", "7", "6.928", "7"),
    ("3.5", "1", "1", "1"),
    ("3.6", "2", "2", "2"),
    ("3.7", "3", "1", "2"),
    ("3.8", "1", "1", "1"),
    ("4", "7.5", "7.5", "7.5"),
    ("4.1", "1", "1", "1"),
    ("4.2", "2", "2", "2"),
    ("4.3", "1.5", "1.5", "1.5"),
    ("4.4", "1", "1", "1"),
    ("4.5", "1", "1", "1"),
    ("4.6", "1", "1", "1"),
    ("5", "11", "8", "11"),
    ("5.1", "2", "0", "2"),
    ("5.2", "0.5", "0.5", "0.5"),
    ("5.3", "0.5", "0.5", "0.5"),
    ("5.4", "0.5", "0.5", "0.5"),
    ("5.5", "1", "1", "1"),
    ("5.6", "5", "4", "5"),
    ("5.7", "1.5", "1.5", "1.5"),
    ("6", "11", "10.914", "11"),
    ("6.1", "4", "3.914", "4"),
    ("6.2", "1", "1", "1"),
    ("6.3", "5", "5", "5"),
    ("6.4", "1", "1", "1"),
    ("7", "15.5", "10.729", "13"),
    ("7.1", "8", "7.35", "8"),
    ("7.2", "4", "0.82", "2"),
    ("7.3", "2", "1.059", "1.5"),
    ("7.4", "1.5", "1.5", "1.5"),
    ("8", "13", "10.33", "12"),
    ("8.1", "10", "7.83", "9"),
    ("8.2", "0.5", "0.5", "0.5"),
    ("8.3", "0.5", "0.5", "0.5"),
    ("8.4", "0.5", "0.5", "0.5"),
    ("8.5", "1", "1", "1"),
)
SEED_TOTAL = ("100", "85.401", "95.5")  # TỔNG ĐIỂM, as printed


def _plan(tmp_path: Path, *args: str, name: str = "plan.docx") -> Word:
    target = tmp_path / name
    result = run_par("plan", "--format", "docx", "--output", str(target), *args)
    assert result.exit_code == 0, result.stderr
    Document(str(target))
    return Word(target)


def _figure(text: str) -> Decimal:
    return Decimal(text.replace(",", "."))  # 14,928 in Vietnamese is the seed's 14.928


def test_the_appendix_is_the_seeds_row_for_row(tmp_path: Path) -> None:
    word = _plan(tmp_path, "--lang", "vi")
    table = word.tables()[-1]
    rows = Word.rows(table)
    assert rows[0] == [
        "STT",
        "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
        "Điểm chuẩn",
        "Điểm 2023 đạt được",
        "Mục tiêu năm 2024",
        "Nhiệm vụ/giải pháp/Nội dung thực hiện",
        "Đơn vị chủ trì",
    ]
    body, total = rows[1:-1], rows[-1]
    assert len(body) == len(SEED_ROWS) == 53
    for row, (stt, maximum, baseline, target) in zip(body, SEED_ROWS, strict=True):
        assert row[0] == stt
        assert [_figure(cell) for cell in row[2:5]] == [
            Decimal(maximum),
            Decimal(baseline),
            Decimal(target),
        ], stt
    assert total[1] == "TỔNG ĐIỂM" and [_figure(cell) for cell in total[2:5]] == [
        Decimal(v) for v in SEED_TOTAL
    ]
    # field rows (and the total) bold, nothing else
    fields = [index + 1 for index, (stt, *_) in enumerate(SEED_ROWS) if "." not in stt]
    assert Word.bold_rows(table) == [0, *fields, len(rows) - 1]
    by_id = {row[0]: row for row in body}
    # names and lead cells as printed, typos and all
    assert by_id["5"][1] == "CAI CÁCH CHẾ ĐỘ CÔNG VỤ" and by_id["8.1"][1] == "Kết quả Chi số hài lòng (SIPAS)"
    assert by_id["1.7"][6] == "Các Phòng, ban, đơn vị; UBND các xã, thị trấn"
    assert by_id["8.5"][6] == "Phòng Tài chính – Kế hoạch, Văn phòng HĐND – UBND huyện"
    assert by_id["7.3"][6] == "" and by_id["8.4"][5] == ""
    assert by_id["4.1"][5].startswith(
        "- Hướng dẫn các cơ quan, đơn vị thực hiện đúng quy định về tổ chức bộ máy."
    )
    trs = table.findall("w:tr", NS)
    assert all(tr.find("w:trPr/w:cantSplit", NS) is not None for tr in trs)
    assert trs[0].find("w:trPr/w:tblHeader", NS) is not None


def test_the_appendix_is_on_landscape_pages_after_the_signature(tmp_path: Path) -> None:
    word = _plan(tmp_path, "--lang", "vi")
    first, last = word.sections()[0], word.sections()[-1]
    assert first.find("w:pgSz", NS).get(f"{{{NS['w']}}}orient") is None
    assert last.find("w:pgSz", NS).get(f"{{{NS['w']}}}orient") == "landscape"
    texts = word.texts()
    appendix = texts.index("PHỤ LỤC")
    assert texts[appendix + 1] == (
        "MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN VÀ NÂNG CAO CHỈ SỐ CCHC HUYỆN ĐẮK R'LẤP NĂM 2023"
    )  # as printed (the seed's own slip: 2023 in a 2024 plan)
    assert texts[appendix + 2] == (
        "(Ban hành kèm theo Kế hoạch số\u2003\u2003/KH-UBND ngày\u2003\u2003tháng\u2003\u2003năm 2024 của "
        "UBND huyện Đắk R'Lấp)"
    )


def test_the_plans_words_are_the_seeds(tmp_path: Path) -> None:
    word = _plan(tmp_path, "--lang", "vi")
    texts = word.texts()
    prose = yaml.safe_load(BUNDLED.read_text(encoding="utf-8"))["plan"]["prose"]
    for text in [prose["opening"], *prose["purposes"], *prose["requirements"], prose["closing"]]:
        assert text in texts, text
    assert texts[texts.index("KẾ HOẠCH") + 1] == (
        "Duy trì, cải thiện và nâng cao Chỉ số Cải cách hành chính (PAR INDEX) huyện Đắk R'Lấp năm 2024"
    )
    assert next(t for t in texts if t.startswith("Căn cứ")) == (
        "Căn cứ Quyết định số 2655/QĐ-UBND ngày 14/09/2021 của UBND huyện Đắk R'Lấp ban hành Kế hoạch CCHC "
        "huyện Đắk R'Lấp giai đoạn 2021 – 2025;"
    )
    headings = [t for t in texts if t[:2] in ("I.", "1.", "2.", "3.", "4.")]
    assert headings[:6] == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Mục đích",
        "2. Yêu cầu",
        "3. Nhiệm vụ, giải pháp (Phụ lục cụ thể kèm theo).",
        "4. Tổ chức thực hiện.",
        "4.1. Giao các phòng, ban, đơn vị; UBND các xã, thị trấn và các đơn vị có liên quan",
    ]
    duties = texts[texts.index("4.3. Giao Phòng Tư pháp") + 1]
    assert duties.startswith("- Chủ trì theo dõi, tham mưu UBND huyện triển khai thực hiện")
    recipients, signature = Word.rows(word.tables()[-2])[0]
    assert recipients.split("\n")[0] == "Nơi nhận:" and recipients.split("\n")[-1] == "- Lưu: VT, NV(L)"
    assert len(recipients.split("\n")) == 9  # the 8 lines of the seed
    assert signature.split("\n") == ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Quang Tú"]


def test_the_prose_of_the_bundled_plan_is_the_seeds_verbatim() -> None:
    """The words the plan document prints are the seed's: the file's prose, its duties and its
    recipients, character for character (checked against the seed's text where it was copied)."""
    data = yaml.safe_load(BUNDLED.read_text(encoding="utf-8"))
    prose = data["plan"]["prose"]
    assert prose["closing"].startswith("Trên đây là Kế hoạch Duyệt trì,")  # the seed's typo, kept
    assert prose["recipients"][-1] == "Lưu: VT, NV(L)"
    assert len(prose["purposes"]) == 1 and len(prose["requirements"]) == 2


def test_next_years_plan_from_rollover(tmp_path: Path) -> None:
    rolled = tmp_path / "plan_2025.yaml"
    assert run_par("rollover", "-i", str(EXAMPLE), "--output", str(rolled)).exit_code == 0
    word = _plan(tmp_path, "--criteria", str(rolled), "--lang", "vi")
    rows = Word.rows(word.tables()[-1])
    assert rows[0][3:5] == ["Điểm 2024 đạt được", "Mục tiêu năm 2025"]
    assert next(r for r in rows if r[0] == "7.2")[3] == "1,8"  # the example's 2024 score of 7.2
    texts = word.texts()
    # the appendix title as the 2024 plan printed it (naming 2023 by mistake), for the new year
    assert (
        texts[texts.index("PHỤ LỤC") + 1]
        == "MỤC TIÊU, NHIỆM VỤ, GIẢI PHÁP CẢI THIỆN VÀ NÂNG CAO CHỈ SỐ CCHC HUYỆN ĐẮK R'LẤP NĂM 2025"
    )
    # 8.6, which the 2024 appendix did not list, is a row of the 2025 appendix: max, 2024, target
    assert next(r for r in rows if r[0] == "8.6")[2:5] == ["0,5", "0,5", "0,5"]
    assert Word.rows(word.tables()[0])[1][1] == "Đắk R'Lấp, ngày\u2003\u2003tháng\u2003\u2003năm 2025"


def test_a_commune_plan_numbers_its_parts_in_roman(tmp_path: Path) -> None:
    plan = str(FIXTURES / "criteria" / "commune_2026.yaml")
    word = _plan(tmp_path, "--criteria", plan, "--lang", "vi")
    texts = word.texts()
    assert "II. NHIỆM VỤ, GIẢI PHÁP CỤ THỂ TẠI PHỤ LỤC KÈM THEO." in texts
    assert "III. TỔ CHỨC THỰC HIỆN." in texts and "III.1. Giao Văn phòng HĐND và UBND xã" in texts
    assert Word.rows(word.tables()[0])[1] == ["Số: 18/KH-UBND", "Nhân Cơ, ngày 10 tháng 02 năm 2026"]
    table = word.tables()[-1]
    rows = Word.rows(table)
    assert rows.index(next(r for r in rows if r[0] == "1.1")) in Word.bold_rows(
        table
    )  # a criterion with sub-criteria


def test_a_first_year_plan_has_no_baseline_column(tmp_path: Path) -> None:
    plan = str(FIXTURES / "criteria" / "commune_2025_first_year.yaml")
    rows = Word.rows(_plan(tmp_path, "--criteria", plan, "--lang", "vi").tables()[-1])
    assert rows[0][2:4] == ["Điểm chuẩn", "Mục tiêu năm 2025"] and len(rows[0]) == 6


@pytest.mark.parametrize("language", ["en", "vi"])
def test_markdown_and_html_hold_the_same_plan(language: str, tmp_path: Path) -> None:
    markdown = run_par("plan", "--lang", language)
    assert markdown.exit_code == 0, markdown.stderr
    row = "| 3.4 | Thực hiện cơ chế một cửa, một cửa liên thông | 7 | {} | 7 |".format(
        "6,928" if language == "vi" else "6.928"
    )
    assert row in markdown.stdout
    page = tmp_path / "plan.html"
    assert run_par("plan", "-f", "html", "-o", str(page), "--lang", language).exit_code == 0
    text = page.read_text(encoding="utf-8")
    assert "<script" not in text and "Nguyễn Quang Tú" in text and "Lưu: VT, NV(L)" in text


def test_markdown_shows_text_from_data_and_obeys_none_of_it(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    text = (FIXTURES / "criteria" / "department_2026.yaml").read_text(encoding="utf-8")
    marked = (
        '"[x](javascript:alert(1)) *Duy trì* các tiêu chí đạt điểm tối đa; cải thiện các tiêu chí chưa đạt."'
    )
    plan.write_text(
        text.replace("Duy trì các tiêu chí đạt điểm tối đa; cải thiện các tiêu chí chưa đạt.", marked)
    )
    out = run_par("--criteria", str(plan), "plan").stdout
    assert "\\[x\\](javascript:alert(1)) \\*Duy trì\\* các tiêu chí" in out
