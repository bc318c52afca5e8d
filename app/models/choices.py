"""Fixed value lists of the domain (SPEC §3) with their Dutch labels.

Values are English codes stored in the database; labels are what users see.
"""

from flask_babel import lazy_gettext as _l

ROLES = {
    "admin": _l("Beheerder"),
    "jobhunter": _l("Jobhunter"),
    "procurement": _l("Inkoop"),
    "employer": _l("Werkgever"),
}
STAFF_ROLES = ("admin", "jobhunter", "procurement")

ORGANISATION_KINDS = {
    "municipality": _l("Gemeente"),
    "region": _l("Regio / werkbedrijf"),
    "authority": _l("Andere aanbestedende dienst"),
    "employer": _l("Werkgever"),
}

BENEFIT_TYPES = {
    "participatiewet": _l("Participatiewet (bijstand)"),
    "ww": _l("WW"),
    "wia": _l("WIA / WAO"),
    "wajong": _l("Wajong"),
    "nug": _l("Geen uitkering (nug)"),
    "anw": _l("Anw"),
    "ioaw": _l("IOAW"),
}

LADDER_STEPS = {
    1: _l("1 – geïsoleerd"),
    2: _l("2 – sociale contacten buitenshuis"),
    3: _l("3 – deelname georganiseerde activiteiten"),
    4: _l("4 – onbetaald werk"),
    5: _l("5 – betaald werk met ondersteuning"),
    6: _l("6 – betaald werk"),
}

PROFILES = {
    1: _l("1 – uitstroom binnen 4 maanden"),
    2: _l("2 – uitstroom binnen 12 maanden"),
    3: _l("3 – uitstroom binnen 12–24 maanden"),
    4: _l("4 – meer dan 24 maanden (aandachtsgroep)"),
    5: _l("5 – beschut werk"),
}

EDUCATION_LEVELS = {
    "none": _l("Geen startkwalificatie"),
    "mbo1": _l("mbo 1"),
    "mbo2": _l("mbo 2"),
    "mbo3": _l("mbo 3"),
    "mbo4": _l("mbo 4"),
    "hbo": _l("hbo"),
    "wo": _l("wo"),
}

LANGUAGE_LEVELS = ("A1", "A2", "B1", "B2", "C1", "C2")

LOAD_LEVELS = {"laag": _l("Laag"), "middel": _l("Middel"), "hoog": _l("Hoog")}

VACANCY_KINDS = {
    "job": _l("Betaalde baan"),
    "work_experience": _l("Werkervaringsplek"),
    "trial": _l("Proefplaatsing"),
    "apprenticeship": _l("Leerwerkplek / BBL"),
    "internship": _l("Stage"),
    "volunteer": _l("Vrijwilligerswerk"),
}

# A placement is of a vacancy kind, or one of the kinds only work found outside the portal has.
PLACEMENT_KINDS = {
    **VACANCY_KINDS,
    "self_employed": _l("Eigen bedrijf (zelfstandige)"),
    "other_municipality": _l("Werk in een andere gemeente (verhuisd voor werk)"),
}
# Kinds that are paid work: an exit to work (uitstroom) for follow-up, premiums and the monitor.
PAID_PLACEMENT_KINDS = ("job", "apprenticeship", "self_employed", "other_municipality")
# What the jobhunter chooses when registering work found outside the portal (issue 16).
# "job_lks" is stored as a job with a wage value below 100 % (the monitor's LKS rule).
EXIT_KINDS = {
    "job": _l("Betaalde baan"),
    "job_lks": _l("Betaalde baan met loonkostensubsidie"),
    "apprenticeship": _l("Leerwerkbaan / BBL"),
    "self_employed": _l("Eigen bedrijf (zelfstandige)"),
    "other_municipality": _l("Werk in een andere gemeente (verhuisd voor werk)"),
    "internship": _l("Werkstage of taalstage (onbetaald)"),
    "work_experience": _l("Werkervaringsplek (onbetaald)"),
}
PLACEMENT_SOURCES = {"portal": _l("Via de portal"), "outside": _l("Buiten de portal gevonden")}
BENEFIT_END_REASONS = {
    "work": _l("Werk gevonden"),
    "moved": _l("Verhuisd"),
    "other": _l("Andere reden"),
}
# `003` §3.2, the six client groups of Steenwijkerland.
CLIENT_GROUPS = {
    "direct_work": _l("Direct werk"),
    "work_experience": _l("Werken en ervaren"),
    "learn_develop": _l("Leren en ontwikkelen"),
    "care": _l("Zorg"),
    "sheltered": _l("Werkvoorzienend"),
    "placed": _l("Geplaatst"),
}
TARGET_REGISTER_STATUSES = {
    "requested": _l("Aangevraagd bij UWV"),
    "registered": _l("Opgenomen in het doelgroepregister"),
    "refused": _l("Niet opgenomen"),
    "ended": _l("Uitgeschreven"),
}
# `000` begrippen, leerroutes of the Wet inburgering.
INTEGRATION_ROUTES = {
    "b1": _l("B1-route"),
    "education": _l("Onderwijsroute"),
    "z": _l("Zelfredzaamheidsroute (Z-route)"),
}
CLIENT_CONTACT_KINDS = {
    "meeting": _l("Gesprek"),
    "phone": _l("Telefoon"),
    "home_visit": _l("Huisbezoek"),
    "service_talk": _l("Dienstverleningsgesprek (heronderzoek)"),
    "group_session": _l("Groepsbijeenkomst"),
    "letter": _l("Brief of e-mail"),
}
CLIENT_TASK_KINDS = {
    "task": _l("Taak"),
    "outreach_letter": _l("Brief met het aanbod van de gemeente (banenafspraak)"),
    "outreach_call": _l("Telefonisch contact (banenafspraak)"),
    "outreach_reminder": _l("Herinneringsbrief (banenafspraak)"),
}
PROVISION_KINDS = {
    "jobcoach": _l("Jobcoaching"),
    "ips": _l("IPS-traject (Individuele Plaatsing en Steun)"),
    "reintegration": _l("Re-integratietraject (werkfit, inkoop)"),
    "training": _l("Scholing of training"),
    "participation": _l("Participatieplaats of vrijwilligerswerk"),
    "language": _l("Taaltraject"),
    "map": _l("Module Arbeidsmarkt en Participatie (MAP)"),
    "group": _l("Groepsprogramma (KOEK-methode, weerbaarheid)"),
}
ACTION_OWNERS = {
    "client": _l("Inwoner"),
    "jobhunter": _l("Jobhunter of consulent"),
    "other": _l("Iemand anders"),
}
STATUS_FIELDS = {
    "ladder_step": _l("Trede participatieladder"),
    "profile": _l("Profiel"),
    "client_group": _l("Klantgroep"),
}
MONITOR_TOPICS = {
    "skills_action_plan": _l("Actieplan werkvaardigheden en inzet van talenten"),
}

VACANCY_STATUSES = {"open": _l("Open"), "filled": _l("Vervuld"), "closed": _l("Gesloten")}

PROPOSAL_STATUSES = {
    "proposed": _l("Voorgesteld"),
    "invited": _l("Uitgenodigd voor gesprek"),
    "rejected": _l("Niet passend"),
    "hired": _l("Aangenomen"),
    "withdrawn": _l("Ingetrokken"),
}

CONTRACT_TYPES = {"temporary": _l("Tijdelijk"), "permanent": _l("Vast")}

FOLLOW_UP_KINDS = {"call": _l("Telefonisch contact"), "second_contact": _l("Tweede contact")}

# Why a placement ended (the employer's form; the label is kept with the placement).
END_REASONS = {
    "contract_ended": _l("Contract afgelopen"),
    "resigned": _l("Werknemer is zelf gestopt"),
    "dismissed": _l("Ontslag door werkgever"),
    "other_job": _l("Andere baan gevonden"),
    "illness": _l("Langdurig ziek"),
    "other": _l("Anders"),
}

AWARD_STATES = {
    "requested": _l("Aangevraagd"),
    "granted": _l("Toegekend"),
    "paid": _l("Uitbetaald"),
    "forfeited": _l("Vervallen"),
}

ACTIVITY_STATES = {
    "draft": _l("Concept"),
    "submitted": _l("Ingediend"),
    "accepted": _l("Goedgekeurd"),
    "rejected": _l("Afgewezen"),
}

BLOCK_UNITS = {
    "year": _l("per jaar"),
    "month": _l("per maand"),
    "hour": _l("per uur"),
    "invoice": _l("factuurwaarde"),
    "wage": _l("loonsom"),
    "fixed": _l("vast bedrag"),
}

# What an evidence file proves; a catalogue block lists the kinds its activities need.
EVIDENCE_KINDS = {
    "arbeidsovereenkomst": _l("Arbeidsovereenkomst"),
    "loonstrook": _l("Loonstrook of loonjournaal"),
    "bbl_leerovereenkomst": _l("BBL-leerovereenkomst"),
    "stageovereenkomst": _l("Stage- of werkervaringsovereenkomst"),
    "factuur": _l("Factuur"),
    "aanwezigheidslijst": _l("Aanwezigheidslijst of urenstaat"),
    "afspraak": _l("Schriftelijke afspraak met de opdrachtgever"),
    "overig": _l("Ander bewijsstuk"),
}

CONTACT_CHANNELS = {
    "visit": _l("Bedrijfsbezoek"),
    "phone": _l("Telefoon"),
    "event": _l("Evenement"),
    "mail": _l("E-mail / post"),
}

CAMPAIGN_ACTIVITY_KINDS = {
    "event": _l("Evenement"),
    "mailing": _l("Mailing"),
    "newsletter": _l("Nieuwsbrief"),
    "article": _l("Artikel"),
    "company_visit": _l("Bedrijfsbezoek"),
    "training": _l("Training"),
}

AUDIT_ACTIONS = ("read", "create", "update", "delete", "export", "login", "logout")

# The SROI process (issue 18): enforcement steps, decisions, plan states, kinds of contract.
ENFORCEMENT_KINDS = {
    "reminder": _l("Herinnering"),
    "notice": _l("Ingebrekestelling"),
    "recovery": _l("Herstelplan van de leverancier"),
    "decision": _l("Besluit"),
}
ENFORCEMENT_DECISIONS = {
    "extension": _l("Verlenging"),
    "buyout": _l("Afkoop"),
    "penalty": _l("Boete"),
}
PLAN_STATES = {
    "draft": _l("Concept"),
    "submitted": _l("Ingediend, wacht op goedkeuring"),
    "approved": _l("Goedgekeurd"),
}
CONTRACT_KINDS = {
    "werken": _l("Werken"),
    "diensten": _l("Diensten"),
    "leveringen": _l("Leveringen"),
}
