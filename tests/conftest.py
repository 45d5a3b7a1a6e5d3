"""Shared fixtures."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import FIXTURES

from par_cli.labels import set_language


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Core functions called directly speak English, whatever an earlier test chose."""
    set_language("en")
    yield
    set_language("en")


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
