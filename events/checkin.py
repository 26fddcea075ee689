"""Admission codes: what the registration page shows as a QR code and as text, and what the
door list accepts, scanned or typed.

A code is the registration's number and a keyed hash of it (`salted_hmac` with the site's
secret key): short enough to type (`123-K7QMX2PA`), impossible to guess or to turn into another
registration's, and needing no stored field. Letters that look alike are read leniently (0 as
O, 1 as I, 8 as B), since people type what they see on a phone screen.
"""

import base64
import io
import re

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.crypto import constant_time_compare, salted_hmac

from home.public_address import public_url

from .models import Registration

SALT = "events.checkin"
MAC_LENGTH = 8
_CODE = re.compile(rf"(\d{{1,12}})-([A-Z2-7]{{{MAC_LENGTH}}})")
_LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})


def _mac(pk: int) -> str:
    digest = salted_hmac(SALT, str(pk), algorithm="sha256").digest()
    return base64.b32encode(digest).decode()[:MAC_LENGTH]


def admission_code(registration: Registration) -> str:
    return f"{registration.pk}-{_mac(registration.pk)}"


def admission_url(registration: Registration) -> str:
    """What the QR code holds: the network manager's check-in page for this registration (in
    the site's default language, the one the door list is sure to be used in)."""
    with translation.override(settings.LANGUAGE_CODE):
        path = reverse("events:checkin_scan", args=[admission_code(registration)])
    return public_url(path)


def registration_from_code(text: str) -> Registration | None:
    """The registration a typed or scanned code names (a whole scanned address works too), or
    None when it is malformed or forged."""
    text = (text or "").strip().rstrip("/").rsplit("/", 1)[-1]
    text = text.upper().replace(" ", "")
    number, _dash, mac = text.partition("-")
    text = f"{number}-{mac.translate(_LOOKALIKES)}" if mac else text
    match = _CODE.fullmatch(text)
    if match is None:
        return None
    pk = int(match.group(1))
    if not constant_time_compare(match.group(2), _mac(pk)):
        return None
    return Registration.objects.select_related("event", "organisation").filter(pk=pk).first()


def qr_svg(text: str, *, title: str) -> str:
    """The QR code as inline SVG that scales with the page (drawn here, nothing from the web);
    `title` names it for screen readers."""
    # Only the registration page draws one: no other process pays for segno.
    import segno  # noqa: PLC0415

    svg = segno.make(text, error="m").svg_inline(scale=5, border=2, omitsize=True, title=title)
    return svg.replace("<svg ", '<svg role="img" ', 1)


def qr_png(text: str) -> bytes:
    """The QR code as a PNG image, for the e-mail (mail programs show PNG, not SVG)."""
    import segno  # noqa: PLC0415

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=6, border=3)
    return buffer.getvalue()
