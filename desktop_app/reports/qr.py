"""QR codes as reportlab drawings (call-out form reference, asset labels)."""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing

# Far more than any tag or reference needs, and small enough to scan from a label; a longer
# value (a tag someone pasted a paragraph into) leaves the square blank rather than fail the sheet.
QR_MAX_BYTES = 300


def qr_drawing(value: str, size: float) -> Drawing:
    """A square ``size`` x ``size`` point drawing of a QR code carrying ``value``."""
    if len(value.encode("utf-8")) > QR_MAX_BYTES:
        return Drawing(size, size)
    widget = QrCodeWidget(value, barBorder=0)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing
