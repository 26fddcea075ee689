"""The access matrix, from the outside: for each role, every extranet URL, profile edit URL,
private document URL and export URL, and the status it must get."""

import pytest
from django.test import Client
from wagtail.models import Locale, Page, PageViewRestriction

from members.forms import OrganisationProfileForm
from members.selectors import editable_fields

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "member_a", "contact_a", "contact_b", "manager", "editor"]
LOGIN = "login"  # a redirect to the login page

# Who gets what: everyone in the network reads the extranet; only the organisation's contact
# person and the network manager edit it; outsiders (anonymous, editors) get the login page.
NETWORK = {
    "anonymous": LOGIN,
    "member_a": 200,
    "contact_a": 200,
    "contact_b": 200,
    "manager": 200,
    "editor": LOGIN,
}
EDIT_A = {**NETWORK, "member_a": 403, "contact_b": 403}
MANAGER_ONLY = {**NETWORK, "member_a": 403, "contact_a": 403, "contact_b": 403}
OWN_ACCOUNT = dict.fromkeys(ROLES, 200) | {"anonymous": LOGIN}


def _urls(extranet) -> dict[str, dict]:
    arabic = Locale.objects.get(language_code="ar")
    a = "/de/extranet/organisation/verein-a"
    return {
        extranet.extranet.url: NETWORK,
        extranet.extranet.get_translation(arabic).url: NETWORK,
        extranet.minutes.url: NETWORK,
        extranet.minutes.get_translation(arabic).url: NETWORK,
        extranet.materials.url: NETWORK,
        extranet.document.url: NETWORK,
        "/de/extranet/mitglieder/": NETWORK,
        "/ar/extranet/mitglieder/": NETWORK,
        "/de/extranet/vorhaben/": NETWORK,
        f"{a}/": NETWORK,
        f"{a}/bearbeiten/": EDIT_A,
        "/ar/extranet/organisation/verein-a/bearbeiten/": EDIT_A,
        f"{a}/verlauf/": EDIT_A,
        f"{a}/mitglieder/": EDIT_A,
        f"{a}/export.json": EDIT_A,
        f"{a}/vorhaben/neu/": EDIT_A,
        f"{a}/kooperationen/neu/": EDIT_A,
        "/de/extranet/netzwerk/": MANAGER_ONLY,
        "/de/konto/": OWN_ACCOUNT,
        "/de/konto/meine-daten.json": OWN_ACCOUNT,
    }


def _client(cast, role: str) -> Client:
    client = Client()
    user = cast.by_role(role)
    if user is not None:
        client.force_login(user)
    return client


@pytest.mark.parametrize("role", ROLES)
def test_access_matrix(role, cast, extranet):
    client = _client(cast, role)
    wrong = []
    for url, expected_by_role in _urls(extranet).items():
        expected = expected_by_role[role]
        response = client.get(url)
        if expected == LOGIN:
            ok = response.status_code == 302 and "/konto/anmelden/" in response["Location"]
        else:
            ok = response.status_code == expected
        if not ok:
            wrong.append(f"{url}: expected {expected}, got {response.status_code}")
        if response.status_code == 200:
            cache_control = response.get("Cache-Control", "")
            if "no-store" not in cache_control or "private" not in cache_control:
                wrong.append(f"{url}: private response without no-store ({cache_control!r})")
    assert wrong == []


def test_contact_of_b_sees_network_fields_of_a_but_never_its_internal_fields(cast, extranet):
    client = _client(cast, "contact_b")

    page = client.get("/de/extranet/organisation/verein-a/").content.decode()

    assert "intern@verein-a.example.org" in page  # for members of the network
    assert "Ada Geheim" not in page  # board members: organisation-internal
    assert "Notiz nur fürs Netzwerkmanagement" not in page


def test_member_of_a_sees_its_internal_fields_and_manager_sees_notes(cast, extranet):
    member_page = _client(cast, "member_a").get("/de/extranet/organisation/verein-a/")
    manager_page = _client(cast, "manager").get("/de/extranet/organisation/verein-a/")

    assert "Ada Geheim" in member_page.content.decode()
    assert "Notiz nur fürs Netzwerkmanagement" not in member_page.content.decode()
    assert "Notiz nur fürs Netzwerkmanagement" in manager_page.content.decode()


def test_contact_of_b_cannot_change_a_whatever_it_posts(cast, extranet):
    client = _client(cast, "contact_b")
    before = cast.organisation_a.__class__.objects.get(pk=cast.organisation_a.pk)

    edit = client.post(
        "/de/extranet/organisation/verein-a/bearbeiten/",
        {"name": "Übernommen", "short_description": "gehackt", "kind": "other"},
    )
    invite = client.post(
        "/de/extranet/organisation/verein-a/mitglieder/",
        {"email": "x@example.org", "role": "member", "language": "de"},
    )
    confirm = client.post("/de/extranet/organisation/verein-a/bestaetigen/")
    membership = cast.member_a.memberships.get()
    remove = client.post(
        f"/de/extranet/organisation/verein-b/mitglieder/{membership.pk}/entfernen/"
    )

    assert (edit.status_code, invite.status_code, confirm.status_code) == (403, 403, 403)
    assert remove.status_code == 404  # A's membership is not found under B's address
    after = cast.organisation_a.__class__.objects.get(pk=cast.organisation_a.pk)
    assert (after.name, after.short_description, after.confirmed_at) == (
        before.name,
        before.short_description,
        before.confirmed_at,
    )
    assert cast.organisation_a.invitations.count() == 0
    assert cast.member_a.memberships.count() == 1


def test_contact_cannot_write_the_managers_notes_by_posting_them(cast, extranet):
    organisation = cast.organisation_a
    form = OrganisationProfileForm(
        instance=organisation, editable=editable_fields(cast.contact_a, organisation)
    )
    data = {
        name: field.widget.format_value(form[name].value()) or ""
        for name, field in form.fields.items()
        if not isinstance(form[name].value(), list)
    }
    data.update(
        {
            "name": organisation.name,
            "kind": organisation.kind,
            "is_listed": "on",
            "manager_notes": "vom Kontakt überschrieben",
            "offerings-TOTAL_FORMS": "0",
            "offerings-INITIAL_FORMS": "0",
        }
    )
    client = _client(cast, "contact_a")

    response = client.post("/de/extranet/organisation/verein-a/bearbeiten/", data)

    assert response.status_code == 302
    organisation.refresh_from_db()
    assert organisation.manager_notes == "Notiz nur fürs Netzwerkmanagement"


def test_private_pages_stay_out_of_every_public_listing(cast, extranet, client):
    sitemap = client.get("/sitemap.xml").content.decode()
    search = client.get("/de/suche/", {"q": "Geheimtreffen"}).content.decode()
    arabic_home = client.get("/ar/").content.decode()

    for text in (sitemap, search, arabic_home):
        assert "Protokoll Geheimtreffen" not in text
        assert "/extranet/" not in text
    assert "/verzeichnis/" in sitemap


def test_every_translation_of_the_extranet_is_restricted(cast, extranet):
    roots = Page.objects.filter(translation_key=extranet.extranet.translation_key)

    assert roots.count() == 6
    for root in roots:
        # wagtail-localize copies the source's restriction too; every one names the groups.
        restrictions = PageViewRestriction.objects.filter(page=root)
        assert restrictions.exists()
        for restriction in restrictions:
            assert restriction.restriction_type == PageViewRestriction.GROUPS
            assert restriction.groups.filter(name="Netzwerkmitglieder").exists()
    public_ids = set(Page.objects.public().values_list("pk", flat=True))
    for page in Page.objects.filter(translation_key=extranet.minutes.translation_key):
        assert page.pk not in public_ids


def test_private_document_is_not_a_public_media_file(cast, extranet, client):
    document = extranet.document

    direct = client.get(f"/media/{document.file.name}")

    assert direct.status_code == 404
