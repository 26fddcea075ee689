"""Self-service profile editing in the extranet: who changed what and when, the yearly
confirmation, uploads that are refused, and text that is shown as text."""

import datetime
import io

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from PIL import Image

from home.forms import DocumentForm
from home.uploads import content_matches_extension
from members.forms import OrganisationProfileForm
from members.models import Organisation, ProfileChange
from members.seed import _pdf
from members.selectors import editable_fields
from tests.home.image_metadata import jpeg_with_gps, metadata_of

pytestmark = pytest.mark.django_db
EDIT_A = "/de/extranet/organisation/verein-a/bearbeiten/"


def form_data(organisation: Organisation, user, **changes) -> dict:
    """What the edit form posts when its user changes nothing but `changes`."""
    form = OrganisationProfileForm(
        instance=organisation, editable=editable_fields(user, organisation)
    )
    data = {}
    for name in form.fields:
        value = form[name].value()
        if isinstance(value, (list, tuple)):
            data[name] = [str(item) for item in value]
        elif isinstance(value, bool):
            if value:
                data[name] = "on"
        elif value is not None:
            data[name] = str(value)
    data.pop("logo_upload", None)
    offerings = list(organisation.offerings.all())
    data.update(
        {
            "offerings-TOTAL_FORMS": str(len(offerings)),
            "offerings-INITIAL_FORMS": str(len(offerings)),
        }
    )
    for index, offering in enumerate(offerings):
        data[f"offerings-{index}-title"] = offering.title
        data[f"offerings-{index}-schedule"] = offering.schedule
        data[f"offerings-{index}-location"] = offering.location
    data.update(changes)
    return data


def _logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_each_save_records_who_changed_which_field(cast, extranet):
    client = _logged_in(cast.contact_a)
    organisation = cast.organisation_a

    first = client.post(EDIT_A, form_data(organisation, cast.contact_a, public_phone="0208 1"))
    organisation.refresh_from_db()
    second = client.post(
        EDIT_A,
        form_data(
            organisation,
            cast.contact_a,
            public_phone="0208 2",
            short_description_ar="نص عربي",
            **{
                "offerings-TOTAL_FORMS": "1",
                "offerings-0-title": "Elterncafé",
                "offerings-0-schedule": "dienstags",
            },
        ),
    )

    assert (first.status_code, second.status_code) == (302, 302)
    changes = list(ProfileChange.objects.filter(organisation=organisation).order_by("pk"))
    assert [c.user for c in changes] == [cast.contact_a, cast.contact_a]
    assert [(i["field"], i["old"], i["new"]) for i in changes[0].changes] == [
        ("public_phone", "", "0208 1")
    ]
    assert {i["field"]: (i["old"], i["new"]) for i in changes[1].changes} == {
        "public_phone": ("0208 1", "0208 2"),
        "short_description:ar": ("", "نص عربي"),
        "offerings": ("", "Elterncafé · dienstags"),
    }
    history = client.get("/de/extranet/organisation/verein-a/verlauf/").content.decode()
    assert "0208 2" in history and "نص عربي" in history
    organisation.refresh_from_db()
    assert organisation.public_phone == "0208 2"
    assert organisation.translations.get(language_code="ar").short_description == "نص عربي"
    assert organisation.confirmed_at is not None


def test_saving_without_changes_records_nothing_but_confirms(cast, extranet):
    client = _logged_in(cast.contact_a)

    response = client.post(EDIT_A, form_data(cast.organisation_a, cast.contact_a))

    assert response.status_code == 302
    assert ProfileChange.objects.count() == 0
    cast.organisation_a.refresh_from_db()
    assert cast.organisation_a.confirmed_at is not None


def test_network_manager_sees_all_changes_and_contacts_not_the_managers_notes(cast, extranet):
    _logged_in(cast.contact_b).post(
        "/de/extranet/organisation/verein-b/bearbeiten/",
        form_data(cast.organisation_b, cast.contact_b, public_phone="0208 B"),
    )
    _logged_in(cast.manager).post(
        EDIT_A, form_data(cast.organisation_a, cast.manager, manager_notes="Neue Notiz X")
    )

    overview = _logged_in(cast.manager).get("/de/extranet/netzwerk/").content.decode()
    contact_history = (
        _logged_in(cast.contact_a).get("/de/extranet/organisation/verein-a/verlauf/").content
    ).decode()

    assert "0208 B" in overview and "Neue Notiz X" in overview
    assert "Verein B e.V." in overview
    assert "Neue Notiz X" not in contact_history


def test_invalid_input_is_explained_and_nothing_is_saved(cast, extranet):
    client = _logged_in(cast.contact_a)

    response = client.post(
        EDIT_A,
        form_data(
            cast.organisation_a,
            cast.contact_a,
            public_email="kein-mail",
            founding_year="3000",
            social_links="javascript:alert(1)",
        ),
    )

    assert response.status_code == 400
    html = response.content.decode()
    assert 'aria-invalid="true"' in html
    assert "javascript:alert(1)" in html  # shown back as text in the field, to be corrected
    assert ProfileChange.objects.count() == 0
    cast.organisation_a.refresh_from_db()
    assert cast.organisation_a.public_email == ""


def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 64), "teal").save(buffer, "PNG")
    return buffer.getvalue()


def test_logo_upload_accepts_an_image_and_refuses_anything_else(cast, extranet):
    client = _logged_in(cast.contact_a)
    data = form_data(cast.organisation_a, cast.contact_a)

    fake = client.post(
        EDIT_A,
        {**data, "logo_upload": SimpleUploadedFile("logo.png", b"<script>alert(1)</script>")},
    )
    svg = client.post(
        EDIT_A,
        {**data, "logo_upload": SimpleUploadedFile("logo.svg", b"<svg onload='alert(1)'/>")},
    )
    real = client.post(EDIT_A, {**data, "logo_upload": SimpleUploadedFile("logo.png", _png())})

    assert (fake.status_code, svg.status_code) == (400, 400)
    assert real.status_code == 302
    cast.organisation_a.refresh_from_db()
    assert cast.organisation_a.logo.description.startswith("Logo")
    page = Client().get("/de/verzeichnis/verein-a/").content.decode()
    assert "/media/images/" in page


def test_yearly_confirmation_mail_and_stale_list(cast, extranet):
    now = timezone.now()
    Organisation.objects.filter(pk=cast.organisation_a.pk).update(
        confirmed_at=now - datetime.timedelta(days=400)
    )
    Organisation.objects.filter(pk=cast.organisation_b.pk).update(
        confirmed_at=now - datetime.timedelta(days=10)
    )

    call_command("request_profile_confirmations", stdout=io.StringIO())
    call_command("request_profile_confirmations", stdout=io.StringIO())  # not asked twice

    assert [message.to for message in mail.outbox] == [[cast.contact_a.email]]
    assert "/extranet/organisation/verein-a/bearbeiten/" in mail.outbox[0].body
    overview = _logged_in(cast.manager).get("/de/extranet/netzwerk/").content.decode()
    stale_table = overview.split("<table", 1)[1].split("</table>", 1)[0]
    assert "Verein A e.V." in stale_table and "Verein B e.V." not in stale_table

    _logged_in(cast.contact_a).post("/de/extranet/organisation/verein-a/bestaetigen/")

    cast.organisation_a.refresh_from_db()
    assert not cast.organisation_a.confirmation_due()


def test_document_whose_content_does_not_match_its_extension_is_refused():
    html_as_pdf = SimpleUploadedFile("bericht.pdf", b"<html><script>alert(1)</script></html>")
    real_pdf = SimpleUploadedFile("bericht.pdf", _pdf("Bericht"))
    html_as_txt = SimpleUploadedFile("notiz.txt", b"<!DOCTYPE html><script>alert(1)</script>")

    assert not content_matches_extension(html_as_pdf, "pdf")
    assert content_matches_extension(real_pdf, "pdf")
    assert not content_matches_extension(html_as_txt, "txt")
    assert DocumentForm.clean_file is not None


def test_an_uploaded_logo_keeps_no_position(cast, extranet):
    client = _logged_in(cast.contact_a)
    data = form_data(cast.organisation_a, cast.contact_a)

    response = client.post(EDIT_A, {**data, "logo_upload": jpeg_with_gps("logo.jpg")})

    assert response.status_code == 302
    cast.organisation_a.refresh_from_db()
    logo = cast.organisation_a.logo
    assert metadata_of(logo.file)["gps"] == {}
    assert metadata_of(logo.file)["exif"] == {}
    assert "/media/images/" in Client().get("/de/verzeichnis/verein-a/").content.decode()
    assert logo.renditions.exists()
    for rendition in logo.renditions.all():
        assert metadata_of(rendition.file)["exif"] == {}
