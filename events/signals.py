"""Keeping members-only events hidden, the waiting list moving and deleted accounts anonymous."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models.signals import pre_delete
from wagtail.signals import page_published

from .models import EventPage
from .services import event_restriction_sync as sync
from .services import registrations_of_user_anonymise, waiting_list_advance


def event_restriction_sync(sender, instance, **kwargs) -> None:
    """On publishing: a members-only event carries a view restriction to the network's groups
    in every language (so every list, feed, search and sitemap that asks for public pages leaves
    it out); a public one none of ours. The default-language version decides for all of them.
    Drafts change nothing: only what is published counts."""
    sync(event=instance)


def waiting_list_after_publish(sender, instance, **kwargs) -> None:
    """More places published: fill them from the waiting list."""
    if instance.capacity is not None or instance.registration_required:
        transaction.on_commit(lambda: waiting_list_advance(event=instance))


def registrations_anonymise_before_account_delete(sender, instance, **kwargs) -> None:
    registrations_of_user_anonymise(user=instance)


def connect() -> None:
    page_published.connect(
        event_restriction_sync, sender=EventPage, dispatch_uid="event_restriction"
    )
    page_published.connect(
        waiting_list_after_publish, sender=EventPage, dispatch_uid="event_waiting_list"
    )
    pre_delete.connect(
        registrations_anonymise_before_account_delete,
        sender=get_user_model(),
        dispatch_uid="event_registrations_anonymise",
    )
