"""A collection round end to end, as Phòng Nội vụ runs it: six offices get their forms, fill them in
as offices do (the criteria led by a group left to the collector, evidence sent for them), and
send them back in every format an office uses: two saved again through LibreOffice, one as .xls,
one as .ods, one with the SIPAS result typed as a percentage. Merged, they give the district's
assessment with no conflict, and the same index as the same scores given in one YAML file;
`par compare` ranks the offices, each on the criteria it scores."""

from __future__ import annotations

import json
import shutil
import subprocess
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from helpers import run_par
from openpyxl import load_workbook

from par_cli.readers.yamlsource import read_source

ROOT = Path(__file__).resolve().parent.parent
SCORES = ROOT / "examples" / "actuals_2024.yaml"
OFFICES = ("noi_vu", "tu_phap", "van_phong", "tai_chinh_ke_hoach", "kinh_te_ha_tang", "van_hoa_thong_tin")
# How each office's form comes back: saved again through LibreOffice, or as another format.
RETURNED_AS = {"tu_phap": "xlsx", "van_phong": "xlsx", "tai_chinh_ke_hoach": "xls", "kinh_te_ha_tang": "ods"}
CONTRIBUTED = "Sáng kiến số 3/SK ngày 02/10/2024"  # what Phòng Văn hóa và Thông tin sends for 1.7

pytestmark = pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is needed")


def _json(*args: str) -> dict[str, Any]:
    result = run_par(*args, "--format", "json")
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout, parse_float=Decimal)  # type: ignore[no-any-return]


def _fill(path: Path, office: str, scores: dict[str, Any]) -> None:
    """As the office fills its form in Excel: a score and its evidence in every row it scores (the
    cells left open to it), evidence for a shared criterion it does not score."""
    book = load_workbook(path)
    sheet = book["Scores"]
    for row in sheet.iter_rows(min_row=5):
        criterion = row[0].value
        if criterion not in scores or sheet[f"E{row[0].row}"].protection.locked:
            if criterion == "1.7" and office == "van_hoa_thong_tin":
                sheet[f"G{row[0].row}"] = CONTRIBUTED
            continue
        entry = scores[criterion]
        score = Decimal(entry["score"])
        cell = sheet[f"E{row[0].row}"]
        if criterion == "8.1":  # SIPAS typed as the published result: 85 % of its 10 points
            cell.value, cell.number_format = float(score / 10), "0%"
        else:
            cell.value = float(score)
        sheet[f"G{row[0].row}"] = "\n".join(entry.get("evidence", []))
    book.save(path)


def _convert(folder: Path, to: str, *paths: Path) -> None:
    done = subprocess.run(
        ["soffice", "--headless", f"-env:UserInstallation=file://{folder}/lo", "--convert-to", to,
         "--outdir", str(folder / "back"), *map(str, paths)],
        capture_output=True, timeout=180, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def test_six_offices_forms_merge_into_the_district_assessment(tmp_path: Path) -> None:
    scores = read_source(SCORES, 1 << 20).data["scores"]
    forms = {}
    for office in OFFICES:
        path = tmp_path / f"{office}.xlsx"
        result = run_par("template", "--format", "xlsx", "--unit", office, "--output", str(path))
        assert result.exit_code == 0, result.stderr
        _fill(path, office, scores)
        forms[office] = path
    back = tmp_path / "back"
    for to in ("xlsx", "xls", "ods"):
        _convert(tmp_path, to, *(forms[o] for o, kind in RETURNED_AS.items() if kind == to))
    returned = [
        back / f"{office}.{RETURNED_AS[office]}" if office in RETURNED_AS else forms[office]
        for office in OFFICES
    ]
    assert {path.suffix for path in returned} == {".xlsx", ".xls", ".ods"}

    merged = _json("score", *(arg for path in returned for arg in ("-i", str(path))))
    same = _json("score", "-i", str(SCORES))
    # The same index as the YAML file: 85.5 self-assessed of 90, SIPAS 8.5 of 10 (85 % of 10), 94
    assert (merged["index"], merged["index_basis"]) == (same["index"], same["index_basis"]) == (94, "self")
    assert merged["kind"] == "unit" and merged["coverage"] == {"scored": 46, "of": 46}
    given = {c["id"]: c["score"] for c in merged["criteria"]}
    assert given == {c["id"]: c["score"] for c in same["criteria"]}
    sipas = next(c for c in merged["criteria"] if c["id"] == "8.1")
    assert (sipas["score"], sipas["percent"]) == (Decimal("8.5"), 85)
    shared = next(c for c in merged["criteria"] if c["id"] == "1.7")
    assert CONTRIBUTED in shared["evidence"] and "van_hoa_thong_tin" in shared["evidence_from"]

    ranked = _json("compare", *map(str, returned))
    rows = {row["units"][0]: row for row in ranked["files"]}
    # Each office on the criteria it scores, all of them scored: Tư pháp 11 of 11 (2.1 to 2.4),
    # not 11 of the 59 points of every criterion that falls on it.
    assert rows["tu_phap"]["kind"] == "office" and rows["tu_phap"]["index"] == 100
    assert rows["tu_phap"]["coverage"] == {"scored": 4, "of": 4}
    assert rows["noi_vu"]["coverage"] == {"scored": 30, "of": 30}
    assert "van_hoa_thong_tin" not in rows  # it scores nothing: listed apart, never ranked
