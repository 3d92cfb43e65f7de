"""Time to build FixDesk's documents: one call-out form and a 10,000-incident log.

    .venv/bin/python tests/benchmarks/bench_reports.py            # builds its own demo database
    .venv/bin/python tests/benchmarks/bench_reports.py /tmp/big.db  # or uses yours (needs incidents)

Prints wall-clock seconds (median of a few runs for the call-out form); the log
is split into gathering (database) and building (reportlab) since the window
runs both on its worker thread.
"""

from __future__ import annotations

import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def main(argv: list[str]) -> None:
    from pypdf import PdfReader

    from desktop_app.reports import data, documents
    from desktop_app.reports.incident_log import build_incident_log
    from desktop_app.services import Services, demo

    with tempfile.TemporaryDirectory() as tmp:
        location = argv[0] if argv else str(Path(tmp) / "bench.sqlite3")
        services = Services.open(location)
        if not argv:
            began = time.perf_counter()
            demo.build(services.db, assets=200, incidents=10_000)
            print(f"demo database with 10,000 incidents: {time.perf_counter() - began:.1f} s")
        ref = services.incidents.list()[0].ref
        documents.callout_pdf(services, ref)  # fonts registered, modules imported
        runs = []
        for _ in range(5):
            began = time.perf_counter()
            pdf = documents.callout_pdf(services, ref)
            runs.append(time.perf_counter() - began)
        print(f"call-out form {ref}: {statistics.median(runs):.3f} s (median of 5), {len(pdf):,} bytes")
        began = time.perf_counter()
        gathered = data.incident_log(services)
        middle = time.perf_counter()
        pdf = build_incident_log(gathered)
        ended = time.perf_counter()
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        print(f"incident log, {len(gathered.incidents):,} incidents: gather {middle - began:.2f} s + "
              f"build {ended - middle:.2f} s = {ended - began:.2f} s, {pages} pages, {len(pdf):,} bytes")
        services.close()


if __name__ == "__main__":
    main(sys.argv[1:])
