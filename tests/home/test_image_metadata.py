"""An image uploaded in the admin is stored without its metadata (no GPS position, no camera),
turned upright first; so are all its renditions."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from PIL import Image
from wagtail.models import Collection

from home.models import SiteImage

from .image_metadata import jpeg_with_gps, metadata_of


@pytest.fixture
def admin_client_de(client, db):
    admin = get_user_model().objects.create_superuser("chefin", password="pw")
    client.force_login(admin)
    return client


def test_the_photo_is_sent_with_its_position(db):
    """(The test photo really carries what the next tests see removed.)"""
    photo = metadata_of(jpeg_with_gps())

    assert photo["gps"] and photo["exif"]
    assert photo["size"] == (40, 20)


def test_an_admin_upload_keeps_no_position_in_the_original_or_any_rendition(admin_client_de):
    data = {
        "title": "Treffen",
        "file": jpeg_with_gps(),
        "collection": Collection.get_first_root_node().pk,
        "description": "Menschen beim Netzwerktreffen",
    }

    response = admin_client_de.post(reverse("wagtailimages:add"), data)

    assert response.status_code == 302
    image = SiteImage.objects.get()
    original = metadata_of(image.file)
    assert original == {"exif": {}, "gps": {}, "info": set(), "size": (20, 40)}
    assert (image.width, image.height) == (20, 40)  # turned upright by its orientation
    assert image.file_size == image.file.size
    for spec in ["original", "width-10", "fill-10x10", "width-10|format-webp"]:
        rendition = image.get_rendition(spec)
        assert metadata_of(rendition.file)["gps"] == {}, spec
        assert metadata_of(rendition.file)["exif"] == {}, spec


def test_an_image_without_orientation_keeps_its_compression(db):
    photo = jpeg_with_gps(rotated=False)
    image = SiteImage.objects.create(title="Foto", description="Ein Foto", file=photo)

    assert metadata_of(image.file)["exif"] == {}
    assert (image.width, image.height) == (40, 20)
    photo.seek(0)
    with Image.open(photo) as sent, image.open_file() as stored, Image.open(stored) as kept:
        assert kept.quantization == sent.quantization


def test_originals_are_not_public_but_renditions_are(admin_client_de):
    image = SiteImage.objects.create(title="Foto", description="Ein Foto", file=jpeg_with_gps())
    rendition = image.get_rendition("width-10")

    assert image.file.url.startswith("/media/original_images/")
    assert Client().get(image.file.url).status_code == 404
    assert Client().get(rendition.url).status_code == 200
    staff = admin_client_de.get(image.file.url)
    assert staff.status_code == 200
    assert "private" in staff["Cache-Control"]
