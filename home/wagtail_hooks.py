from wagtail import hooks


@hooks.register("seed_demo", order=10)
def seed_demo(*, log) -> None:
    # Imported here so that the demo-data code is only loaded by the command that runs it.
    from .seed import seed_home

    seed_home(log=log)


@hooks.register("demo_logins")
def admin_login() -> list[str]:
    from .seed import ADMIN_PASSWORD, ADMIN_USERNAME

    return [f"Wagtail admin (network manager): /admin/  {ADMIN_USERNAME} / {ADMIN_PASSWORD}"]


@hooks.register("before_serve_page")
def mark_page_cacheable(page, request, serve_args, serve_kwargs):
    """Anonymous views of a page may be cached unless its type says it shows a form
    (`cache_anonymous_views = False`). Private pages never reach anonymous visitors."""
    request.is_page_cacheable = getattr(page.specific_class, "cache_anonymous_views", True)
