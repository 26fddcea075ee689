"""Runs axe-core (shipped inside axe-playwright-python) in a browser page."""

from axe_playwright_python.sync_playwright import Axe

BLOCKING_IMPACTS = {"serious", "critical"}
_axe = Axe()


def serious_violations(page) -> list[str]:
    """Serious and critical WCAG violations on the page, one readable line each."""
    results = _axe.run(page)
    lines = []
    for violation in results.response["violations"]:
        if violation.get("impact") in BLOCKING_IMPACTS:
            targets = ", ".join(str(node["target"]) for node in violation["nodes"][:5])
            lines.append(
                f"{violation['id']} ({violation['impact']}): {violation['help']} at {targets}"
            )
    return lines


def assert_accessible(page) -> None:
    violations = serious_violations(page)
    assert violations == [], "axe found serious problems:\n" + "\n".join(violations)
