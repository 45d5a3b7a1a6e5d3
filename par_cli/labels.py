"""Every text a user reads, in one catalogue with a column per language.

Commands, views and error messages ask for a text by key; nothing a user reads is written
elsewhere. Texts from the data files (names, tasks, duties) are shown as they are. A test checks
that every key has every language.
"""

from __future__ import annotations

import os

LANGUAGES = ("en", "vi")
_language = "en"


def default_language(environ: dict[str, str] | None = None) -> str:
    """PAR_LANG, else a Vietnamese locale (LC_ALL, LANG), else English."""
    env = os.environ if environ is None else environ
    chosen = env.get("PAR_LANG", "").strip().lower()
    if chosen in LANGUAGES:
        return chosen
    locale = env.get("LC_ALL") or env.get("LANG") or ""
    return "vi" if locale.lower().startswith("vi") else "en"


def set_language(language: str) -> None:
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    _language = language


def language() -> str:
    return _language


def decimal_separator() -> str:
    """Published Vietnamese figures use a decimal comma (85,401); JSON and CSV never do."""
    return "," if _language == "vi" else "."


def t(key: str, /, **values: object) -> str:
    """The text ``key`` in the current language, with its ``{placeholders}`` filled in."""
    text = CATALOGUE[key][_language]
    return text.format(**values) if values else text


CATALOGUE: dict[str, dict[str, str]] = {
    # -- words used in several places
    "error": {"en": "error", "vi": "lỗi"},
    "none": {"en": "none", "vi": "không có"},
    "where.totals": {"en": "grand totals", "vi": "tổng điểm"},
    "where.field": {"en": "field {id}", "vi": "lĩnh vực {id}"},
    "where.node": {"en": "{id}", "vi": "{id}"},
    "where.top": {"en": "top level", "vi": "cấp cao nhất"},
    "colname.max": {"en": "maximum", "vi": "điểm tối đa"},
    "colname.baseline": {"en": "{year} score", "vi": "điểm {year}"},
    "colname.target": {"en": "{year} target", "vi": "mục tiêu {year}"},
    # -- columns
    "col.id": {"en": "Id", "vi": "STT"},
    "col.name": {"en": "Name", "vi": "Tên"},
    "col.field": {"en": "Field", "vi": "Lĩnh vực"},
    "col.max": {"en": "Max", "vi": "Tối đa"},
    "col.baseline": {"en": "{year}", "vi": "Năm {year}"},
    "col.target": {"en": "Target {year}", "vi": "Mục tiêu {year}"},
    "col.what": {"en": "", "vi": ""},
    "col.score": {"en": "Score", "vi": "Điểm"},
    "col.gap": {"en": "Gap", "vi": "Thiếu"},
    "col.to_target": {"en": "To target", "vi": "So mục tiêu"},
    "col.lead": {"en": "Lead", "vi": "Chủ trì"},
    "col.unit": {"en": "Unit", "vi": "Đơn vị"},
    "col.led": {"en": "Led", "vi": "Chủ trì"},
    "col.via_group": {"en": "Via group", "vi": "Qua nhóm"},
    "col.at_stake": {"en": "At stake", "vi": "Điểm phụ trách"},
    "col.lost": {"en": "Lost {year}", "vi": "Mất {year}"},
    "col.to_recover": {"en": "To recover", "vi": "Cần lấy lại"},
    "col.how": {"en": "How", "vi": "Vai trò"},
    "col.task": {"en": "Task", "vi": "Nhiệm vụ"},
    "col.section": {"en": "Section", "vi": "Mục"},
    "col.duty": {"en": "Duty", "vi": "Nhiệm vụ"},
    "col.self": {"en": "Self", "vi": "Tự chấm"},
    "col.appraised": {"en": "Appraised", "vi": "Thẩm định"},
    "col.difference.short": {"en": "Diff", "vi": "Chênh"},
    "col.change.on": {"en": "vs {year}", "vi": "So {year}"},
    "col.reason.na": {"en": "Reason", "vi": "Lý do"},
    "col.rank": {"en": "Rank", "vi": "Hạng"},
    "col.file": {"en": "File", "vi": "Tệp"},
    "col.index": {"en": "Index", "vi": "Chỉ số"},
    "col.to_best": {"en": "To best", "vi": "So cao nhất"},
    "col.not_scored": {"en": "Not scored", "vi": "Chưa chấm"},
    "col.percent": {"en": "%", "vi": "%"},
    "col.change": {"en": "Change", "vi": "Tăng"},
    "col.bar": {"en": "Bar", "vi": "Biểu đồ"},
    "row.total": {"en": "Total", "vi": "Tổng"},
    "col.printed": {"en": "Printed", "vi": "Số in"},
    "col.computed": {"en": "Sum below", "vi": "Tổng dòng con"},
    "col.difference": {"en": "Difference", "vi": "Chênh lệch"},
    "col.reason": {"en": "Reason", "vi": "Lý do"},
    "col.number": {"en": "Number", "vi": "Số hiệu"},
    "col.date": {"en": "Date", "vi": "Ngày"},
    "col.issuer": {"en": "Issued by", "vi": "Cơ quan ban hành"},
    "col.subject": {"en": "Subject", "vi": "Trích yếu"},
    "row.printed": {"en": "Printed totals", "vi": "Tổng in trong kế hoạch"},
    "row.computed": {"en": "Sum of the fields", "vi": "Cộng các lĩnh vực"},
    # -- validate
    "validate.title": {"en": "Valid criteria file: {title}", "vi": "Tệp tiêu chí hợp lệ: {title}"},
    "fact.file": {"en": "File", "vi": "Tệp"},
    "fact.plan": {"en": "Plan", "vi": "Kế hoạch"},
    "fact.fields": {"en": "Fields", "vi": "Lĩnh vực"},
    "fact.criteria": {"en": "Criteria", "vi": "Tiêu chí"},
    "fact.units": {"en": "Units", "vi": "Đơn vị"},
    "fact.survey": {"en": "Scored by survey", "vi": "Chấm bằng điều tra xã hội học"},
    "table.totals": {"en": "Totals as printed", "vi": "Tổng điểm như bản in"},
    "warning.mismatch": {
        "en": "warning: {where}, {column}: printed {printed}, the rows below sum to {computed} "
        "(difference {difference}). Recorded in the file: {reason}",
        "vi": "cảnh báo: {where}, {column}: in là {printed}, tổng các dòng con là {computed} "
        "(chênh lệch {difference}). Đã ghi trong tệp: {reason}",
    },
    # -- gaps
    "gaps.title.baseline": {
        "en": "Points lost against the {year} scores",
        "vi": "Điểm bị mất so với kết quả năm {year}",
    },
    "gaps.title.target": {
        "en": "Points lost if every {year} target is met",
        "vi": "Điểm còn mất nếu đạt mọi mục tiêu năm {year}",
    },
    "gaps.title.scores": {
        "en": "Points lost against the self-assessed scores",
        "vi": "Điểm bị mất theo kết quả tự chấm",
    },
    "gaps.total": {"en": "Points lost", "vi": "Điểm bị mất"},
    "gaps.reconciled": {
        "en": "{gap} = {max} - {score}, the printed grand totals",
        "vi": "{gap} = {max} - {score}, theo tổng điểm in trong kế hoạch",
    },
    "gaps.reconciled.scores": {
        "en": "{gap} = {max} (printed maximum) - {score} (sum of the scores)",
        "vi": "{gap} = {max} (điểm tối đa) - {score} (tổng điểm tự chấm)",
    },
    "gaps.filtered": {
        "en": "{shown} of {all} rows shown; the total covers the rows shown",
        "vi": "Hiển thị {shown} trên {all} dòng; tổng chỉ tính các dòng hiển thị",
    },
    "gaps.unattributed": {
        "en": "Unattributed: the printed subtotal of {where} loses more than its rows",
        "vi": "Không thuộc tiêu chí nào: điểm in của {where} mất nhiều hơn các dòng con",
    },
    "gaps.unattributed.totals": {
        "en": "Unattributed: the printed grand total loses more than its fields",
        "vi": "Không thuộc lĩnh vực nào: tổng điểm in mất nhiều hơn các lĩnh vực",
    },
    "gaps.not_scored": {
        "en": "not scored yet, counted as 0: {ids}",
        "vi": "chưa chấm, tính là 0: {ids}",
    },
    # -- by-unit
    "units.title": {"en": "Criteria by unit", "vi": "Tiêu chí theo đơn vị"},
    "units.summary": {"en": "Units", "vi": "Đơn vị"},
    "units.unassigned": {"en": "Criteria with no lead unit", "vi": "Tiêu chí chưa có đơn vị chủ trì"},
    "units.counting": {
        "en": "Points count the criteria a unit leads itself; a shared criterion counts in full for each "
        "of its units. Criteria that fall on a unit through a group are listed with it as 'via'.",
        "vi": "Điểm tính theo các tiêu chí đơn vị tự chủ trì; tiêu chí nhiều đơn vị cùng chủ trì được tính "
        "đủ cho mỗi đơn vị. Tiêu chí giao cho nhóm mà đơn vị là thành viên được ghi là 'qua nhóm'.",
    },
    "units.more": {
        "en": "One unit in full, with its duties from section 4: par by-unit --unit ID",
        "vi": "Xem đầy đủ một đơn vị, kèm nhiệm vụ ở mục 4: par by-unit --unit MÃ",
    },
    "unit.title": {"en": "{name} ({id})", "vi": "{name} ({id})"},
    "unit.kind": {"en": "Kind", "vi": "Loại"},
    "unit.kind.unit": {"en": "unit", "vi": "đơn vị"},
    "unit.kind.group": {"en": "group", "vi": "nhóm"},
    "unit.members": {"en": "Members", "vi": "Thành viên"},
    "unit.groups": {"en": "Member of", "vi": "Thuộc nhóm"},
    "unit.oversees": {"en": "Oversees fields", "vi": "Theo dõi lĩnh vực"},
    "unit.criteria": {"en": "Criteria", "vi": "Tiêu chí"},
    "unit.duties": {"en": "Duties (section 4)", "vi": "Nhiệm vụ (mục 4)"},
    "unit.own": {"en": "Led itself", "vi": "Tự chủ trì"},
    "unit.with_groups": {"en": "With its groups", "vi": "Kể cả qua nhóm"},
    "unit.points": {
        "en": "{at_stake} points at stake, {lost} lost in {year}, {to_recover} to recover",
        "vi": "phụ trách {at_stake} điểm, năm {year} mất {lost}, cần lấy lại {to_recover}",
    },
    "how.own": {"en": "leads", "vi": "chủ trì"},
    "how.shared": {"en": "shared", "vi": "cùng chủ trì"},
    "how.via": {"en": "via {group}", "vi": "qua {group}"},
    # -- summary
    "summary.title": {"en": "Summary by field", "vi": "Tổng hợp theo lĩnh vực"},
    "summary.projected": {
        "en": "Projected total if every target is met",
        "vi": "Tổng điểm dự kiến nếu đạt mọi mục tiêu",
    },
    "summary.projected.value": {
        "en": "{projected} ({change} on {year})",
        "vi": "{projected} ({change} so với {year})",
    },
    "summary.legend": {
        "en": "Bar: █ reached in {baseline_year}, ▒ planned gain for {year}, ░ still lost",
        "vi": "Biểu đồ: █ đạt năm {baseline_year}, ▒ phấn đấu thêm năm {year}, ░ vẫn mất",
    },
    # -- score
    "score.title": {"en": "Self-assessment {year}", "vi": "Tự đánh giá năm {year}"},
    "score.files": {"en": "Scores from", "vi": "Điểm lấy từ"},
    "score.unit": {"en": "Unit", "vi": "Đơn vị"},
    "score.total": {"en": "Self-assessed total", "vi": "Tổng điểm tự chấm"},
    "score.total.value": {"en": "{total} of {max} ({percent} %)", "vi": "{total} trên {max} ({percent} %)"},
    "score.rescaled": {"en": "Rescaled to {printed_max}", "vi": "Quy đổi về thang {printed_max}"},
    "score.rescaled.value": {
        "en": "{index} ({na} points not applicable leave the maximum)",
        "vi": "{index} ({na} điểm không áp dụng được trừ khỏi điểm tối đa)",
    },
    "score.appraised": {"en": "Appraised total", "vi": "Tổng điểm thẩm định"},
    "score.projected": {"en": "Projected", "vi": "Dự kiến"},
    "score.projected.value": {
        "en": "{floor} scored so far; {at_target} if the rest meets its targets; {ceiling} at best",
        "vi": "đã chấm {floor}; {at_target} nếu phần còn lại đạt mục tiêu; tối đa {ceiling}",
    },
    "score.band": {"en": "Band", "vi": "Xếp loại"},
    "score.band.value": {"en": "{band}", "vi": "{band}"},
    "score.band.none": {"en": "below every band", "vi": "dưới mọi mức xếp loại"},
    "score.band.next": {
        "en": "{band}; {points} more points reach {next}",
        "vi": "{band}; thêm {points} điểm để đạt {next}",
    },
    "score.fields": {"en": "By field", "vi": "Theo lĩnh vực"},
    "score.below_target": {"en": "Below target", "vi": "Chưa đạt mục tiêu"},
    "score.missing": {"en": "Not scored yet", "vi": "Chưa chấm điểm"},
    "score.unexplained": {
        "en": "Scored without evidence or explanation (the report must explain these)",
        "vi": "Có điểm nhưng chưa có tài liệu kiểm chứng hay giải trình (báo cáo phải giải trình)",
    },
    "score.appraisal": {"en": "Appraised differently", "vi": "Điểm thẩm định khác điểm tự chấm"},
    "score.estimates": {
        "en": "Survey criteria: estimates only, the province scores them",
        "vi": "Tiêu chí điều tra xã hội học: chỉ là ước tính, điểm do tỉnh chấm",
    },
    "score.not_applicable": {"en": "Not applicable", "vi": "Không áp dụng"},
    "score.unreachable": {
        "en": "{points} points of {where} belong to no criterion: "
        "even a perfect self-assessment stays below {max}",
        "vi": "{points} điểm của {where} không thuộc tiêu chí nào: "
        "dù đạt tối đa mọi tiêu chí, tổng điểm vẫn dưới {max}",
    },
    "fail_under": {
        "en": "the index {index} is below --fail-under {threshold}",
        "vi": "chỉ số {index} thấp hơn --fail-under {threshold}",
    },
    # -- template (comments of a scores file; numbers in it always take a decimal point)
    "template.header": {
        "en": "Self-assessment (tự đánh giá) {year}: {title}\n\n"
        "For each criterion fill in `score`: digits with at most 3 decimals, 6.928 or 6,928.\n"
        "An empty score means not scored yet. Under `evidence` list the documents that prove it\n"
        "(tài liệu kiểm chứng: number and date, section or page), one per line starting with '- '.\n"
        "A score without evidence needs an `explanation` (giải trình). `appraised` takes the\n"
        "appraisal council's score once known. A criterion that does not apply to the unit goes\n"
        'under not_applicable as  "id": reason  (and its score stays empty).\n'
        "Then run: par score --input THIS_FILE",
        "vi": "Tự đánh giá năm {year}: {title}\n\n"
        "Với mỗi tiêu chí, điền `score`: chữ số, tối đa 3 chữ số thập phân, ví dụ 6.928 hoặc 6,928.\n"
        "Để trống nghĩa là chưa chấm. Dưới `evidence` liệt kê tài liệu kiểm chứng (số, ngày,\n"
        "mục hoặc trang), mỗi tài liệu một dòng bắt đầu bằng '- '. Điểm không có tài liệu kiểm chứng\n"
        "cần `explanation` (giải trình). `appraised` ghi điểm thẩm định khi có. Tiêu chí không áp\n"
        'dụng cho đơn vị ghi ở not_applicable dạng  "mã": lý do  (và để trống điểm).\n'
        "Sau đó chạy: par score --input TÊN_TỆP",
    },
    "template.max": {"en": "max {max}", "vi": "tối đa {max}"},
    "template.facts": {
        "en": "max {max}, target {target}, {year}: {baseline}; lead: {leads}",
        "vi": "tối đa {max}, mục tiêu {target}, năm {year}: {baseline}; chủ trì: {leads}",
    },
    "template.survey": {
        "en": "scored by the province's survey: a score here is only an estimate",
        "vi": "do tỉnh chấm bằng điều tra xã hội học: điểm ghi ở đây chỉ là ước tính",
    },
    "template.task": {"en": "task: {task}", "vi": "nhiệm vụ: {task}"},
    "template.written": {
        "en": "wrote {path}: {count} criteria to fill in",
        "vi": "đã ghi {path}: {count} tiêu chí cần điền",
    },
    # -- compare
    "compare.title": {
        "en": "Comparison of {count} self-assessments",
        "vi": "So sánh {count} bản tự đánh giá",
    },
    "compare.target": {"en": "Target total of the plan", "vi": "Tổng điểm mục tiêu của kế hoạch"},
    "compare.failed": {
        "en": "{file} was left out: {count} problem(s), listed on stderr",
        "vi": "đã bỏ qua {file}: {count} lỗi, xem thông báo lỗi",
    },
    # -- report (HTML)
    "report.title": {"en": "PAR Index report", "vi": "Báo cáo Chỉ số CCHC"},
    "sheet.report": {"en": "Report", "vi": "Báo cáo"},
    "sheet.table": {"en": "Table {number}", "vi": "Bảng {number}"},
    "report.made": {"en": "Made on {date} from {files}", "vi": "Lập ngày {date} từ {files}"},
    "report.legal": {"en": "Legal bases", "vi": "Căn cứ"},
    "report.summary": {"en": "Summary by field", "vi": "Tổng hợp theo lĩnh vực"},
    "report.chart": {
        "en": "Score by field, in % of its maximum",
        "vi": "Điểm theo lĩnh vực, tính theo % điểm tối đa",
    },
    "report.gaps": {"en": "Where points are lost", "vi": "Các tiêu chí bị mất điểm"},
    "report.units": {"en": "Workload by unit", "vi": "Nhiệm vụ theo đơn vị"},
    "report.explain": {"en": "Criteria that need an explanation", "vi": "Tiêu chí cần giải trình"},
    "report.mismatches": {
        "en": "Known inconsistencies of the source",
        "vi": "Các điểm không khớp của văn bản gốc",
    },
    "report.signer": {"en": "Signed by", "vi": "Người ký"},
    "report.series.baseline": {"en": "{year}", "vi": "Năm {year}"},
    "report.series.target": {"en": "Target {year}", "vi": "Mục tiêu {year}"},
    "report.series.self": {"en": "Self-assessed", "vi": "Tự chấm"},
    "report.series.appraised": {"en": "Appraised", "vi": "Thẩm định"},
    # -- reading YAML
    "err.is_dir": {"en": "is a directory, not a file", "vi": "là một thư mục, không phải tệp"},
    "hint.is_dir": {"en": "give the path of a .yaml file", "vi": "hãy chỉ đường dẫn tới một tệp .yaml"},
    "err.no_file": {"en": "no such file", "vi": "không có tệp này"},
    "hint.no_file": {"en": "check the path", "vi": "kiểm tra lại đường dẫn"},
    "err.permission": {"en": "permission denied", "vi": "không có quyền đọc tệp"},
    "hint.permission": {"en": "check the file's permissions", "vi": "kiểm tra quyền truy cập tệp"},
    "err.cannot_read": {"en": "cannot read the file: {reason}", "vi": "không đọc được tệp: {reason}"},
    "err.too_large": {"en": "the file is larger than {limit} MiB", "vi": "tệp lớn hơn {limit} MiB"},
    "hint.too_large": {
        "en": "a criteria or scores file is a few hundred KiB at most; is this the right file?",
        "vi": "tệp tiêu chí hoặc tệp điểm chỉ vài trăm KiB; có đúng tệp không?",
    },
    "err.not_yaml": {"en": "not valid YAML: {problem}", "vi": "không phải YAML hợp lệ: {problem}"},
    "err.yaml_unknown": {"en": "unexpected text", "vi": "văn bản không đúng cú pháp"},
    "hint.not_yaml": {
        "en": "check the indentation and the ':' after each key",
        "vi": "kiểm tra thụt lề và dấu ':' sau mỗi khóa",
    },
    "err.empty": {"en": "the file is empty", "vi": "tệp rỗng"},
    "hint.empty": {"en": "fill it in, or give another file", "vi": "hãy điền nội dung, hoặc chọn tệp khác"},
    "err.duplicate_key": {"en": "duplicate key '{key}'", "vi": "khóa '{key}' bị lặp"},
    "hint.duplicate_key": {
        "en": "each key may appear once; remove or rename one",
        "vi": "mỗi khóa chỉ xuất hiện một lần; hãy xóa hoặc đổi tên một khóa",
    },
    "err.key_not_text": {
        "en": "a key must be plain text, not a list or mapping",
        "vi": "khóa phải là văn bản, không phải danh sách hay ánh xạ",
    },
    "err.too_deep": {"en": "nested more than {depth} levels deep", "vi": "lồng sâu quá {depth} cấp"},
    "err.too_deep.any": {"en": "nested too deeply", "vi": "lồng quá sâu"},
    "hint.too_deep": {"en": "flatten the structure", "vi": "hãy làm phẳng cấu trúc"},
    "err.alias": {"en": "alias '*{name}' is not allowed", "vi": "không được dùng bí danh '*{name}'"},
    "hint.alias": {"en": "write the value out in full", "vi": "hãy viết đầy đủ giá trị"},
    "err.anchor": {"en": "anchor '&{name}' is not allowed", "vi": "không được dùng neo '&{name}'"},
    "hint.anchor": {"en": "write each value out in full", "vi": "hãy viết đầy đủ từng giá trị"},
    "err.documents": {
        "en": "more than one YAML document ('---')",
        "vi": "có nhiều hơn một tài liệu YAML ('---')",
    },
    "hint.documents": {"en": "keep one document per file", "vi": "mỗi tệp chỉ một tài liệu"},
    "err.tag": {"en": "tag '{tag}' is not allowed", "vi": "không được dùng thẻ '{tag}'"},
    "hint.tag": {
        "en": "remove the tag; values are read as text",
        "vi": "hãy bỏ thẻ; giá trị được đọc như văn bản",
    },
    "err.tab": {"en": "a tab character is used for indentation", "vi": "dùng ký tự tab để thụt lề"},
    "hint.tab": {"en": "indent with spaces", "vi": "hãy thụt lề bằng dấu cách"},
    "err.not_utf8": {"en": "the file is not UTF-8 text", "vi": "tệp không phải văn bản UTF-8"},
    "hint.not_utf8": {
        "en": "save it as UTF-8; is this the right file?",
        "vi": "hãy lưu dưới dạng UTF-8; có đúng tệp không?",
    },
    "err.control": {
        "en": "the file holds the control character #x{code}",
        "vi": "tệp chứa ký tự điều khiển #x{code}",
    },
    "hint.control": {
        "en": "a YAML file is text; is this the right file?",
        "vi": "tệp YAML là văn bản; có đúng tệp không?",
    },
    # -- numbers
    "err.num.example": {
        "en": "write digits with a decimal point or comma, e.g. 6.928 or 6,928",
        "vi": "hãy viết chữ số, dấu thập phân là dấu chấm hoặc dấu phẩy, ví dụ 6.928 hoặc 6,928",
    },
    "err.num.inexact": {
        "en": "{value} is not an exact number; {example}",
        "vi": "{value} không phải số chính xác; {example}",
    },
    "err.num.not_number": {
        "en": "'{text}' is not a number; {example}",
        "vi": "'{text}' không phải là số; {example}",
    },
    "err.num.type": {"en": "a number is expected here; {example}", "vi": "cần một số ở đây; {example}"},
    "err.num.negative": {
        "en": "'{text}' is negative; a score is at least 0",
        "vi": "'{text}' là số âm; điểm không nhỏ hơn 0",
    },
    "err.num.mixed": {
        "en": "'{text}' mixes ',' and '.'; use one decimal separator and no thousands separator",
        "vi": "'{text}' dùng cả ',' và '.'; chỉ dùng một dấu thập phân, không dùng dấu phân cách hàng nghìn",
    },
    "err.num.decimals": {
        "en": "'{text}' has {count} decimals; scores have at most {max}",
        "vi": "'{text}' có {count} chữ số thập phân; điểm có tối đa {max}",
    },
    # -- shapes
    "err.node_id": {
        "en": '\'{value}\' is not a criterion id; write it as printed, e.g. "3" or "3.4"',
        "vi": '\'{value}\' không phải mã tiêu chí; hãy viết như bản in, ví dụ "3" hoặc "3.4"',
    },
    "err.unit_id": {
        "en": "'{value}' is not a unit id; use lower-case ASCII letters, digits and '_', e.g. noi_vu",
        "vi": "'{value}' không phải mã đơn vị; dùng chữ thường không dấu, chữ số và '_', ví dụ noi_vu",
    },
    "err.text": {"en": "text is expected here", "vi": "cần một đoạn văn bản ở đây"},
    "file.criteria": {"en": "a criteria file", "vi": "tệp tiêu chí"},
    "file.scores": {"en": "a scores file", "vi": "tệp điểm"},
    "kind.nothing": {"en": "nothing", "vi": "giá trị rỗng"},
    "kind.mapping": {"en": "a mapping", "vi": "một ánh xạ"},
    "kind.list": {"en": "a list", "vi": "một danh sách"},
    "kind.value": {"en": "a single value", "vi": "một giá trị đơn"},
    "err.top_level": {
        "en": "{what} must be a mapping of keys at the top level, not {kind}",
        "vi": "{what} phải là một ánh xạ các khóa ở cấp cao nhất, không phải {kind}",
    },
    "hint.top_level": {"en": "start with keys such as {keys}", "vi": "hãy bắt đầu bằng các khóa như {keys}"},
    "err.missing": {
        "en": "{where}: missing required key '{key}'",
        "vi": "{where}: thiếu khóa bắt buộc '{key}'",
    },
    "err.unknown_key": {"en": "{where}: unknown key '{key}'", "vi": "{where}: khóa không hợp lệ '{key}'"},
    "hint.did_you_mean": {"en": "did you mean '{name}'?", "vi": "có phải là '{name}'?"},
    "hint.unknown_key": {"en": "remove it, or check its indentation", "vi": "hãy xóa, hoặc kiểm tra thụt lề"},
    "err.expect.mapping": {
        "en": "a mapping of keys is expected here, not {kind}",
        "vi": "cần một ánh xạ các khóa ở đây, không phải {kind}",
    },
    "err.expect.list": {
        "en": "a list is expected here, not {kind}",
        "vi": "cần một danh sách ở đây, không phải {kind}",
    },
    "err.expect.int": {
        "en": "a whole number is expected here, e.g. 2024",
        "vi": "cần một số nguyên ở đây, ví dụ 2024",
    },
    "err.expect.date": {
        "en": "a date is expected here, written YYYY-MM-DD",
        "vi": "cần một ngày ở đây, viết dạng YYYY-MM-DD",
    },
    "err.expect.some": {"en": "at least one entry is needed here", "vi": "cần ít nhất một mục ở đây"},
    "err.expect.choice": {"en": "expected {choices}", "vi": "cần một trong các giá trị {choices}"},
    # -- plan checks
    "err.no_bundled": {"en": "no bundled criteria file was installed", "vi": "không có tệp tiêu chí đi kèm"},
    "err.unit_twice": {"en": "unit id '{id}' is used twice", "vi": "mã đơn vị '{id}' bị dùng hai lần"},
    "hint.unit_twice": {"en": "give each unit its own id", "vi": "mỗi đơn vị một mã riêng"},
    "err.spelling_twice": {
        "en": "'{spelling}' names both units '{first}' and '{second}'",
        "vi": "'{spelling}' chỉ cả hai đơn vị '{first}' và '{second}'",
    },
    "hint.spelling_twice": {"en": "keep it in one", "vi": "chỉ giữ ở một đơn vị"},
    "err.members_not_group": {
        "en": "unit '{id}' has members but is not a group",
        "vi": "đơn vị '{id}' có thành viên nhưng không phải nhóm",
    },
    "hint.members_not_group": {
        "en": "add kind: group, or remove members",
        "vi": "thêm kind: group, hoặc bỏ members",
    },
    "err.group_member": {
        "en": "group '{id}' cannot be a member",
        "vi": "nhóm '{id}' không thể là thành viên",
    },
    "hint.group_member": {"en": "list its units instead", "vi": "hãy liệt kê các đơn vị của nhóm"},
    "err.unknown_unit": {"en": "unknown unit '{id}'", "vi": "không có đơn vị '{id}'"},
    "hint.add_unit": {"en": "add it under units:", "vi": "hãy thêm vào units:"},
    "err.id_twice": {"en": "id '{id}' is used twice", "vi": "mã '{id}' bị dùng hai lần"},
    "hint.id_twice": {"en": "give each row its own id", "vi": "mỗi dòng một mã riêng"},
    "err.field_dot": {"en": "field id '{id}' has a dot", "vi": "mã lĩnh vực '{id}' có dấu chấm"},
    "hint.field_dot": {
        "en": 'a field\'s id is one part, e.g. "3"',
        "vi": 'mã lĩnh vực chỉ có một phần, ví dụ "3"',
    },
    "err.not_under": {
        "en": "id '{id}' does not lie under '{parent}'",
        "vi": "mã '{id}' không nằm dưới '{parent}'",
    },
    "hint.not_under": {
        "en": "ids under {parent} read {parent}.1, {parent}.2, ...",
        "vi": "các mã dưới {parent} là {parent}.1, {parent}.2, ...",
    },
    "err.above_max": {
        "en": "{id}: {column} {value} is above the maximum {max}",
        "vi": "{id}: {column} {value} lớn hơn điểm tối đa {max}",
    },
    "err.survey_branch": {
        "en": "{id}: only a row without sub-rows can be scored by survey",
        "vi": "{id}: chỉ dòng không có dòng con mới được chấm bằng điều tra",
    },
    "err.mismatch_leaf": {
        "en": "{id} has no rows below it to mismatch",
        "vi": "{id} không có dòng con nên không thể lệch",
    },
    "hint.mismatch_leaf": {"en": "remove source_mismatch", "vi": "hãy bỏ source_mismatch"},
    "err.lead_text_no_lead": {
        "en": "{id}: lead_text is given but lead names no unit",
        "vi": "{id}: có lead_text nhưng lead không có đơn vị nào",
    },
    "hint.lead_text_no_lead": {"en": "list the unit ids under lead", "vi": "hãy ghi mã đơn vị vào lead"},
    "err.lead_text_missing": {
        "en": "{id}: lead_text '{text}' does not name unit '{unit}'",
        "vi": "{id}: lead_text '{text}' không nêu đơn vị '{unit}'",
    },
    "hint.lead_text_missing": {
        "en": "add the spelling used here to the unit's spellings, or fix lead",
        "vi": "hãy thêm cách viết này vào spellings của đơn vị, hoặc sửa lead",
    },
    "err.lead_text_extra": {
        "en": "{id}: lead_text names '{rest}', which lead lacks",
        "vi": "{id}: lead_text nêu '{rest}' mà lead không có",
    },
    "hint.lead_text_extra": {
        "en": "add its unit to lead, or its spelling to that unit",
        "vi": "hãy thêm đơn vị vào lead, hoặc thêm cách viết vào đơn vị đó",
    },
    "err.sum": {
        "en": "{label}: {column} is printed as {printed} but the rows below sum to {computed} "
        "(difference {difference})",
        "vi": "{label}: {column} in là {printed} nhưng tổng các dòng con là {computed} "
        "(chênh lệch {difference})",
    },
    "hint.sum": {
        "en": "fix the number, or if the source prints it so, record it under "
        "source_mismatch: {column}: {{difference: {difference}, reason: ...}}",
        "vi": "hãy sửa số, hoặc nếu văn bản gốc in như vậy, ghi lại ở "
        "source_mismatch: {column}: {{difference: {difference}, reason: ...}}",
    },
    "err.sum_stale": {
        "en": "{label}: the recorded {column} mismatch no longer exists",
        "vi": "{label}: độ lệch {column} đã ghi không còn nữa",
    },
    "hint.sum_stale": {"en": "remove it from source_mismatch", "vi": "hãy xóa khỏi source_mismatch"},
    "err.sum_amount": {
        "en": "{label}: {column} mismatch recorded as {recorded} but it is {difference} "
        "(printed {printed}, sum {computed})",
        "vi": "{label}: độ lệch {column} ghi là {recorded} nhưng thực tế là {difference} "
        "(in {printed}, tổng {computed})",
    },
    "hint.sum_amount": {"en": "set difference: {difference}", "vi": "hãy đặt difference: {difference}"},
    "err.not_field": {"en": "'{id}' is not a field id", "vi": "'{id}' không phải mã lĩnh vực"},
    "hint.not_field": {"en": 'list ids of fields, e.g. "1"', "vi": 'hãy ghi mã lĩnh vực, ví dụ "1"'},
    "err.band_above": {
        "en": "band '{name}' starts above 100 %",
        "vi": "mức xếp loại '{name}' bắt đầu trên 100 %",
    },
    "err.band_twice": {
        "en": "band '{name}' is defined twice",
        "vi": "mức xếp loại '{name}' bị định nghĩa hai lần",
    },
    # -- scores files
    "err.year": {
        "en": "the scores are for {year} but the plan is for {plan_year}",
        "vi": "điểm là của năm {year} nhưng kế hoạch là năm {plan_year}",
    },
    "hint.year": {
        "en": "check that both files belong to the same year",
        "vi": "kiểm tra hai tệp có cùng một năm không",
    },
    "err.score_above": {
        "en": "{id}: {what} {value} is above the maximum {max}",
        "vi": "{id}: {what} {value} lớn hơn điểm tối đa {max}",
    },
    "hint.score_above": {
        "en": "a score of {id} lies between 0 and {max}",
        "vi": "điểm của {id} nằm trong khoảng từ 0 đến {max}",
    },
    "err.file_unit": {
        "en": "unit '{text}' is not a unit of the plan",
        "vi": "'{text}' không phải đơn vị của kế hoạch",
    },
    "hint.file_unit": {
        "en": "write one of its unit ids: {ids}",
        "vi": "hãy ghi một trong các mã đơn vị: {ids}",
    },
    "err.is_field": {
        "en": "'{id}' is a field, not a criterion",
        "vi": "'{id}' là lĩnh vực, không phải tiêu chí",
    },
    "hint.is_field": {
        "en": "score its criteria {first} to {last}",
        "vi": "hãy chấm các tiêu chí từ {first} đến {last}",
    },
    "err.not_criterion": {
        "en": "'{id}' is not a criterion of the plan",
        "vi": "'{id}' không phải tiêu chí của kế hoạch",
    },
    "hint.not_criterion": {
        "en": 'use the ids of the plan, e.g. "3.4"',
        "vi": 'hãy dùng mã của kế hoạch, ví dụ "3.4"',
    },
    "err.conflict": {
        "en": "{id}: {what} is {value} here but {other} at {where}",
        "vi": "{id}: {what} ở đây là {value} nhưng ở {where} là {other}",
    },
    "hint.conflict": {
        "en": "agree on one value; the same value in several files is fine",
        "vi": "hãy thống nhất một giá trị; cùng một giá trị ở nhiều tệp thì không sao",
    },
    "err.scored_and_na": {
        "en": "{id} is scored here but marked not applicable at {where}",
        "vi": "{id} được chấm điểm ở đây nhưng được ghi là không áp dụng ở {where}",
    },
    "hint.scored_and_na": {
        "en": "remove it from scores or from not_applicable",
        "vi": "hãy xóa khỏi scores hoặc khỏi not_applicable",
    },
    "what.score": {"en": "score", "vi": "điểm"},
    "what.appraised": {"en": "appraised score", "vi": "điểm thẩm định"},
    "what.not_applicable": {"en": "reason for not applicable", "vi": "lý do không áp dụng"},
    # -- units asked for on the command line
    "err.unit_empty": {"en": "--unit '{query}' names no unit", "vi": "--unit '{query}' không nêu đơn vị nào"},
    "hint.unit_empty": {
        "en": "give a unit id or part of its name",
        "vi": "hãy ghi mã đơn vị hoặc một phần tên",
    },
    "err.unit_ambiguous": {
        "en": "--unit '{query}' matches several units: {listing}",
        "vi": "--unit '{query}' khớp nhiều đơn vị: {listing}",
    },
    "hint.unit_ambiguous": {"en": "give more of the name, or the id", "vi": "hãy ghi thêm tên, hoặc ghi mã"},
    "err.unit_unknown": {
        "en": "--unit '{query}' matches no unit; the units are: {listing}",
        "vi": "--unit '{query}' không khớp đơn vị nào; các đơn vị là: {listing}",
    },
    "hint.unit_unknown": {"en": "give one of these", "vi": "hãy chọn một trong số đó"},
    # -- files written
    "err.out_dir": {"en": "{path} is a directory", "vi": "{path} là một thư mục"},
    "hint.out_dir": {"en": "give a file name", "vi": "hãy ghi tên tệp"},
    "err.out_exists": {"en": "{path} exists", "vi": "{path} đã tồn tại"},
    "hint.out_exists": {"en": "add --force to replace it", "vi": "thêm --force để ghi đè"},
    "err.cannot_write": {"en": "cannot write: {reason}", "vi": "không ghi được: {reason}"},
    # -- options
    "err.format": {
        "en": "'{value}' is not a format; choose one of: {formats}",
        "vi": "'{value}' không phải định dạng; hãy chọn: {formats}",
    },
    "err.binary": {
        "en": "the {format} format is written to a file: add --output FILE",
        "vi": "định dạng {format} chỉ ghi ra tệp: hãy thêm --output TỆP",
    },
    "err.field_option": {
        "en": "--field '{id}' is not a field of this plan",
        "vi": "--field '{id}' không phải lĩnh vực của kế hoạch",
    },
    "hint.choose": {"en": "choose one of: {choices}", "vi": "hãy chọn: {choices}"},
    "err.choose": {"en": "choose {choices}", "vi": "hãy chọn {choices}"},
    "err.against_input": {
        "en": "give either --against or --input, not both",
        "vi": "chỉ dùng --against hoặc --input, không dùng cả hai",
    },
    # -- help
    "help.app": {
        "en": "Plan and self-assess a PAR Index (Chỉ số cải cách hành chính) from plain-text data.",
        "vi": "Lập kế hoạch và tự đánh giá Chỉ số cải cách hành chính (PAR Index) từ dữ liệu văn bản.",
    },
    "help.version": {"en": "Show the version and exit.", "vi": "Hiện phiên bản rồi thoát."},
    "help.lang": {
        "en": "Language: en or vi (default: PAR_LANG, else the locale).",
        "vi": "Ngôn ngữ: en hoặc vi (mặc định: PAR_LANG, hoặc theo locale).",
    },
    "help.criteria": {
        "en": "Criteria file (plan) to use instead of the bundled one.",
        "vi": "Tệp tiêu chí (kế hoạch) dùng thay cho tệp đi kèm.",
    },
    "help.output": {
        "en": "Write to this file (atomically) instead of the screen.",
        "vi": "Ghi ra tệp này (trọn vẹn) thay vì ra màn hình.",
    },
    "help.force": {"en": "Replace an existing --output file.", "vi": "Ghi đè tệp --output đã có."},
    "help.format": {"en": "Output format: {formats}.", "vi": "Định dạng kết quả: {formats}."},
    "help.validate": {
        "en": "Check a criteria file: shape, ids, units, and printed subtotals against their sums.",
        "vi": "Kiểm tra tệp tiêu chí: cấu trúc, mã, đơn vị, và điểm in so với tổng các dòng con.",
    },
    "help.validate.path": {
        "en": "Criteria file to check; default: the --criteria file, else the bundled plan.",
        "vi": "Tệp tiêu chí cần kiểm tra; mặc định: tệp --criteria, hoặc kế hoạch đi kèm.",
    },
    "help.gaps": {
        "en": "List the criteria below their maximum, and the points each loses.",
        "vi": "Liệt kê các tiêu chí chưa đạt điểm tối đa và số điểm bị mất.",
    },
    "help.gaps.against": {
        "en": "Measure from the plan's 'baseline' scores (default) or its 'target' scores.",
        "vi": "Tính từ điểm năm trước 'baseline' (mặc định) hoặc điểm mục tiêu 'target'.",
    },
    "help.gaps.input": {
        "en": "Measure from self-assessed scores files instead (as par score).",
        "vi": "Tính từ tệp điểm tự chấm (như par score).",
    },
    "help.gaps.sort": {
        "en": "Order rows by 'gap' (largest first), 'id' or 'field'.",
        "vi": "Sắp xếp theo 'gap' (mất nhiều trước), 'id' hoặc 'field'.",
    },
    "help.gaps.field": {"en": "Only this field, e.g. 3.", "vi": "Chỉ lĩnh vực này, ví dụ 3."},
    "help.gaps.unit": {
        "en": "Only criteria falling on this unit (id or part of its name).",
        "vi": "Chỉ các tiêu chí của đơn vị này (mã hoặc một phần tên).",
    },
    "help.gaps.min_gap": {
        "en": "Only rows losing at least this much.",
        "vi": "Chỉ các dòng mất ít nhất chừng này điểm.",
    },
    "help.by_unit": {
        "en": "Each unit's criteria (led itself or through a group), points at stake, and duties.",
        "vi": "Tiêu chí của từng đơn vị (tự chủ trì hoặc qua nhóm), số điểm phụ trách và nhiệm vụ.",
    },
    "help.by_unit.unit": {
        "en": 'Show one unit in full: its id, its name, or part of it ("noi vu").',
        "vi": 'Xem đầy đủ một đơn vị: mã, tên, hoặc một phần tên ("noi vu").',
    },
    "help.summary": {
        "en": "Per field: maximum, baseline and target, in points and percent, and the projected total.",
        "vi": "Theo lĩnh vực: điểm tối đa, điểm năm trước và mục tiêu, theo điểm và %, và tổng dự kiến.",
    },
    "help.score": {
        "en": "Sum the self-assessed scores per field, and list what is missing or needs explaining.",
        "vi": "Cộng điểm tự chấm theo lĩnh vực, và liệt kê tiêu chí còn thiếu hoặc cần giải trình.",
    },
    "help.score.input": {
        "en": "Scores file; repeat to merge the files of several offices.",
        "vi": "Tệp điểm; lặp lại để gộp tệp của nhiều phòng.",
    },
    "help.score.fail_under": {
        "en": "Exit 3 when the index is below this figure.",
        "vi": "Thoát với mã 3 khi chỉ số thấp hơn mức này.",
    },
    "help.template": {
        "en": "Write a scores file to fill in: every criterion (or one unit's), with its task as comments.",
        "vi": "Tạo tệp điểm để điền: mọi tiêu chí (hoặc của một đơn vị), kèm nhiệm vụ dưới dạng chú thích.",
    },
    "help.template.unit": {
        "en": "Only the criteria falling on this unit (id or name).",
        "vi": "Chỉ các tiêu chí của đơn vị này (mã hoặc tên).",
    },
    "help.compare": {
        "en": "Rank several self-assessments by their index, with each field's score.",
        "vi": "Xếp hạng nhiều bản tự đánh giá theo chỉ số, kèm điểm từng lĩnh vực.",
    },
    "help.compare.files": {
        "en": "Scores files, one per unit or per year.",
        "vi": "Các tệp điểm, mỗi đơn vị hoặc mỗi năm một tệp.",
    },
    "help.compare.keep_going": {
        "en": "Report a bad file and compare the others.",
        "vi": "Báo lỗi tệp hỏng và tiếp tục so sánh các tệp còn lại.",
    },
    "help.report": {
        "en": "Write a self-contained HTML report to read offline, attach or print.",
        "vi": "Tạo báo cáo HTML độc lập để xem không cần mạng, gửi kèm hoặc in.",
    },
    "help.report.input": {
        "en": "Scores files to include (optional).",
        "vi": "Các tệp điểm đưa vào báo cáo (không bắt buộc).",
    },
}
