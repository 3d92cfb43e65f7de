"""Reading PDFs back the way a user's PDF reader would."""

from __future__ import annotations

import io

from pypdf import PdfReader


def pdf_pages(pdf: bytes) -> list[str]:
    """The text of each page, as a reader of the PDF would get it."""
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def pdf_text(pdf: bytes) -> str:
    return "\n".join(pdf_pages(pdf))


def flat(text: str) -> str:
    """Whitespace-insensitive text (wrapping may break a line anywhere)."""
    return " ".join(text.split())
