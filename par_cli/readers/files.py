"""Reading an input's bytes: a file, a pipe, a FIFO or standard input, once, never past a limit.

Every input is read here and only here, whole, before it is parsed: a pipe or a FIFO cannot be
read again, and a file may change meanwhile. The parsers (`yamlsource`, `sheets`) take bytes.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path
from typing import Any

from par_cli.core.problems import Code, DataError, Term, Where, os_reason

STDIN = "-"  # a path that means standard input
STDIN_NAME = "<stdin>"


def shown_name(path: str | Path) -> str:
    return STDIN_NAME if str(path) == STDIN else str(path)


def read_bytes(path: str | Path, max_bytes: int, wanted: str = "scores") -> bytes:
    """The bytes of a file, a pipe or a device, never more than ``max_bytes``; never hangs on a FIFO
    that has no writer (it reads as empty). ``wanted`` names the kind of file asked for ("plan",
    "scores"), for the hint of a path that is a folder."""
    shown = shown_name(path)
    if str(path) == STDIN:
        stream = sys.stdin.buffer if sys.stdin is not None else None
        if stream is None:
            raise DataError.at(Code.CANNOT_READ, Where(shown), reason="closed")
        try:
            return _limited(shown, lambda size: stream.read(size), max_bytes)
        except OSError as error:
            raise DataError.at(Code.CANNOT_READ, Where(shown), reason=os_reason(error)) from None
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        descriptor = os.open(path, flags)
    except FileNotFoundError:
        raise DataError.at(Code.NO_SUCH_FILE, Where(shown)) from None
    except PermissionError:
        raise DataError.at(Code.PERMISSION_DENIED, Where(shown)) from None
    except IsADirectoryError:
        raise DataError.at(Code.NOT_A_FILE, Where(shown), wanted=Term(f"wanted.{wanted}")) from None
    except (OSError, ValueError) as error:
        reason = os_reason(error) if isinstance(error, OSError) else str(error)
        raise DataError.at(Code.CANNOT_READ, Where(shown), reason=reason) from None
    try:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise DataError.at(Code.NOT_A_FILE, Where(shown), wanted=Term(f"wanted.{wanted}"))
        if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
            raise DataError.at(Code.FILE_TOO_LARGE, Where(shown), limit=max_bytes // (1024 * 1024))
        os.set_blocking(descriptor, True)  # opened without blocking only so that a FIFO opens at once
        return _limited(shown, lambda size: os.read(descriptor, size), max_bytes)
    except OSError as error:
        raise DataError.at(Code.CANNOT_READ, Where(shown), reason=os_reason(error)) from None
    finally:
        os.close(descriptor)


def _limited(shown: str, read: Any, max_bytes: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while size <= max_bytes:
        chunk = read(min(1 << 22, max_bytes + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > max_bytes:
        raise DataError.at(Code.FILE_TOO_LARGE, Where(shown), limit=max_bytes // (1024 * 1024))
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)
