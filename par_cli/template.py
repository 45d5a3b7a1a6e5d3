"""A scores file ready to fill in: every criterion (or one unit's), with what it asks as comments."""

from __future__ import annotations

import textwrap

from par_cli.numbers import fmt
from par_cli.plan import Plan
from par_cli.units import falls_on

WIDTH = 96


def scores_template(plan: Plan, unit_id: str | None = None) -> str:
    info = plan.file.plan
    lines = [
        f"# Self-assessment (tự đánh giá) {info.year}: {info.title}",
        "#",
        "# For each criterion fill in `score`: digits with at most 3 decimals, 6.928 or 6,928.",
        "# An empty score means not scored yet. Under `evidence` list the documents that prove it",
        "# (tài liệu kiểm chứng: number and date, section or page), one per line starting with '- '.",
        "# A score without evidence needs an `explanation` (giải trình). `appraised` takes the",
        "# appraisal council's score once known. A criterion that does not apply to the unit goes",
        '# under not_applicable as  "id": reason  (and its score stays empty).',
        "# Then run: par score --input THIS_FILE",
        f"year: {info.year}",
    ]
    if unit_id is not None:
        lines.append(f"unit: {unit_id}")
    lines.append("scores:")
    current_field = None
    for node in plan.criteria():
        if unit_id is not None and not falls_on(plan, node, unit_id):
            continue
        field = plan.nodes[plan.field_of[node.id]]
        if field is not current_field:
            lines.append(f"  # == {field.id} {field.name} (max {fmt(field.max)})")
            current_field = field
        lines += _comment(f"{node.id} {node.name}", "  # ")
        leads = ", ".join(plan.units[u].name for u in node.lead) or "-"
        facts = (
            f"max {fmt(node.max)}, target {fmt(node.target)}, "
            f"{info.baseline_year}: {fmt(node.baseline)}; lead: {leads}"
        )
        lines += _comment(facts, "  #   ")
        if node.scored_by == "survey":
            lines.append("  #   scored by the province's survey: a score here is only an estimate")
        for task in node.task:
            lines += _comment(f"task: {task}", "  #   ")
        lines += [f'  "{node.id}":', "    score:", "    evidence:", "    explanation:"]
    lines.append("not_applicable: {}")
    return "\n".join(lines) + "\n"


def _comment(text: str, prefix: str) -> list[str]:
    return [prefix + line for line in textwrap.wrap(text, WIDTH - len(prefix))] or [prefix.rstrip()]
