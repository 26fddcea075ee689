"""What each key figure counts (`metrics.EXPLANATIONS`, the reports' appendix) reaches the
translators: every explanation is extracted by makemessages and translated in every catalogue,
so a German report explains its figures in German."""

import pytest
from django.conf import settings
from django.utils import translation

from evaluation import metrics
from evaluation.models import Metric


def test_an_explanation_reads_in_german():
    with translation.override("de"):
        text = str(metrics.EXPLANATIONS[Metric.AGREEMENTS])

    assert text == (
        "Vereinbarungen, die Arbeitsgruppen im Zeitraum festgehalten haben (was, wer, bis wann), "
        "außer den verworfenen."
    )


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES if code != "en"])
def test_every_explanation_is_translated_in_every_language(language):
    with translation.override("en"):
        english = {metric: str(text) for metric, text in metrics.EXPLANATIONS.items()}
    with translation.override(language):
        untranslated = [
            metric for metric, text in metrics.EXPLANATIONS.items() if str(text) == english[metric]
        ]

    assert untranslated == []
    assert set(metrics.EXPLANATIONS) == set(Metric.values)
