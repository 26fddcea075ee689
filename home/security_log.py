"""What the security log says about a request: who (the user name) and from where, with the
address shortened to its network (IPv4 /24, IPv6 /48), so that a log line helps to see an
attack without recording where a person is. Never a password, a code or an answer."""

import ipaddress
import logging

from axes.helpers import get_client_ip_address

logger = logging.getLogger("home.security")

IPV4_PREFIX = 24
IPV6_PREFIX = 48


def address_shorten(address: str | None) -> str:
    try:
        ip = ipaddress.ip_address(address or "")
    except ValueError:
        return "unknown"
    prefix = IPV4_PREFIX if ip.version == 4 else IPV6_PREFIX
    return str(ipaddress.ip_network(f"{ip}/{prefix}", strict=False))


def client_network(request) -> str:
    """The shortened address of the client (as django-axes determines it)."""
    return address_shorten(get_client_ip_address(request))


def user_name(request) -> str:
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return user.get_username()
    return "-"
