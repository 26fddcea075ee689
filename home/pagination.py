"""One page of a list, whatever page number the visitor sends."""

from django.core.paginator import EmptyPage, Page, PageNotAnInteger, Paginator


def paginate(items, page_number, per_page: int) -> Page:
    """The requested page; the first for a number that is not one, the last for one too high."""
    paginator = Paginator(items, per_page)
    try:
        return paginator.page(page_number or 1)
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)
