"""The participant's pages around the wizard: the introduction (language, anonymity, code), the
friendly notices (closed, bad code, already answered), the thank-you page and the editor's
preview. Thin: they check, call the wizard or a selector, and render."""

import logging

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from home import security_log
from home.throttle import throttle
from members.access import is_network_member, login_redirect

from . import selectors
from .forms import CodeForm, StepForm, question_fields
from .models import Access, Participation
from .notices import notice
from .wizard import (
    DONE_STEP,
    REVIEW,
    QuestionnaireWizard,
    code_forget,
    code_remember,
    code_remembered,
    is_done,
    wizard_current_step,
    wizard_start,
    wizard_started,
)

logger = logging.getLogger("surveys.security")


def _refusal(request, page) -> str | None:
    """Why `request` may not answer `page` at all, or None."""
    state = page.state()
    if state != "open":
        return state
    original = page.original
    if original.access == Access.MEMBERS:
        if not is_network_member(request.user):
            return "members_only"
        if Participation.objects.filter(questionnaire=original, user=request.user).exists():
            return "already_answered"
    return None


def questionnaire_intro(request, *, page):
    original = page.original
    if original.access == Access.MEMBERS and not is_network_member(request.user):
        return login_redirect(request)
    refusal = _refusal(request, page)
    if refusal:
        return notice(request, page, refusal)

    code_form = None
    code = ""
    if original.access == Access.CODES:
        from_link = request.method != "POST" and "code" in request.GET
        # A code typed into the form, else one from a link (kept in the session: the page
        # itself carries it nowhere, not even in a hidden field).
        given = request.POST.get("code") if request.method == "POST" else request.GET.get("code")
        raw = given or code_remembered(request, page)
        code_form = CodeForm({"code": raw} if raw else None)
        if raw:
            # Codes are short: wrong ones are counted per address, and beyond the rate no code
            # is checked. Right ones are not counted: a whole room behind one router scans its
            # sheets at once.
            throttle(request, "survey_code", by="ip", count=False)
            if not code_form.is_valid():
                throttle(request, "survey_code", by="ip")
                return _render_intro(request, page, code_form=code_form, status=400)
            status, _found = selectors.code_status(page, code_form.cleaned_data["code"])
            if status != "valid":
                # Neither the code nor anything answered with it is logged.
                logger.info(
                    "Questionnaire code refused (%s): questionnaire %s, user %r, from %s",
                    status,
                    page.original.pk,
                    security_log.user_name(request),
                    security_log.client_network(request),
                )
                code_forget(request, page)
                throttle(request, "survey_code", by="ip")
                return notice(request, page, f"code_{status}")
            code = code_form.cleaned_data["code"]
            if from_link:
                # A code from a link (QR code, e-mail) goes into the session and the visitor to
                # the address without it, so that it stays out of the browser's history, the
                # Referer of the next request and the access log.
                code_remember(request, page, code)
                return _see_other(page.url)

    if request.method == "POST":
        if original.access == Access.CODES and not code:
            return _render_intro(request, page, code_form=code_form, status=400)
        wizard_start(request, page, code=code)
        return redirect(page.url + page.reverse_subpage("step_route", kwargs={"step": "1"}))
    return _render_intro(request, page, code_form=code_form, code=code)


def _see_other(url: str) -> HttpResponseRedirect:
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


def _render_intro(request, page, *, code_form=None, code: str = "", status: int = 200):
    """The introduction; it reads the session but never writes to it, so that a visitor who
    only reads it has no session (one starts with the start button or a code link)."""
    in_progress = wizard_started(request, page)
    step = wizard_current_step(request, page) or "1"
    return TemplateResponse(
        request,
        "surveys/questionnaire_page.html",
        {
            "page": page,
            "self": page,
            "original": page.original,
            "code_form": code_form,
            "code": code,
            "steps_count": len(page.step_specs()),
            "in_progress": in_progress,
            "continue_url": page.url + page.reverse_subpage("step_route", kwargs={"step": step})
            if in_progress
            else "",
        },
        status=status,
    )


def questionnaire_step(request, *, page, step):
    refusal = _refusal(request, page)
    if refusal:
        if refusal == "members_only":
            return login_redirect(request)
        return notice(request, page, refusal)
    if not wizard_started(request, page):
        if is_done(request, page):
            return redirect(page.url + page.reverse_subpage("thanks_route"))
        messages.info(request, _("Please start the questionnaire here."))
        return redirect(page.url)
    return QuestionnaireWizard.as_view(page=page, url_name="unused", done_step_name=DONE_STEP)(
        request, step=step
    )


def questionnaire_thanks(request, *, page):
    if not is_done(request, page):
        return redirect(page.url)
    return TemplateResponse(
        request, "surveys/thanks.html", {"page": page, "self": page, "original": page.original}
    )


def questionnaire_preview(request, *, page):
    """Every step with all its questions, conditions spelled out, for the editor."""
    steps = page.step_specs()
    previews = []
    codes = {q.id: q.code for step in steps for q in step.questions}
    for step in steps:
        form = StepForm(step=step, answers={}, prefix=step.key)
        # The preview shows every question, including those behind a condition.
        form.questions = step.questions
        for spec in step.questions:
            form.fields.update(question_fields(spec))
        previews.append({"spec": step, "form": form})
    return TemplateResponse(
        request,
        "surveys/questionnaire_preview.html",
        {
            "page": page,
            "self": page,
            "original": page.original,
            "previews": previews,
            "codes": codes,
            "review_step": REVIEW,
        },
    )
