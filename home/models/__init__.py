"""The public site's models, one idea per module."""

from .images import SiteImage, SiteRendition
from .news import NewsIndexPage, NewsPage, NewsPageTag
from .pages import HomePage, StandardPage
from .search import SearchDocument
from .site_settings import ContactSettings, FooterSettings

__all__ = [
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
