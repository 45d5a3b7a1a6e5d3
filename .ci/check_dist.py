"""What `python -m build` made, checked: `python .ci/check_dist.py SOURCE DIST`.

SOURCE is the project it was built from, DIST its `dist/` folder. The wheel holds exactly the
package's modules and the bundled plan (as `par_cli/data/`, byte for byte), and its metadata the
version of `par_cli.__version__`; the source archive holds what builds that wheel; neither holds
anything of the machine that built them (compiled files, a path of it).
"""

from __future__ import annotations

import re
import sys
import tarfile
import zipfile
from pathlib import Path


def main(source: Path, dist: Path) -> list[str]:
    # Where the build ran: the project's folder, the home folder, pip's and build's isolated
    # environments (pip-build-env-*, build-env-*).
    machine = [str(source.resolve()), str(Path.home()), "build-env-"]
    text = (source / "par_cli" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'__version__ = "([^"]+)"', text)
    assert match, "no __version__ in par_cli/__init__.py"
    version = match[1]
    wheel = dist / f"par_cli-{version}-py3-none-any.whl"
    sdist = dist / f"par_cli-{version}.tar.gz"
    found = sorted(path.name for path in dist.iterdir())
    if found != sorted([wheel.name, sdist.name]):
        return [f"dist holds {found}, not the wheel and source archive of version {version}"]

    modules = {str(path.relative_to(source)) for path in (source / "par_cli").rglob("*.py")}
    data = {f"par_cli/data/{path.name}": path for path in (source / "data").iterdir() if path.is_file()}
    info = f"par_cli-{version}.dist-info"
    wanted = modules | set(data) | {f"{info}/{name}" for name in ("METADATA", "WHEEL", "RECORD")}
    wanted |= {f"{info}/entry_points.txt", f"{info}/top_level.txt"}
    errors = []
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        errors += [f"wheel: missing {name}" for name in sorted(wanted - names)]
        errors += [f"wheel: unexpected {name}" for name in sorted(names - wanted)]
        errors += [
            f"wheel: {name} differs from data/{Path(name).name}"
            for name, path in data.items()
            if name in names and archive.read(name) != path.read_bytes()
        ]
        metadata = archive.read(f"{info}/METADATA").decode("utf-8")
        if f"\nVersion: {version}\n" not in metadata or "\nRequires-Python: >=3.11\n" not in metadata:
            errors.append("wheel: METADATA lacks the version or Requires-Python")
        if "console_scripts" not in archive.read(f"{info}/entry_points.txt").decode("utf-8"):
            errors.append("wheel: no `par` command")
        errors += [
            f"wheel: {name} names a path of this machine"
            for name in names
            if _local(archive.read(name), machine)
        ]

    top = f"par_cli-{version}/"
    with tarfile.open(sdist) as archive:
        members = {member.name: member for member in archive.getmembers() if member.isfile()}
        needed = {f"{top}{name}" for name in (*modules, "pyproject.toml", "README.md", "data/__init__.py")}
        needed |= {f"{top}data/{path.name}" for path in data.values()}
        errors += [f"source archive: missing {name}" for name in sorted(needed - set(members))]
        for name, member in members.items():
            if "__pycache__" in name or name.endswith((".pyc", ".whl")) or "/.venv/" in name:
                errors.append(f"source archive: unexpected {name}")
            extracted = archive.extractfile(member)
            if extracted is not None and _local(extracted.read(), machine):
                errors.append(f"source archive: {name} names a path of this machine")
    return errors


def _local(content: bytes, machine: list[str]) -> bool:
    return any(place.encode("utf-8") in content for place in machine)


if __name__ == "__main__":
    problems = main(Path(sys.argv[1]), Path(sys.argv[2]))
    for problem in problems:
        print(problem, file=sys.stderr)
    if not problems:
        print(f"dist: the wheel and the source archive hold the package and the bundled plan ({sys.argv[2]})")
    sys.exit(1 if problems else 0)
