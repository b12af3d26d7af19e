"""Charts as inline SVG for the HTML report: horizontal bars (one per county, so
long Chinese names read left of their bar) and a line by year. Drawn here rather
than by a charting library so the report stays one file with no script to load,
and so a test can count the bars in the page.

A bar or a point has an exact part and a bound part (amounts stated with 余/多/近/约,
or ranges): the exact part is drawn solid, the bound part hatched after it, and
the label says which (``≥``). Nothing here sums: the caller gives the parts.

>>> svg = bars("资金", "万元", [Bar("甲县", 300.0, 20.0, "300 + ≥20"), Bar("乙县", 120.0, 0.0, "120")])
>>> svg.count('class="bar"'), 'data-key="甲县"' in svg
(2, True)
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape
from typing import NamedTuple

#: how many bars a chart shows; the rest are counted in a note under it
MAX_BARS = 40
WIDTH = 720
LABEL_W = 180           # room for a county's name left of its bar
VALUE_W = 130           # room for the value label right of the longest bar
ROW_H = 22
FONT = "font-family=\"'Noto Sans CJK SC','WenQuanYi Micro Hei','PingFang SC','Microsoft YaHei',sans-serif\""


class Bar(NamedTuple):
    key: str            # the county (or category, …) the bar stands for
    exact: float        # the part known exactly
    bound: float        # the part known as a lower bound (余/多) or roughly (约)
    label: str          # the value in words, as the report states it
    colour: str = "#c0392b"


@dataclass
class Point:
    x: int              # a year
    exact: float
    bound: float
    label: str


def nice_ticks(top: float, n: int = 5) -> list[float]:
    """Round tick values from 0 to at least ``top``.

    >>> nice_ticks(1234)
    [0, 250, 500, 750, 1000, 1250]
    >>> nice_ticks(0.37)
    [0, 0.1, 0.2, 0.3, 0.4]
    >>> nice_ticks(0)
    [0, 1]
    """
    if top <= 0:
        return [0, 1]
    raw = top / n
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    step = int(step) if step >= 1 else step
    ticks = [0]
    while ticks[-1] < top:
        ticks.append(round(ticks[-1] + step, 10))
    return [int(t) if float(t).is_integer() else t for t in ticks]


def _num(v: float) -> str:
    return f"{v:,.0f}" if abs(v) >= 100 or float(v).is_integer() else f"{v:,.1f}"


def bars(title: str, unit: str, data: list[Bar], note: str = "") -> str:
    """Horizontal bars, largest first; the axis in ``unit``."""
    data = sorted(data, key=lambda b: (-(b.exact + b.bound), b.key))
    shown, rest = data[:MAX_BARS], data[MAX_BARS:]
    top = max((b.exact + b.bound for b in shown), default=0)
    ticks = nice_ticks(top)
    plot_w = WIDTH - LABEL_W - VALUE_W
    scale = plot_w / ticks[-1]
    height = 48 + ROW_H * max(1, len(shown)) + 34
    out = [f'<svg class="chart bars" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
           f'width="{WIDTH}" height="{height}" role="img" aria-label="{escape(title)}" {FONT} font-size="12">',
           f'<text x="0" y="16" font-size="14" font-weight="bold">{escape(title)}</text>']
    y0 = 34
    axis_y = y0 + ROW_H * max(1, len(shown)) + 4
    for t in ticks:
        x = LABEL_W + t * scale
        out.append(f'<line x1="{x:.1f}" y1="{y0}" x2="{x:.1f}" y2="{axis_y}" stroke="#ddd"/>')
        out.append(f'<text x="{x:.1f}" y="{axis_y + 14}" text-anchor="middle" fill="#555">{_num(t)}</text>')
    out.append(f'<text x="{LABEL_W + plot_w / 2:.1f}" y="{axis_y + 30}" text-anchor="middle" '
               f'fill="#333">{escape(unit)}</text>')
    if not shown:
        out.append(f'<text x="{LABEL_W}" y="{y0 + 15}" fill="#888">—</text>')
    for i, b in enumerate(shown):
        y = y0 + i * ROW_H
        we, wb = b.exact * scale, b.bound * scale
        out.append(f'<g class="bar" data-key="{escape(b.key)}"><title>{escape(b.key)}: {escape(b.label)} {escape(unit)}'
                   f'</title>')
        out.append(f'<text x="{LABEL_W - 6}" y="{y + 15}" text-anchor="end">{escape(_short(b.key))}</text>')
        if we > 0:
            out.append(f'<rect class="exact" x="{LABEL_W}" y="{y + 3}" width="{we:.1f}" height="{ROW_H - 6}" '
                       f'fill="{b.colour}"/>')
        if wb > 0:
            out.append(f'<rect class="bound" x="{LABEL_W + we:.1f}" y="{y + 3}" width="{wb:.1f}" '
                       f'height="{ROW_H - 6}" fill="url(#hatch)" stroke="#c0392b" stroke-width="0.5"/>')
        out.append(f'<text x="{LABEL_W + we + wb + 5:.1f}" y="{y + 15}" fill="#333">{escape(b.label)}</text></g>')
    out.append("</svg>")
    if rest:
        note = (note + " " if note else "") + f"(and {len(rest)} more not drawn)"
    return _figure(out, note)


def _figure(svg: list[str], note: str) -> str:
    return ('<figure class="chart">' + "".join(svg)
            + (f'<figcaption class="note">{escape(note)}</figcaption>' if note else "") + "</figure>")


def line(title: str, unit: str, data: list[Point], note: str = "") -> str:
    """A line by year: the exact totals solid, with the bounds added dashed."""
    data = sorted(data, key=lambda p: p.x)
    height, left, right, top_pad, bottom = 260, 70, 30, 34, 40
    plot_w, plot_h = WIDTH - left - right, height - top_pad - bottom
    top = max((p.exact + p.bound for p in data), default=0)
    ticks = nice_ticks(top)
    xs = [p.x for p in data]
    span = (max(xs) - min(xs)) if len(xs) > 1 else 1

    def px(x: int) -> float:
        return left + (plot_w * (x - min(xs)) / span if len(xs) > 1 else plot_w / 2)

    def py(v: float) -> float:
        return top_pad + plot_h - plot_h * v / ticks[-1]

    out = [f'<svg class="chart line" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height}" '
           f'width="{WIDTH}" height="{height}" role="img" aria-label="{escape(title)}" {FONT} font-size="12">',
           f'<text x="0" y="16" font-size="14" font-weight="bold">{escape(title)}</text>']
    for t in ticks:
        y = py(t)
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{WIDTH - right}" y2="{y:.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="#555">{_num(t)}</text>')
    out.append(f'<text x="14" y="{top_pad + plot_h / 2:.1f}" transform="rotate(-90 14 {top_pad + plot_h / 2:.1f})" '
               f'text-anchor="middle" fill="#333">{escape(unit)}</text>')
    for x in xs:
        out.append(f'<text x="{px(x):.1f}" y="{height - bottom + 16}" text-anchor="middle" fill="#555">{x}</text>')
    out.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 6}" text-anchor="middle" fill="#333">年 (year)</text>')
    if data:
        if any(p.bound for p in data):
            pts = " ".join(f"{px(p.x):.1f},{py(p.exact + p.bound):.1f}" for p in data)
            out.append(f'<polyline class="bound" points="{pts}" fill="none" stroke="#c0392b" stroke-dasharray="4 3"/>')
        pts = " ".join(f"{px(p.x):.1f},{py(p.exact):.1f}" for p in data)
        out.append(f'<polyline class="exact" points="{pts}" fill="none" stroke="#c0392b" stroke-width="2"/>')
        for i, p in enumerate(data):
            # the first label starts at its point, the last ends at it: both stay in the frame
            anchor = "start" if i == 0 and len(data) > 1 else "end" if i == len(data) - 1 and len(data) > 1 \
                else "middle"
            out.append(f'<g class="point" data-key="{p.x}"><title>{p.x}: {escape(p.label)} {escape(unit)}</title>'
                       f'<circle cx="{px(p.x):.1f}" cy="{py(p.exact + p.bound):.1f}" r="3.5" fill="#c0392b"/>'
                       f'<text x="{px(p.x):.1f}" y="{py(p.exact + p.bound) - 8:.1f}" text-anchor="{anchor}" '
                       f'fill="#333">{escape(p.label)}</text></g>')
    else:
        out.append(f'<text x="{left + 10}" y="{top_pad + 20}" fill="#888">—</text>')
    out.append("</svg>")
    return _figure(out, note)


#: the hatch pattern of the bound parts, defined once in the page
HATCH = ('<svg width="0" height="0" style="position:absolute"><defs><pattern id="hatch" width="6" height="6" '
         'patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f6d5d1"/>'
         '<line x1="0" y1="0" x2="0" y2="6" stroke="#c0392b" stroke-width="2"/></pattern></defs></svg>')


def _short(name: str, n: int = 16) -> str:
    return name if len(name) <= n else name[:n - 1] + "…"


__all__ = ["Bar", "Point", "bars", "line", "nice_ticks", "HATCH"]
