"""The staff's second factor in the Wagtail admin: who must have one, and the writes that set it
up, check it, renew the recovery codes, switch it off and reset it.

Built on django-otp: an authenticator app's TOTP codes (`TOTPDevice`) and one-time recovery
codes (`RecoveryCodeDevice`, stored hashed). A session counts as verified once a code was
accepted in it (django-otp keeps the device's id in the session), so it ends with the session.
`home.middleware.StaffTwoFactorMiddleware` sends admin requests of a session that is not verified
to the check, or, without a device, to the enrolment where one is required.

Wrong codes are counted per account by the shared throttle (`THROTTLE_RATES["staff_otp_user"]`)
and written to the security log, like refused logins; never a code.
"""

import base64
import secrets

import django_otp
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import security_log
from .errors import DomainError
from .models.two_factor import (
    RECOVERY_CODE_ALPHABET,
    RECOVERY_CODE_LENGTH,
    RecoveryCode,
    RecoveryCodeDevice,
    recovery_code_digest,
)
from .roles import NETWORK_MANAGERS, REVIEWERS
from .throttle import throttle

# The groups (besides superusers) that may not use the admin without a second factor.
REQUIRED_GROUPS = (NETWORK_MANAGERS, REVIEWERS)
RECOVERY_CODE_COUNT = 10
THROTTLE_ACTION = "staff_otp"
DEVICE_NAME = "Authenticator-App"


class TwoFactorError(DomainError):
    MESSAGES = {
        "wrong_code": _("This code is not valid. Please check the code and try again."),
        "required": _(
            "Your role requires a second factor, so it cannot be switched off. Ask the network "
            "management to reset it if you have lost your authenticator app."
        ),
        "not_enrolled": _("There is no second factor set up for this account."),
        "enrolled": _("A second factor is already set up for this account."),
        "not_allowed": _("Only the network management may reset someone else's second factor."),
    }


def is_admin_user(user) -> bool:
    """Whoever may open the Wagtail admin."""
    if not (user and user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or user.has_perm("wagtailadmin.access_admin")


def _in_groups(user, names) -> bool:
    return user.groups.filter(name__in=names).exists()


def two_factor_required(user) -> bool:
    """Whether `user` must set up and use a second factor for the admin."""
    if not (settings.STAFF_2FA_REQUIRED and is_admin_user(user)):
        return False
    return user.is_superuser or _in_groups(user, REQUIRED_GROUPS)


def may_reset_others(user) -> bool:
    return is_admin_user(user) and (user.is_superuser or _in_groups(user, [NETWORK_MANAGERS]))


def has_second_factor(user) -> bool:
    """A confirmed authenticator app; the recovery codes belong to it and never stand alone."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).exists()


def is_verified(request) -> bool:
    check = getattr(request.user, "is_verified", None)
    return bool(check and check())


def pending_step(request) -> str | None:
    """What an admin session still lacks before it may do anything: "verify" (a code from the
    app set up), "enrol" (setting one up, where the role requires it) or None."""
    user = request.user
    if not is_admin_user(user) or is_verified(request):
        return None
    if has_second_factor(user):
        return "verify"
    if two_factor_required(user):
        return "enrol"
    return None


def staff_overview() -> list[dict]:
    """Everyone who may open the admin, with whether they must and whether they have set up a
    second factor: for the network management's overview."""
    user_model = get_user_model()
    admin_access = Q(is_superuser=True) | Q(
        groups__permissions__codename="access_admin",
        groups__permissions__content_type__app_label="wagtailadmin",
    )
    enrolled = set(TOTPDevice.objects.filter(confirmed=True).values_list("user_id", flat=True))
    people = user_model.objects.filter(admin_access, is_active=True).distinct()
    return [
        {
            "user": person,
            "enrolled": person.pk in enrolled,
            "required": two_factor_required(person),
        }
        for person in people.order_by(user_model.USERNAME_FIELD)
    ]


def recovery_codes_remaining(user) -> int:
    return RecoveryCode.objects.filter(device__user=user).count()


def secret_text(device: TOTPDevice) -> str:
    """The secret as an authenticator app asks for it when typed (base32, in groups of four)."""
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[index : index + 4] for index in range(0, len(secret), 4))


def _log(message: str, request, *args) -> None:
    security_log.logger.info(
        message + ": user %r, from %s",
        *args,
        security_log.user_name(request),
        security_log.client_network(request),
    )


def _recovery_code_new() -> str:
    code = "".join(secrets.choice(RECOVERY_CODE_ALPHABET) for _ in range(RECOVERY_CODE_LENGTH))
    return "-".join(code[index : index + 4] for index in range(0, len(code), 4))


def _recovery_codes_replace(user) -> list[str]:
    """New codes for `user`, the old ones gone. The device stays, so that a session verified
    with a recovery code stays verified."""
    device, _created = RecoveryCodeDevice.objects.get_or_create(
        user=user, defaults={"name": "Wiederherstellungscodes"}
    )
    device.codes.all().delete()
    codes = [_recovery_code_new() for _ in range(RECOVERY_CODE_COUNT)]
    RecoveryCode.objects.bulk_create(
        RecoveryCode(device=device, digest=recovery_code_digest(code)) for code in codes
    )
    return codes


@transaction.atomic
def enrolment_device(*, user) -> TOTPDevice:
    """The authenticator app being set up for `user`: a new secret, not confirmed yet, kept
    until a first code confirms it (so reloading the page shows the same QR code)."""
    if has_second_factor(user):
        raise TwoFactorError("enrolled")
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)


@transaction.atomic
def enrolment_confirm(request, *, token: str) -> list[str]:
    """Confirm the app being set up with a first code from it, verify this session and return
    the new recovery codes (in plain text only here: they are stored hashed)."""
    user = request.user
    if has_second_factor(user):
        raise TwoFactorError("enrolled")
    device = TOTPDevice.objects.devices_for_user(user, confirmed=False).select_for_update().first()
    if device is None or not device.verify_token(token.strip()):
        raise TwoFactorError("wrong_code")
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    codes = _recovery_codes_replace(user)
    django_otp.login(request, device)
    _log("Second factor set up", request)
    return codes


def token_verify(request, *, token: str):
    """Check a code from the authenticator app or a recovery code (which is then used up) and
    mark the session verified. Refused with `TwoFactorError("wrong_code")`; beyond the rate of
    wrong codes, with django-ratelimit's `Ratelimited` (the 429 page) before any check."""
    user = request.user
    throttle(request, THROTTLE_ACTION, by="user", count=False)
    token = token.strip()
    device = None
    if token:
        with transaction.atomic():
            for candidate in django_otp.devices_for_user(user, for_verify=True):
                if candidate.verify_token(token):
                    device = candidate
                    break
    if device is None:
        _log("Second factor refused", request)
        throttle(request, THROTTLE_ACTION, by="user")
        raise TwoFactorError("wrong_code")
    django_otp.login(request, device)
    if isinstance(device, RecoveryCodeDevice):
        _log("Recovery code used (%d left)", request, recovery_codes_remaining(user))
    return device


@transaction.atomic
def recovery_codes_regenerate(request) -> list[str]:
    """New recovery codes for the signed-in user; the old ones stop working."""
    if not has_second_factor(request.user):
        raise TwoFactorError("not_enrolled")
    codes = _recovery_codes_replace(request.user)
    _log("Recovery codes renewed", request)
    return codes


def _devices_delete(user) -> None:
    TOTPDevice.objects.filter(user=user).delete()
    RecoveryCodeDevice.objects.filter(user=user).delete()


@transaction.atomic
def two_factor_disable(request) -> None:
    """Switch off one's own second factor, where one's role does not require it."""
    user = request.user
    if two_factor_required(user):
        raise TwoFactorError("required")
    if not has_second_factor(user):
        raise TwoFactorError("not_enrolled")
    _devices_delete(user)
    request.session.pop(django_otp.DEVICE_ID_SESSION_KEY, None)
    _log("Second factor switched off", request)


@transaction.atomic
def two_factor_reset(request, *, user) -> None:
    """The network management removes a colleague's second factor (a lost phone): at their next
    request in the admin they set up a new one, where their role requires it."""
    if not may_reset_others(request.user) or user.pk == request.user.pk:
        raise TwoFactorError("not_allowed")
    if not has_second_factor(user) and not RecoveryCodeDevice.objects.filter(user=user).exists():
        raise TwoFactorError("not_enrolled")
    _devices_delete(user)
    _log("Second factor of %r reset", request, user.get_username())
