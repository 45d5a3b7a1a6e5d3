"""A bundle made before (`par evidence bundle`), read for what it holds: each evidence file's path
in it, size and SHA-256. The files themselves are read, not the index: what counts is what was
handed in, whoever edited the index since. Read as a stream, in constant memory."""

from __future__ import annotations

import hashlib
import zipfile

from par_cli.core.problems import Code, DataError, Term, Where, os_reason

CHUNK = 1 << 20


def bundle_files(path: str) -> dict[str, tuple[int, str]]:
    """Each file of the bundle inside a criterion's folder (the index at the top is not evidence),
    by its path in the bundle: its size and SHA-256."""
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise DataError.at(Code.NO_SUCH_FILE, Where(path)) from None
    except IsADirectoryError:
        raise DataError.at(Code.NOT_A_FILE, Where(path), wanted=Term("wanted.bundle")) from None
    except PermissionError:
        raise DataError.at(Code.PERMISSION_DENIED, Where(path)) from None
    except OSError as error:
        raise DataError.at(Code.CANNOT_READ, Where(path), reason=os_reason(error)) from None
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise DataError.at(Code.NOT_A_BUNDLE, Where(path)) from None
    found: dict[str, tuple[int, str]] = {}
    try:
        with archive:
            for item in archive.infolist():
                if item.is_dir() or "/" not in item.filename.rstrip("/"):
                    continue
                hasher = hashlib.sha256()
                size = 0
                with archive.open(item) as stream:
                    while chunk := stream.read(CHUNK):
                        hasher.update(chunk)
                        size += len(chunk)
                found[item.filename] = (size, hasher.hexdigest())
    except OSError as error:
        raise DataError.at(Code.CANNOT_READ, Where(path), reason=os_reason(error)) from None
    except (zipfile.BadZipFile, ValueError, EOFError, NotImplementedError, RuntimeError):
        raise DataError.at(Code.NOT_A_BUNDLE, Where(path)) from None
    return found
