"""The figure as published: the band is decided on the percentage as printed (rounded half up to
2 decimals, then compared). Each band boundary of the README's example bands (90 %, 80 %) and of
the commune fixture's (90 %, 80 %, 65 %) is checked on both sides: a `>=` turned into `>`, or a
comparison made before rounding, fails a case here. Every figure is set by hand from the plan:
all criteria at their maximum (100 of 100), less the points named."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
import yaml
from helpers import FIXTURES, run_par

from par_cli.core.plan import load_plan

ROOT = Path(__file__).resolve().parent.parent
COMMUNE = FIXTURES / "criteria" / "commune_2026.yaml"
README_BANDS = "bands:\n  - {name: Nhóm A, min_percent: 90}\n  - {name: Nhóm B, min_percent: 80}\n"


def _bundled_with_bands(tmp_path: Path) -> Path:
    path = tmp_path / "plan.yaml"
    bundled = (ROOT / "data" / "criteria_2024.yaml").read_text(encoding="utf-8")
    path.write_text(bundled.replace("\nbands: []\n", "\n" + README_BANDS), encoding="utf-8")
    return path


def _at_max_but(plan: Path, year: int, scores: dict[str, str], tmp_path: Path) -> Path:
    """Every criterion of ``plan`` at its maximum, but those of ``scores``."""
    data = {str(c.id): format(c.max, "f") for c in load_plan(plan).criteria()}
    data.update(scores)
    path = tmp_path / "scores.yaml"
    path.write_text(yaml.safe_dump({"year": year, "scores": data}), encoding="utf-8")
    return path


def _band(plan: Path, scores: Path) -> dict:  # type: ignore[type-arg]
    result = run_par("--criteria", str(plan), "score", "-i", str(scores), "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout, parse_float=Decimal)  # type: ignore[no-any-return]


# The bundled plan (100 points) with the README's bands. 7.1 (max 8) at 0 leaves 92; 3.4 (max 7)
# at 4.995 loses 2.005 more: 89.995. For 80 %: 7.1, 3.4 and 5.6 (max 5) at 0 leave 80, and 1.4
# (max 4) at 3.995 loses 0.005 more: 79.995.
BUNDLED_CASES = [
    # index, scores, printed percent, band, the next band and the points to it
    ("89.995", {"7.1": "0", "3.4": "4.995"}, "90.00", "Nhóm A", None, None),
    ("89.994", {"7.1": "0", "3.4": "4.994"}, "89.99", "Nhóm B", "Nhóm A", "0.001"),  # 89.995 - 89.994
    ("79.995", {"7.1": "0", "3.4": "0", "5.6": "0", "1.4": "3.995"}, "80.00", "Nhóm B", "Nhóm A", "10"),
    ("79.994", {"7.1": "0", "3.4": "0", "5.6": "0", "1.4": "3.994"}, "79.99", None, "Nhóm B", "0.001"),
]


@pytest.mark.parametrize(("index", "scores", "shown", "band", "following", "to_next"), BUNDLED_CASES)
def test_the_readme_bands_on_both_sides_of_each_boundary(
    tmp_path: Path,
    index: str,
    scores: dict[str, str],
    shown: str,
    band: str | None,
    following: str | None,
    to_next: str | None,
) -> None:
    plan = _bundled_with_bands(tmp_path)
    data = _band(plan, _at_max_but(plan, 2024, scores, tmp_path))
    assert data["index"] == Decimal(index)
    assert data["percent"] == Decimal(shown)
    expected = {
        "name": band,
        "basis": "self",
        "next": following,
        "to_next": None if to_next is None else Decimal(to_next),
    }
    assert data["band"] == expected
    out = run_par(
        "--criteria", str(plan), "score", "-i", str(tmp_path / "scores.yaml"), env={"COLUMNS": "200"}
    )
    # the printed figure and the band beside it agree
    assert f"Estimated index: {index} of 100 ({shown} %)" in out.stdout
    assert f"Band: {band or 'below every band'} (self-assessed)" in out.stdout


# The commune plan (100 points, bands Tốt 90 / Khá 80 / Trung bình 65 / Yếu 0). 3.2.1 (6) and
# 3.2.2 (4) at 0 leave 90; 3.1 (3) at 2.995 loses 0.005: 89.995. Then 3.1, 3.2.3 (3) and 4.1 (4)
# at 0 leave 80; 4.2 (4) at 3.995: 79.995. Then 4.2, 6.1 (4), 6.2 (3), 6.3 (3) at 0 leave 66;
# 7.3 (4) at 2.995 loses 1.005: 64.995.
FOR_80 = {"3.2.1": "0", "3.2.2": "0", "3.1": "0", "3.2.3": "0", "4.1": "0"}
FOR_65 = {**FOR_80, "4.2": "0", "6.1": "0", "6.2": "0", "6.3": "0"}
COMMUNE_CASES = [
    ("89.995", {"3.2.1": "0", "3.2.2": "0", "3.1": "2.995"}, "90.00", "Tốt"),
    ("89.994", {"3.2.1": "0", "3.2.2": "0", "3.1": "2.994"}, "89.99", "Khá"),
    ("79.995", {**FOR_80, "4.2": "3.995"}, "80.00", "Khá"),
    ("79.994", {**FOR_80, "4.2": "3.994"}, "79.99", "Trung bình"),
    ("64.995", {**FOR_65, "7.3": "2.995"}, "65.00", "Trung bình"),
    ("64.994", {**FOR_65, "7.3": "2.994"}, "64.99", "Yếu"),
]


@pytest.mark.parametrize(("index", "scores", "shown", "band"), COMMUNE_CASES)
def test_the_commune_bands_on_both_sides_of_each_boundary(
    tmp_path: Path, index: str, scores: dict[str, str], shown: str, band: str
) -> None:
    data = _band(COMMUNE, _at_max_but(COMMUNE, 2026, scores, tmp_path))
    assert (data["index"], data["percent"], data["band"]["name"]) == (Decimal(index), Decimal(shown), band)


def test_the_percentage_is_that_of_the_printed_index(tmp_path: Path) -> None:
    """Rescaled, the index is printed to 3 decimals, and its percentage is that figure's: never a
    second rounding of the exact value that a reader of the printed index could not reproduce."""
    # 4.4 (max 1) does not apply: 99 points; every criterion at its maximum but 7.1 (8) at 0, and
    # 3.4 (7) at 3.9005... (3 decimals at most): 3.4 at 3.9 gives 99 - 8 - 3.1 = 87.9 of 99,
    # 88.787878... rescaled: printed 88.788, 88.79 %
    path = _at_max_but(ROOT / "data" / "criteria_2024.yaml", 2024, {"7.1": "0", "3.4": "3.9"}, tmp_path)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    del data["scores"]["4.4"]
    data["not_applicable"] = {"4.4": "Không có"}
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = json.loads(run_par("score", "-i", str(path), "--format", "json").stdout, parse_float=Decimal)
    assert (result["max"], result["index"], result["percent"]) == (99, Decimal("88.788"), Decimal("88.79"))
