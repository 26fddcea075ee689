"""Who may see and do what in the extranet. Every view and service asks here, never by itself.

- A member of the network: any active user with a membership, plus the network manager.
- A contact person edits their own organisation's profile and manages its members.
- The network manager (superuser or the "Netzwerkmanagement" group) may do everything.
Editors and translators have admin accounts but are not members: they get the login page.
"""

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.utils.cache import add_never_cache_headers, patch_cache_control
from wagtail.models import Collection, CollectionViewRestriction

from home.roles import EVALUATORS, NETWORK_MANAGERS

# The model modules, not the package: the page models ask here too (`members.models.pages`).
from .models.accounts import Membership, Role
from .models.organisations import Organisation

# The group that view restrictions of extranet pages and private collections name. Services keep
# it in step with memberships; `is_network_member` reads memberships themselves.
NETWORK_MEMBERS = "Netzwerkmitglieder"


def is_network_manager(user) -> bool:
    if not (user and user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_is_network_manager", None)
    if cached is None:
        cached = user.groups.filter(name=NETWORK_MANAGERS).exists()
        user._is_network_manager = cached
    return cached


def can_view_reports(user) -> bool:
    """The reports and exports: the network manager and the read-only evaluators."""
    if is_network_manager(user):
        return True
    if not (user and user.is_authenticated and user.is_active):
        return False
    cached = getattr(user, "_is_evaluator", None)
    if cached is None:
        cached = user.groups.filter(name=EVALUATORS).exists()
        user._is_evaluator = cached
    return cached


def is_network_member(user) -> bool:
    if not (user and user.is_authenticated and user.is_active):
        return False
    if is_network_manager(user):
        return True
    cached = getattr(user, "_is_network_member", None)
    if cached is None:
        cached = Membership.objects.filter(user=user).exists()
        user._is_network_member = cached
    return cached


def membership(user, organisation: Organisation) -> Membership | None:
    if not (user and user.is_authenticated):
        return None
    return Membership.objects.filter(user=user, organisation=organisation).first()


def can_edit_organisation(user, organisation: Organisation) -> bool:
    if is_network_manager(user):
        return True
    found = membership(user, organisation)
    return found is not None and found.role == Role.CONTACT


def can_see_internal(user, organisation: Organisation) -> bool:
    """Board members and other fields internal to one organisation: its own people and the
    network manager."""
    return is_network_manager(user) or membership(user, organisation) is not None


def invitable_roles(user, organisation: Organisation) -> list[str]:
    """The roles `user` may invite people to in `organisation`: the network manager invites
    contact persons (and members); a contact person invites members."""
    if is_network_manager(user):
        return [Role.CONTACT, Role.MEMBER]
    if can_edit_organisation(user, organisation):
        return [Role.MEMBER]
    return []


def collection_is_members_only(collection: Collection) -> bool:
    """True when the collection (or one above it) is restricted to the network's groups."""
    restrictions = CollectionViewRestriction.objects.filter(
        collection__in=collection.get_ancestors(inclusive=True),
        restriction_type=CollectionViewRestriction.GROUPS,
        groups__name=NETWORK_MEMBERS,
    )
    return restrictions.exists()


def login_redirect(request):
    return redirect_to_login(request.get_full_path(), settings.LOGIN_URL)


def private_response(response):
    """Nothing personal or members-only may be kept by a shared cache or the browser's."""
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    return response
