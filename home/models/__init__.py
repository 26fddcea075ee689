"""The public site's models, one idea per module."""

from .background import Heartbeat, JobRun
from .images import SiteImage, SiteRendition
from .news import NewsIndexPage, NewsPage, NewsPageTag
from .pages import HomePage, StandardPage
from .site_settings import ContactSettings, ContactTranslation, FooterSettings
from .topics import TopicTranslation
from .two_factor import RecoveryCode, RecoveryCodeDevice

__all__ = [
    "ContactSettings",
    "ContactTranslation",
    "FooterSettings",
    "Heartbeat",
    "HomePage",
    "JobRun",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "RecoveryCode",
    "RecoveryCodeDevice",
    "SiteImage",
    "SiteRendition",
    "StandardPage",
    "TopicTranslation",
]
