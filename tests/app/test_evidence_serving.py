"""Evidence files are served in a sandbox, and the review page may frame them (and only them).

Only a file's first bytes are checked, so a "PDF" can be `%PDF-` followed by HTML with a script.
Served on the site's own origin without a sandbox, that script would run with the reviewer's
session. Every evidence response therefore carries `Content-Security-Policy: sandbox;
default-src 'none'` (a unique origin, no scripts, nothing loaded), `nosniff` and a
Content-Disposition with the stored, safe name. Browsers refuse their PDF viewer inside such a
sandbox, so the review page shows a PDF as a sandboxed picture of its first pages (rendered by
PDFium in a separate process) and frames nothing: every page keeps `frame-src 'none'`.
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.models import EvidenceFile

POLYGLOT = b"%PDF-1.4\n<html><body><script>fetch('/jobhunter/werkzoekenden')</script></body></html>"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def _evidence(app, activity, data: bytes, content_type: str, name: str) -> EvidenceFile:
    stored = secrets.token_hex(16)
    folder = Path(app.config["UPLOAD_FOLDER"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / stored).write_bytes(data)
    return EvidenceFile(
        activity=activity,
        filename=name,
        stored_name=stored,
        content_type=content_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        uploaded_at=datetime.now(UTC),
    )


def _get(client, url):
    response = client.get(url)
    response.get_data()
    response.close()
    return response


def _sandboxed(response) -> bool:
    policy = [d.strip() for d in response.headers.get("Content-Security-Policy", "").split(";")]
    return "sandbox" in policy and "default-src 'none'" in policy


@pytest.fixture
def files(world, db, app):
    activity = world.a.activity
    pdf = _evidence(app, activity, POLYGLOT, "application/pdf", "loonstrook mei.pdf")
    png = _evidence(app, activity, PNG, "image/png", "contract.png")
    db.session.add_all([pdf, png])
    db.session.commit()
    return world, pdf, png


def test_procurement_evidence_is_sandboxed_inline_and_as_download(files, client, auth):
    world, pdf, png = files
    auth.login("procurement.a@example.nl")
    for url in (f"/inkoop/bewijs/{pdf.id}", f"/inkoop/bewijs/{png.id}"):
        response = _get(client, url)
        assert response.status_code == 200
        assert _sandboxed(response), response.headers.get("Content-Security-Policy")
        assert "frame-ancestors 'self'" in response.headers["Content-Security-Policy"]
        assert response.headers["X-Content-Type-Options"] == "nosniff"
        assert response.headers["Content-Disposition"].startswith("inline; filename=")
    response = _get(client, f"/inkoop/bewijs/{pdf.id}")
    assert response.headers["Content-Type"] == "application/pdf"
    assert "loonstrook" in response.headers["Content-Disposition"]
    download = _get(client, f"/inkoop/bewijs/{pdf.id}?download=1")
    assert download.headers["Content-Disposition"].startswith("attachment; filename=")
    assert _sandboxed(download)


def test_employer_evidence_download_is_sandboxed(files, client, auth):
    world, pdf, _png = files
    auth.login("employer.a@example.nl")
    response = _get(client, f"/werkgever/bewijs/{pdf.id}")
    assert response.status_code == 200
    assert _sandboxed(response), response.headers.get("Content-Security-Policy")
    assert response.headers["Content-Disposition"].startswith("attachment; filename=")
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_review_page_shows_a_pdf_as_a_sandboxed_picture_and_frames_nothing(files, client, auth):
    world, pdf, _png = files
    auth.login("procurement.a@example.nl")
    for url in ("/inkoop/beoordelen", f"/inkoop/beoordelen/{world.a.activity.id}"):
        page = client.get(url)
        assert f'src="/inkoop/bewijs/{pdf.id}/voorbeeld"' in page.get_data(as_text=True)
        policy = page.headers["Content-Security-Policy"]
        assert "frame-src 'none'" in policy and "img-src 'self'" in policy, url
        assert "frame-ancestors 'none'" in policy
    # The polyglot is no real PDF: PDFium draws nothing, so there is no picture (and no page).
    assert _get(client, f"/inkoop/bewijs/{pdf.id}/voorbeeld").status_code == 404


def test_a_real_pdf_preview_is_a_sandboxed_png_of_its_pages(world, db, app, client, auth):
    from fpdf import FPDF

    document = FPDF()
    document.add_page()
    document.set_font("Helvetica", size=14)
    document.cell(0, 10, "Loonstrook mei 2026")
    real = _evidence(
        app, world.a.activity, bytes(document.output()), "application/pdf", "loonstrook.pdf"
    )
    db.session.add(real)
    db.session.commit()
    auth.login("procurement.a@example.nl")
    picture = _get(client, f"/inkoop/bewijs/{real.id}/voorbeeld")
    assert picture.status_code == 200
    assert picture.data.startswith(b"\x89PNG")
    assert picture.mimetype == "image/png"
    assert _sandboxed(picture), picture.headers.get("Content-Security-Policy")
    assert "frame-ancestors 'self'" in picture.headers["Content-Security-Policy"]
    # Another authority's reviewer gets no picture of it.
    auth.logout()
    auth.login("procurement.b@example.nl")
    assert _get(client, f"/inkoop/bewijs/{real.id}/voorbeeld").status_code == 404
    for url in ("/inkoop/", "/inkoop/contracten", f"/inkoop/contracten/{world.a.contract.id}"):
        assert "frame-src 'none'" in client.get(url).headers["Content-Security-Policy"], url


def test_a_pdf_is_drawn_once_and_its_picture_goes_with_the_file(
    world, db, app, client, auth, monkeypatch
):
    """The reviewer opens the same evidence again and again: PDFium (up to 20 s for a heavy
    file) draws it once; the picture, a copy of what the file shows, is deleted with the file."""
    from fpdf import FPDF

    from app.services import evidence_files, pdf_preview

    document = FPDF()
    document.add_page()
    document.set_font("Helvetica", size=14)
    document.cell(0, 10, "Urenoverzicht juni 2026")
    real = _evidence(app, world.a.activity, bytes(document.output()), "application/pdf", "uren.pdf")
    broken = _evidence(app, world.a.activity, POLYGLOT, "application/pdf", "kapot.pdf")
    db.session.add_all([real, broken])
    db.session.commit()
    auth.login("procurement.a@example.nl")
    first = _get(client, f"/inkoop/bewijs/{real.id}/voorbeeld")
    assert first.status_code == 200
    assert _get(client, f"/inkoop/bewijs/{broken.id}/voorbeeld").status_code == 404

    drawn = []
    monkeypatch.setattr(pdf_preview, "render", lambda path: drawn.append(path))
    again = _get(client, f"/inkoop/bewijs/{real.id}/voorbeeld")
    assert again.status_code == 200 and again.data == first.data
    assert _get(client, f"/inkoop/bewijs/{broken.id}/voorbeeld").status_code == 404
    assert drawn == []  # neither file was drawn a second time

    paths = [evidence_files.delete(real), evidence_files.delete(broken)]
    db.session.commit()
    evidence_files.discard(paths)
    for path in paths:
        assert not path.exists()
        assert not pdf_preview.cached_path(path).exists()
