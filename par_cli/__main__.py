"""The entry point of `par` (and of `python -m par_cli`): the signals first, then everything else.

Ctrl-C, SIGTERM and SIGHUP end `par` quietly with 128 + the signal's number (130 for Ctrl-C), at
any moment from here on: while the commands are imported, while they run, while they write. So
the handler is installed before anything else is imported (typer and pydantic take most of the
start-up). Only Python's own start-up, before this module runs, is the interpreter's.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys


def stop(signum: int, frame: object) -> None:
    """Leave at once; but while an output file is being written (cli/output.py), unwind, so that
    its temporary file is removed. An exception raised at an arbitrary moment (in a finaliser, at
    exit) could surface as a message: leaving at once cannot."""
    output = sys.modules.get("par_cli.cli.output")
    if output is not None and output.__dict__.get("writing"):
        raise SystemExit(128 + signum)
    os._exit(128 + signum)


def main() -> None:
    for name in ("SIGINT", "SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), stop)
    if hasattr(signal, "SIGXFSZ"):  # past the file size limit, a write fails instead of killing us
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    from par_cli.cli import run

    code = run(sys.argv[1:])
    # Everything is written (every write to stdout is flushed as it is made, an output file is
    # synced): leave without Python's tearing down of every object, which on a large plan takes
    # as long as rendering it.
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):  # None: started without it
            stream.flush()
    os._exit(code)


if __name__ == "__main__":
    main()
