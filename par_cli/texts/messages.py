"""Problems worded for people (one line each) and as records for editors and CI."""

from __future__ import annotations

from typing import Any

from par_cli.core.problems import Code, Problem, severity
from par_cli.texts.escape import inert
from par_cli.texts.labels import Labels
from par_cli.texts.problem_texts import YAML_PHRASES_VI


def message(problem: Problem, tr: Labels) -> str:
    """What is wrong and how to fix it, without the place: ``unknown key 'maxx' (did you mean 'max'?)``."""
    params = problem.params
    if problem.code is Code.YAML_SYNTAX and tr.language == "vi":
        params = {**params, "problem": _in_vietnamese(str(params.get("problem", "")))}
    key = f"err.{problem.code}"
    if problem.where.cell and tr.has(f"{key}.sheet"):  # worded for a workbook: no YAML key named
        key = f"{key}.sheet"
    text = tr(key, **params)
    if problem.key:
        text = f"{problem.key}: {text}"
    if "suggestion" in params:
        hint: str | None = tr("hint.did_you_mean", name=params["suggestion"])
    elif "home" in params:  # a key of another mapping of the file: where it belongs
        hint = tr("key.belongs", name=params["belongs"], place=params["home"])
    else:
        key = f"hint.{problem.code}"
        if problem.where.cell and tr.has(f"{key}.sheet"):  # how to fix it in a workbook
            key = f"{key}.sheet"
        hint = tr(key, **params) if tr.has(key) else None
    return f"{text} ({hint})" if hint else text


def _in_vietnamese(problem: str) -> str:
    for english, vietnamese in YAML_PHRASES_VI.items():
        problem = problem.replace(english, vietnamese)
    return problem


def line(problem: Problem, tr: Labels) -> str:
    """``error: file:line:column: message (hint)``, on one line whatever the data holds."""
    where = str(problem.where)
    text = f"{where}: {message(problem, tr)}" if where else message(problem, tr)
    return f"{tr(severity(problem.code))}: {inert(text)}"  # "error", or "note" for one that never fails


def more_line(count: int, tr: Labels) -> str:
    return f"{tr('error')}: {tr('problems.more', count=count)}"


def record(problem: Problem, tr: Labels) -> dict[str, Any]:
    """The JSON form: ``code``, ``file``, ``line``, ``column``, ``message``."""
    where = problem.where
    return {
        "code": str(problem.code),
        "file": where.path or None,
        "line": where.line,
        "column": where.column,
        "cell": where.cell,
        "message": message(problem, tr),
        "severity": severity(problem.code),  # "error", or "note": said, never failing
    }
