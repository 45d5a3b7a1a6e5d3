"""Scores as exact decimals: what a score may look like in a file, and how it is written out.

A score is written with ASCII digits, and at most one decimal separator followed by at most
three digits. The separator may be a point (6.928) or, as Vietnamese documents write it, a
comma (6,928). Thousands separators, exponents, signs, underscores and non-ASCII digits are
refused, so that "1,000.5" or "1e1" can never be read as something the user did not mean.
No real score needs more than 9 digits before the separator; longer ones are refused, so that
every sum stays exact within Decimal's 28 digits.
"""

from __future__ import annotations

import re
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from functools import lru_cache

from par_cli.core.problems import Code, ValueProblem, shown

MAX_DECIMALS = 3
MAX_DIGITS = 9  # before the decimal separator

_UNSIGNED = re.compile(r"[0-9]+(?:[.,][0-9]+)?", re.ASCII)
_SIGNED = re.compile(r"[-+]?[0-9]+(?:[.,][0-9]+)?", re.ASCII)
_SHOWN = 40  # characters of a refused value quoted back


def parse_score(value: object) -> Decimal:
    """A score of a file: finite, at least 0, at most 3 decimals. Raises ValueProblem."""
    if type(value) is str:  # as every value of a file is: the hot path, one cached look-up
        return _parse_text(value, False)
    return _parse(value, signed=False)


def parse_signed(value: object) -> Decimal:
    """A difference between two scores: like a score, but it may be negative."""
    if type(value) is str:
        return _parse_text(value, True)
    return _parse(value, signed=True)


def _parse(value: object, signed: bool) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise ValueProblem(Code.NOT_A_NUMBER, text=shown(value, _SHOWN))
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueProblem(Code.NOT_A_NUMBER, text=shown(value, _SHOWN))
        return _parse_text(format(value, "f"), signed)
    return _parse_text(str(value), signed)


@lru_cache(maxsize=4096)
def _parse_text(text: str, signed: bool) -> Decimal:
    """Parsed once per distinct text: a plan repeats a few values (1, 0.5, 2) thousands of times,
    and each then shares one Decimal."""
    text = text.strip()
    pattern = _SIGNED if signed else _UNSIGNED
    if not pattern.fullmatch(text):
        if not signed and text.startswith("-") and _SIGNED.fullmatch(text):
            raise ValueProblem(Code.NEGATIVE_NUMBER, text=text[:_SHOWN])
        if "," in text and "." in text:
            raise ValueProblem(Code.MIXED_SEPARATORS, text=text[:_SHOWN])
        raise ValueProblem(Code.NOT_A_NUMBER, text=shown(text, _SHOWN))
    whole, _, decimals = text.lstrip("+-").replace(",", ".").partition(".")
    if len(decimals) > MAX_DECIMALS:
        raise ValueProblem(Code.TOO_MANY_DECIMALS, text=text[:_SHOWN], count=len(decimals), max=MAX_DECIMALS)
    if len(whole.lstrip("0")) > MAX_DIGITS:
        raise ValueProblem(Code.TOO_MANY_DIGITS, text=_quoted(text), max=MAX_DIGITS)
    number = Decimal(text.replace(",", "."))
    return number.copy_abs() if number.is_zero() else number  # "-0" reads as 0


def _quoted(text: str) -> str:
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def fmt(value: Decimal, places: int | None = None, decimal_sep: str = ".") -> str:
    """Plain positional notation (never 1E+1, never 14.0), or exactly ``places`` decimals
    (rounded half up, as published figures are)."""
    if places is not None:
        text = format(round_half_up(value, places), "f")
    else:
        text = format(value, "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    return text.replace(".", decimal_sep) if decimal_sep != "." else text


def round_half_up(value: Decimal, places: int) -> Decimal:
    """The one rounding rule of every figure shown with fixed decimals."""
    return value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)


def percent(part: Decimal, whole: Decimal) -> Decimal | None:
    """``part`` as a percentage of ``whole``, to 2 decimals; None when ``whole`` is 0."""
    if not whole:
        return None
    return round_half_up(part * 100 / whole, 2)


def round_up(value: Decimal, places: int) -> Decimal:
    """Rounded up to ``places`` decimals: what is still needed to reach a figure, never short of it."""
    return value.quantize(Decimal(1).scaleb(-places), ROUND_CEILING)
