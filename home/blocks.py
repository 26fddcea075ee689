"""StreamField blocks shared by every app's pages: headings, text, images, calls to action, quotes.

Each block has an icon, a template, a description and a preview value. Text inside the blocks is
extracted by wagtail-localize, so alt text and captions are translated with the page.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from .locales import active_locale
from .page_cache import cached_until_publish

RICH_TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        choices=[("h2", _("Level 2")), ("h3", _("Level 3"))],
        default="h2",
        label=_("Level"),
        help_text=_("Level 2 for sections, level 3 for sub-sections; the page title is level 1."),
    )

    class Meta:
        icon = "title"
        template = "home/blocks/heading_block.html"
        label = _("Heading")
        description = _(
            "A section heading that also appears in the page outline for screen readers."
        )
        preview_value = {"text": "Gemeinsam stark in Sachen Integration", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "home/blocks/paragraph_block.html"
        label = _("Text")
        description = _("Formatted text with links and lists.")
        preview_value = (
            "<p>Das Netzwerk verbindet Vereine, Gemeinden und Elterninitiativen, "
            "damit ihre Angebote sich ergänzen.</p>"
        )


class ImageWithAltTextBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=300,
        help_text=_("Describe what the image shows for people who cannot see it."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        template = "home/blocks/image_block.html"
        label = _("Image")
        description = _("An image with alternative text and an optional caption.")


class CallToActionStructValue(blocks.StructValue):
    def url(self) -> str:
        page = self.get("page")
        if page:
            # Two queries each time otherwise (the active locale, the translation).
            return cached_until_publish(
                None, "localized-url", lambda: page.localized.url, page.pk, active_locale().pk
            )
        return self.get("external_url") or ""


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=500)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    external_url = blocks.URLBlock(label=_("External link"), required=False)

    def clean(self, value):
        value = super().clean(value)
        has_page = bool(value.get("page"))
        has_url = bool(value.get("external_url"))
        if has_page == has_url:
            message = _("Choose either a page or an external link, not both and not neither.")
            raise blocks.StructBlockValidationError(
                block_errors={"page": ErrorList([ValidationError(message)])}
            )
        return value

    class Meta:
        icon = "link"
        template = "home/blocks/call_to_action_block.html"
        label = _("Call to action")
        description = _("A highlighted box with a short text and a button that leads on.")
        value_class = CallToActionStructValue
        preview_value = {
            "title": "Mitmachen im Netzwerk",
            "text": "Ihr Verein möchte dabei sein? Wir freuen uns auf Sie.",
            "button_label": "Kontakt aufnehmen",
            "external_url": "https://example.org/",
        }


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"), max_length=1000)
    attribution = blocks.CharBlock(label=_("Attribution"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        template = "home/blocks/quote_block.html"
        label = _("Quote")
        description = _("A quotation with the name of the person who said it.")
        preview_value = {
            "quote": "Zusammen erreichen wir mehr als jeder Verein für sich.",
            "attribution": "Mitglied der Planungsgruppe",
        }


class BaseContentStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageWithAltTextBlock()
    call_to_action = CallToActionBlock()
    quote = QuoteBlock()


class HomePageStreamBlock(BaseContentStreamBlock):
    pass


class StandardPageStreamBlock(BaseContentStreamBlock):
    pass


class NewsPageStreamBlock(BaseContentStreamBlock):
    pass
