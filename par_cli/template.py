"""A scores file ready to fill in: every criterion (or one unit's), with what it asks as comments."""

from __future__ import annotations

import textwrap

from par_cli.labels import t
from par_cli.numbers import fmt
from par_cli.plan import Plan
from par_cli.units import falls_on

WIDTH = 96


def scores_template(plan: Plan, unit_id: str | None = None) -> str:
    info = plan.file.plan
    header = t("template.header", year=info.year, title=info.title)
    lines = [f"# {line}".rstrip() for line in header.split("\n")]
    lines.append(f"year: {info.year}")
    if unit_id is not None:
        lines.append(f"unit: {unit_id}")
    lines.append("scores:")
    current_field = None
    for node in plan.criteria():
        if unit_id is not None and not falls_on(plan, node, unit_id):
            continue
        field = plan.nodes[plan.field_of[node.id]]
        if field is not current_field:
            lines.append(f"  # == {field.id} {field.name} ({t('template.max', max=fmt(field.max))})")
            current_field = field
        lines += _comment(f"{node.id} {node.name}", "  # ")
        facts = t(
            "template.facts",
            max=fmt(node.max),
            target=fmt(node.target),
            year=info.baseline_year,
            baseline=fmt(node.baseline),
            leads="; ".join(plan.units[u].name for u in node.lead) or "-",
        )
        lines += _comment(facts, "  #   ")
        if node.scored_by == "survey":
            lines += _comment(t("template.survey"), "  #   ")
        for task in node.task:
            lines += _comment(t("template.task", task=task), "  #   ")
        lines += [f'  "{node.id}":', "    score:", "    evidence:", "    explanation:"]
    lines.append("not_applicable: {}")
    return "\n".join(lines) + "\n"


def _comment(text: str, prefix: str) -> list[str]:
    return [prefix + line for line in textwrap.wrap(text, WIDTH - len(prefix))] or [prefix.rstrip()]
