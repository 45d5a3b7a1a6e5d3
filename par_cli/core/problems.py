"""Problems as data: what is wrong (a stable code), where, and the values that say it.

The core never writes a sentence. It raises a DataError holding Problems; the edge (the CLI,
the views) turns each into a line in the reader's language (see `messages.py`). A code is part
of the JSON contract and of the README's table: never rename one, only add.
"""

from __future__ import annotations

import errno
from collections.abc import Mapping
from enum import StrEnum
from typing import Any, NamedTuple


class Code(StrEnum):
    # Reading a file
    NO_SUCH_FILE = "no-such-file"
    NOT_A_FILE = "not-a-file"
    PERMISSION_DENIED = "permission-denied"
    CANNOT_READ = "cannot-read"
    FILE_TOO_LARGE = "file-too-large"
    NOT_UTF8 = "not-utf8"
    CONTROL_CHARACTER = "control-character"
    EMPTY_FILE = "empty-file"
    # YAML as this tool accepts it
    YAML_SYNTAX = "yaml-syntax"
    TAB_INDENT = "tab-indent"
    COLON_IN_TEXT = "colon-in-text"
    DUPLICATE_KEY = "duplicate-key"
    KEY_NOT_TEXT = "key-not-text"
    TOO_DEEP = "too-deep"
    ANCHOR = "anchor"
    ALIAS = "alias"
    TAG = "tag"
    SEVERAL_DOCUMENTS = "several-documents"
    FLOW_LIST_OF_TEXT = "flow-list-of-text"
    # The shape of a file
    NOT_A_MAPPING = "not-a-mapping"
    MISSING_KEY = "missing-key"
    UNKNOWN_KEY = "unknown-key"
    EXPECTED_MAPPING = "expected-mapping"
    EXPECTED_LIST = "expected-list"
    EXPECTED_SOME = "expected-some"
    EXPECTED_TEXT = "expected-text"
    EXPECTED_WHOLE_NUMBER = "expected-whole-number"
    EXPECTED_DATE = "expected-date"
    EXPECTED_CHOICE = "expected-choice"
    OUT_OF_RANGE = "out-of-range"
    INVALID_VALUE = "invalid-value"
    BAD_ID = "bad-id"
    BAD_UNIT_ID = "bad-unit-id"
    BAD_ABBREVIATION = "bad-abbreviation"
    # Numbers
    NOT_A_NUMBER = "not-a-number"
    NEGATIVE_NUMBER = "negative-number"
    MIXED_SEPARATORS = "mixed-separators"
    TOO_MANY_DECIMALS = "too-many-decimals"
    TOO_MANY_DIGITS = "too-many-digits"
    # A plan's values against each other
    DUPLICATE_UNIT = "duplicate-unit"
    SPELLING_TWICE = "spelling-twice"
    MEMBERS_NOT_GROUP = "members-not-group"
    GROUP_IN_GROUP = "group-in-group"
    UNKNOWN_UNIT = "unknown-unit"
    DUPLICATE_ID = "duplicate-id"
    FIELD_ID_DOT = "field-id-dot"
    ID_NOT_UNDER_PARENT = "id-not-under-parent"
    ABOVE_MAX = "above-max"
    BASELINE_MISSING = "baseline-missing"
    BASELINE_WITHOUT_YEAR = "baseline-without-year"
    SCORED_BY_CONFLICT = "scored-by-conflict"
    PART_OF_GROUP = "part-of-group"
    PART_OF_PART = "part-of-part"
    MISMATCH_ON_LEAF = "mismatch-on-leaf"
    LEAD_TEXT_WITHOUT_LEAD = "lead-text-without-lead"
    LEAD_TEXT_MISSING_UNIT = "lead-text-missing-unit"
    LEAD_TEXT_EXTRA = "lead-text-extra"
    SUBTOTAL_MISMATCH = "subtotal-mismatch"
    STALE_MISMATCH = "stale-mismatch"
    MISMATCH_AMOUNT = "mismatch-amount"
    NOT_IN_PLAN = "not-in-plan"
    BAND_ABOVE_100 = "band-above-100"
    DUPLICATE_BAND = "duplicate-band"
    BAND_SAME_START = "band-same-start"
    NO_BUNDLED_PLAN = "no-bundled-plan"
    SCORER_GROUP = "scorer-group"
    # The rest of the method: rows the appendix does not list, baselines that did not apply,
    # bonus and penalty points (a plan's values against each other)
    UNLISTED_DOES_NOT_FIT = "unlisted-does-not-fit"
    BASELINE_AND_NOT_APPLICABLE = "baseline-and-not-applicable"
    BASELINE_NA_BRANCH = "baseline-na-branch"
    NOT_A_FIELD = "not-a-field"
    DUPLICATE_ADJUSTMENT = "duplicate-adjustment"
    # A scores file against its plan
    YEAR_MISMATCH = "year-mismatch"
    SCORE_ABOVE_MAX = "score-above-max"
    UNKNOWN_FILE_UNIT = "unknown-file-unit"
    SCORE_ON_FIELD = "score-on-field"
    UNKNOWN_CRITERION = "unknown-criterion"
    CONFLICTING_VALUES = "conflicting-values"
    SCORED_AND_NOT_APPLICABLE = "scored-and-not-applicable"
    NOT_A_WORKBOOK = "not-a-workbook"
    WORKBOOK_ENCRYPTED = "workbook-encrypted"
    NO_SCORES_SHEET = "no-scores-sheet"
    FORMULA_WITHOUT_VALUE = "formula-without-value"
    FILES_DISAGREE = "files-disagree"
    ROLLOVER_UNSCORED = "rollover-unscored"
    APPRAISED_SURVEY = "appraised-survey"
    APPRAISED_WITHOUT_SCORE = "appraised-without-score"
    INPUT_TWICE = "input-twice"
    PERCENT_NOT_SURVEY = "percent-not-survey"
    SCORE_AND_PERCENT = "score-and-percent"
    PERCENT_ABOVE_100 = "percent-above-100"
    NOT_THE_SCORER = "not-the-scorer"
    # A workbook that cannot be read, or a cell of it
    WORKBOOK_DAMAGED = "workbook-damaged"
    WORKBOOK_TOO_LARGE = "workbook-too-large"
    CELL_ERROR = "cell-error"
    BAD_CELL = "bad-cell"
    CELL_DATE = "cell-date"  # a date (or a time) where a figure is asked
    MERGED_CELLS = "merged-cells"  # a merged range over a criterion's cells: only its first is read
    TITLE_UNIT_MISMATCH = "title-unit-mismatch"  # a form's title rows and About sheet name two offices
    TARGET_ABOVE_MAX = "target-above-max"
    # Appraisal rounds and bonus or penalty points in a scores file
    RESPONSE_WITHOUT_FIRST = "response-without-first"
    CONTEST_WITHOUT_REASON = "contest-without-reason"
    APPRAISED_TWICE = "appraised-twice"
    UNKNOWN_ADJUSTMENT = "unknown-adjustment"
    OFFICE_ADJUSTMENTS = "office-adjustments"
    NO_FIRST_APPRAISAL = "no-first-appraisal"
    # The command line: exit 2 (raised by the CLI only)
    NO_SUCH_OPTION = "no-such-option"
    NO_SUCH_COMMAND = "no-such-command"
    MISSING_OPTION = "missing-option"
    MISSING_ARGUMENT = "missing-argument"
    MISSING_COMMAND = "missing-command"
    OPTION_NEEDS_VALUE = "option-needs-value"
    EXTRA_ARGUMENT = "extra-argument"
    BAD_OPTION_VALUE = "bad-option-value"
    BAD_CHOICE = "bad-choice"
    UNIT_OPTION_UNKNOWN = "unit-option-unknown"
    UNIT_OPTION_AMBIGUOUS = "unit-option-ambiguous"
    UNIT_NOT_AN_OFFICE = "unit-not-an-office"  # a group or a desk where a form is asked for
    FIELD_OPTION_UNKNOWN = "field-option-unknown"
    OPTIONS_EXCLUSIVE = "options-exclusive"
    BINARY_NEEDS_OUTPUT = "binary-needs-output"
    STDIN_TWICE = "stdin-twice"
    COMPARE_MIXED = "compare-mixed"
    NO_BASELINE = "no-baseline"
    FAIL_UNDER_RANGE = "fail-under-range"
    OUTPUT_EXISTS = "output-exists"
    OUTPUT_IS_DIRECTORY = "output-is-directory"
    OUTPUT_NOT_REGULAR = "output-not-regular"
    OUTPUT_IS_INPUT = "output-is-input"
    # Writing the output: exit 1
    CANNOT_WRITE = "cannot-write"
    CANNOT_ENCODE = "cannot-encode"
    # Documents: a signed report needs scores (exit 2); a PDF needs LibreOffice (exit 1)
    REPORT_NEEDS_SCORES = "report-needs-scores"
    PDF_NEEDS_LIBREOFFICE = "pdf-needs-libreoffice"
    PDF_FAILED = "pdf-failed"
    # Evidence files (`par evidence`; `par score` and `par report` where a file is named)
    EVIDENCE_MISSING = "evidence-missing"
    EVIDENCE_NOT_A_FILE = "evidence-not-a-file"
    EVIDENCE_UNREADABLE = "evidence-unreadable"
    EVIDENCE_EMPTY = "evidence-empty"
    EVIDENCE_ABSOLUTE = "evidence-absolute"
    EVIDENCE_OUTSIDE = "evidence-outside"
    EVIDENCE_SYMLINK_OUT = "evidence-symlink-out"
    EVIDENCE_REQUIRED = "evidence-required"
    EVIDENCE_DATE = "evidence-date"
    EVIDENCE_SHARED = "evidence-shared"  # a note
    EVIDENCE_UNCLAIMED = "evidence-unclaimed"  # a note
    EVIDENCE_DIR = "evidence-dir"  # exit 2
    NOT_A_BUNDLE = "not-a-bundle"


# Problems that are said but never fail a command: the rest are errors (exit 1, or 2 for usage).
NOTES = frozenset({Code.EVIDENCE_SHARED, Code.EVIDENCE_UNCLAIMED})


def severity(code: Code) -> str:
    """``note`` (said, never failing) or ``error``: the ``severity`` of a problem's record."""
    return "note" if code in NOTES else "error"


class Term(NamedTuple):
    """A phrase the edge words in the reader's language: a catalogue key and its values.

    Used where a problem's value is itself words ("the grand totals", "a list"), not data.
    """

    key: str
    values: Mapping[str, Any] = {}


def shown(value: object, limit: int = 40) -> Term:
    """A refused value as a message quotes it: text in quotes ('abc', cut at ``limit``); a list,
    a mapping or nothing described ("a list"), never Python's repr of the converted value."""
    if isinstance(value, list | tuple):
        return Term("kind.list")
    if isinstance(value, dict):
        return Term("kind.mapping")
    if value is None:
        return Term("value.empty")
    text = str(value)
    return Term("value.quoted", {"text": text if len(text) <= limit else text[: limit - 1] + "…"})


def os_reason(error: OSError) -> Term:
    """Why the system refused, as a term the edge words in the reader's language where it can."""
    name = errno.errorcode.get(error.errno or 0, "")
    return Term("os.error", {"name": name, "text": error.strerror or str(error)})


class Where(NamedTuple):
    """A place in an input: a file, and a 1-based line and column when known; in a workbook, the
    cell as a spreadsheet user finds it (``Điểm!E12``)."""

    path: str
    line: int | None = None
    column: int | None = None
    cell: str | None = None

    def __str__(self) -> str:
        if self.cell is not None:
            return f"{self.path}:{self.cell}"
        if self.line is None:
            return self.path
        return f"{self.path}:{self.line}:{self.column or 1}"


class Problem(NamedTuple):
    """One thing wrong with an input. ``key`` is the path of the value in the file, if any:
    ``fields[0].criteria[3].max``."""

    code: Code
    where: Where
    params: Mapping[str, Any] = {}
    key: str | None = None


class DataError(Exception):
    """Bad input: the problems found (at most a few dozen), and how many more were not kept."""

    def __init__(self, problems: list[Problem], more: int = 0) -> None:
        super().__init__(problems[0].code if problems else "invalid data")
        self.problems = problems
        self.more = more

    @classmethod
    def at(cls, code: Code, where: Where, **params: Any) -> DataError:
        return cls([Problem(code, where, params)])

    def __reduce__(self) -> tuple[Any, ...]:  # passed between processes whole (see batch.py)
        return (DataError, (self.problems, self.more))


class ValueProblem(ValueError):
    """A value that is wrong on its own (a score written "1e1"): raised by parsers, located later."""

    def __init__(self, code: Code, **params: Any) -> None:
        super().__init__(code.value)
        self.code = code
        self.params = params
