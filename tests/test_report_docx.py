"""`par report --format docx`: the report a unit signs and sends, read back as Word reads it.

Each point of Decree 30/2020 (Phụ lục I) and letter 383/BNV-CCHC is checked in the XML: the
heading block and its drawn rules, the number and date, "Kính gửi", the justified and indented
body, the parts, the table of letter 383 (its columns, field rows, 8.1, TỔNG), Nơi nhận and the
signature by kind of issuer, the page number from page 2, the rows, the text size and the
document's properties. The figures are the example's (examples/actuals_2024.yaml).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from docx import Document
from helpers import EXAMPLE, FIXTURES, example_texts, run_par
from word import NS, W, Word, attr, text_of

CRITERIA = FIXTURES / "criteria"


def _write(tmp_path: Path, *args: str, name: str = "report.docx") -> Word:
    target = tmp_path / name
    result = run_par("report", "--format", "docx", "--output", str(target), *args)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    Document(str(target))  # another reader opens it
    return Word(target)


def _district(tmp_path: Path, *more: str) -> Word:
    return _write(
        tmp_path, "--lang", "vi", "-i", str(EXAMPLE), "--date", "02/12/2026", "--number", "15", *more
    )


def _heading(word: Word) -> list[list[str]]:
    return Word.rows(word.tables()[0])


def _signature(word: Word) -> list[str]:
    return Word.rows(word.tables()[-1])[0]


def test_the_heading_block_is_set_as_decree_30_sets_it(tmp_path: Path) -> None:
    word = _district(tmp_path)
    (issuer, nation), (number, dated) = _heading(word)
    assert issuer == "ỦY BAN NHÂN DÂN\nHUYỆN ĐẮK R'LẤP"  # a People's Committee: no body above it
    assert nation == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    assert number == "Số: 15/BC-UBND"
    assert dated == "Đắk R'Lấp, ngày 02 tháng 12 năm 2026"  # the day with its leading zero
    # a rule drawn under the issuer and under the motto (a paragraph's border), no underlined text
    cells = word.tables()[0].findall("w:tr/w:tc", NS)
    for cell in cells[:2]:
        ruled = [p for p in cell.findall("w:p", NS) if p.find("w:pPr/w:pBdr/w:bottom", NS) is not None]
        assert len(ruled) == 1 and text_of(ruled[0]) == ""
    assert b"<w:u " not in word.parts["word/document.xml"]
    texts = word.texts()
    kind = texts.index("BÁO CÁO")
    assert (
        texts[kind + 1]
        == "Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của huyện Đắk R'Lấp"
    )
    assert "Kính gửi: Sở Nội vụ tỉnh Đắk Nông." in texts  # a district reports to the province's Home Affairs


def test_the_body_is_justified_with_its_first_lines_indented(tmp_path: Path) -> None:
    word = _district(tmp_path)
    body = word.style("Body")
    assert attr(body.find("w:pPr/w:jc", NS), "val") == "both"
    indent = int(attr(body.find("w:pPr/w:ind", NS), "firstLine") or 0)
    assert 567 <= indent <= 720  # 1 to 1.27 cm, in twentieths of a point
    styled = [p for p in word.paragraphs() if attr(p.find("w:pPr/w:pStyle", NS), "val") in ("Body", "Part")]
    texts = [text_of(p) for p in styled]
    # the opening sentence, the parts in order, the closing sentence
    assert texts[0] == (
        "Ủy ban nhân dân huyện Đắk R'Lấp báo cáo kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành "
        "chính năm 2024 như sau:"
    )
    parts = [t for t in texts if t[:3] in ("I. ", "II.", "III", "IV.")]
    assert parts == [
        "I. KẾT QUẢ TỰ ĐÁNH GIÁ, CHẤM ĐIỂM",
        "II. GIẢI TRÌNH",
        "III. KHÓ KHĂN, VƯỚNG MẮC",
        "IV. ĐỀ XUẤT, KIẾN NGHỊ",
    ]
    # 85 of the 89.5 self-scored points (100 less 8.1's 10 and field 8's unattributed 0.5): 94.97 %
    assert "Tổng điểm tự đánh giá: 85,5/90 điểm, đạt 95,00%." in texts  # 8.6's 0.5 of 0.5 included
    assert texts[-1] == (
        "Trên đây là báo cáo kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2024 của "
        "huyện Đắk R'Lấp./."
    )
    for text in example_texts():  # every citation, explanation, difficulty and proposal
        assert text in word.all_text(), text


def test_part_one_is_the_table_of_letter_383(tmp_path: Path) -> None:
    word = _district(tmp_path)
    table = word.tables()[1]
    rows = Word.rows(table)
    assert rows[0] == [
        "STT",
        "Lĩnh vực/Tiêu chí/Tiêu chí thành phần",
        "Điểm tối đa",
        "Điểm tự đánh giá",
        "Tài liệu kiểm chứng",
        "Giải trình",
    ]
    ids = [row[0] for row in rows[1:-2]]
    # 8 fields and 46 criteria: the appendix's 45, and 8.6, which it does not list, marked so
    assert len(ids) == 54 and ids[0] == "1" and ids[-1] == "8.6"
    assert rows[-3][1] == "Mức độ thu hút đầu tư, mức độ phát triển doanh nghiệp (không có trong Phụ lục)"
    fields = {row[0]: row for row in rows if row[0] in "12345678" and row[0]}
    # the field's maximum, and the sum of its criteria's self scores: 1+1+1+7+1+2+1,5+1 (3.1 to 3.8)
    assert fields["3"][2:4] == ["17", "15,5"]
    bold = [0] + [ids.index(f) + 1 for f in "12345678"] + [len(rows) - 2, len(rows) - 1]
    assert Word.bold_rows(table) == bold
    survey = next(row for row in rows if row[0] == "8.1")
    assert survey[2:4] == ["10", "Không tự chấm"] and survey[5] == "Đánh giá qua điều tra xã hội học"
    # The total is the self-assessed part, as the sentence above says (85,5/90); the survey's 10
    # points stand on the row above it, so that 90 + 10 is the plan's 100.
    assert rows[-2][1:4] == [
        "Các tiêu chí đánh giá qua điều tra xã hội học (không tự chấm)",
        "10",
        "Không tự chấm",
    ]
    assert rows[-1][1:4] == ["TỔNG ĐIỂM TỰ ĐÁNH GIÁ", "90", "85,5"]
    row_72 = next(row for row in rows if row[0] == "7.2")
    assert row_72[3] == "1,8" and "41 %" in row_72[5]
    # every row kept on one page, the header repeated on each
    trs = table.findall("w:tr", NS)
    assert all(tr.find("w:trPr/w:cantSplit", NS) is not None for tr in trs)
    assert trs[0].find("w:trPr/w:tblHeader", NS) is not None
    assert all(tr.find("w:trPr/w:tblHeader", NS) is None for tr in trs[1:])


def test_the_table_text_is_11_points_or_more(tmp_path: Path) -> None:
    word = _district(tmp_path)
    cell = word.style("Cell")
    assert attr(cell.find("w:rPr/w:sz", NS), "val") == "22"  # half-points
    for table in word.tables():
        sizes = [int(attr(sz, "val") or 0) for sz in table.iter(W + "sz")]
        assert all(size >= 22 for size in sizes)
        for p in table.iter(W + "p"):
            style = attr(p.find("w:pPr/w:pStyle", NS), "val")
            runs = [r for r in p.findall("w:r", NS) if r.find("w:rPr/w:sz", NS) is None]
            assert style in (None, "Cell") and (style == "Cell" or not runs or not text_of(p))


def test_nothing_internal_goes_into_the_signed_report(tmp_path: Path) -> None:
    text = _district(tmp_path).all_text()
    for internal in (
        "Mục tiêu",  # targets
        "Chỉ tiêu",
        "chưa đạt điểm tối đa",  # losses
        "Đơn vị chủ trì",  # workloads
        "Người ký kế hoạch",
        "không khớp",  # the source's defects
        "tạm tính",  # projections and estimates
        "dự kiến",
        "thẩm định",  # what is not yet appraised
        "difficulties",  # no YAML key ever
        "proposals",
    ):
        assert internal not in text, internal


def test_nơi_nhận_and_the_signature_of_a_people_s_committee(tmp_path: Path) -> None:
    recipients, signature = _signature(_district(tmp_path))
    # the body it goes to first, the archive and the drafting office (Phòng Nội vụ: NV) last
    assert recipients.split("\n") == ["Nơi nhận:", "- Sở Nội vụ tỉnh Đắk Nông;", "- Lưu: VT, NV."]
    assert [line for line in signature.split("\n") if line] == [
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Nguyễn Quang Tú",
    ]


def test_page_numbers_from_page_2_in_the_top_margin(tmp_path: Path) -> None:
    word = _district(tmp_path)
    sections = word.sections()
    first = sections[0]
    assert first.find("w:titlePg", NS) is not None  # a different first page
    refs = {attr(ref, "type"): ref.get(f"{{{NS['r']}}}id") for ref in first.findall("w:headerReference", NS)}
    rels = word.parts["word/_rels/document.xml.rels"].decode()
    target = {rid: rels.split(f'Id="{rid}"')[1].split('Target="')[1].split('"')[0] for rid in refs.values()}
    header = word.parts[f"word/{target[refs['default']]}"].decode()
    assert 'w:instr=" PAGE "' in header and '<w:pStyle w:val="Header"/>' in header
    assert attr(word.style("Header").find("w:pPr/w:jc", NS), "val") == "center"
    assert "PAGE" not in word.parts[f"word/{target[refs['first']]}"].decode()  # none on page 1
    for section in sections:  # A4, margins 20/20/30/15 mm, the header 10 mm from the top
        size, margins = section.find("w:pgSz", NS), section.find("w:pgMar", NS)
        assert {attr(size, "w"), attr(size, "h")} == {"11906", "16838"}
        assert [attr(margins, k) for k in ("top", "bottom", "left", "right", "header")] == [
            "1134",
            "1134",
            "1701",
            "850",
            "567",
        ]


def test_the_documents_properties_are_its_own(tmp_path: Path) -> None:
    word = _district(tmp_path)
    assert word.core_value("dc:creator") == "Ủy ban nhân dân huyện Đắk R'Lấp"  # the issuer
    assert word.core_value("dcterms:created") == "2026-12-02T00:00:00Z"  # the report's date
    assert word.core_value("dcterms:modified") == "2026-12-02T00:00:00Z"
    assert word.core_value("dc:language") == "vi-VN"
    assert word.core_value("dc:title").startswith("BÁO CÁO: Kết quả tự đánh giá")
    lang = word.styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert attr(lang, "val") == "vi-VN"  # the document's default language
    assert b"python-docx" not in b"".join(word.parts.values())  # nothing a library left
    english = _write(tmp_path, "-i", str(EXAMPLE), "--date", "2026-12-02", name="en.docx")
    assert english.core_value("dc:language") == "en-GB"
    assert "Đắk R'Lấp, 2 December 2026" in Word.rows(english.tables()[0])[1][1]


def test_a_number_given_whole_is_kept_whole(tmp_path: Path) -> None:
    word = _write(tmp_path, "--lang", "vi", "-i", str(EXAMPLE), "--number", "208/BC-UBND")
    assert _heading(word)[1][0] == "Số: 208/BC-UBND"


def test_the_date_is_today_unless_given(tmp_path: Path) -> None:
    word = _write(tmp_path, "--lang", "vi", "-i", str(EXAMPLE))
    today = date.today()
    month = f"{today.month:02}" if today.month < 3 else str(today.month)  # Decree 30: 0 before months 1, 2
    assert _heading(word)[1][1] == f"Đắk R'Lấp, ngày {today.day:02} tháng {month} năm {today.year}"
    assert _heading(word)[1][0] == "Số: \u2003\u2003/BC-UBND"  # left for the records office to fill in
    assert word.core_value("dcterms:created") == f"{today.isoformat()}T00:00:00Z"


def _office_file(tmp_path: Path, unit: str, scores: str) -> Path:
    path = tmp_path / f"{unit}.yaml"
    path.write_text(f"unit: {unit}\nscores:\n{scores}", encoding="utf-8")
    return path


def test_an_office_reports_in_its_own_name_to_the_collecting_office(tmp_path: Path) -> None:
    scores = '  "2.1": {score: 3, evidence: ["Báo cáo số 12/BC-TP ngày 05/12/2024"]}\n  "2.2": 1,5\n'
    word = _write(tmp_path, "--lang", "vi", "-i", str(_office_file(tmp_path, "tu_phap", scores)))
    (issuer, _), (number, dated) = _heading(word)
    assert issuer == "UBND HUYỆN ĐẮK R'LẤP\nPHÒNG TƯ PHÁP"
    assert number == "Số: \u2003\u2003/BC-TP" and dated.startswith("Đắk R'Lấp, ngày ")
    texts = word.texts()
    assert "Kính gửi: Phòng Nội vụ." in texts  # plan.collector
    assert any(
        t.startswith("Thực hiện Kế hoạch Duy trì, cải thiện") and "Phòng Tư pháp báo cáo" in t for t in texts
    )
    recipients, signature = _signature(word)
    assert recipients.split("\n") == ["Nơi nhận:", "- Phòng Nội vụ;", "- Lưu: VT, TP."]
    assert [line for line in signature.split("\n") if line] == ["TRƯỞNG PHÒNG"]  # in its own name
    assert "TM. ỦY BAN NHÂN DÂN" not in word.all_text()
    assert word.core_value("dc:creator") == "Phòng Tư pháp"


def test_a_commune_heads_and_signs_its_own_report(tmp_path: Path) -> None:
    scores = tmp_path / "xa.yaml"
    scores.write_text(
        'scores:\n  "1.1.1": {score: 2, evidence: ["Kế hoạch số 5/KH-UBND"]}\n', encoding="utf-8"
    )
    plan = str(CRITERIA / "commune_2026.yaml")
    word = _write(tmp_path, "--criteria", plan, "--lang", "vi", "-i", str(scores), "--date", "05/01/2027")
    (issuer, _), (number, dated) = _heading(word)
    assert issuer == "ỦY BAN NHÂN DÂN\nXÃ NHÂN CƠ" and number == "Số: \u2003\u2003/BC-UBND"
    assert dated == "Nhân Cơ, ngày 05 tháng 01 năm 2027"
    texts = word.texts()
    assert "Kính gửi: Sở Nội vụ tỉnh Lâm Đồng." in texts
    assert any(t.startswith("Thực hiện Công văn số 2150/SNV-CCHC ngày 20/11/2026") for t in texts)  # guidance
    recipients, signature = _signature(word)
    assert recipients.split("\n") == [
        "Nơi nhận:",
        "- Sở Nội vụ tỉnh Lâm Đồng;",
        "- Thường trực Đảng ủy xã;",
        "- Thường trực HĐND xã;",
        "- Lưu: VT.",
    ]
    assert [line for line in signature.split("\n") if line] == [
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Trần Văn Minh",
    ]
    # three levels: a criterion with sub-criteria is a bold row above them
    table = word.tables()[1]
    rows = Word.rows(table)
    assert rows.index(next(r for r in rows if r[0] == "1.1")) in Word.bold_rows(table)


def test_a_department_heads_under_the_province_and_its_director_signs(tmp_path: Path) -> None:
    scores = tmp_path / "so.yaml"
    scores.write_text('scores:\n  "1.1": {score: 3, evidence: ["Kế hoạch số 3/KH-STP"]}\n', encoding="utf-8")
    plan = str(CRITERIA / "department_2026.yaml")
    word = _write(tmp_path, "--criteria", plan, "--lang", "vi", "-i", str(scores), "--date", "10/12/2026")
    (issuer, _), (number, dated) = _heading(word)
    assert issuer == "UBND TỈNH LÂM ĐỒNG\nSỞ TƯ PHÁP" and number == "Số: \u2003\u2003/BC-STP"
    assert dated == "Lâm Đồng, ngày 10 tháng 12 năm 2026"
    assert "Kính gửi: Sở Nội vụ tỉnh Lâm Đồng." in word.texts()
    recipients, signature = _signature(word)
    assert recipients.split("\n")[-1] == "- Lưu: VT, VP."  # the Văn phòng Sở drafts (plan.collector)
    assert [line for line in signature.split("\n") if line] == ["GIÁM ĐỐC", "Phạm Minh Đức"]
    assert "TM." not in signature


def test_an_office_of_a_department(tmp_path: Path) -> None:
    scores = '  "2.1": {score: 3.5, evidence: ["Báo cáo số 7/BC-XDKTVB"]}\n'
    plan = str(CRITERIA / "department_2026.yaml")
    word = _write(
        tmp_path, "--criteria", plan, "--lang", "vi", "-i", str(_office_file(tmp_path, "van_ban", scores))
    )
    (issuer, _), (number, _) = _heading(word)
    assert (
        issuer == "SỞ TƯ PHÁP\nPHÒNG XÂY DỰNG VÀ KIỂM TRA VĂN BẢN" and number == "Số: \u2003\u2003/BC-XDKTVB"
    )
    assert "Kính gửi: Văn phòng Sở." in word.texts()
    assert [line for line in _signature(word)[1].split("\n") if line] == ["TRƯỞNG PHÒNG"]


def test_a_deputy_signs_for_the_head(tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    text = (CRITERIA / "department_2026.yaml").read_text(encoding="utf-8")
    plan.write_text(
        text.replace("title: Giám đốc\n    name: Phạm Minh Đức", "title: Phó Giám đốc\n    name: Vũ Hà")
    )
    scores = tmp_path / "so.yaml"
    scores.write_text('scores:\n  "1.1": 3\n', encoding="utf-8")
    word = _write(tmp_path, "--criteria", str(plan), "--lang", "vi", "-i", str(scores))
    assert [line for line in _signature(word)[1].split("\n") if line] == [
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Vũ Hà",
    ]
    # in English, the titles the catalogue knows in English too; the name as the data gives it
    english = _write(tmp_path, "--criteria", str(plan), "--lang", "en", "-i", str(scores), name="en.docx")
    assert [line for line in _signature(english)[1].split("\n") if line] == [
        "FOR THE DIRECTOR",
        "DEPUTY DIRECTOR",
        "Vũ Hà",
    ]


def test_an_english_report_signs_with_an_english_title(tmp_path: Path) -> None:
    """The bundled plan's signer is "Chủ tịch": "ON BEHALF OF THE PEOPLE'S COMMITTEE" over
    "CHAIRPERSON", never over "CHỦ TỊCH"."""
    word = _write(tmp_path, "--lang", "en", "-i", str(EXAMPLE))
    assert [line for line in _signature(word)[1].split("\n") if line] == [
        "ON BEHALF OF THE PEOPLE'S COMMITTEE",
        "CHAIRPERSON",
        "Nguyễn Quang Tú",
    ]


def test_a_commune_reporting_on_its_district_plan_heads_its_own_report(tmp_path: Path) -> None:
    scores = tmp_path / "xa.yaml"
    scores.write_text('assessed_unit: xã Nhân Cơ\nscores:\n  "1.1": 2\n', encoding="utf-8")
    word = _write(tmp_path, "--lang", "vi", "--input", str(scores))
    (issuer, _), (_, dated) = _heading(word)
    assert issuer == "ỦY BAN NHÂN DÂN\nXÃ NHÂN CƠ" and dated.startswith("Nhân Cơ, ngày ")
    assert "Kính gửi: Ủy ban nhân dân huyện Đắk R'Lấp (qua Phòng Nội vụ)." in word.texts()
    assert "Nguyễn Quang Tú" not in _signature(word)[1]  # the district's chairman does not sign it


def test_what_is_not_written_yet_is_said_in_the_readers_words(tmp_path: Path) -> None:
    scores = tmp_path / "bare.yaml"
    scores.write_text('scores:\n  "1.1": 2\n', encoding="utf-8")
    word = _write(tmp_path, "--lang", "vi", "-i", str(scores))
    text = word.all_text()
    assert "(Chưa có nội dung: ghi khó khăn, vướng mắc vào đây trước khi ký" in text
    assert "Tiêu chí 1.1 (Thực hiện kế hoạch CCHC): chưa có tài liệu kiểm chứng hay giải trình" in text
    for key in ("difficulties", "proposals", "explanation", "evidence", "`"):
        assert key not in text, key
    english = _write(tmp_path, "-i", str(scores), name="en.docx").all_text()
    assert "(Nothing given yet: write the difficulties here before signing" in english
    assert "difficulties:" not in english and "`" not in english


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--kind", "signed"], "the report a unit signs and sends is made from its scores"),
        (["-i", str(EXAMPLE), "--kind", "appel"], "--kind: 'appel' is not one of signed, analysis, appeal"),
        (["-i", str(EXAMPLE), "--date", "31/02/2026"], "--date: '31/02/2026' is not a date"),
        (["-i", str(EXAMPLE), "--format", "odt"], "--format: 'odt' is not one of html, docx, markdown, pdf"),
    ],
)
def test_a_report_that_cannot_be_made_as_asked(tmp_path: Path, args: list[str], says: str) -> None:
    target = tmp_path / "r.docx"
    result = run_par("report", "-o", str(target), *args)
    assert result.exit_code == 2, result.stderr
    assert result.stderr.startswith(f"error: {says}") and len(result.stderr.splitlines()) == 1
    assert not target.exists()


def test_par_writes_word_without_any_librarys_private_parts() -> None:
    """python-docx's private parts (_Cell, _tr.tc_lst, _p) were what a new release could break, and
    its import alone cost more than a report's room above the floor: par writes WordprocessingML
    itself (render/ooxml.py) and imports neither python-docx nor lxml. The tests read every document
    back with python-docx's public API: a release that cannot read it fails them, naming the test."""
    import ast

    package = Path(__file__).resolve().parent.parent / "par_cli"
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            names += [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            assert not any(name.split(".")[0] in ("docx", "lxml") for name in names), path
