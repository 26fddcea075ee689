"""Screenshots of the footer, an event page and the directory in German and Arabic at 320 px,
for docs/translations.md.

Start the demo site first (`./scripts/run.sh`), then, from the project's root:

    .venv/bin/python scripts/screenshots.py [--url http://127.0.0.1:8000] [--out docs/screenshots]

It uses Debian's Chromium (CHROMIUM_PATH, default /usr/bin/chromium) through Playwright. The
Arabic page of each is the German page's `hreflang="ar"` alternate, so the paths below are the
demo's German ones. Each picture is clipped to what it shows and stored as a palette PNG.
"""

import argparse
import io
import os
from pathlib import Path
from urllib.parse import urlsplit

from PIL import Image
from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
WIDTH = 320
# At most this many CSS pixels tall, so that a picture stays small and shows the point.
MAX_HEIGHT = 1200

CALENDAR = "/de/veranstaltungen/"
DIRECTORY = "/de/verzeichnis/"


def arabic(page: Page, base: str) -> str:
    # The alternate is absolute on the site's public address; keep its path only.
    href = page.locator('link[rel="alternate"][hreflang="ar"]').get_attribute("href")
    return base + urlsplit(href).path


def clip(page: Page, first: str, last: str) -> dict:
    """The full width from the top of `first` to the bottom of `last` (page coordinates)."""
    scroll = page.evaluate("window.scrollY")
    top = page.locator(first).first.bounding_box()
    bottom = page.locator(last).first.bounding_box()
    y = top["y"] + scroll
    height = min(bottom["y"] + scroll + bottom["height"] - y, MAX_HEIGHT)
    return {"x": 0, "y": max(y - 8, 0), "width": WIDTH, "height": height + 16}


def save(png: bytes, path: Path) -> None:
    """A 64-colour palette keeps text sharp at a fraction of the size."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    image = image.quantize(colors=64, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    image.save(path, optimize=True)
    print(f"{path.relative_to(ROOT)}: {path.stat().st_size // 1024} KB")


def shoot(page: Page, url: str, first: str, last: str, path: Path) -> None:
    page.goto(url)
    save(page.screenshot(clip=clip(page, first, last), full_page=True), path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = parser.parse_args()
    base, out = args.url.rstrip("/"), Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
        )
        context = browser.new_context(viewport={"width": WIDTH, "height": 640})
        page = context.new_page()

        page.goto(base + CALENDAR)
        event = base + page.locator(".event-card__title a").first.get_attribute("href")
        page.goto(event)
        pages = {"de": {"footer": base + CALENDAR, "event": event, "directory": base + DIRECTORY}}
        pages["ar"] = {}
        for name, url in pages["de"].items():
            page.goto(url)
            pages["ar"][name] = arabic(page, base)

        for language, urls in pages.items():
            shoot(page, urls["footer"], "footer", "footer", out / f"footer-{language}.png")
            shoot(page, urls["event"], "main h1", ".event .facts", out / f"event-{language}.png")
            shoot(
                page,
                urls["directory"],
                "main h1",
                ".org-card",
                out / f"directory-{language}.png",
            )
        browser.close()


if __name__ == "__main__":
    main()
