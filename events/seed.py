"""Demo data for the five qualification modules, in German with their translations."""

from collections.abc import Callable

from wagtail.models import Locale

from home.demo_translations import TRANSLATIONS
from home.localization import translations_publish_missing
from members.models import ProjectPhase

from .demo_content import MODULES
from .factories import QualificationModuleFactory
from .models import QualificationModule


def seed_events(*, log: Callable[[str], None]) -> None:
    default_locale = Locale.get_default()
    for spec in MODULES:
        module = QualificationModule.objects.filter(
            locale=default_locale, number=spec["number"]
        ).first()
        if module is None:
            module = QualificationModuleFactory(
                locale=default_locale,
                number=spec["number"],
                title=spec["title"],
                description=spec["description"],
                phase=ProjectPhase.objects.filter(number=spec["phase"]).first(),
            )
            log(f"Qualification module created: {module}")
        translations_publish_missing(instance=module, strings_by_language=TRANSLATIONS)
