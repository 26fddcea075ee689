"""The public site's models, one idea per module."""

from .images import SiteImage, SiteRendition
from .news import NewsIndexPage, NewsPage, NewsPageTag
from .pages import HomePage, StandardPage
from .site_settings import ContactSettings, ContactTranslation, FooterSettings
from .topics import TopicTranslation

__all__ = [
    "ContactSettings",
    "ContactTranslation",
    "FooterSettings",
    "HomePage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "SiteImage",
    "SiteRendition",
    "StandardPage",
    "TopicTranslation",
]
