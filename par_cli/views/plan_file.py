"""A plan written back as a criteria file: YAML that `par validate` reads, with a header saying how
it was made."""

from __future__ import annotations

import textwrap
from decimal import Decimal

import yaml

from par_cli.core.numbers import fmt
from par_cli.core.rollover import Rollover
from par_cli.texts.labels import Labels
from par_cli.views.template import flat


class _Dumper(yaml.SafeDumper):
    """Figures as plain numbers (6.928, never '6.928'), ids and texts as YAML needs them, and every
    value written out in full (a plan file has no anchors or aliases)."""

    def ignore_aliases(self, data: object) -> bool:
        return True


def _figure(dumper: yaml.SafeDumper, value: Decimal) -> yaml.ScalarNode:
    text = fmt(value)
    return dumper.represent_scalar(
        "tag:yaml.org,2002:float" if "." in text else "tag:yaml.org,2002:int", text
    )


_Dumper.add_representer(Decimal, _figure)


def rollover_yaml(result: Rollover, tr: Labels, plan_path: str, score_paths: list[str]) -> str:
    info = result.data["plan"]
    header = [tr("rollover.header", year=info["year"], plan=plan_path, files=", ".join(score_paths))]
    header += [tr(note.key, **note.values) for note in result.notes]
    lines: list[str] = []
    for paragraph in header:
        lines += [f"# {line}" for line in textwrap.wrap(flat(paragraph), 96)] + ["#"]
    lines[-1] = ""
    body = yaml.dump(result.data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    return "\n".join(lines) + "\n" + body
