"""The Dutch letter of an enforcement step (herinnering, ingebrekestelling, herstelplan,
besluit) as a PDF: the authority's name as its letterhead, the supplier, the contract, the
figures from the engine that the step recorded, the deadline, and who signs."""

from __future__ import annotations

from app.exports.pdf import new_document
from app.formatting import ddmmyyyy, money, pct
from app.models import EnforcementStep
from app.services.sroi_enforcement import DECISION_LABELS, KIND_LABELS


def letter_title(step: EnforcementStep) -> str:
    """`Ingebrekestelling social return – WSW-2025-014`."""
    label = KIND_LABELS[step.kind]
    if step.decision:
        label = f"Besluit ({DECISION_LABELS[step.decision].lower()})"
    return f"{label} social return – {step.contract.reference}"


def letter_paragraphs(step: EnforcementStep) -> list[str]:
    """The body of the letter, one paragraph per item."""
    contract = step.contract
    about = (
        f"het contract {contract.reference} ({contract.title}), looptijd "
        f"{ddmmyyyy(contract.start_date)} tot en met {ddmmyyyy(contract.end_date)}"
    )
    gap = money(step.shortfall) if step.shortfall is not None else ""
    deadline = ddmmyyyy(step.deadline) if step.deadline else ""
    opening = "Geachte heer/mevrouw,"
    if step.kind == "reminder":
        body = [
            f"Bij de gunning van {about} heeft u zich verplicht tot social return (SROI). "
            f"Volgens onze administratie loopt de invulling achter op schema: op "
            f"{ddmmyyyy(step.on_date)} is {gap} minder gerealiseerd dan op dat moment verwacht "
            "mocht worden.",
            f"Wij verzoeken u vóór {deadline} te laten weten hoe u de achterstand inhaalt, en uw "
            "activiteiten in Werkbrug te melden. De jobhunters van de gemeente denken graag mee "
            "over passende kandidaten.",
        ]
    elif step.kind == "notice":
        body = [
            f"Op grond van {about} bent u verplicht tot social return. Ondanks onze herinnering "
            f"is de verplichting niet volgens schema ingevuld: de achterstand bedraagt op "
            f"{ddmmyyyy(step.on_date)} {gap}.",
            "Hierbij stellen wij u formeel in gebreke (ingebrekestelling). Wij geven u de "
            f"gelegenheid om uiterlijk {deadline} een herstelplan in te dienen waarin staat hoe "
            "en wanneer u de verplichting alsnog nakomt.",
            "Dient u binnen deze termijn geen herstelplan in, dan kunnen wij besluiten tot afkoop "
            "of tot het opleggen van de boete uit het contract "
            f"({pct(contract.penalty_percentage)} van het tekort bij het einde van de looptijd).",
        ]
    elif step.kind == "recovery":
        body = [
            f"Wij hebben op {ddmmyyyy(step.on_date)} uw herstelplan voor {about} ontvangen. "
            "Wij leggen het als volgt vast:",
            step.note,
        ]
        if deadline:
            body.append(f"Wij nemen uiterlijk {deadline} een besluit over de verdere handhaving.")
        return [opening, *body, *_closing(step)]
    else:
        body = _decision(step, about)
    if step.note and step.kind != "recovery":
        body.append(f"Toelichting: {step.note}")
    return [opening, *body, *_closing(step)]


def _decision(step: EnforcementStep, about: str) -> list[str]:
    contract = step.contract
    shortfall = money(step.shortfall)
    if step.decision == "extension":
        return [
            f"Wij hebben besloten de termijn voor de social return van het contract "
            f"{contract.reference} ({contract.title}) te verlengen tot en met "
            f"{ddmmyyyy(step.new_end_date)}.",
            "De verplichting blijft ongewijzigd. Wij volgen de voortgang en nemen opnieuw contact "
            "met u op als de invulling achterblijft.",
        ]
    if step.decision == "buyout":
        return [
            f"Voor {about} is de verplichting tot social return niet nagekomen: het tekort "
            f"bedraagt {shortfall}.",
            f"Wij hebben besloten tot afkoop. U betaalt het tekort van {money(step.amount)}; de "
            f"gemeente zet dit bedrag in voor werk voor mensen met een afstand tot de "
            "arbeidsmarkt. U ontvangt hiervoor een factuur.",
        ]
    return [
        f"Voor {about} is de verplichting tot social return niet nagekomen: het tekort "
        f"bedraagt {shortfall}.",
        f"Wij leggen u de boete uit het contract op: {pct(contract.penalty_percentage)} van het "
        f"tekort, dat is {money(step.amount)}. U ontvangt hiervoor een factuur.",
        "Tegen dit besluit kunt u binnen zes weken bezwaar maken bij de opdrachtgever.",
    ]


def _closing(step: EnforcementStep) -> list[str]:
    signer = step.created_by.name if step.created_by else ""
    return ["Met vriendelijke groet,", f"{signer}\nnamens {step.contract.authority.name}"]


def letter_pdf(step: EnforcementStep) -> bytes:
    """The letter as an A4 PDF."""
    contract = step.contract
    title = letter_title(step)
    document = new_document(title)
    pdf, family, t = document.pdf, document.family, document.text
    pdf.set_font(family, "B", 18)
    pdf.cell(0, 10, t(contract.authority.name), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 9)
    pdf.cell(0, 5, t("Social return (SROI)"), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font(family, "", 11)
    supplier = contract.supplier
    address = [supplier.name, "t.a.v. de directie"]
    if supplier.kvk:
        address.append(f"KvK {supplier.kvk}")
    pdf.multi_cell(0, 6, t("\n".join(address)), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    facts = [
        ("Datum", ddmmyyyy(step.on_date)),
        ("Kenmerk", f"{contract.reference}/{step.id}"),
        ("Onderwerp", title),
    ]
    if step.deadline:
        facts.append(("Termijn", ddmmyyyy(step.deadline)))
    for label, value in facts:
        pdf.set_font(family, "B", 10)
        pdf.cell(30, 6, t(label))
        pdf.set_font(family, "", 10)
        pdf.multi_cell(0, 6, t(value), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font(family, "", 11)
    for paragraph in letter_paragraphs(step):
        # An amount never breaks after its euro sign; left-aligned reads best in a letter.
        text = paragraph.replace("€ ", "€\u00a0")
        pdf.multi_cell(0, 6, t(text), new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(3)
    return document.output()
