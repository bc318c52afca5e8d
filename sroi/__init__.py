"""Werkbrug SROI engine: social-return obligations, wage subsidy, employer incentives, premiums.

A plain Python library (no Flask, no database, no clock): every function takes the date it
is about (`as_of` / `on`). Money is `Decimal`, rounded half-up to cents per activity; invalid
input raises `ValueError` (`sroi.SroiValueError`) with a Dutch message. See SPEC §4–5.

    import sroi
    cat = sroi.load_catalogue("utrecht-2023")
    c = sroi.Contract(value=Decimal("1200000"), sroi_percentage=Decimal("5"),
                      start=date(2026, 1, 1), end=date(2027, 12, 31))
    sroi.contract_status(cat, c, accepted=[...], pending=[], as_of=date(2026, 12, 31))
"""

from sroi.catalogue import (
    BENEFIT_LABELS,
    BENEFIT_TYPES,
    BENEFITS,
    UNIT_LABELS,
    UNITS,
    Block,
    Bonus,
    Catalogue,
    catalogue_from_dict,
    catalogue_presets,
    catalogue_to_dict,
    catalogue_to_toml,
    load_catalogue,
    parse_catalogue_toml,
)
from sroi.dates import add_months, add_years, days_inclusive, whole_months_between
from sroi.errors import CatalogueError, SroiValueError
from sroi.exit_premium import (
    EXIT_PREMIUM_PRESETS,
    LANSINGERLAND_EXIT_PREMIUM,
    WESTSTELLINGWERF_EXIT_PREMIUM,
    BenefitPeriod,
    ExitPremiumDecision,
    ExitPremiumScheme,
    WorkPeriod,
    decide_exit_premium,
    exit_premium_presets,
)
from sroi.followup import (
    DEFAULT_FOLLOW_UP_RULES,
    NEW_EMPLOYER_TARGET,
    FollowUpRule,
    FollowUpTask,
    count_new_employer_contacts,
    follow_up_schedule,
    is_new_employer_contact,
    new_employer_contacts,
)
from sroi.incentives import (
    INCENTIVE_PRESETS,
    INCENTIVE_STATE_LABELS,
    INCENTIVE_STATES,
    REASON_CODES,
    WERKGEVERSCHEQUE_ZUID_HOLLAND_CENTRAAL,
    WERKVOUCHER_WESTSTELLINGWERF,
    IncentiveDecision,
    IncentiveScheme,
    IncentiveTier,
    decide_incentive,
    incentive_presets,
    incentive_scheme,
)
from sroi.money import format_date, format_eur, format_number
from sroi.valuation import (
    STATE_LABELS,
    STATES,
    Activity,
    ActivityValuation,
    Contract,
    ContractStatus,
    contract_status,
    explain_activity,
    obligation,
    suggest_block,
    value_activity,
)
from sroi.wage import WageSubsidy, wage_subsidy

__all__ = [
    "BENEFITS",
    "BENEFIT_LABELS",
    "BENEFIT_TYPES",
    "DEFAULT_FOLLOW_UP_RULES",
    "EXIT_PREMIUM_PRESETS",
    "INCENTIVE_PRESETS",
    "INCENTIVE_STATES",
    "INCENTIVE_STATE_LABELS",
    "LANSINGERLAND_EXIT_PREMIUM",
    "NEW_EMPLOYER_TARGET",
    "STATES",
    "STATE_LABELS",
    "UNITS",
    "UNIT_LABELS",
    "WERKGEVERSCHEQUE_ZUID_HOLLAND_CENTRAAL",
    "WERKVOUCHER_WESTSTELLINGWERF",
    "WESTSTELLINGWERF_EXIT_PREMIUM",
    "Activity",
    "ActivityValuation",
    "BenefitPeriod",
    "Block",
    "Bonus",
    "Catalogue",
    "CatalogueError",
    "Contract",
    "ContractStatus",
    "ExitPremiumDecision",
    "ExitPremiumScheme",
    "FollowUpRule",
    "FollowUpTask",
    "IncentiveDecision",
    "REASON_CODES",
    "IncentiveScheme",
    "IncentiveTier",
    "SroiValueError",
    "WageSubsidy",
    "WorkPeriod",
    "add_months",
    "add_years",
    "catalogue_from_dict",
    "catalogue_presets",
    "catalogue_to_dict",
    "catalogue_to_toml",
    "contract_status",
    "count_new_employer_contacts",
    "days_inclusive",
    "decide_exit_premium",
    "decide_incentive",
    "exit_premium_presets",
    "explain_activity",
    "follow_up_schedule",
    "format_date",
    "format_eur",
    "format_number",
    "incentive_presets",
    "incentive_scheme",
    "is_new_employer_contact",
    "load_catalogue",
    "new_employer_contacts",
    "obligation",
    "parse_catalogue_toml",
    "suggest_block",
    "value_activity",
    "wage_subsidy",
    "whole_months_between",
]
