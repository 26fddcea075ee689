"""Images need alternative text when they are uploaded, and pages get responsive renditions."""

from io import BytesIO

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from wagtail.models import Collection

from home.factories import SiteImageFactory
from home.models import SiteImage

from .conftest import make_news


def _png() -> SimpleUploadedFile:
    buffer = BytesIO()
    Image.new("RGB", (64, 48), "#0b5c7a").save(buffer, format="PNG")
    return SimpleUploadedFile("bild.png", buffer.getvalue(), content_type="image/png")


@pytest.fixture
def admin_client_de(client, db):
    admin = get_user_model().objects.create_superuser("chefin", password="pw")
    client.force_login(admin)
    return client


def test_upload_without_alternative_text_is_refused(admin_client_de):
    data = {"title": "Treffen", "file": _png(), "collection": Collection.get_first_root_node().pk}

    response = admin_client_de.post(reverse("wagtailimages:add"), data)

    assert response.status_code == 200
    assert "description" in response.context["form"].errors
    assert not SiteImage.objects.exists()


def test_upload_with_alternative_text_is_accepted(admin_client_de):
    data = {
        "title": "Treffen",
        "file": _png(),
        "collection": Collection.get_first_root_node().pk,
        "description": "Menschen beim Netzwerktreffen",
    }

    response = admin_client_de.post(reverse("wagtailimages:add"), data)

    assert response.status_code == 302
    assert SiteImage.objects.get().default_alt_text == "Menschen beim Netzwerktreffen"


def test_article_image_is_responsive_lazy_and_in_modern_formats(client, news_index):
    article = make_news(news_index, 1)[0]
    article.image = SiteImageFactory(
        description="Ein Plakat des Sommerfests", file__width=2000, file__height=1200
    )
    article.save_revision().publish()

    html = client.get(article.url).content.decode()
    listing = client.get(news_index.url).content.decode()

    picture = html.split("<picture", 1)[1].split("</picture>", 1)[0]
    assert 'type="image/webp"' in picture
    assert "480w" in picture and "960w" in picture
    assert 'alt="Ein Plakat des Sommerfests"' in picture
    assert 'loading="lazy"' in picture
    assert 'srcset="' in listing and 'loading="lazy"' in listing


def test_a_lost_image_file_costs_the_picture_not_the_page(client, news_index):
    article = make_news(news_index, 1)[0]
    image = SiteImageFactory(description="Verloren", file__width=800, file__height=600)
    article.image = image
    article.save_revision().publish()
    image.file.storage.delete(image.file.name)

    article_response = client.get(article.url)
    list_response = client.get(news_index.url)

    assert article_response.status_code == 200
    assert "<picture" not in article_response.content.decode()
    assert list_response.status_code == 200
