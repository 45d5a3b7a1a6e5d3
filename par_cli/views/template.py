"""A scores form ready to fill in: every criterion (the unit's own form), or an office's.

An office's form (``--unit``) holds every criterion the office acts on in the collection round
(core/round.py): those it scores, with a score to enter; those it contributes to or oversees,
with evidence and an explanation only, each saying who scores it. The renderers of
`render/__init__.FORMS` write the form as YAML or as a workbook.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

from par_cli.core.plan import Item, Plan
from par_cli.core.round import Round
from par_cli.texts.escape import inert
from par_cli.texts.labels import Labels
from par_cli.views.common import lead_cell, node_name, unit_name
from par_cli.views.shapes import Form, FormRow, Report

# Whatever YAML reads as a line break would end a comment and turn the rest of it into data.
_BREAKS = re.compile("[\r\n\x85\u2028\u2029]+")


def scores_form(plan: Plan, tr: Labels, unit_id: str | None = None, made: date | None = None) -> Report:
    """The form of the unit (``unit_id`` None) or of one office, made on ``made``."""
    info = plan.file.plan
    the_round = Round.of(plan)
    roles = dict((node.id, role) for node, role in the_round.form(unit_id)) if unit_id else None
    rows: list[FormRow] = []

    def visit(node: Item, depth: int) -> int:
        if not node.criteria:
            if roles is not None and node.id not in roles:
                return 0
            rows.append(_row(plan, the_round, tr, node, depth, roles[node.id] if roles else None))
            return 1
        at = len(rows)
        rows.append(FormRow(node.id, node.name, depth, node.max, node.target, span=0, baseline=node.baseline))
        below = sum(visit(child, depth + 1) for child in node.criteria)
        if below:
            rows[at].span = len(rows) - at - 1
            if roles is not None:
                rows[at].own = _own(rows[at + 1 :])
        else:
            del rows[at]
        return below

    for field in plan.fields:
        visit(field, 0)
    office = plan.units[unit_id].name if unit_id else None
    title = tr("template.title", year=info.year, title=info.title)
    heading = [
        (tr("xlsx.about.year"), str(info.year)),
        (tr("form.assessed"), info.locality),
        (tr("xlsx.about.unit"), office or "…" * 20),
        (tr("form.date"), tr.date(made or date.today())),
    ]
    about: list[tuple[str, str, str | int | None, bool]] = [
        ("year", tr("xlsx.about.year"), info.year, False),
        ("assessed_unit", tr("xlsx.about.assessed_unit"), None, True),
        ("target", tr("xlsx.about.target"), None, True),
    ]
    if office is not None:  # by name: par reads a unit's name as readily as its id
        about.append(("unit", tr("xlsx.about.unit"), office, False))
    about += [
        ("difficulties", tr("form.difficulties"), None, True),
        ("proposals", tr("form.proposals"), None, True),
    ]
    header = tr("template.header", year=info.year, title=flat(info.title))
    if unit_id is not None:
        scored = sum(1 for role in (roles or {}).values() if role == "scores")
        others = len(roles or {}) - scored
        key = "template.office" if scored else "template.office.none"
        header += "\n\n" + tr(key, office=office, scores=scored, others=others)
    form = Form(
        howto=tr("xlsx.howto") + _what_then(plan, tr, unit_id),
        year=info.year,
        title=title,
        header=header,
        rows=rows,
        office=unit_id,
        heading=heading,
        about=about,
        totals=_own(rows) if unit_id else (plan.file.totals.max, plan.file.totals.target),
    )
    return Report(title=title, language=tr.language, form=form)


def _own(rows: list[FormRow]) -> tuple[Decimal, Decimal] | None:
    """The maximum and target of the criteria among ``rows`` that the form's office scores, summed:
    what a hand-filler reads above them; None where it scores none (a heading left blank)."""
    scored = [row for row in rows if row.span is None and row.scores]
    if not scored:
        return None
    return sum((row.max for row in scored), Decimal(0)), sum((row.target for row in scored), Decimal(0))


def _what_then(plan: Plan, tr: Labels, unit_id: str | None) -> str:
    """What to do once the form is filled in: an office sends it back to the office collecting
    the round, signed; the unit's own form (and the collector's) is kept and signed."""
    collector = plan.file.plan.collector
    if unit_id is None or unit_id == collector:
        return tr("form.howto.keep")
    if collector is None:
        return tr("form.howto.send.back")
    return tr("form.howto.send", collector=plan.units[collector].name)


def _row(plan: Plan, the_round: Round, tr: Labels, node: Item, depth: int, role: str | None) -> FormRow:
    """A criterion to fill in, with what the form says about it."""
    info = plan.file.plan
    leads = "; ".join(plan.units[u].name for u in node.lead) or "-"
    # Comments are for people: the figures take the language's decimal separator (1,5 in Vietnamese)
    if node.baseline is None:
        facts = tr("template.facts.first_year", max=node.max, target=node.target, leads=leads)
    else:
        facts = tr(
            "template.facts",
            max=node.max,
            target=node.target,
            year=info.baseline_year,
            baseline=node.baseline,
            leads=leads,
        )
    notes = [facts]
    survey = node.scored_by == "survey"
    if survey and role in (None, "scores"):  # how to enter its result: for whoever enters it only
        notes.append(tr("template.survey.by", by=info.survey_by) if info.survey_by else tr("template.survey"))
    scorer_id = the_round.scorer(node.id)
    scorer = unit_name(plan, scorer_id) if scorer_id else tr("scorer.unit")
    if role is None:  # the unit's own form: it scores everything; say which office enters it
        worded, note = scorer, tr("form.scored_by", scorer=scorer)
    elif role == "scores":
        worded, note = tr("role.scores"), tr("form.role.scores")
    else:
        worded = tr("role.by", role=tr(f"role.{role}"), scorer=scorer)
        note = tr(f"form.role.{role}", scorer=scorer)
    lead = leads if node.lead else _overseen(plan, node, tr)
    return FormRow(
        id=node.id,
        name=node_name(node, tr),
        depth=depth,
        max=node.max,
        target=node.target,
        baseline=node.baseline,
        lead=lead,
        tasks=node.task,
        survey=survey,
        scores=role in (None, "scores"),
        role=worded,
        scorer=scorer,
        notes=tuple(notes),
        remark=note,
    )


def _overseen(plan: Plan, node: Item, tr: Labels) -> str:
    cell = lead_cell(plan, node, tr)
    return "; ".join(cell) if isinstance(cell, list) else cell


def form_count(report: Report) -> tuple[int, int]:
    """(criteria in the form, those its office scores)."""
    assert report.form is not None
    leaves = [row for row in report.form.rows if row.span is None]
    return len(leaves), sum(1 for row in leaves if row.scores)


def flat(text: str) -> str:
    """One line of printable text: a YAML comment can hold nothing else."""
    return inert(_BREAKS.sub(" ", text))
