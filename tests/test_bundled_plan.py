"""The bundled plan holds the appendix as printed (figures checked by hand against the source)."""

from __future__ import annotations

import json
from decimal import Decimal

from helpers import run_par

from par_cli.core.model import COLUMNS
from par_cli.core.plan import load_plan


def test_plan_has_every_field_and_criterion() -> None:
    plan = load_plan()
    assert [f.id for f in plan.fields] == ["1", "2", "3", "4", "5", "6", "7", "8"]
    # criteria per field as printed: 7 + 4 + 8 + 6 + 7 + 4 + 4 + 5 = 45; and 8.6, which the
    # appendix does not list (section 4.6 gives it), marked so
    listed = [[c for c in f.criteria if c.unlisted is None] for f in plan.fields]
    assert [len(criteria) for criteria in listed] == [7, 4, 8, 6, 7, 4, 4, 5]
    assert [c.id for c in plan.criteria() if c.unlisted is not None] == ["8.6"]
    assert len(list(plan.criteria())) == 46
    assert plan.file.plan.year == 2024
    assert plan.file.plan.baseline_year == 2023
    assert [b.number for b in plan.file.plan.legal_bases] == ["2655/QĐ-UBND", "04/QĐ-UBND", "151/QĐ-UBND"]


def test_grand_totals_are_the_printed_ones() -> None:
    totals = load_plan().file.totals
    assert (totals.max, totals.baseline, totals.target) == (
        Decimal("100"),
        Decimal("85.401"),
        Decimal("95.5"),
    )


def test_field_subtotals_sum_to_grand_totals() -> None:
    plan = load_plan()
    # 14+11+17+7.5+11+11+15.5+13 = 100; 12+11+14.928+7.5+8+10.914+10.729+10.33 = 85.401;
    # 14+11+16+7.5+11+11+13+12 = 95.5
    for column, expected in zip(COLUMNS, ("100", "85.401", "95.5"), strict=True):
        assert sum((getattr(f, column) for f in plan.fields), Decimal(0)) == Decimal(expected)


def test_known_source_mismatches_with_their_amounts() -> None:
    found = {(m.node_id, m.column): (m.printed, m.computed, m.difference) for m in load_plan().mismatches}
    assert found == {
        # field 1, 2023: printed 12; 2+1+2+4+1.5+1.5+2 = 14
        ("1", "baseline"): (Decimal("12"), Decimal("14"), Decimal("-2")),
        # field 8, max: printed 13; 10+0.5+0.5+0.5+1 = 12.5
        ("8", "max"): (Decimal("13"), Decimal("12.5"), Decimal("0.5")),
        # field 8, target: printed 12; 9+0.5+0.5+0.5+1 = 11.5
        ("8", "target"): (Decimal("12"), Decimal("11.5"), Decimal("0.5")),
    }


def test_numbers_keep_their_printed_decimals() -> None:
    plan = load_plan()
    assert plan.nodes["3.4"].baseline == Decimal("6.928")
    assert plan.nodes["7.3"].baseline == Decimal("1.059")
    assert str(plan.nodes["6.1"].baseline) == "3.914"
    assert all(isinstance(n.max, Decimal) for n in plan.nodes.values())


# Lead units of every criterion, read off the appendix's last column.
GROUPS = ["phong_ban", "ubnd_xa"]
LEADS = {
    **{f"1.{i}": ["noi_vu"] for i in range(1, 7)},
    "1.7": GROUPS,
    **{f"2.{i}": ["tu_phap"] for i in range(1, 5)},
    "3.1": ["van_phong"],
    "3.2": ["van_phong"],
    "3.3": ["van_phong"],
    "3.4": GROUPS,
    "3.5": ["van_phong"],
    "3.6": GROUPS,
    "3.7": ["mot_cua", *GROUPS],
    "3.8": ["noi_vu"],
    "4.1": ["noi_vu"],
    "4.2": ["noi_vu"],
    "4.3": GROUPS,
    "4.4": ["ubnd_xa"],
    "4.5": GROUPS,
    "4.6": ["phong_ban"],
    "5.1": GROUPS,
    **{f"5.{i}": ["noi_vu"] for i in range(2, 6)},
    "5.6": GROUPS,
    "5.7": ["ubnd_xa"],
    **{f"6.{i}": ["tai_chinh_ke_hoach"] for i in range(1, 5)},
    "7.1": GROUPS,
    "7.2": GROUPS,
    "7.3": [],
    "7.4": ["van_phong", *GROUPS],
    "8.1": ["noi_vu", *GROUPS],
    "8.2": ["tai_chinh_ke_hoach"],
    "8.3": ["tai_chinh_ke_hoach"],
    "8.4": [],
    "8.5": ["tai_chinh_ke_hoach", "van_phong"],
    "8.6": ["kinh_te_ha_tang"],  # not in the appendix: section 4.6's office
}


def test_lead_units_of_every_criterion() -> None:
    assert {c.id: list(c.lead) for c in load_plan().criteria()} == LEADS


def test_lead_text_kept_as_printed() -> None:
    plan = load_plan()
    assert plan.nodes["3.5"].lead_text == "Văn phòng HĐND-UBND huyện"
    assert plan.nodes["8.5"].lead_text == "Phòng Tài chính – Kế hoạch, Văn phòng HĐND – UBND huyện"
    assert plan.nodes["7.3"].lead_text is None


def test_survey_criterion_and_split_rows() -> None:
    plan = load_plan()
    assert [c.id for c in plan.criteria() if c.scored_by == "survey"] == ["8.1"]
    assert plan.nodes["8"].name.endswith("CÁC CHỈ TIÊU PHÁT TRIỂN KINH TẾ XÃ HỘI CỦA ĐỊA PHƯƠNG")
    assert "63/2010/NĐ-CP và Nghị định số 92/2017" in plan.nodes["3.5"].task[0]
    assert len(plan.nodes["4.1"].task) == 4


def test_units_groups_and_oversight() -> None:
    plan = load_plan()
    assert plan.units["phong_ban"].kind == "group"
    assert "noi_vu" in plan.units["phong_ban"].members
    oversees = {u: list(a.oversees) for a in plan.file.assignments for u in a.units if a.oversees}
    assert oversees == {
        "noi_vu": ["1", "4", "5"],
        "tu_phap": ["2"],
        "van_phong": ["3", "7"],
        "tai_chinh_ke_hoach": ["6"],
    }
    assigned = {u for a in plan.file.assignments for u in a.units}
    # units that lead no criterion still have duties
    assert {"kinh_te_ha_tang", "van_hoa_thong_tin", "trung_tam_vhttt"} <= assigned


def test_the_one_stop_desk_is_a_desk_of_the_van_phong() -> None:
    plan = load_plan()
    assert plan.units["mot_cua"].part_of == "van_phong"
    assert "mot_cua" not in plan.units["phong_ban"].members
    result = run_par("by-unit", "--format", "json")
    units = {u["id"]: u for u in json.loads(result.stdout)["units"]}
    # the group's 13 criteria no longer fall on the desk; its own 3.7 falls on the Văn phòng through it
    assert units["mot_cua"]["criteria"] == ["3.7"] and units["mot_cua"]["via_group"] == []
    assert units["van_phong"]["groups"]["3.7"] == "mot_cua"


def test_points_no_row_carries_are_a_criterion_the_appendix_does_not_list() -> None:
    data = json.loads(run_par("gaps", "--format", "json").stdout, parse_float=Decimal)
    rows = {r["id"]: r for r in data["rows"]}
    # field 8's 0.5 points are 8.6's (max 0.5, 2023 0, target 0.5), led by Phòng Kinh tế – Hạ tầng:
    # no unattributed row is left for field 8, and the total still reconciles (14.599)
    assert "8" not in rows
    assert (rows["8.6"]["gap"], rows["8.6"]["units"]) == (Decimal("0.5"), ["kinh_te_ha_tang"])
    assert data["total_gap"] == Decimal("14.599")
    # 7.3 names no lead: the Văn phòng oversees field 7 (section 4.4); nobody oversees field 8
    assert rows["7.3"]["units"] == [] and rows["7.3"]["overseen_by"] == ["van_phong"]
    out = run_par("gaps", env={"COLUMNS": "200"}).stdout
    assert "8.6  Mức độ thu hút đầu tư, mức độ phát triển doanh nghiệp (not in the appendix)" in out
    assert "Not in the appendix: criterion 8.6, Mức độ thu hút đầu tư" in out
    assert "Văn phòng HĐND – UBND huyện (oversees field 7)" in out
    overview = run_par("by-unit", env={"COLUMNS": "200"}).stdout
    assert "likely owner" not in overview  # it leads 8.6 now


def test_field_1s_printed_2023_subtotal_is_likely_a_penalty() -> None:
    # Every criterion of field 1 prints its maximum for 2023 (sum 14), the field prints 12: the
    # recorded mismatch names a penalty (điểm trừ) as its likely cause, which validate and gaps say.
    plan = load_plan()
    (mismatch,) = [m for m in plan.mismatches if m.node_id == "1"]
    assert (mismatch.column, mismatch.difference, mismatch.likely_cause) == ("baseline", -2, "penalty")
    validated = run_par("validate", env={"COLUMNS": "200"}).stdout
    assert (
        "(difference -2)" in validated
        and "Likely cause: a penalty (điểm trừ) taken off the field" in validated
    )
    data = json.loads(run_par("gaps", "--format", "json").stdout, parse_float=Decimal)
    row = next(r for r in data["rows"] if r["id"] == "1")
    assert (row["unattributed"], row["gap"], row["likely_cause"]) == (True, 2, "penalty")
    out = run_par("gaps", env={"COLUMNS": "200"}).stdout
    assert "Unattributed: the printed subtotal of field 1 loses more than its rows (likely a penalty)" in out
    vi = run_par("gaps", "--lang", "vi", env={"COLUMNS": "200"}).stdout
    assert "(nhiều khả năng do điểm trừ)" in vi


def test_field_8s_mismatches_stay_true_of_the_appendix_and_8_6_makes_them_up() -> None:
    plan = load_plan()
    recorded = {(m.node_id, m.column): m for m in plan.mismatches}
    # printed 13 and 12; the appendix's 8.1–8.5 sum to 12.5 and 11.5; 8.6 gives 0.5 and 0.5
    assert recorded[("8", "max")].computed == Decimal("12.5")
    assert recorded[("8", "max")].explained_by == ("8.6",)
    assert recorded[("8", "target")].explained_by == ("8.6",)
    # its 2023 score: the printed 10.33 is exactly 8.1–8.5's, so 0 is what the appendix leaves it
    assert plan.nodes["8.6"].baseline == 0 and ("8", "baseline") not in recorded
    assert "8.6, which the appendix does not list, makes up the difference" in run_par("validate").stdout
