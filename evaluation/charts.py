"""Charts for the survey reports, drawn on the server by matplotlib as inline SVG: no JavaScript,
the same picture on screen, in print and in WeasyPrint's PDFs.

Every chart comes with the words and numbers behind it (a `Chart`): a title, a description that
says what it shows and where its extremes are, and the data as table rows, so that nobody
depends on seeing the picture. The SVG keeps its text as `<text>` (screen readers, copying,
PDF text extraction, the browser shaping Arabic), names itself with `<title>` and `<desc>`,
scales with its container and references nothing outside itself. Render it with the component
`evaluation/components/chart.html`.

matplotlib is imported on first use (it takes most of a second); `import evaluation.charts` is
cheap.
"""

from __future__ import annotations

import datetime
import functools
import hashlib
import io
import re
import textwrap
import threading
import uuid
from dataclasses import dataclass
from numbers import Integral, Real
from xml.etree import ElementTree as ET  # noqa: S405 (parses only our own matplotlib output)

from django.core.cache import cache
from django.utils.formats import number_format
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"

INK = "#1a1a1a"
MUTED = "#4a4a4a"  # 8.9:1 on white: axes and ticks
GRID = "#d5dbe0"  # decorative only
# Series colours, each at least 4.5:1 on white; lines also differ by marker and dash.
PALETTE = ["#0b5c7a", "#9a3412", "#4a4a4a", "#5b3a8c", "#2f6b2f", "#8a1c4a"]
# Stacked segments: one hue from light (first category) to dark (last), so that the order of
# a scale reads without colour; each bar has a dark outline and white gaps between segments.
SEQUENTIAL_LIGHT = "#d3e6ee"
SEQUENTIAL_DARK = "#06303f"
MARKERS = ["o", "s", "^", "D", "v", "P"]
DASHES = ["-", "--", ":", "-."]

WIDTH = 6.4  # inches; matplotlib's SVG unit is the point (72 per inch)
WRAP = 40  # characters per line of a category label
MIN_LABELLED_SHARE = 12.0  # percent; narrower segments carry no number (the table has it)

_RC = {
    "svg.fonttype": "none",
    "svg.hashsalt": "mso-network-charts",
    "font.family": "sans-serif",
    "font.sans-serif": ["DejaVu Sans"],
    "font.size": 10,
    "text.color": INK,
    "axes.edgecolor": MUTED,
    "axes.labelcolor": INK,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "xtick.color": MUTED,
    "ytick.color": MUTED,
    "xtick.labelcolor": INK,
    "ytick.labelcolor": INK,
    "legend.frameon": False,
    "figure.facecolor": "white",
    "axes.facecolor": "white",
}

# rc_context changes matplotlib's global settings for its duration: one chart at a time.
_lock = threading.Lock()


@dataclass
class Chart:
    """A chart and everything it shows in words and numbers (for the component template)."""

    title: str
    description: str
    svg: str  # inline <svg> markup, or "" when there is nothing to draw
    headers: list[str]
    rows: list[list]


def _cached(function):
    """The same data draws the same chart: drawing costs a fifth of a second, so a report that
    is opened again takes its charts from the cache (with fresh ids for the page)."""

    @functools.wraps(function)
    def cached(**kwargs) -> Chart:
        key = (
            "chart:"
            + hashlib.sha256(
                repr((function.__name__, get_language(), sorted(kwargs.items()))).encode()
            ).hexdigest()
        )
        chart = cache.get(key)
        if chart is None:
            chart = function(**kwargs)
            cache.set(key, chart, CHART_CACHE_SECONDS)
            return chart
        old = _PREFIX.search(chart.svg)
        if old:
            chart.svg = chart.svg.replace(old.group(0), "chart-" + uuid.uuid4().hex[:12])
        return chart

    return cached


CHART_CACHE_SECONDS = 60 * 60 * 24
_PREFIX = re.compile(r"chart-[0-9a-f]{12}")


@_cached
def bar_chart(
    *,
    title: str,
    labels: list[str],
    values: list[float],
    value_label: str,
    percent: list[float] | None = None,
    horizontal: bool = True,
) -> Chart:
    """One bar per label, labelled with its value (and its percentage when given). Values that
    are all integers are shown as integers, otherwise with one decimal."""
    if len(values) != len(labels) or (percent is not None and len(percent) != len(labels)):
        raise ValueError("labels, values and percent must have the same length")
    headers = [_("Category"), value_label] + ([_("Percent")] if percent is not None else [])
    if not labels or not any(values):
        return _empty(title, headers)

    texts = [_number(value) for value in values]
    if percent is not None:
        texts = [f"{text} ({_percent(share)})" for text, share in zip(texts, percent, strict=True)]
    rows = [
        [label, _cell(value)] + ([_percent(percent[i])] if percent is not None else [])
        for i, (label, value) in enumerate(zip(labels, values, strict=True))
    ]
    description = " ".join(
        [
            ngettext(
                "Bar chart of %(value_label)s with %(count)d bar.",
                "Bar chart of %(value_label)s with %(count)d bars.",
                len(labels),
            )
            % {"value_label": value_label, "count": len(labels)},
            _extremes(labels, values, texts),
        ]
    )

    def draw(fig):
        from matplotlib.ticker import MaxNLocator  # noqa: PLC0415 (loaded on first chart, see above)

        ax = fig.add_subplot()
        positions = range(len(labels))
        wrap = WRAP if horizontal else max(8, 72 // len(labels))
        tick_labels = [_wrap(label, wrap) for label in labels]
        if horizontal:
            bars = ax.barh(positions, values, height=0.65, color=PALETTE[0])
            ax.set_yticks(list(positions), tick_labels)
            ax.invert_yaxis()  # first label at the top
            ax.set_xlabel(value_label)
            ax.set_xlim(min(0, min(values) * 1.25), max(0, max(values)) * 1.25 or 1)
            ax.tick_params(axis="y", length=0)
            ax.grid(axis="x", color=GRID, linewidth=0.6)
            value_axis = ax.xaxis
        else:
            bars = ax.bar(positions, values, width=0.65, color=PALETTE[0])
            ax.set_xticks(list(positions), tick_labels)
            ax.set_ylabel(value_label)
            ax.set_ylim(min(0, min(values) * 1.15), max(0, max(values)) * 1.15 or 1)
            ax.tick_params(axis="x", length=0)
            ax.grid(axis="y", color=GRID, linewidth=0.6)
            value_axis = ax.yaxis
        ax.set_axisbelow(True)
        ax.bar_label(bars, labels=texts, padding=3, color=INK)
        if _all_integers(values):
            value_axis.set_major_locator(MaxNLocator(integer=True))
        value_axis.set_major_formatter(_tick_formatter())

    if horizontal:
        lines = sum(_wrap(label, WRAP).count("\n") + 1 for label in labels)
        height = 0.9 + 0.4 * len(labels) + 0.15 * max(0, lines - len(labels))
    else:
        height = 3.6
    svg = _render(draw, size=(WIDTH, height), title=title, description=description)
    return Chart(title=title, description=description, svg=svg, headers=headers, rows=rows)


@_cached
def stacked_bar_chart(
    *, title: str, items: list[str], categories: list[str], counts: list[list[int]]
) -> Chart:
    """One bar per item (a statement of a matrix, say), split into its categories (the points
    of a scale, in scale order) as percentages of the item's answers; the table gives the counts
    and each item's total."""
    if len(counts) != len(items) or any(len(row) != len(categories) for row in counts):
        raise ValueError("counts must have one row per item and one count per category")
    headers = [_("Item"), *categories, _("Total")]
    totals = [sum(row) for row in counts]
    if not items or not categories or not any(totals):
        return _empty(title, headers)

    shares = [
        [count * 100 / total if total else 0.0 for count in row]
        for row, total in zip(counts, totals, strict=True)
    ]
    rows = [[item, *row, total] for item, row, total in zip(items, counts, totals, strict=True)]
    flat = [
        (share, item, category)
        for item, row in zip(items, shares, strict=True)
        for share, category in zip(row, categories, strict=True)
    ]
    largest = max(flat, key=lambda entry: entry[0])
    smallest = min(flat, key=lambda entry: entry[0])
    description = " ".join(
        [
            ngettext(
                "Stacked bar chart of %(count)d item, each split into the percentages of its "
                "answers: %(categories)s.",
                "Stacked bar chart of %(count)d items, each split into the percentages of their "
                "answers: %(categories)s.",
                len(items),
            )
            % {"count": len(items), "categories": ", ".join(categories)},
            _("Largest share: “%(category)s” for “%(item)s” (%(share)s).")
            % {"category": largest[2], "item": largest[1], "share": _percent(largest[0])},
            _("Smallest share: “%(category)s” for “%(item)s” (%(share)s).")
            % {"category": smallest[2], "item": smallest[1], "share": _percent(smallest[0])},
        ]
    )

    def draw(fig):
        from matplotlib.colors import LinearSegmentedColormap, to_hex  # noqa: PLC0415 (loaded on first chart, see above)
        from matplotlib.ticker import MultipleLocator  # noqa: PLC0415 (loaded on first chart, see above)

        ax = fig.add_subplot()
        ramp = LinearSegmentedColormap.from_list("scale", [SEQUENTIAL_LIGHT, SEQUENTIAL_DARK])
        steps = len(categories)
        colours = [to_hex(ramp(j / (steps - 1) if steps > 1 else 1.0)) for j in range(steps)]
        positions = list(range(len(items)))
        left = [0.0] * len(items)
        for j, category in enumerate(categories):
            widths = [row[j] for row in shares]
            bars = ax.barh(
                positions,
                widths,
                left=left,
                height=0.65,
                color=colours[j],
                edgecolor="white",
                linewidth=1,
                label=_wrap(category, 24),
            )
            ax.bar_label(
                bars,
                labels=[_percent(w, 0) if w >= MIN_LABELLED_SHARE else "" for w in widths],
                label_type="center",
                color=_text_on(colours[j]),
                fontsize=9,
            )
            left = [a + b for a, b in zip(left, widths, strict=True)]
        outline = [100.0 if total else 0.0 for total in totals]
        ax.barh(positions, outline, height=0.65, fill=False, edgecolor=INK, linewidth=0.8)
        ax.set_yticks(
            positions,
            [
                f"{_wrap(item, WRAP)}\n" + _("n = %(count)s") % {"count": _number(total)}
                for item, total in zip(items, totals, strict=True)
            ],
        )
        ax.invert_yaxis()
        ax.tick_params(axis="y", length=0)
        ax.set_xlim(0, 100)
        ax.xaxis.set_major_locator(MultipleLocator(25))
        ax.xaxis.set_major_formatter(_tick_formatter(suffix="\u00a0%"))
        ax.set_xlabel(_("Percent of answers"))
        ax.grid(axis="x", color=GRID, linewidth=0.6)
        ax.set_axisbelow(True)
        # Above the bars, in scale order read line by line (matplotlib fills column by column).
        columns = min(steps, 4)
        handles, names = ax.get_legend_handles_labels()
        order = [k for j in range(columns) for k in range(j, steps, columns)]
        fig.legend(
            [handles[k] for k in order],
            [names[k] for k in order],
            loc="outside upper left",
            ncols=columns,
            fontsize=9,
            handlelength=1.2,
        )

    lines = sum(_wrap(item, WRAP).count("\n") + 2 for item in items)
    legend_rows = -(-len(categories) // 4)
    height = 1.0 + 0.5 * len(items) + 0.15 * max(0, lines - 2 * len(items)) + 0.3 * legend_rows
    svg = _render(draw, size=(WIDTH, height), title=title, description=description)
    return Chart(title=title, description=description, svg=svg, headers=headers, rows=rows)


@_cached
def line_chart(
    *,
    title: str,
    labels: list[str],
    series: dict[str, list[float]],
    value_label: str,
    dates: list[datetime.date] | None = None,
) -> Chart:
    """One line per series over the labels (weeks, say), told apart by colour, marker and dash;
    when there are many labels only every few are written on the axis (the table has all).
    With `dates` (one per label, ascending) the points stand on a time axis, spaced by the
    time between them: a gap of ten quiet weeks looks like ten weeks, not like one."""
    if any(len(values) != len(labels) for values in series.values()):
        raise ValueError("every series needs one value per label")
    if dates is not None and len(dates) != len(labels):
        raise ValueError("dates need one date per label")
    headers = [_("Period"), *series]
    if not labels or not series or not any(any(values) for values in series.values()):
        return _empty(title, headers)

    rows = [
        [label, *(_cell(values[i]) for values in series.values())] for i, label in enumerate(labels)
    ]
    sentences = [
        ngettext(
            "Line chart of %(value_label)s over %(count)d point, from %(first)s to %(last)s.",
            "Line chart of %(value_label)s over %(count)d points, from %(first)s to %(last)s.",
            len(labels),
        )
        % {"value_label": value_label, "count": len(labels), "first": labels[0], "last": labels[-1]}
    ]
    for name, values in series.items():
        sentences.append(
            f"{name}: " + _extremes(labels, values, [_number(value) for value in values])
        )
    description = " ".join(sentences)
    every = -(-len(labels) // 12)  # at most about twelve labels on the axis

    def draw(fig):
        from matplotlib.ticker import MaxNLocator  # noqa: PLC0415 (loaded on first chart, see above)

        ax = fig.add_subplot()
        positions = [float(day.toordinal()) for day in dates] if dates else list(range(len(labels)))
        for k, (name, values) in enumerate(series.items()):
            ax.plot(
                positions,
                values,
                label=name,
                color=PALETTE[k % len(PALETTE)],
                marker=MARKERS[k % len(MARKERS)],
                linestyle=DASHES[k % len(DASHES)],
                linewidth=1.8,
                markersize=4.5,
            )
        if dates:
            _date_axis(ax, dates)
        else:
            ax.set_xticks(
                positions[::every], [_wrap(label, 12) for label in labels[::every]], fontsize=9
            )
            ax.set_xlim(-0.5, len(labels) - 0.5)
        everything = [value for values in series.values() for value in values]
        if min(everything) >= 0:
            ax.set_ylim(bottom=0, top=max(everything) * 1.1 or 1)
        if _all_integers(everything):
            ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.yaxis.set_major_formatter(_tick_formatter())
        ax.set_ylabel(value_label)
        ax.grid(axis="y", color=GRID, linewidth=0.6)
        ax.set_axisbelow(True)
        fig.legend(loc="outside upper left", ncols=min(len(series), 3), fontsize=9)

    svg = _render(draw, size=(WIDTH, 3.8), title=title, description=description)
    return Chart(title=title, description=description, svg=svg, headers=headers, rows=rows)


def _date_axis(ax, dates: list[datetime.date]) -> None:
    """An x axis of days (as ordinals): at most about six ticks on round days between the
    first and the last date, labelled as the table labels its rows."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator  # noqa: PLC0415 (loaded on first chart, see above)

    first, last = dates[0].toordinal(), dates[-1].toordinal()
    margin = max((last - first) * 0.04, 3)
    ax.set_xlim(first - margin, last + margin)
    ax.xaxis.set_major_locator(MaxNLocator(nbins=6, integer=True, steps=[1, 2, 5, 7, 10]))
    ax.xaxis.set_major_formatter(
        FuncFormatter(
            lambda value, _position: datetime.date.fromordinal(int(value)).strftime("%d.%m.%Y")
        )
    )
    ax.tick_params(axis="x", labelsize=9)


# Drawing and cleaning up the SVG


def _render(draw, *, size: tuple[float, float], title: str, description: str) -> str:
    import matplotlib  # noqa: PLC0415 (loaded on first chart, see above)
    from matplotlib.figure import Figure  # noqa: PLC0415 (loaded on first chart, see above)

    out = io.StringIO()
    with _lock:
        matplotlib.use("Agg")  # no GUI (pyplot is never used: figures are plain objects)
        with matplotlib.rc_context(_RC):
            fig = Figure(figsize=size, layout="constrained")
            draw(fig)
            # Constrained layout fits labels and legend into the figure: every chart has the
            # same width, so text has the same size in all of them.
            fig.savefig(out, format="svg", metadata={"Date": None})
    return _finish_svg(out.getvalue(), title=title, description=description)


_URL_REF = re.compile(r"url\(#([^)]+)\)")


def _finish_svg(raw: str, *, title: str, description: str) -> str:
    """matplotlib's SVG made fit for inlining into HTML: no prolog, metadata or page-wide
    `<style>`; ids prefixed so that several charts on one page do not collide; named by a
    `<title>` and `<desc>`; scales down with its container, never up past its drawn size."""
    root = ET.fromstring(raw.encode())  # noqa: S314 (our own output)
    prefix = "chart-" + uuid.uuid4().hex[:12]

    for parent in list(root.iter()):
        for child in list(parent):
            if child.tag in (f"{{{SVG_NS}}}metadata", f"{{{SVG_NS}}}style"):
                parent.remove(child)
    referenced = set()
    for element in root.iter():
        for name, value in element.attrib.items():
            referenced.update(_URL_REF.findall(value))
            if name == XLINK_HREF:
                referenced.add(value.removeprefix("#"))
    for element in root.iter():
        # matplotlib names every group; only clip paths and markers are referenced.
        if element.get("id") in referenced:
            element.set("id", f"{prefix}-{element.get('id')}")
        else:
            element.attrib.pop("id", None)
        for name, value in list(element.attrib.items()):
            if "url(#" in value:
                element.set(name, _URL_REF.sub(rf"url(#{prefix}-\1)", value))
        if XLINK_HREF in element.attrib:  # SVG 2's plain href needs no xlink namespace
            element.set("href", f"#{prefix}-" + element.attrib.pop(XLINK_HREF).removeprefix("#"))
    for parent in list(root.iter()):
        for child in list(parent):
            if child.tag == f"{{{SVG_NS}}}defs" and len(child) == 0:
                parent.remove(child)
    for element in root.iter():
        _style_to_attributes(element)

    width_pt = float(root.get("viewBox").split()[2])
    for name in ("width", "height", "version"):
        root.attrib.pop(name, None)
    root.set("role", "img")
    root.set("aria-labelledby", f"{prefix}-title")
    root.set("aria-describedby", f"{prefix}-desc")
    root.set("class", "chart__svg")
    root.set("style", f"width:100%;max-width:{width_pt * 4 / 3:.0f}px;height:auto")
    # Left-to-right layout even inside a right-to-left page (text-anchor depends on direction).
    root.set("direction", "ltr")
    # What matplotlib's dropped <style> said, as inherited attributes.
    root.set("stroke-linejoin", "round")
    root.set("stroke-linecap", "butt")

    title_element = ET.Element(f"{{{SVG_NS}}}title", id=f"{prefix}-title")
    title_element.text = title
    desc_element = ET.Element(f"{{{SVG_NS}}}desc", id=f"{prefix}-desc")
    desc_element.text = description
    root.insert(0, desc_element)
    root.insert(0, title_element)
    # Written with the SVG namespace as the default one (ElementTree would invent a prefix).
    for element in root.iter():
        element.tag = element.tag.removeprefix(f"{{{SVG_NS}}}")
    root.set("xmlns", SVG_NS)
    return ET.tostring(root, encoding="unicode")


# WeasyPrint reads an inline SVG's style attributes as HTML CSS too and logs a warning for each
# SVG property; as presentation attributes they are plain SVG that every renderer reads.
PRESENTATION_ATTRIBUTES = {
    "clip-rule",
    "display",
    "dominant-baseline",
    "fill",
    "fill-opacity",
    "fill-rule",
    "font-family",
    "font-size",
    "font-stretch",
    "font-style",
    "font-variant",
    "font-weight",
    "letter-spacing",
    "opacity",
    "stroke",
    "stroke-dasharray",
    "stroke-dashoffset",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-miterlimit",
    "stroke-opacity",
    "stroke-width",
    "text-anchor",
    "visibility",
}


def _style_to_attributes(element) -> None:
    style = element.attrib.pop("style", None)
    if not style:
        return
    kept = []
    for declaration in style.split(";"):
        name, _colon, value = declaration.partition(":")
        name, value = name.strip(), value.strip()
        if name in PRESENTATION_ATTRIBUTES and value:
            element.set(name, value)
        elif name:
            kept.append(f"{name}: {value}")
    if kept:
        element.set("style", "; ".join(kept))


# Words and numbers


def _empty(title: str, headers: list[str]) -> Chart:
    return Chart(title=title, description=_("No data"), svg="", headers=headers, rows=[])


def _wrap(label: str, width: int) -> str:
    return textwrap.fill(str(label), width=width) or " "


def _all_integers(values) -> bool:
    return all(isinstance(value, Integral) for value in values)


def _number(value: Real) -> str:
    if isinstance(value, Integral):
        return number_format(int(value))
    return number_format(float(value), decimal_pos=1)


def _cell(value: Real) -> int | str:
    """Table cell: integers stay numbers, other values become text with one decimal."""
    return int(value) if isinstance(value, Integral) else _number(value)


def _percent(value: float, decimals: int = 1) -> str:
    return number_format(float(value), decimal_pos=decimals) + "\u00a0%"


def _extremes(labels: list[str], values: list[float], texts: list[str]) -> str:
    top, bottom = max(values), min(values)
    if top == bottom:
        return _("All have the value %(value)s.") % {"value": texts[0]}
    highest = [i for i, value in enumerate(values) if value == top]
    lowest = [i for i, value in enumerate(values) if value == bottom]
    return _("Highest: %(highest)s with %(high)s. Lowest: %(lowest)s with %(low)s.") % {
        "highest": ", ".join(str(labels[i]) for i in highest),
        "high": texts[highest[0]],
        "lowest": ", ".join(str(labels[i]) for i in lowest),
        "low": texts[lowest[0]],
    }


def _tick_formatter(suffix: str = ""):
    from matplotlib.ticker import FuncFormatter  # noqa: PLC0415 (loaded on first chart, see above)

    def tick(value, _position):
        if float(value).is_integer():
            return number_format(int(value)) + suffix
        return number_format(value, decimal_pos=1) + suffix

    return FuncFormatter(tick)


def _luminance(colour: str) -> float:
    from matplotlib.colors import to_rgb  # noqa: PLC0415 (loaded on first chart, see above)

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(c) for c in to_rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _text_on(background: str) -> str:
    """White or ink, whichever contrasts more with a segment's colour (WCAG)."""
    return "white" if _contrast("white", background) >= _contrast(INK, background) else INK
