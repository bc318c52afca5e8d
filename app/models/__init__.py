"""All models, importable from one place: `from app.models import Client`."""

from .api import ApiToken
from .changes import RowDeletion
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
from .jobs import JobLock, JobRun
from .organisation import (
    Invitation,
    Organisation,
    OutboxMail,
    PasswordReset,
    RecoveryCode,
    User,
)
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
    RerankerModel,
    TitleCorrection,
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
from .sroi_process import EnforcementStep, SroiPlan, SroiPlanLine
from .sroi_status import ContractSroiStatus, SroiActivityValue

# The clients' stored dates follow their registrations and contacts (a flush listener).
from . import client_dates  # noqa: E402, F401  isort: skip

__all__ = [
    "ApiToken",
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
    "ContractSroiStatus",
    "Employer",
    "EmployerContact",
    "EmployerContactPerson",
    "EmployerFollowUp",
    "EnforcementStep",
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
    "LkvRate",
    "MinimumWage",
    "MonitorNote",
    "Occupation",
    "Organisation",
    "OutboxMail",
    "PlanAction",
    "PasswordReset",
    "Placement",
    "PlacementHours",
    "PostcodeArea",
    "Proposal",
    "RecoveryCode",
    "ShelteredWorkTarget",
    "RerankerModel",
    "RowDeletion",
    "ShortlistEntry",
    "SroiActivity",
    "SroiPlan",
    "SroiPlanLine",
    "SroiActivityValue",
    "TitleCorrection",
    "User",
    "Vacancy",
    "YouthMinimumWageRate",
]
