"""A zip of XML files (an xlsx or an ods workbook), read within limits, whatever it declares.

Nothing a zip says about itself is trusted: the number of its files is checked before its
directory is read, each file is decompressed as a stream and counted as it comes (never by its
declared size), and all the files a workbook needs are measured so, at the speed of
decompression, before a single element is parsed. A zip bomb is thus refused in time
proportional to the file. The XML is parsed by expat, with every DTD refused (so no entity,
external or nested, is ever defined or expanded) and its depth bounded.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any
from xml.parsers import expat

from par_cli.core.problems import Code, DataError, Term, Where
from par_cli.readers.cells import (
    MAX_PART_BYTES,
    MAX_RATIO,
    MAX_SHARED_STRINGS,
    MAX_TAGS,
    MAX_TOTAL_BYTES,
    MAX_XML_DEPTH,
    MAX_ZIP_ENTRIES,
    RATIO_FLOOR,
)

CHUNK = 1 << 16
_END_OF_DIRECTORY = b"PK\x05\x06"


def damaged(path: str, detail: str, **values: Any) -> DataError:
    """A workbook whose structure is broken: ``detail`` a catalogue key under ``damage.``."""
    return DataError.at(Code.WORKBOOK_DAMAGED, Where(path), detail=Term(f"damage.{detail}", values))


def too_large(path: str, limit: str, **values: Any) -> DataError:
    """A workbook beyond one of the limits: ``limit`` a catalogue key under ``limit.``."""
    return DataError.at(Code.WORKBOOK_TOO_LARGE, Where(path), limit=Term(f"bound.{limit}", values))


def entry_count(raw: bytes) -> int | None:
    """The number of files a zip's end record declares (None when it has none), read before
    zipfile reads the directory; 0xFFFF means a zip64 directory, refused as too many."""
    at = raw.rfind(_END_OF_DIRECTORY, max(0, len(raw) - 65_557))
    if at < 0 or at + 22 > len(raw):
        return None
    return int(struct.unpack_from("<H", raw, at + 10)[0])


class Package:
    """The files of a zip, read within the limits of ``cells.py``."""

    def __init__(self, raw: bytes, path: str) -> None:
        self.path = path
        count = entry_count(raw)
        if count is None:
            raise damaged(path, "zip")
        if count > MAX_ZIP_ENTRIES:
            raise too_large(path, "entries", count=count, max=MAX_ZIP_ENTRIES)
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(raw))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError, NotImplementedError):
            raise damaged(path, "zip") from None
        if len(infos) > MAX_ZIP_ENTRIES:
            raise too_large(path, "entries", count=len(infos), max=MAX_ZIP_ENTRIES)
        self.names = {info.filename for info in infos}
        self.packed = {info.filename: info.compress_size for info in infos}  # enforced by zipfile
        self.budget = MAX_TOTAL_BYTES

    def has(self, name: str) -> bool:
        return name in self.names

    def chunks(self, name: str) -> Iterator[bytes]:
        """The file's bytes as they are decompressed, never past the limits."""
        if name not in self.names:
            raise damaged(self.path, "missing", part=name)
        size = 0
        # Real XML compresses about 5 to 30 times; a bomb hundreds of times: stop it at 100.
        expanded = max(RATIO_FLOOR, MAX_RATIO * self.packed[name])
        try:
            with self.zip.open(name) as stream:
                while chunk := stream.read(CHUNK):
                    size += len(chunk)
                    if size > MAX_PART_BYTES:
                        raise too_large(self.path, "part", part=name, max=MAX_PART_BYTES >> 20)
                    if size > expanded:
                        raise too_large(self.path, "ratio", part=name, ratio=MAX_RATIO)
                    if size > self.budget:
                        raise too_large(self.path, "total", max=MAX_TOTAL_BYTES >> 20)
                    yield chunk
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError):
            raise damaged(self.path, "compressed", part=name) from None
        except RuntimeError:  # an encrypted member: zipfile asks for a password
            raise damaged(self.path, "compressed", part=name) from None
        self.budget -= size

    def measure(self, names: list[str], strings: str | None = None) -> None:
        """Decompress ``names`` once without parsing, so that a bomb is refused at the speed of
        decompression: their sizes, the tags they hold (each one costs the parser a call), and
        the texts of the shared strings part ``strings``. The budget is given back for the read."""
        budget = self.budget
        tags = 0
        for name in names:
            texts = 0
            for chunk in self.chunks(name):
                tags += chunk.count(b"<")
                if name == strings:
                    texts += chunk.count(b"<si>") + chunk.count(b"<si/>") + chunk.count(b"<si ")
            if tags > MAX_TAGS:
                raise too_large(self.path, "tags", max=MAX_TAGS)
            if texts > MAX_SHARED_STRINGS:
                raise too_large(self.path, "shared", max=MAX_SHARED_STRINGS)
        self.budget = budget

    def read(self, name: str, limit: int = 4 * 1024 * 1024) -> bytes:
        """A small file whole (the mimetype, a list of relationships)."""
        data = b""
        for chunk in self.chunks(name):
            data += chunk
            if len(data) > limit:
                raise too_large(self.path, "part", part=name, max=limit >> 20)
        return data

    def parse(self, name: str, handler: XmlHandler) -> None:
        """Parse a file of the zip into ``handler``: no DTD, no entity, bounded depth."""
        parser = handler.parser()
        try:
            for chunk in self.chunks(name):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
        except expat.ExpatError as error:
            reason = expat.errors.messages.get(error.code, "") if error.code is not None else ""
            raise damaged(self.path, "xml", part=name, line=error.lineno, reason=reason) from None
        except _Refusal as refusal:
            raise damaged(self.path, refusal.detail, part=name) from None


class _Refusal(Exception):
    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class XmlHandler:
    """Expat's callbacks for one file: elements named ``namespace local`` (prefixes resolved).
    Subclasses count ``depth`` in their ``start`` (see ``enter``)."""

    def __init__(self) -> None:
        self.depth = 0

    def parser(self) -> Any:
        parser = expat.ParserCreate(namespace_separator=" ")
        parser.buffer_text = True
        parser.StartDoctypeDeclHandler = _refuse_dtd
        parser.EntityDeclHandler = _refuse_entity
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.data
        return parser

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_XML_DEPTH:
            raise _Refusal("deep")

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self.enter()

    def end(self, name: str) -> None:
        self.depth -= 1

    def data(self, text: str) -> None:
        pass


def _refuse_dtd(*_: object) -> None:
    raise _Refusal("dtd")


def _refuse_entity(*_: object) -> None:
    raise _Refusal("dtd")
