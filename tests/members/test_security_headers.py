"""The extranet's pages carry the public site's strict Content-Security-Policy."""

from django.test import Client

from tests.home.test_security_headers import STRICT, _directives


def test_extranet_and_login_pages_carry_the_strict_policy(cast, extranet):
    anonymous = Client()
    member = Client()
    member.force_login(cast.member_a)
    for client, url in [(anonymous, "/de/konto/anmelden/"), (member, "/de/extranet/")]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert _directives(response) == STRICT, url
