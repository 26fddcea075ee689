"""Publishing translations through wagtail-localize, so that editors and translators later find
them in its translation editor (with the source strings) and see when they are out of date."""

from django.conf import settings
from django.db import transaction
from wagtail.models import DraftStateMixin, Locale, TranslatableMixin
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource


def translations_publish_missing(
    *, instance: TranslatableMixin, strings_by_language: dict[str, dict[str, str]]
) -> list[TranslatableMixin]:
    """Publish a translation of `instance` into every configured language that lacks one
    (demo data); returns the new translations."""
    created = []
    for language, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        if locale.pk != instance.locale_id and not instance.has_translation(locale):
            strings = strings_by_language.get(language, {})
            created.append(translation_publish(instance=instance, locale=locale, strings=strings))
    return created


@transaction.atomic
def translation_publish(
    *,
    instance: TranslatableMixin,
    locale: Locale,
    strings: dict[str, str],
    user=None,
    publish: bool = True,
) -> TranslatableMixin:
    """Create (or update) the translation of `instance` into `locale` and publish it (or, with
    `publish=False`, keep it as a draft).

    `strings` maps source-language text to its translation; a segment without an entry keeps the
    source text, as wagtail-localize's own fallback does. Returns the translated instance.
    """
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = StringSegment.objects.filter(source=source).select_related("string", "context")
    for segment in segments:
        text = strings.get(segment.string.data)
        if text:
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": text,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "last_translated_by": user,
                },
            )
    # wagtail-localize would defer publishing to the commit; inside one long transaction (the
    # demo-data command) that deferred publish then writes stale tree data over pages added
    # meanwhile. So save a draft and publish it here, at once.
    drafts = isinstance(instance, DraftStateMixin)
    translated, _created = source.create_or_update_translation(
        locale, user=user, publish=publish and not drafts, fallback=True, copy_parent_pages=True
    )
    if drafts and publish:
        translated.get_latest_revision().publish(user=user)
        translated.refresh_from_db()
    return translated
