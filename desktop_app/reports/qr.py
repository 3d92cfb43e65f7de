"""QR codes as reportlab drawings (call-out form reference, asset labels)."""

from __future__ import annotations

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing


def qr_drawing(value: str, size: float) -> Drawing:
    """A square ``size`` x ``size`` point drawing of a QR code carrying ``value``."""
    widget = QrCodeWidget(value, barBorder=0)
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    return drawing
