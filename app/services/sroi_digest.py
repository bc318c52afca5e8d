"""The weekly SROI digest: one mail per responsible procurement user listing the contracts
behind schedule, those ending within three months first (`flask sroi-digest`, SPEC §5.4).

Links in the mail come from `PUBLIC_BASE_URL` (`app.links.public_url`), so the command needs
no request.
"""

from __future__ import annotations

from datetime import date

from app.extensions import db
from app.formatting import ddmmyyyy, money
from app.links import public_url
from app.models import Contract, User
from app.services.mail import send_mail
from app.services.sroi_reports import ContractLine, attention


def digest_text(lines: list[ContractLine], as_of: date) -> str:
    """The body of the weekly digest mail."""
    out = [
        f"Weekoverzicht social return van {ddmmyyyy(as_of)}.",
        "",
        f"{len(lines)} contract{'en lopen' if len(lines) != 1 else ' loopt'} achter op schema. "
        "Bespreek het met de leverancier en vraag een jobhunter om kandidaten.",
    ]
    for line in lines:
        s = line.status
        out += [
            "",
            f"- {line.contract.reference} {line.contract.title} ({line.contract.supplier.name})",
            f"  gerealiseerd {money(s.realized)}, verwacht {money(s.expected)}, verplichting "
            f"{money(s.obligation)}; ingediend en nog te beoordelen {money(s.pending)}.",
            f"  Einde contract {ddmmyyyy(line.contract.end_date)}"
            + (" – BINNEN DRIE MAANDEN: bij dit tempo volgt een boete." if line.ends_soon else "."),
        ]
        out.append("  " + public_url("procurement.contract", contract_id=line.contract.id))
    return "\n".join(out)


def recipients_for(contract: Contract) -> list[User]:
    """The responsible procurement user, else every active procurement user of the authority."""
    user = contract.responsible_user
    if user is not None and user.active:
        return [user]
    return list(
        db.session.scalars(
            db.select(User).where(
                User.organisation_id == contract.authority_id,
                User.role == "procurement",
                User.active.is_(True),
            )
        )
    )


def send_digests(as_of: date, scope_ids=None) -> int:
    """Mail every responsible user the contracts behind schedule; returns the number of mails."""
    if scope_ids is None:
        scope_ids = set(db.session.scalars(db.select(Contract.authority_id).distinct()))
    per_user: dict[int, tuple[User, list[ContractLine]]] = {}
    for line in attention(scope_ids, as_of):
        for user in recipients_for(line.contract):
            per_user.setdefault(user.id, (user, []))[1].append(line)
    for user, lines in per_user.values():
        urgent = sum(1 for line in lines if line.ends_soon)
        subject = f"Weekoverzicht social return: {len(lines)} achter op schema"
        if urgent:
            subject += f", {urgent} eindigt binnen drie maanden"
        send_mail(
            user.email, subject, digest_text(lines, as_of), organisation_id=user.organisation_id
        )
    return len(per_user)
