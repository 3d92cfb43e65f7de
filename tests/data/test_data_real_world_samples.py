"""The published sample files other asset tools ship, when ../shared/samples/real-world/ exists.

Each one either imports (its warnings are listed) or is refused with reasons
that name file lines, and a refusal leaves the database empty.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.importing import import_file
from desktop_app.services.errors import ServiceError

# ../shared beside the checkout; a git worktree one folder deeper (wt/BRANCH) finds it one level up.
SAMPLES = next((p for p in (Path(__file__).resolve().parents[n] / "shared" / "samples" / "real-world"
                            for n in (3, 4)) if p.is_dir()),
               Path(__file__).resolve().parents[3] / "shared" / "samples" / "real-world")
KIND = {
    "assets-sample.csv": "assets", "assets-sample-BAD.csv": "assets", "assets-sample-BLANKS.csv": "assets",
    "homebox_import.csv": "assets", "licenses-sample.csv": "assets", "locations-sample.csv": "sites",
    "users-sample.csv": "people", "ralph_warehouses_semicolon.csv": "sites",
}

pytestmark = pytest.mark.skipif(not SAMPLES.is_dir(), reason="no ../shared/samples/real-world here")


@pytest.mark.parametrize("name", sorted(KIND))
def test_sample_imports_or_is_refused_clearly(services, name):
    path = SAMPLES / name
    if not path.exists():
        pytest.skip(f"{name} is not there")
    try:
        result = import_file(services, KIND[name], path)
    except ServiceError as exc:  # a whole-file refusal: one sentence, nothing imported
        assert str(exc).endswith(".") and "\n" not in str(exc)
        assert services.assets.count(include_archived=True) == 0 and services.sites.count() == 0
        return
    if result.committed:
        assert len(result.created) + len(result.updated) > 0
    else:
        assert result.problems and all(p.line >= 2 for p in result.problems)
        assert services.assets.count(include_archived=True) == 0


def test_snipe_it_export_reads_as_expected(services):
    path = SAMPLES / "assets-sample.csv"
    if not path.exists():
        pytest.skip("assets-sample.csv is not there")
    result = import_file(services, "assets", path)
    assert result.committed and len(result.created) == 22
    asset = services.assets.by_tag("ICC-2065556")
    assert asset.model == 'Macbook Pro 13"' and str(asset.purchase_date) == "2023-01-23"


def test_old_mac_file_is_decoded_and_repaired(services):
    path = SAMPLES / "assets-sample-BAD.csv"
    if not path.exists():
        pytest.skip("assets-sample-BAD.csv is not there")
    result = import_file(services, "assets", path)
    assert result.committed, result.problems
    assert any("MacRoman" in w for w in result.warnings)
    assert any("Excel shortened" in w for w in result.warnings)
    assert any(s.name == "Saint-Étienne" for s in services.sites.list())
