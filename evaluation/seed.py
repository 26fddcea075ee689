"""Demo data for the project's goals: two impact goals and ten action goals (concept, section 3),
with their targets and metrics or manual assessments."""

from collections.abc import Callable

from members.models import ProjectPhase

from .factories import GoalFactory
from .models import Goal, GoalStatus, Metric

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


# The participation figures shown beside the goals of consensus, joint initiatives and
# cooperation (number → metrics).
GOAL_FURTHER_EVIDENCE = {
    4: [Metric.PROPOSALS_AGREED],
    6: [Metric.WORKING_GROUPS, Metric.AGREEMENTS],
    7: [Metric.WORKING_GROUPS],
}


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
        # Goals from before participation existed get its evidence; a choice made by hand stays.
        if number in GOAL_FURTHER_EVIDENCE and not goal.further_evidence:
            goal.further_evidence = [str(metric) for metric in GOAL_FURTHER_EVIDENCE[number]]
            goal.save(update_fields=["further_evidence"])
            log(f"Action goal {number}: further evidence set")
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
