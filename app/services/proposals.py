"""Candidate proposals from start to end, and what an employer may see of the candidate.

A jobhunter proposes a consenting client for an open vacancy (SPEC §1.4); the proposal is also
the first piece of feedback for the matching engine's re-ranker. The employer answers
"uitnodigen voor gesprek" or "niet passend" (with a reason); the jobhunter sees the answer and
later records the outcome (aangenomen, ingetrokken). Both workspaces call these functions, so
the rules and the audit trail are the same wherever a proposal changes.

`candidate_profile` is the only way the employer portal looks at a client: it copies the few
fields an employer may see into a frozen dataclass (SPEC §1.4). Name, BSN, birth date, postcode,
address, health notes and exemptions never leave this module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from flask_babel import gettext as _

from app.extensions import db
from app.formatting import money, number
from app.links import public_url
from app.models import (
    Client,
    LkvRate,
    PostcodeArea,
    Proposal,
    User,
    Vacancy,
)
from app.models.base import utcnow
from app.models.choices import EDUCATION_LEVELS
from app.services import audit, availability
from app.services.mail import send_mail
from matching.geo import PostcodeIndex, pc4

EMPLOYER_ANSWERS = ("invited", "rejected")
JOBHUNTER_OUTCOMES = ("hired", "rejected", "withdrawn")
OPEN_STATUSES = ("proposed", "invited")
REASON_MAX = 1000

# Distance bands shown instead of a postcode: close enough to judge travel, too coarse to locate.
DISTANCE_BANDS = ((5, "0–5 km"), (10, "5–10 km"), (25, "10–25 km"), (50, "25–50 km"))


class ProposalError(ValueError):
    """The proposal or the change is not allowed (Dutch message for the user)."""


def propose(
    client: Client,
    vacancy: Vacancy,
    jobhunter: User,
    note: str,
    score: float | None = None,
    today: date | None = None,
) -> Proposal:
    """Propose a consenting client for an open vacancy and tell the employer's users.

    Refused for a client without consent, and for one who is placed or unavailable
    (`availability`): a jobhunter does not offer someone who cannot start.
    """
    if not client.has_consent:
        raise ProposalError(
            _(
                "Deze werkzoekende heeft geen toestemming gegeven om het profiel met werkgevers "
                "te delen. Vraag eerst toestemming en leg die vast."
            )
        )
    if vacancy.status_on(today or date.today()) != "open":
        raise ProposalError(_("Deze vacature is niet meer open."))
    free, why = availability.can_be_proposed(client, today or date.today())
    if not free:
        raise ProposalError(
            _("%(name)s kan nu niet worden voorgesteld: %(why)s.", name=client.full_name, why=why)
        )
    existing = db.session.execute(
        db.select(Proposal).where(
            Proposal.client_id == client.id, Proposal.vacancy_id == vacancy.id
        )
    ).scalar_one_or_none()
    if existing is not None:
        raise ProposalError(_("Deze werkzoekende is al voorgesteld voor deze vacature."))
    proposal = Proposal(
        client=client,
        vacancy=vacancy,
        jobhunter=jobhunter,
        note=note.strip(),
        status="proposed",
        match_score=Decimal(str(round(score * 100, 2))) if score is not None else None,
    )
    db.session.add(proposal)
    db.session.flush()
    audit.record(
        "create",
        proposal,
        detail=f"voorgesteld: werkzoekende {client.id} voor vacature {vacancy.id}",
    )
    for user in vacancy.employer.organisation.users:
        if user.active:
            send_mail(
                user.email,
                f"Nieuwe kandidaat voor uw vacature {vacancy.title}",
                f"Beste {user.name},\n\nDe gemeente stelt {client.pseudonym} voor voor uw vacature "
                f"'{vacancy.title}'. U ziet het profiel (zonder naam) in Werkbrug onder "
                "Kandidaten.\n",
                organisation_id=vacancy.employer.organisation_id,
                client_id=client.id,
            )
    return proposal


def propose_many(
    clients: list[Client],
    vacancy: Vacancy,
    jobhunter: User,
    note: str,
    scores: dict[int, float],
    today: date,
) -> tuple[list[Proposal], list[tuple[Client, str]]]:
    """Propose several clients for one vacancy with the same note; each one is checked and
    audited on its own (consent, availability, not proposed before). Returns the proposals made
    and the clients refused with the Dutch reason."""
    made: list[Proposal] = []
    refused: list[tuple[Client, str]] = []
    for client in clients:
        try:
            # propose() checks everything before it adds anything: a refusal leaves no trace.
            made.append(propose(client, vacancy, jobhunter, note, scores.get(client.id), today))
        except ProposalError as error:
            refused.append((client, str(error)))
    return made, refused


def answer(proposal: Proposal, decision: str, reason: str, user: User) -> Proposal:
    """The employer invites the candidate for an interview or says they do not fit.

    Not fitting needs a reason.
    """
    reason = (reason or "").strip()
    if decision not in EMPLOYER_ANSWERS:
        raise ProposalError(_("Kies: uitnodigen voor een gesprek, of niet passend."))
    if proposal.status not in OPEN_STATUSES:
        raise ProposalError(
            _("Op dit voorstel is al een besluit genomen; u kunt het niet meer wijzigen.")
        )
    if decision == "rejected" and not reason:
        raise ProposalError(
            _("Schrijf kort waarom de kandidaat niet past. Dat helpt de jobhunter.")
        )
    if len(reason) > REASON_MAX:
        raise ProposalError(_("Houd de toelichting korter dan %(n)s tekens.", n=REASON_MAX))
    proposal.status = decision
    proposal.reason = reason
    proposal.answered_at = utcnow()
    audit.record("update", proposal, detail=f"werkgever: {decision}")
    _tell_jobhunter(proposal)
    return proposal


def record_outcome(proposal: Proposal, outcome: str, reason: str, user: User) -> Proposal:
    """The jobhunter records how a proposal ended: hired, rejected or withdrawn."""
    reason = (reason or "").strip()
    if outcome not in JOBHUNTER_OUTCOMES:
        raise ProposalError(_("Kies een uitkomst: aangenomen, niet passend of ingetrokken."))
    if proposal.status in ("hired", "withdrawn") and outcome != proposal.status:
        raise ProposalError(_("Dit voorstel is al afgesloten."))
    if len(reason) > REASON_MAX:
        raise ProposalError(_("Houd de toelichting korter dan %(n)s tekens.", n=REASON_MAX))
    proposal.status = outcome
    if reason:
        proposal.reason = reason
    audit.record("update", proposal, detail=f"jobhunter: {outcome}")
    return proposal


def mark_hired(proposal: Proposal) -> None:
    """A placement was registered for this proposal."""
    if proposal.status != "hired":
        proposal.status = "hired"
        audit.record("update", proposal, detail="plaatsing geregistreerd")


def _tell_jobhunter(proposal: Proposal) -> None:
    """Mail the proposing jobhunter the employer's answer (pseudonym only, no client data)."""
    jobhunter = proposal.jobhunter
    if jobhunter is None:
        return
    employer = proposal.vacancy.employer
    if proposal.status == "invited":
        what = _("wil %(who)s uitnodigen voor een gesprek.", who=proposal.client.pseudonym)
    else:
        what = _(
            "vindt %(who)s niet passend. Reden: %(reason)s",
            who=proposal.client.pseudonym,
            reason=proposal.reason,
        )
    send_mail(
        jobhunter.email,
        _("Antwoord van %(employer)s op uw voorstel", employer=employer.name),
        _(
            "Beste %(name)s,\n\n%(employer)s %(what)s\n\nVacature: %(vacancy)s\n\n"
            "Bekijk het voorstel in Werkbrug: %(link)s\n",
            name=jobhunter.name,
            employer=employer.name,
            what=what,
            vacancy=proposal.vacancy.title,
            link=public_url("main.index"),
        ),
        organisation_id=jobhunter.organisation_id,
        client_id=proposal.client_id,
    )


# --- What the employer may see of a proposed candidate -------------------------------------


@dataclass(frozen=True)
class Support:
    """An instrument that comes with the candidate, in words an employer understands."""

    name: str
    explanation: str


@dataclass(frozen=True)
class CandidateProfile:
    """A pseudonymous candidate profile: deliberately without any identifying or health field."""

    pseudonym: str
    occupations: tuple[str, ...]
    skills: tuple[str, ...]
    certificates: tuple[str, ...]
    driving_licences: tuple[str, ...]
    education: str
    language_level: str
    hours_min: object
    hours_max: object
    distance_band: str
    support: tuple[Support, ...] = field(default_factory=tuple)


def candidate_profile(proposal: Proposal) -> CandidateProfile:
    """The pseudonymous view of the proposed client, measured against the proposal's vacancy."""
    client = proposal.client
    return CandidateProfile(
        pseudonym=client.pseudonym,
        # The wishes as the jobhunter wrote them: an ESCO preferred label can surprise
        # ('tuinman' is listed under 'botanicus').
        occupations=tuple(occ.text for occ in client.desired_occupations),
        skills=tuple(client.skills or ()),
        certificates=tuple(client.certificates or ()),
        driving_licences=tuple(client.driving_licences or ()),
        education=str(EDUCATION_LEVELS.get(client.education_level, ""))
        if client.education_level
        else "",
        language_level=client.language_level or "",
        hours_min=client.hours_min,
        hours_max=client.hours_max,
        distance_band=distance_band(client.postcode, proposal.vacancy.postcode),
        support=tuple(support_for(client)),
    )


def distance_km(postcode_a: str | None, postcode_b: str | None) -> float | None:
    """Estimated road km between two postcodes' PC4 centroids, or None when unknown.

    The matching engine's estimate (`matching.geo`: straight line × 1.3), so the employer's
    band and the jobhunter's match page measure the same distance.
    """
    a, b = pc4(postcode_a), pc4(postcode_b)
    if a is None or b is None:
        return None
    if a == b:
        return 0.0
    areas = db.session.scalars(db.select(PostcodeArea).where(PostcodeArea.pc4.in_([a, b])))
    index = PostcodeIndex.from_rows((area.pc4, area.latitude, area.longitude) for area in areas)
    return index.road_km(a, b)


def distance_band(client_postcode: str | None, vacancy_postcode: str | None) -> str:
    """ "10–25 km" style band of the road distance between the client's and the workplace's
    postcode areas (`distance_km`)."""
    km = distance_km(client_postcode, vacancy_postcode)
    if km is None:
        return _("onbekend")
    for limit, text in DISTANCE_BANDS:
        if km < limit:
            return text
    return _("meer dan 50 km")


def support_for(client: Client, on: date | None = None) -> list[Support]:
    """Instruments an employer can count on when hiring this client (no health details)."""
    items: list[Support] = []
    if client.banenafspraak:
        rate = db.session.scalars(
            db.select(LkvRate)
            .where(
                LkvRate.target_group == "banenafspraak",
                LkvRate.valid_from <= (on or date.today()),
            )
            .order_by(LkvRate.valid_from.desc())
            .limit(1)
        ).first()
        items.append(
            Support(
                _("Banenafspraak"),
                _(
                    "Telt mee voor de banenafspraak. U kunt loonkostenvoordeel (LKV, tot "
                    "%(maximum)s per jaar) en de no-riskpolis krijgen.",
                    maximum=money(rate.max_per_year),
                )
                if rate is not None
                else _(
                    "Telt mee voor de banenafspraak. U kunt loonkostenvoordeel (LKV) en de "
                    "no-riskpolis krijgen."
                ),
            )
        )
    if client.sheltered_work:  # named by what the employer gets, not by the indication
        items.append(
            Support(
                _("Begeleiding en no-riskpolis"),
                _(
                    "De gemeente regelt begeleiding en aanpassingen op de werkplek; wordt de "
                    "werknemer ziek, dan betaalt UWV (no-riskpolis)."
                ),
            )
        )
    items.append(
        Support(
            _("Loonkostensubsidie mogelijk"),
            _(
                "Als de kandidaat minder dan het minimumloon kan verdienen, meet de gemeente "
                "de loonwaarde en vult het verschil aan."
            ),
        )
    )
    items.append(
        Support(
            _("Jobcoach"),
            _("Begeleiding op de werkplek, betaald door de gemeente, als dat nodig is."),
        )
    )
    if client.benefit_type == "participatiewet":
        items.append(
            Support(
                _("Proefplaatsing"),
                _("De kandidaat kan eerst een paar maanden met behoud van uitkering bij u werken."),
            )
        )
        from app.services.schemes import incentives_in_force

        for scheme in incentives_in_force(client.municipality_id, on or date.today()):
            if scheme.eligible_benefits and "participatiewet" not in scheme.eligible_benefits:
                continue
            tier = scheme.tiers[-1] if scheme.tiers else None
            if tier is None:
                continue
            items.append(
                Support(
                    scheme.name,
                    _(
                        "Eenmalig tot %(amount)s als de kandidaat minstens %(months)s maanden "
                        "en %(hours)s uur per week bij u werkt.",
                        amount=money(tier.amount),
                        months=tier.months,
                        hours=number(scheme.min_hours_per_week, 1),
                    ),
                )
            )
    return items
