"""All models, importable from one place: `from app.models import Client`."""

from .jobs import JobLock, JobRun
from .organisation import (
    Invitation,
    Organisation,
    OutboxMail,
    PasswordReset,
    RecoveryCode,
    User,
)
from .people import Client, ClientOccupation, Employer, Proposal, Vacancy
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
from .reference import AuditEntry, AuditSubject, MinimumWage, Occupation, PostcodeArea
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
    "JobLock",
    "JobRun",
    "MinimumWage",
    "Occupation",
    "Organisation",
    "OutboxMail",
    "PasswordReset",
    "Placement",
    "PlacementHours",
    "PostcodeArea",
    "Proposal",
    "RecoveryCode",
    "SroiActivity",
    "User",
    "Vacancy",
]
