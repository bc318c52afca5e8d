"""The monitoring report page with charts and CSV/XLSX export (SPEC §4.7)."""

from __future__ import annotations

from datetime import date

from flask import Response, abort, render_template

from app.charts import bar_chart
from app.exports.cells import attachment
from app.extensions import db
from app.jobhunter import bp
from app.jobhunter.common import current_municipality, municipalities, year_arg
from app.security import role_required
from app.services import audit, monitoring


def _report():
    return monitoring.build_report(
        current_municipality(), year_arg(date.today().year), date.today()
    )


@bp.route("/monitor")
@role_required("jobhunter")
def monitor_report():
    report = _report()
    keys = (
        "exit_to_work",
        "part_time",
        "unpaid_places",
        "wage_subsidy",
        "jobcoach",
        "follow_ups",
        "banenafspraak_placements",
        "new_employer_contacts",
    )
    chart = bar_chart(
        f"Resultaten {report.year}", [(r.label, r.value) for r in report.rows if r.key in keys]
    )
    ladder_chart = bar_chart("Inwoners per trede van de participatieladder", report.ladder)
    return render_template(
        "jobhunter/monitor.html",
        report=report,
        chart=chart,
        ladder_chart=ladder_chart,
        municipalities=municipalities(),
    )


@bp.route("/monitor.<fmt>")
@role_required("jobhunter")
def monitor_export(fmt: str):
    if fmt not in ("csv", "xlsx"):
        abort(404)
    report = _report()
    name = f"monitor-{report.municipality.name.lower().replace(' ', '-')}-{report.year}"
    audit.record("export", report.municipality, detail=f"monitor {report.year} als {fmt}")
    if fmt == "csv":
        body, mimetype = monitoring.to_csv(report), "text/csv; charset=utf-8"
    else:
        body = monitoring.to_xlsx(report)
        mimetype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    db.session.commit()
    return Response(body, mimetype=mimetype, headers=attachment(f"{name}.{fmt}"))
