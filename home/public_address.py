"""The site's one public address (`PUBLIC_URL`), which every absolute link follows.

Wagtail writes page URLs (canonical tags, the sitemap, feeds, links in mails and QR codes) from
the default Site's host name and port; the few links built outside Wagtail use `public_url()`.
The Site is brought in line with the setting after every `migrate` (the run script, compose's
`migrate` service and every deployment run it) and by `seed_demo`; a system check warns when the
two still disagree.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def address_parse(url: str) -> tuple[str, str, int]:
    """`(scheme, host, port)` of a public address such as `https://netzwerk.example.org`."""
    parts = urlsplit(url.strip())
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname or parts.path not in ("", "/"):
        raise ImproperlyConfigured(
            f"PUBLIC_URL must be an address such as https://netzwerk.example.org "
            f"(scheme, host, optional port, no path), not {url!r}."
        )
    try:
        port = parts.port or DEFAULT_PORTS[parts.scheme]
    except ValueError as error:
        raise ImproperlyConfigured(f"PUBLIC_URL has an invalid port: {url!r}.") from error
    return parts.scheme, parts.hostname, port


def public_url(path: str = "/") -> str:
    """The absolute address of `path` (which starts with a slash) on the public site."""
    return settings.PUBLIC_URL.rstrip("/") + path


def public_host() -> str:
    """Host and port as a browser writes them (`example.org`, `127.0.0.1:8000`)."""
    return urlsplit(settings.PUBLIC_URL).netloc


def site_address_differences(site: Site) -> list[str]:
    """What about `site` does not match `PUBLIC_URL` (empty when it matches)."""
    _scheme, host, port = address_parse(settings.PUBLIC_URL)
    differences = []
    if site.hostname != host:
        differences.append(f"host {site.hostname!r} instead of {host!r}")
    if site.port != port:
        differences.append(f"port {site.port} instead of {port}")
    return differences


def default_site_sync() -> bool:
    """Give the default Site the host name and port of `PUBLIC_URL`; True when it changed."""
    _scheme, host, port = address_parse(settings.PUBLIC_URL)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or (site.hostname, site.port) == (host, port):
        return False
    # Another Site may already hold the address (a second site set up by hand): leave both.
    if Site.objects.filter(hostname=host, port=port).exclude(pk=site.pk).exists():
        return False
    site.hostname, site.port = host, port
    site.save()  # Wagtail's save signal clears its cached root paths; ours purges on Site save
    return True


def default_site_sync_after_migrate(**kwargs) -> None:
    """post_migrate receiver: every `migrate` leaves the Site at the public address."""
    default_site_sync()
