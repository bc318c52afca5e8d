"""The one PDF set-up of every export: A4, Dutch, DejaVu Sans when installed, else Helvetica.

DejaVu Sans (Debian's `fonts-dejavu-core`) prints `€`, accents and dashes. Without it the PDF
falls back to the core Helvetica font, which knows only Latin-1: `PdfDocument.text` then puts
a stand-in for the few characters Werkbrug's texts use outside it (`€` → `EUR`, dashes and
curly quotes → their plain forms) and a `?` for anything else.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
FONT_FILES = {"": "DejaVuSans.ttf", "B": "DejaVuSans-Bold.ttf"}
# What the core font prints instead of characters outside Latin-1.
STAND_INS = {"€": "EUR", "–": "-", "—": "-", "‘": "'", "’": "'", "“": '"', "”": '"'}


@dataclass
class PdfDocument:
    """An FPDF document with its first page, and the font family that can print its texts."""

    pdf: Any  # fpdf.FPDF, imported when a PDF is made
    family: str

    def text(self, value) -> str:
        """`value` as text this document's font can print."""
        text = "" if value is None else str(value)
        if self.family == "DejaVu":
            return text
        for char, stand_in in STAND_INS.items():
            text = text.replace(char, stand_in)
        return text.encode("latin-1", "replace").decode("latin-1")

    def output(self) -> bytes:
        """The finished PDF."""
        return bytes(self.pdf.output())


def unicode_font_installed() -> bool:
    """Whether DejaVu Sans (regular and bold) is there to print every text as it is."""
    return all((DEJAVU / name).is_file() for name in FONT_FILES.values())


def new_document(title: str, *, landscape: bool = False) -> PdfDocument:
    """An A4 document titled `title`, author Werkbrug, in Dutch, 15 mm page margin at the foot."""
    from fpdf import FPDF

    pdf = FPDF(orientation="L" if landscape else "P", format="A4")
    pdf.set_title(title)
    pdf.set_author("Werkbrug")
    pdf.set_lang("nl")
    family = "Helvetica"
    if unicode_font_installed():
        for style, name in FONT_FILES.items():
            pdf.add_font("DejaVu", style, str(DEJAVU / name))
        family = "DejaVu"
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    return PdfDocument(pdf, family)
