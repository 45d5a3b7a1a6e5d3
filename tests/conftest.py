"""Shared fixtures, and a guard: the tests test this working tree, not an installed copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import FIXTURES

import par_cli

ROOT = Path(__file__).resolve().parent.parent

if Path(par_cli.__file__).resolve().parent != ROOT / "par_cli":
    pytest.exit(
        f"par_cli is imported from {Path(par_cli.__file__).parent}, not from this working tree: "
        "run `pip install -e '.[test]'` first",
        returncode=4,
    )


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
