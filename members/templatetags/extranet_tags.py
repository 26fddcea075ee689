"""The extranet's own menu, and what a profile shows of each field."""

from django import template

from .. import access, selectors

register = template.Library()


@register.simple_tag(takes_context=True)
def extranet_navigation(context) -> list[dict]:
    request = context.get("request")
    if request is None or not access.is_network_member(request.user):
        return []
    return selectors.extranet_navigation(request)


@register.filter
def visibility_class(level) -> str:
    return f"visibility--{level}"
