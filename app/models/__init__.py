"""All models, importable from one place: `from app.models import Client`."""

from .organisation import Invitation, Organisation, OutboxMail, RecoveryCode, User
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
from .reference import (
    AuditEntry,
    AuditSubject,
    MinimumWage,
    Occupation,
    PostcodeArea,
    RerankerModel,
    TitleCorrection,
)
from .relations import Campaign, CampaignActivity, EmployerContact
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
    "EvidenceFile",
    "ExitPremium",
    "ExitPremiumScheme",
    "FollowUp",
    "IncentiveAward",
    "IncentiveScheme",
    "IncentiveTier",
    "Invitation",
    "MinimumWage",
    "Occupation",
    "Organisation",
    "OutboxMail",
    "Placement",
    "PlacementHours",
    "PostcodeArea",
    "Proposal",
    "RecoveryCode",
    "RerankerModel",
    "SroiActivity",
    "TitleCorrection",
    "User",
    "Vacancy",
]
