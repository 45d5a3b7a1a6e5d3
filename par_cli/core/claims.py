"""An evidence entry that names a file: the document itself, not only its citation.

Letter 383/BNV-CCHC wants every self-score backed by documents, and the provincial systems take
them as files uploaded per criterion. In a scores file an evidence entry is either a citation
(text, as before) or a mapping naming the file, with the document's number, date and title:

    evidence:
      - Báo cáo số 210/BC-UBND ngày 15/12/2024, mục 1.1        # a citation
      - {file: 1.1/bao_cao_210.pdf, number: 210/BC-UBND, date: 15/12/2024, title: Báo cáo CCHC}

The path is relative to the scores file's folder, or to ``--evidence-dir`` where one is given.
A date is written as offices write dates (15/12/2024, day first) or as ISO (2024-12-15).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Annotated

from pydantic import PlainValidator, TypeAdapter

from par_cli.core.collect import At
from par_cli.core.model import Strict, Text
from par_cli.core.problems import Code, ValueProblem, shown

_DAY_FIRST = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})", re.ASCII)
_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})", re.ASCII)


def day_first_date(text: str) -> date | None:
    """15/12/2024 (day first, as Vietnamese documents date themselves) or 2024-12-15; None for any
    other text, or a day no calendar has (31/02/2024)."""
    found = _DAY_FIRST.fullmatch(text)
    parts = (found[3], found[2], found[1]) if found else None
    if parts is None and (iso := _ISO.fullmatch(text)):
        parts = (iso[1], iso[2], iso[3])
    try:
        return None if parts is None else date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None


def document_date(value: object) -> date:
    """An evidence file's date (see day_first_date)."""
    found = day_first_date(value.strip()) if isinstance(value, str) else None
    if found is None:
        raise ValueProblem(Code.EVIDENCE_DATE, value=shown(value))
    return found


class EvidenceFile(Strict):
    """A document handed in as a file: where it is, and what it is."""

    file: Text  # its path, relative to the scores file's folder or to --evidence-dir
    number: Text | None = None  # số, ký hiệu: 210/BC-UBND
    date: Annotated[date, PlainValidator(document_date)] | None = None
    title: Text | None = None  # trích yếu: what the document is about


_TEXT: TypeAdapter[str] = TypeAdapter(Text)


def _evidence_item(value: object) -> str | EvidenceFile:
    """A citation (text), or a mapping naming a file. A wrong mapping's errors keep their place
    (``evidence[1].fle``), since a ValidationError raised here is merged into the file's own."""
    if isinstance(value, dict):
        return EvidenceFile.model_validate(value)
    return _TEXT.validate_python(value)


EvidenceItem = Annotated[str | EvidenceFile, PlainValidator(_evidence_item)]


@dataclass(frozen=True, slots=True)
class Claim:
    """A file named as evidence for a criterion: by which office, where in which scores file, and
    the folder its path is relative to (unless --evidence-dir says otherwise)."""

    criterion: str
    entry: EvidenceFile
    office: str | None
    at: At  # the entry's place in its scores file: every problem with the file is said there
    base: str  # the scores file's folder ("" for the current folder: a file read from stdin)
