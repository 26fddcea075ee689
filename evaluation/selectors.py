"""Reads of the evaluation shared by its pages."""

from django.db.models import Count
from wagtail.models import Locale

from surveys.models import QuestionnairePage


def questionnaires_with_responses() -> list[dict]:
    """Default-language questionnaires with their response counts, those with responses first,
    for the reports' overview."""
    return list(
        QuestionnairePage.objects.filter(locale=Locale.get_default())
        .annotate(count=Count("responses"))
        .order_by("-count", "title")
        .values("pk", "title", "count", "anonymous", "module__title")
    )
