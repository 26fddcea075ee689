"""Demo data of the funding app: the concept's financing plan (its nine expense lines, with
amounts per year, see docs/funding.md: the concept names the lines but no amounts, so the amounts
here are plausible ones), bookings for 2012 to 2015 within the plan, the assistant's hours and a
few receipts. Idempotent: bookings carry a demo reference, hours one record per month."""

import datetime
from collections.abc import Callable
from decimal import Decimal

from django.core.files.base import ContentFile
from wagtail.models import Locale

from events.models import QualificationModule

from . import services
from .models import AssistantHours, BudgetLine, Expense, PlannedAmount, Share

D = Decimal

# code, title, explanation (concept, section 8), hourly rate, monthly cap of hours
LINES = [
    (
        "0812",
        "Personalgestellung (Eigenanteil)",
        "Bestehendes Personal des Büros für Chancengleichheit (Bereich 0-4)",
        None,
        None,
    ),
    (
        "0817",
        "NetzwerkmanagerIn MSO und Personalgestellung",
        'Projektbezogene Neueinstellung: "NetzwerkmanagerIn MSO" und Personalgestellung '
        "(= Eigenanteil): Bestehendes Personal des Büros für Chancengleichheit (Bereich 0-4)",
        None,
        None,
    ),
    (
        "0822",
        "Projektassistenz (Honorarkraft)",
        "Projektassistenz (Honorarkraft): 15 € je Stunde bei 25 Stunden im Monat",
        D("15.00"),
        D("25"),
    ),
    (
        "0832",
        "Anmietung von Räumlichkeiten",
        "Anmietung von Räumlichkeiten für Netzwerktreffen und Qualifizierungsmaßnahmen "
        "(inkl. Nebenkosten)",
        None,
        None,
    ),
    (
        "0835",
        "ReferentInnenkosten",
        "ReferentInnenkosten für Qualifizierungsmaßnahmen (inkl. Vor- und Nachbereitung)",
        None,
        None,
    ),
    (
        "0838",
        "Verbrauchsmaterial",
        "Verbrauchsmaterial für Netzwerktreffen/ Qualifizierungsmaßnahmen",
        None,
        None,
    ),
    (
        "0840",
        "Fachliteratur",
        "Fachliteratur zur Einarbeitung in die Thematik und zur späteren Vertiefung",
        None,
        None,
    ),
    (
        "0841",
        "Öffentlichkeitsarbeit",
        "Kosten für Öffentlichkeitsarbeit (inkl. Aufbau Internetpräsenz); ggf. "
        "Aufwandsentschädigungen",
        None,
        None,
    ),
    (
        "0846",
        "Koordination und Austausch",
        "Abstimmungsgespräche mit Referenten, interkommunaler Austausch, Teilnahme an Fachtagungen",
        None,
        None,
    ),
]

# Per line and year: (funder's share, own share). 2012 and 2015 are half years (the project
# runs from 1 July 2012 to 30 June 2015); the assistant's line is 15 € × 25 hours × months.
PLAN = {
    "0812": {2012: (0, 9000), 2013: (0, 18000), 2014: (0, 18000), 2015: (0, 9000)},
    "0817": {
        2012: (22500, 2500),
        2013: (45000, 5000),
        2014: (45000, 5000),
        2015: (22500, 2500),
    },
    "0822": {2012: (2250, 0), 2013: (4500, 0), 2014: (4500, 0), 2015: (2250, 0)},
    "0832": {2012: (1200, 0), 2013: (2400, 0), 2014: (2400, 0), 2015: (1200, 0)},
    "0835": {2012: (500, 0), 2013: (4000, 0), 2014: (4000, 0), 2015: (2000, 0)},
    "0838": {2012: (300, 0), 2013: (600, 0), 2014: (600, 0), 2015: (300, 0)},
    "0840": {2012: (500, 0), 2013: (300, 0), 2014: (200, 0), 2015: (100, 0)},
    "0841": {2012: (1000, 0), 2013: (1500, 0), 2014: (4000, 0), 2015: (1000, 0)},
    "0846": {2012: (400, 0), 2013: (800, 0), 2014: (800, 0), 2015: (400, 0)},
}

ASSISTANT = "Projektassistenz (Honorarkraft)"
FIRST_MONTH, LAST_MONTH = datetime.date(2012, 7, 1), datetime.date(2015, 6, 1)


def _months():
    month = FIRST_MONTH
    while month <= LAST_MONTH:
        yield month
        month = (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)


def _receipt_pdf(title: str) -> bytes:
    """A small, valid one-page PDF that says `title` (a demo receipt)."""
    text = title.encode("latin-1", "replace").replace(b"(", b"[").replace(b")", b"]")
    stream = b"BT /F1 18 Tf 72 760 Td (" + text + b") Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out


def _plan(log) -> dict[str, BudgetLine]:
    lines = {}
    for code, title, explanation, rate, cap in LINES:
        line, created = BudgetLine.objects.get_or_create(
            code=code,
            defaults={
                "title": title,
                "explanation": explanation,
                "hourly_rate": rate,
                "monthly_hours_cap": cap,
            },
        )
        if created:
            log(f"Expense line created: {line}")
        for year, (funder, own) in PLAN[code].items():
            PlannedAmount.objects.get_or_create(
                line=line, year=year, defaults={"funder_share": D(funder), "own_share": D(own)}
            )
        lines[code] = line
    return lines


def _bookings(lines: dict[str, BudgetLine]) -> list[Expense]:
    """The demo's bookings: monthly staff costs, and the other lines a few times a year at
    about 85 % of their plan, so the budget shows lines below, near and (one) over the plan."""
    modules = {
        module.number: module
        for module in QualificationModule.objects.filter(locale=Locale.get_default())
    }
    bookings = []
    for month in _months():
        day = (month.replace(day=28) + datetime.timedelta(days=4)).replace(day=1)
        day -= datetime.timedelta(days=1)
        stamp = f"{month:%Y%m}"
        bookings += [
            Expense(
                line=lines["0812"],
                booked_on=day,
                amount=D("1300.00"),
                share=Share.OWN,
                payee="Stadt Oberhausen, Bereich 0-4",
                purpose=f"Personalgestellung {month:%m/%Y}",
                finance_reference=f"DEMO-0812-{stamp}",
            ),
            Expense(
                line=lines["0817"],
                booked_on=day,
                amount=D("3350.40"),
                payee="Stadt Oberhausen, Personalabrechnung",
                purpose=f"NetzwerkmanagerIn MSO, Entgelt {month:%m/%Y}",
                finance_reference=f"DEMO-0817-{stamp}",
            ),
            Expense(
                line=lines["0817"],
                booked_on=day,
                amount=D("370.00"),
                share=Share.OWN,
                payee="Stadt Oberhausen, Bereich 0-4",
                purpose=f"Personalgestellung Netzwerkmanagement {month:%m/%Y}",
                finance_reference=f"DEMO-0817E-{stamp}",
            ),
        ]
    # (code, date, amount, payee, purpose, module number)
    others = [
        (
            "0832",
            "2012-09-12",
            "180.00",
            "Bürgerzentrum Alte Heid",
            "Raummiete Netzwerktreffen",
            None,
        ),
        (
            "0832",
            "2012-11-21",
            "180.00",
            "Bürgerzentrum Alte Heid",
            "Raummiete Netzwerktreffen",
            None,
        ),
        ("0838", "2012-09-05", "94.35", "Bürobedarf Rhein-Ruhr GmbH", "Moderationsmaterial", None),
        (
            "0840",
            "2012-08-20",
            "212.80",
            "Buchhandlung am Altmarkt",
            "Fachliteratur Netzwerkarbeit",
            None,
        ),
        ("0841", "2012-10-15", "640.00", "Druckerei Sterkrade", "Flyer zum Netzwerkstart", None),
        (
            "0846",
            "2012-11-08",
            "118.60",
            "Deutsche Bahn",
            "Fachtagung Migrantenorganisationen, Köln",
            None,
        ),
        ("0832", "2013-03-14", "420.00", "Bürgerzentrum Alte Heid", "Raummiete Modul I", 1),
        (
            "0835",
            "2013-03-28",
            "1450.00",
            "Dr. Leyla Demir",
            "Honorar Modul I: Kommunale Strukturen",
            1,
        ),
        ("0835", "2013-10-10", "1500.00", "Tobias Wagner", "Honorar Modul II: Fundraising", 2),
        ("0832", "2013-10-10", "450.00", "Ebertbad Kulturzentrum", "Raummiete Modul II", 2),
        (
            "0832",
            "2013-06-19",
            "180.00",
            "Bürgerzentrum Alte Heid",
            "Raummiete Netzwerktreffen",
            None,
        ),
        (
            "0832",
            "2013-12-04",
            "240.00",
            "Bürgerzentrum Alte Heid",
            "Raummiete Netzwerktreffen",
            None,
        ),
        (
            "0838",
            "2013-03-01",
            "186.20",
            "Bürobedarf Rhein-Ruhr GmbH",
            "Teilnehmendenmappen Modul I",
            1,
        ),
        ("0838", "2013-09-30", "205.90", "Bürobedarf Rhein-Ruhr GmbH", "Material Modul II", 2),
        ("0840", "2013-02-11", "96.50", "Buchhandlung am Altmarkt", "Handbuch Fundraising", None),
        (
            "0841",
            "2013-05-06",
            "480.00",
            "Druckerei Sterkrade",
            "Programmheft Qualifizierung",
            None,
        ),
        ("0841", "2013-11-18", "650.00", "Druckerei Sterkrade", "Plakate Netzwerktreffen", None),
        (
            "0846",
            "2013-04-24",
            "236.40",
            "Deutsche Bahn",
            "Interkommunaler Austausch, Dortmund",
            None,
        ),
        ("0846", "2013-09-17", "310.00", "Paritätischer NRW", "Fachtag Migrantenselbsthilfe", None),
        (
            "0835",
            "2014-04-03",
            "1600.00",
            "Sabine Krüger",
            "Honorar Modul III: Öffentlichkeitsarbeit",
            3,
        ),
        ("0832", "2014-04-03", "460.00", "Ebertbad Kulturzentrum", "Raummiete Modul III", 3),
        ("0835", "2014-10-16", "1750.00", "Murat Yılmaz", "Honorar Modul IV: BWL und EDV", 4),
        (
            "0832",
            "2014-10-16",
            "480.00",
            "VHS Oberhausen",
            "Raummiete EDV-Schulungsraum Modul IV",
            4,
        ),
        (
            "0832",
            "2014-06-25",
            "200.00",
            "Bürgerzentrum Alte Heid",
            "Raummiete Netzwerktreffen",
            None,
        ),
        ("0838", "2014-04-01", "212.40", "Bürobedarf Rhein-Ruhr GmbH", "Material Modul III", 3),
        ("0838", "2014-10-01", "248.10", "Bürobedarf Rhein-Ruhr GmbH", "Material Modul IV", 4),
        (
            "0840",
            "2014-03-12",
            "88.00",
            "Buchhandlung am Altmarkt",
            "Fachliteratur Öffentlichkeitsarbeit",
            None,
        ),
        (
            "0841",
            "2014-02-20",
            "3150.00",
            "Webagentur Ruhrpott Digital",
            "Aufbau der Internetpräsenz",
            None,
        ),
        ("0841", "2014-09-08", "540.00", "Druckerei Sterkrade", "Broschüre Netzwerk", None),
        ("0846", "2014-05-14", "268.30", "Deutsche Bahn", "Fachtagung Integration, Essen", None),
        ("0846", "2014-11-12", "295.00", "Paritätischer NRW", "Landesnetzwerktreffen", None),
        ("0835", "2015-03-19", "1700.00", "Dr. Leyla Demir", "Honorar Modul V: Netzwerkarbeit", 5),
        ("0832", "2015-03-19", "470.00", "Ebertbad Kulturzentrum", "Raummiete Modul V", 5),
        (
            "0832",
            "2015-05-27",
            "220.00",
            "Bürgerzentrum Alte Heid",
            "Raummiete Gründungsversammlung",
            None,
        ),
        ("0838", "2015-03-10", "196.80", "Bürobedarf Rhein-Ruhr GmbH", "Material Modul V", 5),
        ("0840", "2015-02-05", "64.90", "Buchhandlung am Altmarkt", "Vereinsrecht kompakt", None),
        ("0841", "2015-06-10", "690.00", "Druckerei Sterkrade", "Dokumentation des Projekts", None),
        # Over the year's plan on purpose: the budget view's warning shows it.
        ("0846", "2015-06-17", "455.00", "Paritätischer NRW", "Abschlusstagung Dachverband", None),
    ]
    for number, (code, day, amount, payee, purpose, module) in enumerate(others, start=1):
        bookings.append(
            Expense(
                line=lines[code],
                booked_on=datetime.date.fromisoformat(day),
                amount=D(amount),
                payee=payee,
                purpose=purpose,
                module=modules.get(module),
                finance_reference=f"DEMO-{code}-{number:03d}",
            )
        )
    return bookings


# The bookings that get a demo receipt.
RECEIPTS = ["DEMO-0835-008", "DEMO-0841-028", "DEMO-0846-006"]


def seed_funding(*, log: Callable[[str], None]) -> None:
    lines = _plan(log)
    services.receipts_collection_ensure()
    bookings = _bookings(lines)
    known = set(
        Expense.objects.filter(finance_reference__startswith="DEMO-").values_list(
            "finance_reference", flat=True
        )
    )
    new = [booking for booking in bookings if booking.finance_reference not in known]
    if new:
        Expense.objects.bulk_create(new)
        log(f"Expenses booked: {len(new)}")
    assistant = lines["0822"]
    for index, month in enumerate(_months()):
        if AssistantHours.objects.filter(month=month).exists():
            continue
        # 18 to 25 hours, never above the cap of the plan.
        hours = D(18 + (index * 5) % 8)
        services.assistant_hours_book(
            line=assistant, month=month, hours=hours, payee="Elena Petrova", by=None
        )
        log(f"Assistant's hours booked: {month:%m/%Y}")
    for reference in RECEIPTS:
        expense = Expense.objects.filter(finance_reference=reference, receipt__isnull=True).first()
        if expense is None:
            continue
        title = f"Beleg {expense.booked_on:%d.%m.%Y} {expense.payee}"
        upload = ContentFile(_receipt_pdf(title), name=f"beleg-{reference.lower()}.pdf")
        expense.receipt = services.receipt_store(upload=upload, title=title)
        expense.save(update_fields=["receipt"])
        log(f"Receipt stored: {title}")
