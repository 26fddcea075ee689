"""Signal receivers of the public site: locales follow settings.LANGUAGES after every migrate,
the anonymous page cache is purged whenever what the public sees may have changed, and the
public search's index follows every page."""

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from taggit.models import Tag
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .front_cache import ban_after_commit
from .models import ContactTranslation, ImageAltText, SearchDocument, TopicTranslation
from .page_cache import purge
from .search_sources import PAGE_SOURCE, reindex_all, source_forget, source_reindex


def ensure_locales(**kwargs) -> None:
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def purge_after_commit(**kwargs) -> None:
    """Purge now and again once the change is committed: a request served between the two
    (still seeing the old rows) would otherwise keep old content under the new generation."""
    purge()
    transaction.on_commit(purge)
    ban_after_commit()


def _purge_for_page_created_live(sender, instance=None, created=False, **kwargs) -> None:
    # Pages made live without a publish (imports, fixtures, code) appear in lists too.
    if created and instance is not None and instance.live:
        purge_after_commit()


def _purge_unless_created_empty(sender, created=False, **kwargs) -> None:
    # A settings row created empty on its first read changes nothing that visitors see.
    if not created:
        purge_after_commit()


def connect_page_cache_purge() -> None:
    page_published.connect(purge_after_commit, dispatch_uid="page_cache_published")
    page_unpublished.connect(purge_after_commit, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(purge_after_commit, dispatch_uid="page_cache_moved")

    # Who may see pages, and what pages show besides their own fields.
    translations = [TopicTranslation, ContactTranslation, ImageAltText]
    for model in [PageViewRestriction, Site, Locale, Tag, get_image_model(), *translations]:
        uid = f"page_cache_{model._meta.label_lower}"
        post_save.connect(purge_after_commit, sender=model, dispatch_uid=f"{uid}_saved")
        post_delete.connect(purge_after_commit, sender=model, dispatch_uid=f"{uid}_deleted")
    # Deleted pages and pages created live (saving a draft changes nothing public, and
    # publishing is signalled above).
    for model in apps.get_models():
        if issubclass(model, Page):
            uid = f"page_cache_{model._meta.label_lower}"
            post_delete.connect(purge_after_commit, sender=model, dispatch_uid=f"{uid}_deleted")
            post_save.connect(
                _purge_for_page_created_live, sender=model, dispatch_uid=f"{uid}_created"
            )
    m2m_changed.connect(
        purge_after_commit,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="page_cache_restriction_groups",
    )

    for model in apps.get_models():
        if issubclass(model, BaseSiteSetting):
            post_save.connect(
                _purge_unless_created_empty,
                sender=model,
                dispatch_uid=f"page_cache_{model._meta.label_lower}_settings",
            )


def _page_reindex(sender, instance, raw=False, **kwargs) -> None:
    # Fixture loading (raw) writes rows as they were; their documents come with them. The
    # row, not the instance: a saved revision's instance carries draft content that the page
    # does not show yet, and must not be found by.
    if not raw:
        page = Page.objects.filter(pk=instance.pk).first()
        if page is not None:
            source_reindex(PAGE_SOURCE, page)


def _page_forget(sender, instance, **kwargs) -> None:
    source_forget(PAGE_SOURCE, instance.pk)


def connect_search_index() -> None:
    """Every saved page is indexed again for the public search, every deleted one forgotten.
    Whether it is live and public is asked when someone searches, so publishing, unpublishing
    and privacy changes need nothing here."""
    for model in apps.get_models():
        if issubclass(model, Page):
            uid = f"search_index_{model._meta.label_lower}"
            post_save.connect(_page_reindex, sender=model, dispatch_uid=f"{uid}_saved")
            post_delete.connect(_page_forget, sender=model, dispatch_uid=f"{uid}_deleted")


def search_index_fill(**kwargs) -> None:
    """After a migrate, an empty index is filled (the first deploy with this index, or a database
    restored without it)."""
    if not SearchDocument.objects.exists() and Page.objects.filter(depth__gt=1).exists():
        reindex_all()
