"""The friendly notices a participant meets instead of the questionnaire (closed, bad code,
already answered), shared by the views and the wizard."""

from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy

from .forms import CodeForm
from .services import SurveyError

NOTICE_STATUS = {
    "closed": 410,
    "not_yet": 403,
    "code_unknown": 404,
    "code_used": 409,
    "code_expired": 410,
    "code_required": 400,
    "members_only": 403,
    "already_answered": 409,
    "already_submitted": 409,
}
NOTICE_TITLES = {
    "closed": gettext_lazy("This questionnaire is closed"),
    "not_yet": gettext_lazy("This questionnaire is not open yet"),
    "code_unknown": gettext_lazy("Unknown code"),
    "code_used": gettext_lazy("Code already used"),
    "code_expired": gettext_lazy("Code no longer valid"),
    "code_required": gettext_lazy("A code is needed"),
    "members_only": gettext_lazy("For members of the network"),
    "already_answered": gettext_lazy("Already answered"),
    "already_submitted": gettext_lazy("Already answered"),
}


def notice(request, page, code: str) -> TemplateResponse:
    """A friendly page in the participant's language that says why they cannot go on."""
    response = TemplateResponse(
        request,
        "surveys/notice.html",
        {
            "page": page,
            "self": page,
            "notice_title": NOTICE_TITLES[code],
            "notice": SurveyError(code).message,
            "code_problem": code.startswith("code_"),
            "code_form": CodeForm() if code.startswith("code_") else None,
        },
        status=NOTICE_STATUS[code],
    )
    return response
