"""The participant's pages around the wizard: the introduction (language, anonymity, code), the
friendly notices (closed, bad code, already answered), the thank-you page and the editor's
preview. Thin: they check, call the wizard or a selector, and render."""

import logging

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from home import security_log
from home.throttle import throttle
from members.access import is_network_member, login_redirect

from . import selectors
from .forms import CodeForm, ResumeForm, StepForm, question_fields
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
    saved_code,
    saved_cookie_name,
    wizard_code,
    wizard_current_step,
    wizard_restore,
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
        step = wizard_start(request, page, code=code)
        return redirect(_step_url(page, step))
    return _render_intro(request, page, code_form=code_form, code=code)


def _step_url(page, step: str) -> str:
    return page.url + page.reverse_subpage("step_route", kwargs={"step": step})


def _see_other(url: str) -> HttpResponseRedirect:
    response = HttpResponseRedirect(url)
    response.status_code = 303
    return response


def _render_intro(request, page, *, code_form=None, code: str = "", status: int = 200):
    """The introduction; it reads the session but never writes to it, so that a visitor who
    only reads it has no session (one starts with the start button or a code link)."""
    in_progress = wizard_started(request, page)
    step = wizard_current_step(request, page) or "1"
    # Answers brought back after a lost session, waiting for the code they were begun with.
    needs_code = (
        in_progress and page.original.access == Access.CODES and not wizard_code(request, page)
    )
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
            "in_progress": in_progress and not needs_code,
            "needs_code": needs_code,
            "continue_url": _step_url(page, step) if in_progress else "",
            "resume_url": page.url + page.reverse_subpage("resume_route"),
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
        code = request.COOKIES.get(saved_cookie_name(page), "")
        saved = selectors.saved_answers(page, code) if code else None
        if saved is None:
            if request.method == "POST":
                # A step sent after the session ran out, and nothing kept in this browser.
                messages.warning(request, _session_lost_message(kept=False))
                return redirect(page.url)
            messages.info(request, _("Please start the questionnaire here."))
            return redirect(page.url)
        wizard_restore(request, page, saved, code)
        messages.warning(request, _session_lost_message(kept=True))
        if page.original.access == Access.CODES:
            if request.method == "POST":
                _wizard(request, page, step)  # keeps this step's answers too
            messages.info(request, _("Please enter your code again to go on."))
            return redirect(page.url)
    return _with_saved_cookie(request, page, _wizard(request, page, step))


def _wizard(request, page, step):
    return QuestionnaireWizard.as_view(page=page, url_name="unused", done_step_name=DONE_STEP)(
        request, step=step
    )


def _session_lost_message(*, kept: bool) -> str:
    minutes = settings.SESSION_COOKIE_AGE // 60
    if kept:
        return _(
            "Your session had run out after %(minutes)s minutes without activity. Nothing is "
            "lost: your answers were kept, and you can go on where you left off."
        ) % {"minutes": minutes}
    return _(
        "Your session had run out after %(minutes)s minutes without activity, and this browser "
        "kept no answers. If you noted a code to continue, use it below; otherwise please "
        "start again."
    ) % {"minutes": minutes}


def _with_saved_cookie(request, page, response):
    """Remember the resume code in the participant's browser (and nowhere else beside the
    answers), so that a session that runs out can be picked up again."""
    code = saved_code(request, page)
    name = saved_cookie_name(page)
    if code and request.COOKIES.get(name) != code:
        response.set_cookie(
            name,
            code,
            max_age=settings.SURVEY_SAVED_ANSWERS_DAYS * 24 * 60 * 60,
            secure=settings.SESSION_COOKIE_SECURE,
            httponly=True,
            samesite="Lax",
        )
    return response


def questionnaire_resume(request, *, page):
    """Continue with the answers kept for later, by the code the participant noted (typed, or
    from the link they were given, which is answered with a 303 to the address without it)."""
    refusal = _refusal(request, page)
    if refusal:
        if refusal == "members_only":
            return login_redirect(request)
        return notice(request, page, refusal)
    given = request.POST.get("saved") if request.method == "POST" else request.GET.get("saved")
    form = ResumeForm({"saved": given} if given is not None else None)
    status = 200
    if given is not None:
        throttle(request, "survey_code", by="ip", count=False)
        if not form.is_valid():
            status = 400
        else:
            code = form.cleaned_data["saved"]
            saved = selectors.saved_answers(page, code)
            if saved is None:
                throttle(request, "survey_code", by="ip")
                form.add_error(
                    "saved",
                    _(
                        "No answers are kept under this code for this questionnaire: it may be "
                        "mistyped, sent already, or older than %(days)s days."
                    )
                    % {"days": settings.SURVEY_SAVED_ANSWERS_DAYS},
                )
                status = 404
            else:
                step = wizard_restore(request, page, saved, code)
                if page.original.access == Access.CODES:
                    messages.info(request, _("Your answers are back. Please enter your code."))
                    target = page.url
                else:
                    messages.success(request, _("Your answers are back: please go on."))
                    target = _step_url(page, step)
                return _with_saved_cookie(request, page, _see_other(target))
    return TemplateResponse(
        request,
        "surveys/resume.html",
        {"page": page, "self": page, "original": page.original, "form": form},
        status=status,
    )


def questionnaire_saved(request, *, page):
    """The resume code and link, after "continue later"; the answers stay kept meanwhile."""
    code = saved_code(request, page)
    saved = selectors.saved_answers(page, code) if code else None
    if saved is None:
        return redirect(page.url)
    step = wizard_current_step(request, page) or "1"
    return _with_saved_cookie(
        request,
        page,
        TemplateResponse(
            request,
            "surveys/saved.html",
            {
                "page": page,
                "self": page,
                "original": page.original,
                "code": format_resume_code(code),
                "link": page.full_url + page.reverse_subpage("resume_route") + f"?saved={code}",
                "expires_on": saved.expires_on,
                "continue_url": _step_url(page, step),
            },
        ),
    )


def format_resume_code(code: str) -> str:
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def questionnaire_thanks(request, *, page):
    if not is_done(request, page):
        return redirect(page.url)
    response = TemplateResponse(
        request, "surveys/thanks.html", {"page": page, "self": page, "original": page.original}
    )
    # The answers are sent and their kept copy deleted: the browser forgets the resume code.
    response.delete_cookie(saved_cookie_name(page), samesite="Lax")
    return response


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
