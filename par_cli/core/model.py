"""The shape of a criteria file: a plan, its units, its duties, and its tree of criteria.

These models check each value on its own (types, numbers, ids); `plan.py` checks how values
relate (sums, references). Scores are Decimal, parsed from the file's text by `numbers.py`.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PlainValidator, StringConstraints
from pydantic import Strict as StrictType

from par_cli.core.numbers import parse_score, parse_signed
from par_cli.core.problems import Code, ValueProblem, shown

_NODE_ID = re.compile(r"[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*", re.ASCII)
_UNIT_ID = re.compile(r"[a-z][a-z0-9_]*", re.ASCII)


def _node_id(value: object) -> str:
    if not isinstance(value, str) or not _NODE_ID.fullmatch(value):
        raise ValueProblem(Code.BAD_ID, value=shown(value))
    return value


def _unit_id(value: object) -> str:
    if not isinstance(value, str) or not _UNIT_ID.fullmatch(value):
        raise ValueProblem(Code.BAD_UNIT_ID, value=shown(value))
    return value


def _shown(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"


Score = Annotated[Decimal, PlainValidator(parse_score)]
SignedScore = Annotated[Decimal, PlainValidator(parse_signed)]
NodeId = Annotated[str, PlainValidator(_node_id)]
UnitId = Annotated[str, PlainValidator(_unit_id)]
# Text that is not blank, checked by pydantic's own (compiled) validator: every name, task and
# citation of a file goes through it.
Text = Annotated[str, StrictType(), StringConstraints(pattern=r"\S")]


def _whole_number(value: object) -> object:
    """A year as written: ASCII digits only. pydantic alone would also take 2_024, '2024.0',
    ' 2024' and '+2024' (and a boolean)."""
    if isinstance(value, bool) or (isinstance(value, str) and not (value.isascii() and value.isdigit())):
        raise ValueProblem(Code.EXPECTED_WHOLE_NUMBER)
    return value


def _date_text(value: object) -> object:
    """A date as written: YYYY-MM-DD. pydantic alone would read 0 as 1970-01-01 (a timestamp)."""
    if isinstance(value, date):
        return value
    if not (isinstance(value, str) and _DATE.fullmatch(value)):
        raise ValueProblem(Code.EXPECTED_DATE)
    return value


_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
Year = Annotated[int, BeforeValidator(_whole_number), Field(ge=1900, le=2999)]
Date = Annotated[date, BeforeValidator(_date_text)]
Column = Literal["max", "baseline", "target"]
COLUMNS: tuple[Column, ...] = ("max", "baseline", "target")


class Strict(BaseModel):
    """Unknown keys are errors, and inputs never appear in error messages (they may be huge)."""

    model_config = ConfigDict(extra="forbid", frozen=True, hide_input_in_errors=True)


class LegalBasis(Strict):
    number: Text
    date: Date
    issuer: Text
    subject: Text
    kind: Text | None = None  # the kind of document, as a plan's căn cứ names it: Quyết định, Công văn


class Signer(Strict):
    title: Text
    name: Text


def _abbreviation(value: object) -> str:
    if not isinstance(value, str):
        raise ValueProblem(Code.EXPECTED_TEXT)
    if not _ABBREVIATION.fullmatch(value):
        raise ValueProblem(Code.BAD_ABBREVIATION, value=_shown(value))
    return value


# An issuer's abbreviation ends a document's number (Số: 12/BC-UBND): letters and digits, and a
# hyphen between them (Decree 30/2020, Phụ lục I); never a space or a slash.
_ABBREVIATION = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
Abbreviation = Annotated[str, PlainValidator(_abbreviation)]
IssuerKind = Literal["committee", "department", "office"]


class PlanProse(Strict):
    """The plan's own words, as printed, for the plan document (`par plan`): what is not a figure."""

    opening: Text | None = None  # the sentence after the căn cứ: "... ban hành Kế hoạch ... như sau:"
    purposes: tuple[Text, ...] = ()  # Mục đích, a paragraph each
    requirements: tuple[Text, ...] = ()  # Yêu cầu, a paragraph each
    tasks: Text | None = None  # the part that sends to the appendix: "Nhiệm vụ, giải pháp (Phụ lục ...)."
    closing: Text | None = None  # "Trên đây là Kế hoạch .../."
    recipients: tuple[Text, ...] = ()  # Nơi nhận, a line each, the last one "Lưu: ..."


class PlanInfo(Strict):
    document_type: Text  # as the document names itself: Kế hoạch, Quyết định, ...
    title: Text
    issuer: Text
    locality: Text
    province: Text
    year: Year
    # The year of the published scores the baseline column holds; absent in a first-year plan
    # (a unit scored for the first time, or a new criteria set), whose rows have no baseline.
    baseline_year: Year | None = None
    document_number: Text | None = None  # the plan's own number, e.g. 45/KH-UBND
    document_date: Date | None = None
    place: Text | None = None  # the place of a document's date line; by default the locality's name
    level: Literal["province", "department", "district", "commune"] | None = None
    parent_locality: Text | None = None  # e.g. tỉnh Lâm Đồng, for a commune
    survey_by: Text | None = None  # who runs the survey (Sở Nội vụ, ...)
    appraised_by: Text | None = None  # who appraises the self-assessment
    # The office that runs the collection round: it sends each office its form, scores the
    # criteria led by a group of units, and drafts the unit's report (Phòng Nội vụ in a district).
    collector: UnitId | None = None
    legal_bases: tuple[LegalBasis, ...] = ()
    signer: Signer | None = None
    appendix_title: Text | None = None
    notes: tuple[Text, ...] = ()
    # How the issuer heads, numbers, addresses and signs its documents (Decree 30/2020): a People's
    # Committee (district, commune, province: by default), a department (Sở: under `parent_body`),
    # or an office; its abbreviation in document numbers; the body its self-assessment report goes
    # to (Kính gửi) and who else receives it; the document that report answers.
    issuer_kind: IssuerKind | None = None
    parent_body: Text | None = None  # the body above the issuer in the heading: UBND tỉnh Lâm Đồng
    abbreviation: Abbreviation | None = None  # UBND, SNV: Số: .../BC-UBND
    reports_to: Text | None = None  # Sở Nội vụ tỉnh Đắk Nông
    report_recipients: tuple[Text, ...] = ()  # Nơi nhận of the report, after the body it goes to
    guidance: Text | None = None  # Công văn số 2150/SNV-CCHC ngày 20/11/2026 của Sở Nội vụ
    prose: PlanProse | None = None
    # Whether each score the unit gives itself must be backed by a file (`par evidence check`):
    # "required" makes a self-scored criterion without one an error.
    evidence_files: Literal["required", "optional"] | None = None


class Band(Strict):
    """A class of result (xếp loại), reached from ``min_percent`` of the maximum upwards."""

    name: Text
    min_percent: Score


class Unit(Strict):
    """An office, a desk of one (``part_of``), or a group of units (``kind: group``)."""

    id: UnitId
    name: Text
    short: Text | None = None  # the abbreviation tables show where room is short, e.g. TC-KH
    kind: Literal["unit", "group"] = "unit"
    spellings: tuple[Text, ...] = ()
    members: tuple[UnitId, ...] = ()
    part_of: UnitId | None = None
    # How the office heads and signs a report of its own (its part of the self-assessment).
    abbreviation: Abbreviation | None = None  # NV: Số: .../BC-NV, Lưu: VT, NV.
    head_title: Text | None = None  # Trưởng phòng, Chánh Văn phòng, Giám đốc
    head_name: Text | None = None


class Assignment(Strict):
    """A paragraph of the plan's organisation section: what some units are charged with."""

    section: Text
    heading: Text
    units: list[UnitId] = Field(min_length=1)
    oversees: tuple[NodeId, ...] = ()
    duties: tuple[Text, ...] = ()


class RecordedMismatch(Strict):
    """A subtotal the source prints that differs from the sum below it, by ``difference``."""

    difference: SignedScore
    reason: Text
    likely_owner: UnitId | None = None  # the unit the missing points most likely belong to
    # What most likely made the printed figure differ: a penalty (điểm trừ) or bonus (điểm thưởng)
    # counted in the printed subtotal, or a criterion the appendix does not list.
    likely_cause: Literal["penalty", "bonus", "unlisted"] | None = None


class Unlisted(Strict):
    """Where the plan gives a criterion its appendix does not list (a section of its text)."""

    source: Text


class Node(Strict):
    """A field, criterion or sub-criterion; scored in its leaves, summed in its branches."""

    id: NodeId
    name: Text  # as printed, typos included
    # The name output shows where the printed one has a recorded typo ("CAI CÁCH" for "CẢI CÁCH");
    # the printed name stays in `name`, and `par validate` and `par summary` say both.
    display_name: Text | None = None
    max: Score
    baseline: Score | None = None  # absent only in a first-year plan (no baseline_year)
    target: Score
    # "survey": scored by whoever runs the survey, not by the unit. Unset, a row is scored like
    # the row above it (a field, or the unit itself at the top).
    scored_by: Literal["unit", "survey"] | None = None
    task: tuple[Text, ...] = ()
    lead: tuple[UnitId, ...] = ()
    lead_text: Text | None = None
    # The office that enters the score, where the plan decides it otherwise than the rule of the
    # collection round (see core/round.py); inherited by the rows below, like scored_by.
    scorer: UnitId | None = None
    source_mismatch: dict[Column, RecordedMismatch] = Field(default_factory=dict)
    # A criterion the plan gives points to but its appendix does not list (field 8's 0.5 points:
    # section 4.6): scored like any other, marked as not in the appendix, with where the plan says so.
    unlisted: Unlisted | None = None
    # The criterion did not apply in the baseline year (a rolled-over plan): no baseline figure,
    # never counted as lost; the reason it did not apply.
    baseline_not_applicable: Text | None = None
    criteria: tuple[Node, ...] = ()


class Totals(Strict):
    max: Score
    baseline: Score | None = None
    target: Score
    source_mismatch: dict[Column, RecordedMismatch] = Field(default_factory=dict)


AdjustmentId = Annotated[str, StrictType(), StringConstraints(pattern=r"^[0-9A-Za-z][0-9A-Za-z_.\-]*$")]


class AdjustmentItem(Strict):
    """A kind of bonus (điểm thưởng) or penalty (điểm trừ) points the set provides, with its cap."""

    id: AdjustmentId
    reason: Text  # what earns or costs the points, as the set words it
    max: Score  # at most this many points for this item
    field: NodeId | None = None  # the field it counts under, where the set caps a field's points


class AdjustmentKind(Strict):
    """The bonus or the penalty points of a set: their items and caps."""

    cap: Score | None = None  # at most this many points in the whole index
    field_caps: dict[NodeId, Score] = Field(default_factory=dict)  # at most this many under a field
    items: tuple[AdjustmentItem, ...] = Field(min_length=1)


class Adjustments(Strict):
    bonus: AdjustmentKind | None = None
    penalty: AdjustmentKind | None = None
    # Whether bonus points may carry the index above the plan's maximum (most sets: never).
    exceed_max: bool = False


class PlanFile(Strict):
    plan: PlanInfo
    bands: tuple[Band, ...] = ()
    adjustments: Adjustments | None = None
    units: tuple[Unit, ...] = ()
    assignments: tuple[Assignment, ...] = ()
    # The shape of the file, and the keys "did you mean" knows; plan.load_plan takes the fields
    # out and validates them one by one, so this list stays empty once loaded.
    fields: tuple[Node, ...] = ()
    totals: Totals
