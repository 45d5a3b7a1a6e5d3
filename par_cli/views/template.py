"""A scores file ready to fill in: every criterion (or one unit's), with what it asks as comments."""

from __future__ import annotations

import re
import textwrap

from par_cli.core.numbers import fmt
from par_cli.core.plan import Plan
from par_cli.core.units import falls_on
from par_cli.texts.escape import inert
from par_cli.texts.labels import Labels

WIDTH = 96
# Whatever YAML reads as a line break would end a comment and turn the rest of it into data.
_BREAKS = re.compile("[\r\n\x85\u2028\u2029]+")


def scores_template(plan: Plan, tr: Labels, unit_id: str | None = None) -> str:
    info = plan.file.plan
    header = tr("template.header", year=info.year, title=flat(info.title))
    lines = [f"# {line}".rstrip() for line in header.split("\n")]
    lines.append(f"year: {info.year}")
    if unit_id is not None:
        lines.append(f"unit: {unit_id}")
    lines.append("scores:")
    current_field = None
    shown: set[str] = set()
    for node in plan.criteria():
        if unit_id is not None and not falls_on(plan, node, unit_id):
            continue
        field = plan.nodes[plan.field_of[node.id]]
        if field is not current_field:
            heading = f"== {field.id} {field.name} ({tr('template.max', max=fmt(field.max))})"
            lines += _comment(heading, "  # ")
            current_field = field
        for branch in plan.branches_above(node.id):
            if branch.id not in shown:  # a criterion with sub-criteria: its heading, once, above them
                shown.add(branch.id)
                lines += _comment(
                    tr("template.branch", id=branch.id, name=branch.name, max=fmt(branch.max)), "  # "
                )
        lines += _comment(f"{node.id} {node.name}", "  # ")
        leads = "; ".join(plan.units[u].name for u in node.lead) or "-"
        if node.baseline is None:
            facts = tr("template.facts.first_year", max=fmt(node.max), target=fmt(node.target), leads=leads)
        else:
            year, baseline = info.baseline_year, fmt(node.baseline)
            facts = tr(
                "template.facts",
                max=fmt(node.max),
                target=fmt(node.target),
                year=year,
                baseline=baseline,
                leads=leads,
            )
        lines += _comment(facts, "  #   ")
        if node.scored_by == "survey":
            survey = tr("template.survey.by", by=info.survey_by) if info.survey_by else tr("template.survey")
            lines += _comment(survey, "  #   ")
        for task in node.task:
            lines += _comment(tr("template.task", task=task), "  #   ")
        lines += [f'  "{node.id}":', "    score:", "    evidence:", "    explanation:"]
    lines.append("not_applicable: {}")
    return "\n".join(lines) + "\n"


def flat(text: str) -> str:
    """One line of printable text: a YAML comment can hold nothing else."""
    return inert(_BREAKS.sub(" ", text))


def _comment(text: str, prefix: str) -> list[str]:
    return [prefix + line for line in textwrap.wrap(flat(text), WIDTH - len(prefix))] or [prefix.rstrip()]
