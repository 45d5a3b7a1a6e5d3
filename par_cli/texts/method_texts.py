"""The words of the rest of the method, in both languages: bonus and penalty points, appraisal
rounds and the unit's response, the appeal letter, rows the appendix does not list, baselines that
did not apply. Part of the one catalogue (labels.py)."""

from __future__ import annotations

METHOD_TEXTS: dict[str, dict[str, str]] = {
    # -- what a problem names
    "what.first": {"en": "first appraisal", "vi": "điểm thẩm định lần 1"},
    "what.response": {"en": "response to the first appraisal", "vi": "ý kiến về kết quả thẩm định lần 1"},
    "what.reason": {"en": "reason for contesting", "vi": "lý do đề nghị xem xét lại"},
    "what.points": {"en": "points", "vi": "số điểm"},
    "what.appraisal": {"en": "appraisal", "vi": "kết quả thẩm định"},
    # -- bonus and penalty points
    "adjustment.bonus": {"en": "bonus", "vi": "điểm thưởng"},
    "adjustment.penalty": {"en": "penalty", "vi": "điểm trừ"},
    "adjustment.none": {"en": "the plan declares none", "vi": "kế hoạch không quy định mục nào"},
    "adjustment.bonus.total": {"en": "Bonus points", "vi": "Điểm thưởng"},
    "adjustment.penalty.total": {"en": "Penalty points", "vi": "Điểm trừ"},
    "adjustment.none_taken": {"en": "none", "vi": "không có"},
    "adjustment.total": {"en": "{total} ({count} items)", "vi": "{total} điểm ({count} mục)"},
    "adjustment.total.held": {
        "en": "{total} counted of {given} given (held to the caps)",
        "vi": "tính {total} trên {given} điểm đã ghi (giới hạn theo mức tối đa)",
    },
    "report.adjustments": {
        "en": "Bonus points: {bonus}; penalty points: {penalty}. The table lists them under the "
        "self-assessed total.",
        "vi": "Điểm thưởng: {bonus}; điểm trừ: {penalty}. Chi tiết tại bảng, dưới dòng tổng điểm tự "
        "đánh giá.",
    },
    "adjustment.row.held": {
        "en": "({given} given, counted at most {max})",
        "vi": "(ghi {given} điểm, chỉ tính tối đa {max} điểm)",
    },
    "adjustment.row.capped.bonus": {
        "en": "Bonus points above the caps, not counted",
        "vi": "Điểm thưởng vượt mức tối đa, không được tính",
    },
    "adjustment.row.capped.penalty": {
        "en": "Penalty points above the caps, not counted",
        "vi": "Điểm trừ vượt mức tối đa, không bị trừ",
    },
    "report.grand_total.adjusted": {
        "en": "TOTAL, WITH BONUS AND PENALTY POINTS",
        "vi": "TỔNG ĐIỂM, SAU ĐIỂM THƯỞNG, ĐIỂM TRỪ",
    },
    "adjustment.title": {"en": "Bonus and penalty points", "vi": "Điểm thưởng, điểm trừ"},
    "col.adjustment.kind": {"en": "Kind", "vi": "Loại"},
    "col.adjustment.item": {"en": "Item", "vi": "Mục"},
    "col.adjustment.for": {"en": "For (the plan)", "vi": "Nội dung (theo kế hoạch)"},
    "col.adjustment.points": {"en": "Given", "vi": "Điểm đã ghi"},
    "col.adjustment.counted": {"en": "Counted", "vi": "Điểm được tính"},
    "col.adjustment.reason": {"en": "Reason", "vi": "Lý do"},
    "adjustment.held.item": {
        "en": "{kind} item {id}: {given} given, held to its maximum {cap}",
        "vi": "Mục {kind} {id}: ghi {given} điểm, chỉ tính tối đa {cap} điểm",
    },
    "adjustment.held.field": {
        "en": "{kind} under {where}: {given} in all, held to its cap {cap}",
        "vi": "{kind} thuộc {where}: tổng {given} điểm, chỉ tính tối đa {cap} điểm",
    },
    "adjustment.held.total": {
        "en": "{kind}: {given} in all, held to the cap {cap}",
        "vi": "{kind}: tổng {given} điểm, chỉ tính tối đa {cap} điểm",
    },
    "adjustment.held.max": {
        "en": "With bonus and penalty points the unit would have {points} points: the index is held at "
        "the maximum, {max}",
        "vi": "Cộng điểm thưởng, trừ điểm trừ, đơn vị đạt {points} điểm: chỉ số chỉ tính tối đa {max} điểm",
    },
    "adjustment.held.zero": {
        "en": "With bonus and penalty points the unit would have {points} points: the index is held at 0",
        "vi": "Cộng điểm thưởng, trừ điểm trừ, đơn vị đạt {points} điểm: chỉ số không thấp hơn 0",
    },
    # -- the appraisal in rounds
    "score.appraisal.rounds": {
        "en": "{criteria} of {of} criteria ({first} in the first round, {final} final), {score} points",
        "vi": "{criteria} trên {of} tiêu chí ({first} tiêu chí lần 1, {final} tiêu chí lần 2), {score} điểm",
    },
    "basis.appraised_first": {
        "en": "appraised ({of} criteria, the first round where no final is given), with the survey estimates",
        "vi": "theo điểm thẩm định ({of} tiêu chí; lần 1 nếu chưa có lần 2), cùng điểm điều tra ước tính",
    },
    "basis.appraised_final": {
        "en": "on the final appraisal ({of} criteria), with the survey estimates",
        "vi": "theo điểm thẩm định lần 2 ({of} tiêu chí), cùng điểm điều tra ước tính",
    },
    "basis.short.appraised_first": {"en": "appraised, first round", "vi": "thẩm định lần 1"},
    "basis.short.appraised_final": {"en": "appraised, final", "vi": "thẩm định lần 2"},
    "rounds.title": {
        "en": "Appraisal by round: where the council scored otherwise than the unit",
        "vi": "Kết quả thẩm định theo từng lần: tiêu chí hội đồng chấm khác đơn vị",
    },
    "col.round.first": {"en": "Round 1", "vi": "Thẩm định lần 1"},
    "col.round.response": {"en": "Response", "vi": "Ý kiến đơn vị"},
    "col.round.reason": {"en": "Reason contested", "vi": "Lý do đề nghị xem xét lại"},
    "col.round.final": {"en": "Final", "vi": "Thẩm định lần 2"},
    "rounds.response.accept": {"en": "accepted", "vi": "thống nhất"},
    "rounds.response.contest": {"en": "contested", "vi": "đề nghị xem xét lại"},
    # -- the workbook's columns for the rounds (their headers are the reader's: readers/sheets.py)
    "xlsx.first": {"en": "First appraisal", "vi": "Điểm thẩm định lần 1"},
    "xlsx.response": {"en": "Response", "vi": "Ý kiến về thẩm định lần 1"},
    "xlsx.reason": {"en": "Reason contested", "vi": "Lý do đề nghị xem xét lại"},
    "xlsx.response_evidence": {"en": "Response evidence", "vi": "Tài liệu giải trình"},
    "xlsx.response.choices": {"en": "accept,contest", "vi": "thống nhất,đề nghị xem xét lại"},
    "xlsx.response.invalid": {
        "en": "Accept the first appraisal, or contest it: {choices}.",
        "vi": "Thống nhất với kết quả thẩm định lần 1, hoặc đề nghị xem xét lại: {choices}.",
    },
    # -- the appeal letter (par report --kind appeal)
    "appeal.subject": {
        "en": "The response to the first appraisal of the Public Administration Reform Index {year} of {who}",
        "vi": "Giải trình kết quả thẩm định lần 1 Chỉ số cải cách hành chính năm {year} của {who}",
    },
    "appeal.council": {"en": "the appraising body", "vi": "cơ quan thẩm định"},
    "appeal.opening": {
        "en": "Further to the first appraisal of the Public Administration Reform Index {year} by {body}, "
        "{issuer} responds on the criteria scored below its self-assessment, as follows:",
        "vi": "Căn cứ kết quả thẩm định lần 1 Chỉ số cải cách hành chính năm {year} của {body}, {issuer} "
        "giải trình, đề nghị xem xét lại các tiêu chí có điểm thẩm định thấp hơn điểm tự đánh giá như sau:",
    },
    "appeal.summary": {
        "en": "{count} criteria were scored below the self-assessment in the first appraisal: {own} points "
        "self-assessed, {first} appraised, {points} points apart.",
        "vi": "Có {count} tiêu chí có điểm thẩm định lần 1 thấp hơn điểm tự đánh giá: tổng điểm tự đánh giá "
        "{own} điểm, điểm thẩm định lần 1 {first} điểm, chênh lệch {points} điểm.",
    },
    "appeal.closing": {
        "en": "This is the response to the first appraisal of the Public Administration Reform Index "
        "{year}; {body} is asked to review the criteria contested above.",
        "vi": "Trên đây là nội dung giải trình kết quả thẩm định lần 1 Chỉ số cải cách hành chính năm "
        "{year}, kính đề nghị {body} xem xét, thẩm định lại các tiêu chí nêu trên./.",
    },
    "appeal.closing.accepted": {
        "en": "The unit accepts the first appraisal {year} of the criteria above, and sends this to {body}.",
        "vi": "Đơn vị thống nhất với kết quả thẩm định lần 1 năm {year} đối với các tiêu chí nêu trên; "
        "kính gửi {body} để tổng hợp./.",
    },
    "appeal.none_lowered": {
        "en": "No criterion was scored below the self-assessment in the first appraisal: the unit "
        "accepts it.",
        "vi": "Không có tiêu chí nào có điểm thẩm định lần 1 thấp hơn điểm tự đánh giá; đơn vị thống nhất "
        "với kết quả thẩm định lần 1./.",
    },
    "appeal.accepted": {"en": "Accepted", "vi": "Đơn vị thống nhất với kết quả thẩm định"},
    "appeal.no_response": {
        "en": "(no response yet: write the reason before signing, or accept)",
        "vi": "(chưa có ý kiến: ghi lý do trước khi ký, hoặc thống nhất)",
    },
    "col.appeal.criterion": {"en": "Criterion", "vi": "Tiêu chí"},
    "col.appeal.difference": {"en": "Difference", "vi": "Chênh lệch"},
    "col.appeal.reason": {"en": "Reason for review", "vi": "Lý do đề nghị xem xét lại"},
    # -- comparing with the baseline year where criteria do not apply in one of the years
    "compared.basis": {
        "en": "Compared with {year} on the criteria that apply in both years, each left out of both "
        "years' points: {left_out}",
        "vi": "So với năm {year} trên các tiêu chí áp dụng ở cả hai năm, mỗi tiêu chí sau không tính ở "
        "cả hai năm: {left_out}",
    },
    "compared.now": {"en": "{ids} (not applicable in {year})", "vi": "{ids} (không áp dụng năm {year})"},
    "compared.then": {"en": "{ids} (did not apply in {year})", "vi": "{ids} (không áp dụng năm {year})"},
    "baseline_na.note": {
        "en": "Did not apply in {year}, so no {year} score and never lost: {ids} ({points} points, left "
        "out of the {year} maximum: the {year} figures are set against what applied)",
        "vi": "Không áp dụng năm {year}, nên không có điểm năm {year} và không tính là điểm chưa đạt: "
        "{ids} ({points} điểm, không tính vào điểm tối đa năm {year}: số liệu năm {year} so trên phần "
        "áp dụng)",
    },
    "summary.rescaled": {
        "en": "Where criteria did not apply in {year}, that year's % is of what applied, and the change "
        "is set against its score rescaled to the whole maximum: percent against percent",
        "vi": "Ở lĩnh vực có tiêu chí không áp dụng năm {year}, tỷ lệ % năm đó tính trên phần áp dụng, và "
        "mức tăng/giảm so với điểm năm đó quy đổi về toàn bộ điểm tối đa: so tỷ lệ với tỷ lệ",
    },
    "rollover.moved": {
        "en": "Moved forward: the years the title, the appendix title, the plan's words (prose), the "
        "duties, the names and the tasks name ({years}); the legal bases are dated documents and stay "
        "as they were.",
        "vi": "Đã chuyển năm: các năm nêu trong tiêu đề, tiêu đề phụ lục, lời văn kế hoạch (prose), nhiệm "
        "vụ của các đơn vị, tên và nhiệm vụ của tiêu chí ({years}); các căn cứ là văn bản đã ban hành "
        "nên giữ nguyên.",
    },
    "rollover.unlisted": {
        "en": "Not in the {old} appendix, now a row of this plan like any other: {ids}. Keep it, or give "
        "it the id the appraising body uses.",
        "vi": "Không có trong phụ lục năm {old}, nay là một dòng của kế hoạch như mọi tiêu chí khác: "
        "{ids}. Giữ nguyên, hoặc đổi sang mã mà cơ quan thẩm định dùng.",
    },
    # -- rows the appendix does not list
    "unlisted.name": {"en": "{name} (not in the appendix)", "vi": "{name} (không có trong Phụ lục)"},
    "unlisted.note": {
        "en": "Not in the appendix: {where}, {name}, {max} points, which the plan gives elsewhere "
        "({source}). Like any criterion, one a scores file leaves out is not scored yet.",
        "vi": "Không có trong Phụ lục: {where}, {name}, {max} điểm, kế hoạch giao ở phần khác ({source}). "
        "Như mọi tiêu chí, tệp điểm không chấm tiêu chí này thì tiêu chí được tính là chưa chấm.",
    },
    "warning.mismatch.listed": {
        "en": "warning: {where}, {column}: printed {printed}, the appendix's rows sum to {computed} "
        "(difference {difference}). Recorded in the file: {reason}",
        "vi": "cảnh báo: {where}, {column}: số liệu tại Phụ lục là {printed}, tổng các tiêu chí của Phụ "
        "lục là {computed} (chênh lệch {difference}). Đã ghi trong tệp: {reason}",
    },
    "fact.criteria.unlisted": {
        "en": "{text}; not in the appendix: {ids}",
        "vi": "{text}; không có trong Phụ lục: {ids}",
    },
    "mismatch.explained": {
        "en": "{ids}, which the appendix does not list, makes up the difference: no points are "
        "unaccounted for.",
        "vi": "Phần chênh lệch là điểm của {ids}, tiêu chí không có trong Phụ lục: không còn điểm nào "
        "chưa rõ thuộc đâu.",
    },
    "mismatch.cause.penalty": {
        "en": "Likely cause: a penalty (điểm trừ) taken off the field as a whole, not lost on any criterion.",
        "vi": "Nhiều khả năng do điểm trừ của cả lĩnh vực, không phải điểm chưa đạt của tiêu chí nào.",
    },
    "mismatch.cause.bonus": {
        "en": "Likely cause: bonus points (điểm thưởng) counted in the printed figure.",
        "vi": "Nhiều khả năng do điểm thưởng được tính vào số in.",
    },
    "mismatch.cause.unlisted": {
        "en": "Likely cause: a criterion the appendix does not list.",
        "vi": "Nhiều khả năng do một tiêu chí không có trong Phụ lục.",
    },
    "cause.penalty": {"en": "likely a penalty", "vi": "nhiều khả năng do điểm trừ"},
    "cause.bonus": {"en": "likely a bonus", "vi": "nhiều khả năng do điểm thưởng"},
    "cause.unlisted": {
        "en": "likely an unlisted criterion",
        "vi": "nhiều khả năng do tiêu chí không có trong Phụ lục",
    },
}
