"""The titles and descriptions the network manager gives processes, date polls and working
groups, per language: given in the admin's inline (one per language, a second one is a form
error), shown in the reader's language on the extranet's pages, the dashboard, the e-mails and
the indicators' evidence, else the German text marked `lang="de"` (and `dir="ltr"` on an Arabic
page)."""

import datetime

import pytest
from django.core import mail
from django.template.loader import render_to_string
from django.test import Client
from django.utils import timezone, translation
from wagtail.users.models import UserProfile

from evaluation import metrics
from evaluation.models import Metric
from members.periods import Period
from participation import services
from participation.factories import ProposalFactory, date_poll_create
from participation.models import (
    DatePollTranslation,
    ProposalProcessTranslation,
    WorkingGroup,
    WorkingGroupTranslation,
)
from participation.selectors import processes_open
from participation.services import AgreementDraft
from tests.html import soup

pytestmark = pytest.mark.django_db

ARABIC = "الوحدة 1: موضوعاتكم"
TURKISH = "Modül 1: Konularınız"


def _client(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _language(user, language: str) -> None:
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()


@pytest.fixture
def translated(proposals):
    """The process in Arabic and Turkish, with an Arabic description."""
    ProposalProcessTranslation.objects.create(
        process=proposals.process, language_code="ar", title=ARABIC, description="وصف عربي"
    )
    ProposalProcessTranslation.objects.create(
        process=proposals.process, language_code="tr", title=TURKISH
    )
    return proposals.process


def test_a_translated_title_is_shown_on_the_arabic_page_without_marks(cast, translated):
    page = soup(_client(cast.member_a).get(f"/ar/extranet/beteiligung/{translated.pk}/").content)

    assert page.html["dir"] == "rtl"
    heading = page.select_one("h1 bdi")
    assert heading.get_text() == ARABIC and heading.get("lang") is None
    assert page.find(string="وصف عربي") is not None
    assert page.title.get_text().startswith(ARABIC)


def test_an_untranslated_title_is_german_marked_on_the_arabic_pages(cast, proposals):
    client = _client(cast.member_a)
    listed = soup(client.get("/ar/extranet/beteiligung/").content)
    detail = soup(client.get(f"/ar/extranet/beteiligung/{proposals.process.pk}/").content)
    with translation.override("ar"):
        dashboard = soup(
            render_to_string(
                "participation/panels/proposals.html",
                {"panel": {"processes": processes_open(), "polls": []}},
            )
        )

    for page in (listed, detail, dashboard):
        title = page.find("bdi", string="Modul 1: Ihre Themen")
        assert title is not None
        assert (title["lang"], title["dir"]) == ("de", "ltr")


def test_group_and_poll_titles_fall_back_per_language(cast):
    group = WorkingGroup.objects.create(name="AG Sport", slug="ag-sport")
    WorkingGroupTranslation.objects.create(group=group, language_code="fr", name="GT Sport")
    poll = date_poll_create(title="Netzwerktreffen")
    DatePollTranslation.objects.create(poll=poll, language_code="ru", title="Встреча сети")
    client = _client(cast.member_a)

    groups_fr = soup(client.get("/fr/extranet/arbeitsgruppen/").content)
    groups_ar = soup(client.get("/ar/extranet/arbeitsgruppen/").content)
    poll_ru = soup(client.get(f"/ru/extranet/terminfindung/{poll.pk}/").content)

    assert groups_fr.find("bdi", string="GT Sport").get("lang") is None
    assert groups_ar.find("bdi", string="AG Sport")["lang"] == "de"
    assert poll_ru.select_one("h1 bdi").get_text() == "Встреча сети"


def test_the_digest_and_the_reminder_name_process_and_group_in_the_members_language(
    cast, translated
):
    ProposalFactory(process=translated, author=cast.contact_b, organisation=cast.organisation_b)
    group = WorkingGroup.objects.create(name="AG Bildung", slug="ag-bildung")
    group.organisations.set([cast.organisation_a])
    group.save()
    WorkingGroupTranslation.objects.create(group=group, language_code="tr", name="Eğitim GT")
    today = timezone.localdate()
    services.agreement_add(
        group=group,
        by=cast.manager,
        draft=AgreementDraft("Raum buchen", cast.organisation_a, today + datetime.timedelta(3)),
    )
    _language(cast.member_a, "tr")
    _language(cast.contact_a, "tr")
    mail.outbox.clear()

    services.digests_send()
    [digest] = [m for m in mail.outbox if m.to == [cast.member_a.email]]
    mail.outbox.clear()
    services.agreement_reminders_send(today=today + datetime.timedelta(days=10))

    assert f"({TURKISH})" in digest.body
    assert "(Eğitim GT)" in digest.body
    [reminder] = mail.outbox  # to the organisation's contact person, who reads Turkish
    assert reminder.to == [cast.contact_a.email]
    assert '"Eğitim GT"' in reminder.body


def test_the_proposer_is_told_the_process_in_their_language(
    cast, translated, proposals, django_capture_on_commit_callbacks
):
    _language(cast.contact_a, "ar")
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        services.proposal_answer(
            proposal=proposals.proposal, by=cast.manager, status="planned", reason="Ja"
        )

    [told] = mail.outbox
    assert ARABIC in told.body


def test_the_chosen_date_is_announced_with_the_polls_title_in_the_members_language(
    cast, calendar, django_capture_on_commit_callbacks
):
    poll = date_poll_create(title="Netzwerktreffen Frühjahr")
    DatePollTranslation.objects.create(poll=poll, language_code="fr", title="Réunion de printemps")
    services.poll_answer(
        poll=poll,
        user=cast.member_a,
        organisation=cast.organisation_a,
        answers={poll.options.first().pk: "yes"},
    )
    _language(cast.member_a, "fr")
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        services.poll_decide(poll=poll, option=poll.options.first(), by=cast.manager)

    told = {message.to[0]: message for message in mail.outbox}
    assert "Réunion de printemps" in told[cast.member_a.email].subject
    assert "Netzwerktreffen Frühjahr" in told[cast.contact_a.email].subject  # German


def test_the_evidence_names_the_group_in_the_readers_language_else_marked_german(cast):
    today = timezone.localdate()
    for slug, name in (("ag-sport", "AG Sport"), ("ag-kultur", "AG Kultur")):
        group = WorkingGroup.objects.create(name=name, slug=slug)
        group.organisations.set([cast.organisation_a, cast.organisation_b])
        group.save()
        services.minutes_record(
            group=group, by=cast.manager, meeting_date=today, text="Treffen", agreements=[]
        )
    WorkingGroupTranslation.objects.create(
        group=WorkingGroup.objects.get(slug="ag-sport"), language_code="ar", name="فريق الرياضة"
    )

    with translation.override("ar"):
        rows = metrics.evidence(Metric.WORKING_GROUPS, Period(today, today)).rows
        cells = [
            soup(render_to_string("evaluation/reports/evidence_cell.html", {"cell": row[0]})).a
            for row in rows
        ]

    by_text = {cell.get_text(): cell for cell in cells}
    assert by_text["AG Kultur"]["lang"] == "de" and by_text["AG Kultur"]["dir"] == "ltr"
    assert by_text["فريق الرياضة"].get("lang") is None


def _process_form(process, rows: list[tuple[str, str]]) -> dict:
    data = {
        "title": process.title,
        "description": process.description,
        "module": "",
        "field_of_cooperation": "",
        "opens_on": process.opens_on.isoformat(),
        "closes_on": process.closes_on.isoformat() if process.closes_on else "",
        "one_support_per_organisation": "on",
        "translations-TOTAL_FORMS": str(len(rows)),
        "translations-INITIAL_FORMS": "0",
        "translations-MIN_NUM_FORMS": "0",
        "translations-MAX_NUM_FORMS": "1000",
    }
    for index, (language, title) in enumerate(rows):
        data |= {
            f"translations-{index}-id": "",
            f"translations-{index}-language_code": language,
            f"translations-{index}-title": title,
            f"translations-{index}-description": "",
            f"translations-{index}-ORDER": str(index + 1),
            f"translations-{index}-DELETE": "",
        }
    return data


def test_the_manager_gives_titles_per_language_in_the_admin(cast, proposals):
    process = proposals.process
    url = f"/admin/snippets/participation/proposalprocess/edit/{process.pk}/"
    client = _client(cast.manager)
    assert client.get(url).status_code == 200

    response = client.post(url, _process_form(process, [("ar", ARABIC), ("tr", TURKISH)]))

    assert response.status_code == 302, response.content.decode()[:2000]
    with translation.override("tr"):
        assert process.__class__.objects.get(pk=process.pk).local_title == TURKISH


def test_a_second_title_in_one_language_is_a_form_error_not_a_server_error(cast, proposals):
    process = proposals.process
    url = f"/admin/snippets/participation/proposalprocess/edit/{process.pk}/"

    response = _client(cast.manager).post(
        url, _process_form(process, [("ar", ARABIC), ("ar", "عنوان آخر")])
    )

    assert response.status_code == 200
    assert ProposalProcessTranslation.objects.filter(process=process).count() == 0
    content = response.content.decode()
    assert "Jede Sprache kann nur einmal angegeben werden" in content
    assert "Diese Sprache ist schon in einer anderen Zeile angegeben." in content
