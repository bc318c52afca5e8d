"""Rows -> matching engine objects, the one place they are converted (part of the matching
adapter, see `app.services.matching_index`).

Client profiles never carry names, BSNs or health details into the engine: only work wishes
and abilities. Pages convert one row at a time (`engine_vacancy`, `client_profile`); the index
and the client pools read many as plain columns (`all_engine_vacancies`, `pool_profiles`), not
as ORM objects.
"""

from __future__ import annotations

from app.extensions import db
from app.models import Client, ClientOccupation, Occupation, Vacancy
from matching import ClientProfile
from matching import Vacancy as EngineVacancy

EDUCATION = {"none": "geen startkwalificatie"}


def engine_vacancy(vacancy: Vacancy) -> EngineVacancy:
    """A vacancy row as the engine's dataclass."""
    return EngineVacancy(
        id=vacancy.id,
        title=vacancy.title,
        description=vacancy.description or "",
        skills=tuple(vacancy.skills or ()),
        wished_skills=tuple(vacancy.wished_skills or ()),
        hours_min=float(vacancy.hours_min) if vacancy.hours_min is not None else None,
        hours_max=float(vacancy.hours_max) if vacancy.hours_max is not None else None,
        postcode=vacancy.postcode,
        driving_licence=bool(vacancy.driving_licence),
        physical_load=vacancy.physical_load,
        occupation_code=vacancy.occupation.uri if vacancy.occupation else None,
        kind=vacancy.kind,
        status=vacancy.status,
        language_level=vacancy.language_level,
        education_level=EDUCATION.get(vacancy.education_level, vacancy.education_level),
        banenafspraak=vacancy.banenafspraak_suitable,
    )


def client_profile(
    client: Client, wishes: list[tuple[str, str | None]] | None = None
) -> ClientProfile:
    """What the engine may know about a client: work wishes and abilities, nothing identifying.

    `wishes` are the desired occupations as (text, ESCO uri or None) when the caller loaded them
    in bulk (see `wishes`); otherwise they are read from the client's relationship.
    """
    if wishes is None:
        wishes = [
            (o.text, o.occupation.uri if o.occupation else None) for o in client.desired_occupations
        ]
    return ClientProfile(
        id=client.id,
        desired_occupations=tuple(text for text, _uri in wishes),
        desired_occupation_codes=tuple(uri for _text, uri in wishes if uri),
        skills=tuple(client.skills or ()) + tuple(client.certificates or ()),
        experience=client.experience or "",
        hours_min=float(client.hours_min) if client.hours_min is not None else None,
        hours_max=float(client.hours_max) if client.hours_max is not None else None,
        postcode=client.postcode,
        max_travel_km=client.max_travel_km,
        max_travel_minutes=client.max_travel_minutes,
        driving_licence=tuple(client.driving_licences or ()),
        max_load=client.max_load,
        language_level=client.language_level,
        education_level=EDUCATION.get(client.education_level, client.education_level),
        banenafspraak=client.banenafspraak,
    )


_VACANCY_COLUMNS = (
    Vacancy.id,
    Vacancy.title,
    Vacancy.description,
    Vacancy.skills,
    Vacancy.wished_skills,
    Vacancy.hours_min,
    Vacancy.hours_max,
    Vacancy.postcode,
    Vacancy.driving_licence,
    Vacancy.physical_load,
    Occupation.uri,
    Vacancy.kind,
    Vacancy.status,
    Vacancy.language_level,
    Vacancy.education_level,
    Vacancy.banenafspraak_suitable,
)


def all_engine_vacancies() -> list[EngineVacancy]:
    """Every vacancy as the engine's dataclass, read as plain columns in chunks of 5,000 (no
    100,000 ORM objects in memory at once)."""
    vacancies: list[EngineVacancy] = []
    last = 0
    while True:
        rows = db.session.execute(
            db.select(*_VACANCY_COLUMNS)
            .outerjoin(Occupation, Vacancy.occupation_id == Occupation.id)
            .where(Vacancy.id > last)
            .order_by(Vacancy.id)
            .limit(5000)
        ).all()
        if not rows:
            return vacancies
        for row in rows:
            id_, title, description, skills, wished, hmin, hmax, postcode, licence, load = row[:10]
            uri, kind, status, language, education, banenafspraak = row[10:]
            vacancies.append(
                EngineVacancy(
                    id=id_,
                    title=title,
                    description=description or "",
                    skills=tuple(skills or ()),
                    wished_skills=tuple(wished or ()),
                    hours_min=float(hmin) if hmin is not None else None,
                    hours_max=float(hmax) if hmax is not None else None,
                    postcode=postcode,
                    driving_licence=bool(licence),
                    physical_load=load,
                    occupation_code=uri,
                    kind=kind,
                    status=status,
                    language_level=language,
                    education_level=EDUCATION.get(education, education),
                    banenafspraak=banenafspraak,
                )
            )
        last = rows[-1][0]


_PROFILE_COLUMNS = (
    Client.id,
    Client.skills,
    Client.certificates,
    Client.experience,
    Client.hours_min,
    Client.hours_max,
    Client.postcode,
    Client.max_travel_km,
    Client.max_travel_minutes,
    Client.driving_licences,
    Client.max_load,
    Client.language_level,
    Client.education_level,
    Client.banenafspraak,
)


def pool_profiles(where) -> list[ClientProfile]:
    """The engine profiles of the clients matching `where`, read as plain columns (what
    `client_profile` reads, without loading 25,000 client records as objects)."""
    rows = db.session.execute(db.select(*_PROFILE_COLUMNS).where(*where).order_by(Client.id)).all()
    found = wishes([row[0] for row in rows])
    profiles = []
    for row in rows:
        id_, skills, certificates, experience, hmin, hmax, postcode, km, minutes = row[:9]
        licences, load, language, education, banenafspraak = row[9:]
        own = found.get(id_, [])
        profiles.append(
            ClientProfile(
                id=id_,
                desired_occupations=tuple(text for text, _uri in own),
                desired_occupation_codes=tuple(uri for _text, uri in own if uri),
                skills=tuple(skills or ()) + tuple(certificates or ()),
                experience=experience or "",
                hours_min=float(hmin) if hmin is not None else None,
                hours_max=float(hmax) if hmax is not None else None,
                postcode=postcode,
                max_travel_km=km,
                max_travel_minutes=minutes,
                driving_licence=tuple(licences or ()),
                max_load=load,
                language_level=language,
                education_level=EDUCATION.get(education, education),
                banenafspraak=banenafspraak,
            )
        )
    return profiles


_WISH_CHUNK = 5_000  # ids per IN list (well below the parameter limits of SQLite and psycopg)


def wishes(client_ids: list[int]) -> dict[int, list[tuple[str, str | None]]]:
    """Desired occupations (text, ESCO uri) of many clients in a few queries, instead of two
    lazy loads per client when their profiles are built."""
    found: dict[int, list[tuple[str, str | None]]] = {}
    for start in range(0, len(client_ids), _WISH_CHUNK):
        chunk = client_ids[start : start + _WISH_CHUNK]
        for client_id, text, uri in db.session.execute(
            db.select(ClientOccupation.client_id, ClientOccupation.text, Occupation.uri)
            .outerjoin(Occupation, ClientOccupation.occupation_id == Occupation.id)
            .where(ClientOccupation.client_id.in_(chunk))
            .order_by(ClientOccupation.id)
        ):
            found.setdefault(client_id, []).append((text, uri))
    return found
