"""Time expressions resolved against an article's date, keeping their precision.

Results are ISO strings whose length is their precision: "2023" (year), "2023-03" (month),
"2023-03-14" (day). Periods resolve to their last month ("Q3 2025" -> "2025-09", "mid-2026"
-> "2026-06"), because a deadline that names a period means its end.

>>> anchor = dt.date(2025, 9, 15)
>>> [resolve(x, anchor) for x in ("two years ago", "last March", "next year", "in 2023", "Q3 2024")]
['2023', '2025-03', '2026', '2023', '2024-09']
>>> [resolve(x, dt.date(2023, 5, 1)) for x in ("within five years", "by the end of next year", "by mid-2025")]
['2028', '2024', '2025-06']
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Optional, Tuple

MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), start=1)}
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "twenty-four": 24,
          "thirty": 30, "thirty-six": 36, "a couple of": 2, "a few": 3, "several": 3}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
_COUNT = (r"(?:\d+|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
          r"fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty-four|twenty|thirty-six|thirty)")
_YEAR = r"(?:19|20)\d{2}"

TIME_RX = re.compile(
    # starts at a word's start: tried at every position otherwise, and "again this year" read "in this year"
    r"(?<!\w)(?P<expr>"
    rf"(?:by|before|until|through|within|in|over|during|since|from|as of|back in|earlier in|later in|early|late|mid|end of|the end of|by the end of|before the end of)?\s*"
    r"(?:"
    rf"{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_YEAR}"
    rf"|\d{{1,2}}\s+{_MONTH}\s+{_YEAR}"
    rf"|(?:early|late|mid|the end of|end of|the start of|the beginning of|the middle of)[\s-]+(?:next year|this year|last year|{_YEAR}|the decade|the year)"
    r"|(?:year-end|year end|the year-end)"
    rf"|(?:the\s+)?(?:first|second|third|fourth|1st|2nd|3rd|4th)\s+(?:quarter|half)\s+(?:of\s+)?(?:fiscal\s+)?(?:{_YEAR}|this year|next year|last year)"
    rf"|(?:Q[1-4]|H[12])\s+(?:FY\s?)?{_YEAR}|(?:FY|fiscal(?:\s+year)?\s+)\s?{_YEAR}|FY\s?\d{{2}}(?!\d)"
    r"|(?:the\s+)?(?:current|present)\s+(?:fiscal\s+)?(?:quarter|year)|this\s+fiscal\s+(?:quarter|year)"
    r"|the\s+(?:first|second|third|fourth)\s+quarter(?!\s+(?:of|ended|ending)\b)"
    rf"|(?:last|this|next|past|coming)\s+{_MONTH}"
    rf"|(?:by|before|until|by the end of|before the end of|the end of|end of)\s+{_MONTH}(?!\s*\d)"
    rf"|{_MONTH}(?:\s+of)?\s+(?:{_YEAR}|last year|this year|next year)"
    rf"|{_COUNT}\s+(?:years?|months?|weeks?|quarters?|decades?)\s+ago"
    rf"|(?:the\s+)?(?:next|coming|following|past|last)\s+(?:{_COUNT}\s+)?(?:years?|months?|quarters?|decades?|weeks?)"
    rf"|(?:last|this|next)\s+(?:year|month|quarter|week|decade|spring|summer|autumn|fall|winter)"
    rf"|(?:{_COUNT}\s+(?:years?|months?|quarters?|decades?))"
    rf"|the\s+decade|{_YEAR}"
    # a bare month, capitalised ("In March, she predicted", "in a March note"); "may" the verb stays out
    r"|(?-i:January|February|March|April|May|June|July|August|September|October|November|December)(?!\s*\d)(?!\s+(?:be|have|not)\b)"
    r"))(?![\w-])",
    re.I,
)


# every alternative of TIME_RX contains one of these; most sentences have none, and TIME_RX is
# slow to fail because its optional prefix is tried at every position
_ANCHOR_RX = re.compile(r"(?:19|20)\d\d|year|month|week|quarter|decade|\bQ[1-4]\b|\bH[12]\b|\bFY|fiscal|spring|summer|"
                        r"autumn|fall|winter|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)", re.I)


@lru_cache(maxsize=4096)  # claims and predictions ask about the same sentence many times
def find_time_expressions(text: str) -> Tuple[Tuple[int, int, str], ...]:
    """Time expressions in ``text`` as (start, end, text).

    >>> [t for _, _, t in find_time_expressions("She predicted in 2023 that by the end of 2026 it would stop.")]
    ['in 2023', 'by the end of 2026']
    """
    if not _ANCHOR_RX.search(text):
        return ()
    out = []
    for m in TIME_RX.finditer(text):
        expr = m.group("expr").strip().rstrip(".")
        if not expr or expr.lower() in ("in", "by", "over", "within"):
            continue
        start = m.start("expr") + (len(m.group("expr")) - len(m.group("expr").lstrip()))
        duration = re.fullmatch(r"(?:(\w+(?: \w+)?)\s+)?" + _COUNT + r"\s+(?:years?|months?|quarters?|decades?)", expr, re.I)
        if duration and (duration.group(1) or "").lower() not in ("in", "within", "over", "in the next", "over the next"):
            continue  # "a year earlier", "from a year": a duration, not a date
        out.append((start, start + len(expr), expr))
    return tuple(out)


def _shift_month(year: int, month: int, delta: int) -> Tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _fmt(year: int, month: Optional[int] = None, day: Optional[int] = None) -> str:
    if day is not None and month is not None:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if month is not None:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}"


def resolve(expr: str, anchor: Optional[dt.date], precision: str = "day", forward: bool = False) -> Optional[str]:
    """Resolve one time expression; ``None`` when it needs an anchor and has none.

    ``precision`` is the anchor's own ("month" for "last March"): "within a year" of a
    month keeps the month. ``forward``: the expression is a deadline, so a bare month ("revenue
    in the October quarter") is the next one, not the last.

    >>> resolve("March 14, 2025", None), resolve("by 2027", None), resolve("last year", None)
    ('2025-03-14', '2027', None)
    >>> resolve("the second half of 2026", None), resolve("fiscal 2025", None)
    ('2026-12', '2025')
    >>> resolve("within a year", dt.date(2025, 3, 1), "month")
    '2026-03'
    """
    text = re.sub(r"\s+", " ", expr.lower()).strip().rstrip(".")
    text = re.sub(r"^(?:by the end of|before the end of|the end of|end of|by|before|until|through|within|in|over|"
                  r"during|since|from|as of|back in|earlier in|later in)\s+", "", text)
    year_m = re.search(r"\b((?:19|20)\d{2})\b", text)
    anchor_year = anchor.year if anchor else None

    def rel_year(word: str) -> Optional[int]:
        if anchor_year is None:
            return None
        return {"last": anchor_year - 1, "this": anchor_year, "next": anchor_year + 1}.get(word)

    m = re.fullmatch(rf"({_MONTH}) (\d{{1,2}})(?:st|nd|rd|th)?,? ((?:19|20)\d{{2}})", text) or \
        re.fullmatch(rf"(\d{{1,2}}) ({_MONTH}) ((?:19|20)\d{{2}})", text)
    if m:
        a, b, year = m.groups()
        month_word, day = (a, b) if not a.isdigit() else (b, a)
        return _fmt(int(year), MONTHS[month_word.rstrip(".")[:4] if month_word.startswith("sept") else month_word.rstrip(".")[:3]], int(day))
    m = re.fullmatch(r"(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th) (quarter|half) (?:of )?(?:fiscal )?(.+)", text) \
        or re.fullmatch(r"(q[1-4]|h[12]) (?:fy ?)?(.+)", text)
    if m:
        if len(m.groups()) == 3:
            nth, period, year_text = ORDINALS[m.group(1)], m.group(2), m.group(3)
        else:
            nth, period, year_text = int(m.group(1)[1]), "quarter" if m.group(1)[0] == "q" else "half", m.group(2)
        year = int(year_text) if year_text.isdigit() else rel_year(year_text.split()[0])
        if year is None:
            return None
        return _fmt(year, nth * (3 if period == "quarter" else 6))
    m = re.fullmatch(r"(?:fy ?|fiscal (?:year )?)((?:19|20)\d{2})", text)
    if m:
        return m.group(1)
    m = re.fullmatch(r"fy ?(\d{2})", text)
    if m:
        return f"20{m.group(1)}"  # "FY26"
    m = re.fullmatch(r"(?:the )?(?:current|present|this) (?:fiscal )?(quarter|year)", text)
    if m and anchor:  # "the current quarter", "this fiscal year": the article's own period (fiscal calendars aside)
        return _fmt(anchor.year, (anchor.month - 1) // 3 * 3 + 3) if m.group(1) == "quarter" else _fmt(anchor.year)
    m = re.fullmatch(r"the (first|second|third|fourth) quarter", text)
    if m and anchor:  # "in the third quarter" with no year: the next such quarter, at year precision (fiscal years vary)
        end = ORDINALS[m.group(1)] * 3
        return _fmt(anchor.year + 1 if end + 3 < anchor.month else anchor.year)
    if text in ("the year", "year-end", "year end", "the year-end") and anchor_year:
        return _fmt(anchor_year)  # "before the end of the year", "by year-end": the article's year
    m = re.fullmatch(r"(early|late|mid|the start of|the beginning of|the middle of)[ -](.+)", text)
    if m:
        when, rest = m.groups()
        year = int(rest) if rest.isdigit() else (rel_year(rest.split()[0]) if rest != "the decade" else None)
        if rest == "the decade" and anchor_year:
            return _fmt(anchor_year // 10 * 10 + (9 if when == "late" else 5 if when in ("mid", "the middle of") else 0))
        if year is None:
            return None
        return _fmt(year, 6) if when in ("mid", "the middle of") else _fmt(year)
    if text in ("the decade",) and anchor_year:
        return _fmt(anchor_year // 10 * 10 + 9)
    m = re.fullmatch(rf"(last|this|next|past|coming) ({_MONTH})", text)
    if m and anchor:
        month = MONTHS[m.group(2).rstrip(".")[:3]]
        if m.group(1) in ("last", "past"):
            year = anchor.year if month < anchor.month else anchor.year - 1
        elif m.group(1) == "this":
            year = anchor.year
        else:
            year = anchor.year if month > anchor.month else anchor.year + 1
        return _fmt(year, month)
    m = re.fullmatch(rf"({_MONTH})", text)
    if m and anchor and (forward or text != expr.lower().strip()):  # "by June", "before the end of September": the next one
        month = MONTHS[m.group(1).rstrip(".")[:4] if m.group(1).startswith("sept") else m.group(1).rstrip(".")[:3]]
        return _fmt(anchor.year if month >= anchor.month else anchor.year + 1, month)
    if m and anchor:  # "a March note": the latest March up to the article
        month = MONTHS[m.group(1).rstrip(".")[:4] if m.group(1).startswith("sept") else m.group(1).rstrip(".")[:3]]
        return _fmt(anchor.year if month <= anchor.month else anchor.year - 1, month)
    m = re.fullmatch(rf"({_MONTH})(?: of)? (.+)", text)
    if m and not m.group(2).isdigit() and m.group(2).split()[0] in ("last", "this", "next"):
        year = rel_year(m.group(2).split()[0])
        return _fmt(year, MONTHS[m.group(1).rstrip(".")[:3]]) if year else None
    if m and m.group(2).isdigit():
        return _fmt(int(m.group(2)), MONTHS[m.group(1).rstrip(".")[:3]])
    m = re.fullmatch(rf"({_COUNT}) (year|month|week|quarter|decade)s? ago", text)
    if m:
        return _offset(anchor, -COUNTS.get(m.group(1), 0) if not m.group(1).isdigit() else -int(m.group(1)), m.group(2),
                       precision)
    m = re.fullmatch(rf"(?:the )?(next|coming|following|past|last) (?:({_COUNT}) )?(year|month|quarter|decade|week)s?", text)
    if m:
        count = int(m.group(2)) if (m.group(2) or "").isdigit() else COUNTS.get(m.group(2) or "one", 1)
        sign = -1 if m.group(1) in ("past", "last") else 1
        return _offset(anchor, sign * count, m.group(3), precision)
    m = re.fullmatch(r"(last|this|next) (year|month|quarter|week|decade|spring|summer|autumn|fall|winter)", text)
    if m:
        sign = {"last": -1, "this": 0, "next": 1}[m.group(1)]
        unit = m.group(2)
        if unit in ("spring", "summer", "autumn", "fall", "winter"):
            if anchor is None:
                return None
            # the season just gone, or the one to come: "last spring" said in August is this year's spring, said
            # in February it is last year's; "next summer" said in March is this year's
            # (a winter spans two years: counted as the year before or after, as for any unit)
            if unit == "winter" or sign == 0:
                return _fmt(anchor.year + sign)
            first, last = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}[unit]
            if sign < 0:
                return _fmt(anchor.year if anchor.month > last else anchor.year - 1)
            return _fmt(anchor.year if anchor.month < first else anchor.year + 1)
        return _offset(anchor, sign, unit)
    m = re.fullmatch(rf"({_COUNT}) (year|month|quarter|decade)s?", text)
    if m:
        count = int(m.group(1)) if m.group(1).isdigit() else COUNTS.get(m.group(1), 1)
        return _offset(anchor, count, m.group(2), precision)
    if year_m and re.fullmatch(r"(?:19|20)\d{2}", text):
        return year_m.group(1)
    return None


def _offset(anchor: Optional[dt.date], count: int, unit: str, precision: str = "day") -> Optional[str]:
    if anchor is None:
        return None
    if unit == "year":
        return _fmt(anchor.year + count, anchor.month if precision == "month" else None)
    if unit == "decade":
        return _fmt(anchor.year + 10 * count)
    if unit == "quarter":
        return _fmt(*_shift_month(anchor.year, anchor.month, 3 * count))
    if unit == "month":
        return _fmt(*_shift_month(anchor.year, anchor.month, count))
    if unit == "week":
        day = anchor + dt.timedelta(weeks=count)
        return _fmt(day.year, day.month, day.day)
    return None


def before(value: str, other: str) -> bool:
    """Whether partial date ``value`` ends before ``other`` starts (coarse comparison).

    >>> before("2024", "2025-03"), before("2025-03", "2025"), before("2025-02-28", "2025-03")
    (True, False, True)
    """
    n = min(len(value), len(other))
    return value[:n] < other[:n]
