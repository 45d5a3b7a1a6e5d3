"""An output too large to hold in memory (an evidence bundle of gigabytes), written as a stream to
a temporary file beside its place, then put there in one step: whole or not at all, as every
output of `par` is (cli/output.py). Whatever stops it (an error, a full disk, Ctrl-C, SIGTERM),
the temporary file is removed and the place is as it was.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from par_cli.cli import output
from par_cli.cli.failures import OutputFailure
from par_cli.core.problems import Code, os_reason

BUFFER = 1 << 20


@contextmanager
def streamed_file(path: Path, force: bool, inputs: Sequence[str | Path] = ()) -> Iterator[BinaryIO]:
    """A stream to write ``path`` through: readable and seekable (a zip's headers are written after
    its entries). An OSError raised while it is written is the output's failure; the body raises
    its own errors (a source that cannot be read) as something else."""
    output.check_target(path, force, inputs)
    shown = str(path)
    folder = path.parent if str(path.parent) else Path(".")
    # While this is set, a signal unwinds rather than leaving at once (par_cli/__main__.py), so
    # that the temporary file is removed on the way.
    setattr(output, "writing", getattr(output, "writing", 0) + 1)  # noqa: B010 (absent before a release)
    temporary: Path | None = None
    try:
        try:
            handle, name = tempfile.mkstemp(dir=folder, prefix=f".{path.name[:40]}.", suffix=".tmp")
        except OSError as error:
            raise OutputFailure(Code.CANNOT_WRITE, shown, reason=os_reason(error)) from None
        temporary = Path(name)
        try:
            with os.fdopen(handle, "w+b", buffering=BUFFER) as stream:
                yield stream
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temporary, output._mode_for(path, force))
            if force:
                os.replace(temporary, path)
            else:
                output._link_new(temporary, path)
        except OSError as error:
            raise OutputFailure(Code.CANNOT_WRITE, shown, reason=os_reason(error)) from None
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        setattr(output, "writing", getattr(output, "writing", 1) - 1)  # noqa: B010
