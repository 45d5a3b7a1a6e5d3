"""Scores as exact decimals: what a score may look like in a file, and how it is printed.

A score is written with ASCII digits, and at most one decimal separator followed by at most
three digits. The separator may be a point (6.928) or, as Vietnamese documents write it, a
comma (6,928). Thousands separators, exponents, signs, underscores and non-ASCII digits are
refused, so that "1,000.5" or "1e1" can never be read as something the user did not mean.
"""

from __future__ import annotations

import re
from decimal import Decimal

from par_cli.labels import decimal_separator, t

MAX_DECIMALS = 3

_UNSIGNED = re.compile(r"[0-9]+(?:[.,][0-9]+)?", re.ASCII)
_SIGNED = re.compile(r"[-+]?[0-9]+(?:[.,][0-9]+)?", re.ASCII)


def parse_score(value: object) -> Decimal:
    """A score of a file: finite, at least 0, at most 3 decimals. Raises ValueError."""
    return _parse(value, signed=False)


def parse_signed(value: object) -> Decimal:
    """A difference between two scores: like a score, but it may be negative."""
    return _parse(value, signed=True)


def _parse(value: object, signed: bool) -> Decimal:
    example = t("err.num.example")
    if isinstance(value, bool | float):
        raise ValueError(t("err.num.inexact", value=repr(value), example=example))
    if isinstance(value, int):
        text = str(value)
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise ValueError(t("err.num.not_number", text=value, example=example))
        text = format(value, "f")
    elif isinstance(value, str):
        text = value.strip()
    else:
        raise ValueError(t("err.num.type", example=example))
    pattern = _SIGNED if signed else _UNSIGNED
    if not pattern.fullmatch(text):
        if not signed and _SIGNED.fullmatch(text) and text.startswith("-"):
            raise ValueError(t("err.num.negative", text=text))
        if "," in text and "." in text:
            raise ValueError(t("err.num.mixed", text=text))
        raise ValueError(t("err.num.not_number", text=text, example=example))
    _, _, decimals = text.replace(",", ".").partition(".")
    if len(decimals) > MAX_DECIMALS:
        raise ValueError(t("err.num.decimals", text=text, count=len(decimals), max=MAX_DECIMALS))
    number = Decimal(text.replace(",", "."))
    return number.copy_abs() if number.is_zero() else number  # "-0" reads as 0


def fmt(value: Decimal, places: int | None = None, decimal_sep: str = ".") -> str:
    """Plain positional notation (never 1E+1, never 14.0), or exactly ``places`` decimals."""
    if places is not None:
        text = format(value.quantize(Decimal(1).scaleb(-places)), "f")
    else:
        text = format(value, "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
    return text.replace(".", decimal_sep) if decimal_sep != "." else text


def num(value: Decimal, places: int | None = None) -> str:
    """A number inside a sentence, with the decimal separator of the current language."""
    return fmt(value, places, decimal_separator())


def percent(part: Decimal, whole: Decimal) -> Decimal | None:
    """``part`` as a percentage of ``whole``, to 2 decimals; None when ``whole`` is 0."""
    if not whole:
        return None
    return (part * 100 / whole).quantize(Decimal("0.01"))
