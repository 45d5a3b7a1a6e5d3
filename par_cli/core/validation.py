"""Turn pydantic's errors into problems a user can find in the file and fix."""

from __future__ import annotations

import difflib
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from par_cli.core.collect import At, Collector, show_loc
from par_cli.core.keys import hint as unknown_key_hint
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
    root: type[BaseModel] | None = None,
) -> M | None:
    """``data`` (found at ``loc`` of ``source``) as ``model``; None, with problems added, if it is not.

    ``kind`` names the kind of file ("criteria", "scores") for a top level that is no mapping;
    ``root`` is the model of the whole file, where a part of it is validated on its own.
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
    for e in _without_typo_twins(errors):
        if problems.room:
            _add(problems, e, source, (root, 0) if root is not None else (model, len(loc)))
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


def _add(problems: Collector, error: Any, source: Source, top: tuple[type[BaseModel], int]) -> None:
    """One of pydantic's errors as a problem; ``top`` is the model the error's place starts from,
    and how many parts of that place lie above it."""
    loc = tuple(error["loc"])
    kind = error["type"]
    if kind == "missing":
        problems.add(Code.MISSING_KEY, At(source, loc[:-1]), key=str(loc[-1]), parent=_parent(loc[:-1]))
        return
    if kind == "extra_forbidden":
        key = str(loc[-1])
        params = unknown_key_hint(top[0], loc[top[1] :], key)
        problems.add(Code.UNKNOWN_KEY, At(source, loc, at_key=True), show_key=True, key=key, **params)
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
