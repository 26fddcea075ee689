"""The network's models, one idea per module."""

from .accounts import Invitation, Membership, Role
from .cooperation import Cooperation, JointInitiative, LocalInstitution, Status
from .history import ProfileChange
from .organisations import (
    VISIBILITY,
    Organisation,
    OrganisationTranslation,
    RegularOffering,
    Visibility,
)
from .pages import (
    DirectoryPage,
    ExtranetPage,
    MaterialsIndexPage,
    MinutesAttachment,
    MinutesIndexPage,
    MinutesPage,
    ModuleDocument,
    ModuleMaterialsPage,
)
from .phases import ProjectPhase, ProjectPhaseTranslation
from .vocabularies import District, FieldOfCooperation, SpokenLanguage, TargetGroup

__all__ = [
    "VISIBILITY",
    "Cooperation",
    "DirectoryPage",
    "District",
    "ExtranetPage",
    "FieldOfCooperation",
    "Invitation",
    "JointInitiative",
    "LocalInstitution",
    "MaterialsIndexPage",
    "Membership",
    "MinutesAttachment",
    "MinutesIndexPage",
    "MinutesPage",
    "ModuleDocument",
    "ModuleMaterialsPage",
    "Organisation",
    "OrganisationTranslation",
    "ProfileChange",
    "ProjectPhase",
    "ProjectPhaseTranslation",
    "RegularOffering",
    "Role",
    "SpokenLanguage",
    "Status",
    "TargetGroup",
    "Visibility",
]
