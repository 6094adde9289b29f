"""Turning views into safe HTML and SVG: an article's text with its annotations, charts drawn on
the server, dates in the reader's language.

Everything that came from a page goes through ``escape`` here or Jinja's autoescape; bidi
embedding, override and isolate characters are replaced by U+FFFD first, one character for one,
so offsets still hold and no page can reorder what the reader sees around it.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import quote, urlsplit

from markupsafe import Markup, escape

BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
REPLACEMENT = "\ufffd"


def inert(text: object) -> str:
    """Page text with its bidi controls made visible and harmless (same length)."""
    if text is None:
        return ""
    return BIDI_CONTROLS.sub(REPLACEMENT, str(text))


def count_controls(text: str | None) -> int:
    return len(BIDI_CONTROLS.findall(text or ""))


def safe_href(url: str | None) -> str | None:
    """A page's own URL as a link target only when it is http(s); anything else (javascript:,
    data:, vbscript:) is shown as text, never followed."""
    if not url:
        return None
    candidate = url.strip()
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or BIDI_CONTROLS.search(candidate):
        return None
    if any(ord(c) < 0x20 for c in candidate):
        return None
    return candidate


def path_segment(value: str) -> str:
    return quote(value, safe="")


# -- dates ----------------------------------------------------------------------------------------
MONTHS = {
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر",
           "ديسمبر"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


def _parse(day: str | None) -> date | None:
    if not day:
        return None
    try:
        return date.fromisoformat(day[:10])
    except ValueError:
        return None


def human_day(value: str | None, lang: str) -> str:
    """2023-09-13 -> 13 سبتمبر 2023; 2023-09 -> سبتمبر 2023; a/b -> a – b; else as given."""
    if not value:
        return ""
    if "/" in value:
        start, _, end = value.partition("/")
        a, b = _parse(start), _parse(end)
        if a and b and a.year == b.year and a.month == b.month:
            return f"{a.day}–{b.day} {MONTHS[lang][a.month - 1]} {a.year}"
        return f"{human_day(start, lang)} – {human_day(end, lang)}"
    parsed = _parse(value)
    if parsed and len(value) >= 10:
        return f"{parsed.day} {MONTHS[lang][parsed.month - 1]} {parsed.year}"
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return f"{MONTHS[lang][int(value[5:]) - 1]} {value[:4]}"
    return value


def day_span(start: str | None, end: str | None, lang: str) -> str:
    if start and end and start[:10] != end[:10]:
        return f"{human_day(start[:10], lang)} – {human_day(end[:10], lang)}"
    return human_day((start or end or "")[:10], lang)


# -- an article's text with its annotations --------------------------------------------------------
@dataclass(slots=True)
class Layer:
    """One annotation to draw over the text; lower ``rank`` is drawn outside higher ones."""

    start: int
    end: int
    rank: int
    open: str  # the opening tag, already escaped where it carries page text
    close: str


def _cut(span: Layer, other: Layer) -> list[Layer]:
    """``span`` split where ``other`` (already placed, drawn outside it) crosses its edges."""
    inside = other.start <= span.start and span.end <= other.end
    around = span.start <= other.start and other.end <= span.end
    if inside or around or other.end <= span.start or span.end <= other.start:
        return [span]
    cuts = sorted({x for x in (other.start, other.end) if span.start < x < span.end})
    edges = [span.start, *cuts, span.end]
    return [Layer(a, b, span.rank, span.open, span.close) for a, b in zip(edges, edges[1:]) if b > a]


def layered_html(text: str, layers: list[Layer]) -> Markup:
    """``text`` with every layer as an element around its span, properly nested: a layer that
    crosses one drawn outside it is cut in two, so the outer one (the cited sentence) stays whole."""
    placed: list[Layer] = []
    for layer in sorted(layers, key=lambda x: (x.rank, x.start, -x.end)):
        if not (0 <= layer.start < layer.end <= len(text)):
            continue
        pieces = [layer]
        for other in placed:
            pieces = [piece for p in pieces for piece in _cut(p, other)]
        placed.extend(pieces)
    placed.sort(key=lambda x: (x.start, -x.end, x.rank))
    out: list[str] = []
    stack: list[Layer] = []
    cursor = 0
    for layer in placed:
        while stack and stack[-1].end <= layer.start:
            top = stack.pop()
            out.append(str(escape(inert(text[cursor:top.end]))))
            out.append(top.close)
            cursor = top.end
        out.append(str(escape(inert(text[cursor:layer.start]))))
        out.append(layer.open)
        cursor = layer.start
        stack.append(layer)
    while stack:
        top = stack.pop()
        out.append(str(escape(inert(text[cursor:top.end]))))
        out.append(top.close)
        cursor = top.end
    out.append(str(escape(inert(text[cursor:]))))
    return Markup("".join(out))


def _attr(value: object) -> str:
    return str(escape(inert(value)))


def article_layers(view, labels, lang: str, cited: tuple[int, int] | None = None) -> list[Layer]:
    article = view.article
    layers: list[Layer] = []
    if cited:
        layers.append(Layer(cited[0], cited[1], 0, '<mark id="cited" class="cited" tabindex="-1">', "</mark>"))
    for quote in article.quotes:
        who = quote.speaker or labels["unattributed"]
        tip = f"{labels['quote_by']} {who}" + (f" · {labels['via']} {quote.relayed_by}" if quote.relayed_by else "")
        layers.append(Layer(quote.start, quote.end, 1, f'<span class="quote q-{_attr(quote.kind)}" data-tip="{_attr(tip)}">',
                            "</span>"))
    for mention in view.mentions:
        kind = labels.get(f"type_{mention.type}", mention.type)
        name = mention.entity_name or mention.text
        tip = f"{name} · {kind}"
        css = f"ent ent-{_attr(mention.type)}"
        if mention.entity_id:
            href = f"/entity/{path_segment(mention.entity_id)}"
            layers.append(Layer(mention.start, mention.end, 2, f'<a class="{css}" href="{href}" data-tip="{_attr(tip)}">',
                                "</a>"))
        else:
            layers.append(Layer(mention.start, mention.end, 2, f'<span class="{css}" data-tip="{_attr(tip)}">', "</span>"))
    for ref in article.timerefs:
        resolved = human_day(ref.value, lang) if ref.value else labels["unresolved"]
        tip = f"{resolved}" + (f" · {labels['hijri']}" if ref.calendar == "hijri" else "")
        layers.append(Layer(ref.start, ref.end, 3, f'<time class="date" datetime="{_attr(ref.value)}" data-tip="{_attr(tip)}">',
                            "</time>"))
    return layers


# -- charts ---------------------------------------------------------------------------------------
PALETTE = ["#0f5c63", "#c2553a", "#d49a2a", "#5b6fb0", "#6f9a4a", "#8e4f8c", "#3f8fa8", "#a36b3f"]
OTHERS = "#9aa3a8"
PAD_TOP, PAD_BOTTOM, PAD_SIDE, PAD_AXIS = 14, 34, 10, 30


def _bucket(days: list[date]) -> tuple[str, callable]:
    span = (max(days) - min(days)).days if days else 0
    if span <= 45:
        return "day", lambda d: d
    if span <= 300:
        return "week", lambda d: d - timedelta(days=d.weekday())
    return "month", lambda d: d.replace(day=1)


def _steps(first: date, last: date, unit: str) -> list[date]:
    steps, current = [], first
    while current <= last:
        steps.append(current)
        if unit == "day":
            current += timedelta(days=1)
        elif unit == "week":
            current += timedelta(days=7)
        else:
            current = (current.replace(day=28) + timedelta(days=4)).replace(day=1)
    return steps


def _label(step: date, unit: str, lang: str) -> str:
    if unit == "month":
        return f"{MONTHS[lang][step.month - 1]} {str(step.year)[2:]}"
    return f"{step.day} {MONTHS[lang][step.month - 1]}"


def time_chart(points: list[tuple[str, str, int]], lang: str, labels, title: str, compact: bool = False) -> Markup:
    """Stacked bars over time: ``points`` are (day, series, count).  Time runs right to left in
    an Arabic page (the first day at the right edge, where a reader starts), left to right in
    English; the count axis stands where the reader starts too.  ``compact`` draws for a side
    column (a narrower canvas, so the labels keep their size when it is scaled down)."""
    rtl = lang == "ar"
    WIDTH, HEIGHT = (380, 190) if compact else (720, 220)  # noqa: N806 - the canvas, as constants read
    dated = [(d, s, n) for day, s, n in points if (d := _parse(day)) is not None]
    if not dated:
        return Markup(f'<p class="muted">{escape(labels["no_dates"])}</p>')
    unit, bucket_of = _bucket([d for d, _, _ in dated])
    totals_by_series: dict[str, int] = defaultdict(int)
    for _, series, n in dated:
        totals_by_series[series] += n
    ranked = sorted(totals_by_series, key=lambda s: (-totals_by_series[s], s))
    shown = ranked[: len(PALETTE)]
    colour = {s: PALETTE[i] for i, s in enumerate(shown)}
    grid: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for day, series, n in dated:
        grid[bucket_of(day)][series if series in colour else labels["others"]] += n
    steps = _steps(min(grid), max(grid), unit)
    peak = max(sum(v.values()) for v in grid.values())
    plot_w = WIDTH - 2 * PAD_SIDE - PAD_AXIS
    plot_h = HEIGHT - PAD_TOP - PAD_BOTTOM
    slot = plot_w / len(steps)
    bar = max(1.0, min(28.0, slot * 0.72))
    axis_x = WIDTH - PAD_SIDE if rtl else PAD_SIDE  # the count axis, on the reading side
    plot_start = WIDTH - PAD_SIDE - PAD_AXIS if rtl else PAD_SIDE + PAD_AXIS

    def x_of(index: int) -> float:
        middle = (index + 0.5) * slot
        return plot_start - middle if rtl else plot_start + middle

    out = [f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-label="{_attr(title)}" '
           f'direction="{"rtl" if rtl else "ltr"}" xmlns="http://www.w3.org/2000/svg"><title>{escape(inert(title))}</title>']
    ticks = sorted({0, peak, (peak + 1) // 2})
    for tick in ticks:
        y = PAD_TOP + plot_h - plot_h * tick / peak
        out.append(f'<line x1="{PAD_SIDE + (0 if rtl else PAD_AXIS)}" x2="{WIDTH - PAD_SIDE - (PAD_AXIS if rtl else 0)}" '
                   f'y1="{y:.1f}" y2="{y:.1f}" stroke="#e3e0d8" stroke-width="1"/>')
        anchor = "start" if rtl else "end"
        tx = axis_x - PAD_AXIS + 6 if rtl else axis_x + PAD_AXIS - 6
        out.append(f'<text x="{tx:.1f}" y="{y + 4:.1f}" font-size="11" fill="#6b7378" text-anchor="{anchor}" '
                   f'direction="ltr">{tick}</text>')
    label_every = max(1, -(-len(steps) // (4 if compact else 8)))
    for index, step in enumerate(steps):
        stack = grid.get(step, {})
        y = PAD_TOP + plot_h
        x = x_of(index)
        for series in [*shown, labels["others"]]:
            n = stack.get(series, 0)
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            tip = f"{_label(step, unit, lang)} · {series}: {n}"
            out.append(f'<rect x="{x - bar / 2:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" rx="1.5" '
                       f'fill="{colour.get(series, OTHERS)}"><title>{escape(inert(tip))}</title></rect>')
        if index % label_every == 0:
            out.append(f'<text x="{x:.1f}" y="{HEIGHT - PAD_BOTTOM + 16}" font-size="11" fill="#6b7378" '
                       f'text-anchor="middle">{escape(_label(step, unit, lang))}</text>')
    out.append("</svg>")
    legend = "".join(f'<li><span class="swatch sw{i}"></span><bdi>{escape(inert(s))}</bdi> <span class="muted">({totals_by_series[s]})</span></li>'
                     for i, s in enumerate(shown))
    if len(ranked) > len(shown):
        rest = sum(totals_by_series[s] for s in ranked[len(shown):])
        legend += f'<li><span class="swatch sw-others"></span>{escape(labels["others"])} <span class="muted">({rest})</span></li>'
    per = labels[f"per_{unit}"]
    return Markup(f'<figure class="chart-box">{"".join(out)}<figcaption><span class="muted">{escape(per)}</span>'
                  f'<ul class="legend">{legend}</ul></figcaption></figure>')


def count_chart(counts, lang: str, labels, title: str, series: str = "", compact: bool = False) -> Markup:
    """One series of counts over time (``counts``: objects with ``key`` a day and ``count``)."""
    return time_chart([(c.key, series or title, c.count) for c in counts if c.key], lang, labels, title, compact)
