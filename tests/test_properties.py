"""Invariants over generated input: exact sums, and no traceback whatever the file holds."""

from __future__ import annotations

import tempfile
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from par_cli.core.actuals import Actuals, load_actuals
from par_cli.core.assessment import assess
from par_cli.core.plan import load_plan
from par_cli.core.problems import Code, DataError
from par_cli.readers.yamlsource import parse_source
from par_cli.texts.labels import Labels
from par_cli.texts.messages import line

PLAN = load_plan()
CRITERIA = list(PLAN.criteria())


@st.composite
def scores(draw: st.DrawFn) -> dict[str, Decimal]:
    chosen = draw(st.lists(st.sampled_from(CRITERIA), unique_by=lambda c: c.id))
    return {
        c.id: draw(st.decimals(min_value=0, max_value=c.max, places=3, allow_nan=False, allow_infinity=False))
        for c in chosen
    }


def _load(text: str) -> Actuals:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "scores.yaml"
        path.write_text(text, encoding="utf-8")
        return load_actuals(PLAN, [path])


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(scores(), st.booleans())
def test_total_is_the_exact_sum_of_the_scores(values: dict[str, Decimal], comma: bool) -> None:
    lines = ["scores:"]
    for criterion_id, value in values.items():
        text = format(value, "f")
        lines.append(f'  "{criterion_id}": {text.replace(".", ",") if comma else text}')
    actuals = _load("\n".join(lines) + "\n")
    result = assess(PLAN, actuals)
    assert result.total == sum(values.values(), Decimal(0))
    assert result.floor <= result.at_target <= result.ceiling


@settings(max_examples=150)
@given(st.binary(max_size=200))
def test_junk_bytes_never_raise_anything_but_a_data_error(junk: bytes) -> None:
    try:
        parse_source(junk)
    except DataError as error:
        assert _one_line_each(error)


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list('scores:"1.2 -,\n{}[]&*!#?|>\t01.yesn~')), max_size=60))
def test_junk_scores_files_get_a_data_error_or_load(text: str) -> None:
    try:
        _load(text)
    except DataError as error:
        assert _one_line_each(error)


def _one_line_each(error: DataError) -> bool:
    """Every problem has a known code and reads as one line in both languages."""
    return all(
        isinstance(p.code, Code)
        and "\n" not in line(p, Labels(language))
        and "\r" not in line(p, Labels(language))
        for p in error.problems
        for language in ("en", "vi")
    )


def test_property_tests_have_no_deadline() -> None:
    """A slow moment of the machine never fails a property test (the profile of conftest.py)."""
    assert settings().deadline is None


@given(
    lines=st.lists(st.text(alphabet="#abc :đạờệ\"'").map("#".__add__), min_size=1, max_size=5),
    data=st.data(),
)
def test_a_byte_that_is_no_utf8_is_located_at_its_line_and_column(
    lines: list[str], data: st.DataObject
) -> None:
    """Wherever a Latin-1 byte stands, it is reported at its line and at its column in characters
    of that line (a trial's "Phát" saved as Latin-1 was at 3:1, not at its column). The lines are
    comments, so that nothing but the byte is wrong."""
    line_index = data.draw(st.integers(0, len(lines) - 1))
    column = data.draw(st.integers(0, len(lines[line_index])))
    text = lines[line_index]
    encoded = [item.encode("utf-8") for item in lines]
    encoded[line_index] = text[:column].encode("utf-8") + b"\xe1!" + text[column:].encode("utf-8")
    try:
        parse_source(b"\n".join(encoded), "x.yaml")
    except DataError as error:
        where = error.problems[0].where
        assert (error.problems[0].code, where.line, where.column) == (
            Code.NOT_UTF8,
            line_index + 1,
            column + 1,
        )
    else:
        raise AssertionError("a Latin-1 byte was read as text")
