"""Names every system can hold: the folders of an evidence bundle and the files in them.

A bundle is unpacked on Windows, by Explorer, somewhere under the user's Downloads. So a name:

- is NFC (a Mac's decomposed "Thực hiện" is composed, as Windows and the scores files write it);
- holds none of ``<>:"|?*`` nor a control character (each becomes "_"; a slash or a backslash
  becomes "-"), and no run of spaces;
- does not end with a dot or a space, and is not a name Windows keeps for a device (CON, PRN,
  AUX, NUL, COM1-9, LPT1-9, with or without an extension): such a name gets a "_" before it;
- is at most 60 characters for a criterion's folder (its id and as much of its name as fits, cut
  at a word) and 90 for a file (its extension kept), and at most 240 bytes in UTF-8: the path in
  the bundle stays under 160 characters, leaving 100 of Windows' 260 for where it is unpacked;
- is unique in its folder as Windows compares names (without regard to case): of two files whose
  names clash once made safe, the one whose original path sorts first keeps the name, the next
  gets " (2)" before its extension, then " (3)", whatever order the files were named in.

`par evidence init` makes the same folders, so offices file documents where the bundle looks.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

FOLDER_CHARS = 60
FILE_CHARS = 90
MAX_BYTES = 240
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL"}
    | {f"{port}{n}" for port in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")}
)


def safe_name(text: str, limit: int = FILE_CHARS, extension: bool = True) -> str:
    """``text`` as a name Windows, macOS and Linux all hold (see the module's rules); with
    ``extension``, what follows its last dot is kept whole when the name is cut."""
    name = unicodedata.normalize("NFC", text)
    name = name.replace("/", "-").replace(
        "\\", "-"
    )  # "Chuyển đổi số/phát triển": a dash reads as the slash did
    name = _UNSAFE.sub("_", name)
    name = "".join("_" if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") else ch for ch in name)
    name = " ".join(name.split())
    stem, dot, suffix = name.rpartition(".")
    if not extension or not dot or not stem or len(suffix) > 10 or " " in suffix:
        stem, suffix = name, ""
    stem = _fit(stem, limit - (len(suffix) + 1 if suffix else 0))
    name = f"{stem}.{suffix}" if suffix else stem
    name = name.rstrip(". ") or "_"
    if name.split(".", 1)[0].rstrip(" ").upper() in _DEVICES:
        name = "_" + name
    return name


def _fit(text: str, limit: int) -> str:
    """At most ``limit`` characters and MAX_BYTES in UTF-8, cut at a word where one is near."""
    limit = max(limit, 1)
    if len(text) <= limit and len(text.encode("utf-8")) <= MAX_BYTES:
        return text
    cut = text[:limit]
    while len(cut.encode("utf-8")) > MAX_BYTES:
        cut = cut[:-1]
    word = cut.rsplit(" ", 1)[0]
    # a cut name never ends on a comma, a dash or an opening bracket ("... của cơ quan," reads as
    # if something were lost)
    return (word if len(word) >= len(cut) * 2 // 3 else cut).rstrip(" .,;:-–—(")


def criterion_folder(criterion_id: str, name: str) -> str:
    """The folder of a criterion: its id and its name, as far as it fits ("3.4 Thực hiện cơ chế
    một cửa")."""
    return safe_name(f"{criterion_id} {name}", FOLDER_CHARS, extension=False)


def unique_names(wanted: Sequence[tuple[str, str]], taken: Iterable[str] = ()) -> list[str]:
    """A name for each (safe name, original path) of one folder, none equal to another or to
    ``taken`` without regard to case; a clash is settled by the original paths' order, so the
    result never depends on the order of ``wanted``."""
    used = {name.casefold() for name in taken}
    names: list[str] = [""] * len(wanted)
    for index in sorted(range(len(wanted)), key=lambda i: (wanted[i][0].casefold(), wanted[i][1], i)):
        name = wanted[index][0]
        number = 2
        candidate = name
        while candidate.casefold() in used:
            candidate = _numbered(name, number)
            number += 1
        used.add(candidate.casefold())
        names[index] = candidate
    return names


def _numbered(name: str, number: int) -> str:
    """``name`` with " (number)" before its extension, still within the limits."""
    stem, dot, extension = name.rpartition(".")
    if not dot or not stem:
        stem, extension = name, ""
    suffix = f" ({number})"
    room = FILE_CHARS - len(suffix) - (len(extension) + 1 if extension else 0)
    stem = _fit(stem, room)
    return f"{stem}{suffix}.{extension}" if extension else f"{stem}{suffix}"
