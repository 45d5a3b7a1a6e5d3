"""Writing the output: to a file whole or not at all, or to stdout, never with a traceback.

A file is written to a temporary file beside it, then linked or renamed into place; whatever
fails (disk full, file too large, permission denied, a signal), the temporary file is removed
and the target is untouched. A new file is linked into place, which fails if another run made
it meanwhile: there is no moment between "it does not exist" and "write it".
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from par_cli.cli.failures import OutputFailure, Quiet, Usage
from par_cli.cli.streams import unshowable
from par_cli.core.problems import Code, os_reason

STDOUT = "<stdout>"


def check_target(path: Path, force: bool, inputs: Sequence[str | Path]) -> None:
    """Refuse, before any work is done, an --output that must not be written."""
    shown = str(path)
    try:
        info = os.stat(path)  # through a symlink: what would be replaced
    except FileNotFoundError:
        if os.path.islink(path) and not force:  # a dangling symlink: something meant to be there
            raise Usage(Code.OUTPUT_EXISTS, shown) from None
        return
    except OSError:
        return  # the write itself will say what is wrong
    if stat.S_ISDIR(info.st_mode):
        raise Usage(Code.OUTPUT_IS_DIRECTORY, shown)
    if not stat.S_ISREG(info.st_mode):
        raise Usage(Code.OUTPUT_NOT_REGULAR, shown)
    for source in inputs:
        try:
            other = os.stat(source)
        except (OSError, ValueError):
            continue
        if (other.st_dev, other.st_ino) == (info.st_dev, info.st_ino):
            raise Usage(Code.OUTPUT_IS_INPUT, shown)
    if not force:
        raise Usage(Code.OUTPUT_EXISTS, shown)


# Files being written now: a signal then unwinds instead of leaving at once (par_cli/__main__.py),
# so that the temporary file is removed.
writing = 0


def write_file(path: Path, data: bytes, force: bool, inputs: Sequence[str | Path] = ()) -> None:
    """Write ``data`` to ``path`` whole, or leave everything as it was."""
    global writing
    check_target(path, force, inputs)
    shown = str(path)
    folder = path.parent if str(path.parent) else Path(".")
    writing += 1
    temporary: Path | None = None
    try:
        try:
            handle, name = tempfile.mkstemp(
                dir=folder, prefix=f".{_fitting(path.name, folder)}.", suffix=".tmp"
            )
        except OSError as error:
            raise OutputFailure(Code.CANNOT_WRITE, shown, reason=os_reason(error)) from None
        temporary = Path(name)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, _mode_for(path, force))
        if force:
            os.replace(temporary, path)
        else:
            _link_new(temporary, path)
    except OSError as error:
        raise OutputFailure(Code.CANNOT_WRITE, shown, reason=os_reason(error)) from None
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
        writing -= 1


def _fitting(name: str, folder: Path) -> str:
    """As much of ``name`` as leaves room, within the longest name the folder takes (NAME_MAX,
    255 bytes on most systems), for the dots and the 8 letters and ".tmp" of the temporary file."""
    try:
        longest = os.pathconf(folder, "PC_NAME_MAX")
    except (OSError, ValueError, AttributeError):  # Windows has no pathconf; 255 there too
        longest = 255
    room = max(longest - len(".") - len(".") - 8 - len(".tmp"), 1)
    if len(os.fsencode(name)) <= room:
        return name
    kept = ""
    for character in name:
        if len(os.fsencode(kept + character)) > room:
            break
        kept += character
    return kept


def _mode_for(path: Path, force: bool) -> int:
    """A replaced file keeps its permissions; a new one gets the umask's (mkstemp's are private)."""
    if force:
        try:
            return os.stat(path).st_mode & 0o7777
        except OSError:
            pass
    current = os.umask(0)
    os.umask(current)
    return 0o666 & ~current


def _link_new(temporary: Path, path: Path) -> None:
    """Put ``temporary`` at ``path`` only if nothing is there, in one step."""
    try:
        os.link(temporary, path)
        return
    except FileExistsError:
        raise Usage(Code.OUTPUT_EXISTS, str(path)) from None
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EXDEV, errno.EMLINK, errno.ENOSYS):
            raise
    # A file system without hard links: reserve the name, then rename over the reservation.
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        raise Usage(Code.OUTPUT_EXISTS, str(path)) from None
    os.replace(temporary, path)


def write_stdout(text: str) -> None:
    """The whole output on stdout; a closed or full stream, or an encoding that cannot show it, is
    an OutputFailure (and a reader that went away, a quiet stop)."""
    stream = sys.stdout
    try:
        if stream is None:
            raise OSError(errno.EBADF, os.strerror(errno.EBADF))
        stream.write(text)
        stream.flush()
    except UnicodeEncodeError:
        raise stdout_failure(UnicodeEncodeError("", text, 0, 0, ""), text) from None
    except (OSError, ValueError) as error:
        raise stdout_failure(error) from None


def stdout_failure(error: Exception, text: str = "") -> Exception:
    """What a failed write to stdout becomes: Quiet for a closed pipe, else an OutputFailure."""
    if isinstance(error, UnicodeEncodeError):
        encoding = getattr(sys.stdout, "encoding", None) or "utf-8"
        character = unshowable(text or error.object, encoding)
        return OutputFailure(Code.CANNOT_ENCODE, STDOUT, encoding=encoding, character=character)
    _silence_stdout()
    if isinstance(error, BrokenPipeError):
        return Quiet(1)  # the reader has what it wanted (`par gaps | head`)
    reason = os_reason(error) if isinstance(error, OSError) else str(error)
    return OutputFailure(Code.CANNOT_WRITE, STDOUT, reason=reason)


def _silence_stdout() -> None:
    """Point stdout at nothing, so that Python's own flush at exit has nothing left to fail on."""
    try:
        stream = getattr(sys.stdout, "inner", sys.stdout)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, stream.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
