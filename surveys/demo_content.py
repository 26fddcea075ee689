"""The demo questionnaires, in German; their translations are in the gettext catalogues
`surveys/demo/locale/<language>/LC_MESSAGES/demo.po` (see docs/translations-demo.md)."""

SURVEY_INDEX = {
    "title": "Befragungen",
    "slug": "befragungen",
    "intro": "Hier finden Sie die offenen Befragungen des Netzwerks. Ihre Meinung zählt.",
}

MODULE_EVALUATION = {
    "title": "Modulbewertung: Kommunale Strukturen",
    "slug": "modulbewertung-kommunale-strukturen",
    "module": 1,
    "intro": (
        "<p>Sie haben am Qualifizierungsmodul „Kommunale Strukturen“ teilgenommen. Bitte sagen "
        "Sie uns, wie es Ihnen gefallen hat. Das dauert etwa fünf Minuten.</p>"
    ),
    "closing_text": (
        "<p>Ihre Antworten helfen uns, die nächsten Module besser zu machen. Die Ergebnisse "
        "stellen wir beim nächsten Netzwerktreffen vor.</p>"
    ),
    "steps": [
        (
            "Ihre Teilnahme",
            [
                (
                    "single_choice",
                    "Wie haben Sie von dem Modul erfahren?",
                    {
                        "code": "F1",
                        "choices": [
                            "Über meinen Verein",
                            "Über das Netzwerktreffen",
                            "Über Freunde oder Familie",
                            "Über die Zeitung oder das Internet",
                        ],
                    },
                ),
                ("yes_no", "Waren Sie an allen Terminen des Moduls dabei?", {"code": "F2"}),
                (
                    "number",
                    "Wie viele Personen aus Ihrem Verein haben teilgenommen?",
                    {"min_value": 1, "max_value": 30, "required": False},
                ),
            ],
            {"text": "Zuerst ein paar Fragen zu Ihrer Teilnahme."},
        ),
        (
            "Ihre Bewertung",
            [
                (
                    "matrix",
                    "Wie sehr stimmen Sie den folgenden Aussagen zu?",
                    {
                        "items": [
                            "Die Inhalte waren verständlich.",
                            "Die Inhalte sind für die Arbeit meines Vereins nützlich.",
                            "Die Referentin oder der Referent war gut vorbereitet.",
                            "Es gab genug Zeit für Fragen.",
                        ],
                        "low_label": "stimme gar nicht zu",
                        "high_label": "stimme voll zu",
                    },
                ),
                (
                    "rating",
                    "Wie zufrieden sind Sie insgesamt mit dem Modul?",
                    {
                        "faces": True,
                        "low_label": "sehr unzufrieden",
                        "high_label": "sehr zufrieden",
                    },
                ),
                (
                    "recommendation",
                    "Wie wahrscheinlich ist es, dass Sie das Modul anderen Vereinen empfehlen?",
                    {
                        "low_label": "sehr unwahrscheinlich",
                        "high_label": "sehr wahrscheinlich",
                    },
                ),
                (
                    "short_text",
                    "Was hat Sie daran gehindert, an allen Terminen teilzunehmen?",
                    {"condition": ("F2", "nein")},
                ),
            ],
        ),
        (
            "Ihre Anregungen",
            [
                (
                    "multiple_choice",
                    "Zu welchen Themen wünschen Sie sich weitere Angebote?",
                    {
                        "choices": [
                            "Fördermittel beantragen",
                            "Presse- und Öffentlichkeitsarbeit",
                            "Vereinsrecht und Satzung",
                            "Datenschutz im Verein",
                        ],
                        "allow_other": True,
                        "required": False,
                    },
                ),
                ("long_text", "Was sollten wir beim nächsten Mal besser machen?", {}),
            ],
        ),
    ],
}

CODE_QUESTIONNAIRE = {
    "title": "Rückmeldung zum Modul Fundraising",
    "slug": "rueckmeldung-fundraising",
    "module": 2,
    "intro": (
        "<p>Bitte geben Sie den Code von Ihrem Zettel ein oder scannen Sie den QR-Code. Jeder "
        "Code gilt einmal.</p>"
    ),
    "closing_text": "<p>Vielen Dank für Ihre Rückmeldung!</p>",
    "steps": [
        (
            "Ihre Bewertung",
            [
                (
                    "rating",
                    "Wie zufrieden sind Sie mit dem Modul?",
                    {
                        "faces": True,
                        "low_label": "sehr unzufrieden",
                        "high_label": "sehr zufrieden",
                    },
                ),
                (
                    "yes_no",
                    "Wollen Sie in den nächsten zwölf Monaten Fördermittel beantragen?",
                    {"code": "A1"},
                ),
                ("yes_no", "Hat Ihr Verein schon einmal Fördermittel beantragt?", {"code": "A2"}),
            ],
        ),
        (
            "Ihre Pläne",
            [
                (
                    "short_text",
                    "Für welches Vorhaben möchten Sie Fördermittel beantragen?",
                    {"condition": ("A1", "ja")},
                ),
                # A condition on several questions: one of them is enough.
                (
                    "ranking",
                    "Welche Geldgeber sind für Ihren Verein am wichtigsten?",
                    {
                        "choices": ["Die Stadt", "Das Land", "Stiftungen"],
                        "required": False,
                        "condition": {"any": [("A1", "ja"), ("A2", "ja")]},
                    },
                ),
                # ... and both must hold: planning a first application.
                (
                    "date",
                    "Bis wann möchten Sie Ihren ersten Antrag stellen?",
                    {"required": False, "condition": {"all": [("A1", "ja"), ("A2", "nein")]}},
                ),
                ("long_text", "Was möchten Sie uns noch sagen?", {}),
            ],
        ),
    ],
}
