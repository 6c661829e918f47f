"""One self-contained HTML page about predictions: scoreboard, timeline chart, every prediction
with its quote, source link, evidence and judgements. No scripts, no external files."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Dict, List, Optional, Sequence

from .store import Table
from .tracking import Tracked, period_end, scoreboard, short_id, today

SCOREBOARD_ROWS = 25
TIMELINE_ROWS = 60
COLOURS = {"confirmed": "#1a7f37", "refuted": "#cf222e", "due": "#bf8700", "open": "#57606a", "expired": "#8250df",
           "void": "#6e7781"}
CSS = """
body { font: 15px/1.5 -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; margin: 0; background: #f6f8fa; }
main { max-width: 1180px; margin: 0 auto; padding: 28px 32px 60px; background: #fff; }
h1 { font-size: 28px; margin: 0 0 4px; } h2 { font-size: 20px; margin: 36px 0 10px; border-bottom: 1px solid #d0d7de; padding-bottom: 6px; }
.sub { color: #57606a; margin: 0 0 18px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid #eaeef2; vertical-align: top; }
th { background: #f6f8fa; font-weight: 600; } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.badge { display: inline-block; padding: 1px 9px; border-radius: 10px; color: #fff; font-size: 12px; font-weight: 600; }
.cards { display: grid; gap: 14px; }
.card { border: 1px solid #d0d7de; border-radius: 8px; padding: 12px 16px; }
.card h3 { font-size: 16px; margin: 0 0 6px; } .meta { color: #57606a; font-size: 13px; }
blockquote { margin: 8px 0; padding: 4px 12px; border-left: 3px solid #d0d7de; color: #424a53; font-style: italic; }
.history { font-size: 13px; margin: 6px 0 0; padding-left: 18px; } a { color: #0969da; }
.legend span { margin-right: 14px; font-size: 13px; } .chart { overflow-x: auto; }
"""


def _badge(status: str) -> str:
    return f'<span class="badge" style="background:{COLOURS.get(status, "#57606a")}">{escape(status)}</span>'


def _table(table: Table, numeric: Sequence[str] = ()) -> str:
    head = "".join(f'<th class="{"num" if c in numeric else ""}">{escape(c.replace("_", " "))}</th>' for c in table.columns)
    rows = []
    for row in table.rows:
        cells = []
        for column, value in zip(table.columns, row):
            text = "" if value is None else (f"{value:.3f}" if isinstance(value, float) else str(value))
            cells.append(f'<td class="{"num" if column in numeric else ""}">{escape(text)}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _day(value: Optional[str], end: bool = False) -> Optional[dt.date]:
    if not value:
        return None
    text = period_end(value) if end else value[:10] + {4: "-01-01", 7: "-01"}.get(len(value[:10]), "")
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def timeline_svg(items: Sequence[Tracked], as_of: str, width: int = 1100) -> str:
    """Each prediction a row: made (dot) -> deadline (bar end) -> outcome (marker), over years."""
    rows = [p for p in items if _day(p.made or p.date)]
    if not rows:
        return "<p>No dated predictions.</p>"
    now = dt.date.fromisoformat(as_of)
    starts = [_day(p.made or p.date) for p in rows]
    ends = [_day(p.deadline, end=True) or now for p in rows]
    first = min(starts).replace(month=1, day=1)
    last = max(max(ends), now)
    last = dt.date(last.year + 1, 1, 1)
    label_w, row_h, top = 330, 26, 34
    plot_w = width - label_w - 20
    height = top + row_h * len(rows) + 30
    span = (last - first).days or 1

    def x(day: dt.date) -> float:
        return label_w + plot_w * (day - first).days / span

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="Timeline of predictions" font-family="Helvetica, Arial, sans-serif" font-size="12">']
    for year in range(first.year, last.year + 1):
        gx = x(dt.date(year, 1, 1))
        parts.append(f'<line x1="{gx:.1f}" y1="{top - 8}" x2="{gx:.1f}" y2="{height - 24}" stroke="#eaeef2"/>')
        parts.append(f'<text x="{gx + 3:.1f}" y="{top - 14}" fill="#57606a">{year}</text>')
    nx_ = x(now)
    parts.append(f'<line x1="{nx_:.1f}" y1="{top - 8}" x2="{nx_:.1f}" y2="{height - 24}" stroke="#0969da" '
                 f'stroke-dasharray="4 3"/><text x="{nx_ + 3:.1f}" y="{height - 10}" fill="#0969da">as of {as_of}</text>')
    for i, (p, start, end) in enumerate(zip(rows, starts, ends)):
        y = top + i * row_h + row_h / 2
        status, judgement = p.status(as_of)
        colour = COLOURS.get(status, "#57606a")
        label = f"{p.predictor or '?'}: {p.statement}"
        label = label if len(label) <= 52 else label[:51] + "…"
        parts.append(f'<text x="4" y="{y + 4:.1f}" fill="#1f2328"><title>{escape(p.statement)}</title>{escape(label)}</text>')
        dash = "" if p.deadline else ' stroke-dasharray="5 4"'
        parts.append(f'<line x1="{x(start):.1f}" y1="{y:.1f}" x2="{x(end):.1f}" y2="{y:.1f}" stroke="{colour}" '
                     f'stroke-width="5" stroke-linecap="round" opacity="0.45"{dash}/>')
        parts.append(f'<circle cx="{x(start):.1f}" cy="{y:.1f}" r="5" fill="{colour}"><title>made {escape(p.made or p.date or "")}</title></circle>')
        if p.deadline:
            dx = x(end)
            parts.append(f'<rect x="{dx - 4:.1f}" y="{y - 7:.1f}" width="3" height="14" fill="#1f2328">'
                         f'<title>deadline {escape(p.deadline)}</title></rect>')
        if judgement is not None and _day(judgement.at):
            ox = x(_day(judgement.at))
            mark = "✓" if status == "confirmed" else "✗" if status == "refuted" else "•"
            parts.append(f'<text x="{ox - 5:.1f}" y="{y + 5:.1f}" fill="{colour}" font-size="16" font-weight="bold">'
                         f'<title>{escape(status)} {escape(judgement.at[:10])} by {escape(judgement.by)}</title>{mark}</text>')
    parts.append("</svg>")
    return "".join(parts)


def render_html(predictions: Sequence[Tracked], as_of: Optional[str] = None,
                evidence: Optional[Dict[str, List]] = None, title: str = "Predictions and how they turned out") -> str:
    """The whole page as a string."""
    as_of = as_of or today()
    visible = [p for p in predictions if p.visible(as_of)]
    counts: Dict[str, int] = {}
    for p in visible:
        status = p.status(as_of)[0]
        counts[status] = counts.get(status, 0) + 1
    numeric = ("made", "open", "due", "resolved", "confirmed", "refuted", "expired", "void", "hit_rate", "brier", "brier_n")
    people = scoreboard(visible, as_of, by="predictor")
    outlets = scoreboard(visible, as_of, by="outlet")
    hidden = max(0, len(people.rows) - SCOREBOARD_ROWS)
    people = Table(people.columns, people.rows[:SCOREBOARD_ROWS])
    on_chart = [p for p in visible if p.deadline or p.status(as_of)[1] is not None]
    on_chart = sorted(on_chart, key=lambda p: (p.status(as_of)[0] in ("open",), p.made or ""))[:TIMELINE_ROWS]
    on_chart = sorted(on_chart, key=lambda p: (p.made or p.date or "", p.predictor or ""))
    summary = " · ".join(f"{n} {s}" for s, n in sorted(counts.items(), key=lambda kv: -kv[1]))
    cards = []
    for p in sorted(visible, key=lambda p: (p.status(as_of)[0] not in ("confirmed", "refuted"), p.predictor or "~", p.made or "")):
        status, _ = p.status(as_of)
        source = escape(p.title or p.article)
        link = f'<a href="{escape(p.url)}">{source}</a>' if p.url else source
        facts = [f"made {escape(p.made or '?')}", f"deadline {escape(p.deadline or 'none')}"]
        if p.probability is not None:
            facts.append(f"stated probability {p.probability:.0%}")
        history = "".join(
            f"<li>{_badge(j.outcome)} {escape(j.at[:10])} by {escape(j.by)} ({escape(j.method)})"
            f"{': ' + escape(j.note) if j.note else ''}</li>" for j in p.judgements if (j.at or '')[:10] <= as_of)
        proposals = "".join(
            f"<li>score {k.score:.2f}{', suggests ' + escape(k.outcome) if k.outcome else ''}: {escape(k.reason)}</li>"
            for k in (evidence or {}).get(p.iri, [])[:3])
        cards.append(
            f'<section class="card" id="p-{short_id(p.iri)}"><h3>{_badge(status)} {escape(p.predictor or "unattributed")}: '
            f'{escape(p.statement)}</h3><div class="meta">{" · ".join(facts)} · source: {link}'
            f'{" (" + escape(p.publisher) + ", " + escape(p.date or "") + ")" if p.publisher else ""} · id {short_id(p.iri)}</div>'
            f"<blockquote>{escape(p.quote)}</blockquote>"
            + (f'<div class="meta">Judgements</div><ul class="history">{history}</ul>' if history else "")
            + (f'<div class="meta">Candidate evidence</div><ul class="history">{proposals}</ul>' if proposals else "")
            + "</section>")
    legend = "".join(f'<span>{_badge(s)}</span>' for s in ("confirmed", "refuted", "due", "open", "expired", "void"))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title><style>{CSS}</style></head>
<body><main>
<h1>{escape(title)}</h1>
<p class="sub">As of {escape(as_of)} · {len(visible)} predictions · {escape(summary)} · generated by kg on {escape(today())}</p>
<h2>Scoreboard by forecaster</h2>
<p class="sub">Hit rate = confirmed / (confirmed + refuted). Brier = mean of (p − o)² over resolved predictions that stated a
probability p (o = 1 if confirmed, 0 if refuted); lower is better. Open predictions count as made but are not scored.</p>
{_table(people, numeric)}
{f'<p class="sub">… and {hidden} more forecasters with fewer resolved predictions (see `kg predictions scoreboard`).</p>' if hidden else ''}
<h2>Scoreboard by outlet</h2>
{_table(outlets, numeric)}
<h2>Timeline</h2>
<p class="sub legend">Dot: made · bar: until the deadline (dashed: none given) · mark: outcome. {legend}</p>
<div class="chart">{timeline_svg(on_chart, as_of)}</div>
<p class="sub">{len(on_chart)} of {len(visible)} predictions: those with a deadline or an outcome, resolved ones first.</p>
<h2>Every prediction</h2>
<div class="cards">{''.join(cards)}</div>
</main></body></html>
"""
