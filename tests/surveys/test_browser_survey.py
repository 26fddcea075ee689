"""A participant on a phone answers a questionnaire in Arabic from its link (as a QR code would
open it): the language is chosen at the start, every step is checked by axe-core, a mistake is
announced and linked to its question, the review shows the answers, and the response is stored
once, in Arabic, under the same question ids as German ones. No JavaScript is needed: the same
journey runs with JavaScript switched off."""

import pytest

from surveys.models import Answer, Response
from tests.accessibility import assert_accessible

from .conftest import ITEMS

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _next(page) -> None:
    with page.expect_navigation():
        page.locator(".wizard-actions button[type=submit]").click()


def _answer_in_arabic(page, live_server, questionnaire, *, check=assert_accessible) -> None:
    arabic = questionnaire.get_translation(
        questionnaire.locale.__class__.objects.get(language_code="ar")
    )
    # The participant opens the German link and picks Arabic before the first question.
    page.goto(f"{live_server.url}{questionnaire.url}")
    with page.expect_navigation():
        page.locator('.questionnaire-languages a[hreflang="ar"]').click()
    assert page.url.endswith(arabic.url)
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator(".questionnaire-privacy").is_visible()
    check(page)
    with page.expect_navigation():
        page.locator("form.questionnaire-start button[type=submit]").click()
    assert page.url.endswith("/schritt/1/")

    # Step 1: a required question left out is announced and linked.
    check(page)
    page.locator(".question--yes_no input[value=no]").first.check()
    _next(page)
    summary = page.locator("#error-summary")
    assert summary.is_visible()
    assert summary.locator("a").count() >= 1
    assert page.locator(".question--error").count() >= 1
    check(page)
    page.locator(".question--single_choice input[type=radio]").nth(1).check()
    page.locator(".question--yes_no").nth(1).locator("input[value=yes]").check()
    page.fill(".question--number input", "4")
    _next(page)

    # Step 2: the matrix, the faces (mirrored right to left), the 0-10 score and the question
    # shown because of the "no" above.
    assert page.url.endswith("/schritt/2/")
    check(page)
    scale = page.locator(".question--rating .scale__point")
    first, last = scale.first.bounding_box(), scale.last.bounding_box()
    assert first["x"] > last["x"], "the lowest value stands at the right in Arabic"
    assert page.locator(".question--rating svg.face").count() == 5
    rows = page.locator(".matrix-row")
    assert rows.count() == len(ITEMS)
    rows.nth(0).locator("input[value='4']").check()
    rows.nth(1).locator("input[value='5']").check()
    page.locator(".question--rating input[value='5']").check()
    page.locator(".question--recommendation input[value='10']").check()
    page.fill(".question--short_text input", "العمل")
    _next(page)

    # Step 3: several choices and "other" with its text.
    assert page.url.endswith("/schritt/3/")
    check(page)
    boxes = page.locator(".question--multiple_choice input[type=checkbox]")
    boxes.nth(0).check()
    boxes.last.check()  # "other"
    page.fill(".choice-other input", "قانون الجمعيات")
    page.fill(".question--long_text textarea", "شكراً")
    _next(page)

    # The review, then send.
    assert page.url.endswith("/schritt/pruefen/")
    check(page)
    assert "قانون الجمعيات" in page.locator(".review-step").last.inner_text()
    _next(page)
    assert page.url.endswith("/danke/")
    check(page)


def test_participant_answers_in_arabic_on_a_phone(live_server, publish_questionnaire, phone):
    questionnaire = publish_questionnaire(translate=True)
    _answer_in_arabic(phone, live_server, questionnaire)

    response = Response.objects.get()
    assert response.language == "ar"
    # 4 in step 1, 2 matrix rows + 3 in step 2, a choice and "other" + 1 text in step 3
    assert response.answers.count() == 12
    assert Answer.objects.filter(text="قانون الجمعيات", choice="other").exists()
    # Back and send again after the end: still one response.
    phone.go_back()
    phone.reload()
    assert Response.objects.count() == 1


def test_the_questionnaire_works_without_javascript(live_server, publish_questionnaire, chromium):
    questionnaire = publish_questionnaire(translate=True)
    context = chromium.new_context(
        viewport={"width": 360, "height": 740}, java_script_enabled=False, locale="ar"
    )
    page = context.new_page()
    try:
        # axe-core runs as JavaScript: without it, only the journey itself is checked.
        _answer_in_arabic(page, live_server, questionnaire, check=lambda page: None)
    finally:
        context.close()
    assert Response.objects.filter(language="ar").count() == 1


def test_a_lost_session_on_a_phone_loses_no_answers(live_server, publish_questionnaire, phone):
    """At 320 px in Arabic: step 1 answered, the session runs out, step 2 is sent anyway and
    taken with step 1 kept; "continue later" then gives a code, which brings the answers back
    after the session is lost once more."""
    questionnaire = publish_questionnaire(translate=True)
    arabic = questionnaire.get_translations().get(locale__language_code="ar")
    phone.set_viewport_size({"width": 320, "height": 640})
    phone.goto(f"{live_server.url}{arabic.url}")
    with phone.expect_navigation():
        phone.locator("form.questionnaire-start button[type=submit]").click()
    phone.locator(".question--single_choice input[type=radio]").nth(1).check()
    phone.locator(".question--yes_no").nth(0).locator("input[value=yes]").check()
    phone.locator(".question--yes_no").nth(1).locator("input[value=no]").check()
    phone.fill(".question--number input", "4")
    _next(phone)
    assert phone.url.endswith("/schritt/2/")

    phone.context.clear_cookies(name="sessionid")
    rows = phone.locator(".matrix-row")
    rows.nth(0).locator("input[value='4']").check()
    rows.nth(1).locator("input[value='5']").check()
    phone.locator(".question--rating input[value='5']").check()
    phone.locator(".question--recommendation input[value='10']").check()
    _next(phone)
    # Step 3 is skipped ("no" above): the review, with a message in Arabic about the session.
    assert phone.url.endswith("/schritt/pruefen/")
    assert phone.locator("html").get_attribute("dir") == "rtl"
    assert "120" in phone.locator(".messages").inner_text()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 320

    with phone.expect_navigation():
        phone.locator("button[name=wizard_save]").click()
    code = phone.locator(".resume-code").inner_text().strip()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 320
    phone.context.clear_cookies()  # another device, as it were
    phone.goto(f"{live_server.url}{arabic.url}")
    with phone.expect_navigation():
        phone.locator(".questionnaire-resume-link a").click()
    phone.fill("input[name=saved]", code)
    with phone.expect_navigation():
        phone.locator("form.questionnaire-resume button[type=submit]").click()
    assert phone.url.endswith("/schritt/pruefen/")
    _next(phone)
    assert phone.url.endswith("/danke/")
    response = Response.objects.get()
    assert response.language == "ar" and response.answers.count() == 8
