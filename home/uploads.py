"""Checks that an uploaded file is what its name says, before anyone can download it.

The extension allow-list and the size limit are Wagtail settings; this adds the check Wagtail
leaves out: the first bytes must match the extension, so a script renamed to `.pdf` or an HTML
page renamed to `.docx` is refused rather than served.
"""

import filetype
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Office formats are ZIP containers; plain-text formats have no signature and are checked apart.
CONTAINER_KINDS = {
    "pdf": {"pdf"},
    "docx": {"zip", "docx"},
    "xlsx": {"zip", "xlsx"},
    "pptx": {"zip", "pptx"},
    "odt": {"zip", "odt"},
    "zip": {"zip"},
}
TEXT_EXTENSIONS = {"txt", "csv"}
SNIFF_BYTES = 8192


def _head(uploaded) -> bytes:
    position = uploaded.tell() if hasattr(uploaded, "tell") else 0
    uploaded.seek(0)
    head = uploaded.read(SNIFF_BYTES)
    uploaded.seek(position)
    return head


def content_matches_extension(uploaded, extension: str) -> bool:
    extension = extension.lower().lstrip(".")
    head = _head(uploaded)
    if extension in TEXT_EXTENSIONS:
        if b"\x00" in head:
            return False
        lowered = head.lstrip().lower()
        return not lowered.startswith((b"<!doctype html", b"<html", b"<svg", b"<?xml", b"<script"))
    expected = CONTAINER_KINDS.get(extension)
    if expected is None:
        return True  # an extension the allow-list admits but we have no signature for
    kind = filetype.guess(head)
    return kind is not None and kind.extension in expected


def file_content_validate(uploaded) -> None:
    name = getattr(uploaded, "name", "") or ""
    extension = name.rsplit(".", 1)[-1] if "." in name else ""
    if not content_matches_extension(uploaded, extension):
        raise ValidationError(
            _(
                "The file's content does not match its type (.%(extension)s). Please upload the "
                "original file."
            ),
            code="content_mismatch",
            params={"extension": extension},
        )
