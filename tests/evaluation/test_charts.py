"""Report charts: the SVG is well-formed, self-contained markup that names itself and keeps its
words as text (also Arabic), the table carries the same numbers, nothing breaks without data,
and the component renders on a page and in a WeasyPrint PDF. No database needed."""

import io
import logging
import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from pypdf import PdfReader
from weasyprint import HTML

from evaluation import charts
from tests.html import soup

NS = "{http://www.w3.org/2000/svg}"
NBSP = "\u00a0"
CHOICES = ["Über meinen Verein", "Über das Netzwerk", "Über die Presse", "Sonstiges", "Aushang"]
SCALE = ["trifft nicht zu", "trifft eher nicht zu", "teils/teils", "trifft eher zu", "trifft zu"]
ITEMS = ["Die Inhalte waren verständlich.", "Die Referentin war kompetent."]
COUNTS = [[0, 1, 3, 10, 12], [1, 0, 2, 5, 18]]
ARABIC = "عن طريق جمعيتي"


@pytest.fixture(autouse=True)
def _german():
    """The site's language, so numbers have a decimal comma."""
    with translation.override("de"):
        yield


def choices_chart(**kwargs) -> charts.Chart:
    arguments = {
        "title": "Wie haben Sie vom Modul erfahren?",
        "labels": CHOICES,
        "values": [12, 7, 3, 0, 5],
        "value_label": "Antworten",
        "percent": [44.4, 25.9, 11.1, 0.0, 18.5],
    }
    return charts.bar_chart(**(arguments | kwargs))


def svg_root(chart: charts.Chart) -> ET.Element:
    assert chart.svg.startswith("<svg ")
    return ET.fromstring(chart.svg)  # noqa: S314 (raises on markup that is not well-formed)


def texts(root: ET.Element) -> list[str]:
    return [element.text for element in root.iter(f"{NS}text") if element.text]


def by_id(root: ET.Element) -> dict[str, ET.Element]:
    return {element.get("id"): element for element in root.iter() if element.get("id")}


def test_the_svg_names_itself_and_scales():
    chart = choices_chart()
    root = svg_root(chart)

    assert root.tag == f"{NS}svg"
    assert root.get("role") == "img"
    elements = by_id(root)
    title = elements[root.get("aria-labelledby")]
    assert title.tag == f"{NS}title"
    assert title.text == "Wie haben Sie vom Modul erfahren?"
    desc = elements[root.get("aria-describedby")]
    assert desc.tag == f"{NS}desc"
    assert desc.text == chart.description
    assert root.get("width") is None and root.get("height") is None
    assert len(root.get("viewBox").split()) == 4
    assert "chart__svg" in root.get("class")
    assert "max-width" in root.get("style")
    assert root.get("direction") == "ltr"  # axes stay put inside a right-to-left page


def test_the_svg_is_self_contained_markup_for_inlining():
    chart = choices_chart()
    svg, root = chart.svg, svg_root(chart)

    assert "<?xml" not in svg and "<!DOCTYPE" not in svg
    assert re.findall(r"https?://[^\s\"'<>)]+", svg) == ["http://www.w3.org/2000/svg"]
    tags = {element.tag.removeprefix(NS) for element in root.iter()}
    assert not tags & {"metadata", "style", "script", "image", "foreignObject", "a"}
    # References (clip paths, markers) point into the same SVG, never outside it.
    ids = by_id(root)
    for element in root.iter():
        for name, value in element.attrib.items():
            for target in re.findall(r"url\(#([^)]+)\)", value):
                assert target in ids
            if name == "href":
                assert value.startswith("#") and value[1:] in ids


def test_bars_carry_their_labels_and_values_as_text():
    root = svg_root(choices_chart())

    words = texts(root)
    assert set(CHOICES) <= set(words)
    assert f"12 (44,4{NBSP}%)" in words
    assert f"0 (0,0{NBSP}%)" in words
    assert all("DejaVu Sans" in element.get("font-family") for element in root.iter(f"{NS}text"))


def test_the_table_has_the_data():
    chart = choices_chart()

    assert chart.headers == [_("Category"), "Antworten", _("Percent")]
    assert chart.rows == [
        ["Über meinen Verein", 12, f"44,4{NBSP}%"],
        ["Über das Netzwerk", 7, f"25,9{NBSP}%"],
        ["Über die Presse", 3, f"11,1{NBSP}%"],
        ["Sonstiges", 0, f"0,0{NBSP}%"],
        ["Aushang", 5, f"18,5{NBSP}%"],
    ]
    assert "Über meinen Verein" in chart.description and "12" in chart.description
    assert "Sonstiges" in chart.description


def test_averages_on_upright_bars_have_one_decimal():
    chart = charts.bar_chart(
        title="Mittelwerte",
        labels=["A", "B", "C"],
        values=[3.5, 4.25, 2.0],
        value_label="Mittelwert",
        horizontal=False,
    )

    assert chart.headers == [_("Category"), "Mittelwert"]
    assert chart.rows == [["A", "3,5"], ["B", "4,2"], ["C", "2,0"]]
    assert {"3,5", "4,2", "2,0", "A", "B", "C"} <= set(texts(svg_root(chart)))


def test_long_labels_are_wrapped_onto_lines():
    question = "Wie zufrieden waren Sie insgesamt mit der Organisation und dem Ablauf der Termine?"
    chart = charts.bar_chart(
        title="Zufriedenheit", labels=[question], values=[4], value_label="Antworten"
    )

    lines = [text for text in texts(svg_root(chart)) if text in question]
    assert len(lines) > 1
    assert all(len(line) <= 40 for line in lines)
    assert " ".join(lines) == question
    assert chart.rows == [[question, 4]]


def test_arabic_labels_stay_text_for_the_browser_to_shape():
    chart = choices_chart(labels=[ARABIC, *CHOICES[1:]])

    assert ARABIC in texts(svg_root(chart))
    assert chart.rows[0][0] == ARABIC


def test_stacked_bars_show_percentages_and_the_table_the_counts():
    chart = charts.stacked_bar_chart(
        title="Bewertung", items=ITEMS, categories=SCALE, counts=COUNTS
    )

    assert chart.headers == [_("Item"), *SCALE, _("Total")]
    assert chart.rows == [
        ["Die Inhalte waren verständlich.", 0, 1, 3, 10, 12, 26],
        ["Die Referentin war kompetent.", 1, 0, 2, 5, 18, 26],
    ]
    words = texts(svg_root(chart))
    assert set(ITEMS) <= set(words)
    assert set(SCALE) <= set(words)  # the legend
    assert f"46{NBSP}%" in words  # 12 of 26
    assert f"69{NBSP}%" in words  # 18 of 26
    assert f"4{NBSP}%" not in words  # too narrow to carry a number; the table has it
    assert "trifft zu" in chart.description and "69,2" in chart.description


def test_line_chart_draws_each_series_with_markers():
    weeks = ["KW 10", "KW 11", "KW 12", "KW 13"]
    chart = charts.line_chart(
        title="Antworten pro Woche",
        labels=weeks,
        series={"pro Woche": [3, 0, 5, 2], "kumuliert": [3, 3, 8, 10]},
        value_label="Antworten",
    )

    assert chart.headers == [_("Period"), "pro Woche", "kumuliert"]
    assert chart.rows == [
        ["KW 10", 3, 3],
        ["KW 11", 0, 3],
        ["KW 12", 5, 8],
        ["KW 13", 2, 10],
    ]
    root = svg_root(chart)
    words = texts(root)
    assert {"pro Woche", "kumuliert", *weeks} <= set(words)
    assert len(list(root.iter(f"{NS}use"))) >= 8  # a marker per point
    assert "KW 13" in chart.description and "10" in chart.description


def test_charts_on_one_page_do_not_share_ids():
    first, second = svg_root(choices_chart()), svg_root(choices_chart())

    assert not set(by_id(first)) & set(by_id(second))


def test_the_same_data_draws_the_same_picture():
    first, second = choices_chart().svg, choices_chart().svg

    def without_ids(svg):
        return re.sub(r"chart-[0-9a-f]{12}", "chart-x", svg)

    assert first != second
    assert without_ids(first) == without_ids(second)


@pytest.mark.parametrize(
    "chart",
    [
        lambda: charts.bar_chart(title="T", labels=[], values=[], value_label="n"),
        lambda: charts.bar_chart(title="T", labels=["a", "b"], values=[0, 0], value_label="n"),
        lambda: charts.stacked_bar_chart(title="T", items=[], categories=SCALE, counts=[]),
        lambda: charts.stacked_bar_chart(
            title="T", items=ITEMS, categories=SCALE, counts=[[0] * 5, [0] * 5]
        ),
        lambda: charts.line_chart(title="T", labels=[], series={"a": []}, value_label="n"),
        lambda: charts.line_chart(title="T", labels=["KW 1"], series={"a": [0]}, value_label="n"),
    ],
    ids=["no bars", "zero bars", "no items", "no answers", "no points", "zero line"],
)
def test_no_data_draws_nothing_and_says_so(chart):
    result = chart()

    assert result.svg == ""
    assert result.description == _("No data")
    assert result.rows == []
    assert result.title == "T"


def test_data_that_does_not_fit_the_labels_is_refused():
    with pytest.raises(ValueError):
        charts.bar_chart(title="T", labels=["a"], values=[1, 2], value_label="n")
    with pytest.raises(ValueError):
        charts.stacked_bar_chart(title="T", items=["a"], categories=["x", "y"], counts=[[1]])
    with pytest.raises(ValueError):
        charts.line_chart(title="T", labels=["a", "b"], series={"s": [1]}, value_label="n")


def test_the_component_renders_figure_description_and_table():
    chart = choices_chart()
    page = soup(render_to_string("evaluation/components/chart.html", {"chart": chart}))

    figure = page.select_one("figure.chart")
    assert figure.figcaption.get_text(strip=True) == chart.title
    assert figure.select_one("svg[role=img]") is not None
    assert figure.select_one(".chart__description").get_text(strip=True) == chart.description
    table = figure.table
    assert chart.title in table.caption.get_text()
    assert "visually-hidden" in table.caption["class"]
    assert [th.get_text(strip=True) for th in table.select("th[scope=col]")] == chart.headers
    assert [th.get_text(strip=True) for th in table.select("th[scope=row]")] == CHOICES
    assert [td.get_text(strip=True) for td in table.tbody.tr.select("td")] == ["12", f"44,4{NBSP}%"]


def test_the_component_without_data_has_neither_picture_nor_table():
    chart = charts.bar_chart(title="Leer", labels=[], values=[], value_label="n")
    page = soup(render_to_string("evaluation/components/chart.html", {"chart": chart}))

    assert page.select_one("figcaption").get_text(strip=True) == "Leer"
    assert page.select_one("svg") is None and page.select_one("table") is None
    assert page.select_one(".chart__description").get_text(strip=True) == _("No data")


def test_weasyprint_draws_the_component_quietly(caplog):

    chart = charts.stacked_bar_chart(
        title="Bewertung", items=ITEMS, categories=SCALE, counts=COUNTS
    )
    body = render_to_string("evaluation/components/chart.html", {"chart": chart})
    with caplog.at_level(logging.WARNING, logger="weasyprint"):
        pdf = HTML(string=f'<html lang="de"><meta charset="utf-8"><body>{body}').write_pdf()

    # The SVG's styles are presentation attributes: no warning per SVG property.
    assert [record.getMessage() for record in caplog.records] == []
    pages = PdfReader(io.BytesIO(pdf)).pages
    text = " ".join(" ".join(page.extract_text() for page in pages).split())
    assert "Bewertung" in text
    assert "Die Referentin war kompetent. 1 0 2 5 18 26" in text  # the table


def test_importing_the_module_does_not_load_matplotlib():
    root = Path(__file__).resolve().parents[2]
    code = "import sys, evaluation.charts; print('matplotlib' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
