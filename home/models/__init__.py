"""The public site's models, one idea per module."""

from .images import SiteImage, SiteRendition
from .legal import AccessibilityStatementPage, ImprintPage, ImprintSettings, PrivacyPage
from .news import NewsIndexPage, NewsPage, NewsPageTag
from .pages import HomePage, StandardPage
from .search import SearchDocument
from .site_settings import ContactSettings, FooterSettings

__all__ = [
    "AccessibilityStatementPage",
    "ImprintPage",
    "ImprintSettings",
    "PrivacyPage",
    "ContactSettings",
    "FooterSettings",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "SearchDocument",
    "SiteImage",
    "SiteRendition",
    "StandardPage",
]
