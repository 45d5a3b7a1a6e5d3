"""Evidence files on disk: a path as a scores file writes it, found inside its folder or refused.

A path is written by someone on Windows, on a Mac or on Linux, and read on any of them:

- a backslash separates folders as a slash does (``3.4\\bien_ban.pdf``);
- an absolute path (``/home/...``, ``C:\\...``, ``\\\\server\\share``) is refused: the folder is
  handed in whole, and a path outside it names nothing the reader will have;
- ``..`` that leaves the folder is refused, and so is a symlink whose target lies outside it;
- a name is matched as Unicode text, not as bytes: a Mac stores "Thực hiện" decomposed (NFD),
  a scores file holds it composed (NFC), and on Linux those are two different names.

Only the standard library; nothing here words a text (the problems carry codes and values).
"""

from __future__ import annotations

import difflib
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from typing import Any, NamedTuple

from par_cli.core.problems import Code, Term, os_reason

_ABSOLUTE = re.compile(r"^(?:/|[A-Za-z]:|//)")  # after backslashes became slashes
CHUNK = 1 << 20  # read 1 MiB at a time: memory stays flat whatever the file's size
NEAR_AMONG = 500  # a folder of more names gets a suggestion only for a name that differs in case
# Files a system leaves in a folder that nobody hands in: never listed as unclaimed.
SYSTEM_FILES = frozenset({"thumbs.db", "desktop.ini", "ehthumbs.db", ".ds_store"})


def nfc(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFC", text)


class Found(NamedTuple):
    """A file found: its path as the system names it (for opening it), and its path inside the
    folder, '/'-separated and NFC (for showing and comparing it)."""

    path: str
    relative: str
    size: int


class Refused(NamedTuple):
    """A path that names no file to hand in: why (a code) and the values that say it."""

    code: Code
    params: dict[str, Any]


def parts_of(written: str) -> list[str] | Refused:
    """The names along a path as a scores file writes it, inside its folder: a backslash is a
    slash, '.' is nothing, '..' goes up (never above the folder), an absolute path is refused."""
    text = written.replace("\\", "/")
    if _ABSOLUTE.match(text):
        return Refused(Code.EVIDENCE_ABSOLUTE, {})
    parts: list[str] = []
    for part in text.split("/"):
        if part in ("", "."):
            continue
        if part == "..":
            if not parts:
                return Refused(Code.EVIDENCE_OUTSIDE, {})
            parts.pop()
        else:
            parts.append(part)
    return parts or Refused(Code.EVIDENCE_NOT_A_FILE, {})


def named(written: str) -> str | None:
    """The path inside the folder that ``written`` names, '/'-separated and NFC; None if it names
    none (it leaves the folder)."""
    parts = parts_of(written)
    return None if isinstance(parts, Refused) else "/".join(nfc(part) for part in parts)


class Folder:
    """A folder evidence lies in, with what was learnt of it (each directory listed once)."""

    def __init__(self, root: str) -> None:
        self.root = root or "."
        self.real = os.path.realpath(self.root)
        self._listings: dict[str, dict[str, str] | None] = {}

    def find(self, written: str, explain: bool = True) -> Found | Refused:
        """The file ``written`` names (as a scores file writes it), or why it names none; with
        ``explain``, what a missing name most likely meant (only for problems that are reported:
        a file of 10,000 missing names is refused about as fast as one of 10,000 good ones)."""
        parts = parts_of(written)
        if isinstance(parts, Refused):
            return parts
        current = self.root
        shown: list[str] = []
        for index, part in enumerate(parts):
            name = self._entry(current, part)
            if name is None:
                last = index == len(parts) - 1
                params = self._near(current, part, last) if explain else {"missing": nfc(part)}
                return Refused(Code.EVIDENCE_MISSING, params)
            current = os.path.join(current, name)
            shown.append(nfc(name))
        real = os.path.realpath(current)
        if real != self.real and not real.startswith(self.real.rstrip(os.sep) + os.sep):
            return Refused(Code.EVIDENCE_SYMLINK_OUT, {})
        return self._regular(current, "/".join(shown))

    def _entry(self, folder: str, part: str) -> str | None:
        """The name in ``folder`` that is ``part``: itself, else the one equal to it in NFC."""
        if os.path.lexists(os.path.join(folder, part)):
            return part
        listing = self._listing(folder)
        return None if listing is None else listing.get(nfc(part))

    def _listing(self, folder: str) -> dict[str, str] | None:
        """Each name of ``folder`` by its NFC form (None: not a folder one can list)."""
        if folder not in self._listings:
            try:
                self._listings[folder] = {nfc(name): name for name in os.listdir(folder)}
            except OSError:
                self._listings[folder] = None
        return self._listings[folder]

    def _near(self, folder: str, part: str, last: bool) -> dict[str, Any]:
        """What a missing name most likely meant, in its folder: a name equal to it but for case
        (a path typed on Windows), else a close one. ``missing`` says which part is missing."""
        params: dict[str, Any] = {"missing": nfc(part)}
        names = list((self._listing(folder) or {}).keys())
        folded = {name.casefold(): name for name in names}
        close = folded.get(nfc(part).casefold())
        if close is None and len(names) <= NEAR_AMONG:  # a close name: costly among thousands
            close = next(iter(difflib.get_close_matches(nfc(part), names, n=1, cutoff=0.75)), None)
        if close is not None:
            params["suggestion"] = close
        params["kind"] = Term("evidence.kind.file" if last else "evidence.kind.folder")
        return params

    def _regular(self, path: str, relative: str) -> Found | Refused:
        """``path`` if it is a regular file that can be read and holds something."""
        try:
            info = os.stat(path)  # through symlinks: what would be handed in
        except FileNotFoundError:  # a symlink pointing nowhere
            missing = relative.rsplit("/", 1)[-1]
            return Refused(Code.EVIDENCE_MISSING, {"missing": missing, "kind": Term("evidence.kind.file")})
        except OSError as error:
            return Refused(Code.EVIDENCE_UNREADABLE, {"reason": os_reason(error)})
        if not stat.S_ISREG(info.st_mode):
            return Refused(Code.EVIDENCE_NOT_A_FILE, {})
        try:
            descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        except OSError as error:
            return Refused(Code.EVIDENCE_UNREADABLE, {"reason": os_reason(error)})
        try:
            size = os.fstat(descriptor).st_size
            if size:
                os.read(descriptor, 1)  # a file that opens may still refuse to be read
        except OSError as error:
            return Refused(Code.EVIDENCE_UNREADABLE, {"reason": os_reason(error)})
        finally:
            os.close(descriptor)
        if size == 0:
            return Refused(Code.EVIDENCE_EMPTY, {})
        return Found(path, relative, size)

    def walk(self) -> Iterator[tuple[str, str]]:
        """Every file of the folder and below, as (path, relative), in a stable order; hidden files,
        a system's own (Thumbs.db, .DS_Store), Office's lock files (~$...) and what symlinked folders
        hold are left out."""
        for current, folders, files in os.walk(self.root):
            folders[:] = sorted(f for f in folders if not f.startswith("."))
            relative = os.path.relpath(current, self.root)
            prefix = "" if relative == "." else nfc(relative.replace(os.sep, "/")) + "/"
            for name in sorted(files):
                if name.startswith((".", "~$")) or name.casefold() in SYSTEM_FILES:
                    continue
                yield os.path.join(current, name), prefix + nfc(name)


def digest(path: str, buffer: bytearray | None = None) -> tuple[int, str]:
    """The size and SHA-256 of a file, read in chunks: memory stays flat for any size."""
    hasher = hashlib.sha256()
    view = memoryview(buffer if buffer is not None else bytearray(CHUNK))
    size = 0
    with open(path, "rb", buffering=0) as stream:
        while count := stream.readinto(view):
            hasher.update(view[:count])
            size += count
    return size, hasher.hexdigest()


def same_file(path: str) -> tuple[int, int] | str:
    """What identifies a file whatever path reaches it: its device and inode (its real path where
    the system gives no inode)."""
    try:
        info = os.stat(path)
    except OSError:
        return os.path.realpath(path)
    return (info.st_dev, info.st_ino) if info.st_ino else os.path.realpath(path)


def names_in(folder: str) -> dict[str, str]:
    """Each name in ``folder`` by its NFC form: a folder a Mac made, its name decomposed, is the
    folder a scores file names composed (empty if ``folder`` cannot be listed)."""
    try:
        return {nfc(name): name for name in os.listdir(folder)}
    except OSError:
        return {}
