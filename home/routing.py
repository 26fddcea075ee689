"""Page models reach the code above them through a hook, never through an import.

Wagtail asks a page model to answer its routes (`RoutablePageMixin`), build its context and list
its sitemap entries, but the code that does it is view code: it reads selectors and calls
services, and those import the models. So that imports point one way only (views, selectors and
services import the models; the models import none of them), a page names the view it needs and
each app registers its page views in its `wagtail_hooks.py`, the way a higher app reaches a lower
one in this project:

    @hooks.register("register_page_views")
    def page_views():
        return {"events.calendar_list": views.calendar_list, ...}

and the model calls `page_view("events.calendar_list")(request, page=self, past=False)`.
"""

import functools

from wagtail import hooks


@functools.cache
def _page_views() -> dict:
    # Hooks are registered once, when Wagtail first looks them up; every page request asks.
    views: dict = {}
    for hook in hooks.get_hooks("register_page_views"):
        for name, view in hook().items():
            views.setdefault(name, view)
    return views


def page_view(name: str):
    """The callable registered as `name` ("<app>.<function>") through `register_page_views`."""
    try:
        return _page_views()[name]
    except KeyError:
        raise LookupError(
            f"No page view is registered as {name!r} (hook 'register_page_views')."
        ) from None
