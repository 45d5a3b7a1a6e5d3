"""Shared fixtures, and a guard: the tests test this working tree, not an installed copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import FIXTURES
from hypothesis import settings

import par_cli

ROOT = Path(__file__).resolve().parent.parent

if Path(par_cli.__file__).resolve().parent != ROOT / "par_cli":
    pytest.exit(
        f"par_cli is imported from {Path(par_cli.__file__).parent}, not from this working tree: "
        "run `pip install -e '.[test]'` first",
        returncode=4,
    )

# Property tests judge what the code does, not how fast a shared 2-core machine runs it: no
# per-example wall-clock deadline (a slow example is not a wrong one).
settings.register_profile("par", deadline=None)
settings.load_profile("par")


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
