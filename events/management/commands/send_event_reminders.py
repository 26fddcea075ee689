from django.core.management.base import BaseCommand

from events.services import reminders_send


class Command(BaseCommand):
    help = (
        "E-mail a reminder to everyone with a place in an event that starts within "
        "EVENT_REMINDER_HOURS. Each person is reminded once; run it hourly from cron."
    )

    def handle(self, *args, **options):
        sent = reminders_send()
        self.stdout.write(f"Reminders sent: {sent}")
