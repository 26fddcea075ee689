"""Images with the metadata a phone writes (GPS position, camera, orientation) for upload tests,
and what is left of it in a stored file."""

from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

GPS_IFD = 0x8825
ORIENTATION = 0x0112
MAKE = 0x010F


def jpeg_with_gps(name: str = "foto.jpg", *, rotated: bool = True) -> SimpleUploadedFile:
    """A 40 x 20 JPEG taken "at the town hall": GPS position, camera make, and (rotated) an EXIF
    orientation that says it must be turned a quarter to stand upright (so: 20 x 40)."""
    exif = Image.Exif()
    exif[MAKE] = "PhoneMaker"
    if rotated:
        exif[ORIENTATION] = 6
    gps = exif.get_ifd(GPS_IFD)
    gps.update({1: "N", 2: (51.0, 28.0, 12.0), 3: "E", 4: (6.0, 51.0, 36.0)})
    buffer = BytesIO()
    Image.new("RGB", (40, 20), "#0b5c7a").save(buffer, format="JPEG", exif=exif)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def metadata_of(file) -> dict:
    """What Pillow reads from a stored file: its EXIF (with the GPS directory), other info."""
    file.open("rb")
    try:
        with Image.open(file) as image:
            exif = image.getexif()
            return {
                "exif": dict(exif),
                "gps": dict(exif.get_ifd(GPS_IFD)),
                "info": set(image.info)
                - {"icc_profile", "jfif", "jfif_version", "jfif_unit"}
                - {"jfif_density", "dpi", "progressive", "progression", "adobe"}
                - {"adobe_transform"},
                "size": image.size,
            }
    finally:
        file.close()
