"""A printable A4 sheet of QR codes for a batch of single-use codes: each QR opens the
questionnaire with its code filled in, and the code is printed under it for typing. WeasyPrint
lays out the HTML; segno draws each QR as SVG. Nothing comes from the web."""

import base64

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone

from .models import CodeBatch
from .models.codes import format_code
from .services import code_url

PER_PAGE = 8  # two columns of four: big enough to scan from a table across the room


def qr_svg_data_uri(text: str) -> str:
    # Only the printable code sheets draw QR codes: no process pays for segno until then.
    import segno  # noqa: PLC0415

    svg = segno.make(text, error="m").svg_inline(scale=4, border=2)
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def qr_sheet_pdf(batch: CodeBatch) -> bytes:
    # WeasyPrint loads the system's Pango when imported, and nothing else needs it.
    from weasyprint import HTML  # noqa: PLC0415

    questionnaire = batch.questionnaire.specific
    codes = [
        {
            "code": format_code(code),
            "url": code_url(questionnaire, code),
            "qr": qr_svg_data_uri(code_url(questionnaire, code)),
        }
        for code in batch.codes.filter(used=False).values_list("code", flat=True)
    ]
    pages = [codes[i : i + PER_PAGE] for i in range(0, len(codes), PER_PAGE)]
    html = render_to_string(
        "surveys/qr_sheet.html",
        {
            "batch": batch,
            "questionnaire": questionnaire,
            "pages": pages,
            "address": questionnaire.full_url,
            "network": settings.WAGTAIL_SITE_NAME,
            "printed": timezone.localdate(),
        },
    )
    return HTML(string=html).write_pdf()


def qr_sheet_filename(batch: CodeBatch) -> str:
    return f"codes-{batch.questionnaire.slug}-{batch.pk}.pdf"
