"""An unknown key's hint names a key of the mapping it stands in, or where the key belongs: never
the key itself (a trial met "unknown key 'score' (did you mean 'score'?)")."""

from __future__ import annotations

import pytest
from helpers import FIXTURES, assert_refused, run_par
from pydantic import BaseModel

from par_cli.core.actuals import ActualsFile
from par_cli.core.keys import _tree, hint
from par_cli.core.model import PlanFile

# fixture -> (line:column, the English hint, the Vietnamese hint); each also in its folder's CASES
CASES = {
    "bad_actuals/score_at_top": ("3:1", "(did you mean 'scores'?)", "(có phải là 'scores'?)"),
    "bad_actuals/evidence_at_top": (
        "3:1",
        "('evidence' belongs under a criterion in scores:)",
        "('evidence' phải đặt dưới một tiêu chí trong scores:)",
    ),
    "bad_actuals/first_in_entry": (
        "4:21",
        """('first' belongs under scores["1.1"].appraisal:)""",
        """('first' phải đặt dưới scores["1.1"].appraisal:)""",
    ),
    "bad_actuals/year_in_entry": (
        "3:21",
        "('year' belongs at the top of the file)",
        "('year' phải đặt ở cấp ngoài cùng của tệp)",
    ),
    "bad_criteria/title_at_top": ("2:1", "('title' belongs under plan:)", "('title' phải đặt dưới plan:)"),
    "bad_criteria/difference_in_criterion": (
        "27:9",
        "('difference' belongs under an entry of fields[0].criteria[0].source_mismatch:)",
        "('difference' phải đặt dưới một mục của fields[0].criteria[0].source_mismatch:)",
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
@pytest.mark.parametrize("language", ["en", "vi"])
def test_an_unknown_key_is_sent_where_it_belongs(name: str, language: str) -> None:
    where, english, vietnamese = CASES[name]
    path = FIXTURES / f"{name}.yaml"
    command = ("score", "--input", str(path)) if name.startswith("bad_actuals") else ("validate", str(path))
    result = run_par("--lang", language, *command)
    severity = "error" if language == "en" else "lỗi"
    assert_refused(result, path, where, english if language == "en" else vietnamese, severity)


def _places(root: type[BaseModel]) -> list[tuple[tuple[str | int, ...], type[BaseModel]]]:
    """Each model of a file at a place it can stand (a list's item 0, an entry "1.1")."""
    places = []
    for model, steps in _tree(root):
        loc: list[str | int] = []
        for kind, name in steps:
            loc += [name] if kind == "key" else [name, 0 if kind == "item" else "1.1"]
        places.append((tuple(loc), model))
    return places


@pytest.mark.parametrize("root", [ActualsFile, PlanFile])
def test_no_key_is_ever_suggested_for_itself(root: type[BaseModel]) -> None:
    """Every key of the file typed in every mapping where it is not a key: the hint names another
    key, or a place; a key of the file always gets a place when nothing here is close to it."""
    vocabulary = {name for model, _ in _tree(root) for name in model.model_fields}
    checked = 0
    for loc, model in _places(root):
        for key in sorted(vocabulary - set(model.model_fields)):
            params = hint(root, (*loc, key), key)
            assert params.get("suggestion") != key, (loc, key)
            assert params.get("suggestion") in model.model_fields or "home" in params, (loc, key, params)
            checked += 1
    assert checked > 100
