"""Where a key belongs: the hint of an unknown key, from the models of a file.

A "did you mean" drawn from every key of a file suggested ``score`` for ``score`` typed at the
top of a scores file: the word was valid, only one level too high. The hint is now drawn from the
keys of the mapping the key was typed in, and a key valid elsewhere in the file is sent where it
belongs (``'score' belongs under a criterion in scores:``).
"""

from __future__ import annotations

import difflib
import types
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Annotated, Any, NamedTuple, Union, get_args, get_origin

from pydantic import BaseModel

from par_cli.core.collect import show_loc
from par_cli.core.problems import Term


class Entries(NamedTuple):
    """What the keys of a mapping are, for a hint that names an entry of it:
    ``dict[Annotated[str, Entries("criterion")], ...]`` reads "a criterion in scores:"."""

    what: str


def hint(root: type[BaseModel], loc: Sequence[str | int], key: str) -> dict[str, Any]:
    """The params of an unknown ``key`` at ``loc`` (the key's own path, from ``root``):
    ``suggestion``, a key of the same mapping close to it; else ``home``, where it (or a key of the
    file close to it) belongs, with ``belongs``, that key; else nothing. Never ``key`` itself."""
    owners = _owners(root, tuple(loc[:-1]))
    if owners:
        here = sorted({name for owner in owners for name in owner.model_fields} - {key})
        close = difflib.get_close_matches(key, here, n=1)
        if close:
            return {"suggestion": close[0]}
    vocabulary = _vocabulary(root)
    close = [key] if key in vocabulary else difflib.get_close_matches(key, vocabulary - {key}, n=1)
    if not close:
        return {}
    name = close[0]
    if not owners:  # a place the models cannot follow (not met in practice): the old hint
        return {"suggestion": name} if name != key else {}
    home = _home(owners, show_loc(loc[:-1])).get(name) or _home((root,), "").get(name)
    return {"belongs": name, "home": home} if home is not None else {}


def _alternatives(annotation: Any) -> Iterable[Any]:
    """The types a value of ``annotation`` may be: Annotated and unions (``X | None``) opened."""
    origin = get_origin(annotation)
    if origin is Annotated:
        yield from _alternatives(get_args(annotation)[0])
    elif origin is Union or origin is types.UnionType:
        for arg in get_args(annotation):
            yield from _alternatives(arg)
    else:
        yield annotation


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _step(annotation: Any, part: str | int) -> list[Any]:
    """What the value at ``part`` of a value of ``annotation`` may be."""
    found: list[Any] = []
    for kind in _alternatives(annotation):
        origin = get_origin(kind)
        if _is_model(kind) and isinstance(part, str):
            if part in kind.model_fields:
                found.append(kind.model_fields[part].annotation)
            elif part == kind.__name__:  # the member of a union pydantic names in a place
                found.append(kind)
        elif origin is dict and isinstance(part, str):
            found.append(get_args(kind)[1])
        elif origin in (tuple, list) and isinstance(part, int):
            found.append(get_args(kind)[0])
    return found


def _owners(root: type[BaseModel], loc: tuple[str | int, ...]) -> list[type[BaseModel]]:
    """The models the mapping at ``loc`` may be; none where the path leads to no model."""
    kinds: list[Any] = [root]
    for part in loc:
        following = [found for kind in kinds for found in _step(kind, part)]
        if following:
            kinds = following
        elif not isinstance(part, str):  # a tag of pydantic's (a union member) is skipped; an index is not
            return []
    return [kind for annotation in kinds for kind in _alternatives(annotation) if _is_model(kind)]


@cache
def _vocabulary(root: type[BaseModel]) -> frozenset[str]:
    """Every key of any mapping of the file."""
    return frozenset(name for model, _ in _tree(root) for name in model.model_fields)


@cache
def _tree(root: type[BaseModel]) -> tuple[tuple[type[BaseModel], tuple[tuple[str, str], ...]], ...]:
    """Each model of the file once, with the shortest way to it from the top, shallowest first:
    steps ``("key", name)``, ``("item", name)`` (a list's item) or ``("entry" or what its
    `Entries` says, name)`` (a mapping's entry)."""
    found: list[tuple[type[BaseModel], tuple[tuple[str, str], ...]]] = [(root, ())]
    seen = {root}
    for model, steps in found:  # grows as it goes: breadth first
        for name, field in model.model_fields.items():
            for kind in _alternatives(field.annotation):
                origin = get_origin(kind)
                if origin is dict:
                    keys, values = get_args(kind)
                    marks = [m for m in getattr(keys, "__metadata__", ()) if isinstance(m, Entries)]
                    children, step = values, (marks[0].what if marks else "entry", name)
                elif origin in (tuple, list):
                    children, step = get_args(kind)[0], ("item", name)
                else:
                    children, step = kind, ("key", name)
                for child in _alternatives(children):
                    if _is_model(child) and child not in seen:
                        seen.add(child)
                        found.append((child, (*steps, step)))
    return tuple(found)


def _home(tops: Iterable[type[BaseModel]], path: str) -> dict[str, Term]:
    """Where each key of the mappings below ``tops`` (found at ``path``; "" for the file's top)
    belongs, the shallowest place first: ``under scores["2.1"].appraisal:``, ``under plan:``."""
    homes: dict[str, Term] = {}
    for top in tops:
        for model, steps in _tree(top):
            if steps or not path:
                place = Term("place.under", {"place": _place(steps, path)}) if steps else Term("place.top")
                for name in model.model_fields:
                    homes.setdefault(name, place)
    return homes


def _place(steps: tuple[tuple[str, str], ...], path: str) -> Term:
    """Steps below ``path`` as words, innermost first; keys in a row read as one path
    (``plan.legal_bases``)."""
    merged: list[tuple[str, str]] = []
    names: list[str] = [path] if path else []
    for kind, name in steps:
        names.append(name)
        if kind != "key":
            merged.append((kind, ".".join(names)))
            names = []
    if names:
        merged.append(("key", ".".join(names)))
    place: Term | None = None
    for kind, name in merged:  # outermost first: each step lies within the place before it
        step = Term(f"place.{kind}", {"path": name})
        place = step if place is None else Term("place.within", {"inner": step, "outer": place})
    assert place is not None
    return place
