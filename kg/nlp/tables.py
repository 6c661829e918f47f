"""Tables in the text: Markdown pipe tables, and the rows HTML tables become when read.

A launch post or a newsletter often gives its scores and prices in a table rather than in
sentences::

    | Model | Input | SWE-bench Verified | GPQA Diamond |
    |---|---|---|---|
    | GPT-5 | $1.25 | 74.9% | 85.7% |

:func:`find_tables` returns each table's header and rows as cells with their character
offsets in the text, so that a claim read from a cell can point at its row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List, Optional, Tuple

ROW_RX = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.M)
SEPARATOR_RX = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+(?:[ \t]*:?-{2,}:?[ \t]*)?[ \t]*$")
# what a figure in a cell may look like: "74.9%", "1,462", "$1.25", "€0.90", "71.4 pts", "−3.2"
CELL_NUMBER_RX = re.compile(r"(?P<cur>[$€£])?\s*(?P<sign>[-−–])?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*"
                            r"(?P<unit>%|percent|per cent|pts?|points|Elo)?")


@dataclass(frozen=True)
class Cell:
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Table:
    header: Tuple[Cell, ...]
    rows: Tuple[Tuple[Tuple[Cell, ...], int, int], ...]  # (cells, row start, row end)


def _cells(text: str, start: int, end: int) -> Tuple[Cell, ...]:
    line = text[start:end]
    bars = [i for i, c in enumerate(line) if c == "|" and (i == 0 or line[i - 1] != "\\")]
    out = []
    for a, b in zip(bars, bars[1:]):
        raw = line[a + 1:b]
        lead = len(raw) - len(raw.lstrip())
        content = raw.strip()
        out.append(Cell(content, start + a + 1 + lead, start + a + 1 + lead + len(content)))
    return tuple(out)


def find_tables(text: str) -> List[Table]:
    """Every pipe table with a header row, a separator row and at least one body row."""
    lines = [(m.start(), m.end()) for m in ROW_RX.finditer(text)]
    tables = []
    i = 0
    while i + 2 < len(lines) + 1:
        if i + 1 >= len(lines):
            break
        (hs, he), (ss, se) = lines[i], lines[i + 1]
        adjacent = text[he:ss].count("\n") == 1
        if not (adjacent and SEPARATOR_RX.match(text[ss:se])):
            i += 1
            continue
        header = _cells(text, hs, he)
        rows = []
        j = i + 2
        prev_end = se
        while j < len(lines) and text[prev_end:lines[j][0]].count("\n") == 1:
            rs, re_ = lines[j]
            rows.append((_cells(text, rs, re_), rs, re_))
            prev_end = re_
            j += 1
        if rows:
            tables.append(Table(header, tuple(rows)))
        i = j
    return tables


def cell_figure(cell: Cell) -> Optional[Tuple[float, Optional[str], Optional[str]]]:
    """(value, unit written in the cell, currency) when the whole cell is one figure, else None."""
    m = CELL_NUMBER_RX.fullmatch(cell.text.replace("\u00a0", " ").strip(" *_"))
    if m is None:
        return None
    value = float(m.group("num").replace(",", ""))
    if m.group("sign"):
        value = -value
    unit = m.group("unit")
    if unit in ("percent", "per cent"):
        unit = "%"
    elif unit in ("pt", "pts", "points"):
        unit = "points"
    currency = {"$": "USD", "€": "EUR", "£": "GBP"}.get(m.group("cur") or "")
    return value, unit, currency
