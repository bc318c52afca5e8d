"""A jobhunter corrects the occupation of a vacancy (issue 20).

The vacancy changes at once; the choice is also stored as a title correction that a beheerder
reviews before it counts for every vacancy with the same kind of title
(app.services.title_corrections). Jobhunters may do this for the vacancies of the employers
they act for (`can_manage`: their municipality or region); for another employer's vacancy the
answer is a 404, as for any object that is not theirs to change.
"""

from __future__ import annotations

from flask import abort, flash, redirect, url_for
from flask_babel import gettext as _
from flask_login import current_user

from app.extensions import db
from app.jobhunter import bp
from app.jobhunter.forms import OccupationCorrectionForm
from app.models import Vacancy
from app.security import can_manage, get_for_user_or_404, role_required
from app.services import occupations, title_corrections


@bp.route("/vacatures/<int:vacancy_id>/beroep", methods=["POST"])
@role_required("jobhunter")
def vacancy_occupation(vacancy_id: int):
    """Set the vacancy's occupation from the occupation list (audited, reviewed later)."""
    vacancy = get_for_user_or_404(Vacancy, vacancy_id)
    if not can_manage(vacancy.employer):
        abort(404)
    form = OccupationCorrectionForm()
    typed = (form.occupation.data or "")[:255]
    if not form.validate_on_submit():
        return redirect(
            url_for("jobhunter.vacancy", vacancy_id=vacancy.id, beroep=typed, fout="leeg")
            + "#beroep-kiezen"
        )
    occupation = occupations.find(typed)
    if occupation is None:
        return redirect(
            url_for("jobhunter.vacancy", vacancy_id=vacancy.id, beroep=typed, fout="onbekend")
            + "#beroep-kiezen"
        )
    if vacancy.occupation_id != occupation.id:
        title_corrections.correct_vacancy(vacancy, occupation, current_user)
        db.session.commit()
        flash(
            _(
                "Het beroep van deze vacature is nu %(name)s. Een beheerder bekijkt of dat ook "
                "voor andere vacatures met zo'n titel moet gelden.",
                name=occupation.preferred_label,
            ),
            "success",
        )
    return redirect(url_for("jobhunter.vacancy", vacancy_id=vacancy.id))
