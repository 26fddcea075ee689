"""One page of a list, whatever page number the visitor sends."""

from django.core.paginator import Page, Paginator


def paginate(items, page_number, per_page: int) -> Page:
    """The requested page; the first for a number that is not one, the last for one too high."""
    paginator = Paginator(items, per_page)
    try:
        number = int(page_number or 1)
    except (TypeError, ValueError):
        number = 1
    return paginator.page(min(max(number, 1), paginator.num_pages))
