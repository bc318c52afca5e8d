"""The monitoring report page (SPEC §4.7, `000` §7): per half year or year, the trend over
periods as a chart, CSV/XLSX export, and the qualitative rows kept by hand."""

from __future__ import annotations

from datetime import date

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.charts import bar_chart, trend_chart
from app.exports import participation_monitor
from app.exports.cells import attachment
from app.extensions import db
from app.jobhunter import bp
from app.jobhunter.common import current_municipality, municipalities, year_arg
from app.jobhunter.path_forms import MonitorNoteForm
from app.models.choices import MONITOR_TOPICS
from app.security import role_required
from app.services import audit, monitoring


def _period() -> monitoring.Period:
    """`?jaar=` and `?half=1|2` (a half year) from the query, else this year."""
    half = request.args.get("half", type=int)
    return monitoring.Period(year_arg(date.today().year), half if half in (1, 2) else None)


def _report():
    return monitoring.build_report(current_municipality(), _period(), date.today())


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
    short = {"unpaid_places": "Onbetaalde werkplekken"}
    chart = bar_chart(
        f"Resultaten {report.period.label}",
        [(short.get(r.key, r.label), r.value) for r in report.rows if r.key in keys],
    )
    trend = trend_chart(
        "Verloop over de perioden",
        [p.short.replace("-", " h") for p in report.trend_periods],
        [(monitoring.TREND_LABELS[k], v) for k, v in report.trend.items()],
    )
    ladder_chart = bar_chart("Inwoners per trede van de participatieladder", report.ladder)
    form = MonitorNoteForm()
    note = report.notes.get("skills_action_plan")
    form.text.data = note.text if note else ""
    return render_template(
        "jobhunter/monitor.html",
        report=report,
        chart=chart,
        trend=trend,
        ladder_chart=ladder_chart,
        municipalities=municipalities(),
        trend_labels=monitoring.TREND_LABELS,
        note_form=form,
        note_topic=MONITOR_TOPICS["skills_action_plan"],
    )


@bp.route("/monitor.<fmt>")
@role_required("jobhunter")
def monitor_export(fmt: str):
    if fmt not in ("csv", "xlsx"):
        abort(404)
    report = _report()
    name = f"monitor-{report.municipality.name.lower().replace(' ', '-')}-{report.period.short}"
    audit.record("export", report.municipality, detail=f"monitor {report.period.short} als {fmt}")
    if fmt == "csv":
        body, mimetype = participation_monitor.to_csv(report), "text/csv; charset=utf-8"
    else:
        body = participation_monitor.to_xlsx(report)
        mimetype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    db.session.commit()
    return Response(body, mimetype=mimetype, headers=attachment(f"{name}.{fmt}"))


@bp.route("/monitor/toelichting", methods=["POST"])
@role_required("jobhunter")
def monitor_note():
    """Keep the year's action plan for work skills and talents (`000` §7, kept by hand)."""
    municipality, period = current_municipality(), _period()
    form = MonitorNoteForm()
    if form.validate_on_submit():
        monitoring.save_note(
            municipality, period.year, "skills_action_plan", form.text.data, current_user
        )
        db.session.commit()
        flash(_("De toelichting is opgeslagen."), "success")
    else:
        flash(" ".join(e for errors in form.errors.values() for e in errors), "error")
    return redirect(
        url_for(
            "jobhunter.monitor_report",
            jaar=period.year,
            half=period.half,
            gemeente=municipality.id,
            _anchor="actieplan",
        )
    )
