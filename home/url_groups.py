"""URL patterns nested under their first path segment, so that resolving passes them quickly.

The apps' views sit inside the language prefix before Wagtail's catch-all, so every page of
the site is first tried against each of them. Django tries a flat list one pattern at a time,
and on a miss also records every pattern it tried (for the debug 404 page): for some 70
patterns that was about 100 µs of every page request. Nested under their first segment
(`extranet/`, `konto/`, …), a page's path is turned away by one comparison per group.
Names, views and arguments stay the same, so `reverse()` gives the same addresses.
"""

from django.urls import include, path
from django.urls.resolvers import RoutePattern, URLPattern


def by_first_segment(patterns: list) -> list:
    """`patterns` (made with `path()`) regrouped: those that share a literal first segment
    become one `path("segment/", include([...]))`, in the place of the first of them; the
    others stay as they are, in their order."""
    groups: dict[str, list] = {}
    grouped: list = []
    for pattern in patterns:
        route = str(pattern.pattern)
        head, slash, rest = route.partition("/")
        literal = isinstance(pattern, URLPattern) and isinstance(pattern.pattern, RoutePattern)
        if not (literal and slash and head and "<" not in head):
            grouped.append(pattern)
            continue
        if head not in groups:
            groups[head] = []
            grouped.append(head)
        groups[head].append(path(rest, pattern.callback, pattern.default_args, name=pattern.name))
    return [
        path(f"{item}/", include(groups[item])) if isinstance(item, str) else item
        for item in grouped
    ]
