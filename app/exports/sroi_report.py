"""The yearly SROI report of an authority (`app.services.sroi_reports.annual_report`) as CSV,
XLSX and PDF, through the one CSV writer, XLSX writer and PDF set-up of `app.exports`."""

from __future__ import annotations

from collections.abc import Iterator

from app.exports.cells import csv_chunks
from app.exports.pdf import new_document
from app.exports.xlsx import add_row, add_table, chunks, new_workbook, set_widths
from app.formatting import ddmmyyyy, money
from app.services.sroi_reports import AnnualReport

# The first columns of a contract line in the workbook and the PDF.
CONTRACT_COLUMNS = ("Kenmerk", "Titel", "Leverancier", "Einde", "Status", "Verplichting")
CSV_HEADER = [
    "Onderdeel",
    "Kenmerk",
    "Titel",
    "Leverancier",
    "Bouwblok",
    "Einde",
    "Peildatum",
    "Status",
    "Verplichting",
    "Gerealiseerd tot peildatum",
    "Gerealiseerd in het jaar",
    "Ingediend",
    "Tekort",
    "Boete",
]


def report_csv(report: AnnualReport) -> Iterator[str]:
    """The report as CSV for Dutch Excel: `;` between fields, decimal comma, UTF-8 with BOM;
    in pieces, written while they are sent."""
    return csv_chunks(_csv_rows(report))


def _csv_rows(report: AnnualReport) -> Iterator[list]:
    yield CSV_HEADER
    for r in report.lines:
        c, s = r.line.contract, r.line.status
        yield (
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
        yield (
            ["bouwblok", "", "", "", b.label, "", report.as_of, "", None, None]
            + [b.realized_in_year, None, None, None]
        )
    t = report.totals
    yield (
        ["totaal", "", "", "", "", "", report.as_of, "", t.obligation, t.realized]
        + [report.realized_in_year, t.pending, report.shortfall_in_year, report.penalty_in_year]
    )
    yield (
        ["mensen via SROI", "", "", "", "", "", report.as_of, "", report.people]
        + [None, None, None, None, None]
    )


def report_xlsx(report: AnnualReport) -> Iterator[bytes]:
    """The report as an Excel workbook: summary, contracts and blocks, with real numbers; written
    row by row (write-only) and sent in pieces."""
    workbook, summary = new_workbook("Samenvatting", streaming=True)
    set_widths(summary, [52, 40])
    for label, value in (
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
    ):
        add_row(summary, [label, value], bold_first=True)

    def contracts():
        for r in report.lines:
            c, s = r.line.contract, r.line.status
            figures = (
                [s.obligation, s.realized, r.realized_in_year, s.pending, s.expected, s.shortfall]
                + [s.penalty]
                if s
                else [None] * 7
            )
            state = s.state_label if s else "fout"
            yield [c.reference, c.title, c.supplier.name, c.end_date, state, *figures]

    add_table(
        workbook.create_sheet("Contracten"),
        [
            *CONTRACT_COLUMNS,
            "Gerealiseerd tot peildatum",
            f"Gerealiseerd in {report.year}",
            "Ingediend",
            "Verwacht",
            "Tekort",
            "Boete",
        ],
        contracts(),
        [14, 36, 30, 12, 16, 16, 18, 18, 16, 16, 14, 14],
    )
    add_table(
        workbook.create_sheet("Per bouwblok"),
        ["Bouwblok", "Activiteiten", f"Gerealiseerd in {report.year}"],
        [[b.label, b.activities, b.realized_in_year] for b in report.blocks],
        [48, 14, 20],
    )
    return chunks(workbook)


def report_pdf(report: AnnualReport) -> bytes:
    """The report as a landscape A4 PDF (`app.exports.pdf`: DejaVu Sans when installed)."""
    from fpdf.fonts import FontFace

    document = new_document(report.title, landscape=True)
    pdf, family, t = document.pdf, document.family, document.text
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
                    *CONTRACT_COLUMNS,
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
    return document.output()
