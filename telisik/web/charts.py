"""Charts as inline SVG, drawn on the server: bars for counts per period, sparklines per site.

No chart library and no script: the SVG is markup in the page, so charts work offline and with JavaScript
off. Every label is escaped here (the labels can be site names, which come from the web).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from markupsafe import Markup

BAR = "#2f6f9f"
ACCENT = "#c0392b"
AXIS = "#888"


def _num(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _label_every(count: int, room: float, per_label: float = 64.0) -> int:
    """Show every n-th label so that labels do not overlap."""
    return max(1, int(per_label * count / room) + 1) if count else 1


def bar_chart(
    labels: Sequence[str],
    values: Sequence[float],
    *,
    title: str,
    width: int = 760,
    height: int = 220,
    value_format: str = "{:,.0f}",
    color: str = BAR,
) -> Markup:
    """A vertical bar chart; each bar has a tooltip (<title>) with its label and value."""
    left, right, top, bottom = 48, 8, 10, 34
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max(values, default=0) or 1
    n = len(values)
    step = plot_w / n if n else plot_w
    gap = step * 0.15 if step > 3 else 0
    parts = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}</title>',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{width - right}" y2="{top + plot_h}" stroke="{AXIS}"/>',
    ]
    for fraction in (0.5, 1.0):
        y = top + plot_h * (1 - fraction)
        parts.append(
            f'<line x1="{left}" y1="{_num(y)}" x2="{width - right}" y2="{_num(y)}" stroke="#ddd"/>'
            f'<text x="{left - 4}" y="{_num(y + 4)}" text-anchor="end" class="tick">'
            f"{escape(value_format.format(peak * fraction))}</text>"
        )
    every = _label_every(n, plot_w)
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        x = left + i * step
        h = plot_h * value / peak
        tip = f"{label}: {value_format.format(value)}"
        parts.append(
            f'<rect x="{_num(x + gap / 2)}" y="{_num(top + plot_h - h)}" width="{_num(max(step - gap, 0.5))}" '
            f'height="{_num(h)}" fill="{color}"><title>{escape(tip)}</title></rect>'
        )
        if i % every == 0:
            parts.append(
                f'<text x="{_num(x + step / 2)}" y="{height - bottom + 16}" text-anchor="middle" class="tick">'
                f"{escape(label)}</text>"
            )
    parts.append("</svg>")
    return Markup("".join(parts))


def sparkline(values: Sequence[int], *, label: str, width: int = 180, height: int = 28) -> Markup:
    """A small line of daily counts with its peak marked; the label is the accessible name."""
    n = len(values)
    peak = max(values, default=0) or 1
    if n < 2:
        return Markup("")
    points = " ".join(
        f"{_num(i * (width - 2) / (n - 1) + 1)},{_num(height - 2 - (height - 4) * v / peak)}"
        for i, v in enumerate(values)
    )
    total = sum(values)
    return Markup(
        f'<svg class="spark" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'xmlns="http://www.w3.org/2000/svg"><title>{escape(label)}: {total:,} articles, at most {max(values):,} '
        f'a day</title><polyline fill="none" stroke="{BAR}" stroke-width="1.5" points="{points}"/></svg>'
    )
