"""Which view restrictions apply to a page, without two queries on every page view.

Wagtail asks `page.get_view_restrictions()` before serving any page: one query for the
ancestors, one for their restrictions, although most pages have none. The paths of the
restricted pages are remembered until the next purge (saving or deleting a restriction, or
changing its groups, purges; see `home.signals`), so a page outside all of them gets an empty
answer at once. While any alias page exists, Wagtail's own lookup answers (an alias takes its
source page's restrictions, which a path does not show).
"""

from wagtail.models import Page, PageViewRestriction

from .page_cache import cached_until_publish


def _restricted() -> dict:
    return {
        "aliases": Page.objects.filter(alias_of__isnull=False).exists(),
        "paths": tuple(PageViewRestriction.objects.values_list("page__path", flat=True)),
    }


def is_restricted(path: str) -> bool:
    """Whether a page with this tree path lies in a restricted part of the site, as Wagtail's
    `PageQuerySet.public()` decides it, without its query and the conditions it builds."""
    known = cached_until_publish(None, "view-restrictions", _restricted)
    return any(path.startswith(restricted) for restricted in known["paths"])


def answer_unrestricted_pages_from_cache() -> None:
    """Wrap Wagtail's `Page.get_view_restrictions` (called from `HomeConfig.ready`)."""
    lookup = Page.get_view_restrictions
    # Evaluated once (an empty queryset asks nothing), so iterating it costs nothing either;
    # callers that chain onto it get a fresh clone.
    nothing = PageViewRestriction.objects.none()
    len(nothing)

    def get_view_restrictions(self):
        known = cached_until_publish(None, "view-restrictions", _restricted)
        if known["aliases"] or any(self.path.startswith(path) for path in known["paths"]):
            return lookup(self)
        return nothing

    Page.get_view_restrictions = get_view_restrictions
