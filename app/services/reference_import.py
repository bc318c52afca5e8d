"""Import reference data a municipality downloads itself: ESCO occupations and PC4 postcodes.

Both importers read the whole file first, report every bad row with its line number, and
upsert the good rows in one transaction, so a broken file never leaves half an import behind.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from app.extensions import db
from app.models import Occupation, PostcodeArea

# The Netherlands' bounding box, with a margin; centroids outside it are data errors.
NL_LAT = (50.6, 53.7)
NL_LON = (3.2, 7.3)


class ImportFileError(ValueError):
    """The file as a whole cannot be read (wrong encoding, missing columns)."""


@dataclass
class ImportReport:
    """What an import did: counts and the bad rows with their line numbers."""

    added: int = 0
    updated: int = 0
    errors: list[tuple[int, str]] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        return len(self.errors)

    def summary(self) -> str:
        return (
            f"{self.added} toegevoegd, {self.updated} bijgewerkt, "
            f"{self.skipped} regels overgeslagen"
        )


def _read_text(path: str | Path) -> str:
    try:
        raw = Path(path).read_bytes()
    except OSError as error:
        raise ImportFileError(
            f"Het bestand {path} kan niet worden gelezen: {error.strerror}."
        ) from None
    if b"\x00" in raw[:4096]:
        raise ImportFileError(f"{path} is geen tekstbestand (CSV of TXT).")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportFileError(
            f"{path} is niet in UTF-8 opgeslagen. Sla het bestand op als CSV UTF-8."
        ) from None


def parse_esco(path: str | Path) -> tuple[list[dict], ImportReport]:
    """Parse an ESCO occupations CSV into dicts; bad rows go into the report."""
    text = _read_text(path)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    needed = {"conceptUri", "preferredLabel"}
    if not reader.fieldnames or not needed.issubset(reader.fieldnames):
        raise ImportFileError(
            f"{path} is geen ESCO-beroepenbestand: de kolommen conceptUri en preferredLabel "
            "ontbreken."
        )
    report = ImportReport()
    rows: list[dict] = []
    seen: set[str] = set()
    try:
        for record in reader:
            line = reader.line_num
            uri = (record.get("conceptUri") or "").strip()
            label = (record.get("preferredLabel") or "").strip()
            isco = (record.get("iscoGroup") or "").strip()
            if not uri.startswith("http"):
                report.errors.append((line, "conceptUri ontbreekt of is geen adres"))
                continue
            if not label:
                report.errors.append((line, "preferredLabel (beroepsnaam) ontbreekt"))
                continue
            if isco and not re.fullmatch(r"[0-9]{1,4}", isco):
                report.errors.append((line, f"iscoGroup {isco!r} is geen ISCO-code"))
                continue
            if uri in seen:
                report.errors.append((line, "dit beroep staat al eerder in het bestand"))
                continue
            seen.add(uri)
            alt, hidden = (
                "\n".join(
                    part.strip() for part in (record.get(column) or "").splitlines() if part.strip()
                )
                for column in ("altLabels", "hiddenLabels")
            )
            rows.append(
                {
                    "uri": uri[:255],
                    "code": (record.get("code") or "").strip()[:40],
                    "isco_group": isco,
                    "preferred_label": label[:255],
                    "alt_labels": alt,
                    # Misspellings and old names: recognised in titles, never suggested.
                    "hidden_labels": hidden,
                    "description": (record.get("description") or "").strip(),
                }
            )
    except csv.Error as error:
        raise ImportFileError(f"{path} is geen geldig CSV-bestand: {error}.") from None
    return rows, report


def import_esco(path: str | Path) -> ImportReport:
    """Upsert ESCO occupations by concept URI (preferred, alternative and hidden labels)."""
    rows, report = parse_esco(path)
    existing = {occ.uri: occ for occ in db.session.scalars(db.select(Occupation))}
    for row in rows:
        occ = existing.get(row["uri"])
        if occ is None:
            db.session.add(Occupation(**row))
            report.added += 1
        else:
            for key, value in row.items():
                setattr(occ, key, value)
            report.updated += 1
    db.session.commit()
    return report


def _postcode_records(text: str, path) -> tuple[list[tuple[int, str, str, str, str]], bool]:
    """Yield (line, pc4, place, lat, lon) from the project CSV or the GeoNames NL.txt format."""
    first = text.split("\n", 1)[0]
    if "\t" in first:  # GeoNames: country, postal code, place, ..., latitude (10), longitude (11)
        records = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            cols = line.split("\t")
            if len(cols) < 11:
                records.append((number, "", "", "", ""))
                continue
            records.append((number, cols[1], cols[2], cols[9], cols[10]))
        return records, True
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or not {"pc4", "latitude", "longitude"}.issubset(reader.fieldnames):
        raise ImportFileError(
            f"{path} heeft niet de kolommen pc4, place, latitude, longitude en is ook geen "
            "GeoNames-bestand (NL.txt, met tabs)."
        )
    try:
        return [
            (
                reader.line_num,
                r.get("pc4") or "",
                r.get("place") or "",
                r.get("latitude") or "",
                r.get("longitude") or "",
            )
            for r in reader
        ], False
    except csv.Error as error:
        raise ImportFileError(f"{path} is geen geldig CSV-bestand: {error}.") from None


def parse_postcodes(path: str | Path) -> tuple[list[dict], ImportReport]:
    """Parse PC4 centroids; the first occurrence of a PC4 wins (GeoNames lists some twice)."""
    text = _read_text(path)
    records, _geonames = _postcode_records(text, path)
    report = ImportReport()
    rows: dict[str, dict] = {}
    for line, code, place, lat, lon in records:
        match = re.match(r"\s*([1-9][0-9]{3})", code or "")
        if not match:
            report.errors.append((line, f"postcode {code!r} begint niet met 4 cijfers"))
            continue
        try:
            latitude, longitude = float(lat), float(lon)
        except ValueError:
            report.errors.append((line, "breedte- of lengtegraad is geen getal"))
            continue
        if not (NL_LAT[0] <= latitude <= NL_LAT[1] and NL_LON[0] <= longitude <= NL_LON[1]):
            report.errors.append((line, "coördinaten liggen niet in Nederland"))
            continue
        rows.setdefault(
            match.group(1),
            {
                "pc4": match.group(1),
                "place": place.strip()[:100],
                "latitude": latitude,
                "longitude": longitude,
            },
        )
    return list(rows.values()), report


def import_postcodes(path: str | Path) -> ImportReport:
    """Upsert PC4 postcode areas."""
    rows, report = parse_postcodes(path)
    existing = {area.pc4: area for area in db.session.scalars(db.select(PostcodeArea))}
    for row in rows:
        area = existing.get(row["pc4"])
        if area is None:
            db.session.add(PostcodeArea(**row))
            report.added += 1
        else:
            area.place, area.latitude, area.longitude = (
                row["place"],
                row["latitude"],
                row["longitude"],
            )
            report.updated += 1
    db.session.commit()
    return report
