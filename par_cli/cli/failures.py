"""How a command stops short: the exceptions of the command line, and how each is reported.

Data problems (exit 1) come from the core as DataError. The command line adds its own: a
question it cannot answer as asked (exit 2), and an output it could not write (exit 1). All of
them are Problems, worded here, one line each on stderr; with ``--format json``, data problems
are also written to stdout as records an editor or CI can read.
"""

from __future__ import annotations

import contextlib
import sys
import unicodedata
from typing import Any

from par_cli.labels import Labels
from par_cli.messages import line, more_line, record
from par_cli.problems import Code, DataError, Problem, Where

EXIT_DATA = 1
EXIT_USAGE = 2
EXIT_THRESHOLD = 3
EXIT_INTERNAL = 70  # a bug in par (BSD's EX_SOFTWARE)


class Usage(Exception):
    """The command was asked something it cannot do as asked: exit 2."""

    def __init__(self, code: Code, where: str = "", **params: Any) -> None:
        super().__init__(code.value)
        self.problem = Problem(code, Where(where), params)


class OutputFailure(Exception):
    """The output could not be written (disk full, stream closed, encoding): exit 1."""

    def __init__(self, code: Code, where: str, **params: Any) -> None:
        super().__init__(code.value)
        self.problem = Problem(code, Where(where), params)


class Quiet(Exception):
    """Stop with ``exit_code`` and nothing to say (the reader of a pipe went away)."""

    def __init__(self, exit_code: int) -> None:
        super().__init__(exit_code)
        self.exit_code = exit_code


def report(error: Exception, tr: Labels, records: bool = False) -> int:
    """Say what went wrong on stderr (and as JSON records on stdout if ``records``); the exit code."""
    if isinstance(error, DataError):
        for problem in error.problems:
            say(line(problem, tr))
        if error.more:
            say(more_line(error.more, tr))
        if records:
            from par_cli.render.json_format import dumps

            data = {
                "valid": False,
                "problems": [record(p, tr) for p in error.problems],
                "more": error.more,
            }
            _write_quietly(sys.stdout, dumps(data) + "\n")
        return EXIT_DATA
    if isinstance(error, Usage):
        say(line(error.problem, tr))
        return EXIT_USAGE
    if isinstance(error, OutputFailure):
        say(line(error.problem, tr))
        return EXIT_DATA
    if isinstance(error, Quiet):
        return error.exit_code
    raise error


def say(text: str) -> None:
    """A line on stderr, spelled so that any encoding can show it, never failing."""
    _write_quietly(sys.stderr, text + "\n")


def _write_quietly(stream: Any, text: str) -> None:
    if stream is None:
        return
    encoding = getattr(stream, "encoding", None) or "utf-8"
    with contextlib.suppress(OSError, ValueError):  # nowhere left to say it
        write_all(stream, spell(text, encoding, errors="backslashreplace"))


def write_all(stream: Any, data: bytes) -> None:
    """All of ``data`` to a text stream's bytes. Under PYTHONUNBUFFERED the bytes layer is raw, and a
    raw write to a pipe may take only part of what it is given: write until none is left."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        stream.write(data.decode(stream.encoding or "utf-8"))
        stream.flush()
        return
    stream.flush()
    view = memoryview(data)
    while view:
        written = buffer.write(view)
        view = view[written if written is not None else 0 :]
    buffer.flush()


# The tone marks Vietnamese code pages (cp1258) write after their letter, not inside it.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
# The few drawing characters of the tables and bars, for encodings that lack them.
_PLAIN = {"─": "-", "█": "#", "▒": "+", "░": ".", "…": "...", "–": "-", "≤": "<=", "≥": ">="}


def spell(text: str, encoding: str, errors: str = "strict") -> bytes:
    """``text`` in ``encoding``. Where a character is missing, a Vietnamese letter is spelled with
    separate tone marks, as cp1258 writes it, and a drawing character with ASCII. Raises
    UnicodeEncodeError when that is not enough (only with ``errors="strict"``)."""
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        pass
    except LookupError:
        return text.encode("utf-8")
    spelled = "".join(c if _encodes(c, encoding) else _PLAIN.get(c) or _tones_apart(c) for c in text)
    return spelled.encode(encoding, errors)


def unshowable(text: str, encoding: str) -> str:
    """The first character of ``text`` that ``spell`` cannot write in ``encoding``."""
    for character in text:
        try:
            spell(character, encoding)
        except UnicodeEncodeError:
            return character
    return ""


def _encodes(character: str, encoding: str) -> bool:
    try:
        character.encode(encoding)
    except UnicodeEncodeError:
        return False
    return True


def _tones_apart(character: str) -> str:
    decomposed = unicodedata.normalize("NFD", character)
    tones = "".join(c for c in decomposed if c in _TONES)
    if not tones:
        return character
    letter = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
    return letter + tones
