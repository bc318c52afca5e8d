"""CSV import of contracts with an SROI clause, with a per-row error report.

Nothing is saved while parsing: `parse_contract_csv` returns a preview with every row's errors
(the same checks as the contract form, `sroi_contracts.check_contract`, and the engine's); the
good rows travel to the confirm step signed with the application's secret key (stateless, so it
works behind a load balancer) and are only saved, re-checked, by `import_rows`.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

import sroi
from app.extensions import db
from app.fields import parse_amount, parse_date
from app.models import Contract, Organisation, User
from app.security import catalogues_to_award
from app.services import audit
from app.services.sroi_bridge import contract_from_data
from app.services.sroi_contracts import (
    EARLIEST,
    LATEST,
    MAX_PENALTY,
    MAX_PERCENTAGE,
    MAX_VALUE,
    ContractError,
    apply_fields,
    apply_policy,
    authorities_for,
    check_contract,
    describe_changes,
    find_supplier,
    responsible_candidates,
)
from app.settings import secret_key

MAX_IMPORT_BYTES = 2 * 1024 * 1024
MAX_IMPORT_ROWS = 2000
MAX_CELL = 500
IMPORT_MAX_AGE = 2 * 60 * 60  # seconds a preview may be confirmed
IMPORT_SALT = "werkbrug-contract-import"
COLUMNS = {
    "kenmerk": "reference",
    "referentie": "reference",
    "contractnummer": "reference",
    "titel": "title",
    "omschrijving": "title",
    "naam": "title",
    "leverancier": "supplier",
    "leverancier_kvk": "supplier",
    "kvk": "supplier",
    "kvk_leverancier": "supplier",
    "opdrachtnemer": "supplier",
    "waarde": "value",
    "opdrachtwaarde": "value",
    "waarde_excl_btw": "value",
    "sroi_percentage": "sroi_percentage",
    "sroi": "sroi_percentage",
    "percentage": "sroi_percentage",
    "bouwblokken": "catalogue",
    "catalogus": "catalogue",
    "bouwblokkenmodel": "catalogue",
    "start": "start_date",
    "startdatum": "start_date",
    "ingangsdatum": "start_date",
    "einde": "end_date",
    "einddatum": "end_date",
    "korting": "reduction_percentage",
    "korting_percentage": "reduction_percentage",
    "boete": "penalty_percentage",
    "boete_percentage": "penalty_percentage",
    "opdrachtgever": "authority",
    "verantwoordelijke": "responsible",
    # Needed when the authority has an SROI policy: werken, diensten or leveringen.
    "soort": "contract_kind",
    "soort_opdracht": "contract_kind",
}
REQUIRED_COLUMNS = (
    "reference",
    "title",
    "supplier",
    "value",
    "sroi_percentage",
    "catalogue",
    "start_date",
    "end_date",
)
COLUMN_NAMES = {
    "reference": "kenmerk",
    "title": "titel",
    "supplier": "leverancier",
    "value": "waarde",
    "sroi_percentage": "sroi_percentage",
    "catalogue": "bouwblokken",
    "start_date": "start",
    "end_date": "einde",
    "reduction_percentage": "korting",
    "penalty_percentage": "boete",
    "authority": "opdrachtgever",
    "responsible": "verantwoordelijke",
    "contract_kind": "soort",
}
EXAMPLE_HEADER = (
    "kenmerk;titel;leverancier;waarde;sroi_percentage;bouwblokken;start;einde;"
    "korting;boete;opdrachtgever;verantwoordelijke"
)


# --------------------------------------------------------------------------- cells


def _amount_cell(text: str, label: str) -> Decimal:
    """An amount from a CSV cell (`app.fields.parse_amount`), with the column in the message."""
    if not (text or "").strip():
        raise ValueError(f"{label} ontbreekt.")
    try:
        return parse_amount(text)
    except ValueError:
        raise ValueError(f"{label} moet een getal zijn, zoals 1.200.000 of 5,5.") from None


def _date_cell(text: str, label: str) -> date:
    """A date from a CSV cell (`app.fields.parse_date`), with the column in the message."""
    if not (text or "").strip():
        raise ValueError(f"{label} ontbreekt.")
    try:
        return parse_date(text)
    except ValueError:
        raise ValueError(f"{label} moet een datum zijn zoals 31-12-2026.") from None


@dataclass
class ImportRow:
    """One line of the CSV file: what it said, what is wrong, and the data when it is good."""

    line: int
    raw: dict[str, str]
    errors: list[str] = field(default_factory=list)
    data: dict | None = None
    supplier_name: str = ""
    obligation: Decimal | None = None

    @property
    def ok(self) -> bool:
        return not self.errors and self.data is not None


@dataclass
class ImportPreview:
    """The parsed file: problems with the file itself, and every row."""

    rows: list[ImportRow] = field(default_factory=list)
    file_errors: list[str] = field(default_factory=list)

    @property
    def good(self) -> list[ImportRow]:
        return [r for r in self.rows if r.ok]

    @property
    def bad(self) -> list[ImportRow]:
        return [r for r in self.rows if not r.ok]


def _header_key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9%]+", "_", text.strip().lower()).strip("_").replace("%", "percentage")


def _decode(content: bytes) -> str:
    if b"\x00" in content:
        raise ValueError("Dit is geen tekstbestand (CSV). Sla het bestand in Excel op als CSV.")
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace")


def parse_contract_csv(content: bytes, user: User) -> ImportPreview:
    """Read a CSV file of contracts; nothing is saved. Each row gets its own Dutch errors."""
    preview = ImportPreview()
    if len(content) > MAX_IMPORT_BYTES:
        preview.file_errors.append("Het bestand is groter dan 2 MB. Splits het in delen.")
        return preview
    try:
        text = _decode(content)
    except ValueError as exc:
        preview.file_errors.append(str(exc))
        return preview
    lines = text.splitlines()
    if not any(line.strip() for line in lines):
        preview.file_errors.append("Het bestand is leeg.")
        return preview
    first = next(line for line in lines if line.strip())
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        header = next(reader)
        while not any(cell.strip() for cell in header):
            header = next(reader)
    except (StopIteration, csv.Error):
        preview.file_errors.append("De kopregel van het bestand kan niet worden gelezen.")
        return preview
    keys = [COLUMNS.get(_header_key(cell)) for cell in header]
    missing = [COLUMN_NAMES[c] for c in REQUIRED_COLUMNS if c not in keys]
    if missing:
        preview.file_errors.append(
            f"Deze kolommen ontbreken: {', '.join(missing)}. De eerste regel moet de kolomnamen "
            f"bevatten, bijvoorbeeld: {EXAMPLE_HEADER}"
        )
        return preview
    context = _ImportContext(user)
    line_no = reader.line_num
    try:
        for cells in reader:
            line_no = reader.line_num
            if not any(cell.strip() for cell in cells):
                continue
            if len(preview.rows) >= MAX_IMPORT_ROWS:
                preview.file_errors.append(
                    f"Het bestand heeft meer dan {MAX_IMPORT_ROWS} regels; alleen de eerste "
                    f"{MAX_IMPORT_ROWS} zijn gelezen."
                )
                break
            preview.rows.append(_parse_row(line_no, keys, cells, context))
    except csv.Error as exc:
        preview.file_errors.append(f"Regel {line_no + 1} kan niet worden gelezen ({exc}).")
    return preview


class _ImportContext:
    """Look-ups shared by the rows of one file (and references seen earlier in it)."""

    def __init__(self, user: User):
        self.user = user
        self.authorities = authorities_for(user)
        self.own = user.organisation if user.organisation in self.authorities else None
        self.seen: set[tuple[int, str]] = set()
        # By the title people see on the Bouwblokken page, or by the internal name of old files.
        self.catalogues = {}
        for c in db.session.scalars(catalogues_to_award(user)):
            self.catalogues.setdefault(" ".join(c.title.split()).lower(), c)
            self.catalogues[c.name.lower()] = c

    def authority(self, text: str) -> Organisation:
        text = " ".join(text.split())
        if not text:
            if self.own is not None:
                return self.own
            if len(self.authorities) == 1:
                return self.authorities[0]
            raise ValueError("Vul de opdrachtgever in (de naam van de gemeente of dienst).")
        for org in self.authorities:
            if org.name.lower() == text.lower() or str(org.id) == text:
                return org
        raise ValueError(
            f"Opdrachtgever '{text[:60]}' is onbekend of valt niet onder uw organisatie."
        )

    def responsible(self, text: str) -> int | None:
        text = text.strip()
        if not text:
            return None
        for person in responsible_candidates(self.user):
            if person.email.lower() == text.lower():
                return person.id
        raise ValueError(f"Verantwoordelijke '{text[:60]}' is geen inkoper van uw organisatie.")


def _parse_row(
    line: int, keys: list[str | None], cells: list[str], ctx: _ImportContext
) -> ImportRow:
    raw = {}
    for key, cell in zip(keys, cells, strict=False):
        if key and key not in raw:
            raw[key] = (cell or "").strip()
    row = ImportRow(line=line, raw={k: v[:80] for k, v in raw.items()})
    if len(cells) > len(keys) and any(c.strip() for c in cells[len(keys) :]):
        row.errors.append(f"Deze regel heeft {len(cells)} kolommen; de kopregel {len(keys)}.")
    too_long = [COLUMN_NAMES[k] for k, v in raw.items() if len(v) > MAX_CELL]
    if too_long:
        row.errors.append(
            f"Te lange waarde in: {', '.join(too_long)} (maximaal {MAX_CELL} tekens)."
        )
        return row
    data: dict = {}

    def take(key, parse, label):
        try:
            data[key] = parse(raw.get(key, ""), label)
        except ValueError as exc:
            row.errors.append(str(exc))

    reference = raw.get("reference", "")
    if not reference:
        row.errors.append("Het kenmerk ontbreekt.")
    elif len(reference) > 60:
        row.errors.append("Het kenmerk is langer dan 60 tekens.")
    data["reference"] = reference
    title = raw.get("title", "")
    if not title:
        row.errors.append("De titel ontbreekt.")
    elif len(title) > 200:
        row.errors.append("De titel is langer dan 200 tekens.")
    data["title"] = title
    take("value", _amount_cell, "De waarde")
    take("sroi_percentage", _amount_cell, "Het SROI-percentage")
    for key, label, default in (
        ("reduction_percentage", "De korting", Decimal(0)),
        ("penalty_percentage", "Het boetepercentage", Decimal(100)),
    ):
        if raw.get(key, ""):
            take(key, _amount_cell, label)
        else:
            data[key] = default
    take("start_date", _date_cell, "De startdatum")
    take("end_date", _date_cell, "De einddatum")
    kind = raw.get("contract_kind", "").strip().lower()
    if kind and kind not in sroi.KINDS:
        row.errors.append(
            f"Soort opdracht '{kind[:30]}' bestaat niet: kies werken, diensten of leveringen."
        )
    data["contract_kind"] = kind or None
    row.errors.extend(_range_errors(data))
    catalogue = ctx.catalogues.get(" ".join(raw.get("catalogue", "").split()).lower())
    if catalogue is None:
        row.errors.append(
            f"Bouwblokkenmodel '{raw.get('catalogue', '')[:60]}' bestaat niet. Gebruik de titel "
            "zoals op de pagina Bouwblokken, bijvoorbeeld Bouwblokken social return "
            "Oost-Nederland (V05, april 2023)."
        )
    else:
        data["catalogue_id"] = catalogue.id
    try:
        authority = ctx.authority(raw.get("authority", ""))
        data["authority_id"] = authority.id
    except ValueError as exc:
        row.errors.append(str(exc))
        authority = None
    try:
        data["responsible_user_id"] = ctx.responsible(raw.get("responsible", ""))
    except ValueError as exc:
        row.errors.append(str(exc))
    try:
        supplier = find_supplier(raw.get("supplier", ""))
        data["supplier_id"] = supplier.id
        row.supplier_name = supplier.name
    except ContractError as exc:
        row.errors.append(exc.errors["supplier"].split(" Kies")[0].split(" Controleer")[0])
    if row.errors:
        return row
    for message in check_contract(data, None, ctx.user).values():
        row.errors.append(message)
    key = (authority.id, reference.lower())
    if key in ctx.seen:
        row.errors.append(f"Kenmerk {reference} staat al eerder in dit bestand.")
    ctx.seen.add(key)
    if not row.errors:
        row.obligation = sroi.obligation(contract_from_data(data))
        row.data = data
    return row


def _range_errors(data: dict) -> list[str]:
    """Bounds the database columns and common sense put on the numbers and dates."""
    errors = []
    value = data.get("value")
    if value is not None and not (Decimal(0) < value <= MAX_VALUE):
        errors.append("De waarde moet groter zijn dan € 0 en kleiner dan € 1.000.000.000.000.")
    for key, label, top in (
        ("sroi_percentage", "Het SROI-percentage", MAX_PERCENTAGE),
        ("reduction_percentage", "De korting", MAX_PERCENTAGE),
        ("penalty_percentage", "Het boetepercentage", MAX_PENALTY),
    ):
        number = data.get(key)
        if number is not None and not (Decimal(0) <= number <= top):
            errors.append(f"{label} moet tussen 0 en {str(top).replace('.', ',')} liggen.")
        if number is not None and number.as_tuple().exponent < -2:
            errors.append(f"{label} mag hoogstens 2 decimalen hebben.")
    if value is not None and value.as_tuple().exponent < -2:
        errors.append("De waarde mag hoogstens 2 decimalen (centen) hebben.")
    for key, label in (("start_date", "De startdatum"), ("end_date", "De einddatum")):
        day = data.get(key)
        if day is not None and not (EARLIEST <= day <= LATEST):
            errors.append(f"{label} moet tussen {EARLIEST.year} en {LATEST.year} liggen.")
    start, end = data.get("start_date"), data.get("end_date")
    if start and end and end < start:
        errors.append("De einddatum ligt vóór de startdatum.")
    return errors


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(secret_key(), salt=IMPORT_SALT)


def _json_safe(data: dict) -> dict:
    out = {}
    for key, value in data.items():
        if isinstance(value, Decimal):
            out[key] = {"d": str(value)}
        elif isinstance(value, date):
            out[key] = {"t": value.isoformat()}
        else:
            out[key] = value
    return out


def _from_json(data: dict) -> dict:
    out = {}
    for key, value in data.items():
        if isinstance(value, dict) and "d" in value:
            out[key] = Decimal(value["d"])
        elif isinstance(value, dict) and "t" in value:
            out[key] = date.fromisoformat(value["t"])
        else:
            out[key] = value
    return out


def sign_preview(preview: ImportPreview, user: User) -> str:
    """The good rows, signed for the confirm step (bound to this user, valid two hours)."""
    rows = [{"line": r.line, "data": _json_safe(r.data)} for r in preview.good]
    return _serializer().dumps({"user": user.id, "rows": rows})


def load_preview(token: str, user: User) -> list[tuple[int, dict]]:
    """The rows of a signed preview, or `ContractError` when it is forged, someone else's or old."""
    try:
        payload = _serializer().loads(token or "", max_age=IMPORT_MAX_AGE)
    except SignatureExpired:
        raise ContractError(
            {"": "Het voorbeeld is verlopen. Lees het bestand opnieuw in."}
        ) from None
    except BadSignature:
        raise ContractError(
            {"": "Het voorbeeld is ongeldig. Lees het bestand opnieuw in."}
        ) from None
    if not isinstance(payload, dict) or payload.get("user") != user.id:
        raise ContractError({"": "Het voorbeeld is ongeldig. Lees het bestand opnieuw in."})
    return [(int(r["line"]), _from_json(r["data"])) for r in payload.get("rows", [])]


def import_rows(rows: list[tuple[int, dict]], user: User) -> tuple[list[Contract], list[str]]:
    """Save the confirmed good rows, re-checked now; returns (saved, Dutch notes on skipped)."""
    saved: list[Contract] = []
    skipped: list[str] = []
    for line, data in rows:
        errors = check_contract(data, None, user)
        if errors:
            skipped.append(f"Regel {line}: {' '.join(errors.values())}")
            continue
        contract = Contract()
        changes = apply_fields(contract, data)
        apply_policy(contract)
        db.session.add(contract)
        db.session.flush()
        audit.record(
            "create",
            contract,
            detail=f"CSV-import regel {line}; {describe_changes(changes)}"[:2000],
        )
        saved.append(contract)
    return saved, skipped
