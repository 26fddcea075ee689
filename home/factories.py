"""Factories for the public site's pages, shared by the tests and the demo-data command."""

import factory
import wagtail_factories

from .models import HomePage, NewsIndexPage, NewsPage, SiteImage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Startseite"
    slug = factory.Sequence(lambda n: f"start-{n}")
    intro = "Willkommen im Netzwerk."

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Seite {n}")
    slug = factory.Sequence(lambda n: f"seite-{n}")
    intro = "Eine Inhaltsseite."

    class Meta:
        model = StandardPage


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Aktuelles"
    slug = factory.Sequence(lambda n: f"aktuelles-{n}")

    class Meta:
        model = NewsIndexPage


class NewsPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Nachricht {n}")
    slug = factory.Sequence(lambda n: f"nachricht-{n}")
    teaser = "Eine kurze Nachricht aus dem Netzwerk."

    class Meta:
        model = NewsPage


class SiteImageFactory(wagtail_factories.ImageFactory):
    description = "Ein Beispielbild"

    class Meta:
        model = SiteImage
