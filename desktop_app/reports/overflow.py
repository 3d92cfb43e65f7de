"""Long text on paper: shortened where it sits, printed in full at the end of the document.

A table row or a box on the call-out form cannot run across pages, so a 3,000-character title
would stop the whole document.  ``Overflow.shorten`` cuts such text to a size that fits, ending it
with "…", and remembers the whole of it; ``Overflow.story()`` prints every shortened value in full
after the document's own content, as paragraphs that can break across pages.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.platypus import Flowable, Paragraph

from desktop_app.i18n import translate
from desktop_app.reports.layout import para, styles

ELLIPSIS = "…"


@dataclass(frozen=True)
class Shortened:
    where: str  # what the text belongs to, e.g. INC-2026-0042 or PC-0007
    label: str  # which of its fields, e.g. Title
    text: str


@dataclass
class Overflow:
    items: list[Shortened] = field(default_factory=list)

    def shorten(self, text: object, max_chars: int, max_lines: int, where: str = "",
                label: str = "") -> str:
        value = "" if text is None else str(text)
        lines = value.split("\n")
        if len(value) <= max_chars and len(lines) <= max_lines:
            return value
        cut = "\n".join(lines[:max_lines])[:max_chars]
        space = cut.rfind(" ")
        if space > max_chars * 2 // 3:  # end on a word when one ends near the cut
            cut = cut[:space]
        self.note(where, label, value)
        return cut.rstrip() + f" {ELLIPSIS}"

    def note(self, where: str, label: str, text: str) -> None:
        item = Shortened(where, label, text)
        if item not in self.items:
            self.items.append(item)

    def story(self) -> list[Flowable]:
        """The full text of everything shortened, or nothing when nothing was."""
        if not self.items:
            return []
        out: list[Flowable] = [para(translate("ReportCommon", "Full text of shortened entries"),
                                   styles()["h2"])]
        for item in self.items:
            head = " · ".join(p for p in (item.where, item.label) if p)
            out.append(para(head, styles()["label"], bold=True))
            body = para(item.text, styles()["body"])
            assert isinstance(body, Paragraph)
            out.append(body)
        return out
