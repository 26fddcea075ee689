"""The data a member may take away: everything held about them, and, for a contact person,
everything about their organisation. Plain JSON-ready dicts; other apps add their parts through
the `personal_data` hook (e.g. event registrations)."""

from django.conf import settings
from wagtail import hooks

from .access import is_network_manager
from .models import VISIBILITY, Invitation, JointInitiative, Membership, Organisation, Visibility
from .selectors import organisation_members, profile_history, user_language


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def personal_data(user) -> dict:
    memberships = Membership.objects.filter(user=user).select_related("organisation")
    data = {
        "account": {
            "username": user.get_username(),
            "first_name": user.first_name,
            "last_name": user.last_name,
            "email": user.email,
            "date_joined": _iso(user.date_joined),
            "last_login": _iso(user.last_login),
            "language": user_language(user),
        },
        "memberships": [
            {
                "organisation": m.organisation.name,
                "role": m.role,
                "since": _iso(m.created_at),
            }
            for m in memberships
        ],
        "invitations_sent": [
            {
                "email": invitation.email,
                "organisation": invitation.organisation.name,
                "role": invitation.role,
                "created_at": _iso(invitation.created_at),
                "accepted_at": _iso(invitation.accepted_at),
            }
            for invitation in Invitation.objects.filter(invited_by=user).select_related(
                "organisation"
            )
        ],
        "invitation_accepted": [
            {
                "organisation": invitation.organisation.name,
                "accepted_at": _iso(invitation.accepted_at),
            }
            for invitation in Invitation.objects.filter(accepted_by=user).select_related(
                "organisation"
            )
        ],
        "profile_changes": [
            {
                "organisation": change.organisation.name,
                "changed_at": _iso(change.changed_at),
                "summary": change.summary,
                "fields": [item["field"] for item in change.changes],
            }
            for change in profile_history().filter(user=user)
        ],
        "joint_initiatives_recorded": [
            initiative.title for initiative in JointInitiative.objects.filter(created_by=user)
        ],
    }
    for hook in hooks.get_hooks("personal_data"):
        data.update(hook(user=user))
    return data


def _field_value(organisation: Organisation, name: str):
    field = Organisation._meta.get_field(name)
    value = getattr(organisation, name)
    if field.many_to_many:
        return sorted(str(item) for item in value.all())
    if name == "logo":
        return value.file.name if value else None
    if name == "district":
        return str(value) if value else None
    return value


def organisation_data(*, organisation: Organisation, user) -> dict:
    """The organisation's whole profile (the network manager's notes only for the manager),
    its members, invitations, history and joint work."""
    hidden = set() if is_network_manager(user) else {Visibility.MANAGER}
    return {
        "organisation": {
            "slug": organisation.slug,
            **{
                name: _field_value(organisation, name)
                for name, level in VISIBILITY.items()
                if level not in hidden
            },
            "confirmed_at": _iso(organisation.confirmed_at),
        },
        "texts_in_other_languages": {
            text.language_code: {
                "short_description": text.short_description,
                "description": text.description,
            }
            for text in organisation.translations.all()
        },
        "regular_offerings": [
            {"what": o.title, "when": o.schedule, "where": o.location}
            for o in organisation.offerings.all()
        ],
        "members": [
            {
                "name": m.user.get_full_name(),
                "email": m.user.email,
                "role": m.role,
                "since": _iso(m.created_at),
            }
            for m in organisation_members(organisation)
        ],
        "history": [
            {
                "changed_at": _iso(change.changed_at),
                "by": change.user.get_full_name() or change.user.get_username()
                if change.user
                else None,
                "summary": change.summary,
                "changes": change.changes,
            }
            for change in profile_history(organisation)
        ],
        "joint_initiatives": [
            {
                "title": initiative.title,
                "status": initiative.status,
                "partners": sorted(p.name for p in initiative.partners.all()),
            }
            for initiative in organisation.initiatives.all()
        ],
        "cooperations": [
            {"institution": c.institution.name, "description": c.description, "status": c.status}
            for c in organisation.cooperations.select_related("institution")
        ],
        "exported_in": settings.LANGUAGE_CODE,
    }
