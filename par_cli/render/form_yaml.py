"""A scores form as a YAML file, each criterion with what it asks as comments.

`par score` reads it back as written. An office's form lists the criteria others score with
their score key commented out, so that a score there is plainly not expected.
"""

from __future__ import annotations

import re
import textwrap

from par_cli.texts.escape import inert
from par_cli.texts.labels import Labels
from par_cli.views.shapes import Form, FormRow, Report

WIDTH = 96
# Whatever YAML reads as a line break would end a comment and turn the rest of it into data.
_BREAKS = re.compile("[\r\n\x85\u2028\u2029]+")


def render(report: Report, width: int | None = None, colour: bool = False) -> str:
    form = report.form
    assert form is not None, "a form renderer writes a form"
    tr = Labels(report.language)
    lines = [f"# {line}".rstrip() for line in form.header.split("\n")]
    lines.append(f"year: {form.year}")
    if form.office is not None:
        lines.append(f"unit: {form.office}")
    for key in ("difficulties", "proposals"):  # empty until filled in; the report reads them
        lines += _comment(tr(f"template.{key}"), "# ")
        lines.append(f"{key}:")
    lines.append("scores:")
    lines += _entries(form, tr)
    lines.append("not_applicable: {}")
    return "\n".join(lines) + "\n"


def _field_max(form: Form, row: FormRow, tr: Labels) -> str:
    """A field's maximum; in an office's form, the part of it the office scores (as its workbook's
    field row sums), or that it scores none of it."""
    if form.office is None:
        return tr("template.max", max=row.max)
    if row.own is None:
        return tr("template.max.none", of=row.max)
    return tr("template.max.own", max=row.own[0], of=row.max)


def _entries(form: Form, tr: Labels) -> list[str]:
    lines: list[str] = []
    for row in form.rows:
        if row.span is not None:  # a field, or a criterion with sub-criteria: a heading, once
            if row.depth == 0:
                heading = f"== {row.id} {row.name} ({_field_max(form, row, tr)})"
            else:
                heading = tr("template.branch", id=row.id, name=row.name, max=row.max)
            lines += _comment(heading, "  # ")
            continue
        lines += _comment(f"{row.id} {row.name}", "  # ")
        for note in row.notes:
            lines += _comment(note, "  #   ")
        for task in row.tasks:
            lines += _comment(tr("template.task", task=task), "  #   ")
        lines += _comment(row.remark, "  #   ")
        lines.append(f'  "{row.id}":')
        lines.append(
            "    score:" if row.scores else _flat(f"    # score: {tr('form.no_score', scorer=row.scorer)}")
        )
        lines += ["    evidence:", "    explanation:"]
    return lines


def _flat(text: str) -> str:
    """One line of printable text: a YAML comment can hold nothing else."""
    return inert(_BREAKS.sub(" ", text))


def _comment(text: str, prefix: str) -> list[str]:
    return [prefix + line for line in textwrap.wrap(_flat(text), WIDTH - len(prefix))] or [prefix.rstrip()]
