"""One page of a list, whatever page number the visitor sends."""

from urllib.parse import quote

from django.core.paginator import Page, Paginator

MAX_PAGE_NUMBER = 1000


def page_number(raw) -> int:
    """A page number from the query string: 1 for anything that is not a positive number."""
    try:
        number = int(raw or 1)
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), MAX_PAGE_NUMBER)


def paginate(items, raw_number, per_page: int) -> Page:
    """The requested page; the first for a number that is not one, the last for one too high."""
    paginator = Paginator(items, per_page)
    return paginator.page(min(page_number(raw_number), paginator.num_pages))


def query_string(**params: str) -> str:
    """The query parameters a page link keeps besides the page number (`tag=…&q=…`, empty ones
    left out), each value encoded as the `urlencode` template filter does."""
    return "&".join(f"{key}={quote(value)}" for key, value in params.items() if value)
