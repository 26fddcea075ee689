"""A member organisation's contact person proposes an offering from the extranet: told about
overlapping offerings before submitting, then the network manager approves it in Wagtail's
workflow before the public sees it."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Locale

from events.models import EventKind, EventPage
from members.models import District, TargetGroup
from tests.events.conftest import in_days, login
from tests.html import soup

pytestmark = pytest.mark.django_db

URL = "/de/extranet/veranstaltungen/angebot-einreichen/"


def offering(organisation, start: datetime.datetime, **changes) -> dict:
    local = timezone.localtime(start)
    data = {
        "organisation": organisation.pk,
        "title": "Elterncafé",
        "start": local.strftime("%Y-%m-%dT%H:%M"),
        "end": (local + datetime.timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M"),
        "teaser": "Eltern treffen sich.",
        "description": "Erster Absatz.\n\nZweiter <b>Absatz</b>.",
        "venue_name": "Gemeindehaus",
        "venue_address": "Marktstraße 1\n46045 Oberhausen",
        "district": District.objects.get(slug="sterkrade").pk,
        "target_group": TargetGroup.PARENTS,
        "registration_required": "",
        "capacity": "",
    }
    data.update(changes)
    return data


@pytest.fixture
def other_offering(cast, publish_event):
    """Organisation B's published offering for parents in Sterkrade, in 10 days 10:00–12:00."""
    return publish_event(
        title="Frühstück für Eltern",
        kind=EventKind.OFFERING,
        organiser=cast.organisation_b,
        district=District.objects.get(slug="sterkrade"),
        target_group=TargetGroup.PARENTS,
        start=in_days(10, hour=10),
        end=in_days(10, hour=12),
    )


def test_overlapping_offering_is_shown_before_submitting(client, cast, other_offering):
    login(client, cast.contact_a)
    data = offering(cast.organisation_a, in_days(10, hour=11))

    first = client.post(URL, data)

    assert first.status_code == 200
    notice = soup(first).select_one("#overlap-notice")
    assert notice is not None
    assert "Frühstück für Eltern" in notice.get_text()
    assert "Verein B e.V." in notice.get_text()
    assert not EventPage.objects.filter(title="Elterncafé").exists()
    # The form keeps everything and remembers the hint was seen.
    form = soup(first).select_one("form.form")
    assert form.select_one("input[name=title]")["value"] == "Elterncafé"
    assert form.select_one("input[name=overlap_seen]")["value"] in {"True", "on"}

    second = client.post(URL, {**data, "overlap_seen": "True"})

    assert second.status_code == 302
    created = EventPage.objects.get(title="Elterncafé")
    assert created.organiser == cast.organisation_a
    assert created.kind == EventKind.OFFERING
    assert (
        "<p>Zweiter &lt;b&gt;Absatz&lt;/b&gt;.</p>"
        in created.get_latest_revision_as_object().description
    )


@pytest.mark.parametrize(
    "changes",
    [
        {"start_hours": 13},  # after the other one ends
        {"target_group": TargetGroup.YOUTH},  # another target group
        {"district": None},  # another district
    ],
)
def test_no_hint_without_a_real_overlap(client, cast, other_offering, changes):
    login(client, cast.contact_a)
    start = in_days(10, hour=changes.pop("start_hours", 11))
    data = offering(cast.organisation_a, start)
    if "district" in changes:
        data["district"] = District.objects.create(slug="osterfeld", name="Osterfeld").pk
        changes.pop("district")
    data.update(changes)

    response = client.post(URL, data)

    assert response.status_code == 302
    assert EventPage.objects.filter(title="Elterncafé").exists()


def test_submitted_offering_waits_for_the_network_manager(client, cast, calendar):
    login(client, cast.contact_a)
    client.post(URL, offering(cast.organisation_a, in_days(12)))
    event = EventPage.objects.get(title="Elterncafé")

    # A draft in the default language's calendar, in the editorial workflow.
    assert not event.live
    assert event.get_parent().specific == calendar
    assert event.locale == Locale.get_default()
    state = event.current_workflow_state
    assert state is not None and state.status == state.STATUS_IN_PROGRESS
    overview = client.get("/de/extranet/veranstaltungen/")
    assert "Elterncafé" in overview.content.decode()
    assert "Freigabe" in soup(overview).select_one("table").get_text()
    client.logout()
    assert "Elterncafé" not in client.get(calendar.url).content.decode()

    # The network manager approves it: now it is public.
    task_state = event.current_workflow_task_state
    task_state.task.specific.on_action(task_state, cast.manager, "approve")
    event.refresh_from_db()
    assert event.live
    assert "Elterncafé" in client.get(calendar.url).content.decode()


def test_only_contact_persons_propose_and_only_for_their_organisation(client, cast, calendar):
    login(client, cast.member_a)
    assert client.get(URL).status_code == 403
    login(client, cast.contact_b)
    response = client.post(URL, offering(cast.organisation_a, in_days(12)))
    assert response.status_code == 400
    assert not EventPage.objects.exists()
    client.logout()
    anonymous = client.get(URL)
    assert anonymous.status_code == 302
    assert "/konto/anmelden/" in anonymous["Location"]


def test_offering_ending_before_it_starts_is_refused(client, cast, calendar):
    login(client, cast.contact_a)
    data = offering(cast.organisation_a, in_days(12))
    data["end"], data["start"] = data["start"], data["end"]
    response = client.post(URL, data)
    assert response.status_code == 400
    assert soup(response).select_one('#error-summary a[href="#id_end"]')
    assert not EventPage.objects.exists()
