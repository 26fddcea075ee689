"""The participant's pages around the wizard: the introduction (language, anonymity, code), the
friendly notices (closed, bad code, already answered), the thank-you page and the editor's
preview. Thin: they check, call the wizard or a selector, and render."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

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
    is_done,
    wizard_start,
    wizard_started,
    wizard_storage,
)


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
        raw = request.POST.get("code") if request.method == "POST" else request.GET.get("code")
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
                throttle(request, "survey_code", by="ip")
                return notice(request, page, f"code_{status}")
            code = code_form.cleaned_data["code"]

    if request.method == "POST":
        if original.access == Access.CODES and not code:
            return _render_intro(request, page, code_form=code_form, status=400)
        wizard_start(request, page, code=code)
        return redirect(page.url + page.reverse_subpage("step_route", kwargs={"step": "1"}))
    return _render_intro(request, page, code_form=code_form, code=code)


def _render_intro(request, page, *, code_form=None, code: str = "", status: int = 200):
    storage = wizard_storage(request, page)
    in_progress = wizard_started(request, page)
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
            "continue_url": page.url
            + page.reverse_subpage("step_route", kwargs={"step": storage.current_step or "1"})
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
