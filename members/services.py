"""Writes that change the network's state. Each is one transaction and checks, itself, that the
acting user may do it: views are not trusted to have asked."""

import datetime
import secrets

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
)
from wagtail.users.models import UserProfile

from home.errors import DomainError
from home.mail import queue_mail
from home.page_cache import purge
from home.roles import NETWORK_MANAGERS

from . import access
from .models import (
    VISIBILITY,
    Cooperation,
    Invitation,
    JointInitiative,
    LocalInstitution,
    Membership,
    Organisation,
    OrganisationTranslation,
    ProfileChange,
    RegularOffering,
    Role,
    Visibility,
)
from .models.accounts import token_digest
from .selectors import editable_fields, is_staff_account, organisations_stale, user_language

PRIVATE_COLLECTION_NAME = "Extranet"
LOGO_COLLECTION_NAME = "Logos"


class InvitationError(DomainError):
    """Why an invitation link cannot be used; `message` is for the person who opened it."""

    MESSAGES = {
        "unknown": gettext_lazy(
            "This invitation link is not valid. Please check that you copied all of it."
        ),
        "used": gettext_lazy(
            "This invitation has already been used. If that was you, just log in."
        ),
        "expired": gettext_lazy("This invitation has expired. Please ask for a new one."),
        "withdrawn": gettext_lazy("This invitation has been withdrawn."),
        "account_exists": gettext_lazy(
            "There is already an account with this e-mail address. Please log in first, then open "
            "the invitation link again."
        ),
    }


# Groups and restrictions ---------------------------------------------------------------------


def network_groups() -> list[Group]:
    members, _created = Group.objects.get_or_create(name=access.NETWORK_MEMBERS)
    managers, _created = Group.objects.get_or_create(name=NETWORK_MANAGERS)
    return [members, managers]


def _network_group_sync(user) -> None:
    """Keep the members' group (which view restrictions name) in step with memberships."""
    group = network_groups()[0]
    if Membership.objects.filter(user=user).exists():
        user.groups.add(group)
    else:
        user.groups.remove(group)


def extranet_protect(page: Page) -> None:
    """Restrict `page` (an extranet root, in any language) to the network's groups."""
    restriction = PageViewRestriction.objects.filter(
        page=page, restriction_type=PageViewRestriction.GROUPS
    ).first()
    if restriction is None:
        PageViewRestriction.objects.filter(page=page).delete()
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
    restriction.groups.add(*network_groups())


def _root_collection() -> Collection:
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def private_collection_ensure() -> Collection:
    """The collection for minutes' attachments and module materials, open to members only."""
    root = _root_collection()
    collection = root.get_children().filter(name=PRIVATE_COLLECTION_NAME).first()
    if collection is None:
        collection = root.add_child(instance=Collection(name=PRIVATE_COLLECTION_NAME))
    restriction = CollectionViewRestriction.objects.filter(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    ).first()
    if restriction is None:
        CollectionViewRestriction.objects.filter(collection=collection).delete()
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
    restriction.groups.add(*network_groups())
    return collection


def _logo_collection() -> Collection:
    root = _root_collection()
    collection = root.get_children().filter(name=LOGO_COLLECTION_NAME).first()
    return collection or root.add_child(instance=Collection(name=LOGO_COLLECTION_NAME))


# Profiles ------------------------------------------------------------------------------------


def _as_text(organisation: Organisation, name: str) -> str:
    field = Organisation._meta.get_field(name)
    if field.many_to_many:
        return ", ".join(sorted(str(item) for item in getattr(organisation, name).all()))
    value = getattr(organisation, name)
    if name == "target_groups":
        return ", ".join(organisation.target_group_labels)
    if name == "social_links":
        return "\n".join(value or [])
    if field.choices:
        return str(getattr(organisation, f"get_{name}_display")())
    if name == "logo":
        return value.title if value else ""
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    return "" if value is None else str(value)


def _snapshot(organisation: Organisation, names: list[str]) -> dict[str, str]:
    values = {name: _as_text(organisation, name) for name in names}
    for text in organisation.translations.all():
        values[f"short_description:{text.language_code}"] = text.short_description
        values[f"description:{text.language_code}"] = text.description
    values["offerings"] = "\n".join(
        " · ".join(part for part in (o.title, o.schedule, o.location) if part)
        for o in organisation.offerings.all()
    )
    return values


def _label(key: str) -> str:
    name, _sep, language = key.partition(":")
    if name == "offerings":
        return str(RegularOffering._meta.verbose_name_plural)
    label = str(Organisation._meta.get_field(name).verbose_name)
    return f"{label} ({language})" if language else label


def _visibility(key: str) -> str:
    name = key.partition(":")[0]
    return str(VISIBILITY.get(name, Visibility.PUBLIC))


@transaction.atomic
def update_profile(
    *,
    user,
    organisation: Organisation,
    data: dict,
    translations: dict[str, dict[str, str]] | None = None,
    offerings: list[dict] | None = None,
    logo_file=None,
) -> ProfileChange | None:
    """Apply an edit of `organisation`'s profile by `user` and record what changed.

    `data` maps field names to cleaned values; fields `user` may not edit are ignored, and a user
    who may not edit the organisation at all is refused. Saving also confirms the profile.
    Returns the recorded change, or None when nothing changed.
    """
    organisation = Organisation.objects.select_for_update().get(pk=organisation.pk)
    allowed = editable_fields(user, organisation)
    if not allowed:
        raise PermissionDenied
    before = _snapshot(organisation, allowed)

    many_to_many = {}
    for name, value in data.items():
        if name not in allowed:
            continue
        if Organisation._meta.get_field(name).many_to_many:
            many_to_many[name] = value
        else:
            setattr(organisation, name, value)
    if logo_file is not None and "logo" in allowed:
        organisation.logo = _logo_create(organisation, logo_file, user)
    organisation.confirmed_at = timezone.now()
    organisation.full_clean(exclude=["logo", *many_to_many])
    # Parental many-to-many relations (modelcluster) are written by save(), so set them first.
    for name, value in many_to_many.items():
        getattr(organisation, name).set(value)
    organisation.save()
    if translations is not None:
        _translations_replace(organisation, translations)
    if offerings is not None:
        organisation.offerings.all().delete()
        for order, offering in enumerate(offerings):
            RegularOffering.objects.create(organisation=organisation, sort_order=order, **offering)

    organisation = Organisation.objects.get(pk=organisation.pk)
    after = _snapshot(organisation, allowed)
    changes = [
        {
            "field": key,
            "label": _label(key),
            "old": before.get(key, ""),
            "new": after.get(key, ""),
            "visibility": _visibility(key),
        }
        for key in sorted(set(before) | set(after), key=_field_order)
        if before.get(key, "") != after.get(key, "")
    ]
    transaction.on_commit(purge)
    if not changes:
        return None
    return ProfileChange.objects.create(
        organisation=organisation, user=user, changes=changes, summary=_("Profile edited")
    )


def _field_order(key: str) -> tuple[int, str]:
    names = list(VISIBILITY) + ["offerings"]
    name = key.partition(":")[0]
    return (names.index(name) if name in names else len(names), key)


def _translations_replace(organisation: Organisation, translations: dict) -> None:
    languages = {code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE}
    for language, texts in translations.items():
        if language not in languages:
            continue
        short = (texts.get("short_description") or "").strip()
        long = (texts.get("description") or "").strip()
        if short or long:
            OrganisationTranslation.objects.update_or_create(
                organisation=organisation,
                language_code=language,
                defaults={"short_description": short, "description": long},
            )
        else:
            OrganisationTranslation.objects.filter(
                organisation=organisation, language_code=language
            ).delete()


def _logo_create(organisation: Organisation, logo_file, user):
    image_model = get_image_model()
    with translation.override(settings.LANGUAGE_CODE):
        alt = _("Logo of %(name)s") % {"name": organisation.name}
    return image_model.objects.create(
        title=alt,
        description=alt,
        file=logo_file,
        collection=_logo_collection(),
        uploaded_by_user=user,
    )


@transaction.atomic
def profile_confirm(*, user, organisation: Organisation) -> ProfileChange:
    """The contact person says the profile is still correct."""
    if not access.can_edit_organisation(user, organisation):
        raise PermissionDenied
    Organisation.objects.filter(pk=organisation.pk).update(confirmed_at=timezone.now())
    return ProfileChange.objects.create(
        organisation=organisation, user=user, changes=[], summary=_("Profile confirmed as correct")
    )


def confirmation_requests_send(*, base_url: str, now: datetime.datetime | None = None) -> int:
    """E-mail the contact persons of every profile whose yearly confirmation is due, at most once
    per reminder interval. Returns how many organisations were asked."""
    now = now or timezone.now()
    since = now - datetime.timedelta(days=settings.PROFILE_CONFIRMATION_REMINDER_DAYS)
    asked = 0
    for organisation in organisations_stale(now).filter(contact_count__gt=0):
        if (
            organisation.confirmation_requested_at
            and organisation.confirmation_requested_at > since
        ):
            continue
        contacts = Membership.objects.filter(organisation=organisation, role=Role.CONTACT)
        for contact in contacts.select_related("user"):
            if not contact.user.email:
                continue
            language = user_language(contact.user)
            with translation.override(language):
                url = base_url.rstrip("/") + reverse(
                    "members:organisation_edit", kwargs={"slug": organisation.slug}
                )
                queue_mail(
                    _("Is the profile of %(name)s still correct?") % {"name": organisation.name},
                    render_to_string(
                        "members/emails/confirmation_request.txt",
                        {"organisation": organisation, "user": contact.user, "url": url},
                    ),
                    None,
                    [contact.user.email],
                )
        Organisation.objects.filter(pk=organisation.pk).update(confirmation_requested_at=now)
        asked += 1
    return asked


# Accounts and memberships --------------------------------------------------------------------


def user_language_set(*, user, language: str) -> None:
    if language not in {code for code, _name in settings.LANGUAGES}:
        raise ValidationError(_("Unknown language."))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save(update_fields=["preferred_language"])


def invitation_create(
    *, by, organisation: Organisation, email: str, role: str, language: str, base_url: str
) -> Invitation:
    """Invite `email` into `organisation` and send them the link. Only the network manager
    invites contact persons; a contact person invites members of their own organisation."""
    if role not in access.invitable_roles(by, organisation):
        raise PermissionDenied
    email = email.strip().lower()
    if Membership.objects.filter(organisation=organisation, user__email__iexact=email).exists():
        raise ValidationError(_("This person is already a member of the organisation."))
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        organisation=organisation,
        email=email,
        role=role,
        language_code=language,
        token_hash=token_digest(token),
        invited_by=by,
        expires_at=timezone.now() + datetime.timedelta(days=settings.INVITATION_VALID_DAYS),
    )

    with translation.override(language):
        url = base_url.rstrip("/") + reverse("members:invitation", kwargs={"token": token})
        queue_mail(
            _("Invitation to the extranet of %(network)s")
            % {"network": settings.WAGTAIL_SITE_NAME},
            render_to_string(
                "members/emails/invitation.txt",
                {
                    "invitation": invitation,
                    "url": url,
                    "inviter": by.get_full_name() or by.get_username(),
                    "days": settings.INVITATION_VALID_DAYS,
                    "network": settings.WAGTAIL_SITE_NAME,
                },
            ),
            None,
            [email],
        )
    invitation.token = token  # only for the caller (tests, the e-mail); never stored
    return invitation


def invitation_find(token: str) -> Invitation:
    """The open invitation for `token`, or InvitationError saying why it cannot be used."""
    invitation = (
        Invitation.objects.select_related("organisation").filter(token_hash=token_digest(token))
    ).first()
    if invitation is None:
        raise InvitationError("unknown")
    if invitation.accepted_at is not None:
        raise InvitationError("used")
    if invitation.revoked_at is not None:
        raise InvitationError("withdrawn")
    if invitation.expires_at <= timezone.now():
        raise InvitationError("expired")
    return invitation


@transaction.atomic
def invitation_accept(*, token: str, user=None, account: dict | None = None):
    """Use an invitation once: join `user` (logged in) or a new account made from `account`
    (first_name, last_name, password) to the organisation. Returns the membership.

    The invitation is claimed with a conditional update, so two simultaneous uses cannot both
    succeed, on SQLite as on PostgreSQL."""
    invitation = invitation_find(token)
    claimed = Invitation.objects.filter(
        pk=invitation.pk, accepted_at__isnull=True, revoked_at__isnull=True
    ).update(accepted_at=timezone.now())
    if claimed != 1:
        raise InvitationError("used")
    if user is None:
        user_model = get_user_model()
        if user_model.objects.filter(username__iexact=invitation.email).exists() or (
            user_model.objects.filter(email__iexact=invitation.email).exists()
        ):
            raise InvitationError("account_exists")
        try:
            user = user_model.objects.create_user(
                username=invitation.email,
                email=invitation.email,
                password=account["password"],
                first_name=account.get("first_name", ""),
                last_name=account.get("last_name", ""),
            )
        except IntegrityError as error:
            raise InvitationError("account_exists") from error
        user_language_set(user=user, language=invitation.language_code)
    membership, created = Membership.objects.get_or_create(
        user=user, organisation=invitation.organisation, defaults={"role": invitation.role}
    )
    if not created and invitation.role == Role.CONTACT and membership.role != Role.CONTACT:
        membership.role = Role.CONTACT
        membership.save(update_fields=["role"])
    Invitation.objects.filter(pk=invitation.pk).update(accepted_by=user)
    _network_group_sync(user)
    return membership


@transaction.atomic
def invitation_withdraw(*, by, invitation: Invitation) -> None:
    if not access.invitable_roles(by, invitation.organisation):
        raise PermissionDenied
    Invitation.objects.filter(pk=invitation.pk, accepted_at__isnull=True).update(
        revoked_at=timezone.now()
    )


@transaction.atomic
def membership_add(*, user, organisation: Organisation, role: str = Role.MEMBER) -> Membership:
    """Make `user` a member (demo data, the network manager's tools)."""
    membership, _created = Membership.objects.update_or_create(
        user=user, organisation=organisation, defaults={"role": role}
    )
    _network_group_sync(user)
    return membership


@transaction.atomic
def membership_remove(*, by, membership: Membership) -> None:
    """A contact person removes members of their organisation; only the network manager removes
    a contact person. Anyone may leave an organisation themselves."""
    own = membership.user_id == by.pk
    if not own:
        if not access.can_edit_organisation(by, membership.organisation):
            raise PermissionDenied
        if membership.role == Role.CONTACT and not access.is_network_manager(by):
            raise PermissionDenied
    user = membership.user
    membership.delete()
    _network_group_sync(user)


@transaction.atomic
def account_delete(*, user) -> None:
    """Delete a member's account. Their memberships go with it, and their login history
    (`login_history_forget`, on any deletion of a user: members.signals); the profile history,
    initiatives and invitations they made stay and show "deleted user". Staff accounts are
    closed by the network manager in the admin, not here."""
    if is_staff_account(user):
        raise PermissionDenied
    user.delete()


# Login history (django-axes) -------------------------------------------------------------------

# What django-axes records of logins: failures that count towards a pause, each failure, and
# each login and logout, with the user name, address, browser and times.
LOGIN_RECORDS = (AccessAttempt, AccessFailureLog, AccessLog)


def login_history_forget(username: str) -> int:
    """Delete every login record under this user name (when its account is deleted)."""
    return sum(model.objects.filter(username=username).delete()[0] for model in LOGIN_RECORDS)


def login_history_expire(*, now: datetime.datetime | None = None) -> int:
    """Delete login records older than LOGIN_HISTORY_RETENTION_DAYS; returns how many."""
    days = settings.LOGIN_HISTORY_RETENTION_DAYS
    limit = (now or timezone.now()) - datetime.timedelta(days=days)
    return sum(model.objects.filter(attempt_time__lt=limit).delete()[0] for model in LOGIN_RECORDS)


# Joint initiatives and cooperations ----------------------------------------------------------


@transaction.atomic
def initiative_save(
    *, by, organisation: Organisation, initiative: JointInitiative, partners: list
) -> JointInitiative:
    """Record a joint initiative on behalf of `organisation`, which is always one of its
    partners. An existing initiative may be changed by its partners' contact persons."""
    if not access.can_edit_organisation(by, organisation):
        raise PermissionDenied
    if initiative.pk and not (
        access.is_network_manager(by)
        or JointInitiative.objects.filter(pk=initiative.pk, partners=organisation).exists()
    ):
        raise PermissionDenied
    if initiative.created_by_id is None:
        initiative.created_by = by
    initiative.full_clean(exclude=["partners"])
    initiative.partners.set({*partners, organisation})  # written by save() (modelcluster)
    initiative.save()
    return initiative


@transaction.atomic
def cooperation_save(
    *,
    by,
    organisation: Organisation,
    cooperation: Cooperation,
    organisations: list,
    institution: LocalInstitution | None = None,
    new_institution: dict | None = None,
) -> Cooperation:
    """Record a cooperation of `organisation` (and others) with a local institution, which is
    either chosen or, when `new_institution` names one, created (or found by its name)."""
    if not access.can_edit_organisation(by, organisation):
        raise PermissionDenied
    if new_institution and new_institution.get("name"):
        institution, _created = LocalInstitution.objects.get_or_create(
            name=new_institution["name"].strip(),
            defaults={"kind": new_institution.get("kind") or LocalInstitution.Kind.OTHER},
        )
    if institution is not None:
        cooperation.institution = institution
    if cooperation.pk and not (
        access.is_network_manager(by)
        or Cooperation.objects.filter(pk=cooperation.pk, organisations=organisation).exists()
    ):
        raise PermissionDenied
    if cooperation.created_by_id is None:
        cooperation.created_by = by
    cooperation.full_clean(exclude=["organisations"])
    cooperation.organisations.set({*organisations, organisation})  # written by save()
    cooperation.save()
    return cooperation
