"""Demo content of the network, in German: vocabularies, the nine organisations' profiles, the
directory and extranet pages, three meetings' minutes and the five modules' materials.
Translations are in the gettext catalogues `members/demo/locale/<language>/LC_MESSAGES/demo.po`
(msgid: the German text); see docs/translations-demo.md."""

import datetime

FIELDS_OF_COOPERATION = [
    ("bildung", "Bildung"),
    ("familienfoerderung", "Familienförderung"),
    ("sprachfoerderung", "Sprachförderung"),
    ("praevention", "Prävention"),
    ("qualifizierung", "Qualifizierung"),
    ("einbuergerung", "Einbürgerung"),
    ("sport", "Sport"),
]

SPOKEN_LANGUAGES = [
    ("de", "Deutsch"),
    ("tr", "Türkçe"),
    ("ar", "العربية"),
    ("en", "English"),
    ("fr", "Français"),
    ("ru", "Русский"),
    ("ku", "Kurdî"),
    ("he", "עברית"),
    ("yo", "Yorùbá"),
    ("ln", "Lingála"),
    ("tw", "Twi"),
]

DISTRICTS = [
    ("alt-oberhausen", "Alt-Oberhausen"),
    ("sterkrade", "Sterkrade"),
    ("osterfeld", "Osterfeld"),
]

# name -> profile. Each also gets a contact person and a member (see seed.py).
PROFILES = {
    "Alevitische Gemeinde Alt-Oberhausen": {
        "district": "alt-oberhausen",
        "street_address": "Marktstraße 112",
        "founding_year": 1994,
        "legal_form": "ev",
        "languages": ["de", "tr", "ku"],
        "fields": ["bildung", "familienfoerderung", "praevention"],
        "target_groups": ["parents", "youth", "seniors"],
        "contact": ("Hatice", "Demir"),
        "description": (
            "Die Gemeinde ist seit 30 Jahren Treffpunkt alevitischer Familien. Neben Cem-"
            "Gottesdiensten bieten wir Saz-Unterricht, Elterncafés und Beratung zu Schule und "
            "Ausbildung an."
        ),
        "offerings": [("Elterncafé", "dienstags 10–12 Uhr", "Gemeindehaus, Marktstraße 112")],
    },
    "Alevitischer Kulturverein e.V.": {
        "district": "sterkrade",
        "street_address": "Steinbrinkstraße 20",
        "founding_year": 2001,
        "legal_form": "ev",
        "languages": ["de", "tr"],
        "fields": ["bildung", "sport"],
        "target_groups": ["children", "youth"],
        "contact": ("Cem", "Yıldız"),
        "description": (
            "Kultur, Musik und Hausaufgabenhilfe für Kinder und Jugendliche in Sterkrade; "
            "unsere Fußballmannschaft spielt in der Kreisliga."
        ),
        "offerings": [
            ("Hausaufgabenhilfe", "Montag bis Donnerstag 14–16 Uhr", "Vereinsheim"),
            ("Saz-Kurs", "samstags 11 Uhr", "Vereinsheim"),
        ],
    },
    "Christian Church Outreach Mission International": {
        "district": "osterfeld",
        "street_address": "Bottroper Straße 45",
        "founding_year": 2006,
        "legal_form": "ev",
        "languages": ["en", "de", "tw", "yo"],
        "fields": ["familienfoerderung", "einbuergerung"],
        "target_groups": ["newcomers", "parents"],
        "contact": ("Grace", "Mensah"),
        "description": (
            "Eine afrikanische Gemeinde mit Gottesdiensten auf Englisch und Twi. Wir begleiten "
            "Neuzugewanderte zu Behörden und helfen beim Weg zur Einbürgerung."
        ),
        "offerings": [("Behördenbegleitung", "nach Vereinbarung", "")],
    },
    "G. Croix de la Victoire": {
        "district": "alt-oberhausen",
        "street_address": "Friedensplatz 3",
        "founding_year": 2009,
        "legal_form": "religious_body",
        "languages": ["fr", "ln", "de"],
        "fields": ["familienfoerderung", "sprachfoerderung"],
        "target_groups": ["parents", "women"],
        "contact": ("Esther", "Kabila"),
        "description": (
            "Französischsprachige Gemeinde mit Familien aus Zentral- und Westafrika; wir bieten "
            "Deutschkurse für Mütter mit Kinderbetreuung an."
        ),
        "offerings": [("Deutsch für Mütter", "mittwochs 9–11 Uhr", "Gemeinderaum")],
    },
    'Liberale Jüdische Gemeinde "Perusch"': {
        "district": "alt-oberhausen",
        "street_address": "Elsässer Straße 8",
        "founding_year": 2004,
        "legal_form": "ev",
        "languages": ["de", "ru", "he"],
        "fields": ["bildung", "qualifizierung"],
        "target_groups": ["everyone", "seniors"],
        "contact": ("Miriam", "Levin"),
        "description": (
            "Liberale jüdische Gemeinde mit vielen Mitgliedern aus der ehemaligen Sowjetunion: "
            "Gottesdienste, Lernabende, Kulturprogramm und Seniorentreff."
        ),
        "offerings": [("Lernabend", "donnerstags 19 Uhr", "Gemeindezentrum")],
    },
    "Türkische Gemeinde Oberhausen e.V.": {
        "district": "alt-oberhausen",
        "street_address": "Lothringer Straße 55",
        "founding_year": 1989,
        "legal_form": "ev",
        "languages": ["de", "tr"],
        "fields": ["sprachfoerderung", "einbuergerung", "qualifizierung"],
        "target_groups": ["parents", "everyone"],
        "contact": ("Ayşe", "Kaya"),
        "description": (
            "Beratung, Sprachkurse und Elternarbeit für türkeistämmige Familien, dazu eine "
            "Einbürgerungsberatung in Zusammenarbeit mit der Stadt."
        ),
        "offerings": [("Einbürgerungsberatung", "jeden ersten Montag im Monat, 17 Uhr", "Büro")],
    },
    "Mevlana Moschee": {
        "district": "sterkrade",
        "street_address": "Weierstraße 14",
        "founding_year": 1985,
        "legal_form": "ev",
        "languages": ["de", "tr", "ar"],
        "fields": ["bildung", "praevention", "sport"],
        "target_groups": ["youth", "women", "children"],
        "contact": ("Mehmet", "Aydın"),
        "description": (
            "Moscheegemeinde mit Jugendarbeit, Frauengruppe und Hausaufgabenbetreuung; beim "
            "Tag der offenen Moschee laden wir die Nachbarschaft ein."
        ),
        "offerings": [("Frauenfrühstück", "freitags 10 Uhr", "Moschee, Seiteneingang")],
    },
    "Word of Life International Church e.V.": {
        "district": "osterfeld",
        "street_address": "Gildenstraße 30",
        "founding_year": 2011,
        "legal_form": "ev",
        "languages": ["en", "de"],
        "fields": ["familienfoerderung", "sprachfoerderung"],
        "target_groups": ["newcomers", "youth"],
        "contact": ("Samuel", "Okafor"),
        "description": "Internationale Gemeinde mit Gottesdiensten auf Englisch und Deutsch.",
        "offerings": [],
    },
    "World Christian Revival Center International e.V.": {
        "district": "sterkrade",
        "street_address": "Bahnhofstraße 60",
        "founding_year": 2008,
        "legal_form": "ev",
        "languages": ["en", "fr", "de"],
        "fields": ["familienfoerderung"],
        "target_groups": ["newcomers"],
        "contact": ("Joseph", "Mbeki"),
        "description": "",
        "offerings": [],
        # Chose not to be listed: appears only in the extranet.
        "is_listed": False,
    },
}

DIRECTORY = {
    "title": "Mitgliedsorganisationen",
    "slug": "verzeichnis",
    "intro": (
        "Moscheegemeinden, Kirchen, Kultur- und Elternvereine: Finden Sie die Vereine des "
        "Netzwerks nach Kooperationsfeld, Sprache und Stadtteil."
    ),
}

EXTRANET = {
    "title": "Extranet",
    "slug": "extranet",
    "intro": "Neuigkeiten, Protokolle und Materialien für die Mitglieder des Netzwerks.",
}
MINUTES_INDEX = {
    "title": "Protokolle",
    "slug": "protokolle",
    "intro": "Die Protokolle der Netzwerktreffen.",
}
MATERIALS_INDEX = {
    "title": "Modulmaterialien",
    "slug": "materialien",
    "intro": "Folien, Handouts und Vorlagen der fünf Qualifizierungsmodule.",
}

MINUTES = [
    {
        "title": "Protokoll des 1. Netzwerktreffens",
        "slug": "netzwerktreffen-1",
        "date": datetime.date(2012, 9, 12),
        "location": "Rathaus Oberhausen, Ratssaal",
        "decisions": (
            "<ul><li>Das Netzwerk trifft sich viermal im Jahr.</li>"
            "<li>Die Planungsgruppe bereitet eine gemeinsame Zielvereinbarung vor.</li></ul>"
        ),
        "body": "<p>Vorstellungsrunde der Vereine, Erwartungen an das Netzwerk.</p>",
    },
    {
        "title": "Protokoll des 2. Netzwerktreffens",
        "slug": "netzwerktreffen-2",
        "date": datetime.date(2012, 12, 5),
        "location": "Mevlana Moschee, Sterkrade",
        "decisions": (
            "<ul><li>Die gemeinsamen Ziele sind beschlossen.</li>"
            "<li>Modul 1 beginnt im Februar.</li></ul>"
        ),
        "body": "<p>Bericht der Planungsgruppe; Abstimmung der Angebote für Familien.</p>",
    },
    {
        "title": "Protokoll des 3. Netzwerktreffens",
        "slug": "netzwerktreffen-3",
        "date": datetime.date(2013, 3, 20),
        "location": "Liberale Jüdische Gemeinde, Alt-Oberhausen",
        "decisions": "<ul><li>Gemeinsames Sommerfest im Juni.</li></ul>",
        "body": "<p>Rückblick auf Modul 1, Planung des Sommerfests.</p>",
    },
]

MATERIALS = [
    ("modul-1", "Modul 1: Kommunale Strukturen", "Handout Kommunale Strukturen"),
    ("modul-2", "Modul 2: Fundraising und Projektmittelakquise", "Checkliste Förderantrag"),
    ("modul-3", "Modul 3: Öffentlichkeits- und Lobbyarbeit", "Leitfaden Pressemitteilung"),
    ("modul-4", "Modul 4: Betriebswirtschaftliche Basics und EDV", "Vorlage Vereinshaushalt"),
    ("modul-5", "Modul 5: Erfolgreiche Netzwerkarbeit", "Folien Netzwerkarbeit"),
]

INITIATIVES = [
    {
        "title": "Gemeinsames Sommerfest der Kulturen",
        "partners": [
            "Mevlana Moschee",
            'Liberale Jüdische Gemeinde "Perusch"',
            "Alevitischer Kulturverein e.V.",
        ],
        "field": "bildung",
        "status": "completed",
        "start": datetime.date(2013, 6, 15),
        "end": datetime.date(2013, 6, 15),
        "outcome": "Rund 600 Besucherinnen und Besucher; Fortsetzung im nächsten Jahr geplant.",
    },
]

INSTITUTIONS = [
    ("Gesamtschule Osterfeld", "school", "osterfeld"),
    ("Kita Regenbogen", "daycare", "alt-oberhausen"),
    ("Jugendzentrum Sterkrade", "youth", "sterkrade"),
]

COOPERATIONS = [
    {
        "institution": "Gesamtschule Osterfeld",
        "organisations": ["Türkische Gemeinde Oberhausen e.V."],
        "field": "sprachfoerderung",
        "description": "Elternabende mit Übersetzung ins Türkische.",
        "start": datetime.date(2013, 9, 1),
    },
]
