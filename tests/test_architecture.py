"""The shape of the code: a core that speaks in problems, never in sentences, and a documented code
for every problem."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

from par_cli.core.problems import Code
from par_cli.texts.labels import CATALOGUE

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "par_cli"
FOREIGN = ("typer", "click", "rich")

# The layers, from the data to what a user reads: each package may import those to its left
# (readers only the core's problems), never those to its right.
#   readers -> core -> texts -> views -> render -> cli
MAY_IMPORT: dict[str, tuple[str, ...]] = {
    "readers": ("par_cli.readers", "par_cli.core.problems"),
    "core": ("par_cli.core", "par_cli.readers"),
    "texts": ("par_cli.texts", "par_cli.core"),
    "views": ("par_cli.views", "par_cli.texts", "par_cli.core"),
    # A renderer takes a view's shape (views.shapes), never a view itself.
    "render": ("par_cli.render", "par_cli.views.shapes", "par_cli.texts", "par_cli.core"),
    "cli": ("par_cli",),
}


def _modules() -> list[str]:
    """Every module of the package, as ``layer/name`` (``core/plan``)."""
    return sorted(
        str(path.relative_to(PACKAGE).with_suffix(""))
        for path in PACKAGE.rglob("*.py")
        if path.parent != PACKAGE
    )


def _imports(module: str) -> set[str]:
    """Every module ``module`` imports, at the top or inside a function."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return found


@pytest.mark.parametrize("module", _modules())
def test_each_layer_imports_only_the_layers_below_it(module: str) -> None:
    layer = module.split("/")[0]
    allowed = MAY_IMPORT[layer]
    for name in _imports(module):
        if name == "par_cli" or name.startswith("par_cli."):
            assert name.startswith(allowed), f"par_cli/{module}.py ({layer}) imports {name}"
        elif not (layer == "cli" and name.split(".")[0] == "typer"):  # typer is the command line
            assert name.split(".")[0] not in FOREIGN, f"par_cli/{module}.py imports {name}"


def _test_only_distributions() -> set[str]:
    """The distributions of the test extra that are no runtime dependency, by normalised name."""
    import re
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]

    def names(requirements: list[str]) -> set[str]:
        named = (re.split(r"[<>=!~;\[ ]", line, maxsplit=1)[0] for line in requirements)
        return {name.lower().replace("_", "-") for name in named}

    return names(project["optional-dependencies"]["test"]) - names(project["dependencies"])


@pytest.mark.parametrize("module", _modules())
def test_no_module_imports_a_test_only_library(module: str) -> None:
    """What the tests read the outputs back with (openpyxl, python-docx, pypdf…) is not installed
    with par: a module that imported one would fail on a user's machine."""
    from importlib.metadata import packages_distributions

    test_only = _test_only_distributions()
    assert "openpyxl" in test_only and "python-docx" in test_only  # the rule reads pyproject right
    distributions = packages_distributions()
    for name in _imports(module):
        found = {dist.lower().replace("_", "-") for dist in distributions.get(name.split(".")[0], [])}
        assert not found & test_only, f"par_cli/{module}.py imports {name}, installed for the tests only"


def test_the_package_root_holds_only_its_entry_points() -> None:
    """A new module goes into the layer it belongs to; the root is the version and `python -m`."""
    assert {path.name for path in PACKAGE.glob("*.py")} == {"__init__.py", "__main__.py"}
    assert {path.parent.name for path in PACKAGE.rglob("*.py") if path.parent != PACKAGE} == set(MAY_IMPORT)


def test_the_rule_catches_a_wrong_import(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The test above can fail: a core module importing a catalogue is caught."""
    core = tmp_path / "core"
    core.mkdir()
    (core / "bad.py").write_text("from par_cli.texts.labels import Labels\n", encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "PACKAGE", tmp_path)
    with pytest.raises(AssertionError, match=r"imports par_cli\.texts\.labels"):
        test_each_layer_imports_only_the_layers_below_it("core/bad")


@pytest.mark.parametrize("code", list(Code))
def test_every_problem_code_has_a_message(code: Code) -> None:
    assert f"err.{code}" in CATALOGUE


def _problems_table() -> list[str]:
    """Every code-like entry of the first column of the README's table under "## Problems"."""
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Problems\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and not line.startswith("| code")]
    assert rows, "the README's Problems section has a table"
    return [code for row in rows for code in re.findall(r"`([^`]+)`", row.split(" | ")[0])]


def test_every_problem_code_is_in_the_readme_table() -> None:
    listed = _problems_table()
    assert [code.value for code in Code if code.value not in listed] == []


def test_every_code_in_the_readme_table_is_a_code() -> None:
    listed = _problems_table()
    known = {code.value for code in Code}
    assert [code for code in listed if code not in known] == []
    assert len(listed) == len(set(listed))  # each once
