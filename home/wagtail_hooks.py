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
