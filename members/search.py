"""Organisations in the public search: the texts of their public profile, in each language they
are written in, found from the directory's profile page of the visitor's language."""

from django.conf import settings
from wagtail.models import Locale

from home.search_index import Document
from home.search_sources import SearchSource

from .models import DirectoryPage, Organisation
from .selectors import organisation_texts, organisations_listed

ORGANISATION_SOURCE = "organisation"


class OrganisationSearchSource(SearchSource):
    """German texts (the profile's own language) are searched in every language, since every
    language's profile falls back to them; a translation only in its own language. Only the
    public part of a profile is indexed, and only listed organisations are found."""

    name = ORGANISATION_SOURCE
    fallback_language = settings.LANGUAGE_CODE

    def documents(self, organisation: Organisation) -> list[Document]:
        # Where the organisation is, and what it offers, count in every language.
        facts = [organisation.city, organisation.district.name if organisation.district else ""]
        facts += [offering.title for offering in organisation.offerings.all()]
        documents = [
            Document(
                language=settings.LANGUAGE_CODE,
                title=organisation.name,
                body="\n".join(
                    filter(
                        None,
                        [organisation.short_description, organisation.description, *facts],
                    )
                ),
            )
        ]
        for translation in organisation.translations.all():
            texts = [translation.short_description, translation.description]
            if translation.language_code != settings.LANGUAGE_CODE and any(texts):
                documents.append(
                    Document(
                        language=translation.language_code,
                        title=organisation.name,
                        body="\n".join(filter(None, [*texts, *facts])),
                    )
                )
        return documents

    def all_objects(self):
        return Organisation.objects.select_related("district").prefetch_related(
            "translations", "offerings"
        )

    def visible(self, ids: list[int], *, locale: Locale) -> set[int]:
        if DirectoryPage.objects.live().public().filter(locale=locale).exists():
            return set(organisations_listed().filter(pk__in=ids).values_list("pk", flat=True))
        return set()

    def results(self, ids: list[int], *, locale: Locale, request) -> dict[int, dict]:
        directory = DirectoryPage.objects.live().public().filter(locale=locale).first()
        if directory is None:
            return {}
        base = directory.get_url(request)
        organisations = organisations_listed().filter(pk__in=ids).prefetch_related("translations")
        return {
            organisation.pk: {
                "title": organisation.name,
                "url": f"{base}{organisation.slug}/",
                "summary": organisation_texts(organisation, locale.language_code)[
                    "short_description"
                ],
            }
            for organisation in organisations
        }
