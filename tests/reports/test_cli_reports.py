"""``fixdesk report ...``: files written whole, refusals in one sentence with nothing left behind."""

from __future__ import annotations

import pytest
from report_support import flat, pdf_pages, pdf_text

from desktop_app.cli import main
from desktop_app.cli_reports import LAYOUT_NAMES
from desktop_app.reports.labels import LAYOUTS


@pytest.fixture
def db(office, db_path):
    office.close()  # the CLI opens the file itself
    return str(db_path)


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.mark.parametrize("args, expected", [
    (["incidents", "--from", "2000-01-01", "--to", "2100-12-31"], "Incident log"),
    (["assets"], "SN-4Q7Z-9981"),
    (["warranty", "--days", "30"], "Expired (1)"),
    (["costs", "--from", "2000-01-01"], "BrightFix IT Services"),
    (["labels", "--layout", "avery-5160", "--tags", "PC-0007"], "Reception PC"),
])
def test_each_report_writes_a_pdf(db, tmp_path, capsys, args, expected):
    target = tmp_path / "out.pdf"
    code, out, err = _run(capsys, "report", args[0], "--db", db, *args[1:], "-o", str(target))
    assert (code, err) == (0, "")
    assert f"Wrote {target}" in out
    assert expected in flat(pdf_text(target.read_bytes()))


def test_callout_by_reference(db, tmp_path, capsys):
    target = tmp_path / "callout.pdf"
    code, _out, err = _run(capsys, "report", "callout", "inc-" + _first_ref(db)[4:], "--db", db,
                           "-o", str(target))
    assert (code, err) == (0, "")
    pages = pdf_pages(target.read_bytes())
    assert len(pages) == 1 and "BF-JOB-5531" in pages[0]


def _first_ref(db: str) -> str:
    from desktop_app.services import Services

    services = Services.open(db)
    try:
        return services.incidents.list()[0].ref
    finally:
        services.close()


@pytest.mark.parametrize("args, message", [
    (["callout", "INC-1999-0042"], "There is no incident INC-1999-0042."),
    (["incidents", "--from", "2026-02-30"], "--from 2026-02-30 is not a date like 2026-03-31."),
    (["costs", "--to", "yesterday"], "--to yesterday is not a date like 2026-03-31."),
    (["incidents", "--from", "2026-03-01", "--to", "2026-02-01"], "is before the start date"),
    (["labels", "--tags", "PC-0007,XX-1"], "There is no asset with tag XX-1."),
])
def test_refusals_are_one_sentence_and_write_nothing(db, tmp_path, capsys, args, message):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "out.pdf"
    code, out, err = _run(capsys, "report", args[0], "--db", db, *args[1:], "-o", str(target))
    assert code == 1 and out == ""
    assert message in err and err.count("\n") == 1
    assert list(folder.iterdir()) == []


def test_unwritable_output_leaves_no_partial_file(db, tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        code, _out, err = _run(capsys, "report", "assets", "--db", db, "-o", str(locked / "a.pdf"))
        if code == 0:  # running as root: permissions do not stop us, so use a missing folder
            (locked / "a.pdf").unlink()
            code, _out, err = _run(capsys, "report", "assets", "--db", db,
                                   "-o", str(tmp_path / "missing" / "a.pdf"))
    finally:
        locked.chmod(0o700)
    assert code == 1 and "Cannot write the PDF to" in err and err.count("\n") == 1
    assert list(locked.iterdir()) == []
    assert not (tmp_path / "missing").exists()


def test_existing_file_is_replaced_whole(db, tmp_path, capsys):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "out.pdf"
    target.write_bytes(b"old contents")
    code, _out, _err = _run(capsys, "report", "assets", "--db", db, "-o", str(target))
    assert code == 0 and target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["out.pdf"]


def test_layout_names_match_the_label_layouts():
    assert set(LAYOUT_NAMES) == set(LAYOUTS)


def test_unknown_layout_is_a_usage_error(db, tmp_path, capsys):
    try:
        code = main(["report", "labels", "--db", db, "--layout", "avery-1", "-o", str(tmp_path / "x.pdf")])
    except SystemExit as exc:
        code = exc.code
    assert code == 2 and "invalid choice: 'avery-1'" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_page_count_agrees_with_a_pdf_reader(office):
    from desktop_app.reports import documents
    from desktop_app.reports.output import page_count

    for i in range(30):
        office.assets.create(tag=f"LT-{i:04d}", name=f"Laptop {i}")
    for pdf in (documents.labels_pdf(office), documents.asset_register_pdf(office),
                documents.callout_pdf(office, office.incidents.list()[0].ref)):
        assert page_count(pdf) == len(pdf_pages(pdf))
