"""SROI overviews, the yearly report per authority with its exports, and the weekly digest.

Every amount comes from the SROI engine through `app.services.sroi_bridge` (`status_for`,
`valuation_for`); this module only selects contracts, adds the engine's rounded values up and
lays them out. WerkSaam (`004_…`, §1.3) asks for "een uniforme werkwijze, eventuele aanschaf
van een automatiseringstool en een werkwijze voor handhaving bij on(der)benutting": the
overview and digest show under-performance early, the report shows penalties per year.
"""

from __future__ import annotations

import calendar
import io
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import selectinload

import sroi
from app.exports.cells import append_row, write_csv
from app.extensions import db
from app.formatting import ddmmyyyy, money
from app.links import public_url
from app.models import Catalogue, Contract, Employer, Organisation, SroiActivity, User
from app.services.mail import send_mail
from app.services.sroi_bridge import EngineCatalogues, status_for, valuation_for

ZERO = Decimal("0.00")
ATTENTION_MONTHS = 3
PERSON_UNITS = ("year", "month")
STATE_ORDER = ("behind", "not_met", "on_track", "fulfilled")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")


# --------------------------------------------------------------------------- contract lines


@dataclass
class ContractLine:
    """A contract with its engine status at a date (or the engine's objection)."""

    contract: Contract
    status: sroi.ContractStatus | None
    error: str | None = None
    as_of: date | None = None

    @property
    def state(self) -> str:
        return self.status.state if self.status else "error"

    @property
    def ends_soon(self) -> bool:
        """The contract ends within three months of the date it was looked at."""
        return self.as_of is not None and self.as_of <= self.contract.end_date <= sroi.add_months(
            self.as_of, ATTENTION_MONTHS
        )

    @property
    def needs_attention(self) -> bool:
        return self.state == "behind"

    @property
    def gap(self) -> Decimal:
        """How far realised lags behind what was expected by now."""
        if not self.status:
            return ZERO
        return max(self.status.expected - self.status.realized, ZERO)


def line_for(
    contract: Contract, as_of: date, catalogues: EngineCatalogues | None = None
) -> ContractLine:
    """The contract's engine status at `as_of`, or the engine's objection."""
    try:
        return ContractLine(contract, status_for(contract, as_of, catalogues), as_of=as_of)
    except sroi.InputError as exc:
        return ContractLine(contract, None, exc.message, as_of=as_of)


def _loaded(query):
    return query.options(
        selectinload(Contract.activities),
        selectinload(Contract.supplier),
        selectinload(Contract.catalogue).selectinload(Catalogue.blocks),
        selectinload(Contract.catalogue).selectinload(Catalogue.bonuses),
        selectinload(Contract.authority),
        selectinload(Contract.responsible_user),
    )


def running_in(year: int):
    """SQL condition: the contract runs for at least one day of `year`."""
    return db.and_(Contract.start_date <= date(year, 12, 31), Contract.end_date >= date(year, 1, 1))


def contracts_in_scope(
    scope_ids, year: int | None = None, supplier_id: int | None = None
) -> list[Contract]:
    query = db.select(Contract).where(Contract.authority_id.in_(scope_ids))
    if year:
        query = query.where(running_in(year))
    if supplier_id:
        query = query.where(Contract.supplier_id == supplier_id)
    return list(db.session.scalars(_loaded(query).order_by(Contract.end_date, Contract.reference)))


@dataclass
class Totals:
    count: int = 0
    value: Decimal = ZERO
    obligation: Decimal = ZERO
    realized: Decimal = ZERO
    pending: Decimal = ZERO
    expected: Decimal = ZERO
    shortfall: Decimal = ZERO
    penalty: Decimal = ZERO
    states: Counter = field(default_factory=Counter)

    def add(self, line: ContractLine) -> None:
        self.count += 1
        self.value += line.contract.value
        self.states[line.state] += 1
        if line.status:
            s = line.status
            self.obligation += s.obligation
            self.realized += s.realized
            self.pending += s.pending
            self.expected += s.expected
            self.shortfall += s.shortfall
            self.penalty += s.penalty


def totals(lines: list[ContractLine]) -> Totals:
    result = Totals()
    for line in lines:
        result.add(line)
    return result


@dataclass
class Overview:
    lines: list[ContractLine]
    totals: Totals


def overview(
    scope_ids,
    as_of: date,
    year: int | None = None,
    supplier_id: int | None = None,
    state: str | None = None,
) -> Overview:
    """All contracts of the authorities in scope with their status, filtered, with totals."""
    catalogues = EngineCatalogues()
    lines = [
        line_for(c, as_of, catalogues) for c in contracts_in_scope(scope_ids, year, supplier_id)
    ]
    if state:
        lines = [line for line in lines if line.state == state]
    return Overview(lines=lines, totals=totals(lines))


def filter_choices(scope_ids) -> tuple[list[int], list[Employer]]:
    """Years in which contracts of the scope run, and their suppliers, for the filters."""
    bounds = db.session.execute(
        db.select(db.func.min(Contract.start_date), db.func.max(Contract.end_date)).where(
            Contract.authority_id.in_(scope_ids)
        )
    ).one()
    years = list(range(bounds[0].year, bounds[1].year + 1))[-30:] if bounds[0] else []
    suppliers = list(
        db.session.scalars(
            db.select(Employer)
            .where(
                Employer.id.in_(
                    db.select(Contract.supplier_id).where(Contract.authority_id.in_(scope_ids))
                )
            )
            .order_by(Employer.name)
        )
    )
    return years, suppliers


@dataclass
class SupplierSummary:
    supplier: Employer
    totals: Totals
    lines: list[ContractLine]


def per_supplier(lines: list[ContractLine]) -> list[SupplierSummary]:
    """Contracts grouped by supplier, most behind first."""
    groups: dict[int, list[ContractLine]] = defaultdict(list)
    for line in lines:
        groups[line.contract.supplier_id].append(line)
    result = [SupplierSummary(ls[0].contract.supplier, totals(ls), ls) for ls in groups.values()]
    return sorted(
        result,
        key=lambda s: (
            -(s.totals.states["behind"] + s.totals.states["not_met"]),
            s.supplier.name.lower(),
        ),
    )


# --------------------------------------------------------------------------- contract progress


@dataclass
class ProgressPoint:
    on: date
    expected: Decimal
    realized: Decimal | None


def _month_end(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def progress(
    contract: Contract,
    as_of: date,
    max_points: int = 48,
    catalogues: EngineCatalogues | None = None,
) -> list[ProgressPoint]:
    """Expected (whole term) and realised (up to `as_of`) at month ends, from the engine."""
    start, end = contract.start_date, contract.end_date
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    step = max(1, -(-months // max_points))
    days = {start, end}
    cursor = _month_end(start)
    while cursor < end:
        days.add(cursor)
        cursor = _month_end(sroi.add_months(cursor.replace(day=1), step))
    if start <= as_of <= end:
        days.add(as_of)
    points = []
    catalogues = catalogues or EngineCatalogues()
    for day in sorted(days):
        status = status_for(contract, day, catalogues)
        points.append(
            ProgressPoint(day, status.expected, status.realized if day <= as_of else None)
        )
    return points


def obligation_working(contract: Contract, status: sroi.ContractStatus) -> str:
    """`€ 60.000,00 = € 1.200.000,00 × 5 % × (100 % − 0 %)`, inputs beside the engine's result."""

    def pct(v: Decimal) -> str:
        return sroi.format_number(v) + " %"

    text = f"{money(status.obligation)} = {money(contract.value)} × {pct(contract.sroi_percentage)}"
    if contract.reduction_percentage:
        text += f" × (100 % − {pct(contract.reduction_percentage)} korting)"
    return text


def expected_working(status: sroi.ContractStatus) -> str:
    return (
        f"{money(status.expected)} = {money(status.obligation)} × {status.days_elapsed}/"
        f"{status.days_total} dagen van de looptijd"
    )


def penalty_working(contract: Contract, status: sroi.ContractStatus) -> str:
    return (
        f"{money(status.penalty)} = tekort {money(status.shortfall)} × "
        f"{sroi.format_number(contract.penalty_percentage)} %"
    )


# --------------------------------------------------------------------------- attention & digest


def attention(scope_ids, as_of: date) -> list[ContractLine]:
    """Contracts behind schedule, those ending within three months first, then the largest gap."""
    query = db.select(Contract).where(
        Contract.authority_id.in_(scope_ids),
        Contract.start_date <= as_of,
        Contract.end_date >= as_of,
    )
    catalogues = EngineCatalogues()
    return needing_attention(
        [line_for(c, as_of, catalogues) for c in db.session.scalars(_loaded(query))]
    )


def needing_attention(lines: list[ContractLine]) -> list[ContractLine]:
    """The lines behind schedule, those ending within three months first, then the largest gap."""
    flagged = [line for line in lines if line.needs_attention]
    return sorted(flagged, key=lambda line: (not line.ends_soon, -line.gap))


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


# --------------------------------------------------------------------------- yearly report


@dataclass
class BlockLine:
    label: str
    activities: int
    realized_in_year: Decimal


@dataclass
class ReportLine:
    line: ContractLine
    realized_in_year: Decimal
    final: bool  # the contract had ended at the report date: its state is final


@dataclass
class AnnualReport:
    authority_names: list[str]
    year: int
    as_of: date
    lines: list[ReportLine]
    blocks: list[BlockLine]
    people: int
    totals: Totals
    realized_in_year: Decimal
    penalty_in_year: Decimal
    shortfall_in_year: Decimal
    errors: list[str]

    @property
    def title(self) -> str:
        return f"SROI-jaarrapportage {', '.join(self.authority_names)} {self.year}"


def annual_report(authorities: list[Organisation], year: int, today: date) -> AnnualReport:
    """Obligations, realised per block in the year, people placed via SROI and penalties.

    Contracts running in `year` are shown at the year's end (or today, when earlier); a
    contract that has ended before today is shown with its final state, so its shortfall and
    penalty count in the year it ended. "Realised in the year" of an activity is the engine's
    value at the end of the year minus its value at the end of the previous year.
    """
    ids = [a.id for a in authorities]
    year_end = min(date(year, 12, 31), today)
    before = date(year - 1, 12, 31)
    contracts = list(
        db.session.scalars(
            _loaded(
                db.select(Contract).where(Contract.authority_id.in_(ids), running_in(year))
            ).order_by(Contract.reference)
        )
    )
    lines, errors = [], []
    catalogues = EngineCatalogues()
    by_block: dict[str, list] = {}
    people: set = set()
    for contract in contracts:
        final = contract.end_date < today and contract.end_date <= date(year, 12, 31)
        line = line_for(contract, today if final else year_end, catalogues)
        if line.error:
            errors.append(f"{contract.reference}: {line.error}")
        in_year = ZERO
        for activity in contract.activities:
            if activity.state != "accepted":
                continue
            try:
                now = valuation_for(activity, year_end, catalogues)
                earlier = (
                    valuation_for(activity, before, catalogues)
                    if before >= contract.start_date
                    else None
                )
            except sroi.InputError as exc:
                errors.append(f"{contract.reference}, activiteit {activity.id}: {exc.message}")
                continue
            delta = now.value - (earlier.value if earlier else ZERO)
            in_year += delta
            entry = by_block.setdefault(now.block_label, [0, ZERO])
            entry[0] += 1 if delta else 0
            entry[1] += delta
            if now.unit in PERSON_UNITS and activity.start_date.year == year:
                people.add(
                    ("client", activity.client_id)
                    if activity.client_id
                    else ("activity", activity.id)
                )
        lines.append(ReportLine(line, in_year, final))
    report_totals = totals([r.line for r in lines])
    ended = [r for r in lines if r.final and r.line.contract.end_date.year == year]
    blocks = sorted(
        (BlockLine(label, n, v) for label, (n, v) in by_block.items() if v or n),
        key=lambda b: -b.realized_in_year,
    )
    return AnnualReport(
        authority_names=[a.name for a in authorities],
        year=year,
        as_of=year_end,
        lines=lines,
        blocks=blocks,
        people=len(people),
        totals=report_totals,
        realized_in_year=sum((r.realized_in_year for r in lines), ZERO),
        penalty_in_year=sum((r.line.status.penalty for r in ended if r.line.status), ZERO),
        shortfall_in_year=sum((r.line.status.shortfall for r in ended if r.line.status), ZERO),
        errors=errors,
    )


# --------------------------------------------------------------------------- exports

CSV_HEADER = [
    "onderdeel",
    "kenmerk",
    "titel",
    "leverancier",
    "bouwblok",
    "einde",
    "peildatum",
    "status",
    "verplichting",
    "gerealiseerd_tot_peildatum",
    "gerealiseerd_in_jaar",
    "ingediend",
    "tekort",
    "boete",
]


def report_csv(report: AnnualReport) -> str:
    """The report as CSV for Dutch Excel: `;` between fields, decimal comma, UTF-8 with BOM."""
    rows: list[list] = [CSV_HEADER]
    for r in report.lines:
        c, s = r.line.contract, r.line.status
        rows.append(
            [
                "contract",
                c.reference,
                c.title,
                c.supplier.name,
                "",
                c.end_date,
                r.line.as_of or report.as_of,
                s.state_label if s else "fout",
                s.obligation if s else None,
                s.realized if s else None,
                r.realized_in_year,
                s.pending if s else None,
                s.shortfall if s else None,
                s.penalty if s else None,
            ]
        )
    for b in report.blocks:
        rows.append(
            ["bouwblok", "", "", "", b.label, "", report.as_of, "", None, None]
            + [b.realized_in_year, None, None, None]
        )
    t = report.totals
    rows.append(
        ["totaal", "", "", "", "", "", report.as_of, "", t.obligation, t.realized]
        + [report.realized_in_year, t.pending, report.shortfall_in_year, report.penalty_in_year]
    )
    rows.append(
        ["mensen_via_sroi", "", "", "", "", "", report.as_of, "", report.people]
        + [None, None, None, None, None]
    )
    return write_csv(rows)


def report_xlsx(report: AnnualReport) -> bytes:
    """The report as an Excel workbook: summary, contracts and blocks, with real numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    euro = '"€" #,##0.00'
    wb = Workbook()
    summary = wb.active
    summary.title = "Samenvatting"
    bold = Font(bold=True)
    rows = [
        ("Rapport", report.title),
        ("Peildatum", report.as_of),
        ("Aantal contracten", report.totals.count),
        ("Verplichting (totaal)", report.totals.obligation),
        ("Gerealiseerd tot peildatum", report.totals.realized),
        (f"Gerealiseerd in {report.year}", report.realized_in_year),
        ("Ingediend, nog te beoordelen", report.totals.pending),
        (f"Mensen aan het werk via SROI (gestart in {report.year})", report.people),
        (f"Tekort van contracten geëindigd in {report.year}", report.shortfall_in_year),
        (f"Boetes van contracten geëindigd in {report.year}", report.penalty_in_year),
    ]
    for label, value in rows:
        append_row(summary, [label, value])
        cell = summary.cell(row=summary.max_row, column=2)
        if isinstance(value, Decimal):
            cell.number_format = euro
        elif isinstance(value, date):
            cell.number_format = "DD-MM-YYYY"
    for row in summary.iter_rows(min_col=1, max_col=1):
        row[0].font = bold
    summary.column_dimensions["A"].width = 52
    summary.column_dimensions["B"].width = 40

    sheet = wb.create_sheet("Contracten")
    append_row(
        sheet,
        [
            "Kenmerk",
            "Titel",
            "Leverancier",
            "Einde",
            "Status",
            "Verplichting",
            "Gerealiseerd tot peildatum",
            f"Gerealiseerd in {report.year}",
            "Ingediend",
            "Verwacht",
            "Tekort",
            "Boete",
        ],
    )
    for r in report.lines:
        c, s = r.line.contract, r.line.status
        append_row(
            sheet,
            [
                c.reference,
                c.title,
                c.supplier.name,
                c.end_date,
                s.state_label if s else "fout",
                *(
                    [
                        s.obligation,
                        s.realized,
                        r.realized_in_year,
                        s.pending,
                        s.expected,
                        s.shortfall,
                        s.penalty,
                    ]
                    if s
                    else [None] * 7
                ),
            ],
        )
        sheet.cell(row=sheet.max_row, column=4).number_format = "DD-MM-YYYY"
        for col in range(6, 13):
            sheet.cell(row=sheet.max_row, column=col).number_format = euro
    _style_table(sheet, bold, [14, 36, 30, 12, 16, 16, 18, 18, 16, 16, 14, 14])

    blocks = wb.create_sheet("Per bouwblok")
    append_row(blocks, ["Bouwblok", "Activiteiten", f"Gerealiseerd in {report.year}"])
    for b in report.blocks:
        append_row(blocks, [b.label, b.activities, b.realized_in_year])
        blocks.cell(row=blocks.max_row, column=3).number_format = euro
    _style_table(blocks, bold, [48, 14, 20])
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def _style_table(sheet, bold, widths) -> None:
    from openpyxl.utils import get_column_letter

    for cell in sheet[1]:
        cell.font = bold
    sheet.freeze_panes = "A2"
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width


def report_pdf(report: AnnualReport) -> bytes:
    """The report as an A4 PDF; DejaVu Sans when installed (€ and accents), else core Helvetica."""
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    pdf = FPDF(orientation="L", format="A4")
    pdf.set_title(report.title)
    pdf.set_author("Werkbrug")
    pdf.set_lang("nl")
    unicode_font = (DEJAVU / "DejaVuSans.ttf").is_file() and (
        DEJAVU / "DejaVuSans-Bold.ttf"
    ).is_file()
    if unicode_font:
        pdf.add_font("DejaVu", "", str(DEJAVU / "DejaVuSans.ttf"))
        pdf.add_font("DejaVu", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
        family = "DejaVu"

        def t(text) -> str:
            return str(text)
    else:
        family = "Helvetica"

        def t(text) -> str:
            return (
                str(text)
                .replace("€", "EUR")
                .replace("–", "-")
                .replace("’", "'")
                .encode("latin-1", "replace")
                .decode("latin-1")
            )

    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font(family, "B", 16)
    pdf.multi_cell(0, 9, t(report.title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 10)
    pdf.multi_cell(
        0,
        6,
        t(
            f"Peildatum {ddmmyyyy(report.as_of)}. Alle bedragen berekend met de "
            "SROI-rekenmodule van Werkbrug (bouwblokken van de gunning)."
        ),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(3)
    facts = [
        ("Contracten", str(report.totals.count)),
        ("Verplichting (totaal)", money(report.totals.obligation)),
        ("Gerealiseerd tot peildatum", money(report.totals.realized)),
        (f"Gerealiseerd in {report.year}", money(report.realized_in_year)),
        ("Ingediend, nog te beoordelen", money(report.totals.pending)),
        (f"Mensen aan het werk via SROI (gestart in {report.year})", str(report.people)),
        (f"Tekort van contracten geëindigd in {report.year}", money(report.shortfall_in_year)),
        (f"Boetes van contracten geëindigd in {report.year}", money(report.penalty_in_year)),
    ]
    heading = FontFace(emphasis="BOLD", fill_color=(230, 236, 240))
    with pdf.table(
        col_widths=(110, 60), width=170, align="LEFT", first_row_as_headings=False, line_height=7
    ) as table:
        for label, value in facts:
            row = table.row()
            row.cell(t(label))
            row.cell(t(value), align="RIGHT")
    pdf.ln(4)
    pdf.set_font(family, "B", 12)
    pdf.cell(0, 8, t("Contracten"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 8)
    with pdf.table(
        col_widths=(24, 58, 48, 22, 26, 28, 28, 28, 26),
        headings_style=heading,
        line_height=5,
        text_align=("LEFT", "LEFT", "LEFT", "LEFT", "LEFT", "RIGHT", "RIGHT", "RIGHT", "RIGHT"),
    ) as table:
        table.row(
            [
                t(x)
                for x in (
                    "Kenmerk",
                    "Titel",
                    "Leverancier",
                    "Einde",
                    "Status",
                    "Verplichting",
                    "Gerealiseerd",
                    f"In {report.year}",
                    "Boete",
                )
            ]
        )
        for r in report.lines:
            c, s = r.line.contract, r.line.status
            table.row(
                [
                    t(x)
                    for x in (
                        c.reference,
                        c.title[:60],
                        c.supplier.name[:45],
                        ddmmyyyy(c.end_date),
                        s.state_label if s else "fout",
                        money(s.obligation) if s else "",
                        money(s.realized) if s else "",
                        money(r.realized_in_year),
                        money(s.penalty) if s else "",
                    )
                ]
            )
    pdf.ln(4)
    pdf.set_font(family, "B", 12)
    pdf.cell(
        0,
        8,
        t(f"Gerealiseerd in {report.year} per soort activiteit (bouwblok)"),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font(family, "", 9)
    if report.blocks:
        with pdf.table(
            col_widths=(120, 30, 40),
            width=190,
            align="LEFT",
            headings_style=heading,
            line_height=6,
            text_align=("LEFT", "RIGHT", "RIGHT"),
        ) as table:
            table.row([t("Bouwblok"), t("Activiteiten"), t("Gerealiseerd")])
            for b in report.blocks:
                table.row([t(b.label[:80]), str(b.activities), t(money(b.realized_in_year))])
    else:
        pdf.cell(
            0, 6, t("Geen goedgekeurde activiteiten in dit jaar."), new_x="LMARGIN", new_y="NEXT"
        )
    return bytes(pdf.output())


# --------------------------------------------------------------------------- contract page


@dataclass
class ActivityLine:
    activity: SroiActivity
    valuation: sroi.ActivityValuation | None
    error: str | None


@dataclass
class ContractView:
    """Everything the contract page shows, all from the engine."""

    line: ContractLine
    points: list[ProgressPoint]
    activities: list[ActivityLine]
    workings: dict[str, str]


def contract_view(contract: Contract, as_of: date) -> ContractView:
    catalogues = EngineCatalogues()
    line = line_for(contract, as_of, catalogues)
    activities = []
    for activity in sorted(contract.activities, key=lambda a: (a.start_date, a.id)):
        try:
            valuation = valuation_for(activity, as_of, catalogues)
            activities.append(ActivityLine(activity, valuation, None))
        except sroi.InputError as exc:
            activities.append(ActivityLine(activity, None, exc.message))
    workings: dict[str, str] = {}
    points: list[ProgressPoint] = []
    if line.status:
        workings["obligation"] = obligation_working(contract, line.status)
        workings["expected"] = expected_working(line.status)
        if line.status.state == "not_met":
            workings["penalty"] = penalty_working(contract, line.status)
        points = progress(contract, as_of, catalogues=catalogues)
    return ContractView(line=line, points=points, activities=activities, workings=workings)
