"""Helpers for the page placement tests: where each page type may live, checked against every
page type the project has, so that a refused placement is as locked as an allowed one."""

from wagtail.models import Page, get_page_models


def page_types() -> list[type[Page]]:
    """Every concrete page type, Wagtail's own base `Page` included (the tree's root is one)."""
    return [model for model in get_page_models() if not model._meta.abstract]


def allowed_parents(model: type[Page]) -> set[type[Page]]:
    return {parent for parent in page_types() if parent in model.allowed_parent_page_models()}


def allowed_children(model: type[Page]) -> set[type[Page]]:
    return {child for child in page_types() if child in model.allowed_subpage_models()}


def name(model: type[Page]) -> str:
    return model._meta.label
