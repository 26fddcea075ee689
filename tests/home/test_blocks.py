import pytest
from django.utils import translation
from wagtail.blocks import StructBlockValidationError

from home.blocks import CallToActionBlock, HomePageStreamBlock


def _cta(**overrides):
    value = {
        "title": "Mitmachen",
        "text": "",
        "button_label": "Los",
        "page": None,
        "external_url": "",
    }
    value.update(overrides)
    return CallToActionBlock().to_python(value)


def test_call_to_action_needs_a_page_or_a_link():
    with pytest.raises(StructBlockValidationError):
        CallToActionBlock().clean(_cta())


def test_call_to_action_refuses_both_a_page_and_a_link(page_tree):
    with pytest.raises(StructBlockValidationError):
        CallToActionBlock().clean(_cta(page=page_tree.about.pk, external_url="https://example.org"))


def test_call_to_action_with_a_page_links_to_the_visitors_language(page_tree):
    value = CallToActionBlock().clean(_cta(page=page_tree.about.pk))
    with translation.override("ru"):
        assert value.url() == page_tree.translated(page_tree.about, "ru").url


def test_every_block_is_complete():
    for name, block in HomePageStreamBlock().child_blocks.items():
        assert block.meta.icon, name
        assert block.meta.template, name
        assert block.meta.description, name
