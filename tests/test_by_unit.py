"""`par by-unit`: what falls on each office, figures computed by hand from the appendix."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest
from helpers import run_par

GROUP_CRITERIA_NOT_LED_BY_NOI_VU = [
    "1.7",
    "3.4",
    "3.6",
    "3.7",
    "4.3",
    "4.5",
    "4.6",
    "5.1",
    "5.6",
    "7.1",
    "7.2",
    "7.4",
]


def _units() -> dict[str, dict]:  # type: ignore[type-arg]
    result = run_par("by-unit", "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout, parse_float=Decimal)
    assert data["unassigned"] == ["7.3", "8.4"]
    return {u["id"]: u for u in data["units"]}


def test_noi_vu() -> None:
    unit = _units()["noi_vu"]
    assert unit["criteria"] == [
        "1.1",
        "1.2",
        "1.3",
        "1.4",
        "1.5",
        "1.6",
        "3.8",
        "4.1",
        "4.2",
        "5.2",
        "5.3",
        "5.4",
        "5.5",
        "8.1",
    ]
    assert unit["shared"] == ["8.1"]
    assert unit["via_group"] == GROUP_CRITERIA_NOT_LED_BY_NOI_VU
    # own: 2+1+2+4+1.5+1.5 (1.1-1.6) + 1 (3.8) + 1+2 (4.1, 4.2) + 0.5*3+1 (5.2-5.5) + 10 (8.1) = 28.5
    # lost only on 8.1: 10 - 7.83 = 2.17; to recover 9 - 7.83 = 1.17
    assert (unit["at_stake"], unit["lost"], unit["to_recover"]) == (
        Decimal("28.5"),
        Decimal("2.17"),
        Decimal("1.17"),
    )
    # through the group: 2+7+2+3+1.5+1+1+2+5+8+4+1.5 = 38 more at stake;
    # lost 0.072+2+2+1+0.65+3.18 = 8.902 more; to recover 0.072+1+2+1+0.65+1.18 = 5.902 more
    assert unit["with_groups"] == {
        "at_stake": Decimal("66.5"),
        "lost": Decimal("11.072"),
        "to_recover": Decimal("7.072"),
    }
    assert unit["oversees"] == ["1", "4", "5"]
    assert [d["section"] for d in unit["duties"]] == ["4.2"] * 4


def test_tai_chinh_ke_hoach() -> None:
    unit = _units()["tai_chinh_ke_hoach"]
    assert unit["criteria"] == ["6.1", "6.2", "6.3", "6.4", "8.2", "8.3", "8.5"]
    assert unit["shared"] == ["8.5"]
    # 4+1+5+1 + 0.5+0.5 + 1 = 13; lost 4 - 3.914 = 0.086, all of it planned back (target 4)
    assert (unit["at_stake"], unit["lost"], unit["to_recover"]) == (13, Decimal("0.086"), Decimal("0.086"))
    assert unit["with_groups"]["at_stake"] == 61  # 13 + 38 + 10 (8.1 through the group)
    assert unit["oversees"] == ["6"]


def test_groups_and_units_without_criteria() -> None:
    units = _units()
    assert units["phong_ban"]["criteria"] == [
        "1.7",
        "3.4",
        "3.6",
        "3.7",
        "4.3",
        "4.5",
        "4.6",
        "5.1",
        "5.6",
        "7.1",
        "7.2",
        "7.4",
        "8.1",
    ]
    assert units["phong_ban"]["via_group"] == []
    # units that lead nothing still carry the group's criteria and their own duties
    assert units["kinh_te_ha_tang"]["criteria"] == ["8.6"]  # the one the appendix does not list
    assert len(units["kinh_te_ha_tang"]["via_group"]) == 13
    assert [d["section"] for d in units["kinh_te_ha_tang"]["duties"]] == ["4.6"]
    assert units["mot_cua"]["criteria"] == ["3.7"]


def test_overview_then_each_unit_with_all() -> None:
    out = run_par("by-unit", env={"COLUMNS": "200"}).stdout
    assert out.index("Units") < out.index("Criteria with no lead unit")
    assert "\nPhòng Nội vụ\n" not in out  # the overview is one screen: no per-unit tables
    assert "par by-unit --all" in out
    row = next(line.split() for line in out.splitlines() if line.startswith(" Phòng Nội vụ"))
    # led, at stake, lost, to recover, jointly, and the 30 criteria it scores (see test_round.py)
    assert row[-6:] == ["14", "28.5", "2.17", "1.17", "12", "30"]
    every = run_par("by-unit", "--all", env={"COLUMNS": "200"}).stdout
    assert (
        every.index("Units")
        < every.index("\nPhòng Nội vụ\n")  # the title of its table
        < every.index("Criteria with no lead unit")
    )


@pytest.mark.parametrize(
    ("query", "unit"),
    [
        ("noi vu", "noi_vu"),
        ("TU PHAP", "tu_phap"),
        ("tài chính", "tai_chinh_ke_hoach"),
        ("mot_cua", "mot_cua"),
        ("HĐND-UBND", "van_phong"),
        ("ubnd cap xa", "ubnd_xa"),
    ],
)
def test_unit_filter_folds_diacritics_and_case(query: str, unit: str) -> None:
    result = run_par("by-unit", "--unit", query, "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert [u["id"] for u in json.loads(result.stdout)["units"]] == [unit]


def test_one_unit_in_full() -> None:
    out = run_par("by-unit", "--unit", "noi vu", env={"COLUMNS": "200"}).stdout
    assert out.startswith("Phòng Nội vụ\n")
    assert "Oversees fields: 1 CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC" in out
    assert "Chủ trì tham mưu UBND huyện tự đánh giá" in out  # a duty of 4.2
    assert "Thực hiện hoàn thành 100% Hoạt động" in out  # the task of 1.1
    assert "jointly (Các phòng, ban, đơn vị)" in out  # a criterion of the group it belongs to


def test_ambiguous_and_unknown_units_exit_2() -> None:
    ambiguous = run_par("by-unit", "--unit", "phong")
    assert ambiguous.exit_code == 2
    assert "matches several units: noi_vu (Phòng Nội vụ); tu_phap" in ambiguous.stderr
    unknown = run_par("by-unit", "--unit", "xyz")
    assert unknown.exit_code == 2
    assert "matches no unit; the units are: noi_vu" in unknown.stderr
    assert unknown.stdout == ""


def test_csv_is_one_row_per_unit_and_criterion() -> None:
    text = run_par("by-unit", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    noi_vu = [r for r in rows if r["unit"] == "noi_vu"]
    # 14 it leads, 12 through its group, and 4.4, 5.7 (led by the communes' group, which it is
    # not a member of), 8.4 (no lead, no overseer) and 8.5 (two co-leads) that it scores as collector
    assert len(noi_vu) == 14 + 12 + 4
    assert {r["how"] for r in noi_vu} == {"own", "shared", "via_group", "beyond", "none"}
    assert {r["role"] for r in noi_vu} == {"scores"}
    tu_phap = {r["id"]: (r["role"], r["scorer"]) for r in rows if r["unit"] == "tu_phap"}
    assert tu_phap["2.1"] == ("scores", "tu_phap")
    assert tu_phap["3.4"] == ("contributes", "noi_vu")
    assert {r["unit_name"] for r in noi_vu} == {"Phòng Nội vụ"}  # ids for scripts, names beside them


def test_each_unit_says_its_role_on_each_criterion() -> None:
    units = _units()
    # Phòng Tư pháp scores the 4 criteria of field 2 it leads, and contributes to the 13 of the
    # offices' group ("Các phòng, ban, đơn vị"), which the collector (Phòng Nội vụ) scores.
    roles = units["tu_phap"]["roles"]
    assert units["tu_phap"]["scores"] == ["2.1", "2.2", "2.3", "2.4"]
    assert sorted(i for i, r in roles.items() if r == "contributes") == sorted(units["phong_ban"]["criteria"])
    # The Văn phòng oversees fields 3 and 7: it scores 7.3 (no lead), oversees 3.8 (Phòng Nội vụ's)
    assert units["van_phong"]["roles"]["7.3"] == "scores"
    assert units["van_phong"]["roles"]["3.8"] == "oversees"
    assert units["van_phong"]["roles"]["3.7"] == "contributes"  # through its desk, the one-stop desk


def test_one_unit_says_what_it_scores_contributes_to_and_oversees() -> None:
    out = run_par("by-unit", "--unit", "van phong", env={"COLUMNS": "200"}).stdout
    # 3.1, 3.2, 3.3, 3.5 (1 point each) and 7.3 (2 points): 6 points
    assert "In the round: scores 5 criteria (6 points), contributes to 14, oversees 1" in out
    row = next(line for line in out.splitlines() if line.startswith(" 3.8 "))
    assert "led by others" in row and "oversees; Phòng Nội vụ scores" in row
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(" 7.3 "))
    assert "Văn phòng HĐND – UBND huyện" in lines[at] and " scores " in lines[at]
    assert "(oversees field 7)" in lines[at + 1]  # no lead: the office that oversees field 7
    vi = run_par("by-unit", "--unit", "tu phap", env={"COLUMNS": "200", "PAR_LANG": "vi"}).stdout
    assert "Đơn vị tổng hợp: Phòng Nội vụ" in vi
    assert "góp tài liệu, giải trình;" in vi  # the role, wrapped in its column: "...; Phòng Nội vụ chấm"
