"""The bundle to upload (par evidence bundle): the same bytes from the same inputs, Vietnamese
names that Windows shows and can hold, an index that links its files, written whole or not at all;
what changed since an earlier bundle; the folders `par evidence init` makes for the same names."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import unicodedata
import zipfile
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import pytest
import yaml
from helpers import run_par
from hypothesis import given
from hypothesis import strategies as st

from par_cli.core.bundle_names import FILE_CHARS, FOLDER_CHARS, criterion_folder, safe_name, unique_names

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "tu_phap_ho_so.yaml"
EXAMPLE_DIR = ROOT / "examples" / "evidence"
PDF = b"%PDF-1.4\n% a tiny document\n%%EOF\n"


def bundle(output: Path, *args: str, lang: str = "en") -> Any:
    return run_par(
        "--lang", lang, "evidence", "bundle", "-i", str(EXAMPLE), "--evidence-dir", str(EXAMPLE_DIR),
        "--output", str(output), *args,
    )  # fmt: skip


def test_the_same_inputs_give_the_same_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "ho_so.zip", tmp_path / "b" / "ho_so.zip"
    first.parent.mkdir(), second.parent.mkdir()
    one = bundle(first, "--format", "json")
    assert one.exit_code == 0, one.stderr
    assert bundle(second).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    said = json.loads(one.stdout)
    assert said["sha256"] == hashlib.sha256(first.read_bytes()).hexdigest()  # the hash it says is the file's
    assert (said["files"], said["folders"], said["size"]) == (6, 6, first.stat().st_size)


def test_the_bundle_opens_with_its_vietnamese_names(tmp_path: Path) -> None:
    output = tmp_path / "ho_so_kiem_chung.zip"
    assert bundle(output, lang="vi").exit_code == 0
    with zipfile.ZipFile(output) as archive:
        infos = archive.infolist()
        names = [info.filename for info in infos]
        assert all(info.flag_bits & 0x800 for info in infos)  # UTF-8 names, for Windows Explorer
        assert all(info.date_time == (1980, 1, 1, 0, 0, 0) for info in infos)
        assert {info.external_attr >> 16 for info in infos} == {0o40755, 0o100644}
        assert archive.testzip() is None
        folder = "3.4 Thực hiện cơ chế một cửa, một cửa liên thông/"
        assert folder in names
        assert f"{folder}Sổ theo dõi hồ sơ TTHC tư pháp 2024.pdf" in names
        # one report, claimed for 2.1, 2.2 and 2.4: in each one's folder, the same bytes
        reports = [n for n in names if n.endswith("/Báo cáo 198-BC-UBND.pdf")]
        assert [n.split(" ", 1)[0] for n in reports] == ["2.1", "2.2", "2.4"]
        original = (EXAMPLE_DIR / reports[0]).read_bytes()
        assert all(archive.read(n) == original for n in reports)
        assert names[-2:] == ["Danh mục tài liệu kiểm chứng.html", "Danh mục tài liệu kiểm chứng.xlsx"]
        assert "Bản nháp.txt" not in " ".join(names)  # claimed by nobody: not handed in
        assert all(unicodedata.is_normalized("NFC", n) for n in names)
    if shutil.which("unzip"):
        listing = subprocess.run(["unzip", "-l", str(output)], capture_output=True, check=True).stdout
        assert "3.4 Thực hiện cơ chế một cửa, một cửa liên thông/Sổ theo dõi".encode() in listing


def test_the_index_lists_and_links_every_file(tmp_path: Path) -> None:
    output = tmp_path / "ho_so.zip"
    assert bundle(output).exit_code == 0
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(output) as archive:
        archive.extractall(unpacked)
    html = (unpacked / "Evidence index.html").read_text(encoding="utf-8")
    links = [unquote(href) for href in __import__("re").findall(r'<a href="([^"]+)"', html)]
    assert len(links) == 6 and all((unpacked / link).is_file() for link in links)
    for path in unpacked.rglob("*.pdf"):  # each file's SHA-256, as the index gives it
        assert hashlib.sha256(path.read_bytes()).hexdigest() in html
    from openpyxl import load_workbook

    sheet = load_workbook(unpacked / "Evidence index.xlsx").active
    rows = [[c.value for c in row] for row in sheet.iter_rows() if row[0].value in {"2.1", "2.3", "3.6"}]
    assert rows[1][:7] == [
        "2.3",
        "Rà soát văn bản quy phạm pháp luật (QPPL)",
        "85/QĐ-UBND",
        "15 Jan 2024",
        "Quyết định công bố danh mục văn bản hết hiệu lực",
        "Quyết định 85-QĐ-UBND.pdf",
        647,  # the file's size: the example PDF's bytes
    ]
    assert sheet.page_setup.orientation == "landscape" and sheet.freeze_panes is not None


def test_a_bundle_is_written_whole_or_not_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C in the middle of the files: no bundle, no temporary file left beside it."""
    from par_cli.render import bundle_zip

    real = bundle_zip._add
    calls = []

    def interrupted(*args: Any) -> Any:
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        return real(*args)

    monkeypatch.setattr(bundle_zip, "_add", interrupted)
    output = tmp_path / "ho_so.zip"
    result = bundle(output)
    assert result.exit_code == 130
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_cannot_be_read_meanwhile_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from par_cli.render import bundle_zip

    def refusing(path: Any, *args: Any, **kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(bundle_zip, "open", refusing, raising=False)
    result = bundle(tmp_path / "ho_so.zip")
    assert result.exit_code == 1
    assert (
        "evidence file '2.1 Ban hành văn bản quy phạm pháp luật (QPPL) trong năm/Báo cáo 198-BC-UBND.pdf'"
        in result.stderr
    )
    assert "cannot be read (permission denied)" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_existing_bundle_is_replaced_only_with_force(tmp_path: Path) -> None:
    output = tmp_path / "ho_so.zip"
    output.write_bytes(b"before")
    result = bundle(output)
    assert (result.exit_code, output.read_bytes()) == (2, b"before")
    assert result.stderr.startswith(f"error: {output}: ")
    assert bundle(output, "--force").exit_code == 0
    assert zipfile.is_zipfile(output)


def test_errors_stop_the_bundle_before_anything_is_written(tmp_path: Path) -> None:
    scores = tmp_path / "s.yaml"
    scores.write_text(yaml.safe_dump({"scores": {"1.1": {"evidence": [{"file": "nowhere.pdf"}]}}}), "utf-8")
    result = run_par("evidence", "bundle", "-i", str(scores), "--output", str(tmp_path / "b.zip"))
    assert result.exit_code == 1
    assert "evidence-missing" not in result.stderr and "'nowhere.pdf' is not in" in result.stderr
    assert not (tmp_path / "b.zip").exists()


def test_check_against_an_earlier_bundle_says_what_changed(tmp_path: Path) -> None:
    folder = tmp_path / "ev"
    shutil.copytree(EXAMPLE_DIR, folder)
    before = tmp_path / "before.zip"
    args = ("-i", str(EXAMPLE), "--evidence-dir", str(folder))
    assert run_par("evidence", "bundle", *args, "--output", str(before)).exit_code == 0
    changed = folder / "2.3 Rà soát văn bản quy phạm pháp luật (QPPL)" / "Quyết định 85-QĐ-UBND.pdf"
    changed.write_bytes(changed.read_bytes() + b"% signed copy\n")
    result = run_par("evidence", "check", *args, "--against", str(before), "--format", "json")
    assert result.exit_code == 0, result.stderr
    changes = json.loads(result.stdout)["changes"]
    assert [c["name"] for c in changes["changed"]] == [
        "2.3 Rà soát văn bản quy phạm pháp luật (QPPL)/Quyết định 85-QĐ-UBND.pdf"
    ]
    assert changes["changed"][0]["sha256"] == hashlib.sha256(changed.read_bytes()).hexdigest()
    assert (changes["added"], changes["moved"], changes["removed"], changes["unchanged"]) == ([], [], [], 5)
    fewer = tmp_path / "fewer.yaml"  # 3.6's file no longer named, 3.4's under another name
    text = EXAMPLE.read_text(encoding="utf-8").split('  "3.6":')[0]
    (
        folder
        / "3.4 Thực hiện cơ chế một cửa, một cửa liên thông"
        / "Sổ theo dõi hồ sơ TTHC tư pháp 2024.pdf"
    ).rename(folder / "3.4 Thực hiện cơ chế một cửa, một cửa liên thông" / "so_theo_doi.pdf")
    fewer.write_text(text.replace("Sổ theo dõi hồ sơ TTHC tư pháp 2024.pdf", "so_theo_doi.pdf"), "utf-8")
    result = run_par(
        "evidence",
        "check",
        "-i",
        str(fewer),
        "--evidence-dir",
        str(folder),
        "--against",
        str(before),
        env={"COLUMNS": "300"},
    )
    assert "Since " + str(before) + ": 0 added, 1 changed, 1 moved, 1 removed, 3 unchanged" in result.stdout
    assert run_par("evidence", "check", *args, "--against", str(EXAMPLE)).exit_code == 1  # not a zip


def test_init_makes_the_folders_the_bundle_fills(tmp_path: Path) -> None:
    folder = tmp_path / "ev"
    mac = unicodedata.normalize("NFD", "3.4 Thực hiện cơ chế một cửa, một cửa liên thông")
    (folder / mac).mkdir(parents=True)  # copied from a Mac: kept, never made twice
    result = run_par("evidence", "init", "--dir", str(folder), "--unit", "tu phap", "--format", "json")
    assert result.exit_code == 0, result.stderr
    made = json.loads(result.stdout)["folders"]
    # Phòng Tư pháp scores 4 criteria and contributes to 13 (par by-unit), less 8.1, the survey's
    assert len(made) == 16 and [f["made"] for f in made if f["id"] == "3.4"] == [False]
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [mac] + [f["folder"] for f in made if f["made"]]
    )
    again = json.loads(
        run_par("evidence", "init", "--dir", str(folder), "--unit", "tu_phap", "-f", "json").stdout
    )
    assert not any(f["made"] for f in again["folders"])
    # a file filed in 2.3's folder lands in the bundle under the same folder's name
    (folder / made[3]["folder"] / "qd.pdf").write_bytes(PDF)
    scores = tmp_path / "s.yaml"
    scores.write_text(
        yaml.safe_dump(
            {"scores": {"2.3": {"evidence": [{"file": made[3]["folder"] + "/qd.pdf"}]}}}, allow_unicode=True
        ),
        "utf-8",
    )
    out = tmp_path / "b.zip"
    assert (
        run_par(
            "evidence", "bundle", "-i", str(scores), "--evidence-dir", str(folder), "-o", str(out)
        ).exit_code
        == 0
    )
    assert f"{made[3]['folder']}/qd.pdf" in zipfile.ZipFile(out).namelist()
    whole = json.loads(run_par("evidence", "init", "--dir", str(tmp_path / "all"), "-f", "json").stdout)
    assert len(whole["folders"]) == 45  # 46 criteria but 8.1, the survey's


def test_init_of_a_path_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "f").write_text("x")
    result = run_par("evidence", "init", "--dir", str(tmp_path / "f"))
    assert (result.exit_code, result.stderr) == (
        2,
        f"error: {tmp_path / 'f'}: not a folder (name the folder that holds the evidence files)\n",
    )


# -- names every system holds


def test_names_windows_can_hold() -> None:
    assert safe_name('Báo cáo: "số 12" <bản> a|b?*.pdf') == "Báo cáo_ _số 12_ _bản_ a_b__.pdf"
    assert safe_name("Tờ trình/Quyết định.pdf") == "Tờ trình-Quyết định.pdf"
    assert (
        safe_name("CON.pdf") == "_CON.pdf"
        and safe_name("lpt1") == "_lpt1"
        and safe_name("COM¹.txt") == "_COM¹.txt"
    )
    assert safe_name("báo cáo.  ") == "báo cáo" and safe_name("...") == "_"
    assert safe_name("a\x00b\tc\u202ed.pdf") == "a_b_c_d.pdf"
    assert safe_name(unicodedata.normalize("NFD", "Thực hiện.pdf")) == "Thực hiện.pdf"
    long = safe_name("Báo cáo kết quả " * 20 + ".docx")
    assert long.endswith(".docx") and len(long) <= FILE_CHARS
    assert criterion_folder("3.4", "Thực hiện cơ chế một cửa") == "3.4 Thực hiện cơ chế một cửa"
    assert (
        len(
            criterion_folder(
                "5.1", "Xác định cơ cấu ngạch công chức, chức danh nghề nghiệp viên chức theo vị trí"
            )
        )
        <= FOLDER_CHARS
    )
    # cut at a word, and never on a comma: 7.1's name runs to 63 characters with its id
    seventh = criterion_folder("7.1", "Chuyển đổi số/phát triển chính quyền số của cơ quan, đơn vị")
    assert seventh == "7.1 Chuyển đổi số-phát triển chính quyền số của cơ quan"


def test_clashes_are_settled_by_the_original_paths_whatever_the_order() -> None:
    wanted = [("a.pdf", "z/a.pdf"), ("A.pdf", "b/A.pdf"), ("a.pdf", "c/a.pdf")]
    assert unique_names(wanted) == ["a (3).pdf", "A.pdf", "a (2).pdf"]
    assert dict(zip(wanted, unique_names(wanted), strict=True)) == dict(
        zip(wanted[::-1], unique_names(wanted[::-1]), strict=True)
    )


WINDOWS_RESERVED = set('<>:"/\\|?*') | {chr(c) for c in range(32)}


@given(st.lists(st.text(min_size=1, max_size=300), min_size=1, max_size=8, unique=True), st.randoms())
def test_every_name_is_safe_and_unique_in_any_order(texts: list[str], random: Any) -> None:
    wanted = [(safe_name(text), text) for text in texts]
    names = unique_names(wanted)
    shuffled = list(zip(wanted, names, strict=True))
    random.shuffle(shuffled)
    again = unique_names([w for w, _ in shuffled])
    assert again == [n for _, n in shuffled]  # the same name for the same file, whatever the order
    assert len({n.casefold() for n in names}) == len(names)
    for name in names:
        assert name and not WINDOWS_RESERVED & set(name)
        assert not name.endswith((".", " ")) and unicodedata.is_normalized("NFC", name)
        assert len(name) <= FILE_CHARS and len(name.encode("utf-8")) <= 255
        assert name.split(".")[0].strip().upper() not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}


def test_files_are_deflated_at_the_level_chosen(tmp_path: Path) -> None:
    """render/bundle_zip.py sets the level of an entry streamed into the zip through zipfile's
    ZipInfo (private before Python 3.13): if a release moves it, this fails."""
    import zlib

    from par_cli.render.bundle_zip import LEVEL, Entry, write_bundle

    text = b"".join(
        b"%d;B\xc3\xa1o c\xc3\xa1o s\xe1\xbb\x91 %d/BC-UBND;%d\n" % (i, i * 7 % 1000, i * i % 9973)
        for i in range(50_000)
    )
    source = tmp_path / "so_lieu.csv"
    source.write_bytes(text)
    with open(tmp_path / "b.zip", "w+b") as stream:
        write_bundle(stream, ["1.1"], [Entry("1.1/so_lieu.csv", str(source))])
    deflate = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    expected = len(deflate.compress(text) + deflate.flush())
    (info,) = [i for i in zipfile.ZipFile(tmp_path / "b.zip").infolist() if not i.is_dir()]
    assert info.compress_type == zipfile.ZIP_DEFLATED
    assert info.compress_size == expected, "render/bundle_zip.py: set_level no longer sets the level"


def test_ctrl_c_while_the_bundle_is_written_leaves_nothing(tmp_path: Path) -> None:
    """A real SIGINT to a real process, once its temporary file exists: exit 130, and neither the
    bundle nor the temporary file is left."""
    import os
    import random
    import signal
    import sys
    import time

    folder = tmp_path / "ev"
    folder.mkdir()
    rng = random.Random(1)
    line = "Báo cáo số {}/BC-UBND về kết quả cải cách hành chính; {}\n"
    text = "".join(line.format(i, rng.random()) for i in range(200_000)).encode("utf-8")  # about 14 MB
    for number in range(10):  # text deflates slowly enough to be caught in the middle
        (folder / f"so_lieu_{number}.csv").write_bytes(text + bytes([number]))
    scores = tmp_path / "s.yaml"
    files = [{"file": f"so_lieu_{n}.csv"} for n in range(10)]
    scores.write_text(yaml.safe_dump({"scores": {"1.1": {"evidence": files}}}), "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    command = [sys.executable, "-m", "par_cli", "evidence", "bundle", "-i", str(scores)]
    command += ["--evidence-dir", str(folder), "--output", str(out / "ho_so.zip")]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not list(out.iterdir()) and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    assert process.poll() is None, "the bundle was written before it could be interrupted"
    os.kill(process.pid, signal.SIGINT)
    process.communicate(timeout=60)
    assert process.returncode == 130
    assert list(out.iterdir()) == []
