"""Organisations managed in the portal: create, edit (name, region or municipality, KvK), the
settings a municipality sets differently (SPEC §1.6), and what its dashboards show.

**Settings are declared, not coded per page.** `SETTINGS` lists every organisation column that
is a setting, with its Dutch label, its kind (whole number, amount, switch), its bounds and the
kinds of organisation it applies to. The admin page builds its form from this list, validates
with it and audits each change. A setting whose column is not (yet) on the model is left out,
so a new column is one line here (`tests/app/test_admin_settings.py` fails for an organisation
column that is neither a setting nor in `NOT_SETTINGS`).

The acting user is an argument; every change is audited; nothing is committed here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from app.extensions import db
from app.models import Employer, Organisation, User
from app.services import audit

STAFF_KINDS = ("municipality", "region", "authority")
MUNICIPAL = ("municipality", "region")


@dataclass(frozen=True)
class Setting:
    """One organisation column the beheerder sets on the settings page."""

    column: str
    label: str
    hint: str = ""
    kind: str = "int"  # int | amount | switch
    minimum: Decimal | int | None = None
    maximum: Decimal | int | None = None
    optional: bool = False  # empty means "none" (e.g. no SROI threshold)
    kinds: tuple[str, ...] = MUNICIPAL
    group: str = ""


GROUPS = {
    "aftercare": _l("Nazorg na een plaatsing"),
    "employers": _l("Werkgeversdienstverlening"),
    "sroi": _l("Social return"),
    "privacy": _l("Privacy"),
    "matching": _l("Matching"),
    "rules": _l("Regels voor plaatsingen"),
    "path": _l("Het traject van een werkzoekende"),
}

SETTINGS: tuple[Setting, ...] = (
    Setting(
        "follow_up_first_days",
        _l("Eerste nazorgcontact, dagen na de start"),
        _l("Beleidsplan Weststellingwerf: na 2 weken (14 dagen)."),
        minimum=1,
        maximum=365,
        group="aftercare",
    ),
    Setting(
        "follow_up_second_days",
        _l("Tweede nazorgcontact, dagen na de start"),
        _l("Beleidsplan Weststellingwerf: na 6 weken (42 dagen). Later dan het eerste contact."),
        minimum=1,
        maximum=730,
        group="aftercare",
    ),
    Setting(
        "new_employer_lookback_years",
        _l("Nieuwe werkgever: geen contact in de afgelopen … jaar"),
        _l("Beleidsplan Weststellingwerf: 5 jaar."),
        minimum=1,
        maximum=20,
        group="employers",
    ),
    Setting(
        "new_employer_target",
        _l("Doel: gesprekken met nieuwe werkgevers per jaar"),
        _l("Beleidsplan Weststellingwerf: 10 per jaar."),
        minimum=0,
        maximum=10000,
        group="employers",
    ),
    Setting(
        "lead_min_score",
        _l("SROI-kansen: werkzoekenden tonen vanaf een matchscore van"),
        _l("Van 0 tot 100. Standaard 40."),
        minimum=0,
        maximum=100,
        group="employers",
    ),
    Setting(
        "sroi_threshold",
        _l("SROI-drempel: opdrachtwaarde (excl. btw) vanaf"),
        _l("Leeg: geen drempel. Bijvoorbeeld 50.000."),
        kind="amount",
        minimum=Decimal("0"),
        maximum=Decimal("1000000000"),
        optional=True,
        kinds=STAFF_KINDS,
        group="sroi",
    ),
    Setting(
        "retention_months",
        _l("Bewaartermijn na het afsluiten van een dossier, in maanden"),
        _l("Daarna wordt de werkzoekende geanonimiseerd. Standaard 24 maanden."),
        minimum=1,
        maximum=240,
        group="privacy",
    ),
    Setting(
        "reranker_enabled",
        _l("Matches herschikken op basis van terugkoppeling"),
        _l("Kan alleen aan als de herschikking beter is dan de gewone score (zie Matching)."),
        kind="switch",
        kinds=("municipality",),
        group="matching",
    ),
    # Placement rules (added by the placement-rules work; shown once the columns exist).
    Setting(
        "four_eyes_threshold",
        _l("Vier-ogenprincipe: uitbetalen boven dit bedrag door een tweede medewerker"),
        _l("Leeg: geen tweede medewerker nodig."),
        kind="amount",
        minimum=Decimal("0"),
        maximum=Decimal("1000000"),
        optional=True,
        group="rules",
    ),
    Setting(
        "trial_max_months",
        _l("Proefplaatsing met behoud van uitkering, hoogstens … maanden"),
        minimum=1,
        maximum=24,
        group="rules",
    ),
    Setting(
        "trial_flat_rate_max_months",
        _l("Proefplaatsing vóór een forfaitaire loonkostensubsidie, hoogstens … maanden"),
        minimum=1,
        maximum=24,
        group="rules",
    ),
    Setting(
        "work_experience_max_months",
        _l("Werkervaringsplek, hoogstens … maanden"),
        minimum=1,
        maximum=36,
        group="rules",
    ),
    # A client's path (issue 16), with the seeds' figures as defaults.
    Setting(
        "plan_review_months",
        _l("Plan van aanpak bespreken, elke … maanden"),
        _l("Beleidsplan Smallingerland: minstens één keer per kwartaal (3 maanden)."),
        minimum=1,
        maximum=24,
        group="path",
    ),
    Setting(
        "ladder_registration_months",
        _l("Trede op de participatieladder vastleggen, elke … maanden"),
        _l("Beleidsplan Weststellingwerf: jaarlijks tenminste één keer (12 maanden)."),
        minimum=1,
        maximum=36,
        group="path",
    ),
    Setting(
        "service_talk_months",
        _l("Dienstverleningsgesprek, elke … maanden"),
        _l("Beleidsplan Weststellingwerf: jaarlijks (12 maanden)."),
        minimum=1,
        maximum=36,
        group="path",
    ),
    Setting(
        "service_talk_part_time_months",
        _l("Dienstverleningsgesprek bij deeltijdwerk, elke … maanden"),
        _l("Beleidsplan Weststellingwerf: twee keer per jaar (6 maanden)."),
        minimum=1,
        maximum=36,
        group="path",
    ),
    Setting(
        "banenafspraak_offer_months",
        _l("Banenafspraak: een plek aanbieden binnen … maanden na de indicatie"),
        _l("Beleidsplan Smallingerland: binnen 6 maanden."),
        minimum=1,
        maximum=36,
        group="path",
    ),
    Setting(
        "outreach_call_days",
        _l("Banenafspraak: bellen … dagen na de eerste brief"),
        _l("Standaard 14 dagen."),
        minimum=1,
        maximum=365,
        group="path",
    ),
    Setting(
        "outreach_reminder_months",
        _l("Banenafspraak: nieuwe brief zonder reactie, na … maanden (vroegst)"),
        _l("Beleidsplan Weststellingwerf: na vier tot zes maanden."),
        minimum=1,
        maximum=24,
        group="path",
    ),
    Setting(
        "outreach_reminder_latest_months",
        _l("Banenafspraak: nieuwe brief zonder reactie, na … maanden (uiterlijk)"),
        _l("Beleidsplan Weststellingwerf: na vier tot zes maanden."),
        minimum=1,
        maximum=24,
        group="path",
    ),
    Setting(
        "sheltered_work_months",
        _l("Beschut werk: plaatsen binnen … maanden na het advies"),
        _l("Beleidsplannen Weststellingwerf en Smallingerland: binnen 6 maanden."),
        minimum=1,
        maximum=36,
        group="path",
    ),
    Setting(
        "integration_months",
        _l("Statushouders: termijn van de inburgering in maanden"),
        _l("Beleidsplan Weststellingwerf: drie jaar (36 maanden)."),
        minimum=1,
        maximum=120,
        group="path",
    ),
    Setting(
        "travel_hours_per_day",
        _l("Reistijd naar werk hoogstens … uur per dag"),
        _l("Participatiewet in balans: 3 uur per dag. Leeg: geen vaste regel."),
        kind="amount",
        minimum=Decimal("0.5"),
        maximum=Decimal("8"),
        optional=True,
        group="path",
    ),
    Setting(
        "job_search_exempt_age",
        _l("Geen sollicitatieplicht vanaf de leeftijd van"),
        _l("Participatiewet in balans: 62 jaar. Leeg: geen leeftijdsgrens."),
        minimum=50,
        maximum=70,
        optional=True,
        group="path",
    ),
)
# Organisation columns that are not settings (they have their own form fields).
NOT_SETTINGS = {
    "id",
    "kind",
    "name",
    "region_id",
    "created_at",
    "updated_at",
    "policy_text",
    "contact_name",
    "contact_email",
    "contact_phone",
    # The SROI policy: set on the procurement policy page (app.services.sroi_policies).
    "sroi_policy",
    "sroi_percentage",
    "sroi_threshold_works",
    "sroi_threshold_services",
    "sroi_threshold_supplies",
    "sroi_cap",
    "sroi_award_percentage_max",
    "sroi_penalty_percentage",
    # Set by the beheerder's "opnieuw leren" button on the re-ranker page, cleared by training.
    "reranker_retrain_requested_at",
}


def settings_for(organisation: Organisation) -> list[Setting]:
    """The settings that exist on the model and apply to this kind of organisation."""
    columns = Organisation.__table__.columns
    return [s for s in SETTINGS if s.column in columns and organisation.kind in s.kinds]


class OrganisationError(ValueError):
    """The change cannot be made; `field` names the form field for the Dutch message."""

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


def _describe(value) -> str:
    if value is None:
        return "leeg"
    if isinstance(value, bool):
        return "aan" if value else "uit"
    return str(value)


def apply_settings(
    organisation: Organisation,
    values: dict,
    by: User,
    check: Callable[[Setting, object], str | None] | None = None,
) -> list[str]:
    """Set the settings in `values` (column -> value, already parsed and bounded by the form);
    `check` may refuse a value with a Dutch message. Returns the changes, audited."""
    settings = {s.column: s for s in settings_for(organisation)}
    first = values.get("follow_up_first_days", organisation.follow_up_first_days)
    second = values.get("follow_up_second_days", organisation.follow_up_second_days)
    if "follow_up_second_days" in settings and first is not None and second is not None:
        if second <= first:
            raise OrganisationError(
                _("Het tweede contact komt na het eerste: kies meer dan %(n)s dagen.", n=first),
                "follow_up_second_days",
            )
    changes = []
    for column, value in values.items():
        setting = settings.get(column)
        if setting is None:
            continue
        old = getattr(organisation, column)
        if old == value or (old is not None and value is not None and str(old) == str(value)):
            continue
        if check is not None:
            problem = check(setting, value)
            if problem:
                raise OrganisationError(problem, column)
        setattr(organisation, column, value)
        changes.append(f"{column}: {_describe(old)} -> {_describe(value)}")
    if changes:
        audit.record("update", organisation, detail="instellingen: " + "; ".join(changes))
    return changes


def set_dashboard_texts(
    organisation: Organisation,
    *,
    policy_text: str,
    contact_name: str,
    contact_email: str,
    contact_phone: str,
    by: User,
) -> bool:
    """The policy text and contact details the organisation's dashboards show (audited by
    field name only: a contact can be a person)."""
    new = {
        "policy_text": policy_text.strip(),
        "contact_name": contact_name.strip(),
        "contact_email": contact_email.strip(),
        "contact_phone": contact_phone.strip(),
    }
    changed = [k for k, v in new.items() if (getattr(organisation, k) or "") != v]
    for key in changed:
        setattr(organisation, key, new[key])
    if changed:
        audit.record("update", organisation, detail="teksten gewijzigd: " + ", ".join(changed))
    return bool(changed)


# --------------------------------------------------------------------------- create and edit


def regions() -> list[Organisation]:
    return db.session.scalars(
        db.select(Organisation).where(Organisation.kind == "region").order_by(Organisation.name)
    ).all()


def relation_keepers() -> list[Organisation]:
    """Organisations that can keep an employer relation: municipalities and other authorities."""
    return db.session.scalars(
        db.select(Organisation)
        .where(Organisation.kind.in_(("municipality", "authority")))
        .order_by(Organisation.name)
    ).all()


def employer_of_organisation(organisation: Organisation) -> Employer | None:
    return db.session.execute(
        db.select(Employer).where(Employer.organisation_id == organisation.id)
    ).scalar_one_or_none()


def _check_kvk_free(kvk: str | None, employer: Employer | None) -> None:
    if not kvk:
        return
    other = db.session.execute(db.select(Employer).where(Employer.kvk == kvk)).scalar_one_or_none()
    if other is not None and other is not employer:
        raise OrganisationError(_("Dit KvK-nummer hoort al bij %(name)s.", name=other.name), "kvk")


def _check_region(organisation: Organisation | None, region: Organisation | None) -> None:
    if region is None:
        return
    if region.kind != "region":
        raise OrganisationError(_("Kies een regio of werkbedrijf."), "region_id")
    if organisation is not None and organisation.kind != "municipality":
        raise OrganisationError(_("Alleen een gemeente hoort bij een regio."), "region_id")


def create(
    *,
    kind: str,
    name: str,
    region: Organisation | None,
    kvk: str | None,
    keeper: Organisation | None,
    by: User,
) -> Organisation:
    """A new organisation; an employer also gets its employer record (approved)."""
    if kind not in ("municipality", "region", "authority", "employer"):
        raise OrganisationError(_("Kies een soort organisatie."), "kind")
    if kind == "employer":
        _check_kvk_free(kvk, None)
        region = None
    else:
        if region is not None and kind != "municipality":
            raise OrganisationError(_("Alleen een gemeente hoort bij een regio."), "region_id")
        _check_region(None, region)
    organisation = Organisation(kind=kind, name=name.strip(), region=region)
    db.session.add(organisation)
    if kind == "employer":
        db.session.add(
            Employer(
                organisation=organisation,
                name=organisation.name,
                kvk=kvk or None,
                municipality=keeper,
                approved=True,
            )
        )
    db.session.flush()
    audit.record("create", organisation, detail=f"{kind}: {organisation.name}")
    return organisation


def update(
    organisation: Organisation,
    *,
    name: str,
    region: Organisation | None,
    kvk: str | None,
    keeper: Organisation | None,
    by: User,
) -> list[str]:
    """Change name, region membership (a municipality), or KvK and municipality (an employer)."""
    changes = []
    name = name.strip()
    if name != organisation.name:
        changes.append(f"naam: {organisation.name} -> {name}")
        organisation.name = name
    if organisation.kind == "employer":
        employer = employer_of_organisation(organisation)
        if employer is not None:
            _check_kvk_free(kvk, employer)
            if employer.name != name:
                employer.name = name
            if (employer.kvk or None) != (kvk or None):
                changes.append(f"KvK: {employer.kvk or 'leeg'} -> {kvk or 'leeg'}")
                employer.kvk = kvk or None
            if employer.municipality_id != (keeper.id if keeper else None):
                changes.append(
                    f"gemeente: {employer.municipality_id or 'geen'} -> "
                    f"{keeper.id if keeper else 'geen'}"
                )
                employer.municipality = keeper
    else:
        if region is not None and region.id == organisation.id:
            raise OrganisationError(_("Een regio hoort niet bij zichzelf."), "region_id")
        _check_region(organisation, region)
        if organisation.region_id != (region.id if region else None):
            changes.append(
                f"regio: {organisation.region_id or 'geen'} -> {region.id if region else 'geen'}"
            )
            organisation.region = region
    if changes:
        audit.record("update", organisation, detail="; ".join(changes))
    return changes
