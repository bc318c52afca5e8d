"""All models, importable from one place: `from app.models import Client`."""

from .client_path import (
    ClientContact,
    ClientDocument,
    ClientPlan,
    ClientProvision,
    ClientStatusChange,
    ClientTask,
    MonitorNote,
    PlanAction,
    ShelteredWorkTarget,
)
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
from .reference import AuditEntry, AuditSubject, MinimumWage, Occupation, PostcodeArea
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
    "ClientContact",
    "ClientDocument",
    "ClientOccupation",
    "ClientPlan",
    "ClientProvision",
    "ClientStatusChange",
    "ClientTask",
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
    "MonitorNote",
    "Occupation",
    "Organisation",
    "OutboxMail",
    "PlanAction",
    "Placement",
    "PlacementHours",
    "PostcodeArea",
    "Proposal",
    "RecoveryCode",
    "ShelteredWorkTarget",
    "SroiActivity",
    "User",
    "Vacancy",
]
