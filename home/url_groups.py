"""URL patterns nested under their first path segment, so that resolving passes them quickly.

The apps' views sit inside the language prefix before Wagtail's catch-all, so every page of
the site is first tried against each of them. Django tries a flat list one pattern at a time,
and on a miss also records every pattern it tried (for the debug 404 page): for some 70
patterns that was about 100 µs of every page request. Nested under their first segment
(`extranet/`, `konto/`, …), a page's path is turned away by one comparison per group.
Names, views and arguments stay the same, so `reverse()` gives the same addresses.
"""

from django.urls import include, path
from django.urls.resolvers import URLPattern


def by_first_segment(patterns: list) -> list:
    """`patterns` (made with `path()`) regrouped: those that share a literal first segment
    become one `path("segment/", include([...]))`, in the place of the first of them. Any other
    pattern (a converter or a translated text in its first segment, a regular expression, an
    include) stays where it is and closes the groups before it, since it may match the same
    addresses: a later pattern is never moved ahead of it, so the first match stays the same."""
    grouped: list = []
    open_groups: dict[str, list] = {}
    for pattern in patterns:
        route = getattr(pattern.pattern, "_route", None)
        head, slash, rest = route.partition("/") if isinstance(route, str) else ("", "", "")
        if not (isinstance(pattern, URLPattern) and slash and head and "<" not in head):
            grouped.append(pattern)
            open_groups = {}
            continue
        if head not in open_groups:
            open_groups[head] = []
            grouped.append((head, open_groups[head]))
        open_groups[head].append(
            path(rest, pattern.callback, pattern.default_args, name=pattern.name)
        )
    return [
        path(f"{item[0]}/", include(item[1])) if isinstance(item, tuple) else item
        for item in grouped
    ]
