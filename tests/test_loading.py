"""The YAML reader keeps every scalar as text and the plan loader normalises it."""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import FIXTURES

from par_cli.core.plan import load_plan
from par_cli.core.problems import Code, DataError
from par_cli.readers.yamlsource import parse_source
from par_cli.texts.labels import Labels
from par_cli.texts.messages import line


def test_scalars_stay_text() -> None:
    data = parse_source(b"a: 1.10\nb: 1.1\nc: yes\nd: 010\ne: 1:30\nf: 2024-01-03\ng:\nh: ~\n").data
    assert data == {
        "a": "1.10",
        "b": "1.1",
        "c": "yes",
        "d": "010",
        "e": "1:30",
        "f": "2024-01-03",
        "g": None,
        "h": None,
    }


def test_ids_like_1_10_do_not_collide_with_1_1() -> None:
    assert parse_source(b"1.1: a\n1.10: b\n").data == {"1.1": "a", "1.10": "b"}


def test_three_level_plan_validates() -> None:
    plan = load_plan(FIXTURES / "criteria" / "three_levels.yaml")
    assert [c.id for c in plan.criteria()] == ["A.1.1", "A.1.10", "A.2"]
    assert plan.nodes["A.2"].baseline == Decimal("0.5")  # written with a decimal comma: 0,5
    assert plan.parent["A.1.10"] == "A.1"
    assert plan.field_of["A.1.10"] == "A"


def test_sub_criteria_sums_are_checked(tmp_path: Path) -> None:
    text = (FIXTURES / "criteria" / "three_levels.yaml").read_text(encoding="utf-8")
    path = tmp_path / "plan.yaml"
    path.write_text(text.replace("max: 0.75", "max: 0.5", 1), encoding="utf-8")
    with pytest.raises(DataError) as caught:
        load_plan(path)
    problem = caught.value.problems[0]  # the first of the sums that no longer hold
    assert problem.code is Code.SUBTOTAL_MISMATCH
    assert problem.params["printed"] == 2 and problem.params["computed"] == Decimal("1.75")
    assert "A.1: max is printed as 2 but the rows below sum to 1.75" in line(problem, Labels("en"))


def test_utf8_bom_and_nfd_text_are_accepted(tmp_path: Path) -> None:
    text = (FIXTURES / "criteria" / "mini.yaml").read_text(encoding="utf-8")
    text = text.replace("Field one", unicodedata.normalize("NFD", "Lĩnh vực một"))
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    plan = load_plan(path)
    assert plan.nodes["1"].name == unicodedata.normalize("NFC", "Lĩnh vực một")


def test_utf16_file_is_read(tmp_path: Path) -> None:
    text = (FIXTURES / "criteria" / "mini.yaml").read_text(encoding="utf-8")
    path = tmp_path / "utf16.yaml"
    path.write_bytes(text.encode("utf-16"))
    assert load_plan(path).nodes["1.1"].name == "First"
