"""The proposals' journey in a real Chromium on a phone: a member proposes a topic in Turkish,
a member of another organisation supports it, the network manager answers it; every page is
accessible, none scrolls sideways at 320 px, and the proposal keeps its language on the German
page. The date poll and a working group's page are looked at in Arabic on the way."""

import pytest

from participation.factories import date_poll_create
from participation.models import Proposal, ProposalStatus, WorkingGroup
from tests.accessibility import assert_accessible

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _submit(page, selector: str) -> None:
    with page.expect_navigation():
        page.locator(selector).click()


def _follow(page, link: str) -> None:
    """Click a link and wait for the page it leads to: measuring in between met a document
    that was not there yet (seen in CI)."""
    with page.expect_navigation():
        page.get_by_role("link", name=link).click()


def _log_in(page, live_server, username: str) -> None:
    page.context.clear_cookies()
    page.goto(f"{live_server.url}/de/konto/anmelden/")
    page.fill("#id_username", username)
    page.fill("#id_password", "a-long-test-password-1")
    _submit(page, "main form.form button[type=submit]")


def _fits(page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert_accessible(page)


def test_a_member_proposes_another_organisation_supports_and_the_manager_answers(
    live_server, cast, proposals, phone
):
    phone.set_viewport_size({"width": 320, "height": 740})  # the narrowest phone we support
    _log_in(phone, live_server, "member-a")
    phone.goto(f"{live_server.url}/de/extranet/beteiligung/")
    _fits(phone)
    _follow(phone, "Modul 1: Ihre Themen")
    _follow(phone, "Vorschlag machen")
    _fits(phone)
    phone.fill("#id_title", "Belediye bütçesi nasıl işler?")
    phone.fill("#id_text", "Bütçe sürecini birlikte öğrenmek istiyoruz.")
    phone.select_option("#id_language", "tr")
    _submit(phone, "main form.form button[type=submit]")

    proposal = Proposal.objects.get(title="Belediye bütçesi nasıl işler?")
    assert phone.locator("article.proposal").get_attribute("lang") == "tr"
    _fits(phone)

    _log_in(phone, live_server, "contact-b")
    phone.goto(f"{live_server.url}/de/extranet/vorschlaege/{proposal.pk}/")
    _submit(phone, "text=Diesen Vorschlag unterstützen")
    assert "Danke für Ihre Unterstützung" in phone.locator(".messages").inner_text()
    assert "Verein B e.V." in phone.locator("#support-heading + p").inner_text()
    _fits(phone)

    _log_in(phone, live_server, "manager")
    phone.goto(f"{live_server.url}/de/extranet/vorschlaege/{proposal.pk}/")
    phone.get_by_text("Diesen Vorschlag beantworten").click()
    phone.select_option("#id_status", "planned")
    phone.fill("#id_reason", "Wir nehmen das in den zweiten Termin auf.")
    _submit(phone, "text=Antwort speichern und Vorschlagende·n informieren")

    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.PLANNED
    assert "Wir nehmen das in den zweiten Termin auf." in phone.locator("main").inner_text()
    _fits(phone)

    # The date poll and a working group fit too, in Arabic.
    poll = date_poll_create(days=(14, 21, 28))
    group = WorkingGroup.objects.create(name="AG Bildung", slug="ag-bildung")
    group.organisations.set([cast.organisation_a, cast.organisation_b])
    group.save()
    for url in (
        f"/ar/extranet/terminfindung/{poll.pk}/",
        "/ar/extranet/arbeitsgruppen/ag-bildung/",
    ):
        phone.goto(live_server.url + url)
        assert phone.locator("html").get_attribute("dir") == "rtl"
        _fits(phone)
