"""What a score may look like, and exact arithmetic on it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from par_cli.numbers import fmt, parse_score, parse_signed


@pytest.mark.parametrize(
    ("text", "value"),
    [("0", "0"), ("6.928", "6.928"), ("6,928", "6.928"), ("10", "10"), (" 1.5 ", "1.5"), ("007", "7")],
)
def test_accepted(text: str, value: str) -> None:
    assert parse_score(text) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("-1", "negative"),
        ("-0", "negative"),
        ("1.2345", "4 decimals"),
        ("nan", "not a number"),
        ("inf", "not a number"),
        ("1e1", "not a number"),
        ("1_000", "not a number"),
        ("٣", "not a number"),
        ("1,000.5", "mixes ',' and '.'"),
        ("6.928,5", "mixes ',' and '.'"),
        ("+1", "not a number"),
        ("", "not a number"),
        ("yes", "not a number"),
    ],
)
def test_refused(text: str, words: str) -> None:
    with pytest.raises(ValueError, match=words):
        parse_score(text)


def test_floats_and_booleans_are_refused() -> None:
    for value in (1.5, True):
        with pytest.raises(ValueError):
            parse_score(value)


def test_signed() -> None:
    assert parse_signed("-2") == Decimal(-2)
    assert parse_signed("0,5") == Decimal("0.5")


def test_fmt_never_uses_exponents() -> None:
    assert fmt(Decimal("1E+1")) == "10"
    assert fmt(Decimal("14.0")) == "14"
    assert fmt(Decimal("85.401")) == "85.401"
    assert fmt(Decimal("85.4"), places=2) == "85.40"
    assert fmt(Decimal("6.928"), decimal_sep=",") == "6,928"


scores = st.decimals(min_value=0, max_value=100, places=3, allow_nan=False, allow_infinity=False)


@given(st.lists(scores, max_size=50))
def test_sum_of_parsed_scores_is_exact(values: list[Decimal]) -> None:
    parsed = [parse_score(format(v, "f")) for v in values]
    assert parsed == values
    total = sum(parsed, Decimal(0))
    assert total == sum(values, Decimal(0))
    assert fmt(total).count(".") <= 1 and len(fmt(total).partition(".")[2]) <= 3


@given(st.text(max_size=20))
def test_any_text_parses_or_raises_value_error(text: str) -> None:
    try:
        value = parse_score(text)
    except ValueError:
        return
    assert value >= 0
