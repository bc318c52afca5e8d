"""All models, importable from one place: `from app.models import Client`."""

from .organisation import Invitation, Organisation, OutboxMail, RecoveryCode, User
from .people import Client, ClientOccupation, Employer, Proposal, ShortlistEntry, Vacancy
from .placement import (
    ExitPremium,
    ExitPremiumScheme,
    FollowUp,
    IncentiveAward,
    IncentiveScheme,
    IncentiveTier,
    Placement,
    PlacementHours,
)
from .reference import (
    AuditEntry,
    AuditSubject,
    LkvRate,
    MinimumWage,
    Occupation,
    PostcodeArea,
    YouthMinimumWageRate,
)
from .relations import (
    Campaign,
    CampaignActivity,
    EmployerContact,
    EmployerContactPerson,
    EmployerFollowUp,
)
from .sroi import (
    Catalogue,
    CatalogueBlock,
    CatalogueBonus,
    Contract,
    EvidenceFile,
    SroiActivity,
)

__all__ = [
    "AuditEntry",
    "AuditSubject",
    "Campaign",
    "CampaignActivity",
    "Catalogue",
    "CatalogueBlock",
    "CatalogueBonus",
    "Client",
    "ClientOccupation",
    "Contract",
    "Employer",
    "EmployerContact",
    "EmployerContactPerson",
    "EmployerFollowUp",
    "EvidenceFile",
    "ExitPremium",
    "ExitPremiumScheme",
    "FollowUp",
    "IncentiveAward",
    "IncentiveScheme",
    "IncentiveTier",
    "Invitation",
    "LkvRate",
    "MinimumWage",
    "Occupation",
    "Organisation",
    "OutboxMail",
    "Placement",
    "PlacementHours",
    "PostcodeArea",
    "Proposal",
    "RecoveryCode",
    "ShortlistEntry",
    "SroiActivity",
    "User",
    "Vacancy",
    "YouthMinimumWageRate",
]
