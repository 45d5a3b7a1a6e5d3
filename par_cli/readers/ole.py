"""An OLE compound file (the container of .xls, .doc and of a password-protected xlsx), read
within what the file holds: every chain of sectors must stay inside the file and end, and no
stream may claim more bytes than its chain holds. Only the names of its streams and the bytes of
one of them are wanted here.
"""

from __future__ import annotations

import struct

from par_cli.core.problems import DataError
from par_cli.readers.package import damaged

SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
END_OF_CHAIN = 0xFFFFFFFE
FREE = 0xFFFFFFFF
_HEADER_FAT_SLOTS = 109


def open_compound(raw: bytes, path: str) -> Compound:
    """The compound file, or a one-line problem if its structure is broken."""
    try:
        return Compound(raw, path)
    except (struct.error, ValueError, IndexError, KeyError):
        raise damaged(path, "ole") from None


class Compound:
    """The streams of a compound file: ``streams`` name → (first sector, size)."""

    def __init__(self, raw: bytes, path: str) -> None:
        self.raw, self.path = raw, path
        if len(raw) < 512 or not raw.startswith(SIGNATURE):
            raise self.broken()
        shift, mini_shift = struct.unpack_from("<HH", raw, 0x1E)
        if shift not in (9, 12) or mini_shift != 6:
            raise self.broken()
        self.size: int = 1 << shift
        self.mini_size = 1 << mini_shift
        self.sectors = (len(raw) - self.size) // self.size if len(raw) > self.size else 0
        (fat_count, directory, _, self.cutoff, mini_fat, mini_fat_count, difat, difat_count) = (
            struct.unpack_from("<IIIIIIII", raw, 0x2C)
        )
        fat_sectors = list(struct.unpack_from(f"<{_HEADER_FAT_SLOTS}I", raw, 0x4C))
        seen = 0
        per_sector = self.size // 4
        while difat not in (END_OF_CHAIN, FREE) and seen <= self.sectors:
            slots = struct.unpack_from(f"<{per_sector}I", raw, self.offset(difat))
            fat_sectors += slots[:-1]
            difat = slots[-1]
            seen += 1
        if seen > self.sectors or fat_count > self.sectors + 1 or difat_count > self.sectors + 1:
            raise self.broken()
        self.fat: list[int] = []
        for sector in fat_sectors[:fat_count]:
            self.fat += struct.unpack_from(f"<{per_sector}I", raw, self.offset(sector))
        self.streams: dict[str, tuple[int, int]] = {}
        entries = self.chain_bytes(directory)
        root_start = END_OF_CHAIN
        root_size = 0
        for at in range(0, len(entries) - 127, 128):
            length, kind = struct.unpack_from("<HB", entries, at + 0x40)
            if kind not in (1, 2, 5) or not 2 <= length <= 64:
                continue
            name = entries[at : at + length - 2].decode("utf-16-le", "replace")
            start, size = struct.unpack_from("<IQ", entries, at + 0x74)
            if self.size == 512:
                size &= 0xFFFFFFFF  # version 3 files: the high half is undefined
            if kind == 5:
                root_start, root_size = start, size
            elif kind == 2 and len(self.streams) < 10_000:
                self.streams[name] = (start, size)
        self.mini_fat = (
            list(struct.unpack(f"<{len(b) // 4}I", b)) if (b := self.chain_bytes(mini_fat)) else []
        )
        if mini_fat_count and not self.mini_fat:
            raise self.broken()
        self.mini_stream = self.chain_bytes(root_start)[:root_size] if root_size else b""

    def broken(self) -> DataError:
        return damaged(self.path, "ole")

    def offset(self, sector: int) -> int:
        if sector >= self.sectors:
            raise self.broken()
        return int((sector + 1) * self.size)

    def chain(self, start: int, table: list[int], limit: int) -> list[int]:
        """The sectors of a chain, in order; a chain that loops, or leaves the table, is broken."""
        sectors: list[int] = []
        sector = start
        while sector != END_OF_CHAIN:
            if sector >= len(table) or len(sectors) > limit:
                raise self.broken()
            sectors.append(sector)
            sector = table[sector]
        return sectors

    def chain_bytes(self, start: int) -> bytes:
        if start in (END_OF_CHAIN, FREE):
            return b""
        parts = [
            self.raw[self.offset(s) : self.offset(s) + self.size]
            for s in self.chain(start, self.fat, self.sectors)
        ]
        return b"".join(parts)

    def stream(self, name: str) -> bytes:
        """A stream's bytes, exactly as many as it declares (and its chain holds)."""
        start, size = self.streams[name]
        if size < self.cutoff:
            mini_count = len(self.mini_stream) // self.mini_size
            sectors = self.chain(start, self.mini_fat, mini_count)
            data = b"".join(self.mini_stream[s * self.mini_size : (s + 1) * self.mini_size] for s in sectors)
        else:
            data = self.chain_bytes(start)
        if len(data) < size:
            raise self.broken()
        return data[:size]
