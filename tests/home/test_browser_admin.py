"""The Wagtail admin works under its Content-Security-Policy in a real Chromium: log in, the
dashboard, the page tree, editing a page with its preview, the image library; the `desktop`
fixture fails the test if the browser reports any violation of the policy."""

from urllib.parse import urlparse

import pytest
from django.contrib.auth import get_user_model

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_editor_works_in_the_admin_without_policy_violations(live_server, page_tree, desktop):
    get_user_model().objects.create_superuser("chefin", "chefin@example.org", "pw-lang-genug-1")
    requested_hosts = set()
    desktop.on("request", lambda request: requested_hosts.add(urlparse(request.url).netloc))

    desktop.goto(live_server.url + "/admin/login/")
    desktop.fill("#id_username", "chefin")
    desktop.fill("#id_password", "pw-lang-genug-1")
    desktop.locator("form button[type=submit]").click()
    desktop.wait_for_url(live_server.url + "/admin/")
    desktop.wait_for_load_state("networkidle")

    desktop.goto(f"{live_server.url}/admin/pages/{page_tree.home.pk}/")
    desktop.wait_for_load_state("networkidle")
    desktop.goto(f"{live_server.url}/admin/pages/{page_tree.about.pk}/edit/")
    desktop.wait_for_load_state("networkidle")
    assert desktop.locator("#id_title").input_value() == "Über uns"
    desktop.locator('button[data-side-panel-toggle="preview"]').click()
    preview = desktop.frame_locator("iframe#w-preview-iframe")
    preview.locator("h1").wait_for()
    desktop.goto(live_server.url + "/admin/images/")
    desktop.wait_for_load_state("networkidle")

    # No avatar service or any other host.
    assert requested_hosts == {urlparse(live_server.url).netloc}
