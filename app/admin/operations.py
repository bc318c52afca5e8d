"""Running the installation: periodic jobs and undelivered mail, and reference data uploads.

Reference data: the beheerder uploads a newer ESCO occupations file or postcode file. The file
is read first and the report shown (how many rows are good, each bad row with its line); only
when the beheerder confirms are the good rows stored (the file waits in `UPLOAD_FOLDER`, which
several app servers share, under a random name that only this session knows).
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime
from pathlib import Path

from flask import (
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from werkzeug.utils import secure_filename

from app.admin import bp
from app.admin.forms import ConfirmForm, ReferenceUploadForm
from app.extensions import db
from app.fields import options
from app.models import Occupation, Organisation, OutboxMail, PostcodeArea
from app.pagination import paginate
from app.security import role_required
from app.services import audit, jobs, mail_delivery, matching_index, reference_import

REFERENCE_KINDS = {
    "esco": (
        "Beroepenlijst (ESCO, CSV)",
        reference_import.parse_esco,
        reference_import.import_esco,
    ),
    "postcodes": (
        "Postcodegebieden (PC4: CSV pc4,place,latitude,longitude of GeoNames NL.txt)",
        reference_import.parse_postcodes,
        reference_import.import_postcodes,
    ),
}
PENDING_UPLOAD = "reference_upload"
MAX_SHOWN_ERRORS = 50


# --------------------------------------------------------------------------- jobs and mail


@bp.route("/taken")
@role_required("admin")
def jobs_page():
    """Each periodic job: last run, whether it failed, last success; undelivered mail."""
    now = datetime.now(UTC)
    page = paginate(mail_delivery.failed_listing(), default_size=25, anchor="niet-bezorgd")
    failed = page.items
    names = dict(
        db.session.execute(
            db.select(Organisation.id, Organisation.name).where(
                Organisation.id.in_({m.organisation_id for m in failed if m.organisation_id})
            )
        ).all()
    )
    return render_template(
        "admin/jobs.html",
        statuses=jobs.overview(now),
        mail=mail_delivery.counts(),
        failed=failed,
        page=page,
        organisation_names=names,
        smtp_configured=bool(current_app.config.get("SMTP_HOST")),
        confirm=ConfirmForm(),
    )


@bp.route("/taken/mail/<int:mail_id>/opnieuw", methods=["POST"])
@role_required("admin")
def retry_mail(mail_id: int):
    """Put a mail that was given up on back in the queue (audited)."""
    mail = db.session.get(OutboxMail, mail_id) or abort(404)
    if ConfirmForm().validate_on_submit() and mail.status == "failed":
        mail_delivery.try_again(mail)
        audit.record("update", mail, detail="opnieuw versturen na mislukte bezorging")
        db.session.commit()
        flash(_("Het bericht aan %(to)s wordt opnieuw verstuurd.", to=mail.to), "success")
    return redirect(url_for("admin.jobs_page"))


# --------------------------------------------------------------------------- reference data


def _counts() -> dict[str, int]:
    return {
        "occupations": db.session.scalar(db.select(db.func.count(Occupation.id))),
        "postcodes": db.session.scalar(db.select(db.func.count(PostcodeArea.pc4))),
    }


def _folder() -> Path:
    folder = Path(current_app.config["UPLOAD_FOLDER"]) / "reference"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _forget_pending() -> None:
    pending = session.pop(PENDING_UPLOAD, None)
    if pending:
        (_folder() / pending["stored"]).unlink(missing_ok=True)


@bp.route("/referentiedata", methods=["GET", "POST"])
@role_required("admin")
def reference_data():
    """Upload a newer file: it is read and the report shown; nothing is stored yet."""
    form = ReferenceUploadForm()
    form.kind.choices = options(
        {k: v[0] for k, v in REFERENCE_KINDS.items()}, _("Kies het soort bestand")
    )
    preview = None
    if form.validate_on_submit():
        _forget_pending()
        kind = form.kind.data
        name = secure_filename(form.upload.data.filename or "") or "bestand.csv"
        stored = f"{secrets.token_hex(16)}-{name}"
        path = _folder() / stored
        form.upload.data.save(path)
        try:
            rows, report = REFERENCE_KINDS[kind][1](path)
        except reference_import.ImportFileError as error:
            path.unlink(missing_ok=True)
            form.upload.errors.append(str(error).replace(str(path), name))
        else:
            session[PENDING_UPLOAD] = {"kind": kind, "stored": stored, "name": name}
            preview = {"kind": kind, "name": name, "good": len(rows), "report": report}
    return render_template(
        "admin/reference_data.html",
        counts=_counts(),
        form=form,
        preview=preview,
        kinds=REFERENCE_KINDS,
        confirm=ConfirmForm(),
        max_errors=MAX_SHOWN_ERRORS,
    )


@bp.route("/referentiedata/inlezen", methods=["POST"])
@role_required("admin")
def reference_import_confirm():
    """Store the good rows of the file read before (or drop it, with `annuleren`)."""
    pending = session.get(PENDING_UPLOAD)
    form = ConfirmForm()
    if not form.validate_on_submit() or not pending or pending.get("kind") not in REFERENCE_KINDS:
        flash(_("Er staat geen bestand klaar. Kies het bestand opnieuw."), "error")
        return redirect(url_for("admin.reference_data"))
    if request.form.get("annuleren"):
        _forget_pending()
        flash(_("Het bestand is niet ingelezen."), "info")
        return redirect(url_for("admin.reference_data"))
    path = _folder() / pending["stored"]
    try:
        report = REFERENCE_KINDS[pending["kind"]][2](path)
    except reference_import.ImportFileError as error:
        _forget_pending()
        flash(str(error).replace(str(path), pending["name"]), "error")
        return redirect(url_for("admin.reference_data"))
    audit.record(
        "update",
        object_type="Referentiedata",
        object_id=pending["kind"],
        detail=f"{pending['name']}: {report.summary()}",
    )
    db.session.commit()
    _forget_pending()
    matching_index.reset()  # the matcher rebuilds with the new taxonomy or postcodes
    flash(
        _("%(name)s is ingelezen: %(summary)s.", name=pending["name"], summary=report.summary()),
        "success",
    )
    return redirect(url_for("admin.reference_data"))
