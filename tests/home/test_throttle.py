"""`home.throttle`, counted here in the test's memory cache (Redis: test_cache_backend.py):
fixed windows, IPv6 addresses by their /64, looking without counting, and the count gone once
its window has passed."""

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from django_ratelimit.exceptions import Ratelimited

from home.throttle import throttle
from tests.throttling import later


@pytest.fixture(autouse=True)
def probe_rates(settings):
    settings.THROTTLE_RATES = {**settings.THROTTLE_RATES, "probe_ip": "2/m", "probe_email": "1/h"}
    cache.clear()
    yield
    cache.clear()


def _from(address: str):
    return RequestFactory().post("/", REMOTE_ADDR=address)


def _outcomes(request, times: int, **kwargs) -> list[str]:
    outcomes = []
    for _ in range(times):
        try:
            throttle(request, "probe", **kwargs)
            outcomes.append("counted")
        except Ratelimited:
            outcomes.append("refused")
    return outcomes


def test_the_request_beyond_the_rate_is_refused_and_counted_again_in_the_next_window(
    monkeypatch,
):
    request = _from("192.0.2.7")

    assert _outcomes(request, 3, by="ip") == ["counted", "counted", "refused"]
    assert _outcomes(_from("192.0.2.8"), 1, by="ip") == ["counted"], "another address"
    later(monkeypatch, 120)
    assert _outcomes(request, 1, by="ip") == ["counted"]


def test_ipv6_addresses_count_by_their_64_network():
    assert _outcomes(_from("2001:db8:1:2::a"), 2, by="ip") == ["counted", "counted"]

    assert _outcomes(_from("2001:db8:1:2:ffff::b"), 1, by="ip") == ["refused"], "same /64"
    assert _outcomes(_from("2001:db8:1:3::a"), 1, by="ip") == ["counted"], "the next /64"


def test_an_ipv4_address_written_as_ipv6_counts_as_itself():
    assert _outcomes(_from("192.0.2.44"), 2, by="ip") == ["counted", "counted"]

    assert _outcomes(_from("::ffff:192.0.2.44"), 1, by="ip") == ["refused"]
    assert _outcomes(_from("::ffff:192.0.2.45"), 1, by="ip") == ["counted"], "not all in ::/64"


def test_looking_without_counting_refuses_only_once_the_limit_is_reached():
    request = _from("192.0.2.9")
    assert _outcomes(request, 3, by="email", value="a@example.org", count=False) == ["counted"] * 3

    assert _outcomes(request, 1, by="email", value=" A@example.org ") == ["counted"]

    assert _outcomes(request, 1, by="email", value="a@example.org", count=False) == ["refused"]
    assert _outcomes(request, 1, by="email", value="", count=True) == ["counted"], "no address"
