"""Bundling a large evidence folder: `par evidence bundle` against `zip -r` of the same folder.

Makes a folder of evidence in a temporary place (by default 2 GiB, in /tmp), as offices hand it in:
mostly documents that are compressed already (PDF, JPEG, DOCX: here random bytes, which no
compressor shrinks), some text (CSV, TXT, XML: compressible), sizes from 20 KB to 40 MB and a few
scanned archives of 150 MB, spread over the criteria of the bundled plan and named in a scores
file. Then, in turn, for a few rounds (the same number of each, alternated, so that a noisy machine
slows both alike):

- `par evidence bundle` of that folder;
- `zip -r -q` of the same folder (Info-ZIP's default: deflate everything);
- `zip -r -q -0` (store everything): what merely copying the bytes into a zip costs.

each under `/usr/bin/time -v` for its wall time and peak memory (maximum resident set size). The
page cache is warm (each command reads a folder the previous one just read), as on a machine that
just received the files; a cold cache adds the disk's read time to all three alike. Memory is also
measured on a folder a tenth the size: constant memory means the same peak for both.

    python benchmarks/evidence_bundle.py                 # 2 GiB, 3 rounds; writes RESULTS.md
    python benchmarks/evidence_bundle.py --gib 0.2 --rounds 1 --no-write

Everything it made is deleted at the end. The section it writes into benchmarks/RESULTS.md lies
between two markers, which `benchmarks/run.py` keeps when it rewrites the rest.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import NamedTuple

from run import machine  # the same description of the machine as the other benchmarks give

HERE = Path(__file__).resolve().parent
BEGIN, END = "<!-- evidence-bundle: begin -->", "<!-- evidence-bundle: end -->"
MIB = 1 << 20
BINARY = ("pdf", "pdf", "pdf", "jpg", "jpg", "docx", "xlsx")  # what offices hand in, by how often
TEXT = ("csv", "txt", "xml")


class Run(NamedTuple):
    seconds: float
    peak_mib: float
    size: int  # of the zip written


def make_folder(root: Path, total: int, seed: int = 2024) -> Path:
    """The evidence folder and a scores file naming every file in it; returns the scores file."""
    sys.path.insert(0, str(HERE.parent))
    from par_cli.core.bundle_names import criterion_folder
    from par_cli.core.plan import load_plan

    plan = load_plan(None)
    criteria = [node for node in plan.criteria() if node.scored_by != "survey"]
    rng = random.Random(seed)
    noise = os.urandom(64 * MIB)  # slices of it: incompressible, and quick to write
    words = ("Báo", "cáo", "kết", "quả", "thực", "hiện", "cải", "cách", "hành", "chính", "năm", "2024")
    words += ("của", "UBND", "huyện", "Đắk", "R'Lấp")
    entries: dict[str, list[str]] = {}
    written, number = 0, 0
    while written < total:
        number += 1
        node = rng.choice(criteria)
        folder = criterion_folder(node.id, node.name)
        if number % 150 == 0:  # now and then a scanned archive
            size, kind = 150 * MIB, "pdf"
        else:
            size = int(20_000 * (2_000 ** rng.random()))  # 20 KB to 40 MB, evenly on a log scale
            kind = rng.choice(TEXT) if rng.random() < 0.12 else rng.choice(BINARY)
        size = min(size, total - written)
        name = f"Tài liệu {number:04d} {rng.choice(words)}.{kind}"
        path = root / folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as stream:
            left = size
            while left:
                if kind in TEXT:  # lines of words, each a little different: compressible text
                    piece = "\n".join(
                        f"{i};{' '.join(rng.sample(words, 6))};{rng.randint(0, 10**6)}" for i in range(2000)
                    ).encode("utf-8")
                else:
                    start = rng.randrange(0, len(noise) - MIB)
                    piece = noise[start : start + min(left, 8 * MIB)]
                piece = piece[:left]
                stream.write(piece)
                left -= len(piece)
        entries.setdefault(node.id, []).append(f"{folder}/{name}")
        written += size
    scores = root.parent / "scores.yaml"
    lines = ["scores:"]
    for criterion_id, files in entries.items():
        lines.append(f'  "{criterion_id}":')
        lines.append("    evidence:")
        lines += [f'      - file: "{path}"' for path in files]
    scores.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return scores


def timed(command: list[str], output: Path) -> Run:
    """One run under /usr/bin/time -v: wall seconds, peak memory, the zip's size."""
    output.unlink(missing_ok=True)
    started = time.perf_counter()
    done = subprocess.run(["/usr/bin/time", "-v", *command], capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed:\n{done.stderr}")
    peak = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
    assert peak is not None, done.stderr
    return Run(seconds, int(peak[1]) / 1024, output.stat().st_size)


def commands(par: str, scores: Path, folder: Path, output: Path) -> dict[str, tuple[list[str], Path]]:
    bundle = [par, "evidence", "bundle", "-i", str(scores), "--evidence-dir", str(folder), "-o", str(output)]
    # zip writes paths as given: from inside the folder, as the bundle holds them
    return {
        "par evidence bundle": (bundle, output),
        "zip -r": (["sh", "-c", f'cd "{folder}" && zip -r -q "{output}.zip" .'], Path(f"{output}.zip")),
        "zip -r -0 (store only)": (
            ["sh", "-c", f'cd "{folder}" && zip -r -q -0 "{output}.0.zip" .'],
            Path(f"{output}.0.zip"),
        ),
    }


def measure(
    par: str, gib: float, rounds: int, place: Path
) -> tuple[dict[str, list[Run]], dict[str, float], int, int]:
    total = int(gib * 1024 * MIB)
    work = Path(tempfile.mkdtemp(prefix="par-bundle-", dir=place))
    try:
        folder = work / "evidence"
        folder.mkdir()
        scores = make_folder(folder, total)
        files = sum(1 for p in folder.rglob("*") if p.is_file())
        output = work / "ho_so.zip"
        runs: dict[str, list[Run]] = {}
        cases = commands(par, scores, folder, output)
        for _ in range(rounds):
            for name, (command, written) in cases.items():
                runs.setdefault(name, []).append(timed(command, written))
                written.unlink(missing_ok=True)
        small = work / "small"  # a tenth of the folder: the same peak memory if it is constant
        small.mkdir()
        small_total = total // 10
        small_scores = make_folder(small, small_total, seed=7)
        peaks = {
            "par evidence bundle, a tenth of the folder": timed(
                [
                    par,
                    "evidence",
                    "bundle",
                    "-i",
                    str(small_scores),
                    "--evidence-dir",
                    str(small),
                    "-o",
                    str(output),
                ],
                output,
            ).peak_mib
        }
        output.unlink(missing_ok=True)
        return runs, peaks, files, total
    finally:
        shutil.rmtree(work, ignore_errors=True)


def section(runs: dict[str, list[Run]], peaks: dict[str, float], files: int, total: int, rounds: int) -> str:
    median = {name: statistics.median(r.seconds for r in rs) for name, rs in runs.items()}
    par = median["par evidence bundle"]
    rows = [
        f"| `{name}` | {median[name]:.1f} s | {total / MIB / median[name]:.0f} MiB/s | "
        f"{median[name] / par:.2f} | {max(r.peak_mib for r in rs):.0f} MiB | {rs[0].size / MIB:.0f} MiB |"
        for name, rs in runs.items()
    ]
    lines = [
        BEGIN,
        "## Bundling evidence",
        "",
        f"Measured on {date.today().isoformat()} with `python benchmarks/evidence_bundle.py` on",
        f"{machine()}: a folder of {total / (1024 * MIB):.1f} GiB in {files} files (PDF, JPEG, DOCX",
        "and XLSX as random bytes, 12 % text; 20 KB to 40 MB, and a 150 MB scan every 150 files), all",
        f"named in one scores file. Each command ran {rounds} times, alternated, under `/usr/bin/time -v`,",
        "page cache warm; the median.",
        "",
        "| command | time | throughput | / par | peak memory | zip size |",
        "|---|---:|---:|---:|---:|---:|",
        *rows,
        "",
    ]
    lines += [
        f"Peak memory of {name}: {peak:.0f} MiB (the whole folder: "
        f"{max(r.peak_mib for r in runs['par evidence bundle']):.0f} MiB)."
        for name, peak in peaks.items()
    ]
    lines += ["", END]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--gib", type=float, default=2.0, help="the folder's size (default 2)")
    parser.add_argument("--rounds", type=int, default=3, help="runs of each command (default 3)")
    parser.add_argument("--tmp", type=Path, default=Path("/tmp"), help="where to make it (default /tmp)")
    parser.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md alone")
    options = parser.parse_args()
    par = shutil.which("par", path=str(Path(sys.executable).parent)) or shutil.which("par")
    if par is None or shutil.which("zip") is None or not Path("/usr/bin/time").exists():
        raise SystemExit("needs par (installed here), zip and /usr/bin/time")
    runs, peaks, files, total = measure(par, options.gib, options.rounds, options.tmp)
    text = section(runs, peaks, files, total, options.rounds)
    print(text)
    if not options.no_write:
        results = HERE / "RESULTS.md"
        old = results.read_text(encoding="utf-8") if results.exists() else "# Benchmark results\n"
        kept = re.sub(rf"\n*{re.escape(BEGIN)}.*?{re.escape(END)}\n*", "\n", old, flags=re.S).rstrip("\n")
        results.write_text(f"{kept}\n\n{text}\n", encoding="utf-8")


if __name__ == "__main__":
    main()
