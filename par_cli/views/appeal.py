"""The unit's answer to the council's first appraisal (giải trình, đề nghị xem xét lại), as the
signed report sets a document: the heading, "Kính gửi" the appraising body, an opening sentence,
a table of the criteria the council scored lower than the unit (the unit's score, the first
appraisal, the difference, the unit's reason and evidence), a closing sentence, Nơi nhận and the
signature. Ready for the office to read, sign and send before the final appraisal.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from par_cli.core.actuals import Actuals
from par_cli.core.assessment import CriterionResult, assess
from par_cli.core.plan import Plan
from par_cli.core.problems import Code, DataError, Where
from par_cli.texts.labels import Labels
from par_cli.views.common import node_name
from par_cli.views.issuer import signature
from par_cli.views.report import Sender
from par_cli.views.round import evidence_lines
from par_cli.views.shapes import Block, Cell, Column, Document, Paragraph, Properties, Table

ZERO = Decimal(0)


def appeal_letter(plan: Plan, actuals: Actuals, when: date, number: str | None, tr: Labels) -> Document:
    """Raises DataError (no-first-appraisal) when no criterion has a first appraisal to answer."""
    info = plan.file.plan
    result = assess(plan, actuals)
    if not result.appraisal.first:
        raise DataError.at(Code.NO_FIRST_APPRAISAL, Where(", ".join(actuals.paths)))
    sender = Sender(plan, actuals, result, tr)
    if result.kind == "unit":  # to the body that appraises, where the plan names it
        appraiser = info.appraised_by or info.reports_to
        sender.receivers = [appraiser] if appraiser else sender.receivers
    subject = tr("appeal.subject", year=info.year, who=sender.who)
    head = sender.heading(number, when, subject, tr)
    lowered = [c for c in result.applicable if c.lowered]
    receiver = sender.receivers[0] if sender.receivers else tr("appeal.council")
    body: list[Block] = [
        Paragraph(tr("appeal.opening", issuer=sender.issuer.name, year=info.year, body=receiver))
    ]
    if lowered:
        own = sum((c.score or ZERO for c in lowered), ZERO)
        first = sum((c.assessed.first or ZERO for c in lowered), ZERO)
        body.append(
            Paragraph(tr("appeal.summary", count=len(lowered), own=own, first=first, points=own - first))
        )
        body.append(_table(plan, lowered, tr))
        contested = [c for c in lowered if c.assessed.response == "contest"]
        key = "appeal.closing" if contested else "appeal.closing.accepted"
        body.append(Paragraph(tr(key, body=receiver, year=info.year)))
    else:
        body.append(Paragraph(tr("appeal.none_lowered")))
    language = "vi-VN" if tr.language == "vi" else "en-GB"
    return Document(
        letterhead=head,
        body=body,
        signature=signature(sender.issuer, sender.receivers, sender.others, sender.drafter, tr),
        properties=Properties(f"{tr('report.kind')}: {subject}", sender.issuer.name, language, when),
        language=tr.language,
    )


def _table(plan: Plan, lowered: list[CriterionResult], tr: Labels) -> Table:
    """STT | Tiêu chí | Điểm tự đánh giá | Điểm thẩm định lần 1 | Chênh lệch | Lý do đề nghị xem xét
    lại | Tài liệu kiểm chứng; a total."""
    rows: list[list[Cell]] = []
    for c in lowered:
        a = c.assessed
        first = a.first or ZERO
        if a.response == "contest":
            reason: Cell = a.reason
            cited = list(a.response_evidence) or evidence_lines(plan, a, False, tr)
            evidence: Cell = cited or None
        elif a.response == "accept":
            reason, evidence = tr("appeal.accepted"), None
        else:
            reason, evidence = tr("appeal.no_response"), None
        rows.append(
            [c.node.id, node_name(c.node, tr), c.score, first, first - (c.score or ZERO), reason, evidence]
        )
    own = sum((c.score or ZERO for c in lowered), ZERO)
    first = sum((c.assessed.first or ZERO for c in lowered), ZERO)
    columns = [
        Column("id", tr("col.id")),
        Column("name", tr("col.appeal.criterion"), wide=3),
        Column("score", tr("col.self"), numeric=True),
        Column("first", tr("col.round.first"), numeric=True),
        Column("difference", tr("col.appeal.difference"), numeric=True, signed=True),
        Column("reason", tr("col.appeal.reason"), wide=3),
        Column("evidence", tr("col.evidence"), wide=3),
    ]
    footer: list[Cell] = [None, tr("report.total_row"), own, first, first - own, None, None]
    return Table(None, columns, rows, footer=footer)
