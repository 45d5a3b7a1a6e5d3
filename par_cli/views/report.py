"""The report a unit signs and sends (báo cáo tự đánh giá, chấm điểm), as letter 383/BNV-CCHC asks
for it and Decree 30/2020 sets it: the heading, "Kính gửi", an opening sentence; I. every
criterion's self-assessed score with its evidence and explanation, field rows and a total; II. the
explanations; III. difficulties; IV. proposals; a closing sentence, Nơi nhận and the signature.

Nothing internal goes into it: no targets, losses, workloads, projections, source defects or
appraisal status (those are the analysis, `views/analysis.py`). The unit that reports is the
plan's issuer, an office sending its part to the collecting office (a scores file whose `unit:`
names it), or a commune reporting on its district's plan (`assessed_unit:`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from par_cli.core.actuals import Actuals
from par_cli.core.assessment import Assessment, CriterionResult, assess
from par_cli.core.evidence import Filed
from par_cli.core.numbers import percent
from par_cli.core.plan import Item, Plan
from par_cli.core.round import Round
from par_cli.texts.labels import Labels
from par_cli.views.adjustments import report_rows, report_sentence
from par_cli.views.common import node_name, unit_name
from par_cli.views.evidence import files_appendix
from par_cli.views.issuer import (
    Issuer,
    addressed,
    committee_short,
    initials,
    letterhead,
    locality_issuer,
    office_issuer,
    plan_issuer,
    signature,
)
from par_cli.views.round import evidence_lines, explanation_lines, several_senders
from par_cli.views.shapes import Block, Cell, Column, Document, Letterhead, Paragraph, Properties, Table

ZERO = Decimal(0)


class Sender:
    """Who reports, to whom, who else receives it, and who drafted it (for "Lưu: VT, ...")."""

    def __init__(self, plan: Plan, actuals: Actuals, result: Assessment, tr: Labels) -> None:
        info = plan.file.plan
        collector = plan.units[info.collector] if info.collector else None
        self.others: tuple[str, ...] = ()
        self.drafter: str | None = None
        self.through_plan = True  # the opening names the plan it carries out, where no guidance is given
        if result.office is not None:
            unit = plan.units[result.office]
            self.issuer: Issuer = office_issuer(plan, unit, tr)
            self.receivers = [collector.name if collector and collector.id != unit.id else info.issuer]
            self.drafter = self.issuer.abbreviation
            self.who = unit.name
        elif actuals.assessed and actuals.assessed.casefold() != info.locality.casefold():
            self.issuer = locality_issuer(plan, actuals.assessed, tr)
            if info.level == "commune":
                # A commune's plan used by another commune (a set every commune follows): the other
                # commune reports where the plan's own commune reports, never to a peer.
                body = info.reports_to or info.appraised_by
                self.receivers = [body] if body else []
            else:  # a commune on its district's plan reports to the district, through its collector
                through = (
                    tr("document.through", body=info.issuer, office=collector.name) if collector else None
                )
                self.receivers = [through or info.issuer]
            self.who = actuals.assessed
        else:
            self.issuer = plan_issuer(plan, tr)
            body = info.reports_to or info.appraised_by
            self.receivers = [body] if body else []
            self.others = info.report_recipients
            if collector is not None:
                self.drafter = collector.abbreviation or initials(collector.name)
            self.who = info.locality if self.issuer.kind == "committee" else info.issuer
            self.through_plan = False

    def heading(self, number: str | None, when: date, subject: str, tr: Labels) -> Letterhead:
        """The letterhead of a report (BC) this sender signs, to its receivers."""
        addressees = addressed(self.receivers, tr) if self.receivers else ()
        return letterhead(
            self.issuer, "BC", number, when, tr("report.kind"), subject, tr, addressees=addressees
        )


def signed_report(
    plan: Plan,
    actuals: Actuals,
    when: date,
    number: str | None,
    tr: Labels,
    files: Sequence[Filed] = (),
    links_from: str | None = None,
) -> Document:
    """``files``: the evidence files found, listed in an appendix (in HTML, each a link relative to
    ``links_from``, the report's folder)."""
    info = plan.file.plan
    result = assess(plan, actuals)
    sender = Sender(plan, actuals, result, tr)
    office = result.kind == "office"
    subject_key = "report.subject.office" if office else "report.subject"
    subject = tr(subject_key, year=info.year, who=sender.who)
    head = sender.heading(number, when, subject, tr)
    body: list[Block] = [Paragraph(_opening(plan, sender, result, tr))]
    body += _scores_part(plan, result, tr, several_senders(actuals))
    body += _explanations(plan, result, tr, several_senders(actuals))
    body += _contributions(plan, result, tr)
    for number_key, key, texts in (
        ("III", "report.difficulties", actuals.difficulties),
        ("IV", "report.proposals", actuals.proposals),
    ):
        body.append(Paragraph(f"{number_key}. {tr(key).upper()}", "part"))
        if texts:
            body += [Paragraph(text, "item") for text in texts]
        else:
            body.append(Paragraph(tr(f"{key}.none"), "placeholder"))
    body.append(Paragraph(tr("report.closing", year=info.year, who=sender.who)))
    language = "vi-VN" if tr.language == "vi" else "en-GB"
    return Document(
        letterhead=head,
        body=body,
        signature=signature(sender.issuer, sender.receivers, sender.others, sender.drafter, tr),
        properties=Properties(f"{tr('report.kind')}: {subject}", sender.issuer.name, language, when),
        language=tr.language,
        appendices=[a for a in [files_appendix(plan, files, tr, links_from)] if a is not None],
    )


def _opening(plan: Plan, sender: Sender, result: Assessment, tr: Labels) -> str:
    """What the report answers (the guidance where the data names one; for an office or a commune,
    the plan it carries out), then what it reports."""
    info = plan.file.plan
    key = "report.opening.office" if result.kind == "office" else "report.opening"
    sentence = tr(key, issuer=sender.issuer.name, year=info.year)
    document = info.guidance
    if document is None and sender.through_plan:
        issuer = committee_short(info.issuer)
        if info.document_number:
            when = tr.date(info.document_date) if info.document_date else "..."
            document = tr(
                "document.cited",
                kind=info.document_type,
                number=info.document_number,
                date=when,
                issuer=issuer,
            )
        else:
            document = tr("document.cited.title", kind=info.document_type, title=info.title, issuer=issuer)
    return tr("report.opening.after", document=document, sentence=sentence) if document else sentence


def _scores_part(plan: Plan, result: Assessment, tr: Labels, named: bool) -> list[Block]:
    """Part I: the totals in a sentence or two, then the table of letter 383."""
    blocks: list[Block] = [Paragraph(f"I. {tr('report.part.scores').upper()}", "part")]
    if result.kind == "office" and not result.criteria:  # it only contributes: no table of its own
        sent = [
            c
            for c, _ in result.contributions
            if evidence_lines(plan, c.assessed, False, tr) or c.assessed.explanations
        ]  # as the contributions part lists them
        key = "report.office.none" if sent else "report.office.none.empty"
        blocks.append(Paragraph(tr(key, count=len(sent or result.contributions))))
        return blocks
    own = result.self_assessed
    score = own.score or ZERO
    shown = tr.num(percent(score, own.max) or ZERO, 2)
    key = "report.total.office" if result.kind == "office" else "report.total"
    blocks.append(Paragraph(tr(key, score=score, max=own.max, percent=shown)))
    taken = report_sentence(result, tr)
    if taken is not None:
        blocks.append(Paragraph(taken))
    surveyed = [c for c in result.applicable if c.survey]
    if surveyed:
        by = plan.file.plan.survey_by
        ids = ", ".join(f"{c.node.id} ({tr('report.points', points=c.node.max)})" for c in surveyed)
        blocks.append(Paragraph(tr("report.survey.by" if by else "report.survey", ids=ids, by=by or "")))
    if result.not_applicable:
        ids = ", ".join(
            f"{c.node.id} ({tr('report.points', points=c.node.max)})" for c in result.not_applicable
        )
        blocks.append(Paragraph(tr("report.not_applicable", ids=ids)))
    missing = result.missing
    if missing:
        blocks.append(
            Paragraph(tr("report.missing", count=len(missing), ids=", ".join(c.node.id for c in missing)))
        )
    blocks.append(Paragraph(tr("report.table_follows")))
    blocks.append(_scores_table(plan, result, tr, named))
    return blocks


def _scores_table(plan: Plan, result: Assessment, tr: Labels, named: bool) -> Table:
    """STT | Lĩnh vực/Tiêu chí/Tiêu chí thành phần | Điểm tối đa | Điểm tự đánh giá | Tài liệu kiểm
    chứng | Giải trình: a row per field (bold), per criterion with sub-criteria (bold, their sum),
    per scored criterion; survey criteria and those that do not apply said so; a total."""
    by_field: dict[str, list[CriterionResult]] = {}
    for criterion in result.criteria:
        by_field.setdefault(criterion.field_id, []).append(criterion)
    sums: dict[str, Decimal] = {}
    for criterion in result.criteria:
        if not criterion.survey and not criterion.not_applicable:
            for branch in plan.branches_above(criterion.node.id):
                sums[branch.id] = sums.get(branch.id, ZERO) + (criterion.score or ZERO)
    rows: list[list[Cell]] = []
    bold: set[int] = set()
    not_self_scored = tr("report.cell.survey")

    def self_scored(criteria: list[CriterionResult]) -> bool:
        return any(not c.survey for c in criteria)

    for field in result.fields:
        criteria = by_field.get(field.id, [])
        bold.add(len(rows))
        score: Cell = field.self_assessed if self_scored(criteria) else not_self_scored
        rows.append([field.id, plan.nodes[field.id].name, field.max, score, None, None])
        shown: set[str] = set()
        for criterion in criteria:
            for branch in plan.branches_above(criterion.node.id):
                if branch.id not in shown:
                    shown.add(branch.id)
                    bold.add(len(rows))
                    below = [c for c in criteria if c.node.id.startswith(branch.id + ".")]
                    summed: Cell = sums.get(branch.id, ZERO) if self_scored(below) else not_self_scored
                    rows.append([branch.id, branch.name, branch.max, summed, None, None])
            rows.append(_row(plan, criterion, tr, named))
    # The total is of what the unit scores itself, as the sentence above the table says; the survey
    # criteria's maximum stands on a row of its own above it, so that the two add up to the plan's.
    surveyed = sum((c.node.max for c in result.applicable if c.survey), ZERO)
    if surveyed:
        bold.add(len(rows))
        rows.append([None, tr("report.survey_total"), surveyed, not_self_scored, None, None])
    own = result.self_assessed
    footer: list[Cell] = [None, tr("report.grand_total"), own.max, own.score or ZERO, None, None]
    taken = report_rows(plan, result, tr)
    if taken:  # under the total they add to, then the total with them
        bold.update((len(rows), len(rows) + 1))
        rows += [footer, *taken]
        net = result.adjustments.net if result.adjustments is not None else ZERO
        footer = [None, tr("report.grand_total.adjusted"), None, (own.score or ZERO) + net, None, None]
    columns = [
        Column("id", tr("col.id")),
        Column("name", tr("col.name"), wide=3),
        Column("max", tr("col.max"), numeric=True),
        Column("score", tr("col.self"), numeric=True),
        Column("evidence", tr("col.evidence"), wide=3),
        Column("explanation", tr("col.explanation"), wide=2),
    ]
    return Table(None, columns, rows, footer=footer, subtotals=bold)


def _row(plan: Plan, criterion: CriterionResult, tr: Labels, named: bool) -> list[Cell]:
    """``named``: each evidence line and explanation names the office that sent it (several did)."""
    node: Item = criterion.node
    assessed = criterion.assessed
    evidence: Cell = evidence_lines(plan, assessed, named, tr) or None
    explanation = "\n".join(explanation_lines(plan, assessed, named)) or None
    score: Cell = criterion.score
    if criterion.not_applicable:
        score = tr("report.cell.not_applicable")
        explanation = tr("report.cell.not_counted", reason=assessed.not_applicable)
    elif criterion.survey:
        score = tr("report.cell.survey")
        by = plan.file.plan.survey_by
        explanation = tr("report.cell.survey_note.by", by=by) if by else tr("report.cell.survey_note")
    elif criterion.score is None:
        explanation = tr("report.cell.not_scored")
    return [node.id, node_name(node, tr), node.max, score, evidence, explanation]


def _contributions(plan: Plan, result: Assessment, tr: Labels) -> list[Block]:
    """An office's part of the criteria other offices score: what it sends for each (evidence,
    explanation) and who scores it, so that its report accounts for all it acted on."""
    the_round = Round.of(plan)
    rows: list[list[Cell]] = []
    for criterion, _ in result.contributions:
        assessed = criterion.assessed
        evidence = evidence_lines(plan, assessed, False, tr)
        if not evidence and not assessed.explanations:
            continue  # nothing sent for it: nothing to report
        scorer = the_round.scorer(criterion.node.id)
        rows.append(
            [
                criterion.node.id,
                criterion.node.name,
                unit_name(plan, scorer) if scorer is not None else tr("scorer.unit"),
                evidence or None,
                "\n".join(assessed.explanations) or None,
            ]
        )
    if not rows:
        return []
    columns = [
        Column("id", tr("col.id")),
        Column("name", tr("col.name"), wide=2),
        Column("scorer", tr("col.scorer")),
        Column("evidence", tr("col.evidence"), wide=3),
        Column("explanation", tr("col.explanation"), wide=2),
    ]
    return [Paragraph(tr("report.contributions"), "section"), Table(None, columns, rows)]


def _explanations(plan: Plan, result: Assessment, tr: Labels, named: bool) -> list[Block]:
    """Part II: what a reader of the table must be told in words: each explanation given, each
    score that still lacks evidence and explanation (to be written before signing), each criterion
    that does not apply and why."""
    blocks: list[Block] = [Paragraph(f"II. {tr('report.part.explanations').upper()}", "part")]
    lines: list[Paragraph] = []
    for criterion in result.criteria:
        node, assessed = criterion.node, criterion.assessed
        where = tr("report.criterion", id=node.id, name=node.name)
        if criterion.not_applicable:
            lines.append(
                Paragraph(f"{where}: {tr('report.cell.not_counted', reason=assessed.not_applicable)}", "item")
            )
        elif criterion.survey:
            continue
        elif assessed.explanations:
            texts = explanation_lines(plan, assessed, named)
            lines += [Paragraph(f"{where}: {text}", "item") for text in texts]
        elif criterion.unexplained:
            lines.append(Paragraph(f"- {where}: {tr('report.to_explain')}", "placeholder"))
    if lines or result.criteria:  # an office that scores none has nothing of its own to explain
        blocks += lines or [Paragraph(tr("report.nothing_to_explain"))]
    return blocks
