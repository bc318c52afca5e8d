"""Reports per authority and year (with charts and CSV/XLSX/PDF exports) and the weekly digest."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

import sroi
from app.charts import bar_chart
from app.exports import sroi_report
from app.exports.download import download
from app.extensions import db
from app.fields import options
from app.pagination import paginate, paginate_items
from app.procurement import bp, common
from app.procurement.forms import ConfirmForm, ReportForm
from app.security import role_required
from app.services import audit, sroi_contracts, sroi_digest, sroi_pages, sroi_reports

EXPORTS = {
    "csv": ("text/csv; charset=utf-8", sroi_report.report_csv),
    "xlsx": (
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        sroi_report.report_xlsx,
    ),
    "pdf": ("application/pdf", sroi_report.report_pdf),
}


def _report(with_lines: bool = True):
    """The report the query string asks for (authority in scope, or all of them; a year)."""
    authorities = sroi_contracts.authorities_for(current_user)
    form = ReportForm(request.args)
    form.opdrachtgever.choices = options(
        [(a.id, a.name) for a in authorities], _("alle") if len(authorities) > 1 else None
    )
    if not request.args.get("opdrachtgever") and len(authorities) == 1:
        form.opdrachtgever.data = str(authorities[0].id)
    valid = form.validate()
    year = form.jaar.data if valid and form.jaar.data else common.today().year
    if not request.args.get("jaar"):
        form.jaar.data = year
    chosen = [a for a in authorities if valid and str(a.id) == (form.opdrachtgever.data or "")]
    report = sroi_reports.annual_report(
        chosen or authorities, year, common.today(), with_lines=with_lines
    )
    return form, report, chosen or authorities


@bp.route("/rapportages")
@role_required("procurement")
def reports():
    form, report, authorities = _report(with_lines=False)
    if report.lines_paged:  # the current year: its contracts read one page at a time
        today = common.today()
        page = paginate(
            sroi_pages.report_lines_query(authorities, report.year),
            rows=True,
            total=report.totals.count,
            transform=lambda rows: sroi_pages.report_lines_of(rows, today),
            anchor="contracten",
        )
    else:
        page = paginate_items(report.lines, anchor="contracten")
    block_chart = bar_chart(
        _("Gerealiseerd in %(year)s per bouwblok", year=report.year),
        [(b.label, b.realized_in_year) for b in report.blocks],
        as_money=True,
    )
    counts = report.totals.states
    state_chart = bar_chart(
        _("Contracten per stand"),
        [(label, counts[code]) for code, label in sroi.STATE_LABELS.items() if counts[code]],
    )
    return render_template(
        "procurement/reports.html",
        form=form,
        report=report,
        page=page,
        block_chart=block_chart,
        state_chart=state_chart,
        query=request.query_string.decode("ascii", "ignore"),
    )


@bp.route("/rapportages/export.<fmt>")
@role_required("procurement")
def report_export(fmt: str):
    if fmt not in EXPORTS:
        abort(404)
    _form, report, _authorities = _report()
    mimetype, render = EXPORTS[fmt]
    body = render(report)
    audit.record(
        "export",
        object_type="SroiReport",
        object_id=str(report.year),
        detail=f"{fmt.upper()}: {report.title}",
    )
    db.session.commit()
    return download(body, f"sroi-rapportage-{report.year}.{fmt}", mimetype)


@bp.route("/weekoverzicht")
@role_required("procurement")
def digest():
    """The weekly digest as it would be mailed: contracts behind, those ending soon first."""
    on = common.today()
    return render_template(
        "procurement/digest.html",
        lines=sroi_reports.attention(common.scope(), on),
        on=on,
        form=ConfirmForm(formdata=None),
    )


@bp.route("/weekoverzicht/versturen", methods=["POST"])
@role_required("procurement")
def digest_send():
    if ConfirmForm().validate_on_submit():
        sent = sroi_digest.send_digests(common.today(), common.scope())
        db.session.commit()
        flash(_("%(n)s e-mail(s) verstuurd naar de verantwoordelijke inkopers.", n=sent), "success")
    return redirect(url_for("procurement.digest"))
