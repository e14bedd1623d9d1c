"""The cumulative progress chart 2021–2030 per objective, as a picture the plugin makes itself.

QGIS 3.22 print layouts have no chart item, so the report places a picture:
a PNG drawn with matplotlib when the Python running QGIS has it (Debian's
``python3-matplotlib``; no pyplot, so no global backend is touched), else an
SVG drawn here.  One small panel per objective: the realised cumulative
series (solid), realised plus planned (dashed), the 2030 target (a
horizontal line) and the straight path to it; numbers in Dutch notation.
"""

from __future__ import annotations

import html
import math
from typing import Any

from ..core.progress_table import format_number, unit_label

REALISED = "#1b7837"
PLANNED = "#5aae61"
TARGET = "#b2182b"
PATH = "#999999"

_TEXTS = {
    "nl": {"realised": "gerealiseerd", "planned": "+ gepland", "target": "doel 2030",
           "path": "lineair pad", "unknown": "doel onbekend"},
    "en": {"realised": "realised", "planned": "+ planned", "target": "2030 target",
           "path": "linear path", "unknown": "target unknown"},
}


def has_matplotlib() -> bool:
    try:
        import matplotlib  # noqa: F401
    except ImportError:
        return False
    return True


def _series(d: dict[str, Any]) -> tuple[list[float], list[float]]:
    """Cumulative realised and realised + planned, starting from 0 at the end of 2020."""
    realised = [0.0, *d["reeks"]["gerealiseerd"]]
    with_planned = [r + p for r, p in zip(realised, [0.0, *d["reeks"]["gepland"]], strict=True)]
    return realised, with_planned


def _title(d: dict[str, Any], lang: str) -> str:
    label = d["label"] if lang == "nl" else d["label_en"]
    return f"{label} ({unit_label(d['eenheid'], lang)})"


def render_png(voortgang: dict[str, Any], path: str, lang: str = "nl", *, width_mm: float = 186,
               height_mm: float = 118, dpi: int = 200, objectives: list[str] | None = None,
               cols: int | None = None) -> str:
    """The chart as a PNG at ``path`` (matplotlib, without pyplot)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    texts = _TEXTS[lang]
    entries = [d for d in voortgang["doelstellingen"] if objectives is None or d["doelstelling"] in objectives]
    years = [voortgang["jaren"][0] - 1, *voortgang["jaren"]]
    cols = cols or (3 if len(entries) > 4 else 2 if len(entries) > 1 else 1)
    rows = -(-len(entries) // cols)  # an odd count leaves a cell: it holds the legend
    fig = Figure(figsize=(width_mm / 25.4, height_mm / 25.4), dpi=dpi)
    FigureCanvasAgg(fig)
    number = FuncFormatter(lambda v, _pos: format_number(v, lang, 1))
    handles = None
    for k, d in enumerate(entries):
        ax = fig.add_subplot(rows, cols, k + 1)
        realised, with_planned = _series(d)
        lines = [ax.plot(years, realised, color=REALISED, linewidth=2, marker="o", markersize=2.5,
                         label=texts["realised"])[0],
                 ax.plot(years, with_planned, color=PLANNED, linewidth=1.5, linestyle="--",
                         label=texts["planned"])[0]]
        goal = d["doel_waarde"]
        if goal is not None:
            lines.append(ax.axhline(goal, color=TARGET, linewidth=1.2, label=texts["target"]))
            lines.append(ax.plot([years[0], years[-1]], [0, goal], color=PATH, linewidth=0.8,
                                 linestyle=":", label=texts["path"])[0])
            ax.set_ylim(bottom=min(0, min(realised)), top=max(goal, max(with_planned)) * 1.08 or 1)
        else:
            ax.text(0.5, 0.5, texts["unknown"], transform=ax.transAxes, ha="center", va="center",
                    color=TARGET, fontsize=8)
            ax.set_ylim(bottom=min(0, min(realised)), top=max(1, max(with_planned)) * 1.15)
        handles = handles if handles and len(handles) >= len(lines) else lines
        ax.set_title(_title(d, lang), fontsize=9, loc="left")
        ax.set_xlim(years[0], years[-1])
        ax.set_xticks(years[1::3])
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _pos: str(int(v))))
        ax.yaxis.set_major_locator(MaxNLocator(5))
        ax.yaxis.set_major_formatter(number)
        ax.tick_params(labelsize=7)
        ax.grid(True, color="#dddddd", linewidth=0.5)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    bottom = 0.0
    if handles:
        if len(entries) % cols:
            legend_ax = fig.add_subplot(rows, cols, len(entries) + 1)
            legend_ax.axis("off")
            legend_ax.legend(handles=handles, loc="center", fontsize=8, frameon=False)
        else:
            narrow = width_mm < 110  # the dock: two legend columns, so no label is cut off
            fig.legend(handles=handles, loc="lower center", ncol=2 if narrow else len(handles), fontsize=7,
                       frameon=False, handlelength=1.5, columnspacing=0.8, handletextpad=0.4)
            bottom = 0.17 if narrow else 0.09
    fig.tight_layout(rect=(0, bottom, 1, 1))
    fig.savefig(path, format="png")
    return path


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round axis values (0, 5.000, 10.000, …) between ``low`` and ``high``."""
    span = max(high - low, 1e-9)
    raw = span / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.ceil(low / step) * step
    ticks = []
    v = first
    while v <= high + 1e-9:
        ticks.append(round(v, 10))
        v += step
    return ticks


def render_svg(voortgang: dict[str, Any], path: str, lang: str = "nl", *, width: int = 680,
               panel_height: int = 170) -> str:
    """The same chart drawn as SVG without any library (when matplotlib is missing)."""
    texts = _TEXTS[lang]
    entries = voortgang["doelstellingen"]
    years = [voortgang["jaren"][0] - 1, *voortgang["jaren"]]
    cols = 2
    rows = (len(entries) + 1) // 2
    pw, ph = width / cols, panel_height
    left, right, top, bottom = 58, 12, 22, 22
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{rows * ph}" '
           f'viewBox="0 0 {width} {rows * ph}" font-family="sans-serif">',
           f'<rect width="{width}" height="{rows * ph}" fill="white"/>']
    for k, d in enumerate(entries):
        ox, oy = (k % cols) * pw, (k // cols) * ph
        realised, with_planned = _series(d)
        goal = d["doel_waarde"]
        ymax = max(goal or 0, max(with_planned), 1) * 1.08
        ymin = min(0, min(realised))
        x0, x1 = years[0], years[-1]

        def sx(year, ox=ox, x0=x0, x1=x1):
            return ox + left + (year - x0) / (x1 - x0) * (pw - left - right)

        def sy(v, oy=oy, ymin=ymin, ymax=ymax):
            return oy + top + (1 - (v - ymin) / (ymax - ymin)) * (ph - top - bottom)

        out.append(f'<text x="{ox + left}" y="{oy + 14}" font-size="11">{html.escape(_title(d, lang))}</text>')
        for v in nice_ticks(ymin, ymax):
            out.append(f'<line x1="{sx(x0)}" x2="{sx(x1)}" y1="{sy(v)}" y2="{sy(v)}" stroke="#ddd"/>')
            out.append(f'<text x="{ox + left - 4}" y="{sy(v) + 3}" font-size="8" text-anchor="end">'
                       f'{html.escape(format_number(v, lang, 1))}</text>')
        for y in years[1::3]:
            out.append(f'<text x="{sx(y)}" y="{oy + ph - 6}" font-size="8" text-anchor="middle">{y}</text>')
        if goal is not None:
            out.append(f'<line x1="{sx(x0)}" x2="{sx(x1)}" y1="{sy(goal)}" y2="{sy(goal)}" stroke="{TARGET}"/>')
            out.append(f'<line x1="{sx(x0)}" x2="{sx(x1)}" y1="{sy(0)}" y2="{sy(goal)}" stroke="{PATH}" '
                       f'stroke-dasharray="1 3"/>')
        else:
            out.append(f'<text x="{ox + pw / 2}" y="{oy + ph / 2}" font-size="10" fill="{TARGET}" '
                       f'text-anchor="middle">{texts["unknown"]}</text>')
        for series, color, dash in ((with_planned, PLANNED, ' stroke-dasharray="4 3"'), (realised, REALISED, "")):
            pts = " ".join(f"{sx(y):.1f},{sy(v):.1f}" for y, v in zip(years, series, strict=True))
            out.append(f'<polyline points="{pts}" fill="none" stroke="{color}" stroke-width="2"{dash}/>')
    # the legend, in the free cell (or under the last panel)
    lx, ly = (len(entries) % cols) * pw + left, (len(entries) // cols) * ph + 30
    if not len(entries) % cols:
        ly = rows * ph - 10
    for k, (name, color, dash) in enumerate((("realised", REALISED, ""), ("planned", PLANNED, "4 3"),
                                             ("target", TARGET, ""), ("path", PATH, "1 3"))):
        y = ly + k * 16
        out.append(f'<line x1="{lx}" x2="{lx + 24}" y1="{y}" y2="{y}" stroke="{color}" stroke-width="2"'
                   + (f' stroke-dasharray="{dash}"' if dash else "") + "/>")
        out.append(f'<text x="{lx + 30}" y="{y + 4}" font-size="10">{html.escape(texts[name])}</text>')
    out.append("</svg>")
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(out))
    return path


def render(voortgang: dict[str, Any], base_path: str, lang: str = "nl", **kwargs) -> str:
    """PNG with matplotlib when available, else SVG; returns the file written (``base_path`` + suffix)."""
    if has_matplotlib():
        return render_png(voortgang, base_path + ".png", lang, **kwargs)
    return render_svg(voortgang, base_path + ".svg", lang)
