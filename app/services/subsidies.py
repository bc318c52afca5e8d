"""The subsidy calculator (SPEC §4.4–4.5): which instruments an employer can get, and how much.

Input is an anonymous candidate profile (or the profile of a proposed candidate, built on the
server so the employer never sees the underlying data) and a job: kind, hours, wage, contract
length, start. Output is one line per instrument with the amount per month and per year where
it is known, a one-off amount for the werkvoucher/werkgeverscheque, the conditions in plain
Dutch, and for the wage subsidy the engine's working. Amounts come from the SROI engine
(`sroi.wage_subsidy`, `sroi.decide_incentive`) and the admin's minimum-wage table. For a
proposed candidate the answer follows `app.services.disclosure`: which schemes apply and the
amounts, in neutral words, never the benefit or an indication.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import Decimal

from flask_babel import gettext as _

import sroi
from app.extensions import db
from app.formatting import ddmmyyyy, money, number
from app.models import Client, IncentiveScheme, LkvRate, MinimumWage
from app.services import disclosure, minimum_wages
from app.services.placement_lifecycle import benefit_on, minimum_wage_on
from app.services.sroi_bridge import engine_incentive_scheme, engine_lkv_rules

PAID_KINDS = ("job", "apprenticeship")
BENEFITS_WITH_TRIAL = ("participatiewet", "ww", "wia", "wajong", "ioaw", "anw")


@dataclass(frozen=True)
class Profile:
    """What the calculator needs to know about a candidate: no identity, no health details."""

    benefit_type: str | None = None
    banenafspraak: bool = False
    sheltered_work: bool = False
    municipality_id: int | None = None
    label: str = ""
    # Built from a client's record: the answer may not reveal what the profile says.
    confidential: bool = False

    @classmethod
    def of_client(cls, client: Client, today: date) -> Profile:
        """A proposed candidate as the calculator sees them: their situation `today`, the day
        of the calculation, never on a start date the employer chooses (trying start dates
        would otherwise reveal when a benefit began or ends)."""
        return cls(
            benefit_type=benefit_on(client, today),
            banenafspraak=client.banenafspraak,
            sheltered_work=client.sheltered_work,
            municipality_id=client.municipality_id,
            label=client.pseudonym,
            confidential=True,
        )


@dataclass(frozen=True)
class Job:
    """The job the candidate would do."""

    kind: str
    hours_per_week: Decimal
    hourly_wage: Decimal | None = None
    wage_value_pct: Decimal | None = None
    contract_months: int | None = None
    permanent: bool = False
    start: date | None = None


@dataclass(frozen=True)
class Instrument:
    """One instrument: whether it applies, the amounts, conditions and working."""

    code: str
    name: str
    applies: bool
    explanation: str
    per_month: Decimal | None = None
    per_year: Decimal | None = None
    once: Decimal | None = None
    once_from: date | None = None
    working: tuple[str, ...] = ()
    source: str = ""
    # Not applicable because of who the candidate is (their benefit or an indication).
    personal: bool = False


@dataclass
class Calculation:
    """The calculator's answer."""

    profile: Profile
    job: Job
    on: date
    minimum_wage: MinimumWage | None
    instruments: list[Instrument] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def available(self) -> list[Instrument]:
        return [i for i in self.instruments if i.applies]

    @property
    def not_available(self) -> list[Instrument]:
        return [i for i in self.instruments if not i.applies]

    @property
    def total_per_year(self) -> Decimal:
        """Sum of the yearly amounts that are known (wage subsidy and LKV)."""
        return sum((i.per_year for i in self.available if i.per_year is not None), Decimal("0"))

    @property
    def total_per_month(self) -> Decimal:
        return sum((i.per_month for i in self.available if i.per_month is not None), Decimal("0"))


def calculate(profile: Profile, job: Job, today: date) -> Calculation:
    """Every instrument of SPEC §4.5 for this profile and job, with amounts where known."""
    on = job.start or today
    wage = minimum_wage_on(on)
    calc = Calculation(profile=profile, job=job, on=on, minimum_wage=wage)
    paid = job.kind in PAID_KINDS
    if wage is None:
        calc.warnings.append(
            _(
                "De beheerder heeft nog geen wettelijk minimumloon ingevoerd voor %(d)s; "
                "de loonkostensubsidie kan daarom niet worden berekend.",
                d=ddmmyyyy(on),
            )
        )
    elif minimum_wages.known_on(on).warning:
        calc.warnings.append(minimum_wages.known_on(on).warning)
    if (
        wage is not None
        and paid
        and job.hourly_wage is not None
        and (job.hourly_wage < wage.hourly_amount)
    ):
        calc.warnings.append(
            _(
                "Het uurloon (%(wage)s) is lager dan het wettelijk minimumloon voor 21 jaar en "
                "ouder (%(minimum)s per uur vanaf %(d)s). Voor jongere werknemers geldt een "
                "lager minimumjeugdloon.",
                wage=money(job.hourly_wage),
                minimum=money(wage.hourly_amount),
                d=ddmmyyyy(wage.valid_from),
            )
        )
    calc.instruments.append(_wage_subsidy(profile, job, wage, paid))
    calc.instruments.append(_lkv(profile, job, on, paid))
    calc.instruments.append(_no_risk(profile))
    calc.instruments.extend(_schemes(profile, job, on, paid))
    calc.instruments.append(_jobcoach())
    calc.instruments.append(_trial(profile, job, wage))
    if profile.confidential:
        calc.instruments = [
            replace(i, explanation=disclosure.not_for_this_candidate())
            if i.personal and not i.applies
            else i
            for i in calc.instruments
        ]
    return calc


def _wage_subsidy(profile: Profile, job: Job, wage: MinimumWage | None, paid: bool) -> Instrument:
    name = _("Loonkostensubsidie")
    source = _("Participatiewet art. 10d; beleidsregels loonkostensubsidie")
    if not paid:
        return Instrument(
            "lks", name, False, _("Alleen bij betaald werk met een arbeidscontract."), source=source
        )
    if profile.benefit_type in ("ww", "wia", "wajong"):
        return Instrument(
            "lks",
            name,
            False,
            _(
                "Voor deze kandidaat regelt UWV de ondersteuning (bijvoorbeeld "
                "loondispensatie), niet de gemeente."
            ),
            source=source,
            personal=True,
        )
    if job.wage_value_pct is None:
        return Instrument(
            "lks",
            name,
            False,
            _(
                "Vul de loonwaarde in. Die meet de gemeente op de werkplek (loonwaardemeting). "
                "Ligt die onder 100 %, dan vult de gemeente het verschil met het minimumloon aan."
            ),
            source=source,
        )
    if job.wage_value_pct >= 100:
        return Instrument(
            "lks",
            name,
            False,
            _("Bij een loonwaarde van 100 % of meer is er geen loonkostensubsidie."),
            source=source,
        )
    if wage is None:
        return Instrument(
            "lks",
            name,
            False,
            _("Het minimumloon ontbreekt in de tabel van de beheerder."),
            source=source,
        )
    result = sroi.wage_subsidy(wage.hourly_amount, job.hours_per_week, job.wage_value_pct)
    return Instrument(
        "lks",
        name,
        True,
        _(
            "De gemeente betaalt het verschil tussen de loonwaarde en het minimumloon, zolang "
            "de loonwaarde zo blijft (wordt regelmatig opnieuw gemeten). Minimumloon %(w)s per "
            "uur vanaf %(d)s.",
            w=money(wage.hourly_amount),
            d=ddmmyyyy(wage.valid_from),
        ),
        per_month=result.per_month,
        per_year=result.per_year,
        working=tuple(result.working),
        source=source,
    )


def lkv_rules(target_group: str = "banenafspraak") -> list[sroi.LkvRule]:
    """The LKV amounts and durations from the table `lkv_rates`, oldest first (statutory values
    filled by migration 0008, kept by the beheerder on the minimum-wage page)."""
    return engine_lkv_rules(
        db.session.scalars(
            db.select(LkvRate)
            .where(LkvRate.target_group == target_group)
            .order_by(LkvRate.valid_from)
        )
    )


def _lkv(profile: Profile, job: Job, on: date, paid: bool) -> Instrument:
    """LKV banenafspraak per paid hour up to the yearly maximum, for the duration the rules of
    the date give (`sroi.lkv_banenafspraak`; amounts from `lkv_rates`)."""
    name = _("Loonkostenvoordeel banenafspraak (LKV)")
    source = _("Wet tegemoetkomingen loondomein")
    if not profile.banenafspraak:
        return Instrument(
            "lkv",
            name,
            False,
            _("Alleen voor iemand uit de banenafspraak (doelgroepregister)."),
            source=source,
            personal=True,
        )
    if not paid:
        return Instrument("lkv", name, False, _("Alleen bij betaald werk."), source=source)
    rules = lkv_rules()
    if not rules:
        return Instrument(
            "lkv",
            name,
            False,
            _("De beheerder heeft de bedragen van het LKV nog niet ingevoerd."),
            source=source,
        )
    outcome = sroi.lkv_banenafspraak(rules, start=on, hours_per_week=job.hours_per_week)
    rule = next((r for r in reversed(rules) if r.valid_from <= on), rules[0])
    if not outcome.eligible:
        return Instrument(
            "lkv", name, False, " ".join(outcome.reasons), source=rule.source or source
        )
    text = _(
        "%(per_hour)s per betaald uur, tot %(maximum)s per jaar.",
        per_hour=money(outcome.per_hour),
        maximum=money(outcome.max_per_year),
    )
    how = (
        _("Vraag de doelgroepverklaring binnen 3 maanden na de start aan bij UWV.")
        if rule.declaration_needed
        else _("U vraagt het aan via de loonaangifte; een doelgroepverklaring is niet nodig.")
    )
    return Instrument(
        "lkv",
        name,
        True,
        " ".join([text, *(r for r in outcome.reasons if "doelgroepverklaring" not in r), how]),
        per_month=outcome.per_month,
        per_year=outcome.per_year,
        working=outcome.working,
        source=rule.source or source,
    )


def _no_risk(profile: Profile) -> Instrument:
    name = _("No-riskpolis")
    if profile.banenafspraak or profile.sheltered_work:
        return Instrument(
            "no_risk",
            name,
            True,
            _(
                "Wordt de werknemer ziek, dan betaalt UWV de Ziektewet-uitkering. U loopt geen "
                "extra risico op loonkosten bij ziekte."
            ),
            source="UWV",
        )
    return Instrument(
        "no_risk",
        name,
        False,
        _("Alleen bij een indicatie banenafspraak of beschut werk."),
        source="UWV",
        personal=True,
    )


def _schemes(profile: Profile, job: Job, on: date, paid: bool) -> list[Instrument]:
    """The municipality's werkvoucher, werkgeverscheque and the like, decided by the engine."""
    from app.services.schemes import in_force

    if profile.municipality_id is None:
        municipalities = db.session.scalars(
            db.select(IncentiveScheme.municipality_id).distinct()
        ).all()
    else:
        municipalities = [profile.municipality_id]
    items = []
    seen = set()
    for scheme in in_force(IncentiveScheme, municipalities, on):
        title = (
            scheme.name
            if profile.municipality_id
            else f"{scheme.name} ({scheme.municipality.name})"
        )
        if title in seen:
            continue
        seen.add(title)
        if not paid:
            items.append(
                Instrument(
                    f"scheme-{scheme.id}",
                    title,
                    False,
                    _("Alleen bij betaald werk."),
                    source=scheme.source,
                )
            )
            continue
        contract_end = None
        if not job.permanent and job.contract_months:
            contract_end = sroi.add_months(on, job.contract_months) - timedelta(days=1)
        decision = sroi.decide_incentive(
            engine_incentive_scheme(scheme),
            start=on,
            on=on,
            benefit_at_start=profile.benefit_type,
            hours=job.hours_per_week,
            contract_end=contract_end,
        )
        reasons = (
            disclosure.employer_reasons(decision) if profile.confidential else decision.reasons
        )
        if not decision.eligible or decision.prospective_amount <= 0:
            items.append(
                Instrument(
                    f"scheme-{scheme.id}",
                    title,
                    False,
                    " ".join(reasons),
                    source=scheme.source,
                )
            )
            continue
        items.append(
            Instrument(
                f"scheme-{scheme.id}",
                title,
                True,
                _(
                    "Eenmalig %(amount)s, uit te betalen vanaf %(d)s als het dienstverband dan "
                    "nog loopt en de werknemer minstens %(hours)s uur per week werkt.",
                    amount=money(decision.prospective_amount),
                    d=ddmmyyyy(decision.prospective_on),
                    hours=number(scheme.min_hours_per_week, 1),
                ),
                once=decision.prospective_amount,
                once_from=decision.prospective_on,
                working=tuple(reasons),
                source=scheme.source,
            )
        )
    return items


def _jobcoach() -> Instrument:
    return Instrument(
        "jobcoach",
        _("Jobcoach"),
        True,
        _(
            "Heeft de werknemer begeleiding op de werkplek nodig, dan zet de gemeente een "
            "jobcoach in. Dat kost u niets."
        ),
        source=_("Beleidsplan Weststellingwerf 2025-2028; Lansingerland §3.4.3"),
    )


def _trial(profile: Profile, job: Job, wage: MinimumWage | None) -> Instrument:
    name = _("Proefplaatsing")
    if profile.benefit_type not in BENEFITS_WITH_TRIAL:
        return Instrument(
            "trial",
            name,
            False,
            _(
                "Alleen voor iemand met een uitkering: die houdt de uitkering tijdens de "
                "proefplaatsing."
            ),
            personal=True,
        )
    saved = None
    if job.hourly_wage is not None:
        saved = (job.hourly_wage * job.hours_per_week * 52 / 12).quantize(Decimal("0.01"))
    text = _(
        "De kandidaat werkt eerst een paar maanden bij u met behoud van uitkering. U betaalt "
        "in die tijd geen loon en ziet of het werk past."
    )
    if saved is not None:
        text += " " + _("Dat scheelt u ongeveer %(euro)s loon per maand.", euro=money(saved))
    return Instrument("trial", name, True, text)
