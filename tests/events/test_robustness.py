"""Edge cases found in review: drafts and translations never loosen a members-only event, the
admin previews unsaved events, odd titles still make an offering, a lost confirmation e-mail can
be sent again, and a mail server's failure loses nothing."""

import pytest
from django.core import mail
from django.test import override_settings
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from events import services
from events.models import EventPage, Registration, RegistrationStatus
from tests.events.conftest import in_days, login

pytestmark = pytest.mark.django_db


def public_titles() -> set[str]:
    return set(Page.objects.live().public().type(EventPage).values_list("title", flat=True))


def test_a_draft_does_not_change_who_sees_the_live_event(publish_event):
    event = publish_event(title="Intern", members_only=True)
    assert "Intern" not in public_titles()

    event.members_only = False
    event.save_revision()  # a draft: not published

    assert "Intern" not in public_titles()
    event.get_latest_revision().publish()
    assert "Intern" in public_titles()


def test_translations_follow_the_original_into_members_only(client, publish_event, calendar):
    event = publish_event(title="Treffen", start=in_days(4), translate=True)
    english = event.get_translation(Locale.objects.get(language_code="en"))
    assert client.get(english.url).status_code == 200

    event.members_only = True
    event.save_revision().publish()  # only the German version is republished

    response = client.get(english.url)
    assert response.status_code == 302
    assert "Treffen [en]" not in response.content.decode()
    assert not any(title.startswith("Treffen") for title in public_titles())
    english_calendar = calendar.get_translation(english.locale)
    assert "Treffen [en]" not in client.get(english_calendar.url).content.decode()
    assert b"Treffen" not in client.get("/en/kalender.ics").content
    assert client.get(f"/en/kalender/veranstaltung-{english.pk}.ics").status_code == 404


def test_the_admin_previews_an_event_that_is_not_saved_yet(client, cast, calendar):
    cast.manager.is_superuser = True
    cast.manager.save()
    client.force_login(cast.manager)
    url = f"/admin/pages/add/events/eventpage/{calendar.pk}/preview/"
    data = nested_form_data(
        {
            "title": "Vorschau",
            "slug": "vorschau",
            "kind": "other",
            "start": "2030-01-10 10:00",
            "end": "2030-01-10 12:00",
            "description": rich_text("<p>Text</p>"),
            "capacity": "10",
            "registration_required": "on",
            "registration_questions": streamfield(
                [("food", {"question": "Essen", "help_text": "", "required": "on"})]
            ),
        }
    )

    posted = client.post(url, data)
    shown = client.get(url)

    assert posted.status_code == 200
    assert posted.json()["is_valid"] is True
    assert shown.status_code == 200
    assert "Vorschau" in shown.content.decode()


def test_an_offering_titled_only_with_emoji_still_gets_an_address(client, cast, calendar):
    login(client, cast.contact_a)
    response = client.post(
        "/de/extranet/veranstaltungen/angebot-einreichen/",
        {
            "organisation": cast.organisation_a.pk,
            "title": "🎉🎉",
            "start": "2030-05-04T15:00",
            "end": "2030-05-04T17:00",
            "teaser": "Ein Fest.",
            "venue_name": "Vereinsheim",
            "venue_address": "Marktstraße 1",
        },
    )
    assert response.status_code == 302
    assert EventPage.objects.get(title="🎉🎉").slug == "angebot"


def test_registering_again_before_confirming_resends_the_email(client, publish_event, committed):
    event = publish_event(capacity=5)
    data = {"name": "Leyla", "email": "leyla@example.org", "consent": "on"}
    with committed():
        client.post(f"{event.url}anmelden/", data)
    with committed():
        again = client.post(f"{event.url}anmelden/", data)
    with committed():
        client.post(f"{event.url}anmelden/", data)  # within ten minutes: no third e-mail

    assert again.status_code == 200
    assert Registration.objects.count() == 1
    assert [message.to for message in mail.outbox] == [["leyla@example.org"]] * 2


# Real commits: the confirmation mail is queued when the registration commits, before the page
# is drawn, as in production.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@override_settings(EMAIL_BACKEND="tests.events.failing_mail.EmailBackend")
def test_a_failing_mail_server_loses_no_registration(client, publish_event, committed):
    event = publish_event(capacity=5)
    with committed():
        response = client.post(
            f"{event.url}anmelden/",
            {"name": "Leyla", "email": "leyla@example.org", "consent": "on"},
        )
    # Saved, but the page does not claim a mail that never left.
    assert response.status_code == 503
    html = response.content.decode()
    assert "Wir haben eine E-Mail" not in html
    address = '<bdi dir="ltr">leyla@example.org</bdi>'
    assert f"Wir konnten die E-Mail an {address} gerade nicht senden" in html
    registration = Registration.objects.get()
    with committed():
        services.registration_confirm(registration=registration)
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.REGISTERED


def test_the_network_managers_own_registration_counts_for_no_organisation(
    client, cast, publish_event
):
    event = publish_event(capacity=5)
    login(client, cast.manager)
    response = client.post(f"{event.url}anmelden/", {"for_whom": "self", "organisation": ""})
    assert response.status_code == 302
    registration = Registration.objects.get()
    assert registration.user == cast.manager
    assert registration.organisation is None


def test_participant_list_only_as_csv_or_xlsx(client, cast, publish_event):
    event = publish_event()
    login(client, cast.manager)
    assert (
        client.get(f"/de/extranet/veranstaltungen/{event.pk}/teilnehmende.exe").status_code == 404
    )
