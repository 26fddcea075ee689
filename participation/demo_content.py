"""What the demo's proposals say: per qualification module (by number), proposals written by
members in their own languages, with the organisations (by index in the demo's list of nine)
that support them, comments and, for some, the network management's answer.

The titles and descriptions the network manager gives (processes, the date poll, the working
groups) are translated in `participation/demo/locale`; what members write is not.

Dates: a module's process opens on the first day of the module's project phase, its proposals
are made in that phase and answered within it (so the indicators count them for the phase);
each working group first met in phase 3 and met again recently; the date poll is about the
next meeting, from today."""

import datetime

# Days after the process opens that its first proposal is made, between two proposals of one
# process, and from a proposal to its answer.
PROPOSAL_FIRST_DAY = 21
PROPOSAL_EVERY_DAYS = 9
ANSWER_AFTER_DAYS = 28

PROCESS_TITLE = "Modul {number}: Ihre Themen und Wünsche"
PROCESS_DESCRIPTION = (
    "Welche Inhalte soll das Modul behandeln? Schlagen Sie Themen vor, kommentieren Sie die "
    "Vorschläge der anderen Vereine und unterstützen Sie, was Ihrem Verein wichtig ist."
)

PROPOSALS = [
    {
        "module": 1,
        "organisation": 5,
        "title": "Wie funktioniert der Integrationsrat?",
        "text": "Viele Vorstände wissen nicht, wie sie Anliegen in den Integrationsrat bringen. "
        "Ein Besuch einer Sitzung mit Vor- und Nachbereitung wäre hilfreich.",
        "language": "de",
        "supporters": [0, 1, 5, 6],
        "comments": [(6, "Unbedingt, gern mit einem Ratsmitglied als Gast.", "de")],
        "status": "planned",
        "reason": "Wir planen einen Sitzungsbesuch im zweiten Termin des Moduls.",
    },
    {
        "module": 1,
        "organisation": 6,
        "title": "Belediye bütçesi nasıl işler?",
        "text": "Derneklerin belediyeden destek alabilmesi için bütçe sürecini ve başvuru "
        "tarihlerini öğrenmek istiyoruz.",
        "language": "tr",
        "supporters": [5, 6],
        "comments": [],
    },
    {
        "module": 2,
        "organisation": 3,
        "title": "Trouver des fondations pour nos projets",
        "text": "Nous aimerions apprendre à chercher des fondations et à écrire une demande "
        "de subvention, avec un exemple réel.",
        "language": "fr",
        "supporters": [2, 3, 7, 8],
        "comments": [(2, "Yes, with a real application as an example.", "en")],
        "status": "accepted",
        "reason": "Das nehmen wir als Übung mit einem echten Antrag in das Modul auf.",
    },
    {
        "module": 2,
        "organisation": 0,
        "title": "Spendenquittungen richtig ausstellen",
        "text": "Was müssen wir bei Zuwendungsbestätigungen beachten, und wie dokumentieren wir "
        "Sachspenden?",
        "language": "de",
        "supporters": [0, 1],
        "comments": [],
    },
    {
        "module": 3,
        "organisation": 6,
        "title": "Pressemitteilungen, die gelesen werden",
        "text": "Wie schreiben wir eine Pressemitteilung über unser Sommerfest, die die "
        "Lokalzeitung auch druckt?",
        "language": "de",
        "supporters": [4, 5, 6],
        "comments": [(4, "Und wie wir Fotos mit Einwilligung verwenden.", "de")],
        "status": "discussion",
        "reason": "Wir besprechen beim nächsten Netzwerktreffen, wer die Einheit übernimmt.",
    },
    {
        "module": 3,
        "organisation": 2,
        "title": "Social media for small associations",
        "text": "A short practical session on planning posts for a month with little time.",
        "language": "en",
        "supporters": [2, 7],
        "comments": [],
    },
    {
        "module": 4,
        "organisation": 5,
        "title": "Vereinsbuchhaltung mit freier Software",
        "text": "Eine Einführung in eine einfache Buchhaltung für kleine Vereine, ohne teure "
        "Lizenzen.",
        "language": "de",
        "supporters": [0, 5, 8],
        "comments": [],
    },
    {
        "module": 4,
        "organisation": 1,
        "title": "حماية البيانات في الجمعيات",
        "text": "نرغب في معرفة كيفية حفظ بيانات الأعضاء بشكل آمن وما الذي يسمح به القانون.",
        "language": "ar",
        "supporters": [1, 6],
        "comments": [(6, "Sehr wichtig, auch für unsere Jugendarbeit.", "de")],
    },
    {
        "module": 5,
        "organisation": 7,
        "title": "Gemeinsame Projekte mit Schulen",
        "text": "Wie bahnen wir als Netzwerk eine Kooperation mit einer Grundschule an, und wer "
        "ist dort ansprechbar?",
        "language": "de",
        "supporters": [0, 3, 6, 7, 8],
        "comments": [(3, "Nous avons déjà un contact avec une école.", "fr")],
        "status": "accepted",
        "reason": "Daraus wird eine gemeinsame Initiative; die Details folgen im Protokoll.",
    },
    {
        "module": 5,
        "organisation": 4,
        "title": "Ehrenamtliche gewinnen und halten",
        "text": "Erfahrungen austauschen, wie wir junge Menschen für die Vereinsarbeit gewinnen.",
        "language": "de",
        "supporters": [4],
        "comments": [],
        "status": "declined",
        "reason": "Das Thema steht schon im Modul 3; wir verweisen die Diskussion dorthin.",
    },
]

DATE_POLL = {
    "title": "Nächstes Netzwerktreffen",
    "description": "Bitte sagen Sie für Ihren Verein, welche Termine passen.",
    "venue_name": "Rathaus Oberhausen, Ratssaal",
    # Days from today, at 18:00; the answers by organisation index, one per date.
    "days": (21, 28, 35),
    "answers": {
        0: ("yes", "maybe", "no"),
        2: ("yes", "yes", "no"),
        5: ("no", "yes", "yes"),
        6: ("yes", "no", "maybe"),
    },
}

# Two working groups for fields of cooperation (by slug), their organisations (by index), the
# first meeting in phase 3 (its day, minutes and agreements, done by their day) and a recent
# meeting's minutes (days ago) with the agreements taken in it (days from today; a negative
# number is already past its date).
WORKING_GROUPS = [
    {
        "name": "AG Bildung",
        "slug": "ag-bildung",
        "field": "bildung",
        "description": "Hausaufgabenhilfe, Elternabende und Kontakte zu Schulen.",
        "organisations": [0, 5, 6, 7],
        "first_meeting": {
            "day": datetime.date(2014, 3, 19),
            "text": "Gründungstreffen: Die Vereine stellen ihre Angebote für Kinder vor und "
            "vereinbaren, gemeinsam auf die Schulen zuzugehen.",
            "agreements": [
                ("Übersicht der Angebote für Kinder zusammenstellen", 0, datetime.date(2014, 5, 1)),
                ("Elternabend in zwei Sprachen vorbereiten", 6, datetime.date(2014, 6, 15)),
            ],
        },
        "minutes": {
            "days_ago": 20,
            "text": "Wir haben die Hausaufgabenhilfen der Vereine verglichen und besprochen, "
            "wie wir gemeinsam eine Grundschule ansprechen.",
        },
        "agreements": [
            ("Liste der Hausaufgabenhilfen mit Zeiten erstellen", 5, 10, "open"),
            ("Termin mit der Schulleitung der Grundschule vereinbaren", 7, -3, "open"),
            ("Flyer für Elternabend übersetzen", 6, -10, "done"),
        ],
    },
    {
        "name": "AG Sport",
        "slug": "ag-sport",
        "field": "sport",
        "description": "Ein gemeinsames Fußballturnier der Vereine im Sommer.",
        "organisations": [1, 2, 4],
        "first_meeting": {
            "day": datetime.date(2014, 5, 7),
            "text": "Die Vereine verabreden ein erstes gemeinsames Sportfest im Stadtteil.",
            "agreements": [
                ("Sportfest beim Stadtteilbüro anmelden", 4, datetime.date(2014, 6, 1)),
            ],
        },
        "minutes": {
            "days_ago": 12,
            "text": "Erstes Treffen zum Turnier: Ort, Termin und Mannschaften.",
        },
        "agreements": [
            ("Sportplatz beim Sportamt anfragen", 1, 14, "open"),
            ("Schiedsrichter fragen", 2, 30, "open"),
        ],
    },
]
