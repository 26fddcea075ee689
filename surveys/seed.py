"""Demo data for the questionnaires: an open, translated module evaluation with demo responses,
and a questionnaire answered with codes."""

import datetime
import random
import uuid
from collections.abc import Callable

from django.utils import timezone
from wagtail.models import Locale

from events.models import EventKind, EventPage, QualificationModule
from home.localization import translations_publish_missing
from home.models import HomePage

from . import services
from .demo_content import CODE_QUESTIONNAIRE, MODULE_EVALUATION, SURVEY_INDEX
from .demo_translations import TRANSLATIONS
from .factories import QuestionnairePageFactory, SurveyIndexPageFactory, steps_data
from .models import Access, QuestionnairePage, Response, SurveyIndexPage
from .questions import build_steps, visible

DEMO_CODES = 20
DEMO_RESPONSES = 18
RESPONSE_LANGUAGES = ["de", "de", "de", "tr", "tr", "ar", "ar", "ru", "en", "fr"]


def _questionnaire(index, spec, *, access, log) -> QuestionnairePage:
    page = QuestionnairePage.objects.child_of(index).filter(slug=spec["slug"]).first()
    if page is None:
        module = QualificationModule.objects.filter(
            locale=Locale.get_default(), number=spec["module"]
        ).first()
        page = QuestionnairePageFactory.build(
            title=spec["title"],
            slug=spec["slug"],
            intro=spec["intro"],
            closing_text=spec["closing_text"],
            steps=steps_data(spec["steps"]),
            module=module,
            access=access,
            anonymous=True,
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        log(f"Questionnaire created: {page.title}")
    return page


def _demo_answers(page: QuestionnairePage, rng: random.Random) -> list:
    """Plausible answers for every question of `page` (conditions honoured)."""
    answers, given = [], {}
    for step in build_steps(page.steps):
        if not visible(step, given):
            continue
        for spec in step.questions:
            if not visible(spec, given):
                continue
            kind = spec.kind
            if kind == "matrix":
                for item_id, _label in spec.items:
                    answers.append(
                        services.AnswerValue(spec.id, item=item_id, number=rng.choice([3, 4, 4, 5]))
                    )
                continue
            if kind == "ranking":
                places = rng.sample(spec.scale, len(spec.scale))
                for (item_id, _label), place in zip(spec.items, places, strict=True):
                    answers.append(services.AnswerValue(spec.id, item=item_id, number=place))
                continue
            if kind == "date":
                day = datetime.date(2026, rng.randint(9, 11), rng.randint(1, 28))
                answers.append(services.AnswerValue(spec.id, text=day.isoformat()))
                continue
            if kind in {"rating", "recommendation"}:
                value = rng.choice([3, 4, 4, 5]) if kind == "rating" else rng.randint(5, 10)
                answers.append(services.AnswerValue(spec.id, number=value))
            elif kind == "number":
                value = rng.randint(1, 4)
                answers.append(services.AnswerValue(spec.id, number=value))
            elif kind == "yes_no":
                value = rng.choice(["yes", "yes", "no"])
                answers.append(services.AnswerValue(spec.id, choice=value))
            elif kind == "single_choice":
                value = rng.choice(spec.choices)[0]
                answers.append(services.AnswerValue(spec.id, choice=value))
            elif kind == "multiple_choice":
                value = [choice_id for choice_id, _l in rng.sample(spec.choices, 2)]
                answers.extend(services.AnswerValue(spec.id, choice=c) for c in value)
            elif kind == "short_text":
                value = rng.choice(["Arbeit", "Krankheit", "Kinderbetreuung"])
                answers.append(services.AnswerValue(spec.id, text=value))
            else:
                value = rng.choice(["Mehr Beispiele aus der Praxis.", "", "Gerne wieder!"])
                if value:
                    answers.append(services.AnswerValue(spec.id, text=value))
            given[spec.id] = value
    return answers


def _demo_responses(page: QuestionnairePage, log) -> None:
    if Response.objects.filter(questionnaire=page).exists():
        return
    session = (
        EventPage.objects.filter(
            locale=Locale.get_default(), kind=EventKind.MODULE_SESSION, module=page.module
        )
        .order_by("start")
        .first()
    )
    day = (session.end if session else timezone.now()) + datetime.timedelta(days=1)
    rng = random.Random(2013)  # the same demo figures on every machine
    for number in range(DEMO_RESPONSES):
        services.response_submit(
            questionnaire=page,
            language=RESPONSE_LANGUAGES[number % len(RESPONSE_LANGUAGES)],
            answers=_demo_answers(page, rng),
            submission_key=uuid.uuid4(),
            now=day + datetime.timedelta(days=number % 5),
        )
    log(f"Demo responses: {DEMO_RESPONSES} for {page.title}")


def seed_questionnaires(*, log: Callable[[str], None]) -> None:
    home = HomePage.objects.filter(locale=Locale.get_default(), depth=2).first()
    if home is None:
        return
    index = SurveyIndexPage.objects.child_of(home).first()
    if index is None:
        index = SurveyIndexPageFactory(parent=home, **SURVEY_INDEX)
        index.save_revision().publish()
        log(f"Questionnaires page created: {index.title}")
    evaluation = _questionnaire(index, MODULE_EVALUATION, access=Access.OPEN_LINK, log=log)
    with_codes = _questionnaire(index, CODE_QUESTIONNAIRE, access=Access.CODES, log=log)
    for page in (index, evaluation, with_codes):
        for translated in translations_publish_missing(
            instance=page, strings_by_language=TRANSLATIONS
        ):
            log(f"Translated into {translated.locale.language_code}: {page.title}")
    _demo_responses(evaluation, log)
    if not with_codes.code_batches.exists():
        session = (
            EventPage.objects.filter(locale=Locale.get_default(), module=with_codes.module)
            .order_by("-start")
            .first()
        )
        batch = services.codes_generate(
            questionnaire=with_codes,
            count=DEMO_CODES,
            event=session,
            label="Demo: Modul 2",
        )
        codes = ", ".join(batch.codes.values_list("code", flat=True)[:3])
        log(f"Codes made: {DEMO_CODES} for {with_codes.title} (e.g. {codes})")
