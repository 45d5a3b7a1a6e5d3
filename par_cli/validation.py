"""Turn pydantic's errors into problems a user can find in the file and fix."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from par_cli.errors import DataError, Problem
from par_cli.yamlsource import Loc, Source

M = TypeVar("M", bound=BaseModel)
MAX_PROBLEMS = 20


def validate(model: type[M], source: Source, what: str) -> M:
    """Validate ``source.data`` as ``model``; ``what`` names the file kind in messages."""
    if not isinstance(source.data, dict):
        raise DataError(
            [
                Problem(
                    source.where(()),
                    f"a {what} must be a mapping of keys at the top level, not {_kind(source.data)}",
                    f"start with keys such as {', '.join(list(model.model_fields)[:3])}",
                )
            ]
        )
    try:
        return model.model_validate(source.data)
    except ValidationError as error:
        vocabulary = sorted(_keys(model))
        errors = _without_typo_twins(error.errors(include_url=False))
        problems = [_problem(e, source, vocabulary) for e in errors]
        raise DataError(problems[:MAX_PROBLEMS]) from None


def show_loc(loc: Loc) -> str:
    """``fields[0].criteria[3].max``; keys that are not plain words in brackets: ``scores["1.10"]``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part.isidentifier():
            text += f".{part}" if text else part
        else:
            text += f'["{part}"]'
    return text


def _without_typo_twins(errors: list[Any]) -> list[Any]:
    """Drop "missing 'max'" where the same mapping has "unknown 'maxx'": one typo, one message."""
    unknown = {(tuple(e["loc"][:-1]), str(e["loc"][-1])) for e in errors if e["type"] == "extra_forbidden"}

    def is_twin(error: Any) -> bool:
        parent, key = tuple(error["loc"][:-1]), str(error["loc"][-1])
        typos = [k for p, k in unknown if p == parent]
        return error["type"] == "missing" and bool(difflib.get_close_matches(key, typos, n=1))

    return [e for e in errors if not is_twin(e)]


def _problem(error: Any, source: Source, vocabulary: list[str]) -> Problem:
    loc = tuple(error["loc"])
    kind = error["type"]
    if kind == "missing":
        where = source.where(loc[:-1])
        return Problem(where, f"{show_loc(loc[:-1]) or 'top level'}: missing required key '{loc[-1]}'")
    if kind == "extra_forbidden":
        key = str(loc[-1])
        close = difflib.get_close_matches(key, vocabulary, n=1)
        hint = f"did you mean '{close[0]}'?" if close else "remove it, or check its indentation"
        return Problem(source.where(loc, at_key=True), f"{show_loc(loc)}: unknown key '{key}'", hint)
    return Problem(source.where(loc), f"{show_loc(loc)}: {_message(error)}")


def _message(error: Any) -> str:
    kind = error["type"]
    if kind == "value_error":
        return str(error["ctx"]["error"])
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"a mapping of keys is expected here, not {_kind(error.get('input'))}"
    if kind == "list_type":
        return f"a list is expected here, not {_kind(error.get('input'))}"
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return "a whole number is expected here, e.g. 2024"
    if kind.startswith("date"):
        return "a date is expected here, written YYYY-MM-DD"
    if kind == "too_short":
        return "at least one entry is needed here"
    message = str(error["msg"])
    return message.replace("Input should be", "expected")


def _kind(value: object) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return "a single value"


def _keys(model: type[BaseModel], seen: set[type[BaseModel]] | None = None) -> Iterable[str]:
    """Every key any model reachable from ``model`` accepts, for "did you mean" hints."""
    seen = seen if seen is not None else set()
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
