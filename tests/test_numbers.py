"""What a score may look like, and exact arithmetic on it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from par_cli.core.numbers import fmt, parse_score, parse_signed
from par_cli.core.problems import Code, ValueProblem


@pytest.mark.parametrize(
    ("text", "value"),
    [("0", "0"), ("6.928", "6.928"), ("6,928", "6.928"), ("10", "10"), (" 1.5 ", "1.5"), ("007", "7")],
)
def test_accepted(text: str, value: str) -> None:
    assert parse_score(text) == Decimal(value)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("-1", Code.NEGATIVE_NUMBER),
        ("-0", Code.NEGATIVE_NUMBER),
        ("1.2345", Code.TOO_MANY_DECIMALS),
        ("nan", Code.NOT_A_NUMBER),
        ("inf", Code.NOT_A_NUMBER),
        ("1e1", Code.NOT_A_NUMBER),
        ("1_000", Code.NOT_A_NUMBER),
        ("٣", Code.NOT_A_NUMBER),
        ("1,000.5", Code.MIXED_SEPARATORS),
        ("6.928,5", Code.MIXED_SEPARATORS),
        ("+1", Code.NOT_A_NUMBER),
        ("", Code.NOT_A_NUMBER),
        ("yes", Code.NOT_A_NUMBER),
        ("1234567890", Code.TOO_MANY_DIGITS),  # 10 digits: no score is that large
        ("9" * 5000, Code.TOO_MANY_DIGITS),  # refused, not left to fail in decimal
    ],
)
def test_refused(text: str, code: Code) -> None:
    with pytest.raises(ValueProblem) as caught:
        parse_score(text)
    assert caught.value.code is code


def test_nine_digits_are_a_score() -> None:
    assert parse_score("000123456789.5") == Decimal("123456789.5")


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
