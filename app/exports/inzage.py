"""The inzage (`app.services.data_export.collect`) as a readable A4 PDF in Dutch, through the
shared PDF set-up of `app.exports.pdf`."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from decimal import Decimal

from app.exports.pdf import new_document
from app.formatting import ddmmyyyy, label, money, number
from app.services import evidence_rules
from app.services.data_export import CLIENT_FIELDS, HOURS_FIELDS


def _printable(text) -> str:
    """Text the PDF font can show: no control characters, nothing outside the BMP (emoji)."""
    text = "" if text is None else str(text)
    return "".join(
        ch if (ch in "\n\t" or unicodedata.category(ch)[0] != "C") and ord(ch) <= 0xFFFF else "?"
        for ch in text
    )


def _value(name: str, value) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    kinds = {
        "benefit_type": "BENEFIT_TYPES",
        "education_level": "EDUCATION_LEVELS",
        "max_load": "LOAD_LEVELS",
        "client_group": "CLIENT_GROUPS",
        "target_register_status": "TARGET_REGISTER_STATUSES",
        "integration_route": "INTEGRATION_ROUTES",
        "benefit_end_reason": "BENEFIT_END_REASONS",
    }
    if name in kinds:
        return label(value, kinds[name])
    if name in HOURS_FIELDS:
        return number(Decimal(str(value)), 1)
    if isinstance(value, str) and len(value) >= 10 and value[4] == "-" and value[7] == "-":
        try:
            return ddmmyyyy(
                date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)
            )
        except ValueError:
            return value
    return str(value)


def as_pdf(data: dict) -> bytes:
    """A readable A4 PDF of the export, in Dutch."""
    client = data["client"]
    document = new_document("Inzage persoonsgegevens")
    pdf, family = document.pdf, document.family

    def t(text) -> str:
        return document.text(_printable(text))

    width = pdf.w - pdf.l_margin - pdf.r_margin

    def heading(text, size=13):
        pdf.ln(2)
        pdf.set_font(family, "B", size)
        pdf.multi_cell(width, 7, t(text), new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(family, "", 9)

    def line(text):
        pdf.multi_cell(width, 5, t(text), new_x="LMARGIN", new_y="NEXT")

    def facts(rows):
        for key, value in rows:
            pdf.set_font(family, "B", 9)
            pdf.multi_cell(width, 5, t(key), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(family, "", 9)
            pdf.multi_cell(width, 5, t(value), new_x="LMARGIN", new_y="NEXT")

    heading("Inzage in persoonsgegevens (AVG artikel 15)", 16)
    meta = data["export"]
    line(
        f"Gemaakt op {_value('at', meta['gemaakt_op'])} door {meta['gemaakt_door'] or 'Werkbrug'}, "
        f"gemeente {client['municipality']}."
    )
    line(
        "Dit overzicht bevat alle gegevens die Werkbrug over deze persoon bewaart, en wie "
        "die gegevens heeft ingezien of gewijzigd."
    )

    heading("Persoonsgegevens")
    facts(
        [(text, _value(name, client.get(name))) for name, text in CLIENT_FIELDS]
        + [("Gemeente", client["municipality"]), ("Jobhunter", client["jobhunter"] or "—")]
    )

    heading("Gewenste beroepen")
    for o in data["desired_occupations"] or [None]:
        line("—" if o is None else o["text"] + (f" ({o['occupation']})" if o["occupation"] else ""))

    heading("Voorstellen aan werkgevers")
    for p in data["proposals"] or [None]:
        line(
            "—"
            if p is None
            else f"{_value('d', p['date'])}: {p['vacancy']} bij {p['employer']}, "
            f"status {p['status']}"
            + (f", reden: {p['reason']}" if p["reason"] else "")
            + (f", notitie: {p['note']}" if p["note"] else "")
        )

    heading("Plaatsingen en nazorg")
    for p in data["placements"] or [None]:
        if p is None:
            line("—")
            continue
        wage = money(Decimal(p["hourly_wage"])) + " per uur" if p["hourly_wage"] else "—"
        line(
            f"{p['employer']}: {_value('d', p['start'])} tot {_value('d', p['end'])}, "
            f"{_value('hours_per_week', p['hours_per_week'])} uur per week, {p['kind']}, "
            f"loon {wage}" + (f", einde: {p['end_reason']}" if p["end_reason"] else "")
        )
        for f in p["follow_ups"]:
            line(
                f"   nazorg {f['kind']} op {_value('d', f['due'])}"
                + (f", gedaan {_value('d', f['done_at'])}" if f["done_at"] else "")
                + (f": {f['note']}" if f["note"] else "")
            )
        for a in p["incentives"]:
            amount = money(Decimal(a["amount"])) if a["amount"] else "—"
            line(
                f"   premie werkgever {a['scheme']}: {amount}, {a['state']}"
                + (f": {a['note']}" if a["note"] else "")
            )

    heading("Plan van aanpak")
    for p in data["plans"] or [None]:
        if p is None:
            line("—")
            continue
        line(
            f"Versie {p['version']} van {_value('d', p['agreed_on'])}"
            + (" (huidig)" if p["current"] else "")
            + f", volgende evaluatie {_value('d', p['next_review_on'])}"
        )
        for key, text in (
            ("goals", "Doelen"),
            ("final_goal", "Einddoel"),
            ("support", "Ondersteuning"),
            ("review_note", "Evaluatie"),
        ):
            if p[key]:
                line(f"   {text}: {p[key]}")
        for a in p["actions"]:
            line(
                f"   actie: {a['description']} ({a['owner']}"
                + (f", {a['owner_name']}" if a["owner_name"] else "")
                + f"), uiterlijk {_value('d', a['due_on'])}"
                + (f", afgerond {_value('d', a['done_on'])}" if a["done_on"] else "")
            )

    heading("Trede, profiel en klantgroep")
    for h in data["status_history"] or [None]:
        line(
            "—"
            if h is None
            else f"{_value('d', h['on'])}: {h['field']} {h['from'] or '—'} → {h['to'] or '—'}"
            + (f" ({h['by']})" if h["by"] else "")
        )

    heading("Contacten en documenten")
    for c in data["contacts"] or [None]:
        line(
            "—"
            if c is None
            else f"{_value('d', c['on'])} {c['kind']}" + (f": {c['note']}" if c["note"] else "")
        )
    for d in data["documents"]:
        line(f"   document {d['filename']} ({d['size']} bytes, {_value('at', d['uploaded_at'])})")

    heading("Taken")
    for task in data["tasks"] or [None]:
        line(
            "—"
            if task is None
            else f"{task['title']}, uiterlijk {_value('d', task['due_on'])}"
            + (f", afgerond {_value('d', task['done_on'])}" if task["done_on"] else "")
            + (f", vervallen {_value('d', task['cancelled_on'])}" if task["cancelled_on"] else "")
            + (f": {task['note']}" if task["note"] else "")
        )

    heading("Re-integratievoorzieningen")
    for p in data["provisions"] or [None]:
        line(
            "—"
            if p is None
            else f"{p['kind']}"
            + (f" ({p['provider']})" if p["provider"] else "")
            + f": {_value('d', p['start_on'])} tot {_value('d', p['end_on'])}"
        )

    heading("Op een shortlist voor een vacature")
    for e in data["shortlists"] or [None]:
        line(
            "—"
            if e is None
            else f"{e['vacancy']} bij {e['employer']}, sinds {_value('d', e['added_at'])}"
        )

    heading("Uitstroompremies")
    for p in data["exit_premiums"] or [None]:
        line(
            "—"
            if p is None
            else f"{p['scheme']}: {money(Decimal(p['amount']))}, {p['state']}, "
            f"aangevraagd {_value('d', p['requested_on'])}"
            + (f"; {p['note']}" if p["note"] else "")
        )

    heading("Social return (SROI)")
    for a in data["sroi_activities"] or [None]:
        if a is None:
            line("—")
            continue
        files = (
            ", ".join(
                e["filename"] + (" (verwijderd)" if e["removed_at"] else "")
                for e in a["evidence_files"]
            )
            or "geen"
        )
        line(
            f"Contract {a['contract']} ({a['supplier']}): {a['block']}, {_value('d', a['start'])} "
            f"tot {_value('d', a['end'])}, {a['state']}; bewijsstukken: {files}"
            + (f"; omschrijving: {a['description']}" if a["description"] else "")
            + (f"; reden van afkeuren: {a['rejection_reason']}" if a["rejection_reason"] else "")
            + evidence_rules.export_text(a)
        )

    heading("E-mails over deze persoon")
    for m in data["mails"] or [None]:
        if m is None:
            line("—")
            continue
        line(f"{_value('at', m['date'])} aan {m['to']}: {m['subject']}")
        line(m["body"])

    heading("Wie heeft deze gegevens ingezien of gewijzigd")
    for e in data["access_log"] or [None]:
        line(
            "—"
            if e is None
            else f"{_value('at', e['at'])}  {e['user'] or '(systeem)'}  "
            f"{e['action']}  {e['object']}  {e['detail']}"
        )
    return document.output()
