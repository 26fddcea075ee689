"""The five qualification modules of the concept (section 4, building block B), in German.

`phase` is the number of the project phase in which the module is held (concept, section 5).
Translations are in `home/demo_translations.py`, keyed by the German text.
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
