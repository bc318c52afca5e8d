"""Placements, follow-up, employer incentives and exit premiums: the jobhunter's aftercare."""

from __future__ import annotations

from datetime import date

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.extensions import db
from app.jobhunter import bp
from app.jobhunter.forms import ConfirmPayoutForm, FollowUpDoneForm, OutcomeForm
from app.models import (
    Client,
    ExitPremium,
    ExitPremiumScheme,
    FollowUp,
    IncentiveAward,
    Placement,
    Proposal,
)
from app.pagination import Sorts, paginate, paginate_items
from app.security import get_for_user_or_404, role_required, staff_scope
from app.services import aftercare, audit
from app.services.proposals import ProposalError, record_outcome


def _back(default: str):
    target = request.form.get("terug", "")
    return redirect(target if target.startswith("/jobhunter/") else url_for(default))


# The placement list's sort orders (app.pagination): the newest start first by default.
PLACEMENT_SORTS = Sorts(
    {
        "start": (Placement.start_date,),
        "naam": (db.func.lower(Client.last_name), db.func.lower(Client.first_name)),
        "uren": (Placement.hours_per_week,),
    },
    default="-start",
)


@bp.route("/plaatsingen")
@role_required("jobhunter")
def placements():
    ended = request.args.get("status") == "beeindigd"
    query = (
        db.select(Placement)
        .join(Placement.client)
        .where(Client.municipality_id.in_(staff_scope(current_user)))
    )
    query = query.where(Placement.end_date.is_not(None) if ended else Placement.end_date.is_(None))
    page = paginate(query, sorts=PLACEMENT_SORTS, default_size=25)
    rows = page.items
    html = render_template(
        "jobhunter/placements.html",
        placements=rows,
        page=page,
        ended=ended,
        today=date.today(),
        form=FollowUpDoneForm(),
    )
    audit.commit_list_read([p.client_id for p in rows], "plaatsingen")
    return html


@bp.route("/nazorg/<int:task_id>/afronden", methods=["POST"])
@role_required("jobhunter")
def follow_up_done(task_id: int):
    task = get_for_user_or_404(FollowUp, task_id)
    form = FollowUpDoneForm()
    if not form.validate():
        flash(" ".join(e for errors in form.errors.values() for e in errors), "error")
        return _back("jobhunter.home")
    try:
        aftercare.complete_follow_up(task, form.note.data or "")
    except aftercare.WorklistError as error:
        flash(str(error), "error")
        return _back("jobhunter.home")
    db.session.commit()
    flash(_("Nazorg afgerond."), "success")
    return _back("jobhunter.home")


@bp.route("/premies")
@role_required("jobhunter")
def incentives():
    scope, today = staff_scope(current_user), date.today()
    award_page = paginate(
        aftercare.awards_select(scope),
        default_size=25,
        anchor="werkgeverspremies",
        transform=lambda found: aftercare.award_rows(found, today),  # this page's decisions
    )
    # Who is eligible is the engine's decision per client: paged after deciding.
    candidate_page = paginate_items(
        aftercare.exit_candidates(scope, today),
        default_size=25,
        prefix="kandidaten_",
        anchor="uitstroom-kandidaten",
    )
    premium_page = paginate(
        db.select(ExitPremium)
        .join(ExitPremium.client)
        .where(Client.municipality_id.in_(scope))
        .order_by(ExitPremium.requested_on.desc()),
        default_size=25,
        prefix="uitstroom_",
        anchor="uitstroompremies",
    )
    awards, candidates, premiums = award_page.items, candidate_page.items, premium_page.items
    html = render_template(
        "jobhunter/incentives.html",
        awards=awards,
        candidates=candidates,
        premiums=premiums,
        award_page=award_page,
        candidate_page=candidate_page,
        premium_page=premium_page,
        today=today,
    )
    shown = [row.award.placement.client_id for row in awards] + [c.id for c, _s, _d in candidates]
    audit.commit_list_read(shown + [p.client_id for p in premiums], "premies")
    return html


@bp.route("/premies/<int:award_id>/<any(check):action>", methods=["POST"])
@role_required("jobhunter")
def award_action(award_id: int, action: str):
    """Ask the engine again about an award (it is forfeited when the engine says so)."""
    award = get_for_user_or_404(IncentiveAward, award_id)
    state = aftercare.check_award(award, date.today())
    db.session.commit()
    flash(
        _("%(scheme)s: %(state)s.", scheme=award.scheme.name, state=_label_state(state)),
        "error" if state == "forfeited" else "success",
    )
    return redirect(url_for("jobhunter.incentives"))


AWARD_STEPS = {
    "toekennen": ("grant", aftercare.grant_award),
    "uitbetalen": ("pay", aftercare.pay_award),
}


@bp.route("/premies/<int:award_id>/<any(toekennen, uitbetalen):step>", methods=["GET", "POST"])
@role_required("jobhunter")
def award_confirm(award_id: int, step: str):
    """Grant or pay an employer incentive: the engine's working first, then a confirmation."""
    award = get_for_user_or_404(IncentiveAward, award_id)
    action, perform = AWARD_STEPS[step]
    today = date.today()
    form = ConfirmPayoutForm()
    user = current_user._get_current_object()
    if form.validate_on_submit():
        try:
            state = perform(award, user, today, bool(form.confirm.data))
        except aftercare.WorklistError as error:
            db.session.rollback()
            form.confirm.errors = [str(error)]
        else:
            db.session.commit()
            flash(
                _("%(scheme)s: %(state)s.", scheme=award.scheme.name, state=_label_state(state)),
                "error" if state == "forfeited" else "success",
            )
            return redirect(url_for("jobhunter.incentives"))
    working = aftercare.award_working(award, today)
    municipality = award.placement.client.municipality
    amount = working.decision.amount if action == "pay" else working.decision.prospective_amount
    html = render_template(
        "jobhunter/award_confirm.html",
        award=award,
        action=action,
        step=step,
        working=working,
        form=form,
        today=today,
        amount=amount,
        second_user=aftercare.needs_second_user(amount, municipality),
        threshold=aftercare.four_eyes_threshold(municipality),
        same_user=award.granted_by_id == user.id,
    )
    audit.commit_read(award.placement.client, detail=f"premie {award.id}: {step}")
    return html


def _label_state(state: str) -> str:
    from app.models.choices import AWARD_STATES

    return str(AWARD_STATES.get(state, state)).lower()


@bp.route("/uitstroompremies/<int:client_id>/<int:scheme_id>/aanvragen", methods=["POST"])
@role_required("jobhunter")
def exit_premium_request(client_id: int, scheme_id: int):
    client = get_for_user_or_404(Client, client_id)
    scheme = get_for_user_or_404(ExitPremiumScheme, scheme_id)
    try:
        aftercare.request_exit_premium(
            client, scheme, date.today(), current_user._get_current_object()
        )
    except aftercare.WorklistError as error:
        flash(str(error), "error")
        return redirect(url_for("jobhunter.incentives"))
    db.session.commit()
    flash(_("Uitstroompremie aangevraagd voor %(name)s.", name=client.full_name), "success")
    return redirect(url_for("jobhunter.incentives"))


@bp.route("/uitstroompremies/<int:premium_id>/uitbetalen", methods=["GET", "POST"])
@role_required("jobhunter")
def exit_premium_pay(premium_id: int):
    """Pay an exit premium: the engine's decision first, then a confirmation (four eyes above
    the municipality's threshold)."""
    premium = get_for_user_or_404(ExitPremium, premium_id)
    today = date.today()
    form = ConfirmPayoutForm()
    user = current_user._get_current_object()
    if form.validate_on_submit():
        try:
            aftercare.pay_exit_premium(premium, user, today, bool(form.confirm.data))
        except aftercare.WorklistError as error:
            db.session.rollback()
            form.confirm.errors = [str(error)]
        else:
            db.session.commit()
            flash(_("Uitstroompremie uitbetaald."), "success")
            return redirect(url_for("jobhunter.incentives"))
    municipality = premium.client.municipality
    html = render_template(
        "jobhunter/exit_premium_pay.html",
        premium=premium,
        decision=aftercare.exit_decision(premium.scheme, premium.client, today, excluding=premium),
        form=form,
        today=today,
        second_user=aftercare.needs_second_user(premium.amount, municipality),
        threshold=aftercare.four_eyes_threshold(municipality),
        same_user=premium.requested_by_id == user.id,
    )
    audit.commit_read(premium.client, detail=f"uitstroompremie {premium.id}: uitbetalen")
    return html


@bp.route("/voorstellen/<int:proposal_id>/uitkomst", methods=["POST"])
@role_required("jobhunter")
def proposal_outcome(proposal_id: int):
    """Record how a proposal ended; stored as feedback for the re-ranker."""
    proposal = get_for_user_or_404(Proposal, proposal_id)
    form = OutcomeForm()
    if not form.validate():
        flash(" ".join(e for errors in form.errors.values() for e in errors), "error")
    else:
        try:
            record_outcome(proposal, form.outcome.data, form.reason.data or "", current_user)
            db.session.commit()
            flash(_("De uitkomst is vastgelegd."), "success")
        except ProposalError as error:
            db.session.rollback()
            flash(str(error), "error")
    return redirect(url_for("jobhunter.client", client_id=proposal.client_id))
