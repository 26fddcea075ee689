"""The public directory: listed organisations only, public fields only, filters that combine,
a profile page per organisation in every language."""

import pytest
from wagtail.models import Locale

from home.factories import SiteImageFactory
from home.models import ImageAltText
from members.factories import OrganisationFactory
from members.models import District, FieldOfCooperation, OrganisationTranslation, SpokenLanguage
from tests.html import soup as parse

pytestmark = pytest.mark.django_db


@pytest.fixture
def directory_data(cast, extranet):
    """A: education, Turkish, Sterkrade (from the cast); C: education, Arabic, Osterfeld;
    D: sport, Turkish, Sterkrade; E: unlisted, with everything A has."""
    locale = Locale.get_default()
    education = FieldOfCooperation.objects.get(slug="bildung")
    sport = FieldOfCooperation.objects.create(locale=locale, slug="sport", name="Sport")
    sterkrade = District.objects.get(slug="sterkrade")
    osterfeld = District.objects.create(slug="osterfeld", name="Osterfeld")
    turkish = SpokenLanguage.objects.get(code="tr")
    arabic = SpokenLanguage.objects.create(code="ar", name="العربية")
    for name, field, language, district, listed in (
        ("Verein C", education, arabic, osterfeld, True),
        ("Verein D", sport, turkish, sterkrade, True),
        ("Verein E", education, turkish, sterkrade, False),
    ):
        organisation = OrganisationFactory(name=name, district=district, is_listed=listed)
        organisation.fields_of_cooperation.set([field])
        organisation.languages.set([language])
        organisation.save()
    return extranet.directory


def _names(response) -> list[str]:
    return [a.text for a in parse(response.content).select(".org-card__title a")]


def test_directory_lists_only_listed_organisations(client, directory_data):
    names = _names(client.get("/de/verzeichnis/"))

    assert names == ["Verein A e.V.", "Verein B e.V.", "Verein C", "Verein D"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"field": "bildung"}, ["Verein A e.V.", "Verein C"]),
        ({"language": "tr"}, ["Verein A e.V.", "Verein D"]),
        ({"field": "bildung", "language": "tr"}, ["Verein A e.V."]),
        ({"field": "bildung", "district": "osterfeld"}, ["Verein C"]),
        ({"language": "tr", "district": "sterkrade"}, ["Verein A e.V.", "Verein D"]),
        ({"field": "sport", "language": "ar"}, []),
        ({"q": "verein c"}, ["Verein C"]),
        ({"q": "Verein", "field": "sport"}, ["Verein D"]),
    ],
)
def test_filters_combine(client, directory_data, query, expected):
    response = client.get("/de/verzeichnis/", query)

    assert response.status_code == 200
    assert _names(response) == expected


def test_unknown_filter_value_is_a_clear_400(client, directory_data):
    response = client.get("/en/verzeichnis/", {"field": "nonsense"})

    assert response.status_code == 400
    assert "One of the filters has a value we do not know" in response.content.decode()


def test_profile_shows_public_fields_only(client, directory_data, cast):
    organisation = cast.organisation_a
    organisation.public_email = "info@verein-a.example.org"
    organisation.description = "Wir machen <script>alert('x')</script> Hausaufgabenhilfe."
    organisation.save()

    response = client.get("/de/verzeichnis/verein-a/")
    html = response.content.decode()

    assert response.status_code == 200
    assert "info@verein-a.example.org" in html
    for internal in ("intern@verein-a.example.org", "Ada Geheim", "Notiz nur fürs"):
        assert internal not in html
    # Text is shown as text, never run.
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html


def test_unlisted_organisation_has_no_public_profile(client, directory_data):
    assert client.get("/de/verzeichnis/verein-e/").status_code == 404


def test_profile_prefers_the_visitors_language_and_marks_a_german_fallback(
    client, directory_data, cast
):
    OrganisationTranslation.objects.create(
        organisation=cast.organisation_a, language_code="ar", short_description="جمعية للجميع"
    )
    cast.organisation_a.short_description = "Ein Verein für alle."
    cast.organisation_a.save()

    arabic = parse(client.get("/ar/verzeichnis/verein-a/").content)
    french = parse(client.get("/fr/verzeichnis/verein-a/").content)

    assert arabic.select_one(".lead").text == "جمعية للجميع"
    assert arabic.select_one("html")["dir"] == "rtl"
    fallback = french.select_one(".lead")
    assert fallback.text == "Ein Verein für alle."
    assert fallback["lang"] == "de"
    # Each language's profile links to the same organisation in the other languages.
    alternates = {link["hreflang"]: link["href"] for link in french.select('link[rel="alternate"]')}
    assert alternates["ar"].endswith("/ar/verzeichnis/verein-a/")


def test_a_profile_translated_in_part_falls_back_field_by_field(client, directory_data, cast):
    OrganisationTranslation.objects.create(
        organisation=cast.organisation_a, language_code="tr", short_description="Herkes için."
    )
    cast.organisation_a.short_description = "Ein Verein für alle."
    cast.organisation_a.description = "Wir treffen uns jeden Freitag."
    cast.organisation_a.save()

    turkish = parse(client.get("/tr/verzeichnis/verein-a/").content)
    arabic = parse(client.get("/ar/verzeichnis/verein-a/").content)

    # The Turkish short description does not hide the German long one.
    assert turkish.select_one(".lead").text == "Herkes için."
    assert turkish.select_one(".lead").get("lang") is None
    long_text = turkish.select_one(".org-profile__text")
    assert "Wir treffen uns jeden Freitag." in long_text.text
    assert (long_text["lang"], long_text["dir"]) == ("de", "ltr")
    # On a right-to-left page the German fallback reads left to right.
    assert (arabic.select_one(".lead")["lang"], arabic.select_one(".lead")["dir"]) == ("de", "ltr")


def test_directory_profiles_are_in_the_sitemap(client, directory_data):
    sitemap = client.get("/sitemap.xml").content.decode()

    assert "/de/verzeichnis/verein-a/" in sitemap
    assert "verein-e" not in sitemap


def test_the_logo_of_a_profile_has_its_alternative_text_per_language(client, directory_data, cast):
    organisation = cast.organisation_a
    organisation.logo = SiteImageFactory(description="Logo des Vereins A")
    organisation.save()
    ImageAltText.objects.create(image=organisation.logo, language_code="ar", text="شعار الجمعية")

    def logo(language):
        url = f"/{language}/verzeichnis/{organisation.slug}/"
        return parse(client.get(url).content).select_one(".org-profile__logo")

    arabic, russian = logo("ar"), logo("ru")
    assert (arabic["alt"], arabic.get("lang")) == ("شعار الجمعية", None)
    assert (russian["alt"], russian["lang"]) == ("Logo des Vereins A", "de")
