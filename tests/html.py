"""A small real HTML parser for tests: the document's <html> attributes and its links."""

from dataclasses import dataclass, field
from html.parser import HTMLParser

from bs4 import BeautifulSoup


@dataclass
class Link:
    href: str
    attrs: dict[str, str]
    text: str = ""


@dataclass
class ParsedPage:
    html_attrs: dict[str, str] = field(default_factory=dict)
    links: list[Link] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    title: str = ""


class _Parser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.result = ParsedPage()
        self._link: Link | None = None
        self._in_h1 = False
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        if tag == "html":
            self.result.html_attrs = attributes
        elif tag == "a" and "href" in attributes:
            self._link = Link(href=attributes["href"], attrs=attributes)
            self.result.links.append(self._link)
        elif tag == "h1":
            self._in_h1 = True
            self.result.headings.append("")
        elif tag == "title":
            self._in_title = True

    def handle_endtag(self, tag):
        if tag == "a":
            self._link = None
        elif tag == "h1":
            self._in_h1 = False
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._link is not None:
            self._link.text += data
        if self._in_h1:
            self.result.headings[-1] += data
        if self._in_title:
            self.result.title += data


def parse(content: bytes | str) -> ParsedPage:
    parser = _Parser()
    parser.feed(content.decode() if isinstance(content, bytes) else content)
    parser.close()
    parser.result.headings = [heading.strip() for heading in parser.result.headings]
    parser.result.title = parser.result.title.strip()
    return parser.result


def soup(content):
    """The whole document (text, bytes or a test client's response) as a BeautifulSoup tree
    (Wagtail depends on beautifulsoup4), for CSS selectors."""
    if hasattr(content, "content"):
        content = content.content
    return BeautifulSoup(content, "html.parser")
