"""The public site's models, one idea per module."""

from .background import Heartbeat, JobRun
from .images import SiteImage, SiteRendition
from .news import NewsIndexPage, NewsPage, NewsPageTag
from .pages import HomePage, StandardPage
from .site_settings import ContactSettings, FooterSettings
from .two_factor import RecoveryCode, RecoveryCodeDevice

__all__ = [
    "ContactSettings",
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
]
