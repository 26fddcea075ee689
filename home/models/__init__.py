"""The public site's models, one idea per module."""

from .background import Heartbeat, JobRun
from .images import ImageAltText, SiteImage, SiteRendition
from .legal import AccessibilityStatementPage, ImprintPage, ImprintSettings, PrivacyPage
from .news import NewsIndexPage, NewsPage, NewsPageTag
from .pages import HomePage, StandardPage
from .prepared import PreparedDownload
from .search import SearchDocument
from .site_settings import ContactSettings, ContactTranslation, FooterSettings
from .topics import TopicTranslation
from .two_factor import RecoveryCode, RecoveryCodeDevice

__all__ = [
    "AccessibilityStatementPage",
    "ImprintPage",
    "ImprintSettings",
    "PrivacyPage",
    "ContactSettings",
    "ContactTranslation",
    "FooterSettings",
    "Heartbeat",
    "ImageAltText",
    "HomePage",
    "JobRun",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "PreparedDownload",
    "RecoveryCode",
    "RecoveryCodeDevice",
    "SearchDocument",
    "SiteImage",
    "SiteRendition",
    "StandardPage",
    "TopicTranslation",
]
