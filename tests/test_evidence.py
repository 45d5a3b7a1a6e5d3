"""Evidence handed in as files (par evidence check): every case of a folder an office sends, each
a problem record with its code, place and severity, in both languages; a Mac's decomposed names
found by the composed names a scores file writes."""

from __future__ import annotations

import hashlib
import json
import os
import unicodedata
from pathlib import Path
from typing import Any

import pytest
import yaml
from helpers import run_par

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "tu_phap_ho_so.yaml"
EXAMPLE_DIR = ROOT / "examples" / "evidence"
PDF = b"%PDF-1.4\n% a tiny document\n%%EOF\n"


def write_scores(path: Path, scores: dict[str, Any], **top: Any) -> Path:
    """A scores file as an office writes one: every value text (the loader reads no other kind)."""
    path.write_text(yaml.safe_dump({**top, "scores": scores}, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def check(*args: str, lang: str = "en") -> tuple[int, dict[str, Any], str]:
    result = run_par("--lang", lang, "evidence", "check", *args, "--format", "json")
    return result.exit_code, json.loads(result.stdout), result.stderr


def line_of(path: Path, text: str) -> int:
    """The line (1-based) where ``text`` first stands in ``path``."""
    return next(n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if text in line)


def records(data: dict[str, Any]) -> list[tuple[str, int | None, str]]:
    """(code, line, severity) of each problem, in the order said."""
    return [(p["code"], p["line"], p["severity"]) for p in data["problems"]]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A folder with every case: a good file, an empty one, one outside the folder reached by
    '..', by an absolute path and by a symlink, a folder named as a file, a file two criteria
    claim, one no criterion claims, and a Mac's decomposed name."""
    evidence = tmp_path / "ev"
    (evidence / "1.1").mkdir(parents=True)
    (evidence / "1.1" / "ke_hoach.pdf").write_bytes(PDF)
    (evidence / "empty.pdf").write_bytes(b"")
    (tmp_path / "outside.pdf").write_bytes(PDF)
    (evidence / "link.pdf").symlink_to(tmp_path / "outside.pdf")
    (evidence / "sub").mkdir()
    (evidence / "shared.pdf").write_bytes(PDF + b"shared")
    (evidence / "stray.pdf").write_bytes(PDF + b"stray")
    (evidence / "Thumbs.db").write_bytes(b"system")  # a system's own: never listed
    nfd = unicodedata.normalize("NFD", "Thực hiện một cửa.pdf")
    (evidence / nfd).write_bytes(PDF + b"mac")
    return evidence


CASES = {
    "1.1": ["1.1/ke_hoach.pdf"],  # fine
    "1.2": ["khong_co.pdf"],  # missing
    "1.3": ["empty.pdf"],
    "1.4": ["../outside.pdf"],
    "1.5": ["ABSOLUTE"],
    "1.6": ["C:\\Users\\Nội vụ\\bao_cao.pdf"],  # a Windows path, absolute too
    "1.7": ["link.pdf"],  # a symlink leading out
    "2.1": ["shared.pdf"],
    "2.2": ["shared.pdf"],  # the same file for a second criterion: a note
    "2.3": ["sub"],  # a folder
    "3.4": ["Thực hiện một cửa.pdf"],  # composed, as every scores file holds it; decomposed on disk
}


def _scores(tmp_path: Path) -> Path:
    scores: dict[str, Any] = {}
    for criterion_id, files in CASES.items():
        files = [str(tmp_path / "outside.pdf") if f == "ABSOLUTE" else f for f in files]
        scores[criterion_id] = {"score": "1", "evidence": [{"file": f} for f in files]}
    return write_scores(tmp_path / "scores.yaml", scores)


def test_every_case_is_a_record_with_its_code_place_and_severity(tmp_path: Path, folder: Path) -> None:
    scores = _scores(tmp_path)
    code, data, stderr = check("-i", str(scores), "--evidence-dir", str(folder))
    assert code == 1  # errors fail; the notes alone would not
    # yaml.safe_dump writes "scores:", then for each criterion "  'id':", "    score: '1'",
    # "    evidence:", "    - file: ...": the file of the k-th criterion (from 0) on line 5 + 4k
    line = {criterion_id: 5 + 4 * index for index, criterion_id in enumerate(CASES)}
    assert line["1.2"] == line_of(scores, "file: khong_co.pdf") == 9
    assert records(data) == [
        ("evidence-missing", line["1.2"], "error"),
        ("evidence-empty", line["1.3"], "error"),
        ("evidence-outside", line["1.4"], "error"),
        ("evidence-absolute", line["1.5"], "error"),
        ("evidence-absolute", line["1.6"], "error"),
        ("evidence-symlink-out", line["1.7"], "error"),
        ("evidence-shared", line["2.1"], "note"),
        ("evidence-not-a-file", line["2.3"], "error"),
        ("evidence-unclaimed", None, "note"),
    ]
    assert data["problems"][-1]["file"] == str(folder / "stray.pdf")  # Thumbs.db is not listed
    assert data["unclaimed"] == ["stray.pdf"]
    assert (data["valid"], data["errors"]) == (False, 7)
    found = {row["criterion"]: row for row in data["files"]}
    assert sorted(found) == ["1.1", "2.1", "2.2", "3.4"]
    # recorded as read: the size and SHA-256 of the bytes written above
    assert (found["1.1"]["size"], found["1.1"]["sha256"]) == (len(PDF), hashlib.sha256(PDF).hexdigest())
    assert found["3.4"]["found"] == "Thực hiện một cửa.pdf"  # NFC, whatever the disk holds
    assert found["3.4"]["name"] == "3.4 Thực hiện cơ chế một cửa, một cửa liên thông/Thực hiện một cửa.pdf"
    lines = stderr.splitlines()
    assert lines[0] == (
        f"error: {scores}:{line['1.2']}:13: 1.2: evidence file 'khong_co.pdf' is not in {folder}: no file "
        f"'khong_co.pdf' (put the file there, or correct the path: it starts from {folder}, or from "
        "--evidence-dir)"
    )
    assert lines[6] == (
        f"note: {scores}:{line['2.1']}:13: 'shared.pdf' is handed in for several criteria: 2.1, 2.2 "
        "(right where one document covers them all; the bundle holds it in each one's folder)"
    )


def test_the_records_in_vietnamese(tmp_path: Path, folder: Path) -> None:
    code, data, stderr = check("-i", str(_scores(tmp_path)), "--evidence-dir", str(folder), lang="vi")
    assert code == 1
    assert [p["code"] for p in data["problems"]][:2] == [
        "evidence-missing",
        "evidence-empty",
    ]  # never translated
    assert "không có tệp kiểm chứng 'khong_co.pdf'" in data["problems"][0]["message"]
    assert stderr.splitlines()[-1].startswith("lưu ý: ")  # a note, said as one
    assert "không tiêu chí nào nêu tệp này" in stderr.splitlines()[-1]


def test_notes_alone_never_fail(tmp_path: Path) -> None:
    folder = tmp_path / "ev"
    folder.mkdir()
    (folder / "a.pdf").write_bytes(PDF)
    (folder / "draft.docx").write_bytes(b"PK draft")
    scores = write_scores(
        tmp_path / "s.yaml",
        {"1.1": {"score": "2", "evidence": [{"file": "a.pdf"}]}, "1.2": {"evidence": {"file": "a.pdf"}}},
    )
    code, data, stderr = check("-i", str(scores), "--evidence-dir", str(folder))
    assert code == 0 and data["valid"] is True
    assert records(data) == [
        ("evidence-shared", line_of(scores, "- file: a.pdf"), "note"),
        ("evidence-unclaimed", None, "note"),
    ]
    assert all(line.startswith("note: ") for line in stderr.splitlines())


def test_a_path_beside_the_scores_file_and_windows_separators(tmp_path: Path) -> None:
    """Without --evidence-dir a path starts from the scores file's folder; a backslash separates
    folders as a slash does; '..' that stays inside is fine."""
    (tmp_path / "ho so" / "3.4").mkdir(parents=True)
    (tmp_path / "ho so" / "3.4" / "so.pdf").write_bytes(PDF)
    scores = write_scores(
        tmp_path / "s.yaml",
        {
            "3.4": {
                "score": "7",
                "evidence": [{"file": "ho so\\3.4\\so.pdf"}, {"file": "ho so/x/../3.4/so.pdf"}],
            }
        },
    )
    code, data, _ = check("-i", str(scores))
    assert code == 0, data["problems"]
    assert [row["found"] for row in data["files"]] == ["ho so/3.4/so.pdf"]  # one file, named twice
    assert data["evidence_dir"] is None and data["unclaimed"] == []  # no folder to list


def test_a_missing_name_gets_what_it_most_likely_meant(tmp_path: Path) -> None:
    """A path typed on Windows, where case does not count: 'did you mean' the name on disk."""
    (tmp_path / "ev" / "Bien Ban").mkdir(parents=True)
    (tmp_path / "ev" / "Bien Ban" / "BienBan_12.PDF").write_bytes(PDF)
    scores = write_scores(tmp_path / "s.yaml", {"1.1": {"evidence": [{"file": "bien ban/bienban_12.pdf"}]}})
    _, data, _ = check("-i", str(scores), "--evidence-dir", str(tmp_path / "ev"))
    assert data["problems"][0]["message"].endswith("no folder 'bien ban' (did you mean 'Bien Ban'?)")


@pytest.fixture
def refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A file the system refuses to open, as it would for another user's (root reads anything)."""
    path = tmp_path / "ev" / "locked.pdf"
    path.parent.mkdir()
    path.write_bytes(PDF)
    real_open = os.open

    def refusing_open(name: Any, *args: Any, **kwargs: Any) -> int:
        if Path(os.fsdecode(name)) == path:
            raise PermissionError(13, "Permission denied", str(name))
        return real_open(name, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing_open)
    return path


def test_an_unreadable_file(tmp_path: Path, refused: Path) -> None:
    scores = write_scores(tmp_path / "s.yaml", {"1.1": {"score": "2", "evidence": [{"file": "locked.pdf"}]}})
    code, data, stderr = check("-i", str(scores), "--evidence-dir", str(refused.parent))
    assert code == 1
    assert records(data) == [
        ("evidence-unreadable", 5, "error")
    ]  # scores:, '1.1':, score:, evidence:, - file:
    assert stderr.startswith(
        f"error: {scores}:5:13: 1.1: evidence file 'locked.pdf' cannot be read (permission denied)"
    )
    vi = run_par("--lang", "vi", "score", "-i", str(scores), "--evidence-dir", str(refused.parent))
    assert vi.exit_code == 1
    assert "không đọc được tệp kiểm chứng 'locked.pdf' (không có quyền truy cập)" in vi.stderr


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_for_real(tmp_path: Path) -> None:
    (tmp_path / "ev").mkdir()
    locked = tmp_path / "ev" / "locked.pdf"
    locked.write_bytes(PDF)
    locked.chmod(0)
    scores = write_scores(tmp_path / "s.yaml", {"1.1": {"score": "2", "evidence": [{"file": "locked.pdf"}]}})
    try:
        code, data, _ = check("-i", str(scores), "--evidence-dir", str(tmp_path / "ev"))
    finally:
        locked.chmod(0o644)
    assert (code, records(data)) == (1, [("evidence-unreadable", 5, "error")])


def test_score_says_the_files_problems_with_the_scores_own_in_one_run(tmp_path: Path) -> None:
    """par score checks the files named (there, readable, not empty, inside), not what only a
    bundle needs (shared files, unclaimed ones); one run says every problem, files and scores."""
    (tmp_path / "a.pdf").write_bytes(PDF)
    scores = write_scores(
        tmp_path / "s.yaml",
        {
            "1.1": {"score": "9", "evidence": [{"file": "a.pdf"}]},  # above its maximum (2)
            "1.2": {"score": "1", "evidence": [{"file": "a.pdf"}, {"file": "../x.pdf"}]},
        },
    )
    result = run_par("score", "-i", str(scores), "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    found = [(p["code"], p["line"]) for p in data["problems"]]
    assert found == [
        ("score-above-max", line_of(scores, "score: '9'")),
        ("evidence-outside", line_of(scores, "../x.pdf")),
    ]
    fine = write_scores(tmp_path / "fine.yaml", {"1.1": {"score": "2", "evidence": [{"file": "a.pdf"}]}})
    done = run_par("score", "-i", str(fine), "--format", "json")
    assert done.exit_code == 0, done.stderr
    criterion = next(c for c in json.loads(done.stdout)["criteria"] if c["id"] == "1.1")
    assert criterion["evidence_files"] == [
        {"file": "a.pdf", "number": None, "date": None, "title": None, "from": None}
    ]
    assert criterion["evidence"] == []  # a file is evidence: 1.1 needs no explanation
    assert "1.1" not in json.loads(done.stdout)["unexplained"]


def test_a_date_as_offices_write_it_or_as_iso(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(PDF)
    entries = [{"file": "a.pdf", "date": d} for d in ("05/12/2024", "5/12/2024", "2024-12-05")]
    scores = write_scores(
        tmp_path / "s.yaml", {f"1.{i}": {"evidence": [e]} for i, e in enumerate(entries, 1)}
    )
    _, data, _ = check("-i", str(scores))
    assert {row["date"] for row in data["files"]} == {"2024-12-05"}
    bad = write_scores(
        tmp_path / "bad.yaml", {"1.1": {"evidence": [{"file": "a.pdf", "date": "2024/12/05"}]}}
    )
    result = run_par("score", "-i", str(bad))
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {bad}:{line_of(bad, 'date:')}:13: scores[\"1.1\"].evidence[0].date: '2024/12/05' is not "
        "a date (write day/month/year, as 05/12/2024, or 2024-12-05)\n"
    )


@pytest.mark.parametrize("command", ["check", "bundle"])
@pytest.mark.parametrize("lang", ["en", "vi"])
def test_a_bad_date_hides_no_other_problem_of_the_evidence(
    tmp_path: Path, folder: Path, command: str, lang: str
) -> None:
    """The README's promise, every problem of the evidence in one run: a date that is none
    (31 February) is said with the files missing, empty, outside the folder or absolute, its own
    entry's missing file included, as the scores file lists them."""
    scores = _scores(tmp_path)
    text = scores.read_text("utf-8").replace(
        "file: khong_co.pdf", "file: khong_co.pdf\n      date: 31/02/2024"
    )
    scores.write_text(
        text.replace("- file: 1.1/ke_hoach.pdf", "- file: 1.1/ke_hoach.pdf\n      date: 2024-13-01")
    )
    args = ["--lang", lang, "evidence", command, "-i", str(scores), "--evidence-dir", str(folder)]
    result = run_par(
        *args, *(["-o", str(tmp_path / "b.zip")] if command == "bundle" else []), "--format", "json"
    )
    assert result.exit_code == 1 and not (tmp_path / "b.zip").exists()
    data = json.loads(result.stdout)
    assert [(p["code"], p["line"]) for p in data["problems"]] == [
        ("evidence-date", line_of(scores, "2024-13-01")),
        ("evidence-missing", line_of(scores, "khong_co.pdf")),
        ("evidence-date", line_of(scores, "31/02/2024")),
        ("evidence-empty", line_of(scores, "empty.pdf")),
        ("evidence-outside", line_of(scores, "../outside.pdf")),
        ("evidence-absolute", line_of(scores, str(tmp_path / "outside.pdf"))),
        ("evidence-absolute", line_of(scores, "bao_cao.pdf")),
        ("evidence-symlink-out", line_of(scores, "link.pdf")),
        ("evidence-not-a-file", line_of(scores, "file: sub")),
    ]
    date = "'31/02/2024' is not a date" if lang == "en" else "'31/02/2024' không phải là ngày"
    assert date in result.stderr


def test_a_misspelt_key_of_a_file_entry(tmp_path: Path) -> None:
    bad = write_scores(tmp_path / "bad.yaml", {"1.1": {"evidence": [{"fle": "a.pdf"}]}})
    result = run_par("score", "-i", str(bad))
    assert result.exit_code == 1
    assert result.stderr == (
        f"error: {bad}:{line_of(bad, 'fle:')}:7: scores[\"1.1\"].evidence[0].fle: unknown key 'fle' "
        "(did you mean 'file'?)\n"
    )


def test_the_plan_or_an_option_asks_for_a_file_per_self_scored_criterion(tmp_path: Path) -> None:
    """A criterion the unit scores itself, scored and applicable, needs a file: not a survey one,
    not one left unscored, not one that does not apply."""
    (tmp_path / "a.pdf").write_bytes(PDF)
    scores = write_scores(
        tmp_path / "s.yaml",
        {
            "1.1": {"score": "2", "evidence": [{"file": "a.pdf"}]},
            "1.2": {"score": "1", "evidence": ["Báo cáo số 12/BC-UBND"]},  # a citation is not a file
            "1.3": None,  # not scored yet
            "8.1": {"percent": "78.3"},  # the survey's
        },
        not_applicable={"4.4": "Không có UBND cấp xã"},
    )
    assert check("-i", str(scores))[0] == 0  # nobody asked
    code, data, _ = check("-i", str(scores), "--require-files")
    required = [("evidence-required", line_of(scores, "score: '1'"), "error")]  # 1.2's score
    assert (code, records(data)) == (1, required)
    plan = (ROOT / "data" / "criteria_2024.yaml").read_text(encoding="utf-8")
    asking = tmp_path / "plan.yaml"
    asking.write_text(plan.replace("\nplan:\n", "\nplan:\n  evidence_files: required\n", 1), encoding="utf-8")
    code, data, _ = check("-i", str(scores), "--criteria", str(asking))
    assert (code, records(data)) == (1, required)


def test_an_evidence_dir_that_is_no_folder(tmp_path: Path) -> None:
    result = run_par("evidence", "check", "-i", str(EXAMPLE), "--evidence-dir", str(tmp_path / "none"))
    assert (result.exit_code, result.stdout) == (2, "")
    assert (
        result.stderr
        == f"error: {tmp_path / 'none'}: not a folder (name the folder that holds the evidence files)\n"
    )


def test_the_example_checks_with_two_notes() -> None:
    code, data, _ = check("-i", str(EXAMPLE), "--evidence-dir", str(EXAMPLE_DIR))
    assert code == 0
    first = line_of(EXAMPLE, "- file: 2.1 ")  # the report 2.1, 2.2 and 2.4 all name
    assert records(data) == [("evidence-shared", first, "note"), ("evidence-unclaimed", None, "note")]
    assert len(data["files"]) == 6 and len({row["sha256"] for row in data["files"]}) == 4
    for row in data["files"]:
        on_disk = (EXAMPLE_DIR / row["found"]).read_bytes()
        assert (row["size"], row["sha256"]) == (len(on_disk), hashlib.sha256(on_disk).hexdigest())


def test_the_workbook_has_an_evidence_file_column(tmp_path: Path) -> None:
    """The form's Evidence file column (on screen, next to what prints): a path a line, read as
    `{file: path}` is in YAML; a problem names its cell."""
    from openpyxl import load_workbook

    form = tmp_path / "tu_phap.xlsx"
    for language, header in (("vi", "Tệp kiểm chứng"), ("en", "Evidence file")):
        path = tmp_path / f"{language}.xlsx"
        made = run_par(
            "--lang", language, "template", "--format", "xlsx", "--unit", "tu_phap", "-o", str(path)
        )
        assert made.exit_code == 0, made.stderr
        sheet = load_workbook(path).worksheets[0]
        assert sheet.cell(4, 11).value == header  # column K, the first one on screen only
        assert str(sheet.print_area).endswith(f"$J${sheet.max_row + 3}")  # it never prints
    book = load_workbook(tmp_path / "en.xlsx")
    sheet = book.worksheets[0]
    rows = {str(row[0].value): row[0].row for row in sheet.iter_rows(min_row=5) if row[0].value}
    (tmp_path / "ev" / "2.1").mkdir(parents=True)
    (tmp_path / "ev" / "2.1" / "bao_cao.pdf").write_bytes(PDF)
    (tmp_path / "ev" / "qd.pdf").write_bytes(PDF + b"qd")
    sheet.cell(rows["2.1"], 5).value = 3
    sheet.cell(rows["2.1"], 7).value = "Báo cáo số 198/BC-UBND"
    sheet.cell(rows["2.1"], 11).value = "2.1\\bao_cao.pdf\n\nqd.pdf"  # typed on Windows, a blank line
    sheet.cell(rows["3.4"], 11).value = "khong_co.pdf"
    book.save(form)
    code, data, stderr = check("-i", str(form), "--evidence-dir", str(tmp_path / "ev"))
    assert code == 1
    assert [(row["criterion"], row["found"]) for row in data["files"]] == [
        ("2.1", "2.1/bao_cao.pdf"),
        ("2.1", "qd.pdf"),
    ]
    problem = data["problems"][0]
    assert (problem["code"], problem["cell"], problem["line"]) == (
        "evidence-missing",
        f"Scores!K{rows['3.4']}",
        None,
    )
    assert stderr.startswith(
        f"error: {form}:Scores!K{rows['3.4']}: 3.4: evidence file 'khong_co.pdf' is not in"
    )
    result = run_par("score", "-i", str(form), "--evidence-dir", str(tmp_path / "ev"), "--format", "json")
    assert (
        result.exit_code == 1 and json.loads(result.stdout)["problems"][0]["cell"] == f"Scores!K{rows['3.4']}"
    )


def test_a_workbook_criterion_without_its_file_is_told_where_to_write_it(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    form = tmp_path / "form.xlsx"
    assert run_par("template", "--format", "xlsx", "--unit", "tu_phap", "-o", str(form)).exit_code == 0
    book = load_workbook(form)
    sheet = book.worksheets[0]
    row = next(r[0].row for r in sheet.iter_rows(min_row=5) if r[0].value == "2.1")
    sheet.cell(row, 5).value = 3
    book.save(form)
    code, data, stderr = check("-i", str(form), "--require-files")
    assert (code, data["problems"][0]["cell"]) == (1, f"Scores!E{row}")
    assert stderr == (
        f"error: {form}:Scores!E{row}: 2.1: scored without an evidence file, where files are required "
        "(write the file's path in its Evidence file cell)\n"
    )


def test_only_the_problems_reported_are_explained(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a missing name most likely meant is looked for only for the 50 problems said: a file
    naming 200 missing files costs no more than 50 lookups (10,000 took 0.8 s, as 10,000 good
    ones took 1.0 s, measured by hand)."""
    from par_cli.readers.evidence_files import Folder

    looked: list[str] = []
    real = Folder._near

    def counted(self: Folder, folder: str, part: str, last: bool) -> dict[str, Any]:
        looked.append(part)
        return real(self, folder, part, last)

    monkeypatch.setattr(Folder, "_near", counted)
    files = [{"file": f"tai_lieu_{n:03d}.pdf"} for n in range(200)]
    scores = write_scores(tmp_path / "s.yaml", {"1.1": {"evidence": files}})
    result = run_par("score", "-i", str(scores))
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-1] == "error: ... and 150 more problems (fix these first)"
    assert len(looked) == 50
