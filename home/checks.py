"""System checks of the project's own settings, run by `manage.py check` (`--deploy` for those
that only matter in production)."""

from django.conf import settings
from django.core.checks import Warning, register


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
            id="home.W001",
        )
    ]
