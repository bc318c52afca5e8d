"""What an employer may read about a candidate: the one rule for employer-facing texts.

An employer sees a proposed or placed candidate by pseudonym and profile (skills, wishes,
hours, distance band), and which schemes apply with their amounts. An employer never reads the
candidate's benefit type, a benefit date, a ladder step, a profile or an indication (WIA and
Wajong are health data, AVG art. 9; issue 12). The engines explain their decisions in full, for
the jobhunter; employer pages and the subsidy calculator show those explanations only through
this module:

- a reason about the person (`sroi.IncentiveDecision.reason_codes` "benefit", or an instrument
  of the calculator refused because of who the candidate is) becomes one neutral sentence: the
  scheme does not apply to this candidate, and the jobhunter explains;
- reasons about the job (hours, contract length, tiers and their dates, all derived from what
  the employer entered or agreed) are shown as they are.

The calculator takes a proposed candidate's situation on the day of the calculation, not on the
start date the employer types, so moving the start date cannot reveal when a benefit began or
ends (`app.services.subsidies.Profile.of_client`). The SROI block the engine would pick for a
candidate is the benefit in other words ("WIA", "Participatiewet, meer dan 2 jaar"), so the
supplier's activity form suggests none; the reviewer sees the engine's suggestion
(`app.services.activity_review.suggested_block`).
"""

from __future__ import annotations

from flask_babel import gettext as _

import sroi

# Reason codes of the SROI engine that are about the person rather than the job.
PERSONAL_REASONS = frozenset({"benefit"})


def not_for_this_candidate() -> str:
    """The neutral sentence for a scheme that does not apply because of who the candidate is."""
    return _("Niet van toepassing voor deze kandidaat. De jobhunter licht dit graag toe.")


def employer_reasons(decision: sroi.IncentiveDecision) -> tuple[str, ...]:
    """The engine's reasons as an employer may read them (personal ones made neutral)."""
    codes = decision.reason_codes or ("benefit",) * len(decision.reasons)  # unknown: personal
    shown: list[str] = []
    for code, reason in zip(codes, decision.reasons, strict=False):
        text = not_for_this_candidate() if code in PERSONAL_REASONS else reason
        if text not in shown:
            shown.append(text)
    return tuple(shown)
