"""`home.url_groups`: the apps' URL patterns nested under their first segment resolve and
reverse exactly as the flat list did."""

import pytest
from django.urls import Resolver404, path
from django.urls.resolvers import RegexPattern, URLResolver
from django.utils.translation import gettext_lazy

from home.url_groups import by_first_segment


def account(request): ...


def password(request): ...


def organisation(request, slug, kind): ...


def feed(request): ...


def anything(request, slug): ...


FLAT = [
    path("konto/", account, name="account"),
    path("extranet/organisation/<slug:slug>/", organisation, {"kind": "x"}, name="org"),
    path("konto/passwort/", password, name="password"),
    path("kalender.ics", feed, name="feed"),
    path("<slug:slug>/mehr/", anything, name="anything"),
]
PATHS = [
    "/konto/",
    "/konto/passwort/",
    "/extranet/organisation/verein/",
    "/kalender.ics",
    "/verein/mehr/",
]


def resolver(patterns) -> URLResolver:
    return URLResolver(RegexPattern(r"^/"), patterns)


def test_the_groups_are_one_per_literal_first_segment_in_the_place_of_their_first_member():
    routes = [str(pattern.pattern) for pattern in by_first_segment(FLAT)]
    assert routes == ["konto/", "extranet/", "kalender.ics", "<slug:slug>/mehr/"]


def test_a_pattern_that_may_match_the_same_addresses_is_never_passed_by_a_later_one():
    """`<slug>/passwort/` matches /konto/passwort/ too; the flat list answers it with `anything`,
    so the later konto pattern must stay behind it."""
    flat = [
        path("konto/", account, name="account"),
        path("<slug:slug>/passwort/", anything, name="anything"),
        path("konto/passwort/", password, name="password"),
    ]
    grouped = by_first_segment(flat)

    assert [str(pattern.pattern) for pattern in grouped] == [
        "konto/",
        "<slug:slug>/passwort/",
        "konto/",
    ]
    assert resolver(grouped).resolve("/konto/passwort/").func is anything
    assert resolver(flat).resolve("/konto/passwort/").func is anything


def test_a_translated_route_is_left_as_it_is():
    translated = path(gettext_lazy("konto/anmelden/"), account, name="login")
    assert by_first_segment([translated]) == [translated]


@pytest.mark.parametrize("address", PATHS)
def test_every_address_reaches_the_same_view_with_the_same_arguments(address):
    flat, grouped = (
        resolver(FLAT).resolve(address),
        resolver(by_first_segment(FLAT)).resolve(address),
    )
    assert (grouped.func, grouped.kwargs, grouped.url_name) == (
        flat.func,
        flat.kwargs,
        flat.url_name,
    )


def test_every_name_reverses_to_the_same_address_and_an_unknown_address_is_still_refused():
    flat, grouped = resolver(FLAT), resolver(by_first_segment(FLAT))
    for name, kwargs in [
        ("account", {}),
        ("password", {}),
        ("org", {"slug": "verein"}),
        ("feed", {}),
        ("anything", {"slug": "verein"}),
    ]:
        assert grouped.reverse(name, **kwargs) == flat.reverse(name, **kwargs)
    with pytest.raises(Resolver404):
        grouped.resolve("/konto/unbekannt/")
