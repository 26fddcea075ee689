"""A network manager's first sign-in with production's setting, in a real Chromium: the
enrolment page with its QR code drawn on the server, the secret typed into an "app", the first
code, the recovery codes, then the dashboard; and the next sign-in asks for a code. No host
but the site's is asked for anything, and axe finds no serious problem on either step."""

import base64
import time
from urllib.parse import urlparse

import pytest
from django.contrib.auth import get_user_model
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.accessibility import assert_accessible

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PASSWORD = "pw-lang-genug-1"


def _code(secret: str, steps_ahead: int = 0, *, counter: int | None = None) -> str:
    compact = secret.replace(" ", "")
    totp = TOTP(base64.b32decode(compact + "=" * (-len(compact) % 8)), step=30, digits=6)
    totp.time = counter * 30 + 1 if counter is not None else time.time() + 30 * steps_ahead
    return f"{totp.token():06d}"


def _next_code(secret: str, username: str) -> str:
    """A code the confirmed device accepts now: within its tolerance around the current time
    step shifted by its drift, and after the last step it accepted (django-otp refuses a code
    twice). The drift is -1 when the first code arrived just after its step ended, as on a
    slow machine, and a fixed "one step ahead" code would then be refused."""
    device = TOTPDevice.objects.get(user__username=username, confirmed=True)
    now = int(time.time()) // device.step + device.drift
    # At least the current step: still accepted if the next step begins before the server
    # checks it.
    counter = max(device.last_t + 1, now)
    assert counter <= now + device.tolerance, "no acceptable code left in this time step"
    return _code(secret, counter=counter)


def _sign_in(page, base_url: str) -> None:
    page.goto(base_url + "/admin/login/")
    page.fill("#id_username", "chefin")
    page.fill("#id_password", PASSWORD)
    page.locator("form.login-form button[type=submit]").click()


def test_a_network_manager_sets_up_the_app_at_the_first_sign_in(live_server, desktop, settings):
    settings.STAFF_2FA_REQUIRED = True
    get_user_model().objects.create_superuser("chefin", "chefin@example.org", PASSWORD)
    requested_hosts = set()
    desktop.on("request", lambda request: requested_hosts.add(urlparse(request.url).netloc))

    _sign_in(desktop, live_server.url)
    desktop.wait_for_url("**/admin/zwei-faktoren/einrichten/**")
    assert desktop.locator(".two-factor-qr svg").is_visible()
    assert_accessible(desktop)
    secret = desktop.locator("[data-secret]").inner_text()
    desktop.fill("#id_code", _code(secret, 0))
    desktop.get_by_role("button", name="Bestätigen").click()
    codes = desktop.locator("[data-recovery-codes] li")
    codes.first.wait_for()
    assert codes.count() == 10
    assert_accessible(desktop)
    desktop.get_by_role("link", name="Codes aufbewahrt, weiter").click()
    desktop.wait_for_url(live_server.url + "/admin/")

    desktop.context.clear_cookies()
    _sign_in(desktop, live_server.url)
    desktop.wait_for_url("**/admin/zwei-faktoren/pruefen/**")
    assert_accessible(desktop)
    desktop.fill("#id_code", _next_code(secret, "chefin"))
    desktop.get_by_role("button", name="Weiter").click()
    desktop.wait_for_url(live_server.url + "/admin/")

    assert requested_hosts == {urlparse(live_server.url).netloc}
