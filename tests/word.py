"""Reading a Word document back as Word reads it: its XML parts, with the standard library (the
page-number field, the sections, the properties, each row's settings) and python-docx's public
API (to prove another reader opens it). No private part of python-docx is used."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
}
W = "{" + NS["w"] + "}"


def text_of(element: ET.Element) -> str:
    """The text of a paragraph, or of a cell (its paragraphs that hold text, a line each)."""
    if element.tag == W + "p":
        return "".join(
            (node.text or "") if node.tag == W + "t" else "\n"
            for node in element.iter()
            if node.tag in (W + "t", W + "br")
        )
    return "\n".join(text for text in (text_of(p) for p in element.findall("w:p", NS)) if text)


class Word:
    def __init__(self, path: Path) -> None:
        with zipfile.ZipFile(path) as archive:
            self.parts = {name: archive.read(name) for name in archive.namelist()}
        self.document = ET.fromstring(self.parts["word/document.xml"])
        self.body = self.document.find("w:body", NS)
        assert self.body is not None
        self.core = ET.fromstring(self.parts["docProps/core.xml"])
        self.styles = ET.fromstring(self.parts["word/styles.xml"])

    def blocks(self) -> list[ET.Element]:
        """The body's paragraphs and tables, in order."""
        return [child for child in self.body if child.tag in (W + "p", W + "tbl")]

    def paragraphs(self) -> list[ET.Element]:
        return [child for child in self.body if child.tag == W + "p"]

    def texts(self) -> list[str]:
        """Each top-level paragraph's text, in order."""
        return [text_of(p) for p in self.paragraphs()]

    def tables(self) -> list[ET.Element]:
        return self.body.findall("w:tbl", NS)

    @staticmethod
    def rows(table: ET.Element) -> list[list[str]]:
        return [[text_of(tc) for tc in tr.findall("w:tc", NS)] for tr in table.findall("w:tr", NS)]

    @staticmethod
    def bold_rows(table: ET.Element) -> list[int]:
        """The indexes of the rows whose every run is bold."""
        found = []
        for index, tr in enumerate(table.findall("w:tr", NS)):
            runs = [
                r
                for r in tr.iter(W + "r")
                if r.find("w:t", NS) is not None and (r.find("w:t", NS).text or "")
            ]
            if runs and all(r.find("w:rPr/w:b", NS) is not None for r in runs):
                found.append(index)
        return found

    def all_text(self) -> str:
        return "\n".join(text_of(node) for node in self.body.iter() if node.tag == W + "p")

    def sections(self) -> list[ET.Element]:
        return list(self.body.iter(W + "sectPr"))

    def style(self, style_id: str) -> ET.Element:
        for style in self.styles.findall("w:style", NS):
            if style.get(W + "styleId") == style_id:
                return style
        raise KeyError(style_id)

    def core_value(self, name: str) -> str:
        node = self.core.find(name, NS)
        assert node is not None, name
        return node.text or ""


def attr(element: ET.Element | None, name: str) -> str | None:
    return None if element is None else element.get(W + name)
