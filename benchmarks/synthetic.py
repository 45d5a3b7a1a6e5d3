"""Synthetic plans and scores files for the scale benchmarks; written to a temporary folder, never
committed. A plan of N criteria has N // 100 fields (at least 2) of equal size, the same units
as a district, a two-item task and a lead unit for every criterion, and consistent subtotals."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

UNITS = ["office_a", "office_b", "office_c", "office_d", "office_e"]


def unit_names(count: int) -> list[str]:
    """The district's five offices, or ``count`` communes."""
    return UNITS if count == len(UNITS) else [f"commune_{number:04d}" for number in range(1, count + 1)]


def write_plan(
    path: Path, criteria: int, seed: int = 1, units: int = len(UNITS)
) -> list[tuple[str, Decimal, Decimal]]:
    """Write a plan with ``criteria`` criteria; return (id, max, target) of each criterion."""
    rng = random.Random(seed)
    names = unit_names(units)
    fields = max(2, criteria // 100)
    per_field = [criteria // fields + (1 if i < criteria % fields else 0) for i in range(fields)]
    lines = [
        "plan:",
        "  document_type: Plan",
        f"  title: Synthetic plan of {criteria} criteria",
        "  issuer: Benchmark committee",
        "  locality: Nowhere",
        "  province: Anywhere",
        "  year: 2031",
        "  baseline_year: 2030",
        "units:",
    ]
    for unit in names:
        lines += [f"  - id: {unit}", f"    name: Office {unit.rpartition('_')[2].upper()}"]
    lines += [
        "  - id: group_all",
        "    name: All offices",
        "    kind: group",
        f"    members: [{', '.join(names)}]",
    ]
    lines.append("fields:")
    totals = [Decimal(0)] * 3
    leaves: list[tuple[str, Decimal, Decimal]] = []
    for field_number, count in enumerate(per_field, start=1):
        rows = []
        sums = [Decimal(0)] * 3
        for number in range(1, count + 1):
            maximum = Decimal(rng.randint(1, 40)) / 4
            baseline = (maximum * Decimal(rng.randint(50, 1000)) / 1000).quantize(Decimal("0.001"))
            target = max(
                baseline, (maximum * Decimal(rng.randint(800, 1000)) / 1000).quantize(Decimal("0.001"))
            )
            unit = names[(field_number + number) % len(names)]
            criterion_id = f"{field_number}.{number}"
            rows += [
                f'      - id: "{criterion_id}"',
                f"        name: Criterion {criterion_id} of the synthetic plan, about as long as a real one",
                f"        max: {maximum}",
                f"        baseline: {baseline}",
                f"        target: {target}",
                "        task:",
                "          - Carry out the first part of the task as the plan requires.",
                "          - Report on it to the Office of Home Affairs every quarter.",
                f"        lead: [{unit}, group_all]",
                f"        lead_text: Office {unit.rpartition('_')[2].upper()}; All offices",
            ]
            for index, value in enumerate((maximum, baseline, target)):
                sums[index] += value
            leaves.append((criterion_id, maximum, target))
        lines += [
            f'  - id: "{field_number}"',
            f"    name: FIELD {field_number}",
            f"    max: {sums[0]}",
            f"    baseline: {sums[1]}",
            f"    target: {sums[2]}",
            "    criteria:",
            *rows,
        ]
        totals = [a + b for a, b in zip(totals, sums, strict=True)]
    lines += ["totals:", f"  max: {totals[0]}", f"  baseline: {totals[1]}", f"  target: {totals[2]}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return leaves


def write_scores(path: Path, leaves: list[tuple[str, Decimal, Decimal]], seed: int) -> None:
    """A scores file of one commune: most criteria scored, some with evidence, a few left empty."""
    rng = random.Random(seed)
    lines = ["year: 2031", f"assessed_unit: Xã số {seed + 1}", "scores:"]
    for criterion_id, maximum, _target in leaves:
        roll = rng.random()
        if roll < 0.05:
            lines.append(f'  "{criterion_id}":')
            continue
        score = (maximum * Decimal(rng.randint(600, 1000)) / 1000).quantize(Decimal("0.001"))
        if roll < 0.5:
            lines.append(f'  "{criterion_id}": {score}')
        else:
            lines += [
                f'  "{criterion_id}":',
                f"    score: {score}",
                "    evidence:",
                f"      - Báo cáo số {rng.randint(1, 300)}/BC-UBND ngày 15/12/2031, mục {criterion_id}",
            ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_one_line_plan(path: Path, criteria: int) -> None:
    """A plan of ``criteria`` criteria written one per line (flow style), in 10 fields: the most
    criteria a file within the 64 MiB limit can hold."""
    fields = 10
    per_field = criteria // fields
    lines = [
        "plan:",
        "  document_type: Plan",
        f"  title: One-line plan of {criteria} criteria",
        "  issuer: Benchmark committee",
        "  locality: Nowhere",
        "  province: Anywhere",
        "  year: 2031",
        "  baseline_year: 2030",
        "units:",
        "  - {id: office_a, name: Office A}",
        "fields:",
    ]
    for field_number in range(1, fields + 1):
        lines += [
            f'  - id: "{field_number}"',
            f"    name: F{field_number}",
            f"    max: {per_field}",
            f"    baseline: {per_field // 2}",
            f"    target: {per_field}",
            "    criteria:",
        ]
        lines += [
            f'      - {{id: "{field_number}.{n}", name: C, max: 1, baseline: 0.5, target: 1}}'
            for n in range(1, per_field + 1)
        ]
    total = per_field * fields
    lines += ["totals:", f"  max: {total}", f"  baseline: {total // 2}", f"  target: {total}"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_error_files(folder: Path, plan: Path, leaves: list[tuple[str, Decimal, Decimal]]) -> None:
    """Files with many problems: the plan with its group renamed (every criterion names an unknown
    unit), a scores file of 10,000 unknown ids, and two files citing 60,000 documents each; and,
    to measure the unknown ids against, a valid file of as many ids of the plan, scored 0."""
    text = plan.read_text(encoding="utf-8")
    known = ["scores:", *(f'  "{criterion_id}": 0' for criterion_id, _, _ in leaves[:10_000])]
    (folder / "known_ids.yaml").write_text("\n".join(known) + "\n", encoding="utf-8")
    (folder / "renamed.yaml").write_text(
        text.replace("- id: group_all", "- id: group_every"), encoding="utf-8"
    )
    unknown = ["scores:", *(f'  "99.{n}": 1' for n in range(1, 10_001))]
    (folder / "unknown_ids.yaml").write_text("\n".join(unknown) + "\n", encoding="utf-8")
    for name, first in (("evidence_a.yaml", 0), ("evidence_b.yaml", 30_000)):
        lines = ["scores:", '  "1.1":', "    evidence:"]
        lines += [f"      - Báo cáo số {n}/BC-UBND" for n in range(first, first + 60_000)]
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> None:
    """Write the files in a process of their own, so the timing process stays small."""
    import argparse

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--criteria", type=int, required=True, help="criteria of the plan (plan.yaml)")
    parser.add_argument("--scores", type=int, default=0, help="scores files to write beside it")
    parser.add_argument("--units", type=int, default=len(UNITS), help="units of the plan, all in one group")
    parser.add_argument("--one-line", action="store_true", help="one criterion a line (one_line.yaml)")
    parser.add_argument("--errors", action="store_true", help="files with many problems (write_error_files)")
    options = parser.parse_args()
    options.folder.mkdir(parents=True, exist_ok=True)
    if options.one_line:
        write_one_line_plan(options.folder / "one_line.yaml", options.criteria)
        return
    leaves = write_plan(options.folder / "plan.yaml", options.criteria, units=options.units)
    for number in range(options.scores):
        write_scores(options.folder / f"unit_{number:04d}.yaml", leaves, seed=number)
    if options.errors:
        write_error_files(options.folder, options.folder / "plan.yaml", leaves)


if __name__ == "__main__":
    main()
