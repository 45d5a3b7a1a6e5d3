"""Whether a text file is a table of comma-, semicolon- or tab-separated values (CSV, TSV).

Offices export a sheet as CSV ("Save as CSV") and send it as the scores. par does not read CSV: a
CSV has no types (a score 1,5 in a comma-separated file is two cells), no About rows and, in
Excel's default export, no stated encoding. Told apart from YAML here so that its answer is one
line naming what par reads, never a YAML message about the top-level mapping.
"""

from __future__ import annotations

import codecs

SUFFIXES = (".csv", ".tsv")
SEPARATORS = (",", ";", "\t")
LINES = 20  # the first lines that decide


def looks_like_csv(raw: bytes, name: str) -> bool:
    """Named .csv or .tsv, or its first lines all cut by the same separator (a header and rows).
    Asked only of a file that is no YAML mapping: a YAML file is never taken for a table."""
    if not raw.strip():
        return False  # an empty file is said to be empty
    if name.lower().endswith(SUFFIXES):
        return True
    lines = [line for line in _text(raw[: 64 * 1024]).splitlines()[:LINES] if line.strip()]
    if not lines or lines[0].lstrip().startswith(("#", "-", "{", "[")):
        return False
    return any(all(separator in line for line in lines) for separator in SEPARATORS)


def _text(raw: bytes) -> str:
    """The text, in whatever encoding it was saved (Excel's "Unicode text" is UTF-16)."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return raw.decode("utf-16", "replace")
    return raw.decode("utf-8", "replace")
