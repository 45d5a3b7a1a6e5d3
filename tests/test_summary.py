"""`par summary`: per field in points and percent, computed by hand from the printed subtotals."""

from __future__ import annotations

import json
from decimal import Decimal

from helpers import run_par

from par_cli.core.summary import Line
from par_cli.views.summary import bar


def test_summary_json() -> None:
    data = json.loads(run_par("summary", "--format", "json").stdout, parse_float=Decimal)
    fields = {f["id"]: f for f in data["fields"]}
    assert len(fields) == 8
    assert fields["1"]["baseline_percent"] == Decimal("85.71")  # 12 / 14
    assert fields["3"]["target_percent"] == Decimal("94.12")  # 16 / 17
    assert fields["7"]["change"] == Decimal("2.271")  # 13 - 10.729
    assert fields["8"]["baseline_percent"] == Decimal("79.46")  # 10.33 / 13
    assert data["total"]["max"] == 100
    assert data["total"]["baseline"] == Decimal("85.401")
    assert data["total"]["projected"] == Decimal("95.5")
    assert data["total"]["change"] == Decimal("10.099")  # 95.5 - 85.401
    assert len(data["warnings"]) == 3


def test_summary_table() -> None:
    out = run_par("summary").stdout
    assert "Projected total if every target is met: 95.5 (+10.099 on 2023)" in out
    total = next(line.split() for line in out.splitlines() if line.strip().startswith("Total"))
    assert total == ["Total", "100", "85.401", "85.40", "95.5", "95.50", "+10.099", "█████████▒"]
    assert "warning: field 8, maximum: printed 13" in out


def test_bars() -> None:
    # 12/14 of 10 cells = 8.6 -> 9 reached; the target 14/14 fills the last one
    assert bar(Line("1", "", Decimal(14), Decimal(12), Decimal(14))) == "█████████▒"
    # 10.729/15.5 -> 6.9 -> 7 reached; 13/15.5 -> 8.4 -> 8 aimed; 2 stay lost
    assert bar(Line("7", "", Decimal("15.5"), Decimal("10.729"), Decimal(13))) == "███████▒░░"
    assert bar(Line("x", "", Decimal(0), Decimal(0), Decimal(0))) == ""
