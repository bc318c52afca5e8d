"""The demo region's client paths (issue 16): plans with reviews and actions, ladder
registrations at the yearly dienstverleningsgesprek, group sessions and provisions, a
banenafspraak outreach cycle under way, a beschut-werk deadline coming, a statushouder near the
end of the inburgering term, and work found outside the portal with its follow-up.

Called by `seed_demo` inside its one transaction, with the same anchor date: deterministic (its
own seeded generator) and idempotent (`seed_demo` loads nothing when the region is there).
Everything goes through the services a jobhunter's pages use, so the follow-up tasks, incentive
awards and history rows are what a user would get.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from app.extensions import db
from app.models import (
    Client,
    ClientContact,
    ClientProvision,
    ClientStatusChange,
    ShelteredWorkTarget,
    User,
)
from app.services import client_exits, client_log, client_plans

SEED = 2026_16
# `003` §3.2's client groups, by the profile the demo gave a client (`000` §2.4).
GROUP_BY_PROFILE = {
    1: "direct_work",
    2: "work_experience",
    3: "learn_develop",
    4: "care",
    5: "sheltered",
}


def seed_client_paths(clients: list[Client], jobhunters: dict[str, User], today: date) -> str:
    """Add the client paths to the demo region; returns a line for the summary."""
    rng = random.Random(SEED)
    wsw_name = "Gemeente Weststellingwerf"
    jobhunter = jobhunters[wsw_name]
    talks = _groups_and_registrations(rng, clients, today)
    db.session.flush()
    wsw = [c for c in clients if c.municipality.name == wsw_name]
    # Clients the demo's proposals leave alone: no consent, or not on Participatiewet.
    free = [c for c in wsw if not c.has_consent or c.benefit_type != "participatiewet"]
    on_benefit = [c for c in wsw if c.benefit_type == "participatiewet" and not c.has_consent]
    plans = _plans(free[:6], jobhunter, today)
    _outreach(free[6], jobhunter, today)
    _sheltered(free[7], jobhunter, today)
    _newcomer(free[8], jobhunter, today)
    _banenafspraak_offer(free[9], today)
    _sheltered_placed(free[10], jobhunter, today, talks)
    exits = _exits([c for c in on_benefit if c not in free[:11]][-3:], jobhunter, today, talks)
    _provisions_and_sessions(rng, wsw, jobhunter, today)
    # The yearly taakstelling beschut werk (`000` doel 3).
    db.session.add(
        ShelteredWorkTarget(municipality_id=wsw[0].municipality_id, year=today.year, places=4)
    )
    return f"{plans} plannen van aanpak, {exits} keer werk buiten de portal"


def _groups_and_registrations(rng: random.Random, clients: list[Client], today: date) -> dict:
    """Every client in a client group, and the ladder step and profile as registered at the
    last dienstverleningsgesprek (for some more than a year ago: due again). Returns the rows of
    each client's talk, so a later exit can come after it."""
    talks: dict[int, list] = {}
    for client in clients:
        client.client_group = GROUP_BY_PROFILE.get(client.profile)
        talk = today - timedelta(days=rng.randrange(10, 380))
        rows = [
            ClientContact(
                client=client,
                contact_on=talk,
                kind="service_talk",
                note="Dienstverleningsgesprek: situatie, trede en mogelijkheden besproken.",
                jobhunter=client.jobhunter,
            )
        ]
        for field in ("ladder_step", "profile", "client_group"):
            value = getattr(client, field)
            if value is not None:
                rows.append(
                    ClientStatusChange(
                        client=client,
                        field=field,
                        old_value=None,
                        new_value=str(value),
                        direction=0,
                        changed_on=talk,
                        recorded_by=client.jobhunter,
                    )
                )
        db.session.add_all(rows)
        talks[id(client)] = rows
    return talks


def _talk_before(talks: dict, client: Client, day: date) -> None:
    """Move the client's last talk to before `day` (the start of work found since)."""
    for row in talks.get(id(client), []):
        if isinstance(row, ClientContact):
            row.contact_on = min(row.contact_on, day - timedelta(days=20))
        else:
            row.changed_on = min(row.changed_on, day - timedelta(days=20))
    db.session.flush()


PLANS = [
    (
        "Werkritme opbouwen: drie ochtenden per week vrijwilligerswerk bij het dorpshuis.",
        "Betaald werk in de groenvoorziening, 24 uur per week.",
        "Jobcoach van het cluster werk en activering; budgetcoach via het gebiedsteam.",
        [
            ("Cv bijwerken met de jobhunter", "jobhunter", "", 20),
            ("VCA-cursus afronden", "client", "", 60),
        ],
    ),
    (
        "Nederlandse taal naar B1; een werkstage in de zorg oriënteren.",
        "Een leerwerkbaan (BBL) als helpende zorg.",
        "Taaltraject via de WEB; MAP gevolgd.",
        [
            ("Taalles volgen, twee keer per week", "client", "", -10),
            ("Gesprek met leerbedrijf plannen", "other", "jobcoach Fryslân Werkt", 15),
        ],
    ),
    (
        "Dagritme en structuur; deelname aan de groepsbijeenkomsten (KOEK-methode).",
        "Participatie via vrijwilligerswerk; later een proefplaatsing.",
        "Wmo-begeleiding via het gebiedsteam.",
        [("Aanmelden bij het vrijwilligerspunt", "client", "", -20)],
    ),
    (
        "Solliciteren op vacatures in de logistiek; heftruckcertificaat halen.",
        "Vast werk als heftruckchauffeur.",
        "",
        [("Heftruckcursus aanvragen", "jobhunter", "", 30)],
    ),
    (
        "Uren uitbreiden van 16 naar 24 per week bij de huidige werkgever.",
        "Uitstroom uit de uitkering.",
        "Loonwaardemeting; jobcoaching op de werkplek.",
        [("Gesprek met de werkgever over meer uren", "jobhunter", "", 10)],
    ),
    (
        "Rijbewijs B halen; oriënteren op werk in de bouw.",
        "Werk als timmerman.",
        "",
        [],
    ),
]


def _plans(clients: list[Client], jobhunter: User, today: date) -> int:
    """A plan per client: one reviewed twice (versions), one overdue for its quarterly review,
    one with an overdue action (`001`: evaluation at least every quarter)."""
    count = 0
    for number, (client, (goals, final, support, actions)) in enumerate(
        zip(clients, PLANS, strict=False)
    ):
        agreed = today - timedelta(days=[200, 100, 40, 20, 95, 10][number])
        data = {
            "agreed_on": agreed,
            "goals": goals,
            "final_goal": final,
            "support": support,
            "actions": [
                {
                    "description": text,
                    "owner": owner,
                    "owner_name": name,
                    "due_on": agreed + timedelta(days=max(days, 0) + 14)
                    if days >= 0
                    else today + timedelta(days=days),
                    "done": False,
                }
                for text, owner, name, days in actions
            ],
        }
        client_plans.save(client, data, jobhunter, agreed)
        count += 1
        if number == 0:  # reviewed: a second and a third version
            for months, note in ((95, "Werkritme lukt; vrijwilligerswerk uitgebreid."),
                                 (5, "Cv is klaar; VCA gehaald. Nu solliciteren.")):  # fmt: skip
                data = dict(data, agreed_on=today - timedelta(days=months), review_note=note)
                data["actions"] = [dict(a, done=True) for a in data["actions"]]
                client_plans.save(client, data, jobhunter, data["agreed_on"])
                step = min((client.ladder_step or 2) + 1, 5)
                client_log.record_status(client, "ladder_step", step, data["agreed_on"], jobhunter)
    return count


def _outreach(client: Client, jobhunter: User, today: date) -> None:
    """A resident with a banenafspraak indication but no Participatiewet benefit, approached as
    `000` describes: the letter and the call are done, the reminder letter is due now."""
    client.banenafspraak = True
    client.benefit_type, client.benefit_start = "nug", None
    start = today - timedelta(days=130)
    client.banenafspraak_on = start - timedelta(days=7)
    client.target_register_status = "registered"
    tasks = client_log.start_outreach(client, jobhunter, start)
    for task in tasks:
        if task.kind == "outreach_letter":
            task.done_on, task.note = start, "Brief met het aanbod verstuurd."
        elif task.kind == "outreach_call":
            task.done_on, task.note = task.due_on, "Niet bereikt; voicemail ingesproken."


def _sheltered(client: Client, jobhunter: User, today: date) -> None:
    """A resident with a beschut-werk advice five months ago: the six-month term ends soon."""
    client.sheltered_work = True
    client.sheltered_work_on = today - timedelta(days=160)
    client_log.record_status(client, "profile", 5, client.sheltered_work_on, jobhunter)
    client_log.record_status(
        client, "client_group", "sheltered", client.sheltered_work_on, jobhunter
    )


def _banenafspraak_offer(client: Client, today: date) -> None:
    """A resident on benefit with a banenafspraak indication of five months ago: a leerwerkplek
    or proefplaatsing must be offered within the month (`001`)."""
    client.banenafspraak = True
    client.benefit_type = "participatiewet"
    client.banenafspraak_on = today - timedelta(days=160)
    client.target_register_status = "registered"


def _sheltered_placed(client: Client, jobhunter: User, today: date, talks: dict) -> None:
    """A resident placed in sheltered work within the term: the taakstelling's first place."""
    client.sheltered_work = True
    client.sheltered_work_on = today - timedelta(days=300)
    _talk_before(talks, client, client.sheltered_work_on)
    client_log.record_status(client, "profile", 5, client.sheltered_work_on, jobhunter)
    placement = client_exits.register_exit(
        client,
        {
            "kind": "job",
            "employer_name": "Caparis NV",
            "employer_kvk": "01089283",
            "start_date": today - timedelta(days=210),
            "hours_per_week": Decimal("24"),
            "hourly_wage": Decimal("14.71"),
            "jobcoach": True,
        },
        jobhunter,
        today,
    )
    client_log.record_status(client, "ladder_step", 5, placement.start_date, jobhunter)
    _follow_ups_done(placement)


def _follow_ups_done(placement) -> None:
    """Follow-up of work that started long ago was done on its dates."""
    from datetime import UTC, datetime

    for task in placement.follow_ups:
        task.done_at = datetime.combine(task.due_date, datetime.min.time(), tzinfo=UTC)
        task.note = "Gaat goed; afspraken gemaakt over de begeleiding."


def _newcomer(client: Client, jobhunter: User, today: date) -> None:
    """A statushouder in the B1-route near the end of the three-year term, with a werkstage."""
    client.newcomer = True
    client.integration_route = "b1"
    client.integration_start = today - timedelta(days=3 * 365 - 50)
    client.pip_on = client.integration_start + timedelta(days=40)
    client.map_done_on = client.integration_start + timedelta(days=300)
    client.language_level = "A2"
    internship = client_exits.register_exit(
        client,
        {
            "kind": "internship",
            "employer_name": "Zorgcentrum De Linde",
            "start_date": today - timedelta(days=60),
            "hours_per_week": Decimal("16"),
        },
        jobhunter,
        today,
    )
    _follow_ups_done(internship)


def _exits(clients: list[Client], jobhunter: User, today: date, talks: dict) -> int:
    """Work found outside the portal: a job that ended the benefit ten days ago (follow-up and
    werkvoucher coming), one kept for seven months after more than a year on benefit (exit
    premium due), and part-time work alongside the benefit."""
    specs = [
        ("job", "Transportbedrijf Van der Meer", "74125896", 10, Decimal("32"), True),
        ("job", "Bakkerij Sikkema", None, 215, Decimal("36"), True),
        ("job", "Supermarkt Wolvega", None, 60, Decimal("16"), False),
    ]
    for client, (kind, name, kvk, days_ago, hours, ends_benefit) in zip(
        clients, specs, strict=False
    ):
        start = today - timedelta(days=days_ago)
        client.benefit_start = min(client.benefit_start or start, start - timedelta(days=500))
        _talk_before(talks, client, start)
        placement = client_exits.register_exit(
            client,
            {
                "kind": kind,
                "employer_name": name,
                "employer_kvk": kvk,
                "start_date": start,
                "hours_per_week": hours,
                "hourly_wage": Decimal("14.71"),
                "benefit_end": start - timedelta(days=1) if ends_benefit else None,
            },
            jobhunter,
            today,
        )
        # Paid work is step 6 of the participatieladder: a step up.
        client_log.record_status(client, "ladder_step", 6, start, jobhunter)
        if days_ago > 60:
            _follow_ups_done(placement)
    return len(specs)


def _provisions_and_sessions(
    rng: random.Random, clients: list[Client], jobhunter: User, today: date
) -> None:
    """Re-integration provisions (jobcoach, IPS, trajectories) and group-session attendance."""
    kinds = ["jobcoach", "ips", "reintegration", "training", "participation", "group"]
    for number, client in enumerate(clients[10:40]):
        kind = kinds[number % len(kinds)]
        start = today - timedelta(days=rng.randrange(20, 400))
        db.session.add(
            ClientProvision(
                client=client,
                kind=kind,
                provider={"ips": "GGZ Friesland", "jobcoach": "Jobcoach cluster werk"}.get(
                    kind, ""
                ),
                start_on=start,
                end_on=start + timedelta(days=180) if number % 3 == 0 else None,
                created_by_id=jobhunter.id,
            )
        )
    for number, client in enumerate(clients[20:34]):
        for session in range(1 + number % 3):
            db.session.add(
                ClientContact(
                    client=client,
                    contact_on=today - timedelta(days=14 + 30 * session + number),
                    kind="group_session",
                    note="Groepsbijeenkomst werkvaardigheden.",
                    jobhunter=jobhunter,
                )
            )
