"""Which collections are restricted, and who may move media out of them.

A collection is restricted when it or a collection above it has a view restriction (the
members-only `Extranet` collection of the members app, and anything below it). Staff groups hold
media permissions only on unrestricted collections (`home.roles`); a document or image leaves a
restricted collection for a less restricted one only through the network management, whatever
permissions someone else's group may hold.
"""

from django.contrib.auth.models import Group
from wagtail.models import Collection, CollectionViewRestriction

from .roles import NETWORK_MANAGERS


def restricting_collections(collection: Collection) -> list[Collection]:
    """The collections (this one or above it) whose view restrictions apply to `collection`."""
    ancestors = collection.get_ancestors(inclusive=True)
    restricted = CollectionViewRestriction.objects.filter(collection__in=ancestors).values(
        "collection"
    )
    return list(Collection.objects.filter(pk__in=restricted))


def collection_is_restricted(collection: Collection) -> bool:
    return bool(restricting_collections(collection))


def may_manage_restricted_media(user) -> bool:
    """The network management (the group, or a superuser)."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or Group.objects.filter(name=NETWORK_MANAGERS, user=user).exists()


def move_allowed(user, source: Collection | None, target: Collection | None) -> bool:
    """May `user` move media from `source` into `target`? Leaving a restricted collection for a
    place outside it (which is less restricted) is for the network management only; staying
    inside the restricted collection (or moving into one) is up to the collection permissions."""
    if source is None or target is None or source.pk == target.pk:
        return True
    for restricting in restricting_collections(source):
        if target.pk != restricting.pk and not target.is_descendant_of(restricting):
            return may_manage_restricted_media(user)
    return True
