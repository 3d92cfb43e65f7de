"""Reading the CSV files offices actually have into rows with their file line numbers.

Handles: UTF-8 with or without BOM, Windows-1252 / Latin-1 and old Mac
(MacRoman) encodings, text garbled by a UTF-8 -> Windows-1252 round trip,
comma / semicolon / tab delimiters (sniffed), CR, LF or CRLF line endings,
quoted fields with embedded quotes and line breaks.
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.i18n import translate
from desktop_app.services.errors import ServiceError

MAX_BYTES = 50 * 1024 * 1024
DELIMITERS = (",", ";", "\t")
# Common shapes of UTF-8 read as Windows-1252 ("Ã©" for "é", "â€™" for "’").
_MOJIBAKE = re.compile("[ÃÂÅÄ][\u0080-\u00ff\u0152-\u02dc\u2013-\u203a\u20ac\u2122]|â€")


class ImportFileError(ServiceError):
    """The file cannot be read as a table; one sentence."""


@dataclass(frozen=True)
class Table:
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (line number in the file where the row starts, cells)
    encoding: str
    delimiter: str
    notes: list[str] = field(default_factory=list)  # things the reader fixed, for the warnings


def _score(text: str) -> int:
    """Higher is more like real text: accented lower-case letters inside words, no controls."""
    score = 0
    prev = ""
    for ch in text:
        if ord(ch) > 127:
            cat = unicodedata.category(ch)
            if cat == "Cc":
                score -= 5
            elif prev.isalpha() and prev.islower():
                score += 1 if cat == "Ll" else -1
        prev = ch
    return score


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name). UTF-8 wins whenever it decodes; otherwise the likeliest 8-bit code page."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "UTF-8 with BOM"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    best: tuple[int, str, str] | None = None
    for codec, label in (("cp1252", "Windows-1252"), ("mac_roman", "MacRoman"), ("latin-1", "Latin-1")):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        score = _score(text)
        if best is None or score > best[0]:
            best = (score, text, label)
    assert best is not None  # latin-1 decodes anything
    return best[1], best[2]


def _to_cp1252_bytes(text: str) -> bytes:
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) > 255:
                raise
            out.append(ord(ch))  # the five bytes cp1252 leaves undefined pass through as Latin-1
    return bytes(out)


def repair_mojibake(value: str) -> str:
    """Undo a UTF-8 -> Windows-1252 misreading ("Lutsâ€™k" -> "Luts’k"); else return as is."""
    if not _MOJIBAKE.search(value):
        return value
    try:
        return _to_cp1252_bytes(value).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return value


def sniff_delimiter(text: str) -> str:
    """The delimiter giving the same number (>1) of fields on the first lines; tie -> most fields."""
    sample = text[:64 * 1024]
    best = (0, 0, ",")
    for delim in DELIMITERS:
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delim)
        counts = []
        try:
            for row in reader:
                if row:
                    counts.append(len(row))
                if len(counts) >= 20:
                    break
        except csv.Error:
            continue
        if not counts or counts[0] < 2:
            continue
        # The last sampled row may be cut off: judge on the complete ones.
        steady = sum(1 for c in counts[:-1] or counts if c == counts[0])
        candidate = (steady, counts[0], delim)
        if candidate[:2] > best[:2]:
            best = candidate
    return best[2]


def parse(text: str, delimiter: str | None = None) -> tuple[list[str], list[tuple[int, list[str]]], str]:
    delim = delimiter or sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim, strict=False)
    rows: list[tuple[int, list[str]]] = []
    headers: list[str] | None = None
    start = 1
    try:
        for cells in reader:
            line = start
            start = reader.line_num + 1
            if not "".join(cells).strip():  # a blank line, or blank in every cell
                continue
            if headers is None:
                headers = cells
            else:
                rows.append((line, cells))
    except csv.Error as exc:
        raise ImportFileError(translate("Import", "Line {line} cannot be read as CSV: {reason}.")
                              .format(line=reader.line_num, reason=exc)) from exc
    if headers is None:
        raise ImportFileError(translate("Import", "The file is empty: there is no header row."))
    return headers, rows, delim


def read_table(source: str | os.PathLike[str] | bytes) -> Table:
    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        try:
            if path.stat().st_size > MAX_BYTES:
                raise ImportFileError(translate("Import", "{name} is larger than {limit} MB; split it first.")
                                      .format(name=path.name, limit=MAX_BYTES // 2**20))
            data = path.read_bytes()
        except OSError as exc:
            raise ImportFileError(translate("Import", "{path} cannot be read: {reason}.")
                                  .format(path=path, reason=exc.strerror)) from exc
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(translate("Import", "This is not a CSV text file (it looks like a spreadsheet "
                                                  "or binary file; save it as CSV first)."))
    text, encoding = decode(data)
    headers, rows, delim = parse(text)
    notes: list[str] = []
    repaired: list[int] = []
    fixed_rows = rows
    # A cell is the text with quote marks taken out, so when the whole text (without quotes) has
    # no garbled pair, no cell has one: skip the per-cell check, the slowest part of reading.
    if any(lead in text for lead in "ÃÂÅÄâ") and _MOJIBAKE.search(text.replace('"', "")):
        fixed_rows = []
        for line, cells in rows:
            new = [repair_mojibake(c) for c in cells]
            if new != cells:
                repaired.append(line)
            fixed_rows.append((line, new))
    if repaired:
        notes.append(translate("Import", "Repaired garbled accented letters (text once misread as "
                                         "Windows-1252) on {count} row(s), lines {lines}.")
                     .format(count=len(repaired), lines=_lines(repaired)))
    headers = [repair_mojibake(h).strip() for h in headers]
    return Table(headers, fixed_rows, encoding, delim, notes)


def _lines(numbers: list[int], limit: int = 10) -> str:
    shown = ", ".join(str(n) for n in numbers[:limit])
    if len(numbers) <= limit:
        return shown
    return shown + translate("Import", " and {count} more").format(count=len(numbers) - limit)
