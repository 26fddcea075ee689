"""The cast of the members tests: two organisations A and B, each with a contact person and a
member, the network manager, the staff who are not in the network (an editor, a reviewer, a
translator, an evaluator), and the directory and extranet pages in every language."""

import datetime
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Locale

from home.localization import translation_publish
from home.roles import (
    EDITORS,
    EVALUATORS,
    NETWORK_MANAGERS,
    REVIEWERS,
    roles_ensure,
    translators_group_name,
)
from members import services
from members.factories import OrganisationFactory, UserFactory, member_create
from members.models import (
    DirectoryPage,
    District,
    ExtranetPage,
    FieldOfCooperation,
    MaterialsIndexPage,
    MinutesIndexPage,
    MinutesPage,
    ModuleDocument,
    ModuleMaterialsPage,
    SpokenLanguage,
)
from members.seed import _pdf as seed_pdf
from tests.conftest import OTHER_LANGUAGES, PageTree
from tests.worlds import shared, world

PASSWORD = "a-long-test-password-1"


@dataclass
class Cast:
    organisation_a: object
    organisation_b: object
    member_a: object
    contact_a: object
    contact_b: object
    manager: object
    editor: object
    reviewer: object
    translator: object
    evaluator: object

    def by_role(self, role: str):
        return None if role == "anonymous" else getattr(self, role)


@world("cast")
def cast_build() -> Cast:
    roles_ensure()
    education = FieldOfCooperation.objects.create(
        locale=Locale.get_default(), slug="bildung", name="Bildung"
    )
    district = District.objects.create(slug="sterkrade", name="Sterkrade")
    turkish = SpokenLanguage.objects.create(code="tr", name="Türkçe")
    organisation_a = OrganisationFactory(
        name="Verein A e.V.",
        slug="verein-a",
        district=district,
        board_members="Vorstand A: Ada Geheim",
        internal_email="intern@verein-a.example.org",
        manager_notes="Notiz nur fürs Netzwerkmanagement",
    )
    organisation_a.languages.set([turkish])
    organisation_a.fields_of_cooperation.set([education])
    organisation_a.save()
    organisation_b = OrganisationFactory(
        name="Verein B e.V.", slug="verein-b", board_members="Vorstand B: Bert Geheim"
    )
    manager = UserFactory(username="manager", first_name="Nora", last_name="Netz")
    manager.groups.add(Group.objects.get(name=NETWORK_MANAGERS))
    editor = UserFactory(username="editor", first_name="Eddi", last_name="Redaktion")
    editor.groups.add(Group.objects.get(name=EDITORS))
    reviewer = UserFactory(username="reviewer", first_name="Rita", last_name="Freigabe")
    reviewer.groups.add(Group.objects.get(name=REVIEWERS))
    translator = UserFactory(username="translator", first_name="Tara", last_name="Übersetzung")
    translator.groups.add(Group.objects.get(name=translators_group_name(OTHER_LANGUAGES[0])))
    evaluator = UserFactory(username="evaluator", first_name="Eva", last_name="Luation")
    evaluator.groups.add(Group.objects.get(name=EVALUATORS))
    return Cast(
        organisation_a=organisation_a,
        organisation_b=organisation_b,
        member_a=member_create(organisation_a, username="member-a"),
        contact_a=member_create(organisation_a, role="contact", username="contact-a"),
        contact_b=member_create(organisation_b, role="contact", username="contact-b"),
        manager=manager,
        editor=editor,
        reviewer=reviewer,
        translator=translator,
        evaluator=evaluator,
    )


@pytest.fixture
def cast(request, db) -> Cast:
    return shared(request, "cast")


@dataclass
class Extranet:
    directory: DirectoryPage
    extranet: ExtranetPage
    minutes: MinutesPage
    materials: ModuleMaterialsPage
    document: object


def _pdf() -> bytes:
    return seed_pdf("Protokoll")


@world("extranet", needs=("page_tree",))
def extranet_build(page_tree: PageTree) -> Extranet:
    """The directory and the extranet below the home page, with minutes and module materials
    whose documents live in the members-only collection; all translated into every language."""
    home = page_tree.home
    directory = home.add_child(
        instance=DirectoryPage(title="Verzeichnis", slug="verzeichnis", intro="Alle Vereine.")
    )
    extranet = home.add_child(instance=ExtranetPage(title="Extranet", slug="extranet"))
    minutes_index = extranet.add_child(
        instance=MinutesIndexPage(title="Protokolle", slug="protokolle")
    )
    materials_index = extranet.add_child(
        instance=MaterialsIndexPage(title="Materialien", slug="materialien")
    )
    collection = services.private_collection_ensure()
    document = get_document_model()(title="Geheimes Protokoll", collection=collection)
    document.file.save("protokoll.pdf", ContentFile(_pdf()), save=False)
    document.save()
    minutes = MinutesPage(
        title="Protokoll Geheimtreffen",
        slug="treffen-1",
        meeting_date=datetime.date(2013, 3, 20),
        decisions="<p>Streng vertraulicher Beschluss</p>",
    )
    minutes_index.add_child(instance=minutes)
    materials = ModuleMaterialsPage(title="Modul 1 Materialien", slug="modul-1")
    materials.documents.add(ModuleDocument(document=document))
    materials_index.add_child(instance=materials)
    pages = [directory, extranet, minutes_index, materials_index, minutes, materials]
    for page in pages:
        page.save_revision().publish()
    for language in OTHER_LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        for page in pages:
            translation_publish(instance=page, locale=locale, strings={})
    return Extranet(
        directory=directory,
        extranet=extranet,
        minutes=minutes,
        materials=materials,
        document=document,
    )


@pytest.fixture
def extranet(request, page_tree) -> Extranet:
    return shared(request, "extranet", page_tree=page_tree)
