"""The staff's second factor in the Wagtail admin, with production's setting
(`STAFF_2FA_REQUIRED` on): the reviewers and the network management cannot open any admin view
before they have set up an authenticator app and, in each session, typed a code from it or a
recovery code. Everything goes through the real sign-in and the admin's real views; the codes
come from the secret the enrolment page shows, computed as an authenticator app would."""

import base64
import logging
import time

import pytest
from django.core.checks import run_checks
from django.test import Client
from django.urls import reverse
from django_otp.oath import TOTP

from home.factories import SiteImageFactory
from home.models import RecoveryCode
from tests.html import soup
from tests.members.conftest import PASSWORD
from tests.throttling import assert_throttled

pytestmark = pytest.mark.django_db

ENROL = reverse("two_factor_enrol")
VERIFY = reverse("two_factor_verify")
MANAGE = reverse("two_factor_manage")
TEAM = reverse("two_factor_team")
# Pages, listings, choosers, the admin's API, the reports, one's account, the users: none of them
# may answer before the second factor.
ADMIN_URLS = [
    "/admin/",
    "/admin/pages/",
    "/admin/pages/search/?q=a",
    reverse("wagtailadmin_api:pages:listing"),
    reverse("wagtailadmin_choose_page"),
    reverse("wagtailimages_chooser:choose"),
    reverse("wagtaildocs_chooser:choose"),
    "/admin/images/",
    "/admin/documents/",
    "/admin/account/",
    reverse("wagtailusers_users:index"),
    reverse("evaluation:dashboard"),
    reverse("outdated_translations"),
    reverse("two_factor_recovery_codes"),
    "/admin/no-such-view/",
]


@pytest.fixture(autouse=True)
def _production_setting(settings):
    settings.STAFF_2FA_REQUIRED = True


class App:
    """An authenticator app holding the secret that the enrolment page showed. Each code it
    gives is of a later time step than the one before (the server accepts a time step once),
    as a person who types a code some seconds after the previous one would."""

    def __init__(self, secret: str):
        compact = secret.replace(" ", "")
        self.key = base64.b32decode(compact + "=" * (-len(compact) % 8))
        self.steps = 0

    def code(self) -> str:
        totp = TOTP(self.key, step=30, digits=6)
        totp.time = time.time() + 30 * self.steps
        self.steps += 1
        return f"{totp.token():06d}"


def _sign_in(user) -> Client:
    client = Client()
    response = client.post(
        reverse("wagtailadmin_login"), {"username": user.username, "password": PASSWORD}
    )
    assert response.status_code == 302, response.status_code
    return client


def _enrol(client: Client) -> tuple[App, list[str]]:
    page = soup(client.get(ENROL))
    app = App(page.select_one("[data-secret]").get_text(strip=True))
    response = client.post(ENROL, {"code": app.code(), "next": "/admin/"})
    assert response.status_code == 200
    codes = [
        item.get_text(strip=True) for item in soup(response).select("[data-recovery-codes] li")
    ]
    return app, codes


def _redirect_target(response) -> str:
    assert response.status_code == 302, (response.status_code, response.get("Location"))
    return response["Location"].split("?")[0]


def test_a_reviewer_without_a_device_reaches_no_admin_view_until_enrolled(cast):
    client = _sign_in(cast.reviewer)

    for url in ADMIN_URLS:
        assert _redirect_target(client.get(url)) == ENROL, url
    assert _redirect_target(client.post("/admin/pages/search/", {"q": "a"})) == ENROL
    # Nor with the code of someone else's app, nor the check that only enrolled people get.
    assert _redirect_target(client.get(VERIFY)) == ENROL
    assert _redirect_target(client.get(MANAGE)) == ENROL

    response = client.get(ENROL + "?next=/admin/pages/")
    assert response.status_code == 200
    page = soup(response)
    qr = page.select_one(".two-factor-qr svg")
    assert qr is not None and qr.find("path") is not None
    # Drawn here: nothing on the page comes from another host.
    assert not [tag for tag in page.select("[src]") if tag["src"].startswith(("http", "//"))]
    secret = page.select_one("[data-secret]").get_text(strip=True)
    assert len(secret.replace(" ", "")) == 32  # 160 bits, base32
    assert "no-store" in response["Cache-Control"]
    # Reloading shows the same secret until it is confirmed.
    assert soup(client.get(ENROL)).select_one("[data-secret]").get_text(strip=True) == secret

    app = App(secret)
    refused = client.post(ENROL, {"code": "000000" if app.code() != "000000" else "111111"})
    assert refused.status_code == 400
    assert "nicht gültig" in soup(refused).select_one(".error-message, .w-field__errors").text
    assert _redirect_target(client.get("/admin/")) == ENROL

    confirmed = client.post(ENROL, {"code": app.code(), "next": "/admin/pages/"})
    assert confirmed.status_code == 200
    codes = [
        item.get_text(strip=True) for item in soup(confirmed).select("[data-recovery-codes] li")
    ]
    assert len(codes) == 10 and len(set(codes)) == 10
    assert soup(confirmed).select_one("a.button[href='/admin/pages/']") is not None

    for url in ["/admin/", "/admin/pages/", reverse("wagtailadmin_api:pages:listing")]:
        assert client.get(url).status_code == 200, url
    # Set up once: the enrolment is not open again, and the codes are stored only hashed.
    assert _redirect_target(client.get(ENROL)) == MANAGE
    digests = set(
        RecoveryCode.objects.filter(device__user=cast.reviewer).values_list("digest", flat=True)
    )
    assert len(digests) == 10 and not digests & {code.replace("-", "") for code in codes}


def test_an_enrolled_reviewer_gets_in_with_a_right_code_and_not_with_a_wrong_one(cast):
    app, _codes = _enrol(_sign_in(cast.reviewer))

    client = _sign_in(cast.reviewer)
    for url in ADMIN_URLS:
        assert _redirect_target(client.get(url)) == VERIFY, url
    # The enrolment is closed to a session that has not given the second factor.
    assert _redirect_target(client.get(ENROL)) == VERIFY

    wrong = client.post(VERIFY, {"code": "12345", "next": "/admin/pages/"})
    assert wrong.status_code == 400
    assert _redirect_target(client.get("/admin/pages/")) == VERIFY

    right = client.post(VERIFY, {"code": app.code(), "next": "/admin/pages/"})
    assert _redirect_target(right) == "/admin/pages/"
    assert client.get("/admin/pages/").status_code == 200
    # Only to addresses of this site afterwards.
    elsewhere = _sign_in(cast.reviewer).post(
        VERIFY, {"code": app.code(), "next": "https://example.com/"}
    )
    assert _redirect_target(elsewhere) == "/admin/"


def test_the_verification_lasts_for_the_session_only(cast):
    client = _sign_in(cast.reviewer)
    app, _codes = _enrol(client)
    assert client.get("/admin/").status_code == 200

    client.post(reverse("wagtailadmin_logout"))
    client.post(reverse("wagtailadmin_login"), {"username": "reviewer", "password": PASSWORD})
    assert _redirect_target(client.get("/admin/")) == VERIFY
    # Another browser is not verified by this one.
    assert _redirect_target(_sign_in(cast.reviewer).get("/admin/")) == VERIFY
    assert _redirect_target(client.post(VERIFY, {"code": app.code()})) == "/admin/"


def test_a_recovery_code_lets_in_once(cast):
    _app, codes = _enrol(_sign_in(cast.reviewer))

    first = _sign_in(cast.reviewer)
    # Typed as people type: small letters, without hyphens, with spaces.
    typed = codes[0].replace("-", " ").lower()
    assert _redirect_target(first.post(VERIFY, {"code": typed})) == "/admin/"
    assert first.get("/admin/").status_code == 200

    second = _sign_in(cast.reviewer)
    assert second.post(VERIFY, {"code": codes[0]}).status_code == 400
    assert _redirect_target(second.get("/admin/")) == VERIFY
    assert _redirect_target(second.post(VERIFY, {"code": codes[1]})) == "/admin/"


def test_new_recovery_codes_replace_the_old_ones(cast):
    client = _sign_in(cast.reviewer)
    _app, old = _enrol(client)

    renewed = client.post(reverse("two_factor_recovery_codes"))
    new = [item.get_text(strip=True) for item in soup(renewed).select("[data-recovery-codes] li")]
    assert len(new) == 10 and not set(new) & set(old)
    # The session that renewed them stays verified.
    assert client.get("/admin/").status_code == 200

    assert _sign_in(cast.reviewer).post(VERIFY, {"code": old[2]}).status_code == 400
    assert _redirect_target(_sign_in(cast.reviewer).post(VERIFY, {"code": new[2]})) == "/admin/"


def test_wrong_codes_are_throttled_per_account_and_logged_without_the_code(cast, caplog):
    app, _codes = _enrol(_sign_in(cast.reviewer))
    client = _sign_in(cast.reviewer)
    caplog.set_level(logging.INFO, logger="home.security")

    for _attempt in range(5):
        assert client.post(VERIFY, {"code": "999999"}).status_code == 400
    # Beyond the rate even the right code is not checked.
    assert_throttled(client.post(VERIFY, {"code": app.code()}))
    assert _redirect_target(client.get("/admin/")) == VERIFY
    # The same account from another browser too: the count is the account's.
    assert_throttled(_sign_in(cast.reviewer).post(VERIFY, {"code": app.code()}))

    refusals = [r.getMessage() for r in caplog.records if "Second factor refused" in r.getMessage()]
    assert len(refusals) == 5
    assert all("'reviewer'" in line and "999999" not in line for line in refusals)
    # Someone else's account is not slowed down by it.
    other_app, _codes = _enrol(_sign_in(cast.manager))
    other = _sign_in(cast.manager)
    assert _redirect_target(other.post(VERIFY, {"code": other_app.code()})) == "/admin/"


def test_an_editor_may_enrol_and_switch_it_off_again(cast):
    client = _sign_in(cast.editor)
    # Not required for editors: the admin opens, and the account offers it.
    assert client.get("/admin/").status_code == 200
    manage = soup(client.get(MANAGE))
    assert manage.select_one("[data-status='off']") is not None
    assert manage.select_one(f"a[href='{ENROL}']") is not None
    assert "Zwei-Faktor" in client.get("/admin/account/").content.decode()

    app, _codes = _enrol(client)
    # Once set up, it is asked for like everyone's.
    later = _sign_in(cast.editor)
    assert _redirect_target(later.get("/admin/")) == VERIFY
    assert _redirect_target(later.post(VERIFY, {"code": app.code()})) == "/admin/"

    assert _redirect_target(later.post(reverse("two_factor_disable"))) == MANAGE
    assert soup(later.get(MANAGE)).select_one("[data-status='off']") is not None
    assert _sign_in(cast.editor).get("/admin/").status_code == 200


def test_a_reviewer_cannot_switch_it_off(cast):
    client = _sign_in(cast.reviewer)
    _enrol(client)

    assert (
        soup(client.get(MANAGE)).select_one(f"form[action='{reverse('two_factor_disable')}']")
        is None
    )
    client.post(reverse("two_factor_disable"))

    again = _sign_in(cast.reviewer)
    assert _redirect_target(again.get("/admin/")) == VERIFY


def test_the_network_management_resets_a_colleagues_second_factor(cast, caplog):
    _app, _codes = _enrol(_sign_in(cast.reviewer))
    editor = _sign_in(cast.editor)
    manager = _sign_in(cast.manager)
    _enrol(manager)
    reset_url = reverse("two_factor_reset", args=[cast.reviewer.pk])
    caplog.set_level(logging.INFO, logger="home.security")

    # Only the network management: an editor is refused (the admin's way: back to its
    # dashboard), and the reviewer keeps the factor.
    assert _redirect_target(editor.post(reset_url)) == "/admin/"
    assert _redirect_target(_sign_in(cast.reviewer).get("/admin/")) == VERIFY

    assert _redirect_target(editor.get(TEAM)) == "/admin/"
    overview = soup(manager.get(TEAM))
    assert overview.select_one("tr[data-user='reviewer'] td:nth-of-type(3)").text == "eingerichtet"
    assert overview.select_one("tr[data-user='editor'] td:nth-of-type(3)").text == (
        "nicht eingerichtet"
    )
    assert overview.select_one(f"tr[data-user='reviewer'] a[href='{reset_url}']") is not None
    assert "zurücksetzen" in manager.get(reset_url).content.decode()
    response = manager.post(reset_url)
    assert _redirect_target(response) == TEAM
    assert any(
        "Second factor of 'reviewer' reset" in r.getMessage() and "'manager'" in r.getMessage()
        for r in caplog.records
    )

    # The reviewer sets up a new app at the next request.
    assert _redirect_target(_sign_in(cast.reviewer).get("/admin/")) == ENROL


def test_staff_without_a_second_factor_get_no_uploaded_originals(cast):
    image = SiteImageFactory()
    original = "/media/" + image.file.name
    reviewer = _sign_in(cast.reviewer)
    assert reviewer.get(original).status_code == 404
    _enrol(reviewer)
    assert reviewer.get(original).status_code == 200


def test_the_extranet_login_of_members_is_unaffected(cast, extranet):
    client = Client()
    response = client.post(
        reverse("members:login"), {"username": cast.member_a.username, "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.get(extranet.extranet.url).status_code == 200


def test_relaxed_the_demo_logins_get_in_with_their_password(cast, settings):
    settings.STAFF_2FA_REQUIRED = False
    assert _sign_in(cast.reviewer).get("/admin/").status_code == 200
    # An app that someone set up is still asked for.
    _enrol(_sign_in(cast.editor))
    assert _redirect_target(_sign_in(cast.editor).get("/admin/")) == VERIFY


def test_the_deploy_check_fails_when_the_requirement_is_off(settings):
    assert "home.W004" not in {m.id for m in run_checks(include_deployment_checks=True)}
    settings.STAFF_2FA_REQUIRED = False
    assert "home.W004" in {m.id for m in run_checks(include_deployment_checks=True)}
