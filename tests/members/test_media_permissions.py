"""Members-only documents and images in the Wagtail admin: every role goes through the admin's
real views (listings, edit, move, replace, delete, bulk actions, choosers, usage, the image URL
generator); after each attempt the document is still in the members-only collection and an
anonymous download is still refused. Only the network management may move media out of a
restricted collection (home/media_access.py, home/roles.py)."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, GroupCollectionPermission

from home.factories import SiteImageFactory
from home.roles import (
    EDITORS,
    EVALUATORS,
    NETWORK_MANAGERS,
    PUBLIC_COLLECTION_NAME,
    REVIEWERS,
    roles_ensure,
    translators_group_name,
)
from members import services
from members.factories import UserFactory
from members.seed import _pdf as seed_pdf
from tests.conftest import OTHER_LANGUAGES

pytestmark = pytest.mark.django_db

Document = get_document_model()
Image = get_image_model()

DOCUMENT_TITLE = "Geheimes Protokoll"
IMAGE_TITLE = "Geheimes Gruppenfoto"
# Everyone but the network management: outsiders, members, and the staff outside the network.
DENIED = ["anonymous", "member_a", "contact_a", "editor", "reviewer", "translator", "evaluator"]


def _client(cast, role: str) -> Client:
    client = Client()
    user = cast.by_role(role)
    if user is not None:
        client.force_login(user)
    return client


def _public() -> Collection:
    return Collection.objects.get(name=PUBLIC_COLLECTION_NAME)


def _private() -> Collection:
    return services.private_collection_ensure()


@pytest.fixture
def secret_image(cast, extranet):
    return SiteImageFactory(
        title=IMAGE_TITLE, description="Nur für Mitglieder", collection=_private()
    )


def _private_document(title: str):
    document = Document(title=title, collection=_private())
    document.file.save("eigen.pdf", _pdf_upload("eigen.pdf"), save=False)
    document.save()
    return document


def _pdf_upload(name: str = "offen.pdf") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, seed_pdf("Ersetzt"), content_type="application/pdf")


def _assert_still_private(extranet, secret_image=None) -> None:
    document = Document.objects.filter(pk=extranet.document.pk).first()
    assert document is not None, "the members-only document was deleted"
    assert document.collection_id == _private().pk, "the document left the members-only collection"
    assert document.title == DOCUMENT_TITLE
    assert document.file.name == extranet.document.file.name, "the file was replaced"
    assert document.file.storage.exists(document.file.name), "the file was deleted"
    download = Client().get(document.url)
    assert download.status_code == 302
    assert f"?next={document.url}" in download["Location"], "not sent to the login"
    assert b"%PDF" not in b"".join(getattr(download, "streaming_content", [download.content]))
    if secret_image is not None:
        image = Image.objects.filter(pk=secret_image.pk).first()
        assert image is not None, "the members-only image was deleted"
        assert image.collection_id == _private().pk, "the image left the members-only collection"
        assert image.title == IMAGE_TITLE


def _shows(response, title: str) -> bool:
    return response.status_code == 200 and title in response.content.decode()


def _bulk(app_label: str, model_name: str, action: str, pk: int) -> str:
    url = reverse("wagtail_bulk_action", args=(app_label, model_name, action))
    return f"{url}?id={pk}"


# The roles outside the network management --------------------------------------------------------


@pytest.mark.parametrize("role", DENIED)
def test_listings_do_not_show_members_only_media(cast, extranet, secret_image, role):
    client = _client(cast, role)

    for url in (
        reverse("wagtaildocs:index"),
        reverse("wagtaildocs:index_results") + "?q=Geheim",
        reverse("wagtaildocs:index") + f"?collection_id={_private().pk}",
    ):
        assert not _shows(client.get(url), DOCUMENT_TITLE), url
    for url in (
        reverse("wagtailimages:index"),
        reverse("wagtailimages:index_results") + "?q=Geheim",
        reverse("wagtailimages:index") + f"?collection_id={_private().pk}",
    ):
        assert not _shows(client.get(url), IMAGE_TITLE), url
    _assert_still_private(extranet, secret_image)


@pytest.mark.parametrize("role", DENIED)
def test_editing_moving_and_replacing_are_refused(cast, extranet, secret_image, role):
    client = _client(cast, role)
    document_edit = reverse("wagtaildocs:edit", args=(extranet.document.pk,))
    image_edit = reverse("wagtailimages:edit", args=(secret_image.pk,))

    assert not _shows(client.get(document_edit), DOCUMENT_TITLE)
    assert not _shows(client.get(image_edit), IMAGE_TITLE)
    client.post(
        document_edit,
        {"title": "Jetzt öffentlich", "collection": _public().pk, "file": _pdf_upload()},
    )
    _assert_still_private(extranet, secret_image)
    client.post(
        reverse("wagtaildocs:edit_multiple", args=(extranet.document.pk,)),
        {
            f"doc-{extranet.document.pk}-title": "Jetzt öffentlich",
            f"doc-{extranet.document.pk}-collection": _public().pk,
        },
    )
    _assert_still_private(extranet, secret_image)
    client.post(
        image_edit,
        {"title": "Jetzt öffentlich", "collection": _public().pk, "description": "offen"},
    )
    _assert_still_private(extranet, secret_image)
    client.post(
        reverse("wagtailimages:edit_multiple", args=(secret_image.pk,)),
        {
            f"image-{secret_image.pk}-title": "Jetzt öffentlich",
            f"image-{secret_image.pk}-collection": _public().pk,
        },
    )
    _assert_still_private(extranet, secret_image)


@pytest.mark.parametrize("role", DENIED)
def test_deleting_is_refused(cast, extranet, secret_image, role):
    client = _client(cast, role)

    for url, title in (
        (reverse("wagtaildocs:delete", args=(extranet.document.pk,)), DOCUMENT_TITLE),
        (reverse("wagtailimages:delete", args=(secret_image.pk,)), IMAGE_TITLE),
        (reverse("wagtaildocs:delete_multiple", args=(extranet.document.pk,)), DOCUMENT_TITLE),
        (reverse("wagtailimages:delete_multiple", args=(secret_image.pk,)), IMAGE_TITLE),
    ):
        assert not _shows(client.get(url), title), url
        client.post(url)
        _assert_still_private(extranet, secret_image)


@pytest.mark.parametrize("role", DENIED)
def test_bulk_actions_are_refused(cast, extranet, secret_image, role):
    client = _client(cast, role)
    public = _public()

    for app_label, model_name, pk in (
        ("wagtaildocs", "document", extranet.document.pk),
        ("home", "siteimage", secret_image.pk),
    ):
        for action, data in (("delete", {}), ("add_to_collection", {"collection": public.pk})):
            url = _bulk(app_label, model_name, action, pk)
            response = client.get(url)
            # The confirmation may name items without access, but never offers them.
            assert response.status_code != 200 or "items_with_no_access" in response.context
            client.post(url, data)
            _assert_still_private(extranet, secret_image)


@pytest.mark.parametrize("role", DENIED)
def test_choosers_do_not_offer_members_only_media(cast, extranet, secret_image, role):
    client = _client(cast, role)

    for url in (
        reverse("wagtaildocs_chooser:choose"),
        reverse("wagtaildocs_chooser:choose_results") + "?q=Geheim",
        reverse("wagtaildocs_chooser:choose_results") + f"?collection_id={_private().pk}",
    ):
        assert not _shows(client.get(url), DOCUMENT_TITLE), url
    for url in (
        reverse("wagtailimages_chooser:choose"),
        reverse("wagtailimages_chooser:choose_results") + "?q=Geheim",
        reverse("wagtailimages_chooser:choose_results") + f"?collection_id={_private().pk}",
    ):
        assert not _shows(client.get(url), IMAGE_TITLE), url
    _assert_still_private(extranet, secret_image)


@pytest.mark.parametrize("role", DENIED)
def test_choosers_do_not_hand_out_a_members_only_item_by_its_id(cast, extranet, secret_image, role):
    """Wagtail's "chosen" views answer with the item's title, address and preview; they ask the
    collection permissions themselves, so the grants decide."""
    client = _client(cast, role)
    document_id, image_id = extranet.document.pk, secret_image.pk

    for url, title in (
        (reverse("wagtaildocs_chooser:chosen", args=(document_id,)), DOCUMENT_TITLE),
        (reverse("wagtaildocs_chooser:chosen_multiple") + f"?id={document_id}", DOCUMENT_TITLE),
        (reverse("wagtailimages_chooser:chosen", args=(image_id,)), IMAGE_TITLE),
        (reverse("wagtailimages_chooser:chosen_multiple") + f"?id={image_id}", IMAGE_TITLE),
        (reverse("wagtailimages_chooser:select_format", args=(image_id,)), IMAGE_TITLE),
    ):
        response = client.get(url)
        assert not _shows(response, title), url
        assert extranet.document.file.name not in response.content.decode(), url
    _assert_still_private(extranet, secret_image)


@pytest.mark.parametrize("role", DENIED)
def test_usage_and_the_image_url_generator_are_refused(cast, extranet, secret_image, role):
    client = _client(cast, role)

    assert not _shows(
        client.get(reverse("wagtaildocs:document_usage", args=(extranet.document.pk,))),
        DOCUMENT_TITLE,
    )
    assert not _shows(
        client.get(reverse("wagtailimages:image_usage", args=(secret_image.pk,))), IMAGE_TITLE
    )
    generator = client.get(reverse("wagtailimages:url_generator", args=(secret_image.pk,)))
    assert generator.status_code != 200
    output = client.get(
        reverse("wagtailimages:url_generator_output", args=(secret_image.pk,))
        + "?filter_method=original"
    )
    assert output.status_code != 200
    _assert_still_private(extranet, secret_image)


# The network management ---------------------------------------------------------------------------


def test_the_network_manager_sees_chooses_and_edits_members_only_media(
    cast, extranet, secret_image
):
    client = _client(cast, "manager")

    assert _shows(client.get(reverse("wagtaildocs:index")), DOCUMENT_TITLE)
    assert _shows(client.get(reverse("wagtailimages:index")), IMAGE_TITLE)
    assert _shows(client.get(reverse("wagtaildocs_chooser:choose")), DOCUMENT_TITLE)
    assert _shows(client.get(reverse("wagtailimages_chooser:choose")), IMAGE_TITLE)
    chosen = reverse("wagtaildocs_chooser:chosen", args=(extranet.document.pk,))
    assert _shows(client.get(chosen), DOCUMENT_TITLE)
    chosen = reverse("wagtailimages_chooser:chosen", args=(secret_image.pk,))
    assert _shows(client.get(chosen), IMAGE_TITLE)
    assert _shows(
        client.get(reverse("wagtaildocs:edit", args=(extranet.document.pk,))), DOCUMENT_TITLE
    )
    assert (
        client.get(reverse("wagtaildocs:document_usage", args=(extranet.document.pk,))).status_code
        == 200
    )
    # The site serves no dynamic image URLs (no `wagtailimages_serve`), so Wagtail's URL
    # generator is off for everyone, the network manager included.
    generator = client.get(reverse("wagtailimages:url_generator", args=(secret_image.pk,)))
    assert generator.status_code == 404
    # Replacing a file deletes the old one from the storage, which the shared world's document
    # must keep: the manager replaces the file of a document of their own.
    own = _private_document("Eigenes Protokoll")
    old_name = own.file.name
    response = client.post(
        reverse("wagtaildocs:edit", args=(own.pk,)),
        {"title": own.title, "collection": _private().pk, "file": _pdf_upload("neu.pdf")},
    )
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.file.name != old_name
    assert own.collection_id == _private().pk
    assert Client().get(own.url).status_code == 302


def test_the_network_manager_may_move_media_into_a_public_collection(cast, extranet, secret_image):
    client = _client(cast, "manager")

    response = client.post(
        reverse("wagtaildocs:edit", args=(extranet.document.pk,)),
        {"title": DOCUMENT_TITLE, "collection": _public().pk},
    )
    client.post(
        _bulk("home", "siteimage", "add_to_collection", secret_image.pk),
        {"collection": _public().pk},
    )

    assert response.status_code == 302
    document = Document.objects.get(pk=extranet.document.pk)
    assert document.collection_id == _public().pk
    assert Client().get(document.url).status_code == 200
    assert Image.objects.get(pk=secret_image.pk).collection_id == _public().pk


def test_the_network_manager_may_delete_members_only_media(cast, extranet, secret_image):
    client = _client(cast, "manager")

    client.post(_bulk("home", "siteimage", "delete", secret_image.pk))
    own = _private_document("Eigenes Protokoll")
    client.post(reverse("wagtaildocs:delete", args=(own.pk,)))

    assert not Image.objects.filter(pk=secret_image.pk).exists()
    assert not Document.objects.filter(pk=own.pk).exists()


# A group with permissions on the members-only collection is still not the network management ------


@pytest.fixture
def custodian(cast, extranet):
    """Someone whose group holds media permissions on the members-only collection itself."""
    group = Group.objects.create(name="Archiv")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    # Wagtail checks image permissions against `wagtailimages.Image`, whatever the image model.
    for app_label, model in (("wagtaildocs", "document"), ("wagtailimages", "image")):
        for action in ("add", "change", "choose", "delete"):
            GroupCollectionPermission.objects.create(
                group=group,
                collection=_private(),
                permission=Permission.objects.get(
                    content_type__app_label=app_label, codename=f"{action}_{model}"
                ),
            )
    # Wagtail checks image permissions against `wagtailimages.Image`, whatever the image model.
    for app_label, model in (("wagtaildocs", "document"), ("wagtailimages", "image")):
        GroupCollectionPermission.objects.create(
            group=group,
            collection=_public(),
            permission=Permission.objects.get(
                content_type__app_label=app_label, codename=f"add_{model}"
            ),
        )
    user = UserFactory(username="custodian")
    user.groups.add(group)
    return user


def test_only_the_network_management_moves_media_out_of_a_restricted_collection(
    custodian, extranet, secret_image
):
    client = Client()
    client.force_login(custodian)
    edit = reverse("wagtaildocs:edit", args=(extranet.document.pk,))
    assert _shows(client.get(edit), DOCUMENT_TITLE)

    response = client.post(edit, {"title": DOCUMENT_TITLE, "collection": _public().pk})
    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["collection"]
    _assert_still_private(extranet, secret_image)
    response = client.post(
        reverse("wagtailimages:edit", args=(secret_image.pk,)),
        {"title": IMAGE_TITLE, "collection": _public().pk, "description": "offen"},
    )
    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["collection"]
    _assert_still_private(extranet, secret_image)
    for app_label, model_name, pk in (
        ("wagtaildocs", "document", extranet.document.pk),
        ("home", "siteimage", secret_image.pk),
    ):
        response = client.post(
            _bulk(app_label, model_name, "add_to_collection", pk), {"collection": _public().pk}
        )
        assert response.status_code == 302
        _assert_still_private(extranet, secret_image)

    # Within the members-only collection, the collection permissions decide.
    inner = _private().add_child(instance=Collection(name="Modul 1"))
    response = client.post(edit, {"title": DOCUMENT_TITLE, "collection": inner.pk})
    assert response.status_code == 302
    assert Document.objects.get(pk=extranet.document.pk).collection_id == inner.pk


# The groups' grants ------------------------------------------------------------------------------


def _staff_groups() -> list[Group]:
    names = [EDITORS, REVIEWERS, EVALUATORS] + [
        translators_group_name(code) for code in OTHER_LANGUAGES
    ]
    return list(Group.objects.filter(name__in=names))


def test_staff_groups_hold_media_permissions_only_on_unrestricted_collections(cast, extranet):
    private = _private()
    root = Collection.get_first_root_node()
    roles_ensure()

    for group in _staff_groups():
        granted = set(
            GroupCollectionPermission.objects.filter(group=group).values_list(
                "collection_id", flat=True
            )
        )
        assert root.pk not in granted, group.name
        assert private.pk not in granted, group.name
        if group.name != EVALUATORS:
            assert _public().pk in granted, group.name
    managers = Group.objects.get(name=NETWORK_MANAGERS)
    assert GroupCollectionPermission.objects.filter(group=managers, collection=root).count() == 8


def test_running_roles_ensure_again_takes_back_root_grants(cast, extranet):
    editors = Group.objects.get(name=EDITORS)
    root = Collection.get_first_root_node()
    change = Permission.objects.get(
        content_type__app_label="wagtaildocs", codename="change_document"
    )
    GroupCollectionPermission.objects.create(group=editors, collection=root, permission=change)
    GroupCollectionPermission.objects.create(
        group=editors, collection=_private(), permission=change
    )
    loose = get_document_model()(title="Flyer", collection=root)
    loose.file.save("flyer.pdf", _pdf_upload("flyer.pdf"), save=False)
    loose.save()

    roles_ensure()
    roles_ensure()

    assert not GroupCollectionPermission.objects.filter(group=editors, collection=root).exists()
    assert not GroupCollectionPermission.objects.filter(
        group=editors, collection=_private()
    ).exists()
    # What lay in the (public) root moved into the public collection, where the staff find it.
    loose.refresh_from_db()
    assert loose.collection_id == _public().pk
    _assert_still_private(extranet)
