"""SROI policies (SPEC §5.5): how an authority or a region sets the social-return requirement.

A policy says which percentage of the contract value (excl. VAT) a supplier must return, from
which contract value per kind of contract (*werken*, *diensten*, *leveringen*) it applies, and
the most it may ask per (sub)project. The engine gets a policy as a value, never from a
database; presets ship as TOML files in `sroi/presets/policies/`.

    required = 0                               when the kind has a threshold and value < threshold
             = min(value × percentage / 100, cap), rounded half-up to cents, otherwise

A kind without a threshold always qualifies. An award criterion offered on top of the
requirement (the Friese eis allows one up to 5 %) is part of the contract's own percentage,
not of the policy; `award_percentage_max` only records the ceiling the policy allows.

    >>> import sroi
    >>> from decimal import Decimal
    >>> friese_eis = sroi.load_policy("friese-eis")
    >>> sroi.required(friese_eis, kind="werken", value=Decimal("1200000"))
    Decimal('24000.00')
    >>> sroi.required(friese_eis, kind="diensten", value=Decimal("90000"))
    Decimal('0')
    >>> sroi.required(friese_eis, kind="werken", value=Decimal("20000000"))
    Decimal('300000.00')
    >>> sroi.required(friese_eis, kind="leveringen", value=Decimal("40000"))
    Decimal('800.00')
    >>> sroi.explain_required(friese_eis, kind="werken", value=Decimal("20000000")).formula
    '2% van € 20.000.000,00 = € 400.000,00, begrensd op € 300.000,00 per (deel)project'
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from functools import cache
from importlib import resources
from os import PathLike
from pathlib import Path
from types import MappingProxyType

from sroi.errors import InputError
from sroi.money import (
    CONTEXT,
    HUNDRED,
    ZERO,
    format_eur,
    format_number,
    round_cents,
    to_decimal,
)

KINDS: tuple[str, ...] = ("werken", "diensten", "leveringen")
KIND_LABELS: dict[str, str] = {
    "werken": "Werken",
    "diensten": "Diensten",
    "leveringen": "Leveringen",
}
MAX_NAME = 100
_POLICIES = ("presets", "policies")
_KEYS = frozenset(
    {"name", "title", "source", "description", "percentage", "thresholds", "cap"}
    | {"award_percentage_max"}
)
_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


@dataclass(frozen=True)
class Policy:
    """How an authority sets the SROI requirement; checked on construction.

    `thresholds` maps a kind of contract (`werken`, `diensten`, `leveringen`) to the contract
    value from which the requirement applies; a kind left out always qualifies. `cap` is the
    most the requirement may be per (sub)project (None: no cap). `award_percentage_max` is the
    highest percentage a contract may ask with an award criterion on top (None: not set); it
    is information for the contract form, `required` does not use it.
    """

    name: str
    percentage: Decimal
    thresholds: Mapping[str, Decimal] = field(default_factory=dict, hash=False)
    cap: Decimal | None = None
    title: str = ""
    source: str = ""
    description: str = ""
    award_percentage_max: Decimal | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise InputError("Geef het beleid een naam.", "name")
        if len(self.name.strip()) > MAX_NAME:
            raise InputError(
                f"De naam van het beleid is te lang (maximaal {MAX_NAME} tekens).", "name"
            )
        _set(self, "name", self.name.strip())
        _set(self, "percentage", _percentage(self.percentage, "Het SROI-percentage", "percentage"))
        _set(self, "thresholds", _thresholds(self.thresholds))
        cap = to_decimal(self.cap, "Het maximum per (deel)project", "cap", allow_none=True)
        _set(self, "cap", cap)
        award = self.award_percentage_max
        if award is not None:
            award = _percentage(
                award, "Het hoogste percentage met gunningscriterium", "award_percentage_max"
            )
            if award < self.percentage:
                raise InputError(
                    f"Het hoogste percentage met gunningscriterium ({format_number(award)}%) "
                    f"ligt onder het SROI-percentage ({format_number(self.percentage)}%).",
                    "award_percentage_max",
                )
        _set(self, "award_percentage_max", award)
        for name in ("title", "source", "description"):
            if not isinstance(getattr(self, name), str):
                raise InputError(f"'{name}' van het beleid moet tekst zijn.", name)

    def threshold(self, kind: str) -> Decimal | None:
        """The threshold for this kind of contract, None when the kind always qualifies."""
        return self.thresholds.get(_kind(kind))


def _set(obj: object, name: str, value: object) -> None:
    """Store a normalised value on a frozen dataclass during `__post_init__`."""
    object.__setattr__(obj, name, value)


def _percentage(value: object, label: str, field_name: str) -> Decimal:
    """A percentage from 0 to 100, or a Dutch error for `field_name`."""
    number = to_decimal(value, label, field_name)
    if number > HUNDRED:
        raise InputError(f"{label} mag hoogstens 100 zijn.", field_name)
    return number


def _thresholds(thresholds: object) -> Mapping[str, Decimal]:
    """Thresholds per kind, checked, as a read-only mapping in the order of KINDS."""
    if thresholds is None:
        return MappingProxyType({})
    if not isinstance(thresholds, Mapping):
        raise InputError(
            "Geef de drempels per soort opdracht op (werken, diensten, leveringen).", "thresholds"
        )
    checked: dict[str, Decimal] = {}
    for kind, amount in thresholds.items():
        if kind not in KINDS:
            raise InputError(
                f"Onbekende soort opdracht '{kind}' bij de drempels (kies uit {', '.join(KINDS)}).",
                "thresholds",
            )
        checked[kind] = to_decimal(amount, f"De drempel voor {kind}", "thresholds")
    return MappingProxyType({kind: checked[kind] for kind in KINDS if kind in checked})


def _kind(kind: object) -> str:
    """A kind of contract, or a Dutch error naming the choices."""
    if not isinstance(kind, str) or kind.strip().lower() not in KINDS:
        raise InputError(
            f"Onbekende soort opdracht '{kind}' (kies uit {', '.join(KINDS)}).", "kind"
        )
    return kind.strip().lower()


# --------------------------------------------------------------------------- the requirement


@dataclass(frozen=True)
class Requirement:
    """The requirement of one (sub)project under a policy, with its Dutch working."""

    amount: Decimal
    kind: str
    value: Decimal
    percentage: Decimal
    qualifies: bool
    threshold: Decimal | None
    uncapped: Decimal
    capped: bool
    cap: Decimal | None
    formula: str


def required(policy: Policy, kind: str, value: Decimal) -> Decimal:
    """The SROI requirement in cents for a (sub)project of this kind and value (SPEC §5.5).

    >>> import sroi
    >>> from decimal import Decimal
    >>> policy = sroi.Policy(name="friese-eis", percentage=Decimal("2"),
    ...                      thresholds={"werken": Decimal("250000"),
    ...                                  "diensten": Decimal("100000")},
    ...                      cap=Decimal("300000"))
    >>> sroi.required(policy, kind="werken", value=Decimal("1200000"))
    Decimal('24000.00')
    >>> sroi.required(policy, kind="diensten", value=Decimal("90000"))
    Decimal('0')
    >>> sroi.required(policy, kind="diensten", value=Decimal("100000"))   # from the threshold on
    Decimal('2000.00')
    """
    return explain_required(policy, kind, value).amount


def explain_required(policy: Policy, kind: str, value: Decimal) -> Requirement:
    """`required` with its working: threshold, percentage, cap and one Dutch line.

    >>> import sroi
    >>> from decimal import Decimal
    >>> policy = sroi.load_policy("friese-eis")
    >>> sroi.explain_required(policy, kind="diensten", value=Decimal("90000")).formula
    'Geen SROI-eis: € 90.000,00 ligt onder de drempel voor diensten (€ 100.000,00).'
    >>> sroi.explain_required(policy, kind="werken", value=Decimal("1200000")).formula
    '2% van € 1.200.000,00 = € 24.000,00'
    """
    if not isinstance(policy, Policy):
        raise InputError("Geef een beleid (sroi.Policy) op.", "policy")
    kind = _kind(kind)
    value = to_decimal(value, "De opdrachtwaarde", "value")
    threshold = policy.thresholds.get(kind)
    percent = f"{format_number(policy.percentage)}%"
    common = dict(
        kind=kind, value=value, percentage=policy.percentage, threshold=threshold, cap=policy.cap
    )
    if threshold is not None and value < threshold:
        formula = (
            f"Geen SROI-eis: {format_eur(value)} ligt onder de drempel voor {kind} "
            f"({format_eur(threshold)})."
        )
        return Requirement(
            amount=ZERO, qualifies=False, uncapped=ZERO, capped=False, formula=formula, **common
        )
    with localcontext(CONTEXT):
        exact = value * policy.percentage / HUNDRED
    uncapped = round_cents(exact)
    capped = policy.cap is not None and exact > policy.cap
    amount = round_cents(policy.cap) if capped else uncapped
    formula = f"{percent} van {format_eur(value)} = {format_eur(uncapped)}"
    if capped:
        formula += f", begrensd op {format_eur(amount)} per (deel)project"
    return Requirement(
        amount=amount, qualifies=True, uncapped=uncapped, capped=capped, formula=formula, **common
    )


# --------------------------------------------------------------------------- presets and files


def policy_presets() -> list[str]:
    """Names of the policies shipped with the engine, sorted (e.g. `friese-eis`)."""
    folder = resources.files("sroi").joinpath(*_POLICIES)
    return sorted(e.name[: -len(".toml")] for e in folder.iterdir() if e.name.endswith(".toml"))


def load_policy(name_or_path: str | PathLike[str]) -> Policy:
    """A preset policy by name (`"friese-eis"`) or a TOML file by path, validated."""
    if isinstance(name_or_path, str) and name_or_path in policy_presets():
        return _load_preset(name_or_path)
    try:
        path = Path(name_or_path)
        found = path.is_file()
    except (TypeError, ValueError, OSError):
        raise InputError("Geef de naam of het pad van een beleid op.", "policy") from None
    if not found:
        raise InputError(
            f"Beleid '{name_or_path}' niet gevonden: geen bestand en geen ingebouwd beleid "
            f"(ingebouwd: {', '.join(policy_presets())}).",
            "policy",
        )
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            f"Beleid '{path.name}' kan niet worden gelezen ({exc.__class__.__name__}).", "policy"
        ) from None
    return parse_policy_toml(text, source=path.name)


@cache
def _load_preset(name: str) -> Policy:
    """A shipped preset, parsed once (policies are immutable)."""
    text = resources.files("sroi").joinpath(*_POLICIES, f"{name}.toml").read_text("utf-8")
    return parse_policy_toml(text, source=f"{name}.toml")


def parse_policy_toml(text: str, source: str = "beleid.toml") -> Policy:
    """Parse and validate policy TOML text (the format of `sroi/presets/policies/`)."""
    if not isinstance(text, str):
        raise InputError(f"Beleid '{source}': de inhoud moet tekst (TOML) zijn.", "policy")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"Beleid '{source}': ongeldige TOML-opmaak ({exc}).", "policy") from None
    return policy_from_dict(data, source=source)


def policy_from_dict(data: Mapping[str, object], source: str = "database") -> Policy:
    """Validate a policy given as a dict (the portal's editable copy) exactly like a file.

    An error is an `InputError` whose `field` is the key it is about (`percentage`,
    `thresholds`, `cap`, ...), with the Dutch message unprefixed so it can stand next to that
    field.
    """
    if not isinstance(data, Mapping):
        raise InputError(f"Beleid '{source}': het beleid moet een tabel (dict) zijn.", "policy")
    unknown = sorted(set(data) - _KEYS, key=str)
    if unknown:
        raise InputError(f"Onbekend veld '{unknown[0]}' in beleid '{source}'.", str(unknown[0]))
    name = data.get("name")
    if isinstance(name, str) and not _NAME_RE.match(name.strip()):
        raise InputError(
            f"Naam '{name}' mag alleen kleine letters, cijfers, punt, streepje en liggend "
            "streepje bevatten.",
            "name",
        )
    if "percentage" not in data:
        raise InputError("Het SROI-percentage ontbreekt.", "percentage")
    return Policy(
        name=data.get("name"),  # type: ignore[arg-type]
        percentage=data["percentage"],  # type: ignore[arg-type]
        thresholds=data.get("thresholds") or {},  # type: ignore[arg-type]
        cap=data.get("cap"),  # type: ignore[arg-type]
        title=data.get("title", ""),  # type: ignore[arg-type]
        source=data.get("source", ""),  # type: ignore[arg-type]
        description=data.get("description", ""),  # type: ignore[arg-type]
        award_percentage_max=data.get("award_percentage_max"),  # type: ignore[arg-type]
    )


def policy_to_dict(policy: Policy) -> dict[str, object]:
    """A JSON-safe dict of the policy (numbers as exact text); `policy_from_dict` reads it."""
    if not isinstance(policy, Policy):
        raise InputError("Geef een beleid (sroi.Policy) op.", "policy")
    data: dict[str, object] = {"name": policy.name}
    for key in ("title", "source", "description"):
        if getattr(policy, key):
            data[key] = getattr(policy, key)
    data["percentage"] = format(policy.percentage, "f")
    data["thresholds"] = {kind: format(v, "f") for kind, v in policy.thresholds.items()}
    if policy.cap is not None:
        data["cap"] = format(policy.cap, "f")
    if policy.award_percentage_max is not None:
        data["award_percentage_max"] = format(policy.award_percentage_max, "f")
    return data
