"""Bonus and penalty points (điểm thưởng, điểm trừ): each item held to its maximum, the items under a
field to its cap, the whole to the kind's cap, the index never below 0 nor above the maximum. The
plan is the bundled one with the adjustments below; every figure is computed by hand from it and
from tests/fixtures/actuals/at_target.yaml (every criterion at its target: 95.5 of 100)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import yaml
from helpers import FIXTURES, assert_problem, run_par

from par_cli.core.problems import Code

ROOT = Path(__file__).resolve().parent.parent
ACTUALS = FIXTURES / "actuals"
ADJUSTMENTS = """adjustments:
  bonus:
    cap: 2
    field_caps: {"1": 1.5}
    items:
      - {id: sang_kien, reason: Sáng kiến CCHC được UBND tỉnh công nhận, max: 1, field: "1"}
      - {id: ung_dung, reason: Ứng dụng CNTT được tỉnh nhân rộng, max: 1, field: "1"}
      - {id: bang_khen, reason: Bằng khen về CCHC của cấp tỉnh trở lên, max: 1.5}
  penalty:
    cap: 3
    items:
      - {id: ky_luat, reason: Công chức bị kỷ luật do vi phạm trong giải quyết TTHC, max: 1}
      - {id: tre_han, reason: Báo cáo CCHC gửi trễ hạn, max: 2.5}
"""


def _plan(tmp_path: Path, extra: str = "") -> Path:
    path = tmp_path / "plan.yaml"
    bundled = (ROOT / "data" / "criteria_2024.yaml").read_text(encoding="utf-8")
    path.write_text(bundled.replace("\nbands: []\n", "\nbands: []\n" + ADJUSTMENTS + extra), encoding="utf-8")
    return path


def _taken(tmp_path: Path, name: str = "taken.yaml", **kinds: list[tuple[str, str]]) -> Path:
    data: dict[str, Any] = {
        kind: [{"item": item, "points": points, "reason": f"{item} in 2024", "evidence": [f"QĐ về {item}"]}
               for item, points in items]
        for kind, items in kinds.items()
    }  # fmt: skip
    path = tmp_path / name
    path.write_text(yaml.safe_dump({"adjustments": data}, allow_unicode=True), encoding="utf-8")
    return path


def _score(plan: Path, *files: Path, extra: tuple[str, ...] = ()) -> dict[str, Any]:
    args = [a for f in files for a in ("-i", str(f))]
    result = run_par("--criteria", str(plan), "score", *args, *extra, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout, parse_float=Decimal)  # type: ignore[no-any-return]


AT_TARGET = ACTUALS / "at_target.yaml"


def test_a_bonus_at_its_cap(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    # sang_kien 1 (field 1) and bang_khen 1: 2, exactly the bonus cap: 95.5 + 2 = 97.5
    data = _score(plan, AT_TARGET, _taken(tmp_path, bonus=[("sang_kien", "1"), ("bang_khen", "1")]))
    bonus = data["adjustments"]["bonus"]
    assert (bonus["given"], bonus["total"], bonus["held"]) == (2, 2, [])
    assert data["index"] == Decimal("97.5") and data["percent"] == Decimal("97.5")
    # 1.5 more would be 3.5: held to the cap 2, and said
    more = _taken(tmp_path, "more.yaml", bonus=[("sang_kien", "1"), ("bang_khen", "1.5")])
    data = _score(plan, AT_TARGET, more)
    assert data["adjustments"]["bonus"]["total"] == 2 and data["index"] == Decimal("97.5")
    assert data["adjustments"]["bonus"]["held"] == [
        {"where": "total", "id": None, "given": Decimal("2.5"), "cap": 2}
    ]
    out = run_par(
        "--criteria", str(plan), "score", "-i", str(AT_TARGET), "-i", str(more), env={"COLUMNS": "200"}
    )
    assert "Bonus points: 2 counted of 2.5 given (held to the caps)" in out.stdout
    assert "bonus: 2.5 in all, held to the cap 2" in out.stdout


def test_a_penalty(tmp_path: Path) -> None:
    # ky_luat 0.5 and tre_han 1: 1.5 off 95.5 is 94
    taken = _taken(tmp_path, penalty=[("ky_luat", "0.5"), ("tre_han", "1")])
    data = _score(_plan(tmp_path), AT_TARGET, taken)
    assert data["adjustments"]["penalty"]["total"] == Decimal("1.5")
    assert (data["index"], data["adjustments"]["net"]) == (94, Decimal("-1.5"))
    plan = _plan(tmp_path)
    out = run_par("--criteria", str(plan), "score", "-i", str(AT_TARGET), "-i", str(taken)).stdout
    assert "Penalty points: 1.5 (2 items)" in out
    one = _taken(tmp_path, "one.yaml", penalty=[("ky_luat", "0.5")])
    out = run_par("--criteria", str(plan), "score", "-i", str(AT_TARGET), "-i", str(one)).stdout
    assert "Penalty points: 0.5 (1 item)" in out  # the catalogue's plural rule: never "1 items"
    vi = run_par(
        "--criteria", str(plan), "score", "-i", str(AT_TARGET), "-i", str(one), "--lang", "vi"
    ).stdout
    assert "Điểm trừ: 0,5 điểm (1 mục)" in vi


def test_bonus_and_penalty_at_once(tmp_path: Path) -> None:
    # bonus: sang_kien 1 + ung_dung 1 = 2 under field 1, held to its cap 1.5; bang_khen 0.5: 2 in
    # all, at the cap. Penalty: ky_luat 1.5 held to its maximum 1. 95.5 + 2 - 1 = 96.5
    taken = _taken(
        tmp_path,
        bonus=[("sang_kien", "1"), ("ung_dung", "1"), ("bang_khen", "0.5")],
        penalty=[("ky_luat", "1.5")],
    )
    plan = _plan(tmp_path)
    data = _score(plan, AT_TARGET, taken)
    bonus, penalty = data["adjustments"]["bonus"], data["adjustments"]["penalty"]
    assert bonus["held"] == [{"where": "field", "id": "1", "given": 2, "cap": Decimal("1.5")}]
    assert (bonus["given"], bonus["total"]) == (Decimal("2.5"), 2)
    assert penalty["held"] == [{"where": "item", "id": "ky_luat", "given": Decimal("1.5"), "cap": 1}]
    assert penalty["items"][0]["counted"] == 1 and penalty["total"] == 1
    assert data["index"] == Decimal("96.5")
    # the Total of the fields table: the points with them, and each kind on a row of its own
    out = run_par(
        "--criteria", str(plan), "score", "-i", str(AT_TARGET), "-i", str(taken), env={"COLUMNS": "200"}
    )
    rows = {" ".join(line.split()[:2]): line.split() for line in out.stdout.splitlines()}
    # each in the estimate and the change columns (the baseline had none: 10.099 + 2 - 1 = 11.099,
    # the total's 96.5 - 85.401), and as what it takes off the shortfall or adds to it
    assert rows["Bonus points"][-3:] == ["2", "+2", "-2"] and rows["Penalty points"][-3:] == ["-1", "-1", "1"]
    assert rows["Total 100"][-2] == "+11.099"
    # a workbook's headline figures add up to the index: 95.5 at target (86.5 + 9) + 2 - 1 = 96.5
    book_path = tmp_path / "score.xlsx"
    args = ("--criteria", str(plan), "score", "-i", str(AT_TARGET), "-i", str(taken), "-f", "xlsx")
    assert run_par(*args, "-o", str(book_path)).exit_code == 0
    cover = {
        row[0]: row[1] for row in openpyxl.load_workbook(book_path).worksheets[0].iter_rows(values_only=True)
    }
    assert [cover[k] for k in ("Self-assessed", "Survey (estimate)", "Bonus points", "Penalty points")] == [
        86.5,
        9,
        2,
        -1,
    ]
    assert rows["Total 100"][6:8] == ["96.5", "96.50"]
    assert "bonus under field 1: 2 in all, held to its cap 1.5" in out.stdout
    assert "penalty item ky_luat: 1.5 given, held to its maximum 1" in out.stdout
    vi = run_par("--criteria", str(plan), "score", "-i", str(AT_TARGET), "-i", str(taken), "--lang", "vi")
    assert "Điểm thưởng: tính 2 trên 2,5 điểm đã ghi (giới hạn theo mức tối đa)" in vi.stdout


def test_the_index_never_passes_the_maximum_nor_0_unless_the_plan_says(tmp_path: Path) -> None:
    at_max = ACTUALS / "at_max.yaml"  # 100 of 100
    bonus = _taken(tmp_path, bonus=[("bang_khen", "1")])
    data = _score(_plan(tmp_path), at_max, bonus)
    assert data["index"] == 100  # 101, held at the maximum
    out = run_par("--criteria", str(_plan(tmp_path)), "score", "-i", str(at_max), "-i", str(bonus))
    assert "would have 101 points: the index is held at the maximum, 100" in out.stdout.replace("\n", " ")
    allowed = tmp_path / "allowed"
    allowed.mkdir()
    assert _score(_plan(allowed, "  exceed_max: true\n"), at_max, bonus)["index"] == 101
    # a penalty on nothing scored: 0 - 1 is held at 0
    empty = tmp_path / "empty.yaml"
    empty.write_text("scores: {}\n", encoding="utf-8")
    assert (
        _score(_plan(tmp_path), empty, _taken(tmp_path, "p.yaml", penalty=[("ky_luat", "1")]))["index"] == 0
    )


def test_bands_fail_under_and_compare_use_the_adjusted_index(tmp_path: Path) -> None:
    plan = _plan(tmp_path, "")
    text = plan.read_text(encoding="utf-8").replace(
        "\nbands: []\n",
        "\nbands:\n  - {name: Nhóm A, min_percent: 97}\n  - {name: Nhóm B, min_percent: 80}\n",
    )
    plan.write_text(text, encoding="utf-8")
    bonus = _taken(tmp_path, bonus=[("bang_khen", "1.5")])  # 95.5 + 1.5 = 97
    assert _score(plan, AT_TARGET, bonus)["band"]["name"] == "Nhóm A"
    assert _score(plan, AT_TARGET)["band"]["name"] == "Nhóm B"
    args = ("--criteria", str(plan), "score", "-i", str(AT_TARGET), "-i", str(bonus), "--fail-under", "97")
    assert run_par(*args).exit_code == 0
    assert run_par(*args[:-1], "97.001").exit_code == 3
    # compare: the unit with the bonus ranks above the same scores without it
    merged = tmp_path / "merged.yaml"
    data = yaml.safe_load(AT_TARGET.read_text(encoding="utf-8"))
    data["adjustments"] = yaml.safe_load(bonus.read_text(encoding="utf-8"))["adjustments"]
    merged.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    ranked = json.loads(
        run_par("--criteria", str(plan), "compare", str(AT_TARGET), str(merged), "--format", "json").stdout,
        parse_float=Decimal,
    )["files"]
    assert [(Path(f["file"]).name, f["index"]) for f in ranked] == [
        ("merged.yaml", 97),
        ("at_target.yaml", Decimal("95.5")),
    ]


def test_the_reports_list_them_after_the_fields(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    taken = _taken(tmp_path, bonus=[("bang_khen", "1")], penalty=[("ky_luat", "0.5")])
    args = ("--criteria", str(plan), "report", "-i", str(AT_TARGET), "-i", str(taken), "--format", "markdown")
    signed = run_par(*args, "--lang", "vi")
    assert signed.exit_code == 0, signed.stderr
    assert "Điểm thưởng: 1 điểm (1 mục); điểm trừ: 0,5 điểm (1 mục). Chi tiết tại bảng" in signed.stdout
    # after a heading row with the net (+1 - 0.5), each item (no STT of its own): what the plan
    # gives it for, its maximum, the points counted (a penalty less than 0), the evidence, the reason
    table = signed.stdout.replace("\\_", "_")  # Markdown escapes "_"
    assert "|  | **ĐIỂM THƯỞNG, ĐIỂM TRỪ** |  | **0,5** |" in table
    assert "|  | Điểm thưởng: Bằng khen về CCHC của cấp tỉnh trở lên | 1,5 | 1 | QĐ về bang_khen |" in table
    assert "|  | Điểm trừ: Công chức bị kỷ luật do vi phạm trong giải quyết TTHC | 1 | -0,5 |" in table
    # under the self-assessed total they add to (at target 95.5 less the survey's 9 = 86.5), then
    # the total with them: 86.5 + 1 - 0.5 = 87
    assert "|  | **TỔNG ĐIỂM TỰ ĐÁNH GIÁ** | **90** | **86,5** |  |  |\n|  | **ĐIỂM THƯỞNG" in table
    assert table.rstrip().count("**TỔNG ĐIỂM, SAU ĐIỂM THƯỞNG, ĐIỂM TRỪ** |  | **87** |") == 1
    analysis = run_par(*args, "--kind", "analysis")
    assert "Bonus and penalty points" in analysis.stdout


def test_the_signed_report_rows_add_up_when_caps_hold_points_back(tmp_path: Path) -> None:
    """Bonus: sang_kien 1 and ung_dung 1 under field 1 (its cap 1.5 holds 0.5 back), bang_khen 2 given
    of its maximum 1.5; 1.5 + 1.5 = 3 held to the bonus cap 2; penalty tre_han 0.5. The rows read
    1, 1, 1.5 (2 given), -1.5 held back by the caps (3.5 counted by item, 2 count), -0.5: 1.5 in
    all, the heading's net (2 - 0.5); the total with them 86.5 + 1.5 = 88."""
    plan = _plan(tmp_path)
    taken = _taken(
        tmp_path,
        bonus=[("sang_kien", "1"), ("ung_dung", "1"), ("bang_khen", "2")],
        penalty=[("tre_han", "0.5")],
    )
    args = ("--criteria", str(plan), "report", "-i", str(AT_TARGET), "-i", str(taken), "--format", "markdown")
    signed = run_par(*args, "--lang", "en")
    assert signed.exit_code == 0, signed.stderr
    text = signed.stdout.replace("\\_", "_")
    assert "Bonus points: 2 counted of 4 given (held to the caps); penalty points: 0.5 (" in text
    assert "|  | **BONUS AND PENALTY POINTS** |  | **1.5** |" in text
    assert (
        "Bonus points: Bằng khen về CCHC của cấp tỉnh trở lên (2 given, counted at most 1.5) | 1.5 | 1.5 |"
        in text
    )
    assert "|  | Bonus points above the caps, not counted |  | -1.5 |  |  |" in text
    assert "|  | Penalty points: Báo cáo CCHC gửi trễ hạn | 2.5 | -0.5 |" in text
    assert "|  | **TOTAL, WITH BONUS AND PENALTY POINTS** |  | **88** |  |  |" in text


def test_an_item_the_plan_does_not_declare_is_refused_with_a_suggestion(tmp_path: Path) -> None:
    path = _taken(tmp_path, bonus=[("sang_kein", "1")])
    result = run_par("--criteria", str(_plan(tmp_path)), "score", "-i", str(path), "--format", "json")
    assert_problem(result, path, Code.UNKNOWN_ADJUSTMENT, "5:11")  # the item named
    assert "(did you mean 'sang_kien'?)" in result.stderr


def test_an_item_twice_in_a_file_and_two_files_that_disagree(tmp_path: Path) -> None:
    plan = _plan(tmp_path)
    twice = _taken(tmp_path, bonus=[("bang_khen", "1"), ("bang_khen", "1")])
    result = run_par("--criteria", str(plan), "score", "-i", str(twice), "--format", "json")
    assert_problem(result, twice, Code.DUPLICATE_ADJUSTMENT, "10:11")  # the second one
    first = _taken(tmp_path, "a.yaml", bonus=[("bang_khen", "1")])
    second = _taken(tmp_path, "b.yaml", bonus=[("bang_khen", "1.5")])
    result = run_par("--criteria", str(plan), "score", "-i", str(first), "-i", str(second))
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {second}:6:13: bang_khen: points is 1.5 here but 1 at {first}:6:13 "
        "(agree on one value; the same value in several files is fine)\n"
    )
    same = _taken(tmp_path, "c.yaml", bonus=[("bang_khen", "1")])
    assert _score(plan, first, same)["adjustments"]["bonus"]["total"] == 1  # the same item once


def test_negative_points_are_refused(tmp_path: Path) -> None:
    path = _taken(tmp_path, penalty=[("ky_luat", "-1")])
    result = run_par("--criteria", str(_plan(tmp_path)), "score", "-i", str(path), "--format", "json")
    assert_problem(result, path, Code.NEGATIVE_NUMBER, "6:13")


def test_the_plan_declares_none_in_the_bundled_plan(tmp_path: Path) -> None:
    assert (
        json.loads(run_par("score", "-i", str(AT_TARGET), "--format", "json").stdout)["adjustments"] is None
    )


@pytest.mark.parametrize("language", ["en", "vi"])
def test_no_points_taken_reads_as_none(tmp_path: Path, language: str) -> None:
    out = run_par(
        "--criteria", str(_plan(tmp_path)), "score", "-i", str(AT_TARGET), "--lang", language
    ).stdout
    assert ("Bonus points: none" if language == "en" else "Điểm thưởng: không có") in out
