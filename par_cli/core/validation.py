"""Turn pydantic's errors into problems a user can find in the file and fix."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from functools import cache
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from par_cli.core.collect import At, Collector, show_loc
from par_cli.core.problems import Code, Term, ValueProblem
from par_cli.readers.yamlsource import Source

M = TypeVar("M", bound=BaseModel)

_TYPES = {
    "model_type": Code.EXPECTED_MAPPING,
    "dict_type": Code.EXPECTED_MAPPING,
    "model_attributes_type": Code.EXPECTED_MAPPING,
    "list_type": Code.EXPECTED_LIST,
    "tuple_type": Code.EXPECTED_LIST,
    "int_parsing": Code.EXPECTED_WHOLE_NUMBER,
    "int_type": Code.EXPECTED_WHOLE_NUMBER,
    "int_from_float": Code.EXPECTED_WHOLE_NUMBER,
    "too_short": Code.EXPECTED_SOME,
    "literal_error": Code.EXPECTED_CHOICE,
    "string_type": Code.EXPECTED_TEXT,
    "string_pattern_mismatch": Code.EXPECTED_TEXT,
    "greater_than_equal": Code.OUT_OF_RANGE,
    "less_than_equal": Code.OUT_OF_RANGE,
}


def validate(
    model: type[M],
    data: Any,
    source: Source,
    problems: Collector,
    loc: tuple[str | int, ...] = (),
    kind: str = "criteria",
) -> M | None:
    """``data`` (found at ``loc`` of ``source``) as ``model``; None, with problems added, if it is not.

    ``kind`` names the kind of file ("criteria", "scores") for a top level that is no mapping.
    """
    if not loc and not isinstance(data, dict):
        keys = ", ".join(list(model.model_fields)[:3])
        problems.add(
            Code.NOT_A_MAPPING, At(source, ()), file=Term(f"file.{kind}"), found=kind_of(data), keys=keys
        )
        return None
    try:
        return model.model_validate(data)
    except ValidationError as error:
        errors = [{**e, "loc": (*loc, *e["loc"])} for e in error.errors(include_url=False)]
    vocabulary = _vocabulary(model)
    for e in _without_typo_twins(errors):
        if problems.room:
            _add(problems, e, source, vocabulary)
        else:
            problems.skip()  # counted, not worded
    return None


def _without_typo_twins(errors: list[Any]) -> list[Any]:
    """Drop "missing 'max'" where the same mapping has "unknown 'maxx'": one typo, one message."""
    unknown: dict[tuple[Any, ...], list[str]] = {}
    for e in errors:
        if e["type"] == "extra_forbidden":
            unknown.setdefault(tuple(e["loc"][:-1]), []).append(str(e["loc"][-1]))

    def is_twin(error: Any) -> bool:
        if error["type"] != "missing":
            return False
        typos = unknown.get(tuple(error["loc"][:-1]), [])
        return bool(typos) and bool(difflib.get_close_matches(str(error["loc"][-1]), typos, n=1))

    return [e for e in errors if not is_twin(e)]


def _add(problems: Collector, error: Any, source: Source, vocabulary: list[str]) -> None:
    loc = tuple(error["loc"])
    kind = error["type"]
    if kind == "missing":
        problems.add(Code.MISSING_KEY, At(source, loc[:-1]), key=str(loc[-1]), parent=_parent(loc[:-1]))
        return
    if kind == "extra_forbidden":
        key = str(loc[-1])
        close = difflib.get_close_matches(key, vocabulary, n=1)
        params: dict[str, Any] = {"key": key}
        if close:
            params["suggestion"] = close[0]
        problems.add(Code.UNKNOWN_KEY, At(source, loc, at_key=True), show_key=True, **params)
        return
    at = At(source, loc)
    raised = (error.get("ctx") or {}).get("error")
    if kind == "value_error" and isinstance(raised, ValueProblem):
        problems.add(raised.code, at, show_key=True, **raised.params)
    elif kind in _TYPES:
        code = _TYPES[kind]
        ctx = error.get("ctx") or {}
        if code is Code.EXPECTED_CHOICE:
            problems.add(code, at, show_key=True, choices=str(ctx.get("expected", "")))
        elif code is Code.OUT_OF_RANGE:
            limit = (
                Term("limit.at_least", {"value": ctx["ge"]})
                if "ge" in ctx
                else Term("limit.at_most", {"value": ctx.get("le", "")})
            )
            problems.add(code, at, show_key=True, limit=limit)
        else:
            problems.add(code, at, show_key=True, found=kind_of(error.get("input")))
    elif kind.startswith("date"):
        problems.add(Code.EXPECTED_DATE, at, show_key=True)
    else:
        problems.add(Code.INVALID_VALUE, at, show_key=True, detail=str(error["msg"]))


def _parent(loc: tuple[Any, ...]) -> Term:
    return Term("where.key", {"key": show_loc(loc)}) if loc else Term("where.top")


def kind_of(value: object) -> Term:
    """What a value is, in words: for messages that say what was found instead."""
    if value is None:
        return Term("kind.nothing")
    if isinstance(value, dict):
        return Term("kind.mapping")
    if isinstance(value, list):
        return Term("kind.list")
    return Term("kind.value")


@cache
def _vocabulary(model: type[BaseModel]) -> list[str]:
    return sorted(_keys(model, set()))


def _keys(model: type[BaseModel], seen: set[type[BaseModel]]) -> Iterable[str]:
    """Every key any model reachable from ``model`` accepts, for "did you mean" hints."""
    if model in seen:
        return set()
    seen.add(model)
    keys: set[str] = set()
    for name, field in model.model_fields.items():
        keys.add(name)
        for nested in _models_in(field.annotation):
            keys |= set(_keys(nested, seen))
    return keys


def _models_in(annotation: Any) -> Iterable[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for arg in getattr(annotation, "__args__", ()):
        yield from _models_in(arg)
