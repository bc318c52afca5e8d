"""SROI catalogues (*bouwblokkenmodellen*, SPEC §5.1): load, validate and dump them.

A region publishes what each social-return activity is worth (*inspanningswaarde*). A catalogue
is a TOML file (presets in `sroi/presets/`) or a dict from the portal's database copy that an
administrator edits; both go through the same strict schema, so an error is always a
`CatalogueError` (a `ValueError`) with a Dutch message naming the file, the block or bonus
(code and number) and, for TOML files, the line.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from functools import cache
from importlib import resources
from os import PathLike
from pathlib import Path
from typing import TypeVar

from sroi.errors import CatalogueError, CatalogueProblem, InputError
from sroi.money import MAX_AMOUNT, format_number, to_decimal, to_tuple

UNITS: tuple[str, ...] = ("year", "month", "hour", "invoice", "fixed", "wage")
UNIT_LABELS: dict[str, str] = {
    "year": "per jaar bij voltijd, naar rato van uren en dagen",
    "month": "per maand, naar rato van dagen",
    "hour": "per besteed uur",
    "invoice": "factuurbedrag (excl. btw) × factor",
    "fixed": "vast bedrag per activiteit",
    "wage": "betaalde loonsom × factor",
}
# Benefit types of a client (SPEC §3.2); `nug` is "no benefit".
BENEFIT_TYPES: tuple[str, ...] = ("participatiewet", "ww", "wia", "wajong", "nug", "anw", "ioaw")
# What a block's `benefit` hint may say: a benefit type or the banenafspraak indication.
BENEFITS: tuple[str, ...] = (*BENEFIT_TYPES, "banenafspraak")
BENEFIT_LABELS: dict[str, str] = {
    "participatiewet": "Participatiewet",
    "ww": "WW",
    "wia": "WIA",
    "wajong": "Wajong",
    "nug": "geen uitkering (nug)",
    "anw": "Anw",
    "ioaw": "IOAW",
    "banenafspraak": "banenafspraak",
}
# Units whose value runs over time, so a counting limit (max_years) means something.
TIMED_UNITS = frozenset({"year", "month"})
MAX_FULLTIME_HOURS = Decimal("168")
MAX_YEARS = 100
MAX_MONTHS = 1200

_CODE_RE = re.compile(r"^[a-z0-9][a-z0-9_]*$")
_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_TOP_KEYS = frozenset(
    {"name", "title", "source", "fulltime_hours", "version", "valid_from", "description"}
    | {"blocks", "bonuses"}
)
_BLOCK_KEYS = frozenset(
    {"code", "label", "unit", "value", "max_years", "description"}
    | {"benefit", "benefit_months_min", "benefit_months_max"}
)
_BONUS_KEYS = frozenset({"code", "label", "value", "description"})
_PRESETS = "presets"
T = TypeVar("T")
_P = CatalogueProblem


@dataclass(frozen=True)
class Block:
    """One building block: what an activity of this kind is worth and how it is counted."""

    code: str
    label: str
    unit: str
    value: Decimal
    max_years: int | None = None
    benefit: str | None = None
    benefit_months_min: int | None = None
    benefit_months_max: int | None = None
    description: str = ""


@dataclass(frozen=True)
class Bonus:
    """An extra yearly value added to a `year` block (e.g. 50+, permanent contract)."""

    code: str
    label: str
    value: Decimal
    description: str = ""


@dataclass(frozen=True)
class Catalogue:
    """A region's catalogue of blocks and bonuses; immutable and validated on construction."""

    name: str
    title: str
    source: str
    blocks: tuple[Block, ...]
    bonuses: tuple[Bonus, ...] = ()
    fulltime_hours: Decimal | None = None
    version: str = ""
    valid_from: date | None = None
    description: str = ""
    _block_index: dict[str, Block] = field(init=False, repr=False, compare=False)
    _bonus_index: dict[str, Bonus] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        blocks = to_tuple(self.blocks, "'blocks' moet een lijst van blokken zijn.", "blocks")
        bonuses = to_tuple(self.bonuses, "'bonuses' moet een lijst van bonussen zijn.", "bonuses")
        object.__setattr__(self, "blocks", blocks)
        object.__setattr__(self, "bonuses", bonuses)
        errors = _semantic_errors(self.blocks, self.bonuses, self.fulltime_hours)
        if errors:
            raise CatalogueError(f"'{self.name}'", errors)
        object.__setattr__(self, "_block_index", {b.code: b for b in self.blocks})
        object.__setattr__(self, "_bonus_index", {b.code: b for b in self.bonuses})

    def block(self, code: str) -> Block:
        """The block with this code, or a Dutch `ValueError` naming the catalogue."""
        found = self._block_index.get(code) if isinstance(code, str) else None
        if found is None:
            raise InputError(
                f"Onbekend bouwblok '{code}' in catalogus '{self.name}'. "
                f"Kies uit: {', '.join(self._block_index)}.",
                "block",
            )
        return found

    def bonus(self, code: str) -> Bonus:
        """The bonus with this code, or a Dutch `ValueError` naming the catalogue."""
        found = self._bonus_index.get(code) if isinstance(code, str) else None
        if found is None:
            choices = ", ".join(self._bonus_index) or "deze catalogus kent geen bonussen"
            raise InputError(
                f"Onbekende bonus '{code}' in catalogus '{self.name}' ({choices}).", "bonuses"
            )
        return found


# --------------------------------------------------------------------------- loading


def catalogue_presets() -> list[str]:
    """Names of the catalogues shipped with the engine, sorted (e.g. `utrecht-2023`)."""
    return sorted(
        entry.name[: -len(".toml")]
        for entry in resources.files("sroi").joinpath(_PRESETS).iterdir()
        if entry.name.endswith(".toml")
    )


def load_catalogue(name_or_path: str | PathLike[str]) -> Catalogue:
    """A preset by name (`"utrecht-2023"`) or a TOML file by path, validated."""
    if isinstance(name_or_path, str) and name_or_path in catalogue_presets():
        return _load_preset(name_or_path)
    try:
        path = Path(name_or_path)
        found = path.is_file()
    except (TypeError, ValueError, OSError):
        raise InputError("Geef de naam of het pad van een catalogus op.", "catalogue") from None
    if not found:
        raise InputError(
            f"Catalogus '{name_or_path}' niet gevonden: geen bestand en geen ingebouwde "
            f"catalogus (ingebouwd: {', '.join(catalogue_presets())}).",
            "catalogue",
        )
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            f"Catalogus '{path.name}' kan niet worden gelezen ({exc.__class__.__name__}).",
            "catalogue",
        ) from None
    return parse_catalogue_toml(text, source=path.name)


@cache
def _load_preset(name: str) -> Catalogue:
    """A shipped preset, parsed once (catalogues are immutable)."""
    text = resources.files("sroi").joinpath(_PRESETS, f"{name}.toml").read_text("utf-8")
    return parse_catalogue_toml(text, source=f"{name}.toml")


def parse_catalogue_toml(text: str, source: str = "catalogus.toml") -> Catalogue:
    """Parse and validate catalogue TOML text; `source` names the file in error messages."""
    if not isinstance(text, str):
        raise CatalogueError(f"'{source}'", [_P("de inhoud moet tekst (TOML) zijn.")])
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"'{source}'", [_P(_toml_error(exc))]) from None
    lines = {
        "blocks": _table_lines(text, "blocks"),
        "bonuses": _table_lines(text, "bonuses"),
    }
    return _build(data, f"'{source}'", lines)


def catalogue_from_dict(data: Mapping[str, object], source: str = "database") -> Catalogue:
    """Validate a catalogue given as a dict (the portal's editable copy) exactly like a file."""
    if not isinstance(data, Mapping):
        raise CatalogueError(f"'{source}'", [_P("de catalogus moet een tabel (dict) zijn.")])
    return _build(data, f"'{source}'", {})


def _toml_error(exc: tomllib.TOMLDecodeError) -> str:
    """A Dutch message for a TOML syntax error, keeping its line and column."""
    match = re.search(r"at line (\d+), column (\d+)", str(exc))
    where = f" op regel {match.group(1)}, kolom {match.group(2)}" if match else ""
    return f"ongeldige TOML-opmaak{where} ({exc})."


def _table_lines(text: str, table: str) -> list[int]:
    """Line numbers (1-based) of each `[[table]]` header, to point errors at a line."""
    pattern = re.compile(rf"^\s*\[\[\s*{table}\s*\]\]")
    return [no for no, line in enumerate(text.splitlines(), start=1) if pattern.match(line)]


# --------------------------------------------------------------------------- schema


def _build(data: Mapping[str, object], source: str, lines: Mapping[str, list[int]]) -> Catalogue:
    """Check the structure of `data`, convert it, check the semantics, build the Catalogue."""
    errors: list[CatalogueProblem] = []
    for key in sorted(set(data) - _TOP_KEYS, key=str):
        errors.append(_P(f"onbekend veld '{key}' bovenaan de catalogus.", str(key)))
    name = _text(data, "name", "de catalogus", errors, required=True)
    if name and not _NAME_RE.match(name):
        errors.append(
            _P(
                f"naam '{name}' mag alleen kleine letters, cijfers, punt, streepje en liggend "
                "streepje bevatten.",
                "name",
            )
        )
    title = _text(data, "title", "de catalogus", errors, required=True)
    source_url = _text(data, "source", "de catalogus", errors, required=True)
    version = _text(data, "version", "de catalogus", errors) or ""
    description = _text(data, "description", "de catalogus", errors) or ""
    valid_from = _valid_from(data.get("valid_from"), errors)
    fulltime = _number(data, "fulltime_hours", "de catalogus", errors, maximum=MAX_FULLTIME_HOURS)
    blocks = _items(data, "blocks", lines.get("blocks", []), errors, _block)
    bonuses = _items(data, "bonuses", lines.get("bonuses", []), errors, _bonus)
    if "blocks" in data and isinstance(data["blocks"], list) and not data["blocks"]:
        errors.append(_P("de catalogus bevat geen bouwblokken ([[blocks]]).", "blocks"))
    if not errors:
        errors.extend(_semantic_errors(blocks, bonuses, fulltime, lines))
    if errors:
        raise CatalogueError(source, errors)
    return Catalogue(
        name=name or "",
        title=title or "",
        source=source_url or "",
        blocks=tuple(blocks),
        bonuses=tuple(bonuses),
        fulltime_hours=fulltime,
        version=version,
        valid_from=valid_from,
        description=description,
    )


def _items(
    data: Mapping[str, object],
    key: str,
    lines: list[int],
    errors: list[CatalogueProblem],
    build: Callable[[Mapping[str, object], str, list[CatalogueProblem]], T | None],
) -> list[T]:
    """Validate each table of the array `key` (`blocks` or `bonuses`) with `build`."""
    raw = data.get(key)
    if raw is None:
        if key == "blocks":
            errors.append(_P("de catalogus bevat geen bouwblokken ([[blocks]]).", "blocks"))
        return []
    if not isinstance(raw, list):
        errors.append(_P(f"'{key}' moet een lijst van tabellen zijn ([[{key}]]).", key))
        return []
    built = []
    for index, item in enumerate(raw):
        where = _where(key, index, item, lines[index] if index < len(lines) else None)
        if not isinstance(item, Mapping):
            errors.append(_P(f"{where}: moet een tabel zijn.", "", key, index))
            continue
        before = len(errors)
        obj = build(item, where, errors)
        _place(errors, before, key, index)
        if obj is not None:
            built.append(obj)
    return built


def _place(errors: list[CatalogueProblem], start: int, table: str, index: int) -> None:
    """Mark the problems found since `start` as being about entry `index` of `table`."""
    for number in range(start, len(errors)):
        errors[number] = replace(errors[number], table=table, index=index)


def _where(key: str, index: int, item: object, line: int | None) -> str:
    """`blok 'pw' (nr. 1, regel 8)`: how an error names a block or bonus."""
    noun = "blok" if key == "blocks" else "bonus"
    code = item.get("code") if isinstance(item, Mapping) else None
    label = f"{noun} '{code}'" if isinstance(code, str) and code else noun
    place = f"nr. {index + 1}" + (f", regel {line}" if line else "")
    return f"{label} ({place})"


def _block(item: Mapping[str, object], where: str, errors: list[CatalogueProblem]) -> Block | None:
    """Convert one `[[blocks]]` table, adding Dutch errors for what is wrong."""
    before = len(errors)
    _unknown_keys(item, _BLOCK_KEYS, where, errors)
    code = _text(item, "code", where, errors, required=True)
    label = _text(item, "label", where, errors, required=True)
    unit = _text(item, "unit", where, errors, required=True)
    if unit is not None and unit not in UNITS:
        errors.append(
            _P(f"{where}: onbekende eenheid '{unit}' (kies uit {', '.join(UNITS)}).", "unit")
        )
    value = _number(item, "value", where, errors, required=True)
    max_years = _integer(item, "max_years", where, errors, minimum=1, maximum=MAX_YEARS)
    benefit = _text(item, "benefit", where, errors)
    months_min = _integer(item, "benefit_months_min", where, errors, minimum=0)
    months_max = _integer(item, "benefit_months_max", where, errors, minimum=0)
    description = _text(item, "description", where, errors) or ""
    if len(errors) > before:
        return None
    return Block(
        code=code or "",
        label=label or "",
        unit=unit or "",
        value=value if value is not None else Decimal(0),
        max_years=max_years,
        benefit=benefit,
        benefit_months_min=months_min,
        benefit_months_max=months_max,
        description=description,
    )


def _bonus(item: Mapping[str, object], where: str, errors: list[CatalogueProblem]) -> Bonus | None:
    """Convert one `[[bonuses]]` table, adding Dutch errors for what is wrong."""
    before = len(errors)
    _unknown_keys(item, _BONUS_KEYS, where, errors)
    code = _text(item, "code", where, errors, required=True)
    label = _text(item, "label", where, errors, required=True)
    value = _number(item, "value", where, errors, required=True)
    description = _text(item, "description", where, errors) or ""
    if len(errors) > before:
        return None
    return Bonus(
        code=code or "",
        label=label or "",
        value=value if value is not None else Decimal(0),
        description=description,
    )


def _unknown_keys(
    item: Mapping[str, object], allowed: frozenset[str], where: str, errors: list[CatalogueProblem]
) -> None:
    """Report keys the schema does not know (typos such as `valeu`)."""
    for key in sorted(set(item) - allowed, key=str):
        errors.append(_P(f"{where}: onbekend veld '{key}'.", str(key)))


def _text(
    item: Mapping[str, object],
    key: str,
    where: str,
    errors: list[CatalogueProblem],
    *,
    required: bool = False,
) -> str | None:
    """A non-empty text field, or None when absent and optional."""
    if key not in item or item[key] is None:
        if required:
            errors.append(_P(f"{where}: verplicht veld '{key}' ontbreekt.", key))
        return None
    value = item[key]
    if not isinstance(value, str) or not value.strip():
        errors.append(_P(f"{where}: '{key}' moet een niet-lege tekst zijn.", key))
        return None
    return value.strip()


def _number(
    item: Mapping[str, object],
    key: str,
    where: str,
    errors: list[CatalogueProblem],
    *,
    required: bool = False,
    maximum: Decimal = MAX_AMOUNT,
) -> Decimal | None:
    """A Decimal field (text such as "40000", or a TOML number), checked and exact."""
    if key not in item or item[key] is None:
        if required:
            errors.append(_P(f"{where}: verplicht veld '{key}' ontbreekt.", key))
        return None
    try:
        return to_decimal(item[key], f"'{key}'", key, maximum=maximum)
    except InputError as exc:
        errors.append(_P(f"{where}: {_lower_first(str(exc))}", key))
        return None


def _integer(
    item: Mapping[str, object],
    key: str,
    where: str,
    errors: list[CatalogueProblem],
    *,
    minimum: int,
    maximum: int = MAX_MONTHS,
) -> int | None:
    """An optional whole-number field (`max_years`, months bounds) within sensible limits."""
    if key not in item or item[key] is None:
        return None
    value = item[key]
    if isinstance(value, bool) or not isinstance(value, int):
        errors.append(_P(f"{where}: '{key}' moet een geheel getal zijn.", key))
        return None
    if value < minimum:
        errors.append(_P(f"{where}: '{key}' moet minstens {minimum} zijn.", key))
        return None
    if value > maximum:
        errors.append(_P(f"{where}: '{key}' mag hoogstens {maximum} zijn.", key))
        return None
    return value


def _valid_from(value: object, errors: list[CatalogueProblem]) -> date | None:
    """The optional `valid_from` date: a TOML date or an ISO text (database copies)."""
    if value is None:
        return None
    if isinstance(value, date) and not hasattr(value, "hour"):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    errors.append(_P("'valid_from' moet een datum zijn (JJJJ-MM-DD).", "valid_from"))
    return None


def _line(lines: Mapping[str, list[int]], table: str, index: int) -> int | None:
    """The TOML line of the `index`-th table of `table`, when known."""
    numbers = lines.get(table, [])
    return numbers[index] if index < len(numbers) else None


def _lower_first(text: str) -> str:
    """`'value' mag niet ...` reads better after a colon with a lower-case start."""
    return text[:1].lower() + text[1:] if text else text


def _semantic_errors(
    blocks: Sequence[object],
    bonuses: Sequence[object],
    fulltime_hours: object,
    lines: Mapping[str, list[int]] | None = None,
) -> list[CatalogueProblem]:
    """Rules across fields and entries: units, values, bounds, duplicates, full-time hours."""
    errors: list[CatalogueProblem] = []
    lines = lines or {}
    for table, items, kind in (("blocks", blocks, Block), ("bonuses", bonuses, Bonus)):
        seen: dict[str, int] = {}
        noun = "blok" if table == "blocks" else "bonus"
        for index, item in enumerate(items):
            code = getattr(item, "code", None)
            where = _where(table, index, {"code": code}, _line(lines, table, index))
            before = len(errors)
            if not isinstance(item, kind):
                errors.append(_P(f"{where}: moet een {kind.__name__} zijn."))
            elif isinstance(item, Block):
                errors.extend(_block_errors(item, where))
            else:
                errors.extend(_value_errors(item.code, item.label, item.value, where))
            if isinstance(item, kind) and isinstance(code, str):
                if code in seen:
                    errors.append(
                        _P(
                            f"{where}: code '{code}' komt al voor bij {noun} nr. {seen[code]}.",
                            "code",
                        )
                    )
                else:
                    seen[code] = index + 1
            _place(errors, before, table, index)
    errors.extend(_fulltime_errors(blocks, fulltime_hours))
    return errors


def _block_errors(block: Block, where: str) -> list[CatalogueProblem]:
    """Checks of one block that do not depend on the others."""
    errors = _value_errors(block.code, block.label, block.value, where)
    if block.unit not in UNITS:
        errors.append(
            _P(f"{where}: onbekende eenheid '{block.unit}' (kies uit {', '.join(UNITS)}).", "unit")
        )
    if block.max_years is not None:
        if isinstance(block.max_years, bool) or not isinstance(block.max_years, int):
            errors.append(_P(f"{where}: 'max_years' moet een geheel getal zijn.", "max_years"))
        elif not 1 <= block.max_years <= MAX_YEARS:
            errors.append(
                _P(f"{where}: 'max_years' moet 1 tot en met {MAX_YEARS} zijn.", "max_years")
            )
        elif block.unit not in TIMED_UNITS:
            errors.append(
                _P(
                    f"{where}: 'max_years' kan alleen bij eenheid 'year' of 'month' "
                    f"(dit blok heeft '{block.unit}').",
                    "max_years",
                )
            )
    if block.benefit is not None and block.benefit not in BENEFITS:
        errors.append(
            _P(
                f"{where}: onbekende uitkering '{block.benefit}' (kies uit {', '.join(BENEFITS)}).",
                "benefit",
            )
        )
    errors.extend(_months_errors(block, where))
    return errors


def _months_errors(block: Block, where: str) -> list[CatalogueProblem]:
    """The benefit-duration bounds must be whole months, belong to a benefit and be ordered."""
    low, high = block.benefit_months_min, block.benefit_months_max
    errors = []
    for key, bound in (("benefit_months_min", low), ("benefit_months_max", high)):
        if bound is not None and (isinstance(bound, bool) or not isinstance(bound, int)):
            errors.append(_P(f"{where}: '{key}' moet een geheel getal zijn.", key))
        elif bound is not None and not 0 <= bound <= MAX_MONTHS:
            errors.append(_P(f"{where}: '{key}' moet 0 tot en met {MAX_MONTHS} zijn.", key))
    if errors:
        return errors
    if (low is not None or high is not None) and block.benefit is None:
        errors.append(
            _P(
                f"{where}: 'benefit_months_min/max' kan alleen samen met 'benefit'.",
                "benefit_months_min" if low is not None else "benefit_months_max",
            )
        )
    if low is not None and high is not None and low >= high:
        errors.append(
            _P(
                f"{where}: 'benefit_months_min' ({low}) moet kleiner zijn dan "
                f"'benefit_months_max' ({high}).",
                "benefit_months_min",
            )
        )
    return errors


def _value_errors(code: object, label: object, value: object, where: str) -> list[CatalogueProblem]:
    """Code, label and value checks shared by blocks and bonuses."""
    errors = []
    if not isinstance(code, str) or not _CODE_RE.match(code):
        errors.append(
            _P(
                f"{where}: code moet bestaan uit kleine letters, cijfers en liggende streepjes.",
                "code",
            )
        )
    if not isinstance(label, str) or not label.strip():
        errors.append(_P(f"{where}: 'label' moet een niet-lege tekst zijn.", "label"))
    if not isinstance(value, Decimal):
        errors.append(_P(f"{where}: 'value' moet een Decimal zijn.", "value"))
    else:
        try:
            to_decimal(value, "'value'", "value")
        except InputError as exc:
            errors.append(_P(f"{where}: {_lower_first(str(exc))}", "value"))
    return errors


def _fulltime_errors(blocks: Sequence[object], fulltime_hours: object) -> list[CatalogueProblem]:
    """`fulltime_hours` is needed (and must be sensible) as soon as a block counts per year."""
    has_year = any(isinstance(b, Block) and b.unit == "year" for b in blocks)
    if fulltime_hours is None:
        if has_year:
            message = "'fulltime_hours' ontbreekt; die is nodig voor blokken met eenheid 'year'."
            return [_P(message, "fulltime_hours")]
        return []
    if not isinstance(fulltime_hours, Decimal) or not fulltime_hours.is_finite():
        return [_P("'fulltime_hours' moet een Decimal zijn.", "fulltime_hours")]
    if fulltime_hours <= 0 or fulltime_hours > MAX_FULLTIME_HOURS:
        message = (
            f"'fulltime_hours' moet groter dan 0 en hoogstens "
            f"{format_number(MAX_FULLTIME_HOURS)} zijn."
        )
        return [_P(message, "fulltime_hours")]
    return []


# --------------------------------------------------------------------------- dumping


def catalogue_to_dict(catalogue: Catalogue) -> dict[str, object]:
    """A JSON-safe dict of the catalogue (for the database copy); `catalogue_from_dict` reads it."""
    data: dict[str, object] = {
        "name": catalogue.name,
        "title": catalogue.title,
        "source": catalogue.source,
    }
    if catalogue.version:
        data["version"] = catalogue.version
    if catalogue.valid_from is not None:
        data["valid_from"] = catalogue.valid_from.isoformat()
    if catalogue.description:
        data["description"] = catalogue.description
    if catalogue.fulltime_hours is not None:
        data["fulltime_hours"] = _plain_number(catalogue.fulltime_hours)
    data["blocks"] = [_block_dict(b) for b in catalogue.blocks]
    if catalogue.bonuses:
        data["bonuses"] = [_bonus_dict(b) for b in catalogue.bonuses]
    return data


def _block_dict(block: Block) -> dict[str, object]:
    """One block as a dict, leaving out empty optional fields."""
    item: dict[str, object] = {
        "code": block.code,
        "label": block.label,
        "unit": block.unit,
        "value": _decimal_text(block.value),
    }
    for key in ("max_years", "benefit", "benefit_months_min", "benefit_months_max"):
        if getattr(block, key) is not None:
            item[key] = getattr(block, key)
    if block.description:
        item["description"] = block.description
    return item


def _bonus_dict(bonus: Bonus) -> dict[str, object]:
    """One bonus as a dict, leaving out an empty description."""
    item: dict[str, object] = {
        "code": bonus.code,
        "label": bonus.label,
        "value": _decimal_text(bonus.value),
    }
    if bonus.description:
        item["description"] = bonus.description
    return item


def _decimal_text(value: Decimal) -> str:
    """A Decimal as plain text without exponent (`"40000"`, `"0.5"`)."""
    return format(value, "f")


def _plain_number(value: Decimal) -> int | str:
    """Whole numbers as int (`36`), others as exact text (`"37.5"`)."""
    return int(value) if value == value.to_integral_value() else _decimal_text(value)


def catalogue_to_toml(catalogue: Catalogue) -> str:
    """The catalogue as TOML text in the format of SPEC §5.1; `parse_catalogue_toml` reads it."""
    data = catalogue_to_dict(catalogue)
    out = []
    for key in ("name", "title", "source", "version", "description"):
        if key in data:
            out.append(f"{key} = {_toml_value(data[key])}")
    if catalogue.valid_from is not None:
        out.append(f"valid_from = {catalogue.valid_from.isoformat()}")
    if "fulltime_hours" in data:
        out.append(f"fulltime_hours = {_toml_value(data['fulltime_hours'])}")
    for table in ("blocks", "bonuses"):
        for item in data.get(table, []):
            out.append("")
            out.append(f"[[{table}]]")
            out.extend(f"{key} = {_toml_value(value)}" for key, value in item.items())
    return "\n".join(out) + "\n"


def _toml_value(value: object) -> str:
    """A TOML literal: JSON string escaping is valid TOML basic-string escaping."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)
