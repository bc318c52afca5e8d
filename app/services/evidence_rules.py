"""Which evidence an SROI activity needs, and what is still missing (issue 18, item 1).

Each catalogue block lists the kinds of evidence its activities need (`CatalogueBlock.
evidence_kinds`, keys of `EVIDENCE_KINDS`), all of them. A supplier submits only with every
kind present or with a reason why it follows later; a reviewer accepts only with every kind
present or with an override reason. Files uploaded before kinds existed prove nothing in
particular (their kind is unknown), so the reviewer decides on them with an override.
"""

from __future__ import annotations

from app.models import CatalogueBlock, SroiActivity
from app.models.choices import EVIDENCE_KINDS

# What a new block of each unit needs unless its catalogue says otherwise; BBL blocks need the
# BBL agreement instead of a contract of employment.
DEFAULT_KINDS = {
    "year": ("arbeidsovereenkomst",),
    "month": ("stageovereenkomst",),
    "hour": ("aanwezigheidslijst",),
    "invoice": ("factuur",),
    "wage": ("loonstrook",),
    "fixed": (),
}
MAX_REASON = 2000


def default_kinds(unit: str, code: str = "") -> list[str]:
    """The evidence a block of this unit needs by default (`bbl` in the code: the BBL deal)."""
    if "bbl" in (code or "").lower():
        return ["bbl_leerovereenkomst"]
    return list(DEFAULT_KINDS.get(unit, ()))


def clean_kinds(kinds) -> list[str]:
    """Known kinds only, in the order of `EVIDENCE_KINDS`, each once."""
    wanted = set(kinds or ())
    return [kind for kind in EVIDENCE_KINDS if kind in wanted]


def block_of(activity: SroiActivity) -> CatalogueBlock | None:
    return next(
        (b for b in activity.contract.catalogue.blocks if b.code == activity.block_code), None
    )


def required_kinds(activity: SroiActivity) -> list[str]:
    block = block_of(activity)
    return clean_kinds(block.evidence_kinds) if block is not None else []


def present_kinds(activity: SroiActivity) -> set[str]:
    """Kinds of the activity's files that are still there (not removed by retention)."""
    return {e.kind for e in activity.evidence if e.kind and e.removed_at is None}


def missing_kinds(activity: SroiActivity) -> list[str]:
    present = present_kinds(activity)
    return [kind for kind in required_kinds(activity) if kind not in present]


def labels(kinds) -> str:
    """ "Arbeidsovereenkomst en Loonstrook of loonjournaal" for a message."""
    names = [str(EVIDENCE_KINDS[k]) for k in kinds if k in EVIDENCE_KINDS]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " en " + names[-1]


# The two free texts of issue 18 in a client's inzage (app.services.data_export), as JSON keys
# and as words in the PDF.
REASON_TEXTS = {
    "evidence_later_reason": "bewijs volgt later",
    "override_reason": "goedgekeurd zonder verplicht bewijs",
}


def export_reasons(activity: SroiActivity) -> dict[str, str]:
    return {key: getattr(activity, key) or "" for key in REASON_TEXTS}


def export_text(exported: dict) -> str:
    """ "; bewijs volgt later: …" for the reasons an exported activity holds."""
    return "".join(
        f"; {text}: {exported[k]}" for k, text in REASON_TEXTS.items() if exported.get(k)
    )
