from django.core.management.base import BaseCommand

from events.services import offers_expire


class Command(BaseCommand):
    help = (
        "Cancel the places offered from a waiting list that were not confirmed before their "
        "deadline (EVENT_WAITING_OFFER_HOURS), tell those people, and offer each place to the "
        "next person waiting. Idempotent; the scheduler runs it every 15 minutes."
    )

    def handle(self, *args, **options):
        lapsed = offers_expire()
        self.stdout.write(f"Offers passed on: {lapsed}")
