"""Single-use codes from the participant's and the network manager's side: a code works once,
bad codes get a friendly page in the participant's language (never an error), a batch made for
an event marks its responses with it, the QR sheet carries scannable links, and personal links
reach each attendee without anything tying a person to a code."""

import datetime
import re
import uuid
from io import BytesIO
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pypdfium2
import pytest
import zxingcpp
from django.core import mail
from django.db import models
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone, translation
from pypdf import PdfReader
from wagtail.models import Locale

from events.factories import RegistrationFactory, in_days
from home.mail import mail_outcome
from surveys import services
from surveys.factories import steps_data
from surveys.models import AccessCode, Answer, CodeBatch, Response
from surveys.models.codes import CODE_ALPHABET, CODE_LENGTH, code_bits, format_code
from tests.html import soup

from .conftest import Wizard

pytestmark = pytest.mark.django_db

STEPS = [("Bewertung", [("rating", "Wie zufrieden sind Sie?", {})])]
MESSAGES = services.SurveyError.MESSAGES
PRINTED_CODE = re.compile(rf"\b[{CODE_ALPHABET}]{{5}}-[{CODE_ALPHABET}]{{5}}\b")
# The entropy docs/security.md states for a code (rounded down from 49.5).
DOCUMENTED_BITS = 49


@pytest.fixture
def coded(publish_questionnaire):
    """A one-question questionnaire answered with codes, translated into every language."""
    return publish_questionnaire(access="codes", steps=steps_data(STEPS), translate=True)


def in_language(page, language: str):
    return page.get_translation(Locale.objects.get(language_code=language)).specific


def catalogue(message, language: str) -> str:
    """`message` (a lazy text or a msgid) as the catalogue of `language` has it: the source text
    where it is not translated yet."""
    with translation.override(language):
        return translation.gettext(message) if isinstance(message, str) else str(message)


def answer_with_code(client, page, code: str):
    """Start with `code`, answer the one question and send; the response to the last POST."""
    wizard = Wizard(client, page)
    started = wizard.start(code=code)
    if started.status_code != 302:
        return started
    answered = wizard.post("1", {wizard.field("1", "Wie zufrieden"): "4"})
    assert answered["Location"].endswith("/schritt/pruefen/"), answered
    return wizard.review()


# What the notices say, as the participant reads them (the Arabic catalogue is not done yet:
# Arabic pages are checked for their language and direction and the catalogue's text).
SAYS = {
    "de": {
        "code_used": "Dieser Code wurde schon verwendet.",
        "code_unknown": "Diesen Code kennen wir nicht.",
        "code_expired": "Dieser Code ist nicht mehr gültig.",
        "closed": "Dieser Fragebogen ist geschlossen",
    },
    "en": {
        "code_used": "This code has already been used.",
        "code_unknown": "We do not know this code.",
        "code_expired": "This code is no longer valid.",
        "closed": "This questionnaire is closed",
    },
}


def assert_notice(response, *, status: int, language: str, reason: str, form=True) -> None:
    """A friendly page in `language` with `status` that says why (`reason`, a SurveyError code),
    and (for a code problem) a form to try another code."""
    assert response.status_code == status
    html = soup(response)
    assert html.find("html")["lang"] == language
    assert html.find("html")["dir"] == ("rtl" if language == "ar" else "ltr")
    alert = html.find(attrs={"role": "alert"})
    assert alert is not None
    text = alert.get_text(" ", strip=True)
    assert text == catalogue(MESSAGES[reason], language)
    if language in SAYS:
        assert SAYS[language][reason] in text
    assert (html.select_one('form input[name="code"]') is not None) == form


# A code works once --------------------------------------------------------------------------


def test_a_code_is_used_once_then_refused_in_the_participants_language(client, coded):
    batch = services.codes_generate(questionnaire=coded, count=2)
    code = batch.codes.first().code

    assert answer_with_code(client, coded, code)["Location"].endswith("/danke/")
    assert Response.objects.count() == 1
    assert AccessCode.objects.get(code=code).used
    answers = Answer.objects.count()

    # Someone else with the same paper, in German, English and Arabic.
    for language in ("de", "en", "ar"):
        client.cookies.clear()
        page = in_language(coded, language) if language != "de" else coded
        refused = client.get(page.url, {"code": code})
        assert_notice(refused, status=409, language=language, reason="code_used")
        refused = answer_with_code(client, page, code)
        assert_notice(refused, status=409, language=language, reason="code_used")
    assert Response.objects.count() == 1
    assert Answer.objects.count() == answers


def code_kept(client) -> bool:
    stored = client.session.keys()  # a session has no iterator of its own
    return any(key.startswith("questionnaire_code_") for key in stored)


def test_a_code_link_is_exchanged_for_the_session_and_an_address_without_it(client, coded):
    """The link of a QR code or an e-mail carries the code; the site takes it into the session
    and sends the participant on to the address without it (303), so that the code reaches
    neither the browser's history nor the Referer of the next request, and starting works."""
    code = services.codes_generate(questionnaire=coded, count=1).codes.get().code
    link = urlsplit(services.code_url(coded, code))
    assert parse_qs(link.query) == {"code": [code]}

    arrived = client.get(f"{link.path}?{link.query}")

    assert arrived.status_code == 303
    assert arrived["Location"] == coded.url
    assert "code" not in arrived["Location"] and "?" not in arrived["Location"]
    intro = client.get(arrived["Location"])
    assert intro.status_code == 200
    assert intro.request["QUERY_STRING"] == ""
    html = intro.content.decode()
    assert code not in html and format_code(code) not in html, "not even in a hidden field"
    status = soup(intro).select_one('form [role="status"]').get_text(strip=True)
    assert status == catalogue("Your code is valid.", "de")

    wizard = Wizard(client, coded)
    started = wizard.start()  # no code in the form: the one from the link
    assert started.status_code == 302
    assert not code_kept(client)
    answered = wizard.post("1", {wizard.field("1", "Wie zufrieden"): "4"})
    assert answered.status_code == 302
    assert wizard.review()["Location"].endswith("/danke/")
    assert AccessCode.objects.get(code=code).used
    assert Response.objects.count() == 1


def test_a_used_code_from_a_link_is_refused_and_not_kept(client, coded):
    code = services.codes_generate(questionnaire=coded, count=1).codes.get().code
    assert answer_with_code(Client(), coded, code)["Location"].endswith("/danke/")

    refused = client.get(coded.url, {"code": code})

    assert_notice(refused, status=409, language="de", reason="code_used")
    assert not code_kept(client)


def test_codes_are_long_enough_that_guessing_is_hopeless():
    """At least the documented entropy, drawn from the whole alphabet, and docs/security.md
    states that figure."""
    assert code_bits() >= DOCUMENTED_BITS >= 40
    assert len(set(CODE_ALPHABET)) == len(CODE_ALPHABET) == 31
    docs = (Path(__file__).resolve().parents[2] / "docs" / "security.md").read_text()
    assert f"**{code_bits():.1f} bits**" in docs


def test_new_codes_have_the_full_length_and_use_the_whole_alphabet(coded):
    codes = list(
        services.codes_generate(questionnaire=coded, count=200).codes.values_list("code", flat=True)
    )

    assert {len(code) for code in codes} == {CODE_LENGTH}
    assert set("".join(codes)) <= set(CODE_ALPHABET)
    assert len(set("".join(codes))) > 25, "drawn from (nearly) every character"
    assert format_code(codes[0]) == f"{codes[0][:5]}-{codes[0][5:]}"


def test_a_code_of_the_former_length_still_works(client, coded):
    batch = services.codes_generate(questionnaire=coded, count=1)
    old = "K7PM3XQD"
    batch.codes.update(code=old)

    assert format_code(old) == "K7PM-3XQD"
    assert answer_with_code(client, coded, "k7pm-3xqd")["Location"].endswith("/danke/")
    assert AccessCode.objects.get(code=old).used


def test_a_code_used_meanwhile_in_another_browser_stores_nothing(client, coded):
    """Two people start with the same code; the second to send gets the friendly page."""
    code = services.codes_generate(questionnaire=coded, count=1).codes.get().code
    first, second = Wizard(client, coded), Wizard(Client(), in_language(coded, "ar"))
    for wizard in (first, second):
        assert wizard.start(code=code).status_code == 302
        answered = wizard.post("1", {wizard.field("1", "Wie zufrieden"): "5"})
        assert answered.status_code == 302
    assert first.review()["Location"].endswith("/danke/")

    refused = second.review()

    assert_notice(refused, status=409, language="ar", reason="code_used")
    assert Response.objects.count() == 1
    assert Response.objects.get().language == "de"
    assert Answer.objects.count() == 1


# Unknown, expired and forged codes ----------------------------------------------------------


@pytest.mark.parametrize("language", ["de", "en", "ar"])
def test_an_unknown_code_gets_a_friendly_page(client, coded, language):
    page = coded if language == "de" else in_language(coded, language)
    real = services.codes_generate(questionnaire=coded, count=1).codes.get().code
    unknown = "".join(reversed(real)) if real != real[::-1] else "2345ABCD"

    refused = client.get(page.url, {"code": format_code(unknown)})

    assert_notice(refused, status=404, language=language, reason="code_unknown")
    assert client.post(page.url, {"code": unknown}).status_code == 404
    assert Response.objects.count() == 0
    assert not AccessCode.objects.get(code=real).used


@pytest.mark.parametrize("language", ["de", "en", "ar"])
def test_an_expired_code_gets_a_friendly_page_and_stores_nothing(client, coded, language):
    page = coded if language == "de" else in_language(coded, language)
    batch = services.codes_generate(questionnaire=coded, count=1)
    code = batch.codes.get().code
    wizard = Wizard(client, page)
    assert wizard.start(code=code).status_code == 302
    assert wizard.post("1", {wizard.field("1", "Wie zufrieden"): "2"}).status_code == 302
    # The batch runs out while the participant is on the review step.
    CodeBatch.objects.filter(pk=batch.pk).update(
        expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )

    refused = wizard.review()

    assert_notice(refused, status=410, language=language, reason="code_expired")
    again = client.get(page.url, {"code": code})
    assert_notice(again, status=410, language=language, reason="code_expired")
    assert Response.objects.count() == 0
    assert not AccessCode.objects.get(code=code).used


def test_a_closed_questionnaire_says_so_with_410(client, coded):
    code = services.codes_generate(questionnaire=coded, count=1).codes.get().code
    coded.closes_at = timezone.now() - datetime.timedelta(days=1)
    coded.save_revision().publish()

    for language in ("de", "en", "ar"):
        page = coded if language == "de" else in_language(coded, language)
        closed = client.get(page.url, {"code": code})
        assert_notice(closed, status=410, language=language, reason="closed", form=False)
    assert not AccessCode.objects.get(code=code).used


def test_a_code_of_another_questionnaire_is_unknown_here(client, coded, publish_questionnaire):
    other = publish_questionnaire(access="codes", steps=steps_data(STEPS))
    foreign = services.codes_generate(questionnaire=other, count=1).codes.get().code

    assert_notice(
        client.get(coded.url, {"code": foreign}), status=404, language="de", reason="code_unknown"
    )
    assert_notice(
        answer_with_code(client, coded, foreign), status=404, language="de", reason="code_unknown"
    )
    with pytest.raises(services.SurveyError) as refused:
        services.response_submit(
            questionnaire=coded,
            language="de",
            answers=[],
            submission_key=uuid.uuid4(),
            code=foreign,
        )
    assert refused.value.code == "code_unknown"
    assert Response.objects.count() == 0
    assert not AccessCode.objects.get(code=foreign).used
    # It still works where it belongs.
    assert answer_with_code(client, other, foreign)["Location"].endswith("/danke/")
    assert Response.objects.get().questionnaire_id == other.pk


@pytest.mark.parametrize(
    "tampered",
    [
        "<script>alert(1)</script>",
        "'; DROP TABLE surveys_accesscode; --",
        "K7PM-3XQD" * 60,
        "A" * 39 + "?",
        "!!!!----****",
        "\x00K7PM3XQD",
        "K7PM\u200b3XQD%",
        "٣٤٥٦٧٨٩٢",
        "ÄÖÜßﬁ" * 3,
        "💥" * 10,
        "   ",
    ],
)
def test_a_tampered_code_gets_a_message_never_an_error(client, coded, tampered):
    code = services.codes_generate(questionnaire=coded, count=1).codes.get().code

    for response in (
        client.get(coded.url, {"code": tampered}),
        client.post(coded.url, {"code": tampered}),
        client.get(in_language(coded, "ar").url, {"code": tampered}),
    ):
        assert 400 <= response.status_code < 500, (tampered, response.status_code)
        if response["Content-Type"].startswith("text/plain"):
            # A NUL byte in the address is turned away by the site's middleware, in words.
            assert response.content.decode().strip() == "Bad request"
            continue
        message = soup(response).find(attrs={"role": "alert"})
        assert message is not None and message.get_text(strip=True)
        assert "<script>" not in response.content.decode()
    assert Response.objects.count() == 0
    assert not AccessCode.objects.get(code=code).used


# Codes for an event -------------------------------------------------------------------------


def test_a_batch_made_for_an_event_marks_its_responses_with_the_event(client, coded, publish_event):
    session = publish_event(title="Modul 2, Termin 1", start=in_days(-1), translate=True)
    other_session = publish_event(title="Modul 2, Termin 2", start=in_days(-2))
    for_session = services.codes_generate(questionnaire=coded, count=1, event=session)
    # Made from the Arabic event page: still the event itself.
    arabic_session = in_language(session, "ar")
    for_other = services.codes_generate(questionnaire=coded, count=1, event=other_session)
    plain = services.codes_generate(questionnaire=coded, count=1)
    from_arabic = services.codes_generate(questionnaire=coded, count=1, event=arabic_session)
    assert from_arabic.event_id == session.pk

    for batch, page in ((for_session, in_language(coded, "ar")), (for_other, coded)):
        client.cookies.clear()
        answer_with_code(client, page, batch.codes.get().code)
    client.cookies.clear()
    answer_with_code(client, coded, plain.codes.get().code)

    assert Response.objects.count() == 3
    events = sorted(Response.objects.values_list("event_id", flat=True), key=lambda pk: pk or 0)
    assert events == [None, session.pk, other_session.pk]
    assert Response.objects.get(language="ar").event_id == session.pk


# The QR sheet -------------------------------------------------------------------------------


def _qr_texts(pdf: bytes) -> list[str]:
    document = pypdfium2.PdfDocument(pdf)
    try:
        image = document[0].render(scale=3).to_pil()
    finally:
        document.close()
    # Only QR codes proper: the finder patterns can also pass for a tiny Micro QR code.
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return [code.text for code in found if code.format == zxingcpp.BarcodeFormat.QRCode]


def test_the_qr_sheet_prints_every_unused_code_once_with_a_scannable_link(client, cast, coded):
    batch = services.codes_generate(questionnaire=coded, count=11, label="Modul 1")
    used = batch.codes.first().code
    assert answer_with_code(client, coded, used)["Location"].endswith("/danke/")
    unused = set(batch.codes.filter(used=False).values_list("code", flat=True))
    assert len(unused) == 10
    client.force_login(cast.manager)

    response = client.get(reverse("surveys_admin:codes_pdf", args=[coded.pk, batch.pk]))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    pdf = response.content
    reader = PdfReader(BytesIO(pdf))
    per_page = [len(PRINTED_CODE.findall(page.extract_text())) for page in reader.pages]
    assert per_page == [8, 2]  # "two columns of four" to a page (qr_sheet.PER_PAGE)
    text = "\n".join(page.extract_text() for page in reader.pages)
    printed = PRINTED_CODE.findall(text)
    assert len(printed) == len(unused)
    assert {code.replace("-", "") for code in printed} == unused
    assert format_code(used) not in text

    decoded = _qr_texts(pdf)
    assert decoded, "no QR code could be read from the first page"
    assert len(decoded) <= 8
    for url in decoded:
        assert url.startswith(coded.full_url), url
        assert "?code=" in url
        (code,) = parse_qs(urlsplit(url).query)["code"]
        assert code in unused
    assert len(set(decoded)) == len(decoded)
    first_page_codes = {
        c.replace("-", "") for c in PRINTED_CODE.findall(reader.pages[0].extract_text())
    }
    assert {parse_qs(urlsplit(url).query)["code"][0] for url in decoded} <= first_page_codes


def test_codes_sent_by_e_mail_are_never_printed(client, cast, coded, publish_event):
    session = publish_event(start=in_days(-1))
    RegistrationFactory(event=session, attended=True)
    batch = services.personal_links_send(
        questionnaire=coded, event=session, attended_only=True
    ).batch
    client.force_login(cast.manager)

    response = client.get(reverse("surveys_admin:codes_pdf", args=[coded.pk, batch.pk]))

    assert response.status_code == 404


# Personal links -----------------------------------------------------------------------------


@pytest.fixture
def session_with_people(publish_event):
    """A module session yesterday: three attended (German, Arabic, Turkish), one registered but
    absent, one who attended without an e-mail address, one cancelled."""
    session = publish_event(title="Modul 4: Datenschutz", start=in_days(-1), translate=True)
    people = {
        "de": RegistrationFactory(event=session, name="Anna Muster", language="de", attended=True),
        "ar": RegistrationFactory(
            event=session, name="Samira Haddad", language="ar", attended=True
        ),
        "tr": RegistrationFactory(event=session, name="Can Yılmaz", language="tr", attended=True),
        "absent": RegistrationFactory(event=session, name="Otto Fehlt", attended=False),
        "no_mail": RegistrationFactory(event=session, name="Ohne Post", email="", attended=True),
        "cancelled": RegistrationFactory(
            event=session, name="Abge Sagt", status="cancelled", attended=True
        ),
    }
    return session, people


def _link(body: str) -> str:
    (url,) = re.findall(r"https?://\S+\?code=\S+", body)
    return url


def test_personal_links_reach_each_attendee_in_their_language_with_a_code_of_their_own(
    client, coded, session_with_people, django_capture_on_commit_callbacks
):
    session, people = session_with_people
    with django_capture_on_commit_callbacks(execute=True):
        batch = services.personal_links_send(
            questionnaire=coded, event=session, attended_only=True
        ).batch

    attendees = {people[language].email: language for language in ("de", "ar", "tr")}
    assert sorted(message.to[0] for message in mail.outbox) == sorted(attendees)
    assert all(len(message.to) == 1 for message in mail.outbox)
    codes = {}
    for message in mail.outbox:
        language = attendees[message.to[0]]
        url = _link(message.body)
        assert url.startswith(
            in_language(coded, language).full_url if language != "de" else coded.full_url
        ), url
        (codes[language],) = parse_qs(urlsplit(url).query)["code"]
        title = coded.title if language == "de" else f"{coded.title} [{language}]"
        assert title in message.body
        subject = catalogue("Your opinion on “{event}”", language).split("{event}")[0]
        assert message.subject.startswith(subject)
    assert len(set(codes.values())) == 3
    assert set(codes.values()) == set(batch.codes.values_list("code", flat=True))
    assert batch.mailed == 3 and batch.event_id == session.pk

    # Each link works, once, and in its language.
    link = _link(next(m.body for m in mail.outbox if m.to == [people["ar"].email]))
    arabic = client.get(link, follow=True)
    assert arabic.status_code == 200
    assert [status for _url, status in arabic.redirect_chain] == [303]
    assert "code=" not in arabic.redirect_chain[-1][0]
    assert soup(arabic).find("html")["lang"] == "ar"
    assert answer_with_code(client, in_language(coded, "ar"), codes["ar"])["Location"].endswith(
        "/danke/"
    )
    assert Response.objects.get().event_id == session.pk
    client.cookies.clear()
    again = client.get(_link(next(m.body for m in mail.outbox if m.to == [people["ar"].email])))
    assert_notice(again, status=409, language="ar", reason="code_used")


def test_the_e_mail_names_the_event_in_the_attendees_language(
    coded, session_with_people, django_capture_on_commit_callbacks
):
    session, people = session_with_people
    with django_capture_on_commit_callbacks(execute=True):
        services.personal_links_send(questionnaire=coded, event=session, attended_only=True)

    arabic = next(message for message in mail.outbox if message.to == [people["ar"].email])
    assert f"{session.title} [ar]" in arabic.subject
    assert f"{session.title} [ar]" in arabic.body


@override_settings(EMAIL_BACKEND="tests.events.failing_mail.EmailBackend")
def test_personal_links_that_could_not_be_sent_are_not_counted_as_sent(
    client, cast, coded, session_with_people, django_capture_on_commit_callbacks
):
    session, _people = session_with_people
    with mail_outcome() as outcome, django_capture_on_commit_callbacks(execute=True):
        batch = services.personal_links_send(
            questionnaire=coded, event=session, attended_only=True
        ).batch

    assert (outcome.failed, outcome.handed_over) == (3, 0)
    batch.refresh_from_db()
    assert batch.mailed == 0
    client.force_login(cast.manager)
    listing = client.get(reverse("surveys_admin:codes", args=[coded.pk])).content.decode()
    for language in ("de", "en"):
        assert catalogue("%(n)s sent by e-mail", language) % {"n": 3} not in listing


def test_personal_links_store_nothing_that_ties_a_person_to_a_code(
    coded, session_with_people, django_capture_on_commit_callbacks
):

    session, people = session_with_people
    with django_capture_on_commit_callbacks(execute=True):
        batch = services.personal_links_send(
            questionnaire=coded, event=session, attended_only=False
        ).batch
    assert len(mail.outbox) == 4  # the absent one too; not the one without e-mail, nor cancelled

    for model in (CodeBatch, AccessCode):
        for field in model._meta.get_fields():
            assert not isinstance(field, models.EmailField), (model, field.name)
            assert not re.search(r"mail$|name|person|registration|recipient", field.name), (
                model,
                field.name,
            )
            related = getattr(field, "related_model", None)
            assert related is None or related._meta.label not in {
                "events.Registration",
                "members.Membership",
            }, (model, field.name)
    # Nor does any stored value mention them.
    stored = " ".join(
        str(value)
        for model in (CodeBatch, AccessCode)
        for row in model.objects.values()
        for value in row.values()
    )
    for registration in people.values():
        assert registration.email not in stored or not registration.email
        assert registration.name not in stored
    assert batch.mailed == 4


def test_the_order_of_stored_codes_does_not_tell_who_got_which(
    coded, publish_event, django_capture_on_commit_callbacks
):
    """The participant list is sorted by name; were the codes handed out in the order they are
    stored (by id or alphabetically), anyone reading both tables could say whose code is whose,
    and so who answered."""
    session = publish_event(start=in_days(-1))
    people = [
        RegistrationFactory(event=session, name=f"Person {number:02d}", attended=True)
        for number in range(10)
    ]
    with django_capture_on_commit_callbacks(execute=True):
        batch = services.personal_links_send(
            questionnaire=coded, event=session, attended_only=True
        ).batch

    by_address = {message.to[0]: _link(message.body) for message in mail.outbox}
    handed_out = [
        parse_qs(urlsplit(by_address[person.email]).query)["code"][0]
        for person in sorted(people, key=lambda person: person.name)
    ]
    assert sorted(handed_out) == sorted(batch.codes.values_list("code", flat=True))
    assert handed_out != list(batch.codes.order_by("pk").values_list("code", flat=True))
    assert handed_out != sorted(handed_out)


# The manager's page -------------------------------------------------------------------------


def test_the_manager_makes_a_batch_of_codes_for_an_event(client, cast, coded, publish_event):
    session = publish_event(title="Modul 1, Gruppe A", start=in_days(-1))
    client.force_login(cast.manager)
    url = reverse("surveys_admin:codes", args=[coded.pk])
    assert client.get(url).status_code == 200

    response = client.post(
        url, {"action": "batch", "count": "12", "event": session.pk, "label": "Gruppe A"}
    )

    assert response.status_code == 302
    batch = CodeBatch.objects.get()
    assert batch.codes.count() == 12
    assert (batch.questionnaire_id, batch.event_id, batch.label) == (
        coded.pk,
        session.pk,
        "Gruppe A",
    )
    assert batch.created_by == cast.manager
    codes = list(batch.codes.values_list("code", flat=True))
    assert len(set(codes)) == 12
    assert all(len(code) == CODE_LENGTH and set(code) <= set(CODE_ALPHABET) for code in codes)
    listing = client.get(url)
    assert "Gruppe A" in listing.content.decode()
    pdf_url = reverse("surveys_admin:codes_pdf", args=[coded.pk, batch.pk])
    assert f'href="{pdf_url}"' in listing.content.decode()
    # Made on the Arabic page's id: the same questionnaire.
    arabic_url = reverse("surveys_admin:codes", args=[in_language(coded, "ar").pk])
    assert client.post(arabic_url, {"action": "batch", "count": "1"}).status_code == 302
    assert set(CodeBatch.objects.values_list("questionnaire_id", flat=True)) == {coded.pk}


def test_a_bad_batch_is_refused_with_a_message(client, cast, coded):
    client.force_login(cast.manager)
    url = reverse("surveys_admin:codes", args=[coded.pk])
    for count in ("0", "501", "zwölf", ""):
        response = client.post(url, {"action": "batch", "count": count})
        assert response.status_code == 400, count
        assert "error" in response.content.decode()
    assert CodeBatch.objects.count() == 0


# Wagtail turns a refusal inside its admin into a redirect: to the login for those without
# access to the admin, to the admin's start page (with a message) for editors.
REFUSED = {"contact_a": "/admin/login/", "member_a": "/admin/login/", "editor": "/admin/"}


def assert_refused(response, role: str) -> None:
    if response.status_code != 403:
        assert response.status_code == 302, response.status_code
        assert urlsplit(response["Location"]).path == REFUSED[role]


@pytest.mark.parametrize("role", REFUSED)
def test_only_the_network_manager_makes_codes_and_prints_them(client, cast, coded, role):
    batch = services.codes_generate(questionnaire=coded, count=2)
    client.force_login(cast.by_role(role))
    url = reverse("surveys_admin:codes", args=[coded.pk])

    assert_refused(client.get(url), role)
    assert_refused(client.post(url, {"action": "batch", "count": "5"}), role)
    pdf = client.get(reverse("surveys_admin:codes_pdf", args=[coded.pk, batch.pk]))
    assert_refused(pdf, role)
    assert not pdf.content.startswith(b"%PDF")
    assert CodeBatch.objects.count() == 1
    assert AccessCode.objects.count() == 2


def test_codes_for_a_questionnaire_not_using_codes_are_refused(
    client, cast, publish_questionnaire, publish_event
):
    session = publish_event(start=in_days(-1))
    RegistrationFactory(event=session, attended=True)
    open_link = publish_questionnaire(access="open", steps=steps_data(STEPS))
    client.force_login(cast.manager)
    url = reverse("surveys_admin:codes", args=[open_link.pk])

    page = client.get(url)
    assert page.status_code == 200
    assert 'name="count"' not in page.content.decode()

    for data in (
        {"action": "batch", "count": "5"},
        {"action": "links", "event": session.pk, "audience": "attended"},
    ):
        refused = client.post(url, data, follow=True)
        assert refused.redirect_chain[-1][0] == url
        text = refused.content.decode()
        assert catalogue("Codes are only for questionnaires answered with codes.", "de") in text
        assert "Codes gibt es nur für Fragebögen, die mit Codes beantwortet werden." in text
    assert CodeBatch.objects.count() == 0
    assert AccessCode.objects.count() == 0
    assert len(mail.outbox) == 0


def test_the_same_wizard_sending_again_after_its_code_was_used_is_already_sent(
    publish_questionnaire,
):
    """A double click whose second request starts after the first used the code: the same
    submission key means the answers are saved, not that someone else took the code."""
    page = publish_questionnaire(access="codes", steps=steps_data(STEPS))
    code = services.codes_generate(questionnaire=page, count=1).codes.get().code
    key = uuid.uuid4()
    services.response_submit(
        questionnaire=page, language="de", answers=[], submission_key=key, code=code
    )

    with pytest.raises(services.SurveyError) as again:
        services.response_submit(
            questionnaire=page, language="de", answers=[], submission_key=key, code=code
        )
    with pytest.raises(services.SurveyError) as someone_else:
        services.response_submit(
            questionnaire=page, language="de", answers=[], submission_key=uuid.uuid4(), code=code
        )

    assert again.value.code == "already_submitted"
    assert someone_else.value.code == "code_used"
    assert Response.objects.count() == 1
