"""Extranet journeys in a real Chromium: a contact person joins by invitation in Arabic, writes
the organisation's Arabic text and finds it in the public directory; a form with mistakes says
so, points at the fields, and saves nothing."""

import re

import pytest
from wagtail.models import Locale

from members import services
from members.models import Organisation
from tests.accessibility import assert_accessible

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

STRONG_PASSWORD = "Sonnenblumen-am-Kanal-2026!"
ARABIC_SENTENCE = "جمعية ثقافية تجمع الجيران في حي شتيركراده."
GERMAN_SENTENCE = "Ein Kulturverein, der Nachbarn in Sterkrade zusammenbringt."


ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")


def _assert_arabic_rtl(page, *, heading_in_arabic: bool = False) -> None:
    """The page is marked Arabic and right-to-left; where its main heading is the interface's
    own text (not a page title or a name), that heading is in Arabic script."""
    html = page.locator("html")
    assert html.get_attribute("lang") == "ar"
    assert html.get_attribute("dir") == "rtl"
    if heading_in_arabic:
        assert ARABIC_SCRIPT.search(page.locator("main h1").inner_text())


def _submit(page, form_selector: str) -> None:
    with page.expect_navigation():
        page.locator(f"{form_selector} button.button[type=submit]").click()


def test_contact_accepts_invitation_edits_profile_in_arabic_and_sees_it_in_the_directory(
    live_server, extranet, cast, phone
):
    invitation = services.invitation_create(
        by=cast.manager,
        organisation=cast.organisation_a,
        email="neu@example.org",
        role="contact",
        language="ar",
        base_url=live_server.url,
    )

    # The invitation link, in Arabic: create the account.
    response = phone.goto(f"{live_server.url}/ar/konto/einladung/{invitation.token}/")
    assert response.status == 200
    _assert_arabic_rtl(phone, heading_in_arabic=True)
    assert "Verein A e.V." in phone.locator("h1").inner_text()
    assert_accessible(phone)
    phone.fill("#id_first_name", "Samira")
    phone.fill("#id_last_name", "Haddad")
    phone.fill("#id_password1", STRONG_PASSWORD)
    phone.fill("#id_password2", STRONG_PASSWORD)
    _submit(phone, "main form.form")

    # Logged in, in the Arabic extranet.
    arabic = Locale.objects.get(language_code="ar")
    extranet_url = extranet.extranet.get_translation(arabic).url
    assert phone.url == live_server.url + extranet_url
    _assert_arabic_rtl(phone)
    assert phone.locator(".messages[role=status]").is_visible()
    assert "Verein A e.V." in phone.locator(".messages").inner_text()
    assert ARABIC_SCRIPT.search(phone.locator(".messages").inner_text())
    assert_accessible(phone)

    # The profile form: the Arabic short description, and the German one too.
    response = phone.goto(f"{live_server.url}/ar/extranet/organisation/verein-a/bearbeiten/")
    assert response.status == 200
    _assert_arabic_rtl(phone, heading_in_arabic=True)
    arabic_field = phone.locator("#id_short_description_ar")
    assert arabic_field.get_attribute("lang") == "ar"
    details = phone.locator("details", has=arabic_field)
    if details.get_attribute("open") is None:
        details.locator("summary").click()
    assert arabic_field.is_visible()
    assert_accessible(phone)
    arabic_field.fill(ARABIC_SENTENCE)
    phone.fill("#id_short_description", GERMAN_SENTENCE)
    _submit(phone, "form.profile-form")

    assert phone.url == f"{live_server.url}/ar/extranet/organisation/verein-a/"
    _assert_arabic_rtl(phone)
    assert phone.locator(".message--success").count() == 1
    organisation = Organisation.objects.get(slug="verein-a")
    assert organisation.short_description == GERMAN_SENTENCE
    assert organisation.translations.get(language_code="ar").short_description == ARABIC_SENTENCE

    # The extranet's member directory.
    response = phone.goto(f"{live_server.url}/ar/extranet/mitglieder/")
    assert response.status == 200
    _assert_arabic_rtl(phone, heading_in_arabic=True)
    assert "Samira Haddad" in phone.locator("table").inner_text()
    assert_accessible(phone)

    # The public directory in Arabic shows the Arabic text, not the German one.
    directory_url = extranet.directory.get_translation(arabic).url
    response = phone.goto(live_server.url + directory_url)
    assert response.status == 200
    _assert_arabic_rtl(phone)
    card = phone.locator(".org-card", has=phone.get_by_role("link", name="Verein A e.V."))
    assert ARABIC_SENTENCE in card.inner_text()
    assert GERMAN_SENTENCE not in card.inner_text()
    assert_accessible(phone)

    response = phone.goto(f"{live_server.url}{directory_url}verein-a/")
    assert response.status == 200
    _assert_arabic_rtl(phone)
    assert phone.locator("h1").inner_text() == "Verein A e.V."
    assert phone.locator(".org-profile .lead").inner_text() == ARABIC_SENTENCE


def test_profile_form_errors_are_announced_and_linked(live_server, extranet, cast, desktop):
    before = Organisation.objects.get(slug="verein-a")

    desktop.goto(f"{live_server.url}/de/konto/anmelden/")
    desktop.fill("#id_username", "contact-a")
    desktop.fill("#id_password", "a-long-test-password-1")
    _submit(desktop, "main form.form")
    assert desktop.url == live_server.url + extranet.extranet.url

    response = desktop.goto(f"{live_server.url}/de/extranet/organisation/verein-a/bearbeiten/")
    assert response.status == 200
    desktop.fill("#id_short_description", "Das darf nicht gespeichert werden.")
    desktop.fill("#id_public_email", "keine-adresse")
    desktop.fill("#id_founding_year", "3000")
    with desktop.expect_navigation() as navigation:
        desktop.locator("form.profile-form button.button[type=submit]").click()

    assert navigation.value.status == 400
    assert desktop.locator("html").get_attribute("lang") == "de"
    summary = desktop.locator(".error-summary[role=alert]")
    assert summary.is_visible()
    hrefs = summary.locator("a").evaluate_all(
        "links => links.map(link => link.getAttribute('href'))"
    )
    assert sorted(hrefs) == ["#id_founding_year", "#id_public_email"]
    for href in hrefs:
        field = desktop.locator(href)
        assert field.count() == 1
        assert field.get_attribute("aria-invalid") == "true"
    # Following a link in the summary takes the keyboard user to the field.
    summary.locator('a[href="#id_public_email"]').click()
    assert desktop.evaluate("document.activeElement.id") == "id_public_email"
    # The page speaks German: the errors and the summary's heading.
    summary_text = summary.inner_text()
    assert "gültige E-Mail-Adresse" in summary_text
    assert re.search(r"kleiner (als )?oder gleich 2100", summary_text)
    assert "Bitte prüfen" in summary.locator("h2").inner_text()
    assert "Gründungsjahr" in summary_text
    assert "bearbeiten" in desktop.locator("h1").inner_text()
    # What was entered is still there to correct.
    assert desktop.input_value("#id_public_email") == "keine-adresse"
    assert desktop.input_value("#id_founding_year") == "3000"
    assert_accessible(desktop)

    after = Organisation.objects.get(slug="verein-a")
    assert after.short_description == before.short_description
    assert after.public_email == before.public_email
    assert after.founding_year == before.founding_year
    assert after.confirmed_at == before.confirmed_at
