"""Candidates proposed by jobhunters, shown pseudonymously, and the employer's answer."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.employer import bp, common
from app.employer.forms import AnswerForm
from app.extensions import db
from app.models import Proposal
from app.pagination import paginate
from app.security import employer_proposals, get_for_user_or_404, role_required
from app.services import audit, proposals

FILTERS = {
    "nieuw": ("proposed",),
    "uitgenodigd": ("invited",),
    "afgerond": ("rejected", "hired", "withdrawn"),
    "alle": ("proposed", "invited", "rejected", "hired", "withdrawn"),
}


@bp.route("/kandidaten")
@role_required("employer")
def candidates():
    employer = common.current_employer()
    shown = request.args.get("toon", "nieuw")
    if shown not in FILTERS:
        shown = "nieuw"
    page = paginate(
        employer_proposals(employer)
        .where(Proposal.status.in_(FILTERS[shown]))
        .order_by(Proposal.created_at.desc(), Proposal.id.desc()),
        default_size=25,
    )
    return render_template(
        "employer/candidates.html", proposals=page.items, page=page, shown=shown, filters=FILTERS
    )


@bp.route("/kandidaten/<int:proposal_id>", methods=["GET", "POST"])
@role_required("employer")
def candidate(proposal_id: int):
    """The pseudonymous profile of a proposed candidate, with the answer form."""
    # Without consent the profile is not shared (SPEC §1.4): the rule book makes that a 404.
    proposal = get_for_user_or_404(Proposal, proposal_id)
    form = AnswerForm()
    if form.validate_on_submit():
        try:
            proposals.answer(
                proposal,
                form.decision.data,
                form.reason.data or "",
                current_user._get_current_object(),
            )
        except proposals.ProposalError as error:
            if proposal.status not in proposals.OPEN_STATUSES:
                flash(str(error), "error")
                return redirect(url_for("employer.candidate", proposal_id=proposal.id))
            form.decision.errors = [*form.decision.errors, str(error)]
        else:
            db.session.commit()
            if proposal.status == "invited":
                flash(
                    _(
                        "Uw antwoord is doorgegeven. De jobhunter neemt contact op om het "
                        "gesprek te plannen."
                    ),
                    "success",
                )
            else:
                flash(_("Uw antwoord is doorgegeven. Bedankt voor de toelichting."), "success")
            return redirect(url_for("employer.candidate", proposal_id=proposal.id))
    profile = proposals.candidate_profile(proposal)
    html = render_template(
        "employer/candidate.html",
        proposal=proposal,
        profile=profile,
        form=form,
        can_answer=proposal.status in proposals.OPEN_STATUSES,
    )
    audit.commit_read(proposal, detail="kandidaatprofiel")
    return html
