"""Every text a user reads, in one catalogue with a column per language.

Commands, views and error messages ask a Labels object for a text by key; nothing a user reads
is written elsewhere. Texts from the data files (names, tasks, duties) are shown as they are.
There is no language setting anywhere else: whoever words a text holds the Labels to word it
with. A test checks that every key has every language.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from datetime import date
from datetime import date as _date  # Labels.date shadows the name in its class
from decimal import Decimal

from par_cli.core.numbers import fmt
from par_cli.core.problems import Term, Where
from par_cli.texts.evidence_texts import EVIDENCE_TEXTS
from par_cli.texts.method_texts import METHOD_TEXTS
from par_cli.texts.problem_texts import PROBLEM_TEXTS

LANGUAGES = ("en", "vi")


def default_language(environ: Mapping[str, str] | None = None) -> str:
    """PAR_LANG, else a Vietnamese locale (LC_ALL, LC_MESSAGES, LANG), else English."""
    env = os.environ if environ is None else environ
    chosen = env.get("PAR_LANG", "").strip().lower()
    if chosen in LANGUAGES:
        return chosen
    locale = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
    return "vi" if locale.lower().startswith("vi") else "en"


class Labels:
    """The texts of one language, and how numbers and dates read in it."""

    __slots__ = ("decimal_sep", "language")

    def __init__(self, language: str = "en") -> None:
        if language not in LANGUAGES:
            raise ValueError(f"unknown language {language!r}")
        self.language = language
        # Published Vietnamese figures use a decimal comma (85,401); JSON and CSV never do.
        self.decimal_sep = "," if language == "vi" else "."

    def __call__(self, key: str, /, **values: object) -> str:
        """The text ``key``, its ``{placeholders}`` filled with values as they read here."""
        text = CATALOGUE[key][self.language]
        if not values:
            return text
        worded = {name: self.word(value) for name, value in values.items()}
        if self.language == "en":  # the catalogue's nouns agree with a count of 1, before values go in
            ones = {name for name, value in values.items() if _is_count(value) and worded[name] == "1"}
            if ones:
                text = _ONE.sub(lambda match: _singular(match) if match.group(1) in ones else match[0], text)
        return text.format(**worded)

    def has(self, key: str) -> bool:
        return key in CATALOGUE

    def word(self, value: object) -> str:
        """A value inside a sentence: numbers with this language's separator, terms worded."""
        if isinstance(value, Decimal):
            return self.num(value)
        if isinstance(value, Term):
            if value.key == "os.error":  # the system's reason, in this language where the catalogue has it
                key = f"os.{value.values['name']}"
                return self(key) if self.has(key) else str(value.values["text"])
            return self(value.key, **value.values)
        if isinstance(value, list | tuple) and not isinstance(value, Where):
            return ", ".join(self.word(item) for item in value)
        if isinstance(value, date):
            return self.date(value)
        return str(value)

    def num(self, value: Decimal, places: int | None = None) -> str:
        return fmt(value, places, self.decimal_sep)

    def date(self, value: date) -> str:
        """03/01/2024 in Vietnamese, day and month with their leading zeros as documents write them;
        3 Jan 2024 in English, which no reader takes for 1 March. Never ISO: that is for JSON."""
        if self.language == "vi":
            return f"{value.day:02}/{value.month:02}/{value.year}"
        return f"{value.day} {_MONTHS[value.month - 1][:3]} {value.year}"

    def long_date(self, value: _date) -> str:
        """A document's date line: "ngày 02 tháng 12 năm 2026", a zero before a day below 10 and
        before months 1 and 2, as Decree 30/2020 (Phụ lục I) has it; "2 December 2026" in English."""
        if self.language == "vi":
            month = f"{value.month:02}" if value.month < 3 else str(value.month)
            return self("document.date", day=f"{value.day:02}", month=month, year=str(value.year))
        return self("document.date", day=str(value.day), month=_MONTHS[value.month - 1], year=str(value.year))


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


# English nouns after a count agree with it: "1 point", "2 points", "1.5 points" (Vietnamese has
# no plural). The catalogue writes the plural; a count of exactly 1 makes it singular. Only the
# catalogue's words change: a value from data ("1 criteria have ...") is shown as written.
_PLURALS = {
    "sub-criteria": "sub-criterion",
    "criteria": "criterion",
    "points": "point",
    "self-assessments": "self-assessment",
    "problems": "problem",
    "rows": "row",
    "files": "file",
    "columns": "column",
    "items": "item",
    "errors": "error",
    "notes": "note",
    "folders": "folder",
    "bytes": "byte",
}
# A placeholder, then a plural of the catalogue: "{count} criteria have", "{count} more problems".
_ONE = re.compile(r"(?<!\{)\{(\w+)\} (more )?(" + "|".join(map(re.escape, _PLURALS)) + r")\b( have)?")


def _is_count(value: object) -> bool:
    return isinstance(value, int | Decimal) and not isinstance(value, bool)


def _singular(match: re.Match[str]) -> str:
    verb = " has" if match.group(4) else ""
    return f"{{{match.group(1)}}} {match.group(2) or ''}{_PLURALS[match.group(3)]}{verb}"


CATALOGUE: dict[str, dict[str, str]] = {
    # -- words used in several places
    "error": {"en": "error", "vi": "lỗi"},
    "internal_error": {
        "en": "par failed on something it should have handled ({kind}: {detail}); please report it with "
        "the command you ran",
        "vi": "par gặp lỗi lẽ ra phải xử lý được ({kind}: {detail}); hãy báo lại kèm lệnh đã chạy",
    },
    "none": {"en": "none", "vi": "không có"},
    "where.totals": {"en": "grand totals", "vi": "tổng điểm"},
    "where.field": {"en": "field {id}", "vi": "lĩnh vực {id}"},
    "where.node": {"en": "criterion {id}", "vi": "tiêu chí {id}"},
    "where.top": {"en": "top level", "vi": "cấp cao nhất"},
    "where.key": {"en": "{key}", "vi": "{key}"},
    "colname.max": {"en": "maximum", "vi": "điểm tối đa"},
    "colname.baseline": {"en": "{year} score", "vi": "điểm đạt năm {year}"},
    "colname.target": {"en": "{year} target", "vi": "mục tiêu năm {year}"},
    # A column named in a message about a plan file: the key, and in Vietnamese its meaning first.
    "colkey.max": {"en": "max", "vi": "điểm tối đa (max)"},
    "colkey.baseline": {"en": "baseline ({year} score)", "vi": "điểm đạt năm {year} (baseline)"},
    "colkey.target": {"en": "target ({year})", "vi": "mục tiêu năm {year} (target)"},
    # -- columns
    "col.id": {"en": "Id", "vi": "STT"},
    "col.name": {"en": "Name", "vi": "Lĩnh vực/Tiêu chí/Tiêu chí thành phần"},
    "col.field": {"en": "Field", "vi": "Lĩnh vực"},
    "col.max": {"en": "Max", "vi": "Điểm tối đa"},
    "col.baseline": {"en": "{year}", "vi": "Điểm đạt năm {year}"},
    "col.target": {"en": "Target {year}", "vi": "Mục tiêu năm {year}"},
    "col.what": {"en": "", "vi": ""},
    "col.figure": {"en": "Figure", "vi": "Cột điểm"},
    "col.score": {"en": "Score", "vi": "Điểm tạm tính"},  # the score given, or a survey's estimate
    "col.gap": {"en": "Gap", "vi": "Điểm chưa đạt"},
    "col.to_target": {"en": "Short of target", "vi": "Còn thiếu so với mục tiêu"},
    "col.lead": {"en": "Lead", "vi": "Đơn vị chủ trì"},
    "col.unit": {"en": "Unit", "vi": "Đơn vị"},
    "col.led": {"en": "Criteria led", "vi": "Số tiêu chí chủ trì"},
    "col.via_group": {"en": "Jointly", "vi": "Thực hiện chung"},
    "col.at_stake": {"en": "At stake", "vi": "Tổng điểm tối đa được giao"},
    "col.lost": {"en": "Lost {year}", "vi": "Điểm chưa đạt năm {year}"},
    "col.to_recover": {"en": "To recover", "vi": "Điểm cần cải thiện"},
    "col.how": {"en": "How", "vi": "Vai trò"},
    "col.task": {"en": "Task", "vi": "Nhiệm vụ"},
    "col.section": {"en": "Section", "vi": "Mục"},
    "col.duty": {"en": "Duty", "vi": "Nhiệm vụ"},
    "col.self": {"en": "Self-assessed", "vi": "Điểm tự đánh giá"},
    "col.survey": {"en": "Survey estimate", "vi": "Điểm điều tra (ước tính)"},
    "col.survey_percent": {"en": "Survey %", "vi": "% điều tra"},
    "col.estimate": {"en": "Estimate", "vi": "Điểm tạm tính"},
    "col.appraised": {"en": "Appraised", "vi": "Điểm thẩm định"},
    "col.difference.short": {"en": "Diff", "vi": "Chênh"},
    "col.change.on": {"en": "vs {year}", "vi": "So với năm {year}"},
    "col.reason.na": {"en": "Reason", "vi": "Lý do"},
    "col.scored_by": {"en": "Scored by", "vi": "Phương thức đánh giá"},
    "col.rank": {"en": "Rank", "vi": "Hạng"},
    "col.overseen_by": {"en": "Overseen by", "vi": "Đơn vị theo dõi"},
    "col.office": {"en": "Office", "vi": "Đơn vị"},
    "col.assessed": {"en": "Unit assessed", "vi": "Đơn vị được đánh giá"},
    "col.percent_own": {"en": "% of its criteria", "vi": "% tiêu chí của đơn vị"},
    "col.band": {"en": "Band", "vi": "Xếp loại"},
    "col.basis": {"en": "Basis", "vi": "Cơ sở tính"},
    "col.coverage": {"en": "Scored", "vi": "Đã chấm"},
    "col.file": {"en": "File", "vi": "Tệp"},
    "col.index": {"en": "Index", "vi": "Chỉ số CCHC tạm tính"},
    "col.to_best": {"en": "To best", "vi": "So cao nhất"},
    "col.percent": {"en": "%", "vi": "%"},
    "col.change": {"en": "Change", "vi": "Tăng/giảm"},
    "col.bar": {"en": "Bar", "vi": "Biểu đồ"},
    "row.total": {"en": "Total", "vi": "Tổng"},
    "table.left_out": {
        "en": "Left out to fit {width} columns: {columns}. To see them: a terminal of {needed} "
        "columns (COLUMNS={needed}), or --format csv",
        "vi": "Đã ẩn để vừa {width} cột: {columns}. Để xem: cửa sổ rộng {needed} cột "
        "(COLUMNS={needed}) hoặc --format csv",
    },
    "col.printed": {"en": "Printed", "vi": "Số liệu tại Phụ lục"},
    "col.computed": {"en": "Sum below", "vi": "Tổng các tiêu chí"},
    "col.difference": {"en": "Difference", "vi": "Chênh lệch"},
    "col.reason": {"en": "Reason", "vi": "Lý do"},
    "col.number": {"en": "Number", "vi": "Số hiệu"},
    "col.date": {"en": "Date", "vi": "Ngày"},
    "col.issuer": {"en": "Issued by", "vi": "Cơ quan ban hành"},
    "col.subject": {"en": "Subject", "vi": "Trích yếu"},
    "row.printed": {"en": "Printed totals", "vi": "Số liệu tại Phụ lục"},
    "row.computed": {"en": "Sum of the fields", "vi": "Tổng các lĩnh vực"},
    # -- validate
    "validate.title": {"en": "Valid criteria file: {title}", "vi": "Tệp tiêu chí hợp lệ: {title}"},
    "fact.file": {"en": "File", "vi": "Tệp"},
    "fact.plan": {"en": "Plan", "vi": "Kế hoạch"},
    "fact.fields": {"en": "Fields", "vi": "Lĩnh vực"},
    "fact.criteria": {"en": "Criteria", "vi": "Tiêu chí"},
    "fact.criteria.flat": {"en": "{criteria} criteria", "vi": "{criteria} tiêu chí"},
    "fact.criteria.value": {
        "en": "{criteria} criteria, {sub} sub-criteria",
        "vi": "{criteria} tiêu chí, {sub} tiêu chí thành phần",
    },
    "fact.units": {"en": "Units", "vi": "Đơn vị"},
    "fact.survey": {"en": "Scored by survey", "vi": "Chấm bằng điều tra xã hội học"},
    "table.totals": {"en": "Totals as printed", "vi": "Tổng điểm như bản in"},
    "note.display_name": {
        "en": 'Shown corrected: {where} "{shown}" (the plan prints "{printed}")',
        "vi": 'Hiển thị đã sửa lỗi chính tả: {where} "{shown}" (kế hoạch in là "{printed}")',
    },
    "warning.mismatch": {
        "en": "warning: {where}, {column}: printed {printed}, the rows below sum to {computed} "
        "(difference {difference}). Recorded in the file: {reason}",
        "vi": "cảnh báo: {where}, {column}: số liệu tại Phụ lục là {printed}, tổng các tiêu chí là "
        "{computed} (chênh lệch {difference}). Đã ghi trong tệp: {reason}",
    },
    # -- gaps
    "gaps.title.baseline": {
        "en": "Points lost against the {year} scores",
        "vi": "Các tiêu chí chưa đạt điểm tối đa theo kết quả năm {year}",
    },
    "gaps.title.target": {
        "en": "Points lost if every {year} target is met",
        "vi": "Các tiêu chí chưa đạt điểm tối đa nếu đạt mọi mục tiêu năm {year}",
    },
    "gaps.title.scores": {
        "en": "Points lost against the scores given (survey criteria: estimates)",
        "vi": "Các tiêu chí chưa đạt điểm tối đa theo điểm đã chấm (tiêu chí điều tra: điểm ước tính)",
    },
    "gaps.total": {"en": "Points lost", "vi": "Điểm chưa đạt"},
    "gaps.reconciled": {
        "en": "{gap} = {max} - {score}, the printed grand totals",
        "vi": "{gap} = {max} - {score}, theo tổng điểm in trong kế hoạch",
    },
    "gaps.reconciled.scores": {
        "en": "{gap} = {max} (the maximum of what is scored) - {score} (the scores given)",
        "vi": "{gap} = {max} (điểm tối đa của phần đã chấm) - {score} (tổng điểm đã chấm)",
    },
    "gaps.filtered": {
        "en": "{shown} of {all} rows shown; the total covers the rows shown",
        "vi": "Hiển thị {shown} trên {all} dòng; tổng chỉ tính các dòng hiển thị",
    },
    "gaps.unattributed": {
        "en": "Unattributed: the printed subtotal of {where} loses more than its rows",
        "vi": "Chênh lệch chưa phân bổ: theo số liệu tại Phụ lục, {where} chưa đạt nhiều điểm hơn tổng "
        "các tiêu chí",
    },
    "gaps.unattributed.totals": {
        "en": "Unattributed: the printed grand total loses more than its fields",
        "vi": "Chênh lệch chưa phân bổ: theo số liệu tại Phụ lục, tổng điểm chưa đạt nhiều hơn tổng các "
        "lĩnh vực",
    },
    "gaps.not_scored": {
        "en": "Not scored yet, so not counted as lost: {count} criteria, {points} points ({ids})",
        "vi": "Chưa chấm nên không tính là chưa đạt: {count} tiêu chí, {points} điểm ({ids})",
    },
    "lead.likely": {"en": "{unit} (likely)", "vi": "{unit} (nhiều khả năng)"},
    "lead.overseer": {"en": "{unit} (oversees {where})", "vi": "{unit} (theo dõi {where})"},
    # -- by-unit
    "units.title": {"en": "Criteria by unit", "vi": "Tiêu chí theo đơn vị"},
    "units.summary": {"en": "Units", "vi": "Đơn vị"},
    "units.unassigned": {"en": "Criteria with no lead unit", "vi": "Tiêu chí chưa có đơn vị chủ trì"},
    "units.counting": {
        "en": "Points count the criteria a unit leads itself; a shared criterion counts in full for each "
        "of its units. Criteria that fall on a unit through a group it belongs to are listed with it "
        "as 'jointly'.",
        "vi": "Điểm tính theo các tiêu chí đơn vị tự chủ trì; tiêu chí nhiều đơn vị cùng chủ trì được tính "
        "đủ cho mỗi đơn vị. Tiêu chí giao cho nhóm mà đơn vị là thành viên được ghi là 'Thực hiện chung'.",
    },
    "units.likely": {
        "en": "{unit} is the likely owner of {points} points of {where} ({column}) that no row of the "
        "appendix carries",
        "vi": "{points} điểm của {where} ({column}) không thuộc dòng nào của phụ lục, nhiều khả năng "
        "thuộc {unit}",
    },
    "units.more": {
        "en": "Each unit's criteria: par by-unit --all; one unit in full, with its duties: "
        "par by-unit --unit ID",
        "vi": "Tiêu chí của từng đơn vị: par by-unit --all; đầy đủ một đơn vị, kèm nhiệm vụ: "
        "par by-unit --unit MÃ",
    },
    "unit.kind": {"en": "Kind", "vi": "Loại"},
    "unit.kind.unit": {"en": "unit", "vi": "đơn vị"},
    "unit.kind.group": {"en": "group", "vi": "nhóm"},
    "unit.members": {"en": "Members", "vi": "Thành viên"},
    "unit.groups": {"en": "Member of", "vi": "Thuộc nhóm"},
    "unit.part_of": {"en": "A desk of", "vi": "Bộ phận thuộc"},
    "unit.desks": {"en": "Its desks", "vi": "Các bộ phận trực thuộc"},
    "unit.oversees": {"en": "Oversees fields", "vi": "Theo dõi lĩnh vực"},
    "unit.criteria": {"en": "Criteria", "vi": "Tiêu chí"},
    "unit.duties": {"en": "Duties (section 4)", "vi": "Nhiệm vụ (mục 4)"},
    "unit.own": {"en": "Led itself", "vi": "Tự chủ trì"},
    "unit.with_groups": {"en": "With its groups", "vi": "Kể cả qua nhóm"},
    "unit.points.first_year": {"en": "{at_stake} points at stake", "vi": "phụ trách {at_stake} điểm"},
    "unit.points": {
        "en": "{at_stake} points at stake, {lost} lost in {year}, {to_recover} to recover",
        "vi": "phụ trách {at_stake} điểm, năm {year} chưa đạt {lost}, cần cải thiện {to_recover}",
    },
    "how.own": {"en": "leads", "vi": "chủ trì"},
    "how.shared": {"en": "shared", "vi": "cùng chủ trì"},
    "how.via": {"en": "jointly ({group})", "vi": "Thực hiện chung ({group})"},
    "how.beyond": {"en": "led by others", "vi": "đơn vị khác chủ trì"},
    "how.no_lead": {"en": "no lead unit", "vi": "không có đơn vị chủ trì"},
    # -- summary
    "summary.title": {"en": "The plan by field", "vi": "Kế hoạch theo lĩnh vực"},
    "summary.projected": {
        "en": "Projected total if every target is met",
        "vi": "Tổng điểm dự kiến nếu đạt mọi mục tiêu",
    },
    "summary.projected.value": {
        "en": "{projected} ({change} on {year})",
        "vi": "{projected} ({change} so với {year})",
    },
    "summary.legend.first_year": {
        "en": "Bar: ▒ planned for {year}, ░ the rest of the maximum",
        "vi": "Biểu đồ: ▒ phấn đấu năm {year}, ░ phần còn lại của điểm tối đa",
    },
    "summary.legend": {
        "en": "Bar: █ reached in {baseline_year}, ▒ planned gain for {year}, ░ still lost",
        "vi": "Biểu đồ: █ đạt năm {baseline_year}, ▒ phấn đấu thêm năm {year}, ░ chưa đạt",
    },
    # -- score
    "score.title": {"en": "Self-assessment {year}", "vi": "Tự đánh giá năm {year}"},
    "score.title.office": {
        "en": "An office's part of the self-assessment {year}",
        "vi": "Phần tự đánh giá năm {year} của một đơn vị",
    },
    "score.files": {"en": "Scores from", "vi": "Điểm lấy từ"},
    "score.unit": {"en": "Filled in by", "vi": "Đơn vị điền"},
    "score.office": {"en": "Office", "vi": "Đơn vị"},
    "score.assessed": {"en": "Unit assessed", "vi": "Đơn vị được đánh giá"},
    "score.own_target": {"en": "Its target", "vi": "Mục tiêu của đơn vị"},
    "score.own_target.value": {"en": "{target} ({to_go} to go)", "vi": "{target} (còn thiếu {to_go})"},
    "score.own_target.reached": {"en": "{target} (reached)", "vi": "{target} (đã đạt)"},
    "score.office.points": {"en": "Its criteria", "vi": "Các tiêu chí của đơn vị"},
    "score.office.none": {
        "en": "none: it scores no criterion of the plan, and sends evidence for {count} (below)",
        "vi": "không có: đơn vị không chấm tiêu chí nào, chỉ gửi tài liệu kiểm chứng cho {count} tiêu chí "
        "(dưới đây)",
    },
    "score.office.value": {
        "en": "{score} of {max} ({percent} %): an office's part, not the unit's index",
        "vi": "{score}/{max} điểm, đạt {percent}%: phần của một đơn vị, không phải chỉ số của địa phương",
    },
    "score.coverage": {"en": "Scored so far", "vi": "Đã chấm"},
    "score.coverage.value": {"en": "{scored} of {of} criteria", "vi": "{scored} trên {of} tiêu chí"},
    "score.self": {"en": "Self-assessed", "vi": "Tổng điểm tự đánh giá"},
    "score.part.value": {"en": "{score} of {max} ({percent} %)", "vi": "{score}/{max} điểm, đạt {percent}%"},
    "score.survey": {"en": "Survey (estimate)", "vi": "Điều tra xã hội học (ước tính)"},
    "score.survey.value": {
        "en": "{score} of {max}: estimated points; the unit does not score these",
        "vi": "{score}/{max} điểm: điểm ước tính; đơn vị không tự chấm",
    },
    "score.survey.none": {
        "en": "no estimate given (of {max}); counted as 0",
        "vi": "chưa ước tính (trên {max}); tính là 0",
    },
    "score.appraisal": {"en": "Appraised", "vi": "Điểm thẩm định"},
    "score.appraisal.value": {
        "en": "{criteria} of {of} criteria, {score} points",
        "vi": "{criteria} trên {of} tiêu chí, {score} điểm",
    },
    "score.appraisal.none": {"en": "not yet", "vi": "chưa có"},
    "score.index": {"en": "Estimated index", "vi": "Chỉ số CCHC tạm tính"},
    "score.index.value": {
        "en": "{index} of {max} ({percent} %), {basis}",
        "vi": "{index}/{max} điểm, đạt {percent}%, {basis}",
    },
    "basis.self": {
        "en": "on the self-assessed scores and survey estimates",
        "vi": "theo điểm tự đánh giá và điểm điều tra ước tính",
    },
    "basis.partly_appraised": {
        "en": "partly appraised: {criteria} of {of} criteria appraised, the other {others} at their "
        "self-assessed score",
        "vi": "thẩm định một phần: {criteria} trên {of} tiêu chí đã thẩm định, {others} tiêu chí còn lại "
        "theo điểm tự đánh giá",
    },
    "basis.short.self": {"en": "self-assessed", "vi": "theo tự đánh giá"},
    "basis.short.partly_appraised": {"en": "partly appraised", "vi": "thẩm định một phần"},
    "score.rescaled": {"en": "Not applicable", "vi": "Không áp dụng"},
    "score.rescaled.value": {
        "en": "criteria worth {na} points do not apply: {points} of {max} points, rescaled to {printed} "
        "in the estimated index above",
        "vi": "các tiêu chí không áp dụng ({na} điểm) không tính vào điểm tối đa: {points}/{max} điểm, "
        "quy đổi về thang {printed} ở Chỉ số CCHC tạm tính trên",
    },
    "score.projected": {"en": "Projected", "vi": "Dự kiến"},
    "score.projected.value": {
        "en": "{floor} scored so far; {at_target} if the rest meets its targets; {ceiling} at best",
        "vi": "đã chấm {floor}; {at_target} nếu phần còn lại đạt mục tiêu; tối đa {ceiling}",
    },
    "score.band": {"en": "Band", "vi": "Xếp loại"},
    "score.band.value": {"en": "{band} ({basis})", "vi": "{band} ({basis})"},
    "score.band.none": {"en": "below every band", "vi": "Không xếp loại"},
    "score.band.next": {
        "en": "{band} ({basis}); {points} more points reach {next}",
        "vi": "{band} ({basis}); thêm {points} điểm để đạt {next}",
    },
    "score.fields": {"en": "Self-assessment by field", "vi": "Tự đánh giá theo lĩnh vực"},
    "score.below_target": {"en": "Below target", "vi": "Chưa đạt mục tiêu"},
    "score.missing": {"en": "Not scored yet", "vi": "Chưa chấm điểm"},
    "score.unexplained": {
        "en": "To explain: scored without evidence or explanation, which the report must give",
        "vi": "Cần giải trình: có điểm nhưng chưa có tài liệu kiểm chứng hay giải trình",
    },
    "score.estimates": {
        "en": "Survey criteria: estimates; the unit does not score them",
        "vi": "Tiêu chí đánh giá qua điều tra xã hội học: điểm ước tính; đơn vị không tự chấm",
    },
    "score.not_applicable": {"en": "Not applicable", "vi": "Không áp dụng"},
    "score.contributions": {
        "en": "Contributions: criteria others score, with what this office sends for them",
        "vi": "Phần góp: tiêu chí do đơn vị khác chấm, với tài liệu và giải trình đơn vị này gửi",
    },
    "score.partial": {
        "en": 'Not every criterion is scored yet: in each field, "vs {year}" and "Short of target" '
        "compare the criteria scored so far with their own {year} scores and targets",
        "vi": 'Chưa chấm đủ các tiêu chí: ở mỗi lĩnh vực, cột "So với năm {year}" và "Còn thiếu so với '
        'mục tiêu" chỉ so các tiêu chí đã chấm với điểm năm {year} và mục tiêu của chính các tiêu chí đó',
    },
    "score.partial.first_year": {
        "en": 'Not every criterion is scored yet: in each field, "Short of target" compares the '
        "criteria scored so far with their own targets",
        "vi": 'Chưa chấm đủ các tiêu chí: ở mỗi lĩnh vực, cột "Còn thiếu so với mục tiêu" chỉ so các '
        "tiêu chí đã chấm với mục tiêu của chính các tiêu chí đó",
    },
    "score.unreachable": {
        "en": "{points} points of {where} belong to no criterion: "
        "even a perfect self-assessment stays below {max}",
        "vi": "{points} điểm của {where} không thuộc tiêu chí nào: "
        "dù đạt tối đa mọi tiêu chí, tổng điểm vẫn dưới {max}",
    },
    "fail_under.office": {
        "en": "the office's {index} % of its criteria is below --fail-under {threshold}",
        "vi": "tỷ lệ {index}% các tiêu chí của đơn vị thấp hơn --fail-under {threshold}",
    },
    "fail_under": {
        "en": "the index {index} is below --fail-under {threshold}",
        "vi": "chỉ số {index} thấp hơn --fail-under {threshold}",
    },
    # -- template (comments of a scores file: for people, so their figures take the language's
    # decimal separator; the values par reads may use either)
    "template.header": {
        "en": "Self-assessment (tự đánh giá) {year}: {title}\n\n"
        "For each criterion fill in `score`: digits with at most 3 decimals, 6.928 or 6,928.\n"
        "An empty score means not scored yet. Under `evidence` list the documents that prove it\n"
        "(tài liệu kiểm chứng: number and date, section or page), one per line starting with '- '.\n"
        "A document handed in as a file: - {{file: 3.4/so_theo_doi.pdf, number: 12/TP, date: 05/12/2024}}\n"
        "(its path from this file's folder, or from --evidence-dir: see par evidence check).\n"
        "A score without evidence needs an `explanation` (giải trình). The council's scores, once\n"
        "known: `appraisal: {{first: ..., response: accept|contest, reason: ..., final: ...}}`\n"
        "(`appraised` is the final one). A criterion that does not apply to the unit goes\n"
        'under not_applicable as  "id": reason  (and its score stays empty).\n'
        "Then run: par score --input THIS_FILE",
        "vi": "Tự đánh giá năm {year}: {title}\n\n"
        "Với mỗi tiêu chí, điền `score`: chữ số, tối đa 3 chữ số thập phân, ví dụ 6.928 hoặc 6,928.\n"
        "Để trống nghĩa là chưa chấm. Dưới `evidence` liệt kê tài liệu kiểm chứng (số, ngày,\n"
        "mục hoặc trang), mỗi tài liệu một dòng bắt đầu bằng '- '. Tài liệu nộp dạng tệp ghi:\n"
        "- {{file: 3.4/so_theo_doi.pdf, number: 12/TP, date: 05/12/2024}} (đường dẫn tính từ thư mục\n"
        "của tệp này, hoặc từ --evidence-dir: xem par evidence check). Điểm không có tài liệu kiểm chứng\n"
        "cần `explanation` (giải trình). Điểm thẩm định khi có: `appraisal: {{first: ..., response:\n"
        "accept|contest, reason: ..., final: ...}}` (lần 1, ý kiến, lý do, lần 2; `appraised` là lần 2).\n"
        'Tiêu chí không áp dụng cho đơn vị ghi ở not_applicable dạng  "mã": lý do  (và để trống điểm).\n'
        "Sau đó chạy: par score --input TÊN_TỆP",
    },
    "template.difficulties": {
        "en": "Difficulties (khó khăn, vướng mắc) for the report: one a line below, as   - the text",
        "vi": "Khó khăn, vướng mắc (đưa vào báo cáo): mỗi ý một dòng bên dưới, dạng   - nội dung",
    },
    "template.proposals": {
        "en": "Proposals (đề xuất, kiến nghị) for the report: one a line below, as   - the text",
        "vi": "Đề xuất, kiến nghị (đưa vào báo cáo): mỗi ý một dòng bên dưới, dạng   - nội dung",
    },
    "template.branch": {
        "en": "-- {id} {name} (max {max}): scored in its sub-criteria below",
        "vi": "-- {id} {name} (tối đa {max}): chấm ở các tiêu chí thành phần dưới đây",
    },
    "template.title": {"en": "Self-assessment {year}: {title}", "vi": "Tự đánh giá năm {year}: {title}"},
    "xlsx.sheet.scores": {"en": "Scores", "vi": "Điểm"},
    "xlsx.sheet.about": {"en": "About", "vi": "Thông tin"},
    "xlsx.score": {"en": "Score", "vi": "Điểm tự đánh giá"},
    "xlsx.evidence": {"en": "Evidence", "vi": "Tài liệu kiểm chứng"},
    "xlsx.explanation": {"en": "Explanation", "vi": "Giải trình"},
    "xlsx.not_applicable": {"en": "Not applicable", "vi": "Không áp dụng (lý do)"},
    "xlsx.appraised": {"en": "Final appraisal", "vi": "Điểm thẩm định lần 2"},
    "xlsx.invalid.title": {"en": "Not a score of this criterion", "vi": "Điểm không hợp lệ"},
    "xlsx.invalid": {
        "en": "A score of this criterion lies between 0 and {max}, with at most 3 decimals.",
        "vi": "Điểm của tiêu chí này nằm trong khoảng từ 0 đến {max}, tối đa 3 chữ số thập phân.",
    },
    "xlsx.howto": {
        "en": "Fill in the unlocked cells of the Scores sheet: the score (an estimate for survey criteria), "
        "the evidence (one citation a line: number, date, section or page), an explanation where "
        "evidence is missing, the reason a criterion does not apply, and the council's appraisal once "
        "known (on screen: its first round, the unit's response, the final round). Field and criterion "
        "rows sum their rows.",
        "vi": "Điền các ô không khóa của trang Điểm: điểm tự đánh giá (tiêu chí điều tra xã hội học: điểm "
        "ước tính), tài liệu kiểm chứng (mỗi dòng một tài liệu: số, ngày, mục hoặc trang), giải trình khi "
        "thiếu tài liệu, lý do tiêu chí không áp dụng, và kết quả thẩm định khi có (lần 1, ý kiến, lần "
        "2). Dòng lĩnh vực và tiêu chí tự cộng các dòng con.",
    },
    # What to do with the filled-in form: an office sends it back to the office collecting the round
    "form.howto.send": {
        "en": " Then save the file and send it back to {collector}, which collects the forms; print it, "
        "have it signed (Prepared by, Head of the office) and send the signed copy with it.",
        "vi": " Sau đó lưu tệp và gửi lại {collector} (đơn vị tổng hợp); in ra, ký (Người lập biểu, "
        "Thủ trưởng đơn vị) và gửi kèm bản có chữ ký.",
    },
    "form.howto.send.back": {
        "en": " Then save the file and send it back to the office that sent it to you; print it, have "
        "it signed (Prepared by, Head of the office) and send the signed copy with it.",
        "vi": " Sau đó lưu tệp và gửi lại đơn vị đã gửi phiếu; in ra, ký (Người lập biểu, Thủ trưởng "
        "đơn vị) và gửi kèm bản có chữ ký.",
    },
    "form.howto.keep": {
        "en": " Then save the file, print it and have it signed (Prepared by, Head of the office).",
        "vi": " Sau đó lưu tệp, in ra và ký (Người lập biểu, Thủ trưởng đơn vị).",
    },
    "xlsx.about.year": {"en": "Year", "vi": "Năm"},
    "xlsx.about.assessed_unit": {
        "en": "Unit assessed (e.g. xã Nhân Cơ)",
        "vi": "Đơn vị được đánh giá (ví dụ xã Nhân Cơ)",
    },
    "xlsx.about.target": {"en": "Its target index (optional)", "vi": "Mục tiêu của đơn vị (không bắt buộc)"},
    "xlsx.about.unit": {"en": "Filled in by (office)", "vi": "Đơn vị điền"},
    "template.max": {"en": "max {max}", "vi": "tối đa {max}"},
    "template.max.own": {
        "en": "max {of}, of which this office scores {max}",
        "vi": "tối đa {of}, đơn vị chấm {max} điểm trong đó",
    },
    "template.max.none": {
        "en": "max {of}, none of which this office scores",
        "vi": "tối đa {of}, đơn vị không chấm tiêu chí nào trong đó",
    },
    "template.facts.first_year": {
        "en": "max {max}, target {target}; lead: {leads}",
        "vi": "tối đa {max}; mục tiêu {target}; chủ trì: {leads}",  # ";": 1,5 holds a comma
    },
    "template.facts": {
        "en": "max {max}, target {target}, {year}: {baseline}; lead: {leads}",
        "vi": "tối đa {max}; mục tiêu {target}; năm {year}: {baseline}; chủ trì: {leads}",
    },
    "template.survey": {
        "en": "scored by the survey, not by the unit: a score here is an estimate; or write the "
        "published result as percent: 78.3",
        "vi": "chấm bằng điều tra xã hội học, đơn vị không tự chấm: điểm ghi ở đây là điểm ước tính; "
        "hoặc ghi kết quả công bố dạng percent: 78,3",
    },
    "template.survey.by": {
        "en": "scored by {by}'s survey, not by the unit: a score here is an estimate; or write the "
        "published result as percent: 78.3",
        "vi": "do {by} chấm bằng điều tra xã hội học, đơn vị không tự chấm: điểm ghi ở đây là điểm "
        "ước tính; hoặc ghi kết quả công bố dạng percent: 78,3",
    },
    "template.task": {"en": "task: {task}", "vi": "nhiệm vụ: {task}"},
    "template.office": {
        "en": "The form of {office}: it scores {scores} of these criteria and sends evidence and\n"
        "explanations for the other {others} (their score is left to the office that scores them).",
        "vi": "Phiếu của {office}: đơn vị chấm {scores} tiêu chí dưới đây và gửi tài liệu kiểm chứng,\n"
        "giải trình cho {others} tiêu chí còn lại (điểm do đơn vị chấm tiêu chí đó ghi).",
    },
    "template.office.none": {
        "en": "The form of {office}: it scores none of these criteria; it sends evidence and\n"
        "explanations for all {others} (their score is left to the office that scores them).",
        "vi": "Phiếu của {office}: đơn vị không chấm tiêu chí nào dưới đây; gửi tài liệu kiểm chứng,\n"
        "giải trình cho cả {others} tiêu chí (điểm do đơn vị chấm tiêu chí đó ghi).",
    },
    "template.written.office": {
        "en": "wrote {path}: {count} criteria, {scores} of them to score",
        "vi": "đã ghi {path}: {count} tiêu chí, trong đó {scores} tiêu chí đơn vị chấm",
    },
    "form.scored_by": {"en": "scored by {scorer}", "vi": "{scorer} chấm điểm"},
    "form.role.scores": {"en": "this office scores it", "vi": "đơn vị chấm điểm tiêu chí này"},
    "form.role.contributes": {
        "en": "contributes: {scorer} scores it; send its evidence and explanation only",
        "vi": "góp tài liệu, giải trình: {scorer} chấm điểm; chỉ gửi tài liệu kiểm chứng và giải trình",
    },
    "form.role.oversees": {
        "en": "oversees its field: {scorer} scores it; send evidence and explanation if any",
        "vi": "theo dõi lĩnh vực: {scorer} chấm điểm; gửi tài liệu kiểm chứng, giải trình nếu có",
    },
    "form.no_score": {
        "en": "no score here: {scorer} scores it",
        "vi": "không ghi điểm ở đây: {scorer} chấm",
    },
    "form.assessed": {"en": "Unit assessed", "vi": "Đơn vị được đánh giá"},
    "form.date": {"en": "Form made", "vi": "Ngày lập phiếu"},  # by par; the signer dates the signature
    "form.difficulties": {
        "en": "Difficulties (one a line)",
        "vi": "Khó khăn, vướng mắc (mỗi ý một dòng)",
    },
    "form.proposals": {"en": "Proposals (one a line)", "vi": "Đề xuất, kiến nghị (mỗi ý một dòng)"},
    "form.prepared": {"en": "Prepared by", "vi": "Người lập biểu"},
    "form.head": {"en": "Head of the office", "vi": "Thủ trưởng đơn vị"},
    "form.sign": {"en": "(signature and full name)", "vi": "(Ký, ghi rõ họ tên)"},
    "form.place_date": {  # the signer's to write, the year too: a round is often signed the year after
        "en": "…………, date ……/……/……",
        "vi": "…………, ngày …… tháng …… năm ……",
    },
    "form.page": {"en": "Page &P of &N", "vi": "Trang &P/&N"},
    "form.total.office": {
        "en": "Total of the criteria this office scores",
        "vi": "Tổng (các tiêu chí đơn vị chấm điểm)",
    },
    "form.survey": {
        "en": "Survey criterion: enter the published result in Percent (%), or an estimate in points "
        "under Score",
        "vi": "Tiêu chí điều tra xã hội học: ghi kết quả công bố vào cột Tỷ lệ (%), hoặc điểm ước tính "
        "vào cột Điểm tự đánh giá",
    },
    "form.contributes": {
        "en": "{scorer} scores this criterion: send its evidence and explanation only.",
        "vi": "{scorer} chấm điểm tiêu chí này: chỉ gửi tài liệu kiểm chứng và giải trình.",
    },
    "form.text_scores": {
        "en": " score(s) typed as text: not in these sums; par reads them (type them as numbers)",
        "vi": " điểm ghi dạng chữ: không cộng vào các tổng này; par vẫn đọc (hãy ghi dạng số)",
    },
    "xlsx.percent": {"en": "Percent (%)", "vi": "Tỷ lệ (%)"},
    "xlsx.percent.invalid": {
        "en": "A survey's result lies between 0 and 100 %, with at most 3 decimals.",
        "vi": "Kết quả điều tra nằm trong khoảng từ 0 đến 100 %, tối đa 3 chữ số thập phân.",
    },
    "template.written": {
        "en": "wrote {path}: {count} criteria to fill in",
        "vi": "đã ghi {path}: {count} tiêu chí cần điền",
    },
    # -- rollover (the header of next year's plan)
    "rollover.year.later": {
        "en": "'{year}' is not a year after the plan's {plan_year} (e.g. {next})",
        "vi": "'{year}' không phải một năm sau năm {plan_year} của kế hoạch (ví dụ {next})",
    },
    "rollover.header": {
        "en": "The plan for {year}, written by par rollover from {plan} and the final scores in {files}.",
        "vi": "Kế hoạch năm {year}, do par rollover lập từ {plan} và điểm cuối cùng trong {files}.",
    },
    "rollover.derived": {
        "en": "Derived: each criterion's baseline is its {old} final score (appraised where the council "
        "gave one, else self-assessed; survey criteria: the estimate or result given); baseline_year "
        "is {old}; targets are the {old} targets, raised to the new baseline where it is higher "
        "({raised} raised); every subtotal and total is the sum of the rows below it.",
        "vi": "Đã tính: điểm năm gốc của mỗi tiêu chí là điểm cuối cùng năm {old} (điểm thẩm định nếu có, "
        "nếu không là điểm tự đánh giá; tiêu chí điều tra: điểm ước tính hoặc kết quả đã ghi); "
        "baseline_year là {old}; mục tiêu giữ như năm {old}, nâng lên bằng điểm năm gốc nếu điểm "
        "này cao hơn ({raised} tiêu chí được nâng); mọi tổng là tổng các dòng con.",
    },
    "rollover.dropped": {
        "en": "Dropped: what belongs to the {old} document only: its number and date, its notes (the "
        "defects of its printing), its recorded mismatches and the guidance its report answered.",
        "vi": "Đã bỏ: những gì chỉ thuộc văn bản năm {old}: số, ngày, ghi chú (các lỗi của bản in), các "
        "điểm không khớp đã ghi và văn bản hướng dẫn mà báo cáo năm đó thực hiện.",
    },
    "rollover.decide": {
        "en": "To decide now: the title, the document's number and date, the legal bases, the signer, "
        "the plan's words (prose) and each target; then check the file with par validate.",
        "vi": "Cần quyết định: tiêu đề, số và ngày văn bản, căn cứ, người ký, lời văn của kế hoạch (prose) "
        "và từng mục tiêu; sau đó kiểm tra tệp bằng par validate.",
    },
    "rollover.mismatch": {
        "en": "The old document printed {printed} for {where} ({column}), its rows summed to {sum}: "
        "this plan holds the sum. If a criterion is missing from the rows, add it.",
        "vi": "Văn bản cũ in {printed} cho {where} ({column}), các dòng con cộng lại là {sum}: kế hoạch "
        "này dùng tổng. Nếu thiếu tiêu chí, hãy bổ sung.",
    },
    "rollover.not_applicable": {
        "en": "Not applicable in {old}, so they have no {old} score (baseline_not_applicable, with the "
        "reason given) and are never counted as lost: {ids}. Decide whether they apply now.",
        "vi": "Không áp dụng năm {old} nên không có điểm năm {old} (baseline_not_applicable, kèm lý do "
        "đã ghi) và không bao giờ tính là điểm chưa đạt: {ids}. Hãy xác định năm nay có áp dụng không.",
    },
    "rollover.written": {
        "en": "wrote {path}: the plan for {year}",
        "vi": "đã ghi {path}: kế hoạch năm {year}",
    },
    "help.rollover": {
        "en": "Write next year's plan from this plan and its final scores (baselines, targets, totals).",
        "vi": "Lập kế hoạch năm sau từ kế hoạch này và điểm cuối cùng (điểm năm gốc, mục tiêu, tổng).",
    },
    "help.rollover.input": {
        "en": "Final scores file(s) of this year; repeat to merge.",
        "vi": "Tệp điểm cuối cùng năm nay; lặp lại để gộp.",
    },
    "help.rollover.year": {
        "en": "The year of the new plan (default: the plan's year + 1).",
        "vi": "Năm của kế hoạch mới (mặc định: năm của kế hoạch + 1).",
    },
    # -- compare
    "compare.title": {
        "en": "Comparison of {count} self-assessments",
        "vi": "So sánh {count} bản tự đánh giá",
    },
    "compare.repeated": {
        "en": "{file} is the same file as {first}: compared once",
        "vi": "{file} trùng với {first}: chỉ so sánh một lần",
    },
    "compare.offices": {"en": "Offices' parts", "vi": "Phần của các đơn vị"},
    "compare.scores_nothing": {
        "en": "{office} ({file}) scores no criterion: its file sends evidence and explanations only, "
        "and is not ranked",
        "vi": "{office} ({file}) không chấm tiêu chí nào: tệp chỉ gửi tài liệu kiểm chứng và giải "
        "trình, nên không xếp hạng",
    },
    "compare.offices.value": {
        "en": "each on the criteria it scores, in % of their maximum; none of them is the unit's index",
        "vi": "mỗi đơn vị theo các tiêu chí mình chấm, tính theo % điểm tối đa; "
        "không phải chỉ số của địa phương",
    },
    "compare.failed": {
        "en": "{file} was left out: {count} problem(s), listed on stderr",
        "vi": "đã bỏ qua {file}: {count} lỗi, xem thông báo lỗi",
    },
    # -- report (HTML)
    "score.criteria": {"en": "Criteria", "vi": "Các tiêu chí"},
    "sheet.report": {"en": "Report", "vi": "Báo cáo"},
    "sheet.table": {"en": "Table {number}", "vi": "Bảng {number}"},
    "report.made": {"en": "Made on {date} from {files}", "vi": "Lập ngày {date} từ {files}"},
    "report.legal": {"en": "Legal bases", "vi": "Căn cứ"},
    "report.summary": {"en": "The plan by field", "vi": "Kế hoạch theo lĩnh vực"},
    "report.chart": {
        "en": "Score by field, in % of its maximum",
        "vi": "Điểm theo lĩnh vực, tính theo % điểm tối đa",
    },
    "report.gaps": {"en": "Where points are lost", "vi": "Các tiêu chí chưa đạt điểm tối đa"},
    "report.units": {"en": "Workload by unit", "vi": "Nhiệm vụ theo đơn vị"},
    "report.explain": {"en": "Criteria that need an explanation", "vi": "Tiêu chí cần giải trình"},
    "report.self_by_field": {"en": "Self-assessment by field", "vi": "Kết quả tự đánh giá theo lĩnh vực"},
    "report.criteria": {
        "en": "Every criterion the unit scores itself: score, evidence, explanation",
        "vi": "Điểm tự đánh giá từng tiêu chí, tài liệu kiểm chứng và giải trình",
    },
    # -- documents: a report a unit signs and sends, a plan it issues (Decree 30/2020)
    "document.on_behalf": {"en": "ON BEHALF OF THE PEOPLE'S COMMITTEE", "vi": "TM. ỦY BAN NHÂN DÂN"},
    "document.for_head": {"en": "FOR THE {title}", "vi": "KT. {title}"},
    "document.head.committee": {"en": "Chairperson", "vi": "Chủ tịch"},
    # Titles a signer's data may give, by their Vietnamese words (folded): said in English in an
    # English document; as the data writes them in a Vietnamese one
    "document.title.chủ tịch": {"en": "Chairperson", "vi": "Chủ tịch"},
    "document.title.phó chủ tịch": {"en": "Vice-Chairperson", "vi": "Phó Chủ tịch"},
    "document.title.giám đốc": {"en": "Director", "vi": "Giám đốc"},
    "document.title.phó giám đốc": {"en": "Deputy Director", "vi": "Phó Giám đốc"},
    "document.title.trưởng phòng": {"en": "Head of the office", "vi": "Trưởng phòng"},
    "document.title.phó trưởng phòng": {"en": "Deputy head of the office", "vi": "Phó Trưởng phòng"},
    "document.title.chánh văn phòng": {"en": "Chief of the office", "vi": "Chánh Văn phòng"},
    "document.title.phó chánh văn phòng": {"en": "Deputy chief of the office", "vi": "Phó Chánh Văn phòng"},
    "document.head.department": {"en": "Director", "vi": "Giám đốc"},
    "document.head.office": {"en": "Head of the office", "vi": "Thủ trưởng đơn vị"},
    "document.committee_of": {"en": "Ủy ban nhân dân {unit}", "vi": "Ủy ban nhân dân {unit}"},
    "document.date": {"en": "{day} {month} {year}", "vi": "ngày {day} tháng {month} năm {year}"},
    "document.place_date": {"en": "{place}, {date}", "vi": "{place}, {date}"},
    "document.place_date.blank": {
        "en": "{place}, \u2003\u2003 {year}",
        "vi": "{place}, ngày\u2003\u2003tháng\u2003\u2003năm {year}",
    },
    "document.number": {
        "en": "No.: {number}/{kind}-{abbreviation}",
        "vi": "Số: {number}/{kind}-{abbreviation}",
    },
    "document.number.whole": {"en": "No.: {number}", "vi": "Số: {number}"},
    "document.to": {"en": "To: {body}.", "vi": "Kính gửi: {body}."},
    "document.to.several": {"en": "To:", "vi": "Kính gửi:"},
    "document.through": {"en": "{body} (through {office})", "vi": "{body} (qua {office})"},
    "document.recipients": {"en": "Recipients:", "vi": "Nơi nhận:"},
    "document.archive.by": {"en": "- Filed: records office, {drafter}.", "vi": "- Lưu: VT, {drafter}."},
    "document.archive": {"en": "- Filed: records office.", "vi": "- Lưu: VT."},
    "document.cited": {
        "en": "{kind} No. {number} of {date} of {issuer}",
        "vi": "{kind} số {number} ngày {date} của {issuer}",
    },
    "document.cited.title": {"en": '{kind} "{title}" of {issuer}', "vi": "{kind} {title} của {issuer}"},
    "report.kind": {"en": "REPORT", "vi": "BÁO CÁO"},
    "report.subject": {
        "en": "The self-assessment of the Public Administration Reform Index {year} of {who}",
        "vi": "Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm {year} của {who}",
    },
    "report.subject.office": {
        "en": "The self-assessment of the criteria of the Public Administration Reform Index {year} that "
        "fall on {who}",
        "vi": "Kết quả tự đánh giá, chấm điểm các tiêu chí Chỉ số cải cách hành chính năm {year} thuộc "
        "trách nhiệm của {who}",
    },
    "report.opening": {
        "en": "{issuer} reports the self-assessment of its Public Administration Reform Index {year} as "
        "follows:",
        "vi": "{issuer} báo cáo kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm {year} như "
        "sau:",
    },
    "report.opening.office": {
        "en": "{issuer} reports the self-assessment of the criteria of the Public Administration Reform "
        "Index {year} that fall on it, as follows:",
        "vi": "{issuer} báo cáo kết quả tự đánh giá, chấm điểm các tiêu chí thuộc trách nhiệm của đơn vị "
        "trong Chỉ số cải cách hành chính năm {year} như sau:",
    },
    "report.opening.after": {
        "en": "Further to {document}, {sentence}",
        "vi": "Thực hiện {document}, {sentence}",
    },
    "report.part.scores": {"en": "Self-assessment scores", "vi": "Kết quả tự đánh giá, chấm điểm"},
    "report.total": {
        "en": "Self-assessed total: {score} of {max} points ({percent} %).",
        "vi": "Tổng điểm tự đánh giá: {score}/{max} điểm, đạt {percent}%.",
    },
    "report.total.office": {
        "en": "Self-assessed total of the criteria that fall on the office: {score} of {max} points "
        "({percent} %).",
        "vi": "Tổng điểm tự đánh giá các tiêu chí thuộc trách nhiệm của đơn vị: {score}/{max} điểm, đạt "
        "{percent}%.",
    },
    "report.points": {"en": "{points} points", "vi": "{points} điểm"},
    "report.survey": {
        "en": "Scored by survey, not by the unit itself: {ids}.",
        "vi": "Tiêu chí đánh giá qua điều tra xã hội học: {ids}; đơn vị không tự chấm điểm.",
    },
    "report.survey.by": {
        "en": "Scored by survey ({by}), not by the unit itself: {ids}.",
        "vi": "Tiêu chí đánh giá qua điều tra xã hội học: {ids}, do {by} đánh giá; đơn vị không tự chấm "
        "điểm.",
    },
    "report.not_applicable": {
        "en": "Criteria that do not apply to the unit, left out of the maximum: {ids}.",
        "vi": "Tiêu chí không áp dụng đối với đơn vị, không tính vào điểm tối đa: {ids}.",
    },
    "report.missing": {
        "en": "Not scored yet: {count} criteria ({ids}).",
        "vi": "Chưa chấm điểm: {count} tiêu chí ({ids}).",
    },
    "report.table_follows": {
        "en": "The score of each criterion:",
        "vi": "Kết quả tự đánh giá từng tiêu chí:",
    },
    "report.grand_total": {"en": "TOTAL SELF-ASSESSED", "vi": "TỔNG ĐIỂM TỰ ĐÁNH GIÁ"},
    "report.total_row": {"en": "TOTAL", "vi": "TỔNG ĐIỂM"},
    "report.survey_total": {
        "en": "Criteria scored by survey (not self-scored)",
        "vi": "Các tiêu chí đánh giá qua điều tra xã hội học (không tự chấm)",
    },
    "report.office.none": {
        "en": "The office scores no criterion of the plan itself; for {count} criteria other offices "
        "score, it sends the evidence and explanations listed below.",
        "vi": "Đơn vị không trực tiếp chấm điểm tiêu chí nào; đối với {count} tiêu chí do đơn vị khác "
        "chấm điểm, đơn vị gửi tài liệu kiểm chứng, giải trình như sau.",
    },
    "report.office.none.empty": {
        "en": "The office scores no criterion of the plan itself, and has not yet sent evidence or "
        "explanations for the {count} criteria other offices score.",
        "vi": "Đơn vị không trực tiếp chấm điểm tiêu chí nào và chưa gửi tài liệu kiểm chứng, giải trình "
        "cho {count} tiêu chí do đơn vị khác chấm điểm.",
    },
    "report.contributions": {
        "en": "Evidence and explanations sent for criteria another office scores",
        "vi": "Tài liệu kiểm chứng, giải trình gửi cho các tiêu chí do đơn vị khác chấm điểm",
    },
    "report.cell.not_applicable": {"en": "Does not apply", "vi": "Không áp dụng"},
    "report.cell.not_counted": {
        "en": "Does not apply, left out of the maximum: {reason}",
        "vi": "Không áp dụng, không tính vào điểm tối đa: {reason}",
    },
    "report.cell.survey": {"en": "Not self-scored", "vi": "Không tự chấm"},
    "report.cell.survey_note": {"en": "Scored by survey", "vi": "Đánh giá qua điều tra xã hội học"},
    "report.cell.survey_note.by": {
        "en": "Scored by survey ({by})",
        "vi": "Đánh giá qua điều tra xã hội học ({by})",
    },
    "report.cell.not_scored": {"en": "Not scored yet", "vi": "Chưa chấm điểm"},
    "report.part.explanations": {"en": "Explanations", "vi": "Giải trình"},
    "report.criterion": {"en": "Criterion {id} ({name})", "vi": "Tiêu chí {id} ({name})"},
    "report.to_explain": {
        "en": "no evidence or explanation yet: to be added before signing.",
        "vi": "chưa có tài liệu kiểm chứng hay giải trình: cần bổ sung trước khi ký.",
    },
    "report.nothing_to_explain": {
        "en": "Every self-scored criterion has its evidence.",
        "vi": "Các tiêu chí tự chấm điểm đều có tài liệu kiểm chứng kèm theo.",
    },
    "report.closing": {
        "en": "This is the self-assessment of the Public Administration Reform Index {year} of {who}.",
        "vi": "Trên đây là báo cáo kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm {year} "
        "của {who}./.",
    },
    "pdf.timeout": {"en": "it took longer than {seconds} s", "vi": "quá {seconds} giây chưa xong"},
    "pdf.no_output": {"en": "it wrote no PDF", "vi": "không có tệp PDF nào được tạo"},
    "pdf.exit": {"en": "it stopped with exit code {code}", "vi": "dừng với mã thoát {code}"},
    "docx.in_appendix": {"en": "(This table is in the appendix.)", "vi": "(Bảng này tại Phụ lục.)"},
    "analysis.title": {
        "en": "PAR Index analysis (internal)",
        "vi": "Phân tích Chỉ số CCHC (tài liệu nội bộ)",
    },
    "col.text": {"en": "Text", "vi": "Nội dung"},
    "plan.kind": {"en": "PLAN", "vi": "KẾ HOẠCH"},
    "plan.part.aims": {"en": "Purposes and requirements", "vi": "Mục đích, yêu cầu"},
    "plan.part.purposes": {"en": "Purposes", "vi": "Mục đích"},
    "plan.part.requirements": {"en": "Requirements", "vi": "Yêu cầu"},
    "plan.part.tasks": {
        "en": "Tasks and solutions (in the appendix).",
        "vi": "Nhiệm vụ, giải pháp (Phụ lục kèm theo).",
    },
    "plan.part.organisation": {"en": "Organisation.", "vi": "Tổ chức thực hiện."},
    "plan.to_write": {
        "en": "(Nothing given yet: write it here before issuing the plan.)",
        "vi": "(Chưa có nội dung: viết vào đây trước khi ban hành kế hoạch.)",
    },
    "plan.basis": {
        "en": "Having regard to {kind} No. {number} of {date} of {issuer} {subject};",
        "vi": "Căn cứ {kind} số {number} ngày {date} của {issuer} {subject};",
    },
    "plan.basis.document": {"en": "document", "vi": "Văn bản"},
    "plan.appendix": {"en": "APPENDIX", "vi": "PHỤ LỤC"},
    "plan.appendix.title": {
        "en": "Targets, tasks and solutions to improve the PAR Index {year}",
        "vi": "Mục tiêu, nhiệm vụ, giải pháp cải thiện và nâng cao Chỉ số CCHC năm {year}",
    },
    "plan.appendix.of": {
        "en": "(Attached to plan No. {number} of {date} of {issuer})",
        "vi": "(Ban hành kèm theo Kế hoạch số {number} ngày {date} của {issuer})",
    },
    "plan.appendix.of.blank": {
        "en": "(Attached to plan No. \u2003\u2003/{kind}-{abbreviation} of {year} of {issuer})",
        "vi": "(Ban hành kèm theo Kế hoạch số\u2003\u2003/{kind}-{abbreviation} ngày\u2003\u2003tháng"
        "\u2003\u2003năm {year} của {issuer})",
    },
    "plan.col.max": {"en": "Max", "vi": "Điểm chuẩn"},
    "plan.col.baseline": {"en": "Scored {year}", "vi": "Điểm {year} đạt được"},
    "plan.col.task": {"en": "Task / solution", "vi": "Nhiệm vụ/giải pháp/Nội dung thực hiện"},
    "plan.total": {"en": "TOTAL", "vi": "TỔNG ĐIỂM"},
    "report.difficulties.none": {
        "en": "(Nothing given yet: write the difficulties here before signing, or in the scores form's "
        "place for difficulties.)",
        "vi": "(Chưa có nội dung: ghi khó khăn, vướng mắc vào đây trước khi ký, hoặc vào phần khó khăn, "
        "vướng mắc của biểu mẫu chấm điểm.)",
    },
    "report.proposals.none": {
        "en": "(Nothing given yet: write the proposals here before signing, or in the scores form's "
        "place for proposals.)",
        "vi": "(Chưa có nội dung: ghi đề xuất, kiến nghị vào đây trước khi ký, hoặc vào phần đề xuất, "
        "kiến nghị của biểu mẫu chấm điểm.)",
    },
    "report.difficulties": {"en": "Difficulties", "vi": "Khó khăn, vướng mắc"},
    "report.proposals": {"en": "Proposals", "vi": "Đề xuất, kiến nghị"},
    "report.nation": {"en": "SOCIALIST REPUBLIC OF VIET NAM", "vi": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
    "report.motto": {"en": "Independence - Freedom - Happiness", "vi": "Độc lập - Tự do - Hạnh phúc"},
    "col.evidence": {"en": "Evidence", "vi": "Tài liệu kiểm chứng"},
    "col.explanation": {"en": "Explanation", "vi": "Giải trình"},
    "col.note": {"en": "Note", "vi": "Ghi chú"},
    "score.note": {"en": "Note on {id}: {note}", "vi": "Ghi chú tiêu chí {id}: {note}"},
    "report.mismatches": {
        "en": "Known inconsistencies of the source",
        "vi": "Các điểm không khớp của văn bản gốc",
    },
    "report.signer": {"en": "Plan signed by", "vi": "Người ký kế hoạch"},
    "report.series.baseline": {"en": "{year}", "vi": "Điểm đạt năm {year}"},
    "report.series.target": {"en": "Target {year}", "vi": "Mục tiêu năm {year}"},
    "report.series.estimate": {"en": "Estimate", "vi": "Tạm tính"},
    "report.series.not_scored": {"en": "Not scored yet", "vi": "Chưa chấm"},
    # -- words inside problem messages
    "file.criteria": {"en": "a criteria file", "vi": "tệp tiêu chí"},
    "file.scores": {"en": "a scores file", "vi": "tệp điểm"},
    "kind.nothing": {"en": "nothing", "vi": "giá trị rỗng"},
    "kind.empty": {"en": "the file is empty", "vi": "tệp rỗng"},
    "kind.text": {"en": "it holds text", "vi": "tệp chứa văn bản"},
    "kind.mapping": {"en": "a mapping", "vi": "một ánh xạ"},
    "kind.list": {"en": "a list", "vi": "một danh sách"},
    "kind.value": {"en": "a single value", "vi": "một giá trị đơn"},
    "what.score": {"en": "score", "vi": "điểm"},
    "what.appraised": {"en": "appraised score", "vi": "điểm thẩm định"},
    "what.not_applicable": {"en": "reason for not applicable", "vi": "lý do không áp dụng"},
    "what.percent": {"en": "survey percentage", "vi": "tỷ lệ điều tra"},
    # -- the collection round: who scores what (core/round.py)
    "scorer.unit": {
        "en": "the unit itself (no collector)",
        "vi": "đơn vị tự chấm (kế hoạch chưa ghi đơn vị tổng hợp)",
    },
    "role.scores": {"en": "scores", "vi": "chấm điểm"},
    "role.contributes": {"en": "contributes", "vi": "góp tài liệu, giải trình"},
    "role.oversees": {"en": "oversees", "vi": "theo dõi"},
    "role.by": {"en": "{role}; {scorer} scores", "vi": "{role}; {scorer} chấm"},
    "col.role": {"en": "Scoring", "vi": "Chấm điểm"},
    "col.scorer": {"en": "Scored by", "vi": "Đơn vị chấm"},
    "col.scores": {"en": "Scores", "vi": "Số tiêu chí chấm"},
    "fact.collector": {"en": "Collector", "vi": "Đơn vị tổng hợp"},
    "unit.round": {"en": "In the round", "vi": "Khi chấm điểm"},
    "unit.round.value": {
        "en": "scores {scores} criteria ({points} points), contributes to {contributes}, oversees {oversees}",
        "vi": "chấm {scores} tiêu chí ({points} điểm), góp tài liệu, giải trình cho {contributes}, "
        "theo dõi {oversees}",
    },
    "warning.no_collector": {
        "en": "{count} criteria have no scoring office ({ids}): led by a group, by several units or by "
        "nobody, they are scored by the office that collects the round, and the plan names none "
        "(plan.collector); until it does, the unit's own file (one that names no office) scores them",
        "vi": "{count} tiêu chí chưa có đơn vị chấm ({ids}): tiêu chí do nhóm, nhiều đơn vị hoặc không "
        "đơn vị nào chủ trì thì do đơn vị tổng hợp chấm, nhưng kế hoạch chưa ghi đơn vị tổng hợp "
        "(plan.collector); đến khi có, tệp chung của đơn vị (không ghi đơn vị điền) chấm các tiêu chí này",
    },
    # -- help: typer's own words, and the value each option takes
    "help.word.arguments": {"en": "Arguments", "vi": "Tham số"},
    "help.word.options": {"en": "Options", "vi": "Tùy chọn"},
    "help.word.commands": {"en": "Commands", "vi": "Lệnh"},
    "help.word.required": {"en": "required", "vi": "bắt buộc"},
    "help.word.default": {"en": "default: {default}", "vi": "mặc định: {default}"},
    "help.word.env_var": {"en": "env var: {var}", "vi": "biến môi trường: {var}"},
    "help.word.usage": {"en": "Usage: ", "vi": "Cách dùng: "},
    "help.word.options_metavar": {"en": "[OPTIONS]", "vi": "[TÙY CHỌN]"},
    "help.word.command_metavar": {"en": "COMMAND [ARGS]...", "vi": "LỆNH [THAM SỐ]..."},
    "help.word.help": {"en": "Show this message and exit.", "vi": "Hiện trợ giúp này rồi thoát."},
    "metavar.file": {"en": "FILE", "vi": "TỆP"},
    "metavar.files": {"en": "FILES", "vi": "CÁC_TỆP"},
    "metavar.unit": {"en": "UNIT", "vi": "ĐƠN_VỊ"},
    "metavar.id": {"en": "ID", "vi": "MÃ"},
    "metavar.points": {"en": "POINTS", "vi": "ĐIỂM"},
    "metavar.index": {"en": "INDEX", "vi": "CHỈ_SỐ"},
    "metavar.year": {"en": "YEAR", "vi": "NĂM"},
    "metavar.depth": {"en": "1-9", "vi": "1-9"},
    # -- help
    "help.app": {
        "en": "Plan and self-assess a PAR Index (Chỉ số cải cách hành chính) from plain-text data.",
        "vi": "Lập kế hoạch và tự đánh giá Chỉ số cải cách hành chính (PAR Index) từ dữ liệu văn bản.",
    },
    "help.version": {"en": "Show the version and exit.", "vi": "Hiện phiên bản rồi thoát."},
    # -- par --version: what a bug report needs to say
    "version.par": {"en": "par {version} (Python {python})", "vi": "par {version} (Python {python})"},
    "version.bundled": {"en": "Bundled plan: {plan}", "vi": "Kế hoạch đi kèm: {plan}"},
    "version.bundled_file": {"en": "Bundled plan file: {path}", "vi": "Tệp kế hoạch đi kèm: {path}"},
    "version.in_use.bundled": {
        "en": "Criteria file in use: the bundled plan",
        "vi": "Tệp tiêu chí đang dùng: kế hoạch đi kèm",
    },
    "version.in_use": {
        "en": "Criteria file in use: {path} (from {source}): {plan}",
        "vi": "Tệp tiêu chí đang dùng: {path} (theo {source}): {plan}",
    },
    "version.plan": {"en": "{title} ({year})", "vi": "{title} ({year})"},
    "version.no_heading": {"en": "title and year not found", "vi": "không tìm thấy tên và năm"},
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
        "vi": "Liệt kê các tiêu chí chưa đạt điểm tối đa và số điểm chưa đạt.",
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
        "vi": "Sắp xếp theo 'gap' (chưa đạt nhiều trước), 'id' hoặc 'field'.",
    },
    "help.gaps.field": {
        "en": "Only this field or criterion, e.g. 3 or 3.2.",
        "vi": "Chỉ lĩnh vực hoặc tiêu chí này, ví dụ 3 hoặc 3.2.",
    },
    "help.gaps.unit": {
        "en": "Only criteria falling on this unit (id or part of its name).",
        "vi": "Chỉ các tiêu chí của đơn vị này (mã hoặc một phần tên).",
    },
    "help.gaps.min_gap": {
        "en": "Only rows losing at least this much.",
        "vi": "Chỉ các dòng chưa đạt ít nhất chừng này điểm.",
    },
    "help.by_unit": {
        "en": "Each unit's criteria (led itself or through a group), points at stake, and duties.",
        "vi": "Tiêu chí của từng đơn vị (tự chủ trì hoặc qua nhóm), số điểm phụ trách và nhiệm vụ.",
    },
    "help.by_unit.all": {
        "en": "After the summary, list each unit's criteria.",
        "vi": "Sau bảng tổng hợp, liệt kê tiêu chí của từng đơn vị.",
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
        "en": "The estimated index from scores files: self-assessed, survey and appraised points apart, "
        "per field, with what is missing or needs explaining.",
        "vi": "Chỉ số CCHC tạm tính từ các tệp điểm: điểm tự đánh giá, điều tra xã hội học và thẩm định tách "
        "riêng, theo lĩnh vực, kèm tiêu chí còn thiếu hoặc cần giải trình.",
    },
    "help.score.input": {
        "en": "Scores file; repeat to merge the files of several offices.",
        "vi": "Tệp điểm; lặp lại để gộp tệp của nhiều phòng.",
    },
    "help.score.fail_under": {
        "en": "Exit 3 when the index is below this figure.",
        "vi": "Thoát với mã 3 khi chỉ số thấp hơn mức này.",
    },
    "help.summary.depth": {
        "en": "1: fields (default); 2: and their criteria; 3: and the sub-criteria.",
        "vi": "1: lĩnh vực (mặc định); 2: kèm tiêu chí; 3: kèm tiêu chí thành phần.",
    },
    "help.template": {
        "en": "Write a scores file to fill in: every criterion (or one unit's), with its task as comments.",
        "vi": "Tạo tệp điểm để điền: mọi tiêu chí (hoặc của một đơn vị), kèm nhiệm vụ dưới dạng chú thích.",
    },
    "help.template.format": {
        "en": "yaml (default) or xlsx: a workbook to fill in, protected but for its input cells.",
        "vi": "yaml (mặc định) hoặc xlsx: tệp Excel để điền, khóa trừ các ô cần điền.",
    },
    "help.template.unit": {
        "en": "The form of this office (id or name): what it acts on in the collection round.",
        "vi": "Phiếu của đơn vị này (mã hoặc tên): các tiêu chí đơn vị chấm hoặc gửi tài liệu.",
    },
    "help.compare": {
        "en": "Rank several self-assessments by their estimated index, with band, basis and coverage.",
        "vi": "Xếp hạng nhiều bản tự đánh giá theo Chỉ số CCHC tạm tính, kèm xếp loại, cơ sở tính và mức độ "
        "đã chấm.",
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
        "en": "Write the report the unit signs and sends (its self-assessment), or the internal analysis.",
        "vi": "Lập báo cáo tự đánh giá để đơn vị ký gửi, hoặc bản phân tích nội bộ.",
    },
    "help.report.kind": {
        "en": "signed (default: the report as sent, from --input), analysis (targets, losses, workloads, "
        "projections: internal) or appeal (the answer to the first appraisal, from --input).",
        "vi": "signed (mặc định: báo cáo gửi đi, từ --input), analysis (mục tiêu, điểm chưa đạt, nhiệm "
        "vụ, dự kiến: nội bộ) hoặc appeal (giải trình kết quả thẩm định lần 1, từ --input).",
    },
    "help.report.format": {
        "en": "html (default), docx (a Word document to sign and file), markdown, or pdf (through "
        "LibreOffice).",
        "vi": "html (mặc định), docx (văn bản Word để ký và lưu), markdown, hoặc pdf (qua LibreOffice).",
    },
    "help.plan": {
        "en": "Write the plan as issued: heading, legal bases, purposes, duties, signature, and the "
        "appendix.",
        "vi": "Lập văn bản kế hoạch: thể thức, căn cứ, mục đích, nhiệm vụ, chữ ký và phụ lục.",
    },
    "help.plan.format": {
        "en": "markdown (default), html, docx (a Word document to sign and issue), or pdf (through "
        "LibreOffice).",
        "vi": "markdown (mặc định), html, docx (văn bản Word để ký và ban hành), hoặc pdf (qua LibreOffice).",
    },
    "help.document.date": {
        "en": "The document's date, e.g. 02/12/2026 (report: default today; plan: the plan's own date).",
        "vi": "Ngày của văn bản, ví dụ 02/12/2026 (báo cáo: mặc định hôm nay; kế hoạch: ngày của kế hoạch).",
    },
    "help.document.number": {
        "en": "The document's number, e.g. 15 (Số: 15/BC-UBND); left blank by default, to fill in by hand.",
        "vi": "Số văn bản, ví dụ 15 (Số: 15/BC-UBND); mặc định để trống để điền tay.",
    },
    "metavar.date": {"en": "DATE", "vi": "NGÀY"},
    "metavar.number": {"en": "NUMBER", "vi": "SỐ"},
    "date.expected": {
        "en": "'{value}' is not a date: write day/month/year (02/12/2026) or 2026-12-02",
        "vi": "'{value}' không phải là ngày: hãy ghi ngày/tháng/năm (02/12/2026) hoặc 2026-12-02",
    },
    "help.report.input": {
        "en": "Scores files to include (optional).",
        "vi": "Các tệp điểm đưa vào báo cáo (không bắt buộc).",
    },
}
CATALOGUE.update(PROBLEM_TEXTS)
CATALOGUE.update(EVIDENCE_TEXTS)
CATALOGUE.update(METHOD_TEXTS)
