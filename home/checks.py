"""System checks of the deployment that Django's own do not cover (`--deploy` for those that
only matter in production)."""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError
from wagtail.models import Site

from .public_address import address_parse, site_address_differences


@register()
def public_address_check(app_configs, **kwargs):
    """PUBLIC_URL must be an address that Wagtail can write, and in production a host that
    Django serves."""
    try:
        scheme, host, port = address_parse(settings.PUBLIC_URL)
    except ImproperlyConfigured as error:
        return [Error(str(error), id="home.E001")]
    problems = []
    if scheme == "https" and port != 443:
        # Wagtail writes a Site's URL as https only on port 443 (Site.root_url).
        problems.append(
            Warning(
                f"PUBLIC_URL {settings.PUBLIC_URL} uses https on port {port}: Wagtail's links "
                "would say http.",
                hint="Serve the site on port 443, or over http on this port.",
                id="home.W002",
            )
        )
    if (
        not settings.DEBUG
        and "*" not in settings.ALLOWED_HOSTS
        and host not in settings.ALLOWED_HOSTS
    ):
        problems.append(
            Warning(
                f"The public address's host {host!r} is not in ALLOWED_HOSTS.",
                id="home.W003",
            )
        )
    return problems


@register(Tags.database)
def site_address_check(app_configs, databases=None, **kwargs):
    """In production (debug off) the default Site must agree with PUBLIC_URL, or every link in
    mails, QR codes and the sitemap points somewhere else. A database check: it runs with
    `check --database default` and before `migrate`, which then puts the Site right."""
    if settings.DEBUG or not databases:
        return []
    try:
        address_parse(settings.PUBLIC_URL)
    except ImproperlyConfigured:
        return []  # public_address_check reports it
    problems = []
    try:
        site = Site.objects.filter(is_default_site=True).first()
    except DatabaseError:
        return problems  # not migrated yet, or no database here (e.g. building the image)
    if site is not None and (differences := site_address_differences(site)):
        problems.append(
            Warning(
                f"The default Wagtail Site disagrees with PUBLIC_URL ({settings.PUBLIC_URL}): "
                f"{', '.join(differences)}. Links in mails, QR codes, feeds and the sitemap "
                "follow the Site.",
                hint="Run `python manage.py migrate`, which sets the Site to PUBLIC_URL.",
                id="home.W001",
            )
        )
    return problems


@register(deploy=True)
def staff_second_factor_check(app_configs, **kwargs):
    """A production site lets no network manager or reviewer into the admin without a second
    factor; the deploy check (run by CI with the production settings) fails if it is off."""
    if settings.STAFF_2FA_REQUIRED:
        return []
    return [
        Warning(
            "STAFF_2FA_REQUIRED is off: the network management and the reviewers can use the "
            "admin with their password alone.",
            hint="Unset STAFF_2FA_REQUIRED (it defaults to true) or set it to true.",
            id="home.W004",
        )
    ]
