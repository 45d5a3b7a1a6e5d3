"""An evidence bundle as a zip: a folder per criterion holding its files, and an index.

Written so that a bundle can be checked by its hash: the same inputs give the same bytes. Every
entry has the same time (1 January 1980, the earliest a zip can say), the same permissions
(rw-r--r--, folders rwxr-xr-x), and the order is fixed (folders, then files by name, then the
index). Every name carries the UTF-8 flag (bit 11), so that Windows Explorer shows "Thực hiện"
and not "Th╗▒c hi╗çn", and every name is one Windows can hold (core/bundle_names.py).

Large folders stream: each file is read in 1 MiB pieces, its SHA-256 and CRC taken as it goes
into the zip, so memory stays flat whatever the folder's size. A file that hardly compresses (a
PDF, a photo, an Office document, which is itself a zip) is stored as it is; any other is
deflated if a trial of its first 256 KiB says it is worth it. Deflating a PDF costs far more time
than the few per cent it saves, and that is what makes `zip -r` slow on such folders.

The zip is written by the standard library's zipfile, to a seekable file: each entry's header
then holds its sizes and CRC, as every reader expects (no data descriptors).
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import zipfile
import zlib
from collections.abc import Callable, Sequence
from typing import BinaryIO, NamedTuple

EPOCH = (1980, 1, 1, 0, 0, 0)
FILE_MODE = 0o100644 << 16
FOLDER_MODE = (0o040755 << 16) | 0x10  # and MS-DOS's directory bit
UTF8_NAMES = 0x800
UNIX = 3
CHUNK = 1 << 20
TRIAL = 256 << 10
# zlib's fastest level: measured on text, 4 times as fast as the default level (6) for a third
# more bytes (benchmarks/RESULTS.md). Text is a small part of what offices hand in; time is not.
LEVEL = 1
# Formats that are compressed already: deflating them again saves next to nothing.
STORED = frozenset(
    {"pdf", "jpg", "jpeg", "png", "gif", "webp", "heic", "heif", "zip", "7z", "rar", "gz", "bz2", "xz"}
    | {"docx", "xlsx", "pptx", "xlsm", "odt", "ods", "odp", "mp3", "mp4", "m4a", "mov", "avi", "mkv"}
)


class Entry(NamedTuple):
    name: str  # its path in the bundle: "3.4 Thực hiện cơ chế một cửa/bien_ban.pdf"
    path: str  # the file on disk


class Unreadable(Exception):
    """An evidence file that could not be read while it was bundled (it changed meanwhile)."""

    def __init__(self, path: str, error: OSError) -> None:
        super().__init__(path)
        self.path, self.error = path, error


def _info(name: str, folder: bool = False) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name + "/" if folder else name, date_time=EPOCH)
    info.create_system = UNIX  # else the system that runs par: Windows would give other bytes
    info.external_attr = FOLDER_MODE if folder else FILE_MODE
    info.flag_bits |= UTF8_NAMES
    info.compress_type = zipfile.ZIP_STORED
    return info


def set_level(info: zipfile.ZipInfo, level: int) -> None:
    """The level an entry written through ``ZipFile.open(info, "w")`` is deflated at: a public
    attribute since Python 3.13, a private one before (tests/test_evidence_bundle.py fails, naming
    this module, if a release moves it)."""
    if hasattr(info, "compress_level"):
        info.compress_level = level
    else:
        info._compresslevel = level  # type: ignore[attr-defined]


def compression(name: str, head: bytes) -> int:
    """Store what hardly compresses; deflate the rest."""
    if name.rsplit(".", 1)[-1].casefold() in STORED or not head:
        return zipfile.ZIP_STORED
    sample = head[:TRIAL]
    return zipfile.ZIP_DEFLATED if len(zlib.compress(sample, 1)) < len(sample) * 0.9 else zipfile.ZIP_STORED


# The index, made once every file is read: from each entry's size and SHA-256, (name, bytes) files
Index = Callable[[dict[str, tuple[int, str]]], Sequence[tuple[str, bytes]]]


def write_bundle(
    stream: BinaryIO, folders: Sequence[str], entries: Sequence[Entry], index: Index | None = None
) -> dict[str, tuple[int, str]]:
    """Write the bundle to ``stream`` (seekable), in the order given; returns each entry's size
    and SHA-256, as read while it was written. ``index`` makes the files written last, at the top."""
    read: dict[str, tuple[int, str]] = {}
    view = memoryview(bytearray(CHUNK))
    with zipfile.ZipFile(stream, "w", allowZip64=True) as bundle:
        for folder in folders:
            bundle.writestr(_info(folder, folder=True), b"")
        for entry in entries:
            read[entry.name] = _add(bundle, entry, view)
        for name, data in index(read) if index is not None else ():
            info = _info(name)
            info.compress_type = compression(name, data)
            bundle.writestr(info, data, compresslevel=LEVEL)
    return read


def _add(bundle: zipfile.ZipFile, entry: Entry, view: memoryview) -> tuple[int, str]:
    try:
        source = open(entry.path, "rb", buffering=0)  # noqa: SIM115 (closed below, errors told apart)
    except OSError as error:
        raise Unreadable(entry.path, error) from None
    with source:
        try:
            size = os.fstat(source.fileno()).st_size
            count = source.readinto(view)
        except OSError as error:
            raise Unreadable(entry.path, error) from None
        info = _info(entry.name)
        info.compress_type = compression(entry.name, bytes(view[: min(count, TRIAL)]))
        set_level(info, LEVEL)
        info.file_size = size
        hasher = hashlib.sha256()
        total = 0
        # zipfile needs to know beforehand that a file may pass 2 GiB; a file growing meanwhile
        # would otherwise stop it halfway.
        with bundle.open(info, "w", force_zip64=size >= 1 << 30) as target:
            while count:
                piece = view[:count]
                hasher.update(piece)
                target.write(piece)
                total += count
                try:
                    count = source.readinto(view)
                except OSError as error:
                    raise Unreadable(entry.path, error) from None
    return total, hasher.hexdigest()


def stable_zip(data: bytes) -> bytes:
    """A zip made by a writer that dates it (an xlsx of sml.py bears the day it was made), made
    the same bytes every time: each part's time set to EPOCH, and the document's own created and
    modified dates too."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "docProps/core.xml":
                content = _fixed_dates(content)
            info = zipfile.ZipInfo(item.filename, date_time=EPOCH)
            info.create_system = UNIX
            info.external_attr = FILE_MODE
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, content, compresslevel=LEVEL)
    return out.getvalue()


def _fixed_dates(xml: bytes) -> bytes:
    return re.sub(
        rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>1980-01-01T00:00:00Z\g<2>", xml
    )


def file_digest(stream: BinaryIO) -> str:
    """The SHA-256 of a whole stream (the bundle just written), read from its start."""
    stream.seek(0)
    hasher = hashlib.sha256()
    view = memoryview(bytearray(CHUNK))
    while count := stream.readinto(view):  # type: ignore[attr-defined]
        hasher.update(view[:count])
    return hasher.hexdigest()
