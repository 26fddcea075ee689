from django.core.management.base import BaseCommand

from home.roles import roles_ensure


class Command(BaseCommand):
    help = (
        "Create or complete the staff groups (network managers, editors, reviewers, translators "
        "per language) and the review workflow. Idempotent."
    )

    def handle(self, *args, **options):
        for name, group in roles_ensure().items():
            self.stdout.write(f"  {name}: {group.permissions.count()} permissions")
        self.stdout.write(self.style.SUCCESS("Roles are set up."))
