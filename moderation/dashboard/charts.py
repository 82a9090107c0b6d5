"""Chart geometry for server-rendered SVG: pure functions from numbers to shapes, no drawing."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    css: str
    title: str


@dataclass(frozen=True)
class Tick:
    position: float
    label: str


@dataclass
class Chart:
    width: int
    height: int
    bars: list[Bar] = field(default_factory=list)
    y_ticks: list[Tick] = field(default_factory=list)
    x_ticks: list[Tick] = field(default_factory=list)
    plot_left: float = 0
    plot_bottom: float = 0


def nice_step(value: float) -> float:
    """A round step at or above ``value``: 1, 2, 3 or 5 times a power of ten (whole counts)."""
    if value <= 1:
        return 1.0
    power = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 3, 5, 10):
        if value <= step * power:
            return float(step * power)
    return float(10 * power)  # pragma: no cover


def stacked_columns(
    x_labels: Sequence[str],
    series: Sequence[tuple[str, str, Sequence[int]]],
    *,
    width: int = 1200,
    height: int = 260,
    label_every: int = 1,
) -> Chart:
    """Columns per x value, stacked by series ``(name, css class, values)``."""
    left, bottom, top = 40.0, height - 24.0, 8.0
    totals = [sum(values[i] for _, _, values in series) for i in range(len(x_labels))]
    peak = 4 * nice_step(max(totals, default=0) / 4)
    chart = Chart(width, height, plot_left=left, plot_bottom=bottom)
    slot = (width - left - 4) / max(1, len(x_labels))
    scale = (bottom - top) / peak
    for index, label in enumerate(x_labels):
        x = left + index * slot + slot * 0.15
        y = bottom
        for name, css, values in series:
            value = values[index]
            if value:
                h = value * scale
                y -= h
                chart.bars.append(Bar(x, y, slot * 0.7, h, css, f"{label}: {name} {value}"))
        if index % label_every == 0:
            chart.x_ticks.append(Tick(left + index * slot + slot / 2, label))
    for step in range(5):
        value = peak * step / 4
        chart.y_ticks.append(Tick(bottom - value * scale, _short(value)))
    return chart


@dataclass(frozen=True)
class Row:
    label: str
    value: float
    text: str
    css: str
    fraction: float  # of the longest row, 0..1


def rows(items: Sequence[tuple[str, float, str, str]]) -> list[Row]:
    """Horizontal bars ``(label, value, shown text, css class)``, scaled to the largest."""
    peak = max((value for _, value, _, _ in items), default=0) or 1
    return [Row(label, value, text, css, value / peak) for label, value, text, css in items]


def histogram(
    counts: Sequence[int],
    *,
    width: int = 200,
    height: int = 70,
    score: Callable[[float], str] = lambda value: f"{value:.1f}",
) -> Chart:
    """Bars for score bins 0.0-0.1 ... 0.9-1.0; heights on a square-root scale. ``score``
    writes a bin's bounds in the page's language ("0,5").

    Most comments score near zero: a linear axis would flatten every other bin.
    """
    bottom, top = height - 2.0, 2.0
    peak = math.sqrt(max(counts, default=0)) or 1
    slot = width / max(1, len(counts))
    chart = Chart(width, height, plot_bottom=bottom)
    for index, count in enumerate(counts):
        h = (bottom - top) * math.sqrt(count) / peak
        low = index / len(counts)
        title = f"{score(low)}–{score(low + 1 / len(counts))}: {count}"
        css = "bin high" if low >= 0.5 else "bin"
        chart.bars.append(Bar(index * slot + 1, bottom - h, slot - 2, h, css, title))
    return chart


def _short(value: float) -> str:
    if value >= 1000:
        return f"{value / 1000:g}k"
    return f"{value:g}"
