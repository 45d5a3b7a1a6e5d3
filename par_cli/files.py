"""Writing output files whole or not at all."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from par_cli.errors import DataError, UsageError, Where
from par_cli.labels import t


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_atomic(path: Path, data: str | bytes, force: bool = False) -> None:
    """Write to a temporary file beside ``path``, then rename: a failure never leaves half a file."""
    if path.is_dir():
        raise UsageError(t("err.out_dir", path=path), t("hint.out_dir"))
    if path.exists() and not force:
        raise UsageError(t("err.out_exists", path=path), t("hint.out_exists"))
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise DataError.at(Where(str(path)), t("err.cannot_write", reason=error.strerror)) from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(payload)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; a report is to share
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
