from django.core.management.base import BaseCommand

from home.search_sources import reindex_all


class Command(BaseCommand):
    help = (
        "Build the public search's index again from every page and every other source (after "
        "a restore, or a change of SEARCH_CONFIGS). Idempotent."
    )

    def handle(self, *args, **options):
        for source, count in reindex_all().items():
            self.stdout.write(f"  {source}: {count}")
        self.stdout.write(self.style.SUCCESS("The search index is complete."))
