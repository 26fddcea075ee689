from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views

# /healthz and /readyz are answered by home.middleware.HealthCheckMiddleware, before host checks.
urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", home_views.sitemap, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("metrics", home_views.metrics, name="metrics"),
]

# Renditions are public; a reverse proxy may serve /media/images/ itself and never reach this.
# Uploaded originals (/media/original_images/) only for admin users (home.views.media_image).
# Documents are never served from /media/: only through Wagtail's view, which checks privacy.
urlpatterns += [
    re_path(r"^media/(?P<path>(?:images|original_images)/.+)$", home_views.media_image),
]

# Every public URL carries its language: /de/…, /en/…; `/` redirects by Accept-Language.
urlpatterns += i18n_patterns(
    path(_("search/"), home_views.search, name="search"),
    path("", include("events.urls")),
    path("", include("members.urls")),
    path("", include("participation.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler403 = "home.views.permission_denied"
handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"
