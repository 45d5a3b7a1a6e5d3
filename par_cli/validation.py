"""Turn pydantic's errors into problems a user can find in the file and fix."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from par_cli.errors import DataError, Problem
from par_cli.labels import t
from par_cli.yamlsource import Loc, Source

M = TypeVar("M", bound=BaseModel)
MAX_PROBLEMS = 20


def validate(model: type[M], data: Any, source: Source, what: str, loc: Loc = ()) -> M:
    """Validate ``data`` (found at ``loc`` of ``source``) as ``model``; ``what`` names the file kind."""
    if not loc and not isinstance(data, dict):
        raise DataError(
            [
                Problem(
                    source.where(()),
                    t("err.top_level", what=what, kind=kind_of(data)),
                    t("hint.top_level", keys=", ".join(list(model.model_fields)[:3])),
                )
            ]
        )
    try:
        return model.model_validate(data)
    except ValidationError as error:
        errors = [{**e, "loc": (*loc, *e["loc"])} for e in error.errors(include_url=False)]
    vocabulary = sorted(_keys(model))
    problems = [_problem(e, source, vocabulary) for e in _without_typo_twins(errors)]
    raise DataError(problems[:MAX_PROBLEMS])


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
        return Problem(where, t("err.missing", where=show_loc(loc[:-1]) or t("where.top"), key=loc[-1]))
    if kind == "extra_forbidden":
        key = str(loc[-1])
        close = difflib.get_close_matches(key, vocabulary, n=1)
        hint = t("hint.did_you_mean", name=close[0]) if close else t("hint.unknown_key")
        return Problem(
            source.where(loc, at_key=True), t("err.unknown_key", where=show_loc(loc), key=key), hint
        )
    return Problem(source.where(loc), f"{show_loc(loc)}: {_message(error)}")


def _message(error: Any) -> str:
    kind = error["type"]
    if kind == "value_error":
        return str(error["ctx"]["error"])
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return t("err.expect.mapping", kind=kind_of(error.get("input")))
    if kind == "list_type":
        return t("err.expect.list", kind=kind_of(error.get("input")))
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return t("err.expect.int")
    if kind.startswith("date"):
        return t("err.expect.date")
    if kind == "too_short":
        return t("err.expect.some")
    if kind == "literal_error":
        return t("err.expect.choice", choices=error["ctx"]["expected"])
    return str(error["msg"])


def kind_of(value: object) -> str:
    """What a value is, in words: for messages that say what was found instead."""
    if value is None:
        return t("kind.nothing")
    if isinstance(value, dict):
        return t("kind.mapping")
    if isinstance(value, list):
        return t("kind.list")
    return t("kind.value")


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
