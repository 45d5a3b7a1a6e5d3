"""The collection round: who scores each criterion, what each office's file may hold, and how the
offices' files merge. Every expectation is read off the plans by hand (see each comment)."""

from __future__ import annotations

import json
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import FIXTURES, run_par
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from par_cli.core.plan import load_plan
from par_cli.core.round import Round
from par_cli.core.units import falls_on

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
COMMUNE = FIXTURES / "criteria" / "commune_2026.yaml"
BUNDLED = Path(__file__).resolve().parent.parent / "data" / "criteria_2024.yaml"
ROUND = [EXAMPLES / f"{name}.yaml" for name in ("noi_vu", "tu_phap", "van_phong", "tai_chinh_ke_hoach")]


def _scored_by(plan_path: Path | None = None) -> dict[str | None, list[str]]:
    the_round = Round.of(load_plan(plan_path))
    found: dict[str | None, list[str]] = {}
    for criterion_id, scorer in the_round.scorers.items():
        found.setdefault(scorer.unit, []).append(criterion_id)
    return found


def test_who_scores_each_criterion_of_the_bundled_plan() -> None:
    scored = _scored_by()
    # Led by one office: that office (the appendix's lead column).
    assert scored["tu_phap"] == ["2.1", "2.2", "2.3", "2.4"]
    assert scored["tai_chinh_ke_hoach"] == ["6.1", "6.2", "6.3", "6.4", "8.2", "8.3"]
    # 3.1, 3.2, 3.3, 3.5 it leads; 7.3 names no lead and lies in field 7, which it oversees (4.4)
    assert scored["van_phong"] == ["3.1", "3.2", "3.3", "3.5", "7.3"]
    # Phòng Nội vụ, the collector (section 4.2): the 14 it leads (8.1 with the groups), every
    # criterion led by a group (1.7, 3.4, 3.6, 3.7, 4.3-4.6, 5.1, 5.6, 5.7, 7.1, 7.2, 7.4), 8.5
    # (two co-leads) and 8.4 (no lead, and field 8 has no overseer)
    assert scored["noi_vu"] == [
        *("1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7"),
        *("3.4", "3.6", "3.7", "3.8"),
        *("4.1", "4.2", "4.3", "4.4", "4.5", "4.6"),
        *("5.1", "5.2", "5.3", "5.4", "5.5", "5.6", "5.7"),
        *("7.1", "7.2", "7.4", "8.1", "8.4", "8.5"),
    ]
    # 8.6, which the appendix does not list, is led by section 4.6's office, which scores it
    assert scored["kinh_te_ha_tang"] == ["8.6"]
    assert sum(len(ids) for ids in scored.values()) == 46  # one scorer each, nobody left out
    reasons = Round.of(load_plan()).scorers
    assert reasons["7.3"].reason == "overseer" and reasons["8.4"].reason == "collector"
    assert reasons["3.7"].reason == "collector"  # the one-stop desk and both groups


def test_a_commune_plan_without_a_collector() -> None:
    scored = _scored_by(COMMUNE)
    # No collector: the criteria led by a group (5.4), by several units (2.3: two offices; 3.2.1
    # and 7.3: an office and the group) have no scoring office: the unit's own file scores them.
    assert scored[None] == ["2.3", "3.2.1", "5.4", "7.3"]
    # The survey sub-criteria 3.3.1 and 3.3.2 name no lead: field 3's overseer (section III.2)
    assert scored["trung_tam"] == ["3.1", "3.2.2", "3.2.3", "3.3.1", "3.3.2"]
    # 7.4.2 names no lead: the nearest overseer is that of 7.4 (Phòng Kinh tế, III.3), not field 7's
    assert scored["phong_kinh_te"] == ["6.1", "6.2", "6.3", "7.4.1", "7.4.2"]
    assert scored["van_hoa_xa_hoi"] == ["1.4"]
    out = run_par("validate", str(COMMUNE)).stdout
    assert "4 criteria have no scoring office (2.3, 3.2.1, 5.4, 7.3)" in " ".join(out.split())


def test_roles_of_an_office() -> None:
    the_round = Round.of(load_plan())
    form = {node.id: role for node, role in the_round.form("van_phong")}
    # scores 5 (above); oversees 3.8 (Phòng Nội vụ's, in field 3); contributes to the 13 criteria
    # of the offices' group, 3.7 also through its desk, and 8.5, which it co-leads
    assert [i for i, r in form.items() if r == "scores"] == ["3.1", "3.2", "3.3", "3.5", "7.3"]
    assert [i for i, r in form.items() if r == "oversees"] == ["3.8"]
    assert len([i for i, r in form.items() if r == "contributes"]) == 14
    assert form["8.5"] == "contributes"
    assert {node.id: role for node, role in the_round.form("mot_cua")} == {"3.7": "contributes"}


def test_the_plan_names_a_scorer_of_its_own(tmp_path: Path) -> None:
    text = BUNDLED.read_text(encoding="utf-8")
    # 8.4 (no lead): the plan gives it to Phòng Tài chính – Kế hoạch; field 1 as a whole to Tư pháp
    text = text.replace(
        "        # The source gives neither a task nor a lead unit for 8.4.\n",
        "        scorer: tai_chinh_ke_hoach\n",
    )
    text = text.replace(
        "    name: CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC\n",
        "    name: CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC\n    scorer: tu_phap\n",
    )
    path = tmp_path / "plan.yaml"
    path.write_text(text, encoding="utf-8")
    scorers = Round.of(load_plan(path)).scorers
    assert scorers["8.4"] == ("tai_chinh_ke_hoach", "plan")
    assert {scorers[f"1.{n}"].unit for n in range(1, 8)} == {"tu_phap"}  # inherited by 1.1-1.7


def test_an_office_file_scores_only_what_the_office_scores(tmp_path: Path) -> None:
    path = tmp_path / "tu_phap.yaml"
    path.write_text(
        'unit: tu_phap\nscores:\n  "2.1": 3\n  "3.4": {score: 7, evidence: [QĐ 1]}\n', encoding="utf-8"
    )
    result = run_par("score", "-i", str(path))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == (
        f"error: {path}:4:18: 3.4: Phòng Tư pháp does not score 3.4, so its file gives no score for it; "
        "Phòng Nội vụ scores it (send only its evidence and explanation, or leave out unit: to make it "
        "the unit's own file)\n"
    )
    # the same in a plan with no collector: nobody's form scores 5.4, the unit's own file does
    commune = tmp_path / "office.yaml"
    commune.write_text('unit: van_phong\nnot_applicable:\n  "5.4": Không có\n', encoding="utf-8")
    refused = run_par("score", "--criteria", str(COMMUNE), "-i", str(commune), "--format", "json")
    records = json.loads(refused.stdout)["problems"]
    assert [r["code"] for r in records] == ["not-the-scorer"]
    assert "the unit itself (no collector) scores it" in records[0]["message"]


def test_the_round_merges_without_a_conflict() -> None:
    result = run_par("score", *[a for p in ROUND for a in ("-i", str(p))], "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout, parse_float=Decimal)
    # 8.6 waits for Phòng Kinh tế – Hạ tầng's form, which the round has not sent: not scored yet
    assert data["kind"] == "unit" and data["coverage"] == {"scored": 45, "of": 46}
    assert data["missing"] == ["8.6"]
    # the four offices' scores: Nội vụ 65.3 (of which 8.5 survey), Tư pháp 11, Văn phòng 5.2,
    # Tài chính 11.95 (3.95 + 1 + 5 + 1 + 0.5 + 0.5): 93.45
    assert data["index"] == Decimal("93.45")
    by_id = {c["id"]: c for c in data["criteria"]}
    # 3.4: Nội vụ scores it with no evidence of its own; Tư pháp's and the Văn phòng's lines, each
    # with the office that sent it
    assert by_id["3.4"]["score"] == 7
    assert list(zip(by_id["3.4"]["evidence_from"], by_id["3.4"]["evidence"], strict=True)) == [
        ("tu_phap", "Sổ theo dõi hồ sơ TTHC lĩnh vực tư pháp năm 2024"),
        ("van_phong", "Báo cáo số 205/BC-UBND ngày 10/12/2024, mục 3.4"),
    ]
    csv = run_par("score", *[a for p in ROUND for a in ("-i", str(p))], "--format", "csv").stdout
    assert "Phòng Tư pháp: Sổ theo dõi hồ sơ TTHC lĩnh vực tư pháp năm 2024" in csv


def test_two_scores_from_two_files_stay_a_conflict(tmp_path: Path) -> None:
    path = tmp_path / "unit.yaml"  # a file naming no office may score anything
    path.write_text('scores:\n  "2.1": 2\n', encoding="utf-8")
    result = run_par("score", "-i", str(EXAMPLES / "tu_phap.yaml"), "-i", str(path))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"error: {path}:2:10: 2.1: score is 2 here but 3 at {EXAMPLES / 'tu_phap.yaml'}:7:18 "
        "(agree on one value; the same value in several files is fine)"
    ]


def test_the_same_score_in_two_files_is_no_conflict(tmp_path: Path) -> None:
    path = tmp_path / "unit.yaml"
    path.write_text('scores:\n  "2.1": 3\n', encoding="utf-8")
    result = run_par("score", "-i", str(EXAMPLES / "tu_phap.yaml"), "-i", str(path), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["total"] == 11  # 3 + 1.5 + 4.5 + 2: 2.1 counted once


@pytest.mark.parametrize("language", ["en", "vi"])
def test_compare_ranks_offices_on_what_they_score(tmp_path: Path, language: str) -> None:
    contributes = tmp_path / "van_hoa.yaml"
    contributes.write_text(
        'unit: van_hoa_thong_tin\nscores:\n  "7.2": {evidence: [QĐ 5]}\n', encoding="utf-8"
    )
    files = [str(p) for p in ROUND] + [str(contributes)]
    result = run_par("compare", *files, "--format", "json", env={"PAR_LANG": language})
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout, parse_float=Decimal)
    ranked = {Path(e["file"]).stem: (e["rank"], e["index"], e["coverage"]) for e in data["files"]}
    # Tư pháp: 11 of 11 (100 %, not 11 of the 59 points that fall on it, 18.64 %); Tài chính:
    # 11.95 of 12 = 99.583 %; Nội vụ: 65.3 of 70.5 = 92.624 %; Văn phòng: 5.2 of 6 = 86.667 %
    assert ranked == {
        "tu_phap": (1, Decimal("100"), {"scored": 4, "of": 4}),
        "tai_chinh_ke_hoach": (2, Decimal("99.58"), {"scored": 6, "of": 6}),
        "noi_vu": (3, Decimal("92.62"), {"scored": 30, "of": 30}),
        "van_phong": (4, Decimal("86.67"), {"scored": 5, "of": 5}),
    }
    # Phòng Văn hóa và Thông tin scores nothing: listed apart, never ranked
    assert data["contributions_only"] == [{"file": str(contributes), "office": "van_hoa_thong_tin"}]


OFFICES = ["a", "b", "c"]  # three offices; "d" is a desk of "a"; "all" groups a, b and c


@st.composite
def _plans(draw: st.DrawFn) -> str:
    """A plan of two fields of 2 to 5 criteria, each led by any mix of the units (or none), with
    an overseer for some fields and a collector or none."""
    units = ["a", "b", "c", "d", "all"]
    collector = draw(st.sampled_from([None, *OFFICES]))
    lines = ["plan:", "  document_type: Plan", "  title: T", "  issuer: I", "  locality: L", "  province: P"]
    lines += ["  year: 2031", *([f"  collector: {collector}"] if collector else []), "units:"]
    lines += [f"  - {{id: {u}, name: Office {u}}}" for u in OFFICES]
    lines += [
        "  - {id: d, name: Desk, part_of: a}",
        "  - {id: all, name: All, kind: group, members: [a, b, c]}",
    ]
    overseen = draw(st.lists(st.sampled_from(["1", "2"]), unique=True))
    if overseen:
        lines += [
            "assignments:",
            "  - {section: '4', heading: H, units: [b], oversees: [" + ", ".join(overseen) + "]}",
        ]
    lines.append("fields:")
    for field in ("1", "2"):
        count = draw(st.integers(2, 5))
        lines += [
            f'  - id: "{field}"',
            "    name: F",
            f"    max: {count}",
            f"    target: {count}",
            "    criteria:",
        ]
        for number in range(1, count + 1):
            leads = draw(st.lists(st.sampled_from(units), unique=True, max_size=3))
            lines += [
                f'      - {{id: "{field}.{number}", name: C, max: 1, target: 1, lead: [{", ".join(leads)}]}}'
            ]
    lines += ["totals:", f"  max: {sum(1 for x in lines if 'name: C' in x)}"]
    lines.append(f"  target: {sum(1 for x in lines if 'name: C' in x)}")
    return "\n".join(lines) + "\n"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_plans())
def test_every_criterion_has_one_scorer_and_every_office_its_part(text: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.yaml"
        path.write_text(text, encoding="utf-8")
        plan = load_plan(path)
    the_round = Round.of(plan)
    for node in plan.criteria():
        scorer = the_round.scorer(node.id)
        assert scorer is None or scorer in OFFICES  # one office: never a group, never the desk
        assert scorer is not None or plan.file.plan.collector is None  # nobody only without collector
        for unit in plan.units:
            role = the_round.role(node, unit)
            assert (role == "scores") == (unit == scorer)
            if falls_on(plan, node, unit):  # nothing that falls on an office is left out of its form
                assert role in ("scores", "contributes")
    forms = {unit: dict((n.id, r) for n, r in the_round.form(unit)) for unit in plan.units}
    scored = [i for form in forms.values() for i, r in form.items() if r == "scores"]
    assert sorted(scored) == sorted(i for i, s in the_round.scorers.items() if s.unit is not None)
