"""Every text a user reads, in one catalogue, so another language is one more column.

Commands and views ask for a label by key; nothing they print is written elsewhere. Texts from
the data file (names, tasks, duties) are shown as they are.
"""

from __future__ import annotations

from decimal import Decimal

from par_cli.numbers import fmt

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
    # gaps
    "gaps.title.baseline": {"en": "Points lost against the {year} scores"},
    "gaps.title.target": {"en": "Points lost if every {year} target is met"},
    "gaps.title.scores": {"en": "Points lost against the self-assessed scores"},
    "gaps.total": {"en": "Points lost"},
    "gaps.reconciled": {"en": "{gap} = {max} - {score}, the printed grand totals"},
    "gaps.reconciled.scores": {"en": "{gap} = {max} (printed maximum) - {score} (sum of the scores)"},
    "gaps.filtered": {"en": "{shown} of {all} rows shown; the total covers the rows shown"},
    "gaps.unattributed": {"en": "Unattributed: the printed subtotal of {where} loses more than its rows"},
    "gaps.unattributed.totals": {"en": "Unattributed: the printed grand total loses more than its fields"},
    "gaps.not_scored": {"en": "not scored yet, counted as 0: {ids}"},
    "col.score": {"en": "Score"},
    "col.gap": {"en": "Gap"},
    "col.to_target": {"en": "To target"},
    "col.lead": {"en": "Lead"},
    "row.total": {"en": "Total"},
    # by-unit
    "units.title": {"en": "Criteria by unit"},
    "units.summary": {"en": "Units"},
    "units.unassigned": {"en": "Criteria with no lead unit"},
    "units.counting": {
        "en": "Points count the criteria a unit leads itself; a shared criterion counts in full for each "
        "of its units. Criteria that fall on a unit through a group are listed with it as 'via'."
    },
    "unit.own": {"en": "Led itself"},
    "unit.with_groups": {"en": "With its groups"},
    "unit.points": {"en": "{at_stake} points at stake, {lost} lost in {year}, {to_recover} to recover"},
    "units.more": {"en": "Tasks and duties of one unit: par by-unit --unit ID"},
    "unit.title": {"en": "{name} ({id})"},
    "unit.kind": {"en": "Kind"},
    "unit.kind.unit": {"en": "unit"},
    "unit.kind.group": {"en": "group"},
    "unit.members": {"en": "Members"},
    "unit.groups": {"en": "Member of"},
    "unit.oversees": {"en": "Oversees fields"},
    "unit.criteria": {"en": "Criteria"},
    "unit.duties": {"en": "Duties (section 4)"},
    "how.own": {"en": "leads"},
    "how.shared": {"en": "shared"},
    "how.via": {"en": "via {group}"},
    "col.unit": {"en": "Unit"},
    "col.led": {"en": "Led"},
    "col.via_group": {"en": "Via group"},
    "col.at_stake": {"en": "At stake"},
    "col.lost": {"en": "Lost {year}"},
    "col.to_recover": {"en": "To recover"},
    "col.how": {"en": "How"},
    "col.task": {"en": "Task"},
    "col.section": {"en": "Section"},
    "col.duty": {"en": "Duty"},
    "none": {"en": "none"},
    # score
    "score.title": {"en": "Self-assessment {year}"},
    "score.files": {"en": "Scores from"},
    "score.unit": {"en": "Unit"},
    "score.total": {"en": "Self-assessed total"},
    "score.total.value": {"en": "{total} of {max} ({percent} %)"},
    "score.rescaled": {"en": "Rescaled to {printed_max}"},
    "score.rescaled.value": {"en": "{index} ({na} points not applicable leave the maximum)"},
    "score.appraised": {"en": "Appraised total"},
    "score.projected": {"en": "Projected"},
    "score.projected.value": {
        "en": "{floor} scored so far; {at_target} if the rest meets its targets; {ceiling} at best"
    },
    "score.band": {"en": "Band"},
    "score.band.value": {"en": "{band}"},
    "score.band.none": {"en": "below every band"},
    "score.band.next": {"en": "{band}; {points} more points reach {next}"},
    "score.fields": {"en": "By field"},
    "score.below_target": {"en": "Below target"},
    "score.missing": {"en": "Not scored yet"},
    "score.unexplained": {"en": "Scored without evidence or explanation (the report must explain these)"},
    "score.appraisal": {"en": "Appraised differently"},
    "score.estimates": {"en": "Survey criteria: estimates only, the province scores them"},
    "score.not_applicable": {"en": "Not applicable"},
    "score.unreachable": {
        "en": "{points} points of {where} belong to no criterion: "
        "even a perfect self-assessment stays below {max}"
    },
    "col.self": {"en": "Self"},
    "col.appraised": {"en": "Appraised"},
    "col.difference.short": {"en": "Diff"},
    "col.change.on": {"en": "vs {year}"},
    "col.reason.na": {"en": "Reason"},
    "col.evidence": {"en": "Evidence"},
    "fail_under": {"en": "the index {index} is below --fail-under {threshold}"},
    # template
    "template.written": {"en": "wrote {path}: {count} criteria to fill in"},
    # summary
    "summary.title": {"en": "Summary by field"},
    "summary.projected": {"en": "Projected total if every target is met"},
    "summary.projected.value": {"en": "{projected} ({change} on {year})"},
    "col.percent": {"en": "%"},
    "col.change": {"en": "Change"},
    "col.bar": {"en": "Bar"},
    "summary.legend": {"en": "Bar: █ reached in {baseline_year}, ▒ planned gain for {year}, ░ still lost"},
}


def set_language(language: str) -> None:
    global _language
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    _language = language


def language() -> str:
    return _language


def decimal_separator() -> str:
    """Published Vietnamese figures use a decimal comma (85,401); scripts' formats never do."""
    return "," if _language == "vi" else "."


def num(value: Decimal, places: int | None = None) -> str:
    """A number inside a sentence, written as the current language writes it."""
    return fmt(value, places, decimal_separator())


def t(key: str, **values: object) -> str:
    """The label ``key`` in the current language, with ``{placeholders}`` filled in."""
    entry = CATALOGUE[key]
    text = entry.get(_language) or entry["en"]
    return text.format(**values) if values else text
