"""The shape of the code: a core that speaks in problems, never in sentences, and a documented code
for every problem."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from par_cli.labels import CATALOGUE
from par_cli.problems import Code

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "par_cli"

# Models, loading and computation: they never word a text, never choose a language, never exit.
CORE = [
    "problems",
    "bundled",
    "collect",
    "yamlsource",
    "numbers",
    "model",
    "validation",
    "plan",
    "actuals",
    "units",
    "ordering",
    "gaps",
    "workload",
    "summary",
    "assessment",
    "compare",
    "rollover",
    "batch",
    "sheets",
]
EDGE = (
    "par_cli.labels",
    "par_cli.problem_texts",
    "par_cli.messages",
    "par_cli.views",
    "par_cli.render",
    "par_cli.cli",
)
FOREIGN = ("typer", "click", "rich")


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


@pytest.mark.parametrize("module", CORE)
def test_the_core_imports_no_catalogue_no_cli_and_no_terminal(module: str) -> None:
    for name in _imports(module):
        assert not name.startswith(EDGE), f"par_cli.{module} imports {name}"
        assert name.split(".")[0] not in FOREIGN, f"par_cli.{module} imports {name}"


def test_every_core_module_is_listed() -> None:
    """A new module is either core (listed above) or part of the edge; decide, don't drift."""
    edge_modules = {"labels", "problem_texts", "messages", "report", "__init__", "__main__"}
    modules = {path.stem for path in PACKAGE.glob("*.py")}
    assert modules - edge_modules == set(CORE)


@pytest.mark.parametrize("code", list(Code))
def test_every_problem_code_has_a_message(code: Code) -> None:
    assert f"err.{code}" in CATALOGUE


def test_every_problem_code_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [code.value for code in Code if f"`{code.value}`" not in readme]
    assert missing == []
