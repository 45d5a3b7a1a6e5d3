"""The streams `par` writes to: whole, and spelled for whatever encoding they have.

Kept apart, with nothing but the standard library, so that `par --version` can use it and stay
fast. Every write to stdout goes through Stdout (help and version included), so a full disk, a
closed stream or an encoding that lacks a letter is one line and an exit code, never a traceback.
"""

from __future__ import annotations

import errno
import io
import os
import re
import sys
import unicodedata
from collections.abc import Mapping
from typing import Any

# The tone marks Vietnamese code pages (cp1258) write after their letter, not inside it.
_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
# The few drawing characters of the tables and bars, for encodings that lack them; the byte-order
# mark that CSV starts with means nothing on a terminal.
_PLAIN = {"─": "-", "█": "#", "▒": "+", "░": ".", "…": "...", "–": "-", "≤": "<=", "≥": ">=", "\ufeff": ""}


CHUNK = 1 << 20
_LONE = re.compile("[\ud800-\udfff]")


class Stdout(io.TextIOBase):
    """Standard output as every part of `par` writes to it: spelled for its encoding (see spell),
    written whole, and a closed one failing like any other."""

    def __init__(self, inner: Any) -> None:
        super().__init__()
        self.inner = inner

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return getattr(self.inner, "encoding", None) or "utf-8"

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self.inner is not None and self.inner.isatty()

    def fileno(self) -> int:
        if self.inner is None:
            raise OSError(errno.EBADF, os.strerror(errno.EBADF))
        return int(self.inner.fileno())

    def write(self, text: str) -> int:
        if self.inner is None:
            raise OSError(errno.EBADF, os.strerror(errno.EBADF))
        if len(text) > CHUNK and self.encoding.lower().replace("-", "") == "utf8" and not _LONE.search(text):
            # UTF-8 writes every character but a lone surrogate: a large output (the JSON of a
            # large plan) is encoded a piece at a time, never held twice
            for start in range(0, len(text), CHUNK):
                write_all(self.inner, text[start : start + CHUNK].encode("utf-8"))
        else:
            write_all(self.inner, spell(text, self.encoding))
        return len(text)

    def flush(self) -> None:
        if self.inner is not None:
            self.inner.flush()

    def close(self) -> None:
        """Lets go of the stream it wraps, unflushed and open: that stream is not its own. (The
        finalizer closes a dropped Stdout, perhaps after its stream was closed; from Python 3.13
        on, a failed flush there would print a warning.)"""
        self.inner = None


def write_all(stream: Any, data: bytes) -> None:
    """All of ``data`` to a text stream's bytes. Under PYTHONUNBUFFERED the bytes layer is raw, and a
    raw write to a pipe may take only part of what it is given: write until none is left."""
    buffer = getattr(stream, "buffer", None)
    if buffer is None:
        stream.write(data.decode(getattr(stream, "encoding", None) or "utf-8"))
        stream.flush()
        return
    stream.flush()
    view = memoryview(data)
    while view:
        written = buffer.write(view)
        view = view[written if written is not None else 0 :]
    buffer.flush()


def spell(text: str, encoding: str, errors: str = "strict") -> bytes:
    """``text`` in ``encoding``. Where a character is missing, a Vietnamese letter is spelled with
    separate tone marks, as cp1258 writes it, and a drawing character with ASCII. Raises
    UnicodeEncodeError when that is not enough, unless ``errors`` is "fold": the letter is then
    written without its marks (lỗi: loi), and anything else as an escape."""
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        pass
    except LookupError:
        return text.encode("utf-8")
    spelled = "".join(
        c if _encodes(c, encoding) else _PLAIN[c] if c in _PLAIN else _tones_apart(c) for c in text
    )
    if errors != "fold":
        return spelled.encode(encoding, errors)
    folded = "".join(c if _encodes(c, encoding) else _bare(c) for c in spelled)
    return folded.encode(encoding, "backslashreplace")


def unshowable(text: str, encoding: str) -> str:
    """The first character of ``text`` that ``spell`` cannot write in ``encoding``, as U+00EC (its name)."""
    for character in text:
        try:
            spell(character, encoding)
        except UnicodeEncodeError:
            name = unicodedata.name(character, "")
            return f"U+{ord(character):04X}" + (f" ({name})" if name else "")
    return "?"


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


def _bare(character: str) -> str:
    if character in "đĐ":
        return "d" if character == "đ" else "D"
    return "".join(c for c in unicodedata.normalize("NFD", character) if not unicodedata.combining(c))


def styles_wanted(environ: Mapping[str, str] | None = None) -> bool:
    """Whether a terminal gets styles (bold, dim, colour): not when NO_COLOR is set to anything but
    the empty string (no-color.org), nor on a terminal that says it has none (TERM=dumb)."""
    env = os.environ if environ is None else environ
    if env.get("NO_COLOR") or env.get("TERM") == "dumb":
        return False
    return _virtual_terminal() if sys.platform == "win32" else True


def _virtual_terminal() -> bool:
    """A Windows console reads the codes once asked to (ENABLE_VIRTUAL_TERMINAL_PROCESSING)."""
    if sys.platform != "win32":
        return True
    import ctypes

    kernel32 = ctypes.windll.kernel32
    handle = kernel32.GetStdHandle(-11)  # STD_OUTPUT_HANDLE
    mode = ctypes.c_uint32()
    if not kernel32.GetConsoleMode(handle, ctypes.byref(mode)):
        return False
    return bool(mode.value & 0x4) or bool(kernel32.SetConsoleMode(handle, mode.value | 0x4))
