"""German demo content for the public site, written from the project concept (docs/architecture.md).

Body blocks are (block type, value) pairs as StreamField accepts them. Translations of every
string are in the gettext catalogues `home/demo/locale/<language>/LC_MESSAGES/demo.po` (msgid:
the German text); see docs/translations-demo.md.
"""

import datetime

SITE_NAME = "MSO-Netzwerk Oberhausen"

HOME = {
    "title": "Gemeinsam stark in Sachen Integration",
    "slug": "start",
    "intro": (
        "Das Netzwerk der Oberhausener Migrantenselbstorganisationen verbindet Moscheegemeinden, "
        "Kirchen, Kulturvereine und Elterninitiativen. Gemeinsam stimmen wir unsere Angebote ab, "
        "bilden uns weiter und sind Partner der Stadt."
    ),
    "search_description": (
        "Das Netzwerk der Migrantenselbstorganisationen in Oberhausen: Vernetzung, "
        "Qualifizierung und gemeinsame Initiativen."
    ),
    "body": [
        ("heading", {"text": "Was das Netzwerk tut", "level": "h2"}),
        (
            "paragraph",
            "<p>Rund 50 Migrantenselbstorganisationen leisten in Oberhausen wertvolle, meist "
            "ehrenamtliche Integrationsarbeit. Im Netzwerk stimmen sie ihre Angebote zeitlich, "
            "inhaltlich und räumlich aufeinander ab und planen gemeinsame Vorhaben.</p>",
        ),
        (
            "paragraph",
            "<p>In fünf Qualifizierungsmodulen stärken die Vereine ihre Kompetenzen: von "
            "kommunalen Strukturen über Fundraising bis zur erfolgreichen Netzwerkarbeit.</p>",
        ),
        (
            "quote",
            {
                "quote": "Zusammen erreichen wir mehr als jeder Verein für sich allein.",
                "attribution": "Aus der Planungsgruppe MSO-Verbund",
            },
        ),
        (
            "call_to_action",
            {
                "title": "Ihr Verein möchte mitmachen?",
                "text": "Die Koordinierungsstelle Integration berät Sie gern.",
                "button_label": "Mehr über das Netzwerk",
                "page": "about",
            },
        ),
    ],
}

# Standard pages below the home page, in menu order. `key` names them for links and settings.
PAGES = [
    {
        "key": "about",
        "title": "Über das Netzwerk",
        "slug": "ueber-das-netzwerk",
        "show_in_menus": True,
        "intro": (
            "Ein herkunftsübergreifendes Netzwerk, begleitet von der Koordinierungsstelle "
            "Integration der Stadt Oberhausen."
        ),
        "body": [
            ("heading", {"text": "Unsere Ziele", "level": "h2"}),
            (
                "paragraph",
                "<p>Ein selbsttragendes Kooperationsnetzwerk der örtlichen "
                "Migrantenselbstorganisationen ist fest etabliert, und ihre Handlungskompetenzen "
                "sind nachhaltig gestärkt.</p>",
            ),
            ("heading", {"text": "Unsere Kooperationsfelder", "level": "h2"}),
            (
                "paragraph",
                "<ul><li>Bildung</li><li>Familienförderung</li><li>Sprachförderung</li>"
                "<li>Prävention</li><li>Qualifizierung</li><li>Einbürgerung</li>"
                "<li>Integration durch Sport</li></ul>",
            ),
        ],
    },
    {
        "key": "easy_language",
        "title": "Leichte Sprache",
        "slug": "leichte-sprache",
        "show_in_menus": True,
        "intro": "Hier erklären wir das Netzwerk in Leichter Sprache.",
        "body": [
            ("heading", {"text": "Was ist das Netzwerk?", "level": "h2"}),
            (
                "paragraph",
                "<p>In Oberhausen gibt es viele Vereine von Menschen aus anderen Ländern.</p>"
                "<p>Diese Vereine arbeiten zusammen.</p>"
                "<p>Sie helfen Menschen, in Oberhausen gut zu leben.</p>",
            ),
            ("heading", {"text": "Was machen wir?", "level": "h2"}),
            (
                "paragraph",
                "<p>Wir treffen uns regelmäßig.</p><p>Wir lernen zusammen in Kursen.</p>"
                "<p>Wir machen gemeinsame Projekte.</p>",
            ),
        ],
    },
    {
        "key": "imprint",
        "title": "Impressum",
        "slug": "impressum",
        "show_in_menus": False,
        "intro": "Angaben gemäß § 5 DDG.",
        # The details come from the imprint settings (IMPRINT below).
        "body": [],
    },
    {
        "key": "privacy",
        "title": "Datenschutz",
        "slug": "datenschutz",
        "show_in_menus": False,
        "intro": "Wie wir mit Ihren Daten umgehen.",
        "body": [
            (
                "paragraph",
                "<p>Diese Website lädt keine Inhalte von anderen Servern und verwendet keine "
                "Tracking-Werkzeuge. Deshalb brauchen wir kein Cookie-Banner.</p>"
                "<p>Fragebögen können anonym ausgefüllt werden. Mitglieder können ihre Daten "
                "jederzeit herunterladen und ihr Konto löschen.</p>",
            ),
        ],
    },
    {
        "key": "accessibility",
        "title": "Erklärung zur Barrierefreiheit",
        "slug": "barrierefreiheit",
        "show_in_menus": False,
        "intro": "Wir möchten, dass alle Menschen diese Website nutzen können.",
        "body": [],
        # The parts of the EU model statement (home.models.AccessibilityStatementPage).
        "fields": {
            "compliance_status": "partial",
            "non_accessible_content": (
                "<p>Einige PDF-Dokumente in den Modulmaterialien sind nicht vollständig "
                "barrierefrei, weil sie vor dem Start der Website entstanden sind. Auf Anfrage "
                "schicken wir Ihnen die Inhalte als barrierefreies Dokument.</p>"
            ),
            "statement_date": datetime.date(2026, 9, 1),
            "review_date": datetime.date(2026, 11, 16),
            "assessment": (
                "Die Erklärung beruht auf einer Selbstbewertung: automatische Prüfungen jeder "
                "Seite und Tests mit Tastatur und Screenreader."
            ),
            "feedback_contact": (
                "Stadt Oberhausen, Büro für Chancengleichheit, Koordinierungsstelle "
                "Integration, Concordiastraße 30, 46042 Oberhausen."
            ),
            "feedback_email": "integration@example.org",
            "feedback_phone": "0208 825-9042",
            "enforcement_body": (
                "Ombudsstelle für barrierefreie Informationstechnik des Landes "
                "Nordrhein-Westfalen bei der Landesbeauftragten für Menschen mit Behinderung"
            ),
        },
    },
]

# Which page each footer link of the site settings points to.
FOOTER_LINKS = {
    "imprint_page": "imprint",
    "privacy_page": "privacy",
    "accessibility_page": "accessibility",
    "easy_language_page": "easy_language",
}

NEWS_INDEX = {
    "title": "Aktuelles",
    "slug": "aktuelles",
    "intro": "Neuigkeiten aus dem Netzwerk und seinen Vereinen.",
}

# News articles, newest first. `days_ago` dates them relative to the day the demo is built.
NEWS = [
    {
        "title": "Drittes Netzwerktreffen im Rathaus",
        "slug": "drittes-netzwerktreffen",
        "days_ago": 3,
        "tags": ["Netzwerktreffen"],
        "image": "meeting",
        "teaser": "Vertreterinnen und Vertreter aus neun Vereinen haben gemeinsame Ziele für das "
        "kommende Jahr vereinbart.",
        "body": [
            (
                "paragraph",
                "<p>Beim dritten Netzwerktreffen ging es um die Abstimmung der Angebote in den "
                "Stadtteilen. Die Vereine wollen ihre Hausaufgabenhilfen künftig so planen, dass "
                "sie sich zeitlich nicht überschneiden.</p>",
            ),
            (
                "quote",
                {
                    "quote": "Wir kennen uns jetzt besser und können einander Familien empfehlen.",
                    "attribution": "Eine Teilnehmerin",
                },
            ),
        ],
    },
    {
        "title": "Qualifizierungsmodul Fundraising startet",
        "slug": "modul-fundraising-startet",
        "days_ago": 10,
        "tags": ["Qualifizierung"],
        "image": "training",
        "teaser": "Im zweiten Modul lernen die Vereine, Förderprogramme zu finden und Anträge "
        "zu schreiben.",
        "body": [
            (
                "paragraph",
                "<p>Das Modul umfasst drei Abende. Eine erfahrene Referentin zeigt, wie man "
                "Förderprogramme findet, einen Antrag schreibt und Projektmittel richtig "
                "abrechnet.</p>",
            ),
            (
                "paragraph",
                "<p>Die Teilnahme ist für Mitglieder aller Vereine im Netzwerk kostenlos.</p>",
            ),
        ],
    },
    {
        "title": "Gemeinsames Sommerfest im Stadtteil Lirich",
        "slug": "sommerfest-lirich",
        "days_ago": 24,
        "tags": ["Gemeinsame Vorhaben"],
        "image": "festival",
        "teaser": "Fünf Vereine laden gemeinsam zu Musik, Essen und Spielen für Familien ein.",
        "body": [
            (
                "paragraph",
                "<p>Das Sommerfest ist das erste gemeinsame Vorhaben mehrerer Vereine aus dem "
                "Netzwerk. Es gibt Musik aus vielen Ländern, Essen und Spiele für Kinder.</p>",
            ),
        ],
    },
    {
        "title": "Kooperation mit der Gesamtschule vereinbart",
        "slug": "kooperation-gesamtschule",
        "days_ago": 40,
        "tags": ["Kooperationen", "Bildung"],
        "image": None,
        "teaser": "Eine Schule und drei Vereine bieten zusammen Sprechstunden für Eltern an.",
        "body": [
            (
                "paragraph",
                "<p>Einmal im Monat beraten Mitglieder der Vereine Eltern in ihrer "
                "Herkunftssprache zu Fragen rund um die Schule.</p>",
            ),
        ],
    },
    {
        "title": "Das Netzwerk hat eine neue Website",
        "slug": "neue-website",
        "days_ago": 60,
        "tags": ["Netzwerk"],
        "image": None,
        "teaser": "Nachrichten, Termine und das Verzeichnis der Vereine gibt es jetzt in sechs "
        "Sprachen.",
        "body": [
            (
                "paragraph",
                "<p>Die Website ist in Deutsch, Englisch, Türkisch, Arabisch, Französisch und "
                "Russisch verfügbar. Sie lädt keine Inhalte von fremden Servern.</p>",
            ),
        ],
    },
]

# Demo images, drawn by the seed command (no files in the repository): key -> alternative text.
IMAGES = {
    "meeting": "Stilisierte Darstellung: Menschen sitzen im Kreis um einen runden Tisch.",
    "training": "Stilisierte Darstellung: eine Tafel mit Diagrammen vor Stuhlreihen.",
    "festival": "Stilisierte Darstellung: bunte Wimpelketten über einem Platz.",
}

# The imprint's details (settings, the same in every language).
IMPRINT = {
    "responsible_body": "Stadt Oberhausen, Büro für Chancengleichheit, Koordinierungsstelle "
    "Integration",
    "representative": "Der Oberbürgermeister der Stadt Oberhausen",
    "address": "Concordiastraße 30\n46042 Oberhausen",
    "email": "integration@example.org",
    "phone": "0208 825-9042",
}

CONTACT = {
    "organisation_name": "Koordinierungsstelle Integration, Büro für Chancengleichheit",
    "address": "Concordiastraße 30\n46042 Oberhausen",
    "phone": "0208 825-9042",
    "email": "integration@example.org",
    "office_hours": "Mo–Do 9–15 Uhr",
}

# News articles (by slug) and the organisations (by name) they are about; linked by the members
# app's demo data, which creates the organisations.
NEWS_ORGANISATIONS = {
    "drittes-netzwerktreffen": ["Türkische Gemeinde Oberhausen e.V.", "Mevlana Moschee"],
    "sommerfest-lirich": [
        "Alevitischer Kulturverein e.V.",
        "Christian Church Outreach Mission International",
        "G. Croix de la Victoire",
    ],
}
