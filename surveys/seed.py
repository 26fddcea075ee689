"""Demo data for the project's goals: two impact goals and ten action goals (concept, section 3)."""

from collections.abc import Callable

from members.models import ProjectPhase

from .factories import GoalFactory
from .models import Goal

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


def seed_surveys(*, log: Callable[[str], None]) -> None:
    for number, statement in IMPACT_GOALS:
        if not Goal.objects.filter(kind=Goal.Kind.IMPACT, number=number).exists():
            GoalFactory(kind=Goal.Kind.IMPACT, number=number, statement=statement)
            log(f"Impact goal created: {number}")
    for number, phase_number, statement in ACTION_GOALS:
        if not Goal.objects.filter(kind=Goal.Kind.ACTION, number=number).exists():
            GoalFactory(
                kind=Goal.Kind.ACTION,
                number=number,
                statement=statement,
                phase=ProjectPhase.objects.get(number=phase_number),
            )
            log(f"Action goal created: {number}")
