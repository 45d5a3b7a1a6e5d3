"""What a command has to say, independent of how it is shown.

A command builds a Report: a title, a few facts, tables of cells, notes, and the data of its
JSON contract. A renderer (see `render/`) turns it into a table, Markdown, CSV or JSON.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any, NamedTuple

Cell = str | Decimal | int | list[str] | None


class Column(NamedTuple):
    key: str  # stable machine name: the CSV header
    label: str  # what a reader sees
    numeric: bool = False
    wide: int = 0  # long text that wraps: its share of the room a wide screen offers
    places: int | None = None  # fixed decimals (percentages), else the data's own decimals
    signed: bool = False  # a change: positive numbers carry a "+"
    optional: bool = False  # a terminal narrower than WIDE_TERMINAL leaves it out (the data keeps it)
    keep: bool = False  # never left out of a narrow terminal (the id and name columns never are)
    code: bool = False  # a code such as a SHA-256: HTML sets it monospaced, broken anywhere to fit


WIDE_TERMINAL = 120


@dataclass
class Table:
    title: str | None
    columns: list[Column]
    rows: list[list[Cell]] = field(default_factory=list)
    footer: list[Cell] | None = None
    muted: set[int] = field(default_factory=set)  # row indexes shown dimmed (derived rows)
    subtotals: set[int] = field(default_factory=set)  # row indexes of subtotals, shown bold, never summed
    # (row index, column index) -> a relative URL: HTML makes that cell a link (an evidence file)
    links: dict[tuple[int, int], str] = field(default_factory=dict)

    def without(self, keys: set[str]) -> Table:
        """The same table without the columns ``keys`` (a first-year plan has no baseline columns)."""
        keep = [i for i, column in enumerate(self.columns) if column.key not in keys]
        if len(keep) == len(self.columns):
            return self
        return Table(
            self.title,
            [self.columns[i] for i in keep],
            [[row[i] for i in keep] for row in self.rows],
            [self.footer[i] for i in keep] if self.footer else None,
            self.muted,
            self.subtotals,
        )


class Chart(NamedTuple):
    """Horizontal bars: for each row, one bar per series, as a percentage (0 to 100)."""

    title: str
    series: list[str]
    rows: list[tuple[str, str, list[Decimal | None]]]  # (label, description, values)


class Letterhead(NamedTuple):
    """The heading block of a Vietnamese administrative document (Decree 30/2020, Phụ lục I)."""

    parent: str | None  # the body above the issuer, as the heading sets it: UBND HUYỆN ĐẮK R'LẤP
    issuer: str  # the issuer, upper case, a line break where it wraps: ỦY BAN NHÂN DÂN\nHUYỆN ĐẮK R'LẤP
    number: str  # Số:      /BC-UBND
    place_date: str  # Đắk R'Lấp, ngày 02 tháng 12 năm 2026
    kind: str  # BÁO CÁO, KẾ HOẠCH
    subject: str  # what it is about (trích yếu)
    addressees: tuple[str, ...] = ()  # Kính gửi: the body a report goes to, its lines as set


class Signature(NamedTuple):
    """The foot of a document: who receives it (left), who signs it (right)."""

    recipients: tuple[str, ...]  # "Nơi nhận:", then a line each, the last "- Lưu: VT, NV."
    authority: tuple[str, ...]  # TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH
    name: str  # the signer's name, or "" for the office to write in


class Paragraph(NamedTuple):
    """A paragraph of a document's body. ``style``: body (justified, first line indented), part
    (I. ..., bold capitals), section (1. ..., bold), item (a "- " line of a list), placeholder
    (what the unit has still to write, italic), centre."""

    text: str
    style: str = "body"


Block = Paragraph | Table


class Appendix(NamedTuple):
    """A part after the signature, on landscape pages: PHỤ LỤC, its title lines, its tables."""

    heading: tuple[str, ...]  # PHỤ LỤC; the title (bold); a line in brackets (italic)
    tables: list[Table]


class Properties(NamedTuple):
    """What a file says of itself (a Word document's properties)."""

    title: str
    author: str  # the issuer
    language: str  # vi-VN, en-GB
    made: date  # created and modified: the document's date


@dataclass
class Document:
    """A document a unit signs and sends (a report) or issues (a plan): heading, body, foot, appendices."""

    letterhead: Letterhead
    body: list[Block]
    signature: Signature
    properties: Properties
    language: str = "en"  # of the labels
    appendices: list[Appendix] = field(default_factory=list)


@dataclass
class FormRow:
    """A row of a scores form: a field or a criterion with sub-criteria (a heading, whose rows are
    summed), or a criterion to fill in."""

    id: str
    name: str
    depth: int  # 0 a field, 1 a criterion, 2 a sub-criterion
    max: Decimal
    target: Decimal
    span: int | None = None  # a heading: how many rows of the form lie below it; None: a criterion
    baseline: Decimal | None = None
    lead: str = ""  # the lead offices, worded; for a criterion with none, who oversees it
    tasks: tuple[str, ...] = ()
    survey: bool = False  # scored by a survey: the unit enters an estimate, or the published percent
    scores: bool = True  # the form's office enters its score (else it sends evidence only)
    role: str = ""  # worded: what the office does with it; in the unit's own form, who scores it
    scorer: str = ""  # worded: the office that enters its score
    notes: tuple[str, ...] = ()  # worded lines a plain-text form says about it (facts, survey)
    remark: str = ""  # worded: the role as a plain-text form says it, after the tasks
    # An office's form, on a heading: the maximum and target of the criteria below that the office
    # scores, which its row shows; None where it scores none of them (the row shows nothing)
    own: tuple[Decimal, Decimal] | None = None


@dataclass
class Form:
    """A form to fill in and send back (`par template`), in the words of its language."""

    year: int
    title: str  # Self-assessment 2024: <the plan's title>
    header: str  # how to fill in the form, for the top of a plain-text form
    rows: list[FormRow]
    office: str | None = None  # the unit id of the office the form is for; None: the unit's own
    heading: list[tuple[str, str]] = field(default_factory=list)  # (label, value): the first rows
    # The rows `par score` reads back from the workbook's About sheet: key, label, value, editable
    about: list[tuple[str, str, str | int | None, bool]] = field(default_factory=list)
    # The total row's maximum and target: the plan's printed ones (the unit's form), those of the
    # criteria the office scores (an office's form); None where it scores none (left blank)
    totals: tuple[Decimal, Decimal] | None = None
    howto: str = ""  # what to fill in and what to do with the form then (the workbook's About sheet)


@dataclass
class Report:
    title: str
    facts: list[tuple[str, str]] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # The JSON contract, built only when JSON is asked for (it doubles the work on large plans).
    data: Callable[[], dict[str, Any]] = dict
    flat: Table | None = None  # the one table CSV writes; defaults to the first
    charts: list[Chart] = field(default_factory=list)  # drawn where a format can draw
    language: str = "en"  # of the labels: renderers word their own few texts in it
    figures: list[tuple[str, Decimal]] = field(default_factory=list)  # headline numbers, for spreadsheets
    provenance: str | None = None  # when and from which files it was made: HTML says it, Word not
    properties: Properties | None = None  # who made it and when, for a file's properties (Word)
    form: Form | None = None  # a form to fill in (`par template`): the form renderers write it

    def json(self) -> dict[str, Any]:
        return self.data()

    def csv_table(self) -> Table:
        return self.flat or self.tables[0]
