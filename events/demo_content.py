"""The five qualification modules of the concept (section 4, building block B), in German.

`phase` is the number of the project phase in which the module is held (concept, section 5).
Translations are in the gettext catalogues `events/demo/locale/<language>/LC_MESSAGES/demo.po`
(msgid: the German text); see docs/translations-demo.md.
"""

MODULES = [
    {
        "number": 1,
        "title": "Kommunale Strukturen",
        "phase": 2,
        "description": (
            "Wie funktionieren Rat, Verwaltung und Integrationsrat? Wer ist wofür zuständig, "
            "und wie bringt ein Verein seine Anliegen ein?"
        ),
    },
    {
        "number": 2,
        "title": "Fundraising und Projektmittelakquise",
        "phase": 2,
        "description": (
            "Förderprogramme finden, Anträge schreiben, Spenden gewinnen und Projektmittel "
            "richtig abrechnen."
        ),
    },
    {
        "number": 3,
        "title": "Öffentlichkeits- und Lobbyarbeit",
        "phase": 3,
        "description": (
            "Pressearbeit, soziale Medien und Gespräche mit der Politik: wie ein Verein "
            "gehört wird."
        ),
    },
    {
        "number": 4,
        "title": "Betriebswirtschaftliche Basics und EDV",
        "phase": 3,
        "description": (
            "Buchführung, Vereinsfinanzen, Datenschutz und die wichtigsten Programme für die "
            "Vereinsarbeit."
        ),
    },
    {
        "number": 5,
        "title": "Erfolgreiche Netzwerkarbeit",
        "phase": 4,
        "description": (
            "Kooperationen aufbauen und pflegen, gemeinsame Vorhaben planen und das Netzwerk "
            "auf eigene Füße stellen."
        ),
    },
]

CALENDAR = {
    "title": "Veranstaltungen",
    "slug": "veranstaltungen",
    "intro": (
        "Netzwerktreffen, die Termine der Qualifizierungsmodule und die Angebote der Vereine "
        "in einem Kalender."
    ),
}

# Past events, on the dates of the concept's timeline (phases 1 to 4). `minutes` names the slug
# of the minutes page in the extranet; `attended` how many demo members came; `walk_ins`.
PAST_EVENTS = [
    {
        "slug": "netzwerktreffen-2012-09",
        "title": "1. Netzwerktreffen",
        "kind": "network_meeting",
        "start": (2012, 9, 12, 18),
        "hours": 2.5,
        "venue_name": "Rathaus Oberhausen, Ratssaal",
        "minutes": "netzwerktreffen-1",
        "attended": 8,
        "walk_ins": 3,
    },
    {
        "slug": "netzwerktreffen-2012-12",
        "title": "2. Netzwerktreffen",
        "kind": "network_meeting",
        "start": (2012, 12, 5, 18),
        "hours": 2.5,
        "venue_name": "Mevlana Moschee, Sterkrade",
        "minutes": "netzwerktreffen-2",
        "attended": 9,
        "walk_ins": 1,
    },
    {
        "slug": "netzwerktreffen-2013-03",
        "title": "3. Netzwerktreffen",
        "kind": "network_meeting",
        "start": (2013, 3, 20, 18),
        "hours": 2.5,
        "venue_name": "Liberale Jüdische Gemeinde, Alt-Oberhausen",
        "minutes": "netzwerktreffen-3",
        "attended": 7,
        "walk_ins": 2,
    },
    {
        "slug": "modul-1-2013-02",
        "title": "Modul 1: Kommunale Strukturen",
        "kind": "module_session",
        "module": 1,
        "start": (2013, 2, 23, 10),
        "hours": 6,
        "venue_name": "Volkshochschule Oberhausen",
        "attended": 12,
        "walk_ins": 0,
    },
    {
        "slug": "modul-2-2013-06",
        "title": "Modul 2: Fundraising und Projektmittelakquise",
        "kind": "module_session",
        "module": 2,
        "start": (2013, 6, 8, 10),
        "hours": 6,
        "venue_name": "Volkshochschule Oberhausen",
        "attended": 10,
        "walk_ins": 1,
    },
    {
        "slug": "modul-3-2014-03",
        "title": "Modul 3: Öffentlichkeits- und Lobbyarbeit",
        "kind": "module_session",
        "module": 3,
        "start": (2014, 3, 15, 10),
        "hours": 6,
        "venue_name": "Volkshochschule Oberhausen",
        "attended": 9,
        "walk_ins": 0,
    },
    {
        "slug": "modul-4-2014-09",
        "title": "Modul 4: Betriebswirtschaftliche Basics und EDV",
        "kind": "module_session",
        "module": 4,
        "start": (2014, 9, 20, 10),
        "hours": 6,
        "venue_name": "Volkshochschule Oberhausen",
        "attended": 11,
        "walk_ins": 2,
    },
    {
        "slug": "modul-5-2015-03",
        "title": "Modul 5: Erfolgreiche Netzwerkarbeit",
        "kind": "module_session",
        "module": 5,
        "start": (2015, 3, 14, 10),
        "hours": 6,
        "venue_name": "Volkshochschule Oberhausen",
        "attended": 12,
        "walk_ins": 1,
    },
]

# Upcoming events, in days from the day the demo data is made. `registered` demo members take
# places; beyond `capacity` they wait.
UPCOMING_EVENTS = [
    {
        "slug": "elterncafe",
        "title": "Elterncafé: Übergang in die weiterführende Schule",
        "kind": "offering",
        "organiser": "Alevitische Gemeinde Alt-Oberhausen",
        "in_days": 3,
        "hour": 10,
        "hours": 2,
        "venue_name": "Gemeindehaus der Alevitischen Gemeinde",
        "district": "alt-oberhausen",
        "target_group": "parents",
        "field": "bildung",
        "languages": ["de", "tr"],
        "registration_required": False,
        "teaser": "Eltern fragen, Lehrkräfte antworten: Wie finden wir die passende Schule?",
    },
    {
        "slug": "hausaufgabenhilfe",
        "title": "Offene Hausaufgabenhilfe",
        "kind": "offering",
        "organiser": "Mevlana Moschee",
        "in_days": 5,
        "hour": 15,
        "hours": 2,
        "venue_name": "Mevlana Moschee, Jugendraum",
        "district": "sterkrade",
        "target_group": "children",
        "field": "bildung",
        "languages": ["de", "tr", "ar"],
        "registration_required": False,
        "teaser": "Ehrenamtliche helfen Kindern der Klassen 1 bis 6 bei den Hausaufgaben.",
    },
    {
        "slug": "netzwerktreffen-naechstes",
        "title": "Netzwerktreffen",
        "kind": "network_meeting",
        "in_days": 14,
        "hour": 18,
        "hours": 2.5,
        "venue_name": "Rathaus Oberhausen, Ratssaal",
        "district": "alt-oberhausen",
        "members_only": True,
        "capacity": 40,
        "registered": 6,
        "teaser": "Berichte aus den Vereinen, Planung der gemeinsamen Vorhaben im neuen Jahr.",
    },
    {
        "slug": "modul-1-auffrischung",
        "title": "Modul 1: Kommunale Strukturen (Auffrischung)",
        "kind": "module_session",
        "module": 1,
        "in_days": 21,
        "hour": 10,
        "hours": 6,
        "venue_name": "Volkshochschule Oberhausen",
        "district": "alt-oberhausen",
        "capacity": 12,
        "registered": 9,
        "questions": True,
        "languages": ["de"],
        "teaser": "Rat, Verwaltung und Integrationsrat: wer entscheidet was, und wie bringt "
        "ein Verein seine Anliegen ein?",
    },
    {
        "slug": "modul-3-pressearbeit",
        "title": "Modul 3: Pressearbeit für Vereine",
        "kind": "module_session",
        "module": 3,
        "in_days": 35,
        "hour": 10,
        "hours": 5,
        "venue_name": "Volkshochschule Oberhausen",
        "district": "alt-oberhausen",
        "capacity": 8,
        "registered": 10,
        "questions": True,
        "offer": True,
        "languages": ["de"],
        "teaser": "Die eigene Pressemitteilung schreiben und mit der Lokalzeitung sprechen.",
    },
    {
        "slug": "tag-der-offenen-tuer",
        "title": "Tag der offenen Tür der Türkischen Gemeinde",
        "kind": "offering",
        "organiser": "Türkische Gemeinde Oberhausen e.V.",
        "in_days": 40,
        "hour": 11,
        "hours": 6,
        "venue_name": "Türkische Gemeinde Oberhausen",
        "district": "alt-oberhausen",
        "target_group": "",
        "field": "sprachfoerderung",
        "languages": ["de", "tr"],
        "registration_required": False,
        "teaser": "Beratung, Sprachkurse und Musik: die Gemeinde stellt sich vor.",
    },
]

# The registration questions of the upcoming module sessions, and what the first people answered.
REGISTRATION_QUESTIONS = [
    (
        "interpreting",
        {
            "question": "Brauchen Sie eine Verdolmetschung? In welche Sprache?",
            "help_text": "",
            "required": False,
        },
    ),
    (
        "childcare",
        {
            "question": "Für wie viele Kinder brauchen Sie eine Kinderbetreuung?",
            "help_text": "Kinder ab drei Jahren, im Raum nebenan.",
            "required": False,
        },
    ),
    (
        "accessibility",
        {
            "question": "Was brauchen Sie, um barrierefrei teilzunehmen?",
            "help_text": "",
            "required": False,
        },
    ),
    (
        "food",
        {
            "question": "Wie sollen wir beim Essen für Sie planen?",
            "help_text": "",
            "required": False,
        },
    ),
]
DEMO_ANSWERS = [
    {"interpreting": "tr", "childcare": 2, "food": "halal"},
    {"accessibility": "Rollstuhl, bitte einen Platz am Gang.", "food": "vegetarian"},
    {"interpreting": "ar", "food": "no_pork"},
]

DESCRIPTION = (
    "<p>Alle Mitgliedsorganisationen sind herzlich eingeladen. Bitte melden Sie sich an, "
    "damit wir planen können.</p>"
)
ACCESSIBILITY = "Stufenloser Zugang, barrierefreie Toilette."
VENUE_ADDRESS = "Schwartzstraße 72\n46045 Oberhausen"
