"""`par compare`: several scores files ranked, figures from the fixtures' hand-computed totals."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from helpers import FIXTURES, run_par

ACTUALS = FIXTURES / "actuals"
FILES = [str(ACTUALS / name) for name in ("partial.yaml", "at_target.yaml", "appraisal.yaml")]


def test_ranks_three_files() -> None:
    result = run_par("compare", *FILES, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout, parse_float=Decimal)
    ranked = [
        (e["file"].rsplit("/", 1)[-1], e["rank"], e["index"], e["to_best"], e["to_target"])
        for e in data["files"]
    ]
    # at_target estimates 95.5 (every target, 8.6's 0.5 included); appraisal self-assesses 95.5
    # but the council took 0.5 off 3.4 and 7.2: its estimated index is 94.5 (partly appraised), so
    # it ranks second
    assert ranked == [  # no file gives a target of its own: no distance to one
        ("at_target.yaml", 1, Decimal("95.5"), 0, None),
        ("appraisal.yaml", 2, Decimal("94.5"), -1, None),
        ("partial.yaml", 3, Decimal("18.428"), Decimal("-77.072"), None),
    ]
    assert [e["index_basis"] for e in data["files"]] == ["self", "partly_appraised", "self"]
    assert [e["kind"] for e in data["files"]] == ["unit"] * 3
    assert data["files"][2]["coverage"] == {"scored": 4, "of": 46}
    assert data["files"][2]["fields"]["3"] == Decimal("6.928")
    assert data["target"] == Decimal("95.5")


def test_an_office_part_is_never_ranked_against_a_whole_unit() -> None:
    examples = FIXTURES.parent.parent / "examples"
    files = sorted(str(path) for path in examples.glob("*.yaml"))
    result = run_par("compare", *files)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("error: an office's part is not ranked against whole units: ")
    assert "noi_vu.yaml" in result.stderr and "actuals_2024.yaml" not in result.stderr


def test_offices_are_ranked_among_offices_on_their_own_criteria() -> None:
    examples = FIXTURES.parent.parent / "examples"
    offices = [str(examples / "noi_vu.yaml"), str(examples / "tai_chinh_ke_hoach.yaml")]
    result = run_par("compare", *offices, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout, parse_float=Decimal)
    assert [e["kind"] for e in data["files"]] == ["office", "office"]
    out = run_par("compare", *offices, env={"COLUMNS": "200"}).stdout
    assert "% of its criteria" in out and "Phòng Nội vụ" in out


def test_table_and_markdown() -> None:
    out = run_par("compare", *FILES, env={"COLUMNS": "200"}).stdout
    assert "Comparison of 3 self-assessments" in out
    markdown = run_par("compare", *FILES, "--format", "markdown").stdout
    assert "| 3 |" in markdown and "18.428" in markdown


def test_a_bad_file_stops_everything_unless_keep_going() -> None:
    bad = str(FIXTURES / "bad_actuals" / "nan.yaml")
    stopped = run_par("compare", FILES[0], bad)
    assert stopped.exit_code == 1
    assert stopped.stdout == ""
    assert "'.nan' is not a number" in stopped.stderr
    going = run_par("compare", "--keep-going", FILES[0], bad, "--format", "json")
    assert going.exit_code == 0
    data = json.loads(going.stdout)
    assert [e["rank"] for e in data["files"]] == [1]
    assert data["failed"][0]["file"] == bad
    assert "'.nan' is not a number" in going.stderr


COMMUNES = FIXTURES / "actuals" / "communes"
COMMUNE_PLAN = str(FIXTURES / "criteria" / "commune_2026.yaml")


def test_communes_side_by_side_with_names_bands_and_their_own_targets() -> None:
    files = [str(COMMUNES / f"{name}.yaml") for name in ("nghia_thang", "dao_nghia", "nhan_co")]
    result = run_par("--criteria", COMMUNE_PLAN, "compare", *files, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout, parse_float=Decimal)
    ranked = [(e["name"], e["index"], e["band"]["name"], e["to_target"]) for e in data["files"]]
    # each file's comment says how its index is computed; bands Tốt >= 90, Khá >= 80, Trung bình >= 65
    assert ranked == [
        ("xã Nhân Cơ", 95, "Tốt", 0),  # target 95
        ("xã Đạo Nghĩa", Decimal("91.4"), "Tốt", Decimal("1.4")),  # target 90
        ("xã Nghĩa Thắng", Decimal("79.16"), "Trung bình", Decimal("-5.84")),  # target 85
    ]
    for language, band in (("en", "Trung bình"), ("vi", "Trung bình")):
        out = run_par(
            "--criteria", COMMUNE_PLAN, "compare", *files, env={"COLUMNS": "200", "PAR_LANG": language}
        ).stdout
        assert "xã Đạo Nghĩa" in out and band in out


def test_the_same_file_twice_is_compared_once() -> None:
    nhan_co = str(COMMUNES / "nhan_co.yaml")
    result = run_par("--criteria", COMMUNE_PLAN, "compare", nhan_co, nhan_co, "--format", "json")
    data = json.loads(result.stdout)
    assert len(data["files"]) == 1
    assert data["duplicates"] == [{"file": nhan_co, "same_as": nhan_co}]


def test_keep_going_with_every_file_bad_fails() -> None:
    bad = str(FIXTURES / "bad_actuals" / "nan.yaml")
    result = run_par("compare", "--keep-going", bad, bad)
    assert result.exit_code == 1
    assert result.stdout == ""


def test_many_files_are_shared_among_processes_with_the_same_result(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import multiprocessing
    import os

    import par_cli.core.batch as batch

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("this system cannot fork: files are read by one process")
    files = [str(COMMUNES / f"{name}.yaml") for name in ("nghia_thang", "dao_nghia", "nhan_co")]
    bad = str(FIXTURES / "bad_actuals" / "nan.yaml")
    args = ("--criteria", COMMUNE_PLAN, "compare", *files, bad, "--keep-going", "--format", "json")
    alone = run_par(*args)
    # As with the 3,321 communes of the country, on a machine of 4 cores whatever this one has;
    # each file read notes the process that read it (a forked process inherits the patch).
    monkeypatch.setattr(batch, "SHARED_FROM", 2)
    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    readers = tmp_path / "readers"
    load = batch._load

    def noted(plan: Any, path: str | Path) -> Any:
        with readers.open("a", encoding="utf-8") as out:
            out.write(f"{os.getpid()}\n")
        return load(plan, path)

    monkeypatch.setattr(batch, "_load", noted)
    shared = run_par(*args)
    read_by = readers.read_text(encoding="utf-8").split()
    # Each file read once; this process took its share and the pool the rest (a pool process that
    # finishes first may take two shares, so 2 to 4 processes read them, never this one alone).
    assert len(read_by) == 4 and str(os.getpid()) in read_by and 2 <= len(set(read_by)) <= 4
    assert shared.exit_code == alone.exit_code == 0
    assert json.loads(shared.stdout) == json.loads(alone.stdout)
    assert shared.stderr == alone.stderr
