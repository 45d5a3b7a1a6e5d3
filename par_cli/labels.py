"""Every text a user reads, in one catalogue, so another language is one more column.

Commands and views ask for a label by key; nothing they print is written elsewhere. Texts from
the data file (names, tasks, duties) are shown as they are.
"""

from __future__ import annotations

LANGUAGES = ("en",)
_language = "en"

CATALOGUE: dict[str, dict[str, str]] = {
    # validate
    "validate.title": {"en": "Valid criteria file: {title}"},
    "fact.file": {"en": "File"},
    "fact.plan": {"en": "Plan"},
    "fact.fields": {"en": "Fields"},
    "fact.criteria": {"en": "Criteria"},
    "fact.units": {"en": "Units"},
    "fact.survey": {"en": "Scored by survey"},
    "table.totals": {"en": "Totals as printed"},
    "row.printed": {"en": "Printed totals"},
    "row.computed": {"en": "Sum of the fields"},
    "warning.mismatch": {
        "en": "warning: {where}, {column}: printed {printed}, the rows below sum to {computed} "
        "(difference {difference}). Recorded in the file: {reason}"
    },
    "where.totals": {"en": "grand totals"},
    "where.field": {"en": "field {id}"},
    "where.node": {"en": "{id}"},
    # columns
    "col.id": {"en": "Id"},
    "col.name": {"en": "Name"},
    "col.field": {"en": "Field"},
    "col.max": {"en": "Max"},
    "col.baseline": {"en": "{year}"},
    "col.target": {"en": "Target {year}"},
    "colname.max": {"en": "maximum"},
    "colname.baseline": {"en": "{year} score"},
    "colname.target": {"en": "{year} target"},
    "col.printed": {"en": "Printed"},
    "col.computed": {"en": "Sum below"},
    "col.difference": {"en": "Difference"},
    "col.reason": {"en": "Reason"},
    "col.what": {"en": ""},
}


def set_language(language: str) -> None:
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    _language = language


def t(key: str, **values: object) -> str:
    """The label ``key`` in the current language, with ``{placeholders}`` filled in."""
    entry = CATALOGUE[key]
    text = entry.get(_language) or entry["en"]
    return text.format(**values) if values else text
