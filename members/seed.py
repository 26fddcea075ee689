"""Demo data for the network: the four project phases, the vocabularies, the nine organisations
of the concept's planning group with profiles, a contact person and a member each, the directory
and the extranet (three meetings' minutes, the five modules' materials). Idempotent."""

import datetime
from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page

from home.demo_content import NEWS_ORGANISATIONS
from home.localization import translations_publish_missing
from home.models import HomePage, NewsPage

from . import services
from .demo_content import (
    COOPERATIONS,
    DIRECTORY,
    DISTRICTS,
    EXTRANET,
    FIELDS_OF_COOPERATION,
    INITIATIVES,
    INSTITUTIONS,
    MATERIALS,
    MATERIALS_INDEX,
    MINUTES,
    MINUTES_INDEX,
    PROFILES,
    SPOKEN_LANGUAGES,
)
from .demo_translations import TRANSLATIONS
from .factories import OrganisationFactory, ProjectPhaseFactory
from .models import (
    Cooperation,
    DirectoryPage,
    District,
    ExtranetPage,
    FieldOfCooperation,
    JointInitiative,
    LocalInstitution,
    MaterialsIndexPage,
    MinutesAttachment,
    MinutesIndexPage,
    MinutesPage,
    ModuleDocument,
    ModuleMaterialsPage,
    Organisation,
    ProjectPhase,
    ProjectPhaseTranslation,
    Role,
    SpokenLanguage,
)
from .models.phases import OTHER_LANGUAGES

MEMBER_PASSWORD = "demo-member-2026"  # noqa: S105 - printed on purpose: demo logins

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


def _username(first: str, last: str) -> str:
    # slugify drops the Turkish dotless ı instead of writing it as i
    return slugify(f"{first}-{last}".replace("ı", "i"))


def demo_member_usernames() -> list[tuple[str, str, str]]:
    """(username, role, organisation) of the demo extranet logins, in the order created."""
    logins = []
    for index, (name, _kind, _text) in enumerate(ORGANISATIONS, start=1):
        first, last = PROFILES[name]["contact"]
        logins.append((_username(first, last), "Kontaktperson", name))
        logins.append((f"mitglied{index}", "Mitglied", name))
    return logins


def _pdf(title: str) -> bytes:
    """A small, valid one-page PDF that says `title` (demo attachments)."""
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
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return out


def _private_document(title: str, slug: str):
    document_model = get_document_model()
    collection = services.private_collection_ensure()
    document = document_model.objects.filter(title=title, collection=collection).first()
    if document is None:
        document = document_model(title=title, collection=collection)
        document.file.save(f"{slug}.pdf", ContentFile(_pdf(title)), save=False)
        document.save()
    return document


def _vocabularies(log) -> None:
    default_locale = Locale.get_default()
    for order, (slug, name) in enumerate(FIELDS_OF_COOPERATION):
        field = FieldOfCooperation.objects.filter(locale=default_locale, slug=slug).first()
        if field is None:
            field = FieldOfCooperation.objects.create(
                locale=default_locale, slug=slug, name=name, sort_order=order
            )
            log(f"Field of cooperation created: {name}")
        translations_publish_missing(instance=field, strings_by_language=TRANSLATIONS)
    for code, name in SPOKEN_LANGUAGES:
        SpokenLanguage.objects.get_or_create(code=code, defaults={"name": name})
    for slug, name in DISTRICTS:
        District.objects.get_or_create(slug=slug, defaults={"name": name})


def _organisations(log) -> None:
    user_model = get_user_model()
    default_locale = Locale.get_default()
    fields = {f.slug: f for f in FieldOfCooperation.objects.filter(locale=default_locale)}
    for index, (name, kind, text) in enumerate(ORGANISATIONS, start=1):
        profile = PROFILES[name]
        organisation = Organisation.objects.filter(name=name).first()
        if organisation is None:
            first, last = profile["contact"]
            organisation = OrganisationFactory(
                name=name,
                kind=kind,
                short_description=text,
                description=profile["description"],
                founding_year=profile["founding_year"],
                legal_form=profile["legal_form"],
                street_address=profile["street_address"],
                postal_code="46045" if profile["district"] == "alt-oberhausen" else "46117",
                city="Oberhausen",
                district=District.objects.get(slug=profile["district"]),
                target_groups=profile["target_groups"],
                contact_name=f"{first} {last}",
                public_email=f"info@{slugify(name)[:30]}.example.org",
                is_listed=profile.get("is_listed", True),
                internal_contact_name=f"{first} {last}",
                internal_email=f"{slugify(first)}@{slugify(name)[:30]}.example.org",
                internal_phone=f"0208 {4400000 + index * 1111}",
                board_members=f"{first} {last} (Vorsitz)\nKassenwart: N. N.",
                member_count=40 + index * 15,
                confirmed_at=timezone.now() - datetime.timedelta(days=30 * index * 2),
            )
            organisation.languages.set(SpokenLanguage.objects.filter(code__in=profile["languages"]))
            organisation.fields_of_cooperation.set([fields[s] for s in profile["fields"]])
            organisation.save()  # writes the parental many-to-many relations
            for order, (title, schedule, location) in enumerate(profile["offerings"]):
                organisation.offerings.create(
                    title=title, schedule=schedule, location=location, sort_order=order
                )
            log(f"Organisation created: {name}")
        first, last = profile["contact"]
        for username, role, person in (
            (_username(first, last), Role.CONTACT, (first, last)),
            (f"mitglied{index}", Role.MEMBER, ("Mitglied", str(index))),
        ):
            if user_model.objects.filter(username=username).exists():
                continue
            user = user_model.objects.create_user(
                username=username,
                email=f"{username}@example.org",
                password=MEMBER_PASSWORD,
                first_name=person[0],
                last_name=person[1],
            )
            services.membership_add(user=user, organisation=organisation, role=role)
            log(f"Extranet login created: {username} / {MEMBER_PASSWORD} ({name})")


def _publish(page: Page, parent: Page, log) -> Page:
    parent.add_child(instance=page)
    page.save_revision().publish()
    log(f"Page created: {page.title}")
    return page


def _pages(log) -> None:
    default_locale = Locale.get_default()
    home = HomePage.objects.filter(locale=default_locale, depth=2).first()
    if home is None:
        return
    directory = DirectoryPage.objects.child_of(home).first() or _publish(
        DirectoryPage(
            title=DIRECTORY["title"],
            slug=DIRECTORY["slug"],
            intro=DIRECTORY["intro"],
            show_in_menus=True,
        ),
        home,
        log,
    )
    extranet = ExtranetPage.objects.child_of(home).first() or _publish(
        ExtranetPage(title=EXTRANET["title"], slug=EXTRANET["slug"], intro=EXTRANET["intro"]),
        home,
        log,
    )
    minutes_index = MinutesIndexPage.objects.child_of(extranet).first() or _publish(
        MinutesIndexPage(**MINUTES_INDEX), extranet, log
    )
    materials_index = MaterialsIndexPage.objects.child_of(extranet).first() or _publish(
        MaterialsIndexPage(**MATERIALS_INDEX), extranet, log
    )
    pages = [directory, extranet, minutes_index, materials_index]
    organisations = list(Organisation.objects.all())
    for spec in MINUTES:
        minutes = MinutesPage.objects.child_of(minutes_index).filter(slug=spec["slug"]).first()
        if minutes is None:
            minutes = MinutesPage(
                title=spec["title"],
                slug=spec["slug"],
                meeting_date=spec["date"],
                location=spec["location"],
                decisions=spec["decisions"],
                body=spec["body"],
                attendees="Netzwerkmanagement der Stadt Oberhausen",
            )
            minutes.attachments.add(
                MinutesAttachment(
                    document=_private_document(f"Anwesenheitsliste {spec['title']}", spec["slug"]),
                    description="Anwesenheitsliste",
                )
            )
            minutes.attending_organisations.set(organisations[: 5 + MINUTES.index(spec)])
            _publish(minutes, minutes_index, log)
        pages.append(minutes)
    for slug, title, document_title in MATERIALS:
        materials = ModuleMaterialsPage.objects.child_of(materials_index).filter(slug=slug).first()
        if materials is None:
            materials = ModuleMaterialsPage(
                title=title, slug=slug, intro="<p>Unterlagen zum Modul.</p>"
            )
            materials.documents.add(
                ModuleDocument(document=_private_document(document_title, slug))
            )
            _publish(materials, materials_index, log)
        pages.append(materials)
    for page in pages:
        for translated in translations_publish_missing(
            instance=page, strings_by_language=TRANSLATIONS
        ):
            log(f"Translated into {translated.locale.language_code}: {page.title}")
    for root in ExtranetPage.objects.all():
        services.extranet_protect(root)


def _cooperation(log) -> None:
    default_locale = Locale.get_default()
    fields = {f.slug: f for f in FieldOfCooperation.objects.filter(locale=default_locale)}
    for spec in INITIATIVES:
        if JointInitiative.objects.filter(title=spec["title"]).exists():
            continue
        initiative = JointInitiative.objects.create(
            title=spec["title"],
            field_of_cooperation=fields[spec["field"]],
            status=spec["status"],
            start_date=spec["start"],
            end_date=spec["end"],
            outcome=spec["outcome"],
        )
        initiative.partners.set(Organisation.objects.filter(name__in=spec["partners"]))
        initiative.save()
        log(f"Joint initiative created: {spec['title']}")
    for name, kind, district in INSTITUTIONS:
        LocalInstitution.objects.get_or_create(
            name=name, defaults={"kind": kind, "district": District.objects.get(slug=district)}
        )
    for spec in COOPERATIONS:
        institution = LocalInstitution.objects.get(name=spec["institution"])
        if Cooperation.objects.filter(institution=institution).exists():
            continue
        cooperation = Cooperation.objects.create(
            institution=institution,
            field_of_cooperation=fields[spec["field"]],
            description=spec["description"],
            start_date=spec["start"],
        )
        cooperation.organisations.set(Organisation.objects.filter(name__in=spec["organisations"]))
        cooperation.save()
        log(f"Cooperation created: {institution}")


def _link_news(log: Callable[[str], None]) -> None:
    """Name the organisations in the demo news they took part in (every language's version)."""
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


def _phases(log) -> None:
    """The concept's phases, their titles in every language from the members catalogue (a
    title already given in a language is kept)."""
    for number, title, start, end in PHASES:
        phase = ProjectPhase.objects.filter(number=number).first()
        if phase is None:
            phase = ProjectPhaseFactory(number=number, title=title, start_date=start, end_date=end)
            log(f"Project phase created: {number}. {title}")
        given = set(phase.translations.values_list("language_code", flat=True))
        for language, _name in OTHER_LANGUAGES:
            translated = TRANSLATIONS.get(language, {}).get(phase.title)
            if translated and language not in given:
                ProjectPhaseTranslation.objects.create(
                    phase=phase, language_code=language, title=translated
                )


def seed_members(*, log: Callable[[str], None]) -> None:
    _phases(log)
    services.network_groups()
    services.private_collection_ensure()
    _vocabularies(log)
    _organisations(log)
    _cooperation(log)
    _pages(log)
    _link_news(log)
