"""Admin views of the public site: the report of translations that are out of date."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils.translation import gettext as _

from .selectors import translations_out_of_date


def outdated_translations_report(request):
    """Every translation whose German original changed since it was last synced, with a link
    to wagtail-localize's sync view. For staff who may submit translations."""
    if not request.user.has_perm("wagtail_localize.submit_translation"):
        raise PermissionDenied
    return render(
        request,
        "home/admin/outdated_translations.html",
        {"rows": translations_out_of_date(), "page_title": _("Translations out of date")},
    )
