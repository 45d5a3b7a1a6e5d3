"""Who issues a document, and how Decree 30/2020 (Phụ lục I) has it head, number and sign it.

Three kinds of issuer, each from the data: a People's Committee (a district, a commune: "ỦY BAN
NHÂN DÂN / HUYỆN ..." alone at the top, signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"), a department
("UBND TỈNH ..." over "SỞ ...", signed by its director in his own title) and an office of either
("UBND HUYỆN ..." over "PHÒNG ...", signed by its head). The words that say what kind of body or
locality a name is are the country's vocabulary, not one plan's.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import NamedTuple

from par_cli.core.model import Unit
from par_cli.core.plan import Plan
from par_cli.texts.labels import Labels
from par_cli.views.shapes import Letterhead, Signature

# How a People's Committee's name starts, in the spellings documents use.
COMMITTEE = ("ủy ban nhân dân", "uỷ ban nhân dân", "ubnd")
# The words that say what kind of unit a locality is, longest first: "huyện Đắk R'Lấp" is dated
# "Đắk R'Lấp, ngày ...".
LOCALITY_KINDS = ("thành phố", "thị trấn", "thị xã", "huyện", "phường", "quận", "tỉnh", "xã")
# Words an abbreviation made of initials leaves out (Phòng Văn hóa và Thông tin: PVHTT).
SMALL_WORDS = frozenset({"và", "các", "của"})


class Issuer(NamedTuple):
    kind: str  # committee, department or office
    name: str  # in a sentence: Ủy ban nhân dân huyện Đắk R'Lấp, Phòng Tư pháp
    parent: str | None  # the heading's line above the issuer, upper case
    heading: str  # the issuer as the heading sets it, upper case, a line break where it wraps
    abbreviation: str  # in document numbers: Số: .../BC-UBND
    place: str  # of the date line: Đắk R'Lấp
    authority: tuple[str, ...]  # the signature's title lines: TM. ỦY BAN NHÂN DÂN, CHỦ TỊCH
    signer: str  # the name under the signature, or ""


def place_of(locality: str) -> str:
    for kind in LOCALITY_KINDS:
        if locality.lower().startswith(kind + " "):
            return locality[len(kind) + 1 :].strip()
    return locality


def is_committee(name: str) -> bool:
    return _fold(name).startswith(COMMITTEE)


def committee_short(name: str) -> str:
    """Ủy ban nhân dân huyện Đắk R'Lấp as documents abbreviate it in a sentence: UBND huyện Đắk R'Lấp."""
    for prefix in COMMITTEE:
        if _fold(name).startswith(prefix + " "):
            return "UBND " + name[len(prefix) + 1 :].strip()
    return name


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def initials(name: str) -> str:
    """An abbreviation where the data gives none: the initials of the name's words."""
    words = [w for w in name.replace("–", " ").replace("-", " ").split() if w.casefold() not in SMALL_WORDS]
    return "".join(w[0] for w in words if w[0].isalnum()).upper() or "..."


def _committee_heading(name: str) -> str:
    """ỦY BAN NHÂN DÂN over the locality, as the heading sets a People's Committee."""
    for prefix in COMMITTEE:
        if _fold(name).startswith(prefix + " "):
            return f"ỦY BAN NHÂN DÂN\n{name[len(prefix) + 1 :].strip().upper()}"
    return name.upper()


def _authority(kind: str, title: str, tr: Labels) -> tuple[str, ...]:
    """The signature's lines: on behalf of a committee (TM.), a deputy for the head (KT.)."""
    lines = [tr("document.on_behalf")] if kind == "committee" else []
    deputy = _fold(title).startswith(("phó ", "deputy "))
    if deputy:
        head = title.split(" ", 1)[1]
        lines.append(tr("document.for_head", title=_worded(head, tr).upper()))
    lines.append(_worded(title, tr).upper())
    return tuple(lines)


def _worded(title: str, tr: Labels) -> str:
    """A title the catalogue knows (Chủ tịch, Phó Giám đốc, Trưởng phòng...) in the reader's
    language, so that an English report does not sign "ON BEHALF OF..." over "CHỦ TỊCH"; any
    other as the data gives it."""
    key = f"document.title.{' '.join(_fold(title).split())}"
    return tr(key) if tr.has(key) else title


def plan_issuer(plan: Plan, tr: Labels) -> Issuer:
    """The plan's own issuer: a People's Committee unless the data says a department or an office."""
    info = plan.file.plan
    kind = info.issuer_kind or ("department" if info.level == "department" else "committee")
    signer = info.signer
    default_title = tr("document.head.committee" if kind == "committee" else "document.head.department")
    title = signer.title if signer else default_title
    if kind == "committee":
        heading = _committee_heading(info.issuer)
        abbreviation = info.abbreviation or _numbered_as(info.document_number) or "UBND"
    else:
        heading = info.issuer.upper()
        abbreviation = info.abbreviation or _numbered_as(info.document_number) or initials(info.issuer)
    return Issuer(
        kind=kind,
        name=info.issuer,
        parent=info.parent_body.upper() if info.parent_body else None,
        heading=heading,
        abbreviation=abbreviation,
        place=info.place or place_of(info.locality),
        authority=_authority(kind, title, tr),
        signer=signer.name if signer else "",
    )


def office_issuer(plan: Plan, unit: Unit, tr: Labels) -> Issuer:
    """An office of the plan's issuer, heading its own documents under it."""
    own = plan_issuer(plan, tr)
    above = committee_short(own.name) if own.kind == "committee" else own.name
    title = unit.head_title or tr("document.head.office")
    return Issuer(
        kind="office",
        name=unit.name,
        parent=above.upper(),
        heading=unit.name.upper(),
        abbreviation=unit.abbreviation or initials(unit.name),
        place=own.place,
        authority=_authority("office", title, tr),
        signer=unit.head_name or "",
    )


def locality_issuer(plan: Plan, locality: str, tr: Labels) -> Issuer:
    """The People's Committee of a locality reporting on a plan of the unit above it (a commune on
    its district's plan): it heads and signs its own report."""
    name = tr("document.committee_of", unit=locality)
    return Issuer(
        kind="committee",
        name=name,
        parent=None,
        heading=_committee_heading(name),
        abbreviation="UBND",
        place=place_of(locality),
        authority=_authority("committee", tr("document.head.committee"), tr),
        signer="",
    )


def _numbered_as(document_number: str | None) -> str | None:
    """The issuer's sign in a document's own number: 45/KH-UBND gives UBND."""
    if document_number and "/" in document_number and "-" in document_number.rsplit("/", 1)[1]:
        return document_number.rsplit("/", 1)[1].split("-", 1)[1]
    return None


def letterhead(
    issuer: Issuer,
    kind_code: str,
    number: str | None,
    when: date | None,
    kind: str,
    subject: str,
    tr: Labels,
    addressees: tuple[str, ...] = (),
    year: int | None = None,
) -> Letterhead:
    """The heading block; a number and a date left blank for the office to fill in where not given
    (a document is numbered and dated when it is registered)."""
    shown = number.strip() if number else "\u2003\u2003"
    if "/" in shown:  # given whole (15/BC-UBND): as it is
        numbered = tr("document.number.whole", number=shown)
    else:
        numbered = tr("document.number", number=shown, kind=kind_code, abbreviation=issuer.abbreviation)
    if when is not None:
        place_date = tr("document.place_date", place=issuer.place, date=tr.long_date(when))
    else:
        place_date = tr("document.place_date.blank", place=issuer.place, year=year or "")
    return Letterhead(
        parent=issuer.parent,
        issuer=issuer.heading,
        number=numbered,
        place_date=place_date,
        kind=kind,
        subject=subject,
        addressees=addressees,
    )


def addressed(bodies: list[str], tr: Labels) -> tuple[str, ...]:
    """Kính gửi: one body on the line itself; several, a line each below it."""
    if len(bodies) == 1:
        return (tr("document.to", body=bodies[0]),)
    return (tr("document.to.several"), *(f"- {body};" for body in bodies))


def signature(
    issuer: Issuer, receivers: list[str], others: tuple[str, ...], drafter: str | None, tr: Labels
) -> Signature:
    """Nơi nhận: the bodies it goes to first, then the others, then the archive ("- Lưu: VT, NV.")."""
    lines = [f"- {body};" for body in receivers]
    lines += [other if other.startswith("-") else f"- {other}" for other in others]
    archive = tr("document.archive.by", drafter=drafter) if drafter else tr("document.archive")
    return Signature(
        recipients=(tr("document.recipients"), *lines, archive),
        authority=issuer.authority,
        name=issuer.signer,
    )
