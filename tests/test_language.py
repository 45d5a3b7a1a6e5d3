"""Vietnamese and English: a complete catalogue, decimal commas for people, decimal points for scripts."""

from __future__ import annotations

import csv
import io
import json
import os
import string
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from helpers import FIXTURES, run_par

from par_cli.cli import language_asked
from par_cli.texts.labels import CATALOGUE, LANGUAGES, default_language


@pytest.mark.parametrize("key", sorted(CATALOGUE))
def test_every_label_has_every_language_with_the_same_placeholders(key: str) -> None:
    entry = CATALOGUE[key]
    assert set(entry) == set(LANGUAGES), f"{key} lacks {set(LANGUAGES) - set(entry)}"
    fields = {lang: {f for _, f, _, _ in string.Formatter().parse(text) if f} for lang, text in entry.items()}
    assert fields["vi"] == fields["en"], key


def test_default_language() -> None:
    assert default_language({"PAR_LANG": "vi"}) == "vi"
    assert default_language({"LANG": "vi_VN.UTF-8"}) == "vi"
    assert default_language({"LC_ALL": "vi_VN", "LANG": "en_US"}) == "vi"
    assert default_language({"PAR_LANG": "en", "LANG": "vi_VN"}) == "en"
    assert default_language({"LANG": "C.UTF-8"}) == "en"
    assert language_asked(["gaps", "--lang", "vi"]) == "vi"
    assert language_asked(["--lang=en", "gaps"]) == "en"


def test_vietnamese_summary_uses_decimal_commas() -> None:
    out = run_par("summary", env={"PAR_LANG": "vi", "COLUMNS": "200"}).stdout
    assert "Kế hoạch theo lĩnh vực" in out
    assert "Tổng điểm dự kiến nếu đạt mọi mục tiêu: 95,5 (+10,099 so với 2023)" in out
    assert "85,401" in out and "85.401" not in out
    assert "cảnh báo: lĩnh vực 8" in out


def test_lang_option_wins_over_the_environment() -> None:
    assert "The plan by field" in run_par("--lang", "en", "summary", env={"PAR_LANG": "vi"}).stdout
    assert "Kế hoạch theo lĩnh vực" in run_par("summary", "--lang", "vi").stdout
    assert "Kế hoạch theo lĩnh vực" in run_par("summary", env={"LANG": "vi_VN.UTF-8"}).stdout
    assert run_par("--lang", "fr", "summary").exit_code == 2


def test_scripts_get_decimal_points_in_both_languages() -> None:
    data = json.loads(run_par("gaps", "--lang", "vi", "--format", "json").stdout, parse_float=Decimal)
    assert data["total_gap"] == Decimal("14.599")
    text = run_par("gaps", "--lang", "vi", "--format", "csv").stdout
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[-1]["gap"] == "14.599"


def test_vietnamese_markdown_and_errors() -> None:
    markdown = run_par("gaps", "--lang", "vi", "--format", "markdown").stdout
    # 1,18 short of the 2024 target (2 - 0,82), as a positive amount ("còn thiếu")
    assert "| 7.2 | Cung cấp dịch vụ công trực tuyến | 4 | 0,82 | 2 | 3,18 | 1,18 |" in markdown
    header = "| STT | Lĩnh vực/Tiêu chí/Tiêu chí thành phần | Điểm tối đa | Điểm đạt năm 2023 |"
    assert header + " Mục tiêu năm 2024 | Điểm chưa đạt |" in markdown
    bad = FIXTURES / "bad_criteria" / "unknown_key.yaml"
    error = run_par("validate", str(bad), "--lang", "vi").stderr
    assert (
        error
        == f"lỗi: {bad}:21:9: fields[0].criteria[0].maxx: khóa không hợp lệ 'maxx' (có phải là 'max'?)\n"
    )
    score = run_par("score", "-i", str(FIXTURES / "bad_actuals" / "above_max.yaml"), "--lang", "vi").stderr
    assert "1.2: điểm 1,5 lớn hơn điểm tối đa 1" in score
    unit = run_par("by-unit", "--unit", "xyz", "--lang", "vi")
    assert unit.exit_code == 2 and "không khớp đơn vị nào" in unit.stderr


def test_vietnamese_help_from_the_installed_command(tmp_path: Path) -> None:
    par = Path(sys.executable).with_name("par")
    env = {**os.environ, "COLUMNS": "100"}
    result = subprocess.run(
        [str(par), "--lang", "vi", "gaps", "--help"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        cwd=tmp_path,
    )
    assert result.returncode == 0
    assert "Liệt kê các tiêu chí chưa đạt điểm tối đa" in result.stdout
    english = subprocess.run(
        [str(par), "gaps", "--help"],
        capture_output=True,
        text=True,
        env={**env, "PAR_LANG": "en"},
        timeout=60,
        cwd=tmp_path,
    )
    assert "List the criteria below their maximum" in english.stdout


def test_vietnamese_help_has_no_english_words_of_its_own() -> None:
    out = run_par("score", "--help", env={"PAR_LANG": "vi"}).stdout
    assert out.startswith("Cách dùng: par score [TÙY CHỌN]")
    assert "Hiện trợ giúp này rồi thoát." in out
    assert "Usage" not in out and "Show this message" not in out and "OPTIONS" not in out
    english = run_par("score", "--help").stdout  # and the English is as it was
    assert english.startswith("Usage: par score [OPTIONS]") and "Show this message and exit." in english


def test_a_count_of_one_makes_the_catalogues_noun_singular() -> None:
    from par_cli.texts.labels import Labels

    tr = Labels("en")
    assert tr("problems.more", count=1) == "... and 1 more problem (fix these first)"
    assert tr("problems.more", count=2) == "... and 2 more problems (fix these first)"
    assert tr("problems.more", count=Decimal("1.0")) == "... and 1 more problem (fix these first)"


def test_the_plural_rule_never_changes_a_value_from_data(tmp_path: Path) -> None:
    path = tmp_path / "scores.yaml"
    path.write_text('scores:\n  "1.1": 2\n1 criteria have: 1 points\n', encoding="utf-8")
    result = run_par("score", "--input", str(path))
    assert result.exit_code == 1
    assert "unknown key '1 criteria have'" in result.stderr  # as written, not "1 criterion has"
    from par_cli.texts.labels import Labels

    text = Labels("en")("err.bad-option-value", option="--year", detail="1 criteria have 1 points lost")
    assert text == "--year: 1 criteria have 1 points lost"


def _texts_in_code() -> tuple[set[str], set[str]]:
    """Every string literal of the package, and the fixed start of every f-string ("basis.short."),
    the catalogues themselves left out."""
    import ast

    literals: set[str] = set()
    starts: set[str] = set()
    for path in (Path(__file__).parent.parent / "par_cli").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.AnnAssign | ast.Assign):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                if any(isinstance(t, ast.Name) and t.id in ("CATALOGUE", "PROBLEM_TEXTS") for t in targets):
                    node.value = ast.Constant(None)  # its keys are what is checked, not uses
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values and isinstance(node.values[0], ast.Constant):
                starts.add(str(node.values[0].value))
    return literals, starts


# Keys put together from two variables: views/common.py column_label (prefix "col" or "colname").
BUILT = {f"{prefix}.{column}" for prefix in ("col", "colname") for column in ("max", "baseline", "target")}
# Keys made from another key: tr(f"{key}.none") for the parts a scores file may leave empty.
BUILT |= {f"report.{part}.none" for part in ("difficulties", "proposals")}


def test_every_catalogue_key_is_used() -> None:
    from par_cli.core.problems import Code

    literals, starts = _texts_in_code()
    unused = [
        key
        for key in CATALOGUE
        if key not in literals and key not in BUILT and not any(key.startswith(s) for s in starts if "." in s)
    ]
    assert unused == []
    codes = {code.value for code in Code}
    strays = [
        key
        for key in CATALOGUE
        if key.startswith(("err.", "hint."))
        and key != "hint.did_you_mean"
        and key.partition(".")[2].removesuffix(".sheet") not in codes
    ]
    assert strays == []


def test_the_unused_key_check_can_fail(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(CATALOGUE, "nobody.uses.this", {"en": "x", "vi": "x"})
    with pytest.raises(AssertionError, match=r"nobody\.uses\.this"):
        test_every_catalogue_key_is_used()


def test_a_count_of_one_takes_the_singular_in_every_count_phrase() -> None:
    """The catalogue's plural rule (labels._PLURALS) covers every noun counted in it: a trial met
    "Penalty points: 0.5 (1 items)"."""
    from par_cli.texts.labels import Labels

    tr = Labels("en")
    assert tr("adjustment.total", total=Decimal("0.5"), count=1) == "0.5 (1 item)"
    assert tr("adjustment.total", total=Decimal("1.5"), count=2) == "1.5 (2 items)"
    assert tr("evidence.problems.value", errors=1, notes=1) == "1 error, 1 note"
    assert tr("evidence.bundle.value", files=1, folders=1) == "1 file in 1 folder"
    assert tr("evidence.bytes", size=1) == "1 byte"
    assert tr("evidence.problems.value", errors=0, notes=2) == "0 errors, 2 notes"
