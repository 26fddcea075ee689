"""The admin's views of the staff's second factor: enrolment, the check after signing in, one's
own settings (recovery codes, switching off) and the network management's reset of a colleague's.
Each calls one service of `home.two_factor`; nothing here is cached by anyone."""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_ratelimit.exceptions import Ratelimited

from . import two_factor
from .forms import SecondFactorCodeForm
from .models.two_factor import RecoveryCodeDevice
from .views import too_many_requests

# Recovery codes left at or below this number: remind the person to print new ones.
FEW_RECOVERY_CODES = 3


def _next_url(request) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


def _qr_svg(device) -> str:
    # Drawn here, as an inline SVG: the secret reaches no other host. Loaded only where a QR
    # code is drawn.
    import segno  # noqa: PLC0415

    return segno.make(device.config_url, error="m").svg_inline(
        scale=5, border=4, dark="#000", light="#fff", title=_("QR code for your authenticator app")
    )


def _recovery_codes_page(request, codes: list[str], *, status: int = 200):
    return render(
        request,
        "home/admin/two_factor_recovery_codes.html",
        {"codes": codes, "next": _next_url(request)},
        status=status,
    )


@never_cache
def enrol(request):
    """Set up an authenticator app: its QR code and secret, confirmed with a first code; then
    the recovery codes, shown this once."""
    try:
        device = two_factor.enrolment_device(user=request.user)
    except two_factor.TwoFactorError:
        return redirect("two_factor_manage")
    form = SecondFactorCodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            codes = two_factor.enrolment_confirm(request, token=form.cleaned_data["code"])
        except two_factor.TwoFactorError as error:
            form.add_error("code", error.message)
        else:
            return _recovery_codes_page(request, codes)
    return render(
        request,
        "home/admin/two_factor_enrol.html",
        {
            "form": form,
            "qr_svg": _qr_svg(device),
            "secret": two_factor.secret_text(device),
            "required": two_factor.two_factor_required(request.user),
            "next": _next_url(request),
        },
        status=400 if form.errors else 200,
    )


@never_cache
def verify(request):
    """The second step of signing in: a code from the app or a recovery code."""
    if not two_factor.has_second_factor(request.user):
        return redirect(_next_url(request))
    form = SecondFactorCodeForm(request.POST or None, recovery=True)
    if request.method == "POST" and form.is_valid():
        try:
            device = two_factor.token_verify(request, token=form.cleaned_data["code"])
        except two_factor.TwoFactorError as error:
            form.add_error("code", error.message)
        except Ratelimited:
            # Answered here: Wagtail's admin turns a PermissionDenied (which Ratelimited is)
            # into a redirect to its dashboard, which would send the person back here.
            return too_many_requests(request)
        else:
            if isinstance(device, RecoveryCodeDevice):
                left = two_factor.recovery_codes_remaining(request.user)
                if left <= FEW_RECOVERY_CODES:
                    messages.warning(
                        request,
                        _("Only %(count)d recovery codes are left. Please create new ones.")
                        % {"count": left},
                    )
            return redirect(_next_url(request))
    return render(
        request,
        "home/admin/two_factor_verify.html",
        {"form": form, "next": _next_url(request)},
        status=400 if form.errors else 200,
    )


@never_cache
def manage(request):
    """One's own second factor: set up, recovery codes, switch off (where not required)."""
    user = request.user
    return render(
        request,
        "home/admin/two_factor_manage.html",
        {
            "page_title": _("Two-factor authentication"),
            "enrolled": two_factor.has_second_factor(user),
            "required": two_factor.two_factor_required(user),
            "codes_left": two_factor.recovery_codes_remaining(user),
        },
    )


@never_cache
@require_POST
def recovery_codes_renew(request):
    try:
        codes = two_factor.recovery_codes_regenerate(request)
    except two_factor.TwoFactorError as error:
        messages.error(request, error.message)
        return redirect("two_factor_manage")
    return _recovery_codes_page(request, codes)


@require_POST
def disable(request):
    try:
        two_factor.two_factor_disable(request)
    except two_factor.TwoFactorError as error:
        messages.error(request, error.message)
        return redirect("two_factor_manage")
    messages.success(request, _("Two-factor authentication is switched off."))
    return redirect("two_factor_manage")


@never_cache
def reset(request, user_id: int):
    """The network management removes a colleague's second factor, after a confirmation."""
    if not two_factor.may_reset_others(request.user):
        raise PermissionDenied
    colleague = get_object_or_404(get_user_model(), pk=user_id)
    if request.method == "POST":
        try:
            two_factor.two_factor_reset(request, user=colleague)
        except two_factor.TwoFactorError as error:
            messages.error(request, error.message)
        else:
            messages.success(
                request,
                _("The second factor of %(name)s has been reset.")
                % {"name": colleague.get_username()},
            )
        return redirect("two_factor_team")
    return render(
        request,
        "home/admin/two_factor_reset.html",
        {
            "page_title": _("Reset second factor"),
            "colleague": colleague,
            "enrolled": two_factor.has_second_factor(colleague),
        },
    )


@never_cache
def team(request):
    """The network management's overview: who has set up a second factor, with the reset."""
    if not two_factor.may_reset_others(request.user):
        raise PermissionDenied
    return render(
        request,
        "home/admin/two_factor_team.html",
        {"page_title": _("Second factors of the staff"), "rows": two_factor.staff_overview()},
    )
