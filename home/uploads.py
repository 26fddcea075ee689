"""Checks that an uploaded file is what its name says, before anyone can download it, and
removes what an uploaded image says about where and with what it was taken.

The extension allow-list and the size limit are Wagtail settings; this adds the check Wagtail
leaves out: the first bytes must match the extension, so a script renamed to `.pdf` or an HTML
page renamed to `.docx` is refused rather than served.
"""

import io

import filetype
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps

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


# Formats whose metadata (EXIF with GPS, XMP, comments, text chunks) is removed by saving the
# pixels again; Pillow writes none of it unless asked. The colour profile (ICC) is kept.
STRIPPED_FORMATS = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp", "GIF": "gif", "AVIF": "avif"}
JPEG_QUALITY = 90
EXIF_ORIENTATION = 0x0112


def image_metadata_strip(uploaded) -> ContentFile | None:
    """The uploaded image without its metadata, turned upright first by its EXIF orientation
    (which is removed with the rest); None when there is nothing to strip or the format is not
    one we re-save (the file is then kept as it is)."""
    uploaded.seek(0)
    with Image.open(uploaded) as original:
        image_format = original.format
        if image_format not in STRIPPED_FORMATS:
            return None
        original.load()
        metadata = set(original.info) - {"icc_profile", "transparency", "duration", "loop"}
        if not metadata and not original.getexif():
            return None
        # (exif_transpose always makes a copy; an upright picture is saved from the original.)
        turned = original.getexif().get(EXIF_ORIENTATION, 1) not in (None, 1)
        upright = ImageOps.exif_transpose(original) if turned else original
        options = {"format": image_format}
        icc_profile = original.info.get("icc_profile")
        if icc_profile:
            options["icc_profile"] = icc_profile
        if image_format == "JPEG":
            if upright is original:
                # Not turned: the same compression, so the picture loses nothing.
                options.update(quality="keep", subsampling="keep")
            else:
                options["quality"] = JPEG_QUALITY
        elif image_format == "WEBP":
            options["lossless"] = original.info.get("lossless", False)
            options["quality"] = JPEG_QUALITY
        if getattr(original, "n_frames", 1) > 1:
            options.update(save_all=True)
            for key in ("duration", "loop", "transparency"):
                if key in original.info:
                    options[key] = original.info[key]
        elif "transparency" in original.info:
            options["transparency"] = original.info["transparency"]
        buffer = io.BytesIO()
        upright.save(buffer, **options)
    uploaded.seek(0)
    name = getattr(uploaded, "name", "") or f"image.{STRIPPED_FORMATS[image_format]}"
    return ContentFile(buffer.getvalue(), name=name.rsplit("/", 1)[-1])
