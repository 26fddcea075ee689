"""Demo data for the network: the four project phases and the nine organisations of the planning
group named in the concept (section 1)."""

import datetime
from collections.abc import Callable

from .factories import OrganisationFactory, ProjectPhaseFactory
from .models import Organisation, ProjectPhase

PHASES = [
    (1, "Aufbau des Netzwerks", datetime.date(2012, 7, 1), datetime.date(2012, 12, 31)),
    (
        2,
        "Verstetigung und erste Qualifizierung",
        datetime.date(2013, 1, 1),
        datetime.date(2013, 12, 31),
    ),
    (
        3,
        "Gemeinsame Vorhaben und Kooperationen",
        datetime.date(2014, 1, 1),
        datetime.date(2014, 12, 31),
    ),
    (4, "Selbsttragendes Netzwerk", datetime.date(2015, 1, 1), datetime.date(2015, 6, 30)),
]

RELIGIOUS = Organisation.Kind.RELIGIOUS_COMMUNITY
CULTURAL = Organisation.Kind.CULTURAL_ASSOCIATION

ORGANISATIONS = [
    (
        "Alevitische Gemeinde Alt-Oberhausen",
        RELIGIOUS,
        "Religiöses und kulturelles Zentrum der alevitischen Familien in Alt-Oberhausen.",
    ),
    (
        "Alevitischer Kulturverein e.V.",
        CULTURAL,
        "Saz-Kurse, Hausaufgabenhilfe und Feste für Jung und Alt.",
    ),
    (
        "Christian Church Outreach Mission International",
        RELIGIOUS,
        "Afrikanische Gemeinde mit Gottesdiensten, Chor und Beratung für Neuzugewanderte.",
    ),
    (
        "G. Croix de la Victoire",
        RELIGIOUS,
        "Französischsprachige Gemeinde mit Familien aus Zentral- und Westafrika.",
    ),
    (
        'Liberale Jüdische Gemeinde "Perusch"',
        RELIGIOUS,
        "Liberale jüdische Gemeinde mit Gottesdiensten, Lernabenden und Kulturprogramm.",
    ),
    (
        "Türkische Gemeinde Oberhausen e.V.",
        CULTURAL,
        "Beratung, Sprachkurse und Elternarbeit für türkeistämmige Familien.",
    ),
    (
        "Mevlana Moschee",
        RELIGIOUS,
        "Moscheegemeinde mit Jugendarbeit, Frauengruppe und Hausaufgabenbetreuung.",
    ),
    (
        "Word of Life International Church e.V.",
        RELIGIOUS,
        "Internationale Gemeinde mit Gottesdiensten auf Englisch und Deutsch.",
    ),
    (
        "World Christian Revival Center International e.V.",
        RELIGIOUS,
        "Gemeinde mit Seelsorge, Musik und Hilfe im Alltag für Zugewanderte.",
    ),
]


def _link_news(log: Callable[[str], None]) -> None:
    """Name the organisations in the demo news they took part in (every language's version)."""
    from home.demo_content import NEWS_ORGANISATIONS
    from home.models import NewsPage

    for slug, names in NEWS_ORGANISATIONS.items():
        organisations = list(Organisation.objects.filter(name__in=names))
        german = NewsPage.objects.filter(slug=slug).first()
        if german is None:
            continue
        for article in NewsPage.objects.filter(translation_key=german.translation_key):
            if set(article.related_organisations.all()) != set(organisations):
                article.related_organisations.set(organisations)
                article.save_revision().publish()
                log(f"News linked to organisations: {article.title}")


def seed_members(*, log: Callable[[str], None]) -> None:
    for number, title, start, end in PHASES:
        if not ProjectPhase.objects.filter(number=number).exists():
            ProjectPhaseFactory(number=number, title=title, start_date=start, end_date=end)
            log(f"Project phase created: {number}. {title}")
    for name, kind, description in ORGANISATIONS:
        if not Organisation.objects.filter(name=name).exists():
            OrganisationFactory(name=name, kind=kind, short_description=description)
            log(f"Organisation created: {name}")
    _link_news(log)
