"""Writing output files whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from par_cli.errors import DataError, UsageError, Where


def write_atomic(path: Path, data: str | bytes, force: bool = False) -> None:
    """Write to a temporary file beside ``path``, then rename: a failure never leaves half a file."""
    if path.is_dir():
        raise UsageError(f"{path} is a directory", "give a file name")
    if path.exists() and not force:
        raise UsageError(f"{path} exists", "add --force to replace it")
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise DataError.at(Where(str(path)), f"cannot write: {error.strerror}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
