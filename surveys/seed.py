"""Demo data for the project's goals: two impact goals and ten action goals (concept, section 3)."""

import datetime
import random
import uuid
from collections.abc import Callable

from django.utils import timezone
from wagtail.models import Locale

from events.models import EventKind, EventPage, QualificationModule
from home.localization import translations_publish_missing
from home.models import HomePage
from members.models import ProjectPhase

from . import services
from .demo_content import CODE_QUESTIONNAIRE, MODULE_EVALUATION, SURVEY_INDEX
from .demo_translations import TRANSLATIONS
from .factories import GoalFactory, QuestionnairePageFactory, SurveyIndexPageFactory, steps_data
from .models import Access, Goal, GoalStatus, Metric, QuestionnairePage, Response, SurveyIndexPage
from .questions import build_steps, visible

IMPACT_GOALS = [
    (
        1,
        "Ein selbsttragendes Kooperationsnetzwerk der örtlichen Migrantenselbstorganisationen "
        "ist fest etabliert.",
    ),
    (
        2,
        "Die Handlungskompetenzen der örtlichen Migrantenselbstorganisationen sind nachhaltig "
        "gestärkt.",
    ),
]

# (number, phase, statement): "By the end of phase N ..."
ACTION_GOALS = [
    (1, 1, "Es haben mindestens drei Netzwerktreffen stattgefunden."),
    (2, 1, "Ein Qualifizierungskonzept mit fünf Modulen ist erarbeitet."),
    (3, 2, "Die Netzwerkarbeit hat sich verstetigt."),
    (
        4,
        2,
        "Zwischen allen Netzwerkpartnerinnen und -partnern besteht ein Konsens über die "
        "gemeinsamen konkreten Zielsetzungen der Kooperation.",
    ),
    (
        5,
        2,
        "Die Handlungskompetenzen der beteiligten MSO haben sich durch die Durchführung von "
        "zwei Qualifizierungsmodulen erweitert.",
    ),
    (
        6,
        3,
        "Erste gemeinsame Vorhaben und Initiativen sind von den Netzwerkpartnerinnen und "
        "-partnern entwickelt und umgesetzt worden.",
    ),
    (
        7,
        3,
        "Konkrete Kooperationen zwischen dem MSO-Netzwerk und den integrationsrelevanten "
        "Institutionen vor Ort sind realisiert worden.",
    ),
    (
        8,
        3,
        "Die Handlungskompetenzen der beteiligten MSO haben sich durch die Durchführung von "
        "zwei weiteren Qualifizierungsmodulen deutlich erweitert.",
    ),
    (9, 4, "Ein weitestgehend selbsttragendes MSO-Netzwerk hat sich fest etabliert."),
    (
        10,
        4,
        "Die Handlungskompetenzen der beteiligten MSO sind durch die Durchführung aller "
        "Qualifizierungsmodule nachhaltig gestärkt.",
    ),
]


# How each action goal is measured (number → target in words, metric, target value) or, for a
# goal assessed by hand, its demo assessment (number → target in words, assessment, note).
GOAL_MEASURES = {
    1: ("mindestens drei Netzwerktreffen", Metric.NETWORK_MEETINGS, 3),
    3: ("mindestens drei Netzwerktreffen seit Projektbeginn", Metric.NETWORK_MEETINGS, 3),
    5: ("zwei Qualifizierungsmodule durchgeführt", Metric.MODULES_HELD, 2),
    6: ("mindestens zwei gemeinsame Vorhaben", Metric.INITIATIVES, 2),
    7: ("mindestens zwei Kooperationen mit Institutionen vor Ort", Metric.COOPERATIONS, 2),
    8: ("vier Qualifizierungsmodule durchgeführt", Metric.MODULES_HELD, 4),
    9: ("mindestens neun Organisationen nehmen am Netzwerk teil", Metric.ORGANISATIONS, 9),
    10: ("alle fünf Qualifizierungsmodule durchgeführt", Metric.MODULES_HELD, 5),
}
GOAL_ASSESSMENTS = {
    2: (
        "Konzept mit fünf Modulen liegt vor und ist im Netzwerk abgestimmt",
        GoalStatus.MET,
        "Qualifizierungskonzept im 2. Netzwerktreffen (05.12.2012) einvernehmlich beschlossen.",
    ),
    4: (
        "Konsens im Wirksamkeitsdialog festgestellt",
        GoalStatus.MET,
        "Im Wirksamkeitsdialog am 11.12.2013 haben alle Partner die gemeinsamen Ziele "
        "bestätigt (Protokoll des Dialogs).",
    ),
}

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


def seed_surveys(*, log: Callable[[str], None]) -> None:
    seed_goals(log=log)
    seed_questionnaires(log=log)


def seed_goals(*, log: Callable[[str], None]) -> None:
    for number, statement in IMPACT_GOALS:
        if not Goal.objects.filter(kind=Goal.Kind.IMPACT, number=number).exists():
            GoalFactory(kind=Goal.Kind.IMPACT, number=number, statement=statement)
            log(f"Impact goal created: {number}")
    for number, phase_number, statement in ACTION_GOALS:
        goal = Goal.objects.filter(kind=Goal.Kind.ACTION, number=number).first()
        if goal is None:
            goal = GoalFactory(
                kind=Goal.Kind.ACTION,
                number=number,
                statement=statement,
                phase=ProjectPhase.objects.get(number=phase_number),
            )
            log(f"Action goal created: {number}")
        # Goals from before targets existed get theirs; targets set by hand stay.
        if goal.target_description or goal.metric or goal.assessment:
            continue
        if number in GOAL_MEASURES:
            goal.target_description, goal.metric, goal.target = GOAL_MEASURES[number]
        elif number in GOAL_ASSESSMENTS:
            goal.target_description, goal.assessment, goal.assessment_note = GOAL_ASSESSMENTS[
                number
            ]
        goal.save()
        log(f"Action goal {number}: target set")
