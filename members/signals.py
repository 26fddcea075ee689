"""Keeping the public directory's cache and the extranet's protection in step with the data;
forgetting a deleted account's login history; logging failed and paused logins."""

import logging

from axes.signals import user_locked_out
from django.contrib.auth import get_user_model
from django.contrib.auth.signals import user_login_failed
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from home.page_cache import purge
from home.search_sources import source_forget, source_reindex
from home.security_log import address_shorten, client_network

from .models import (
    ExtranetPage,
    Organisation,
    OrganisationTranslation,
    ProjectPhase,
    ProjectPhaseTranslation,
    RegularOffering,
)
from .search import ORGANISATION_SOURCE
from .services import extranet_protect, login_history_forget

logger = logging.getLogger("members.security")


def _login_failed_log(sender, credentials, request=None, **kwargs) -> None:
    """A failed login (extranet or admin): the name tried and the shortened address; Django has
    already masked the password in `credentials`, and it is not logged anyway."""
    logger.info(
        "Login failed: user %r from %s",
        credentials.get("username", ""),
        client_network(request) if request is not None else "unknown",
    )


def _locked_out_log(sender, request, username, ip_address, **kwargs) -> None:
    logger.warning(
        "Logins paused after repeated failures: user %r from %s",
        username,
        address_shorten(ip_address),
    )


def purge_after_commit(**kwargs) -> None:
    transaction.on_commit(purge)


def _organisation_reindex(sender, instance, raw=False, **kwargs) -> None:
    if not raw:
        source_reindex(ORGANISATION_SOURCE, instance)


def _organisation_forget(sender, instance, **kwargs) -> None:
    source_forget(ORGANISATION_SOURCE, instance.pk)


def _organisation_part_reindex(sender, instance, raw=False, **kwargs) -> None:
    """A translation or an offering changed: its organisation's documents follow (unless the
    organisation itself is being deleted)."""
    organisation = Organisation.objects.filter(pk=instance.organisation_id).first()
    if organisation is not None and not raw:
        source_reindex(ORGANISATION_SOURCE, organisation)


def _extranet_protect(sender, instance, **kwargs) -> None:
    """Every extranet root, in every language (also translations made by wagtail-localize), is
    restricted to the network's groups as soon as it exists."""
    extranet_protect(instance)


def _login_history_forget(sender, instance, **kwargs) -> None:
    """A deleted account's login history goes with it, wherever it was deleted (the extranet's
    own deletion, or the admin's)."""
    login_history_forget(instance.get_username())


def connect() -> None:
    # Module pages show the phase's title in the visitor's language.
    phases = (ProjectPhase, ProjectPhaseTranslation)
    for model in (Organisation, OrganisationTranslation, RegularOffering, *phases):
        uid = f"members_purge_{model._meta.label_lower}"
        post_save.connect(purge_after_commit, sender=model, dispatch_uid=f"{uid}_saved")
        post_delete.connect(purge_after_commit, sender=model, dispatch_uid=f"{uid}_deleted")
    # The public search follows the public profile.
    post_save.connect(
        _organisation_reindex, sender=Organisation, dispatch_uid="search_organisation"
    )
    post_delete.connect(
        _organisation_forget, sender=Organisation, dispatch_uid="search_organisation_deleted"
    )
    for model in (OrganisationTranslation, RegularOffering):
        uid = f"search_{model._meta.label_lower}"
        post_save.connect(_organisation_part_reindex, sender=model, dispatch_uid=f"{uid}_saved")
        post_delete.connect(_organisation_part_reindex, sender=model, dispatch_uid=f"{uid}_deleted")
    for through in (Organisation.languages.through, Organisation.fields_of_cooperation.through):
        m2m_changed.connect(
            purge_after_commit, sender=through, dispatch_uid=f"members_purge_{through.__name__}"
        )
    post_save.connect(_extranet_protect, sender=ExtranetPage, dispatch_uid="extranet_protect")
    post_delete.connect(
        _login_history_forget, sender=get_user_model(), dispatch_uid="login_history_forget"
    )
    user_login_failed.connect(_login_failed_log, dispatch_uid="members_login_failed_log")
    user_locked_out.connect(_locked_out_log, dispatch_uid="members_locked_out_log")
