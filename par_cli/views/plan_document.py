"""The plan as issued (kế hoạch, `par plan`): the heading, the căn cứ, the plan's own words
(purposes, requirements, the part that sends to the appendix), the duties of each office
(section 4 of the bundled plan), the closing, Nơi nhận and signature; then the appendix on
landscape pages, in the seed's columns, field rows bold, as printed.

Every figure and name is the plan's as printed (typos included: the plan document reproduces the
plan); every word of prose is the plan's `prose`. What is generated is the frame: headings,
column titles and the years in them, so that `par rollover`'s plan reads as next year's.
"""

from __future__ import annotations

from datetime import date

from par_cli.core.model import LegalBasis
from par_cli.core.plan import Item, Plan
from par_cli.texts.labels import Labels
from par_cli.views.issuer import committee_short, letterhead, plan_issuer, signature
from par_cli.views.shapes import Appendix, Block, Cell, Column, Document, Paragraph, Properties, Table

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X")


def plan_document(plan: Plan, when: date | None, number: str | None, tr: Labels) -> Document:
    info = plan.file.plan
    prose = info.prose
    issuer = plan_issuer(plan, tr)
    number = number or _own_number(info.document_number)
    when = when or info.document_date
    head = letterhead(issuer, "KH", number, when, tr("plan.kind"), info.title, tr, year=info.year)
    body: list[Block] = [Paragraph(_basis(plan, basis, tr), "body") for basis in info.legal_bases]
    if prose and prose.opening:
        body.append(Paragraph(prose.opening))
    # The parts are numbered as the organisation section is: its duties are "4.1", "4.2" under
    # "4.", or "III.1" under "III."; purposes and requirements come first, the tasks before it.
    organisation = _organisation_number(plan)
    roman = organisation in ROMAN
    body.append(Paragraph(f"I. {tr('plan.part.aims').upper()}", "part"))
    body.append(Paragraph(f"1. {tr('plan.part.purposes')}", "section"))
    body += _texts(prose.purposes if prose else (), tr)
    body.append(Paragraph(f"2. {tr('plan.part.requirements')}", "section"))
    body += _texts(prose.requirements if prose else (), tr)
    tasks_number = _before(organisation)
    tasks = prose.tasks if prose and prose.tasks else tr("plan.part.tasks")
    body.append(
        Paragraph(f"{tasks_number}. {tasks.upper() if roman else tasks}", "part" if roman else "section")
    )
    heading = tr("plan.part.organisation")
    body.append(
        Paragraph(f"{organisation}. {heading.upper() if roman else heading}", "part" if roman else "section")
    )
    for assignment in plan.file.assignments:
        body.append(Paragraph(f"{assignment.section}. {assignment.heading}", "section"))
        body += [Paragraph(duty, "item") for duty in assignment.duties]
    if prose and prose.closing:
        body.append(Paragraph(prose.closing))
    if prose and prose.recipients:
        recipients = (tr("document.recipients"), *(f"- {line}" for line in prose.recipients))
        foot = signature(issuer, [], (), None, tr)._replace(recipients=recipients)
    else:
        foot = signature(issuer, [], (), _drafter(plan), tr)
    language = "vi-VN" if tr.language == "vi" else "en-GB"
    return Document(
        letterhead=head,
        body=body,
        signature=foot,
        properties=Properties(
            f"{tr('plan.kind')}: {info.title}", info.issuer, language, when or date.today()
        ),
        language=tr.language,
        appendices=[_appendix(plan, number, when, issuer.abbreviation, tr)],
    )


def _own_number(document_number: str | None) -> str | None:
    """The plan's own number without its kind and issuer (45/KH-UBND: 45), the heading adds them."""
    return document_number.split("/", 1)[0] if document_number and "/" in document_number else None


def _drafter(plan: Plan) -> str | None:
    collector = plan.file.plan.collector
    if collector is None:
        return None
    unit = plan.units[collector]
    return unit.abbreviation


def _basis(plan: Plan, basis: LegalBasis, tr: Labels) -> str:
    kind = basis.kind or tr("plan.basis.document")
    return tr(
        "plan.basis",
        kind=kind,
        number=basis.number,
        date=basis.date,
        issuer=basis.issuer,
        subject=basis.subject,
    )


def _texts(texts: tuple[str, ...], tr: Labels) -> list[Paragraph]:
    return [Paragraph(text) for text in texts] or [Paragraph(tr("plan.to_write"), "placeholder")]


def _organisation_number(plan: Plan) -> str:
    """The number the duties' sections sit under: 4.1 gives 4, III.1 gives III; else 4 (or III)."""
    for assignment in plan.file.assignments:
        if "." in assignment.section:
            return assignment.section.split(".", 1)[0]
    return "4"


def _before(number: str) -> str:
    if number in ROMAN and number != "I":
        return ROMAN[ROMAN.index(number) - 1]
    if number.isdigit() and int(number) > 1:
        return str(int(number) - 1)
    return "3"


def _appendix(plan: Plan, number: str | None, when: date | None, abbreviation: str, tr: Labels) -> Appendix:
    """PHỤ LỤC, its title (the plan's as printed, else one for its year), and the plan it belongs to."""
    info = plan.file.plan
    title = info.appendix_title or tr("plan.appendix.title", year=info.year).upper()
    issuer = committee_short(info.issuer)
    if number and when:
        whole = number if "/" in number else f"{number}/KH-{abbreviation}"
        attached = tr("plan.appendix.of", number=whole, date=tr.date(when), issuer=issuer)
    else:
        attached = tr(
            "plan.appendix.of.blank", kind="KH", abbreviation=abbreviation, year=info.year, issuer=issuer
        )
    return Appendix((tr("plan.appendix"), title, attached), [_appendix_table(plan, tr)])


def _appendix_table(plan: Plan, tr: Labels) -> Table:
    """The seed's columns: STT | Lĩnh vực/Tiêu chí/Tiêu chí thành phần | Điểm chuẩn | Điểm <year> đạt
    được | Mục tiêu năm <year> | Nhiệm vụ/giải pháp/Nội dung thực hiện | Đơn vị chủ trì."""
    info = plan.file.plan
    columns = [
        Column("id", tr("col.id")),
        Column("name", tr("col.name"), wide=3),
        Column("max", tr("plan.col.max"), numeric=True),
        Column("baseline", tr("plan.col.baseline", year=info.baseline_year), numeric=True),
        Column("target", tr("col.target", year=info.year), numeric=True),
        Column("task", tr("plan.col.task"), wide=4),
        Column("lead", tr("col.lead"), wide=2),
    ]
    rows: list[list[Cell]] = []
    bold: set[int] = set()

    def add(item: Item, depth: int) -> None:
        if item.unlisted is not None:
            return  # not in the appendix as issued (the plan gives it elsewhere: its source)
        if depth == 0 or item.criteria:
            bold.add(len(rows))
        tasks = list(item.task)
        task: Cell = [f"- {text}" for text in tasks] if len(tasks) > 1 else tasks[0] if tasks else None
        rows.append(
            [
                item.id,
                item.printed_name or item.name,
                item.max,
                tr("report.cell.not_applicable") if item.baseline_na is not None else item.baseline,
                item.target,
                task,
                _lead(plan, item),
            ]
        )
        for child in item.criteria:
            add(child, depth + 1)

    for field in plan.fields:
        add(field, 0)
    totals = plan.file.totals
    footer: list[Cell] = [None, tr("plan.total"), totals.max, totals.baseline, totals.target, None, None]
    table = Table(None, columns, rows, footer=footer, subtotals=bold)
    return table if plan.has_baseline else table.without({"baseline"})


def _lead(plan: Plan, item: Item) -> str | None:
    """The lead cell as printed; where the file keeps no printed text, the units' names."""
    if item.lead_text is not None:
        return item.lead_text
    if item.lead:
        return "; ".join(plan.units[unit].name for unit in item.lead)
    return None
