"""The questionnaire wizard: django-formtools' named-URL session wizard, one form per step, built
from the questionnaire page's blocks at each request.

- State lives in the server-side session (formtools' SessionStorage), under a key of the
  questionnaire's translation key, so switching language keeps the answers.
- Steps whose condition does not hold are left out (`condition_dict`), and a step's form has only
  its visible questions, so hidden questions cannot be answered by posting them.
- A step can be opened only when the steps before it are answered; otherwise the participant is
  sent to the first one missing.
- The last step is a review; sending it revalidates every step and calls `done`, which stores the
  response through `services.response_submit` and redirects to the thank-you page.
- Every step taken is also kept for later (`SavedAnswers`) under a resume code that only the
  participant holds (in a cookie, and shown when they choose "continue later"), so that a session
  that runs out loses nothing. The kept answers hold no code, user or submission key.
"""

import uuid
from collections import OrderedDict

from django.contrib import messages
from django.shortcuts import redirect
from django.utils import translation
from django.utils.translation import gettext as _
from formtools.wizard.forms import ManagementForm
from formtools.wizard.storage.session import SessionStorage
from formtools.wizard.views import NamedUrlSessionWizardView

from home.throttle import throttle

from . import selectors, services
from .forms import ReviewForm, StepForm, answer_display
from .notices import notice
from .questions import visible

REVIEW = "pruefen"
DONE_STEP = "fertig"  # formtools wants a name for it; it redirects to the review step
DONE_SESSION_KEY = "surveys_done"


def storage_prefix(page) -> str:
    return f"questionnaire_{page.translation_key.hex}"


def wizard_storage(request, page) -> SessionStorage:
    return SessionStorage(storage_prefix(page), request)


def _stored(request, page) -> dict:
    """The wizard's state as stored, read without writing: formtools' `SessionStorage` puts an
    empty state into the session as soon as it is made, which would start a session (and a
    session row) for a visitor who only reads the introduction."""
    return request.session.get(f"wizard_{storage_prefix(page)}") or {}  # formtools' key


def wizard_started(request, page) -> bool:
    return bool((_stored(request, page).get("extra_data") or {}).get("key"))


def wizard_code(request, page) -> str:
    return (_stored(request, page).get("extra_data") or {}).get("code", "")


def wizard_current_step(request, page) -> str | None:
    return _stored(request, page).get("step")


def code_key(page) -> str:
    return f"questionnaire_code_{page.translation_key.hex}"


def code_remember(request, page, code: str) -> None:
    """Keep a code from a link for the start, so that the link's address can drop it."""
    request.session[code_key(page)] = code


def code_remembered(request, page) -> str:
    return request.session.get(code_key(page), "")


def code_forget(request, page) -> None:
    request.session.pop(code_key(page), None)


def wizard_start(request, page, *, code: str = "") -> str:
    """Begin a fresh wizard: no answers, a new submission key, the code if one is needed.
    Answers brought back without their code (`wizard_restore` for a questionnaire with codes)
    are kept and get the code instead. Returns the step to go to."""
    extra = _stored(request, page).get("extra_data") or {}
    storage = wizard_storage(request, page)
    code_forget(request, page)
    request.session.modified = True
    if extra.get("restored") and not extra.get("code") and code:
        storage.extra_data = {**extra, "code": code, "restored": False}
        return storage.current_step or "1"
    # Starting again: what was kept for later goes too.
    services.saved_answers_drop(code=extra.get("saved", ""))
    storage.reset()
    storage.current_step = "1"
    storage.extra_data = {"key": str(uuid.uuid4()), "code": code}
    return "1"


def saved_code(request, page) -> str:
    """The resume code of the wizard in this session, if its answers are kept for later."""
    return (_stored(request, page).get("extra_data") or {}).get("saved", "")


def saved_cookie_name(page) -> str:
    return f"survey_saved_{page.translation_key.hex[:16]}"


def wizard_restore(request, page, saved, code: str) -> str:
    """A wizard with the answers kept under `code`, a new submission key and no access code
    (kept answers never hold one: a questionnaire with codes asks for it again). Returns the
    step the participant was on."""
    storage = wizard_storage(request, page)
    storage.reset()
    storage.data[storage.step_data_key] = dict(saved.data.get("steps") or {})
    storage.current_step = str(saved.data.get("step") or "1")
    storage.extra_data = {"key": str(uuid.uuid4()), "code": "", "saved": code, "restored": True}
    code_forget(request, page)
    request.session.modified = True
    return storage.current_step


def mark_done(request, page) -> None:
    done = set(request.session.get(DONE_SESSION_KEY, []))
    done.add(page.translation_key.hex)
    request.session[DONE_SESSION_KEY] = sorted(done)


def is_done(request, page) -> bool:
    return page.translation_key.hex in request.session.get(DONE_SESSION_KEY, [])


class QuestionnaireWizard(NamedUrlSessionWizardView):
    page = None  # the QuestionnairePage in the participant's language, given to as_view
    form_list = [("_", ReviewForm)]  # replaced per request from the page's blocks
    template_name = "surveys/wizard_step.html"

    # Setup ---------------------------------------------------------------------------------------

    def dispatch(self, request, *args, **kwargs):
        self.step_specs = selectors.live_steps(self.page)
        self.spec_by_key = {spec.key: spec for spec in self.step_specs}
        self.form_list = OrderedDict(
            [(spec.key, StepForm) for spec in self.step_specs] + [(REVIEW, ReviewForm)]
        )
        self.condition_dict = {
            spec.key: (lambda wizard, spec=spec: visible(spec, wizard.answers_before(spec)))
            for spec in self.step_specs
            if spec.condition is not None
        }
        return super().dispatch(request, *args, **kwargs)

    def get_prefix(self, request, *args, **kwargs):
        return storage_prefix(self.page)

    def get_step_url(self, step):
        if step == DONE_STEP:
            step = REVIEW
        return self.page.url + self.page.reverse_subpage("step_route", kwargs={"step": step})

    def answers_before(self, spec) -> dict:
        """Answers of the steps before `spec`, by question id, for its conditions."""
        answers: dict = {}
        for earlier in self.step_specs:
            if earlier.number >= spec.number:
                break
            if not visible(earlier, answers):
                continue  # a step left out counts as unanswered, whatever it once held
            cleaned = self.get_cleaned_data_for_step(earlier.key)
            if cleaned:
                answers.update(
                    {question.id: cleaned.get(question.id) for question in earlier.questions}
                )
        return answers

    def get_form(self, step=None, data=None, files=None, *, shown=True):
        """`shown=False`: the form is only validated (`StepForm`'s shared fields)."""
        step = step or self.steps.current
        prefix = self.get_form_prefix(step)
        if step not in self.spec_by_key:
            return ReviewForm(data=data, prefix=prefix)
        spec = self.spec_by_key[step]
        return StepForm(
            data=data,
            prefix=prefix,
            step=spec,
            answers=self.answers_before(spec),
            shown=shown,
        )

    def get_cleaned_data_for_step(self, step):
        """formtools' own (the stored answers validated once more, kept for this request), with
        a form that is only validated; no files (no question takes one)."""
        if step not in self.form_list:
            return None
        cache_key = f"_cleaned_data_cache_{step}"
        if cached := getattr(self, cache_key, None):
            return cached
        form = self.get_form(step, data=self.storage.get_step_data(step), shown=False)
        cleaned = form.cleaned_data if form.is_valid() else None
        setattr(self, cache_key, cleaned)
        return cleaned

    # Navigation ----------------------------------------------------------------------------------

    def first_unanswered(self, before: str | None = None) -> str | None:
        """The first visible step (before `before`, if given) without valid stored answers."""
        for key in self.get_form_list():
            if key in (before, REVIEW):
                return None
            if self.get_cleaned_data_for_step(key) is None:
                return key
        return None

    def get(self, request, *args, **kwargs):
        step = kwargs.get("step")
        if step not in self.get_form_list():
            return redirect(self.get_step_url(self.steps.first))
        missing = self.first_unanswered(before=step)
        if missing is not None:
            messages.info(request, _("Please answer this step first."))
            return redirect(self.get_step_url(missing))
        self.storage.current_step = step
        return self.render(
            self.get_form(
                data=self.storage.current_step_data, files=self.storage.current_step_files
            )
        )

    def post(self, *args, **kwargs):
        response = self.post_step(*args, **kwargs)
        self.keep_for_later()
        return response

    def post_step(self, *args, **kwargs):
        wizard_goto_step = self.request.POST.get("wizard_goto_step")
        if wizard_goto_step and wizard_goto_step in self.get_form_list():
            self.keep_current_answers()
            return self.render_goto_step(wizard_goto_step)
        if "wizard_save" in self.request.POST:
            self.keep_current_answers(even_invalid=True)
            return redirect(self.page.url + self.page.reverse_subpage("saved_route"))
        management_form = ManagementForm(self.request.POST, prefix=self.prefix)
        if (
            not management_form.is_valid()
            or management_form.cleaned_data["current_step"] not in self.get_form_list()
        ):
            messages.warning(self.request, _("That step could not be read. Please try again."))
            return redirect(self.get_step_url(self.steps.current or self.steps.first))
        posted_step = management_form.cleaned_data["current_step"]
        # Sending the review revalidates every step anyway (`render_done`).
        missing = None if posted_step == REVIEW else self.first_unanswered(before=posted_step)
        if missing is not None:
            messages.info(self.request, _("Please answer this step first."))
            return redirect(self.get_step_url(missing))
        self.storage.current_step = posted_step
        return super().post(*args, **kwargs)

    def keep_current_answers(self, *, even_invalid: bool = False) -> None:
        """Going back keeps what was typed on this step, when it is valid; continuing later
        keeps it as it is (the step asks again for what is missing)."""
        current = self.storage.current_step
        if current in self.spec_by_key:
            form = self.get_form(current, data=self.request.POST, shown=False)
            if even_invalid or form.is_valid():
                self.storage.set_step_data(current, self.process_step(form))

    def keep_for_later(self) -> None:
        """Keep the answers so far under the wizard's resume code (drawn at the first step).
        Only the questions' own fields are kept: not the CSRF token, nor any code."""
        extra = self.storage.extra_data
        if not extra.get("key"):
            return  # sent (the wizard was reset) or never started
        steps = {
            step: {name: values for name, values in data.items() if name.startswith(f"{step}-")}
            for step, data in self.storage.data[self.storage.step_data_key].items()
            if step in self.spec_by_key
        }
        if not steps:
            return
        if not extra.get("saved"):
            self.storage.extra_data = {**extra, "saved": services.resume_code_new()}
        services.saved_answers_keep(
            questionnaire=self.page,
            code=self.storage.extra_data["saved"],
            data={"steps": steps, "step": self.storage.current_step},
        )

    def render_done(self, form, **kwargs):
        """Sending the review: every visible step is validated once more (formtools' own
        `render_done` does that too, but builds each form twice), then `done` stores it all,
        on this POST itself rather than on a later GET (formtools' default)."""
        cleaned_by_step: dict[str, dict] = {}
        for key in self.get_form_list():
            if key == REVIEW:
                continue
            cleaned = self.get_cleaned_data_for_step(key)
            if cleaned is None:
                messages.info(self.request, _("Please answer this step first."))
                self.storage.current_step = key
                return redirect(self.get_step_url(key))
            cleaned_by_step[key] = cleaned
        response = self.done(cleaned_by_step)
        self.storage.reset()
        return response

    # Rendering -----------------------------------------------------------------------------------

    def get_context_data(self, form, **kwargs):
        context = super().get_context_data(form=form, **kwargs)
        keys = [key for key in self.get_form_list() if key != REVIEW]
        current = self.steps.current
        context.update(
            {
                "page": self.page,
                "self": self.page,
                "step_spec": self.spec_by_key.get(current),
                "is_review": current == REVIEW,
                "step_number": keys.index(current) + 1 if current in keys else len(keys) + 1,
                "step_total": len(keys),
                "previous_step": self.steps.prev,
                "translation_subpath": self.page.reverse_subpage(
                    "step_route", kwargs={"step": current}
                ),
            }
        )
        if current == REVIEW:
            context["review"] = self.review()
        return context

    def review(self) -> list[dict]:
        """Every visible step with its questions and the answers as the participant sees them."""
        steps = []
        for key in self.get_form_list():
            if key == REVIEW:
                continue
            spec = self.spec_by_key[key]
            cleaned = self.get_cleaned_data_for_step(key) or {}
            form = self.get_form(key, shown=False)  # for its visible questions
            steps.append(
                {
                    "spec": spec,
                    "key": key,
                    "answers": [
                        {"question": question, "display": answer_display(question, cleaned)}
                        for question in form.questions
                    ],
                }
            )
        return steps

    # Done ----------------------------------------------------------------------------------------

    def done(self, cleaned_by_step: dict[str, dict]):
        """Store the response from the cleaned answers of the visible steps, by step key."""
        cleaned: dict = {}
        for step_cleaned in cleaned_by_step.values():
            cleaned.update(step_cleaned)
        visible_steps = [spec for spec in self.step_specs if spec.key in cleaned_by_step]
        answers = services.answers_from_steps(visible_steps, cleaned)
        extra = self.storage.extra_data
        if not self.request.user.is_authenticated:
            # Before storing; the answers stay in the session, so sending again later works.
            throttle(self.request, "survey_submission", by="ip")
        # The session as it is once the response is stored (no answers, this questionnaire
        # done) goes into the response's transaction. If nothing is stored, the mark comes off
        # again (`render_done` resets the wizard either way, as it always has).
        session = self.request.session
        done_before = session.get(DONE_SESSION_KEY, [])
        self.storage.reset()
        mark_done(self.request, self.page)
        try:
            services.response_submit(
                questionnaire=self.page,
                language=translation.get_language(),
                answers=answers,
                submission_key=extra["key"],
                code=extra.get("code", ""),
                user=self.request.user if self.request.user.is_authenticated else None,
                saved_code=extra.get("saved", ""),
                session=session,
            )
        except services.SurveyError as error:
            if error.code != "already_submitted":
                session[DONE_SESSION_KEY] = done_before
                return notice(self.request, self.page, error.code)
        return redirect(self.page.url + self.page.reverse_subpage("thanks_route"))
