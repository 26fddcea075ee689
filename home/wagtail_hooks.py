from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import Button
from wagtail.models import CollectionViewRestriction, PageViewRestriction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import feeds, prepared_views, selectors, two_factor, two_factor_views
from .admin_views import background_work, may_see_background_work, outdated_translations_report
from .data_inventory import INVENTORY
from .forms import MOVE_REFUSED
from .locales import active_locale
from .media_access import move_allowed
from .models import ImageAltText, TopicTranslation
from .page_cache import cached_until_publish
from .privacy import privacy_notice_rows
from .seed import ADMIN_PASSWORD, ADMIN_USERNAME, STAFF, STAFF_PASSWORD, seed_home, staff_group_name


class TopicTranslationViewSet(SnippetViewSet):
    model = TopicTranslation
    icon = "tag"
    menu_label = _("Topic translations")
    list_display = ["tag", "language_code", "name"]
    list_filter = ["language_code"]
    search_fields = ["name"]


register_snippet(TopicTranslationViewSet)


class ImageAltTextViewSet(SnippetViewSet):
    model = ImageAltText
    icon = "image"
    menu_label = _("Alternative texts of images")
    list_display = ["image", "language_code", "text"]
    list_filter = ["language_code"]
    search_fields = ["text"]


register_snippet(ImageAltTextViewSet)


@hooks.register("seed_demo", order=10)
def seed_demo(*, log) -> None:
    seed_home(log=log)


@hooks.register("register_page_views")
def page_views() -> dict:
    """What the home app's page models call at request time (see `home.routing`)."""
    return {
        "home.news_article_extras": selectors.news_article_extras,
        "home.news_cards": selectors.news_cards,
        "home.news_feed": feeds.NewsFeed(),
        "home.news_index_for_locale": selectors.news_index_for_locale,
        "home.news_latest": selectors.news_latest,
        "home.news_listing": selectors.news_listing,
        "home.news_tags": selectors.news_tags,
        "home.privacy_notice_rows": privacy_notice_rows,
    }


@hooks.register("register_data_inventory")
def data_inventory():
    """The public site's part of the inventory behind the privacy notice (`home.privacy`)."""
    return INVENTORY


@hooks.register("demo_logins")
def admin_login() -> list[str]:
    lines = [f"Wagtail admin (network manager): /admin/  {ADMIN_USERNAME} / {ADMIN_PASSWORD}"]
    for username, _full_name, role in STAFF:
        group = staff_group_name(role)
        lines.append(f"Wagtail admin ({group}): /admin/  {username} / {STAFF_PASSWORD}")
    return lines


@hooks.register("before_serve_page")
def serve_only_in_own_language(page, request, serve_args, serve_kwargs):
    """Where a language has no home page, Wagtail falls back to the default language's tree;
    serving German content under /fr/ would announce it as French, so that is a 404."""
    if page.locale_id != active_locale().pk:
        raise Http404


@hooks.register("before_serve_page")
def mark_page_cacheable(page, request, serve_args, serve_kwargs):
    """Anonymous views of a page may be cached unless the page is private or its type says it
    shows something personal or a form (`cache_anonymous_views = False`)."""
    restricted = cached_until_publish(
        request,
        "restricted-paths",
        lambda: list(PageViewRestriction.objects.values_list("page__path", flat=True)),
    )
    private = any(page.path.startswith(path) for path in restricted)
    request.is_page_cacheable = (
        getattr(page.specific_class, "cache_anonymous_views", True) and not private
    )


@hooks.register("register_admin_urls")
def outdated_translations_url():
    return [
        path(
            "reports/outdated-translations/",
            outdated_translations_report,
            name="outdated_translations",
        )
    ]


@hooks.register("register_reports_menu_item")
def outdated_translations_menu_item():
    class TranslatorsMenuItem(MenuItem):
        def is_shown(self, request):
            return request.user.has_perm("wagtail_localize.submit_translation")

    return TranslatorsMenuItem(
        _("Translations out of date"),
        reverse("outdated_translations"),
        icon_name="site",
        order=700,
    )


@hooks.register("register_admin_urls")
def background_work_url():
    return [path("reports/background-jobs/", background_work, name="background_work")]


@hooks.register("register_admin_urls")
def prepared_download_urls():
    return [
        path("downloads/<uuid:pk>/", prepared_views.prepared_download, name="prepared_download"),
        path(
            "downloads/<uuid:pk>/file/",
            prepared_views.prepared_download_file,
            name="prepared_download_file",
        ),
        path(
            "downloads/<uuid:pk>/try-again/",
            prepared_views.prepared_download_try_again,
            name="prepared_download_retry",
        ),
    ]


@hooks.register("register_reports_menu_item")
def background_work_menu_item():
    class NetworkManagementMenuItem(MenuItem):
        def is_shown(self, request):
            return may_see_background_work(request.user)

    return NetworkManagementMenuItem(
        _("Background jobs"), reverse("background_work"), icon_name="time", order=800
    )


@hooks.register("before_serve_document")
def mark_private_document(document, request):
    """A document in a restricted collection is private: no cache may keep it."""
    collections = document.collection.get_ancestors(inclusive=True)
    if CollectionViewRestriction.objects.filter(collection__in=collections).exists():
        request.response_is_private = True


@hooks.register("before_bulk_action")
def guard_bulk_collection_move(request, action_type, objects, action_class_instance):
    """The bulk action "add to collection" moves documents and images like their edit form does:
    out of a restricted collection only by the network management (home.media_access)."""
    if action_type != "add_to_collection":
        return None
    target = action_class_instance.cleaned_form.cleaned_data.get("collection")
    if all(move_allowed(request.user, item.collection, target) for item in objects):
        return None
    messages.error(request, MOVE_REFUSED)
    return redirect(action_class_instance.next_url)


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("zwei-faktoren/", two_factor_views.manage, name="two_factor_manage"),
        path("zwei-faktoren/einrichten/", two_factor_views.enrol, name="two_factor_enrol"),
        path("zwei-faktoren/pruefen/", two_factor_views.verify, name="two_factor_verify"),
        path(
            "zwei-faktoren/wiederherstellungscodes/",
            two_factor_views.recovery_codes_renew,
            name="two_factor_recovery_codes",
        ),
        path("zwei-faktoren/ausschalten/", two_factor_views.disable, name="two_factor_disable"),
        path("zwei-faktoren/team/", two_factor_views.team, name="two_factor_team"),
        path(
            "zwei-faktoren/zuruecksetzen/<int:user_id>/",
            two_factor_views.reset,
            name="two_factor_reset",
        ),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    return {
        "url": reverse("two_factor_manage"),
        "label": _("Two-factor authentication"),
        "help_text": _("Set up an authenticator app, create new recovery codes."),
    }


@hooks.register("register_settings_menu_item")
def two_factor_team_menu_item():
    class NetworkManagementMenuItem(MenuItem):
        def is_shown(self, request):
            return two_factor.may_reset_others(request.user)

    return NetworkManagementMenuItem(
        _("Second factors of the staff"), reverse("two_factor_team"), icon_name="key", order=900
    )


@hooks.register("register_user_listing_buttons")
def two_factor_reset_button(user, request_user):
    """For the network management, beside each colleague who has a second factor."""
    if (
        user.pk != request_user.pk
        and two_factor.may_reset_others(request_user)
        and two_factor.has_second_factor(user)
    ):
        yield Button(
            _("Reset second factor"),
            reverse("two_factor_reset", args=[user.pk]),
            icon_name="key",
            priority=90,
        )
