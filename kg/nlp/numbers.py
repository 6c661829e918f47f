"""Numbers with units, normalised to base units: pure functions over text, no spaCy.

>>> [(q.value, q.unit) for q in find_quantities("raised $3.1B at a $61B valuation")]
[(3100000000.0, 'USD'), (61000000000.0, 'USD')]
>>> [(q.value, q.unit) for q in find_quantities("capex of €450 million, up 12.5% on the year")]
[(450000000.0, 'EUR'), (12.5, '%')]
>>> [(q.value, q.unit) for q in find_quantities("between $2 billion and $3 billion")]
[((2000000000.0, 3000000000.0), 'USD')]
>>> [(q.value, q.unit) for q in find_quantities("trained on 14.8 trillion tokens with 2,048 H800 GPUs")]
[(14800000000000.0, 'tokens'), (2048.0, 'GPUs')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import List, Optional, Tuple, Union

Number = Union[float, Tuple[float, float]]

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a": 1, "an": 1,
}
SCALES = {
    "thousand": 1e3, "k": 1e3, "K": 1e3,
    "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6, "M": 1e6, "MM": 1e6, "mil": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "B": 1e9, "bln": 1e9, "bil": 1e9,
    "trillion": 1e12, "tn": 1e12, "trn": 1e12, "T": 1e12, "tr": 1e12, "tril": 1e12,
    "crore": 1e7, "crores": 1e7, "cr": 1e7, "lakh": 1e5, "lakhs": 1e5, "lakh crore": 1e12,  # Indian English
}
CURRENCY_SYMBOLS = {"$": "USD", "US$": "USD", "USD": "USD", "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP",
                    "¥": "CNY", "CNY": "CNY", "RMB": "CNY", "CN¥": "CNY", "₹": "INR", "INR": "INR", "Rs": "INR", "Rs.": "INR",
                    "C$": "CAD", "A$": "AUD", "HK$": "HKD", "S$": "SGD", "₩": "KRW", "JPY": "JPY",
                    "NT$": "TWD", "T$": "TWD", "RM": "MYR", "CHF": "CHF", "SGD": "SGD", "KRW": "KRW", "TWD": "TWD"}
CURRENCY_WORDS = {"dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
                  "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "rupees": "INR", "won": "KRW",
                  "korean won": "KRW", "south korean won": "KRW", "japanese yen": "JPY", "chinese yuan": "CNY",
                  **{code.lower(): CURRENCY_SYMBOLS[code] for code in ("USD", "EUR", "GBP", "CNY", "RMB", "INR", "JPY",
                                                                         "CHF", "SGD", "KRW", "TWD")}}
FRACTIONS = {"half": 50.0, "a third": 100 / 3, "one third": 100 / 3, "one-third": 100 / 3, "a quarter": 25.0,
             "one quarter": 25.0, "one-quarter": 25.0, "a fifth": 20.0, "one fifth": 20.0, "one-fifth": 20.0,
             "a tenth": 10.0, "one tenth": 10.0, "one-tenth": 10.0, "a twentieth": 5.0, "a hundredth": 1.0,
             "two thirds": 200 / 3, "two-thirds": 200 / 3, "three quarters": 75.0, "three-quarters": 75.0,
             "a sixth": 100 / 6, "an eighth": 12.5, "a fraction": None}
FRACTION_WORDS = frozenset(re.split(r"[\s-]", f)[-1] for f in FRACTIONS)  # one of them is in every fraction
COUNT_UNITS = [
    (r"(?:[A-Z]{1,3}\d{2,3}[A-Z]?\s+)?GPU[- ]hours?|GPU-hrs?|(?:(?:H|A|B|V|MI)\d{2,3}[A-Z]?|TPU\s?v\d+[a-z]?)[- ](?:chip[- ])?hours?", "GPU-hours"),
    (r"(?:[A-Z]{1,3}\d{2,3}[A-Z]?\s+)?(?:GPUs|GPU|chips|accelerators|graphics (?:cards|processors|processing units))|"
     r"[A-Z]{1,2}\d{2,3}s", "GPUs"),
    (r"(?:floating[- ]point operations|FLOPs?|FLOP)", "FLOP"),
    (r"parameters?|params", "parameters"),
    (r"tokens", "tokens"),
    (r"gigawatts?|GW", "GW"),
    (r"megawatts?|MW", "MW"),
    (r"Elo(?:\s+points)?", "Elo"),
    (r"percentage points|points|pts", "points"),
]

_NUM = r"(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"  # "1,25,000": Indian grouping too
_WORDNUM = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)"
_SCALE = r"(?:thousand|million|billion|trillion|lakh crore|crores?|lakhs?|mln|bln|mil|bil|tril|mn|bn|tn|trn|cr|MM|[kKmMbBT])(?![a-zA-Z])"
_CUR_PRE = r"(?:US\$|C\$|A\$|HK\$|S\$|NT\$|T\$|CN¥|[$€£¥₹₩]|USD|EUR|GBP|CNY|RMB|INR|JPY|CHF|SGD|KRW|TWD|RM(?=\d)|Rs\.?(?=\s?\d))"
_CUR_WORD = r"(?:(?:South )?Korean won|Japanese yen|Chinese yuan|dollars?|euros?|pounds|yuan|renminbi|yen|rupees|(?<=illion )won|(?<=\d,\d\d\d )won|USD|EUR|GBP|CNY|RMB|INR|JPY|CHF|SGD|KRW|TWD)"  # "1.8 billion USD"

_MONEY_ONE = rf"{_CUR_PRE}\s?(?P<n1>{_NUM})(?:(?:\s?|-)(?P<s1>{_SCALE}))?"  # "$500-billion gain"
_MONEY_RANGE = (rf"(?:between\s+)?{_CUR_PRE}\s?(?P<a>{_NUM})(?:\s?(?P<sa>{_SCALE}))?\s?(?:-|–|to|and)\s?"
                rf"(?:{_CUR_PRE})?\s?(?P<b>{_NUM})(?:\s?(?P<sb>{_SCALE}))?")
_MONEY_POST = rf"(?P<n2>{_NUM})(?:(?:\s?|-)(?P<s2>{_SCALE}))?[\s-](?P<w>{_CUR_WORD})"  # "an 11.7 billion-euro valuation"
_MONEY_RANGE_POST = (rf"(?:between\s+)?(?P<a>{_NUM})(?:\s?(?P<sa>{_SCALE}))?\s?(?:-|–|to|and)\s?"
                     rf"(?P<b>{_NUM})(?:\s?(?P<sb>{_SCALE}))?\s(?P<w>{_CUR_WORD})")  # "175 billion to 185 billion USD"

PENCE_RX = re.compile(rf"(?<![\w.$€£-])(?P<n>{_NUM})\s*pence\b", re.I)
CENTS_RX = re.compile(rf"(?<![\w.$€£-])(?P<n>{_NUM}|(?:{_WORDNUM}|sixty|seventy|eighty|ninety)(?:-{_WORDNUM})?)\s+cents?\b", re.I)
MONEY_RANGE_RX = re.compile(rf"(?<![\w.]){_MONEY_RANGE}(?![\w])")
MONEY_RANGE_POST_RX = re.compile(rf"(?<![\w.$€£¥]){_MONEY_RANGE_POST}(?![\w])")
MONEY_RX = re.compile(rf"(?<![\w.])(?:{_MONEY_ONE}|{_MONEY_POST})(?![\w])")
_PCT_SIGN = r"\s?(?:%|percent\b|per cent\b)"
PERCENT_RANGE_RX = re.compile(rf"(?<![\w.])(?:between\s+(?P<a>{_NUM}){_PCT_SIGN}\s+and\s+|(?P<a2>{_NUM}){_PCT_SIGN}\s*(?P<to>to|-|\u2013)\s*)"
                              rf"(?P<b>{_NUM}){_PCT_SIGN}", re.I)
MOVED_FROM_RX = re.compile(r"\b(?:rais|lift|boost|hik|increas|cut|lower|reduc|trim|drop|slash|mov|chang|revis|adjust|bump|tak)"
                           r"\w*\b[^.$€£¥]{0,50}\bfrom\s+$", re.I)
PERCENT_RX = re.compile(rf"(?<![\w.])(?P<n>[-+−]?{_NUM})(?:\s?(?:-|–|to)\s?(?P<b>{_NUM}))?\s?(?:%|percent\b|per cent\b|pct\b)")
SCI_RX = re.compile(r"(?<![\w.])(?P<m>\d+(?:\.\d+)?)\s?(?:[x×*]\s?10\^?(?P<e>\d+)|e\+?(?P<e2>\d+))")
POW_RX = re.compile(r"(?<![\w.])10\^(?P<e>\d+)")
_UNIT_FILLER = (r"(?:[x×]\s+)?"  # "350,000 x NVIDIA H100 AI GPUs": a count written as a multiplication
                r"(?:(?:of\s+)?(?:the\s+)?[\"\u201c]?(?:(?:Nvidia|NVIDIA|AMD|Google|Intel|Huawei)(?:'s)?|Blackwell|Hopper|Rubin|Ampere|"
                r"Instinct|Ascend|Gaudi|Trainium|Inferentia|active|activated|total|dense|sparse|AI|"
                r"trainable|training|pre-?training|high-end|advanced|cutting-edge|"
                r"[A-Z]{1,3}-?\d{2,3}[A-Z]?(?:/[A-Z]{1,3}-?\d{2,3}[A-Z]?)*|"  # "H100/H200 GPUs"
                r"Corp\.?|Inc\.?|\((?:NASDAQ|Nasdaq|NYSE)\s?:\s?[A-Z.]{1,6}\)|"  # "NVIDIA Corp. (NASDAQ:NVDA) GB300 GPUs"
                r"TPU\s?v\d+[a-z]?|Trainium\d|Gaudi\s?\d|\d{2,3}\s?GB)[\"\u201d]?\s+){0,4}")
UNIT_RX = re.compile(rf"(?<![\w.])(?<![A-Za-z]-)(?P<n>{_NUM})(?:[\s-]?(?P<s>{_SCALE}))?(?:[\s-]+|(?=[MG]W\b)){_UNIT_FILLER}(?P<u>"
                     + "|".join(f"(?:{p})" for p, _ in COUNT_UNITS) + r")(?![\w])")
WORD_COUNT_RX = re.compile(rf"(?<![\w.$€£-])(?P<n>{_WORDNUM})(?:[\s-](?P<s>thousand|million|billion|trillion))?[\s-]+{_UNIT_FILLER}(?P<u>"
                           + "|".join(f"(?:{p})" for p, _ in COUNT_UNITS if _ not in ("Elo", "points")) + r")(?![\w])")
A_SCALE_COUNT_RX = re.compile(rf"(?<![\w.$€£-])(?:a|one)[\s-](?P<s>thousand|million|billion|trillion)[\s-]+{_UNIT_FILLER}(?P<u>"
                              + "|".join(f"(?:{p})" for p, u in COUNT_UNITS if u in ("parameters", "tokens", "GPUs", "GPU-hours"))
                              + r")(?![\w])", re.I)
BARE_WORD_SCALE_RX = re.compile(rf"(?<![\w.$€£-])(?P<n>{_WORDNUM})[\s-](?P<s>million|billion|trillion)"
                                r"(?=\s+(?:in total|total|active|activated)\b)", re.I)
SIZE_RX = re.compile(r"(?<![\w.$€£])(?P<n>\d{1,4}(?:\.\d+)?)(?P<s>[BMT])(?=[\s-]+(?:[a-z]+[\s-]+)?(?:model|size|"
                     r"version|variant|checkpoint|dense|MoE|sibling)s?\b)")
ACTIVE_AFTER = re.compile(r"\s*(?:of them\s+|of which\s+)?(?:are\s+|is\s+|were\s+)?(?:active|activated|used)\b", re.I)
ACTIVE_BEFORE = re.compile(r"\b(?:activat\w*|uses?|using)\s+(?:only\s+|just\s+)?(?:about\s+|roughly\s+|around\s+)?$|"
                           r"\bof which\s+(?:only\s+|just\s+)?(?:about\s+|roughly\s+|around\s+)?$", re.I)
MULT_RX = re.compile(rf"(?<![\w.])(?P<n>{_NUM}|{_WORDNUM})\s?(?:x|×|-fold|\s?times)(?![\w])", re.I)
WORD_UNIT_RX = re.compile(rf"(?<![\w.])(?P<n>{_WORDNUM}|a|half a)[\s-]+(?P<u>percentage points?|points?|percent)(?![\w])", re.I)
# A chip's or a system's spec, in base units: "780 TFLOPS", "20 petaflops of FP4", "49.2 TB of HBM",
# "8 TB/s of bandwidth", "145 kW", "969 tokens per second"
_SI = {"g": 1e9, "giga": 1e9, "t": 1e12, "tera": 1e12, "p": 1e15, "peta": 1e15, "e": 1e18, "exa": 1e18}
SPEC_RX = re.compile(
    rf"(?<![\w.$€£-])(?P<n>{_NUM})\s?(?:"
    r"(?P<fp>[GTPE]|giga|tera|peta|exa)(?:-?FLOPS|-?FLOPs|-?flops|-?FLOP/s|-?flop/s)"
    r"|(?P<bp>[GTP])B/s|(?P<bw>giga|tera|peta)bytes?\s+per\s+second"
    r"|(?P<mp>[GTP])B(?=\s+(?:of\s+)?(?:[\w-]+\s+){0,2}?(?:HBM\w*|memory|VRAM|RAM)\b)"
    r"|(?P<kw>kW|kilowatts?)"
    r"|(?P<ts>tokens?\s*(?:/\s*s(?:ec)?|per\s+second|a\s+second|each\s+second))"
    r")(?![\w])")
PLAIN_RX = re.compile(rf"(?<![\w.$€£¥%]){_NUM}(?![\w%]|\.\d)")
FRACTION_RX = re.compile(r"\b(?P<f>" + "|".join(re.escape(f) for f in sorted(FRACTIONS, key=len, reverse=True))
                         + r")\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?=\w)", re.I)


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    text: str
    value: Number
    unit: Optional[str]
    kind: str  # money | percent | count | multiplier | fraction | number

    @property
    def is_range(self) -> bool:
        return isinstance(self.value, tuple)


def to_number(text: str, scale: Optional[str] = None) -> float:
    """Parse a number with thousands separators and an optional scale word.

    >>> to_number("1,420"), to_number("3.1", "B"), to_number("12", "billion")
    (1420.0, 3100000000.0, 12000000000.0)
    """
    value = float(text.replace(",", "").replace("−", "-"))
    if scale:
        value *= SCALES.get(scale, SCALES.get(scale.lower(), 1.0))
    return _tidy(value)


def _tidy(value: float) -> float:
    """Round away binary noise (3.1e9 must not print as 3100000000.0000005)."""
    return float(f"{value:.12g}")


def _currency(text: str) -> str:
    match = re.match(_CUR_PRE, text)
    if match:
        return CURRENCY_SYMBOLS.get(match.group(), "USD")
    return "USD"


def find_quantities(text: str) -> List[Quantity]:
    """Every number in ``text`` that carries a unit or could be a score, left to right.

    >>> [(q.value, q.unit, q.kind) for q in find_quantities("It scored 74.9% on X and 1,420 Elo; 3x faster")]
    [(74.9, '%', 'percent'), (1420.0, 'Elo', 'count'), (3.0, 'x', 'multiplier')]
    >>> [(q.value, q.unit) for q in find_quantities("about 3.8 x 10^25 FLOP and a fifth of the compute")]
    [(3.8e+25, 'FLOP'), (20.0, '%')]
    """
    return list(_quantities(text))


@lru_cache(maxsize=2048)  # claims and predictions read the same sentences and clauses more than once
def _quantities(text: str) -> Tuple[Quantity, ...]:
    found: List[Quantity] = []
    taken = bytearray(len(text) + 1)

    def claim(start: int, end: int) -> bool:
        if any(taken[start:end]):
            return False
        taken[start:end] = b"\x01" * (end - start)
        return True

    lowered = text.lower()  # (patterns that need a word the text lacks are not run at all)
    for m in CENTS_RX.finditer(text) if "cent" in lowered else ():  # "five cents per million input tokens", "Forty-two cents."
        value = _cents(m.group("n"))
        if value is not None and claim(m.start(), m.end()):
            found.append(Quantity(m.start(), m.end(), m.group(), _tidy(value / 100), "USD", "money"))
    for m in PENCE_RX.finditer(text) if "pence" in lowered else ():  # "a target of 480 pence": London prices are quoted in pence (GBX)
        if claim(m.start(), m.end()):
            found.append(Quantity(m.start(), m.end(), m.group(), to_number(m.group("n")), "GBX", "money"))
    for m in MONEY_RANGE_RX.finditer(text):
        if re.search(r"\sand\s", m.group()) and not m.group().lower().startswith("between"):
            continue  # "$3 and $15" are two prices; only "between $3 and $15" is a range
        if re.search(r"\bby\s+(?:about\s+|roughly\s+|nearly\s+|almost\s+)?$", text[max(0, m.start() - 20):m.start()]) \
                and re.search(r"\sto\s", m.group()):
            continue  # "boosted its plans by $8 billion to $93 billion": a change and a level, two figures
        if re.search(r"\s(?:to|-|\u2013)\s", m.group()) and MOVED_FROM_RX.search(text[max(0, m.start() - 70):m.start()]):
            continue  # "raised the price target from $40 to $45": the old figure and the new one, two figures
        if re.search(r"\sto\s", m.group()) and re.search(r"\bfrom\s+$", text[max(0, m.start() - 6):m.start()]) \
                and not re.search(r"\b(?:rang\w*|anywhere|vary\w*|varie\w*|span\w*|up|down)\s+from\s+$", text[max(0, m.start() - 30):m.start()]) \
                and not re.search(r"[$€£¥]\s?\d[^.;!?]*$", text[max(0, m.start() - 60):m.start()]):
            # "quarterly revenue has surged from $7 billion to $57 billion": a start and an end ("ranging from" is a
            # range, and so is the old range after a new one: "to between $13 billion and $14 billion, from $10
            # billion to $11 billion", "up from $60 billion to $65 billion")
            continue
        scale_b = m.group("sb")
        scale_a = m.group("sa") or scale_b
        low, high = to_number(m.group("a"), scale_a), to_number(m.group("b"), scale_b)
        if low < high and claim(m.start(), m.end()):
            start = m.start() + (len("between ") if m.group().lower().startswith("between") else 0)
            found.append(Quantity(start, m.end(), text[start:m.end()], (low, high), _currency(text[start:]), "money"))
    for m in MONEY_RANGE_POST_RX.finditer(text):
        if re.search(r"\sand\s", m.group()) and not m.group().lower().startswith("between"):
            continue
        scale_b = m.group("sb")
        low, high = to_number(m.group("a"), m.group("sa") or scale_b), to_number(m.group("b"), scale_b)
        if low < high and claim(m.start(), m.end()):
            start = m.start() + (len("between ") if m.group().lower().startswith("between") else 0)
            found.append(Quantity(start, m.end(), text[start:m.end()], (low, high),
                                  CURRENCY_WORDS[m.group("w").lower()], "money"))
    for m in MONEY_RX.finditer(text):
        if m.group("n1"):
            value, unit = to_number(m.group("n1"), m.group("s1")), _currency(m.group())
        else:
            value, unit = to_number(m.group("n2"), m.group("s2")), CURRENCY_WORDS[m.group("w").lower()]
        if claim(m.start(), m.end()):
            found.append(Quantity(m.start(), m.end(), m.group(), value, unit, "money"))
    for m in SCI_RX.finditer(text):
        exponent = int(m.group("e") or m.group("e2"))
        value = _tidy(float(m.group("m")) * 10 ** exponent)
        tail = text[m.end():m.end() + 40]
        unit = _count_unit(tail)
        if claim(m.start(), m.end()):
            found.append(Quantity(m.start(), m.end(), m.group(), value, unit, "count"))
    for m in POW_RX.finditer(text):
        if claim(m.start(), m.end()):
            found.append(Quantity(m.start(), m.end(), m.group(), float(10 ** int(m.group("e"))),
                                  _count_unit(text[m.end():m.end() + 40]), "count"))
    for m in PERCENT_RANGE_RX.finditer(text):  # "between 1% and 1.3%", "a further 55% to 60%"
        if m.group("to") == "to" and not re.search(r"\b(?:by|further|of|around|about|roughly|approximately|some)\s+$",
                                                   text[max(0, m.start() - 14):m.start()]):
            continue  # "fell from 95% to 50%", "trails o1, 71.5% to 75.7%": two figures
        low, high = to_number(m.group("a") or m.group("a2")), to_number(m.group("b"))
        if low < high and claim(m.start(), m.end()):
            start = m.start() + (len("between ") if m.group().lower().startswith("between") else 0)
            found.append(Quantity(start, m.end(), text[start:m.end()], (low, high), "%", "percent"))
    for m in PERCENT_RX.finditer(text):
        if not claim(m.start(), m.end()):
            continue
        if m.group("b"):
            value: Number = (to_number(m.group("n")), to_number(m.group("b")))
        else:
            value = to_number(m.group("n"))
        unit = "points" if re.match(r"\s*(?:percentage\s+)?points?\b", text[m.end():]) else "%"
        found.append(Quantity(m.start(), m.end(), m.group(), value, unit, "percent"))
    for m in SPEC_RX.finditer(text):
        if not claim(m.start(), m.end()):
            continue
        n = to_number(m.group("n"))
        if m.group("fp"):
            value, unit = n * _SI[m.group("fp").lower()], "FLOP/s"
        elif m.group("bp") or m.group("bw"):
            value, unit = n * _SI[(m.group("bp") or m.group("bw")).lower()], "bytes/s"
        elif m.group("mp"):
            value, unit = n * _SI[m.group("mp").lower()], "bytes"
        elif m.group("kw"):
            value, unit = n, "kW"
        else:
            value, unit = n, "tokens/s"
        found.append(Quantity(m.start(), m.end(), m.group(), _tidy(value), unit, "count"))
    for m in UNIT_RX.finditer(text):
        if not claim(m.start(), m.end()):
            continue
        unit = _count_unit(m.group("u"))
        value = to_number(m.group("n"), m.group("s"))
        low = _range_start(text, m.start(), m.group("s"))
        if low is not None and low[1] < value:
            taken[low[0]:m.start()] = b"\x01" * (m.start() - low[0])
            found.append(Quantity(low[0], m.end(), text[low[0]:m.end()], (low[1], value), unit, "count"))
            continue
        found.append(Quantity(m.start(), m.end(), m.group(), value, unit, "count"))
        found.extend(_listed_before(text, m.start(), unit, m.group("s"), taken))
    for m in WORD_COUNT_RX.finditer(text):  # "six gigawatts of GPUs", "two trillion parameters"; not "one GPU", "eight-GPU node"
        unit = _count_unit(m.group("u"))
        if (m.group("s") or unit in ("GW", "MW")) and claim(m.start(), m.end()):
            value = _word_or_number(m.group("n")) * (SCALES[m.group("s").lower()] if m.group("s") else 1)
            found.append(Quantity(m.start(), m.end(), m.group(), _tidy(value), unit, "count"))
    for m in A_SCALE_COUNT_RX.finditer(text):  # "a trillion parameters"
        if claim(m.start(), m.end()):
            found.append(Quantity(m.start(), m.end(), m.group(), _tidy(SCALES[m.group("s").lower()]),
                                  _count_unit(m.group("u")), "count"))
    for m in SIZE_RX.finditer(text):  # "a 70B model", "the same 14B size": a parameter count
        if claim(m.start(), m.end()):
            found.append(Quantity(m.start(), m.end(), m.group(), to_number(m.group("n"), m.group("s")), "parameters",
                                  "count"))
    for m in MULT_RX.finditer(text):
        if claim(m.start(), m.end()):
            found.append(Quantity(m.start(), m.end(), m.group(), _word_or_number(m.group("n")), "x", "multiplier"))
    for m in WORD_UNIT_RX.finditer(text) if "point" in lowered or "percent" in lowered else ():
        if claim(m.start(), m.end()):
            unit = "%" if m.group("u").lower() == "percent" else "points"
            found.append(Quantity(m.start(), m.end(), m.group(), _word_or_number(m.group("n")), unit,
                                  "percent" if unit == "%" else "count"))
    for m in FRACTION_RX.finditer(text) if any(w in lowered for w in FRACTION_WORDS) else ():
        share = FRACTIONS[m.group("f").lower()]
        if share is not None and claim(m.start(), m.start() + len(m.group("f"))):
            found.append(Quantity(m.start(), m.start() + len(m.group("f")), m.group("f"), _tidy(share), "%", "fraction"))
    for m in PLAIN_RX.finditer(text):
        if not claim(m.start(), m.end()):
            continue
        scale = re.match(rf"\s?({_SCALE})", text[m.end():])
        if scale and scale.group(1) in ("million", "billion", "trillion", "thousand"):
            end = m.end() + scale.end()
            taken[m.end():end] = b"\x01" * (end - m.end())
            unit = None
            if any(q.unit == "parameters" for q in found) and (
                    ACTIVE_AFTER.match(text[end:end + 40]) or ACTIVE_BEFORE.search(text[max(0, m.start() - 40):m.start()])):
                unit = "parameters"  # "117 billion parameters in total but activates roughly 5.1 billion"
            found.append(Quantity(m.start(), end, text[m.start():end], to_number(m.group(), scale.group(1)), unit, "count"))
        else:
            found.append(Quantity(m.start(), m.end(), m.group(), to_number(m.group()), None, "number"))
    if any(q.unit == "parameters" for q in found):
        for m in BARE_WORD_SCALE_RX.finditer(text):  # "288 billion active parameters and close to two trillion in total"
            if claim(m.start(), m.end()):
                found.append(Quantity(m.start(), m.end(), m.group(),
                                      _tidy(_word_or_number(m.group("n")) * SCALES[m.group("s").lower()]), "parameters", "count"))
    found.sort(key=lambda q: q.start)
    # "230 billion parameters, the new model has 27 billion": a bare scaled count after one with a unit, in the
    # same sentence, is in that unit (plain numbers between do not count: "drawn from 128 experts, about 400 billion")
    for n in range(1, len(found)):
        q = found[n]
        prev = next((p for p in reversed(found[:n]) if p.kind != "number"), found[n - 1])
        if q.unit is None and q.kind == "count" and re.search(r"(?i)\b(?:billion|million|trillion|bn)\b|\d[BMT]\b", q.text) \
                and prev.unit in ("parameters", "tokens", "GPU-hours") and q.start - prev.end < 120 \
                and not re.search(r"[.;!?]\s", text[prev.end:q.start]) \
                and not re.match(r"-[a-z]|\s+(?:users|people|customers|downloads|subscribers|developers|words|images|videos|"
                                r"requests|queries|employees|chips|GPUs|devices|units|times|visits|members)\b", text[q.end:]):
            # ... but "a 10 million-token context window", "2 million users": a count with a noun of its own
            found[n] = Quantity(q.start, q.end, q.text, q.value, prev.unit, q.kind)
    return tuple(found)


_LISTED = re.compile(rf"(?<![\w.])(?P<n>{_NUM}|{_WORDNUM})(?:\s?(?P<s>{_SCALE}))?\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
_RANGE_START = re.compile(rf"(?:from|between)\s+(?P<n>{_NUM}|{_WORDNUM})(?:\s?(?P<s>{_SCALE}))?\s*(?:to|and|-|–)\s*"
                          r"(?:(?:just\s+)?(?:over|more than|about|around|roughly|nearly|almost|up to)\s+)?$")  # "from eight billion to over 400 billion"


def _listed_before(text: str, end: int, unit: Optional[str], scale: Optional[str], taken: bytearray) -> List[Quantity]:
    """'1 billion, 4 billion, 12 billion and 27 billion parameters': the unit of the last
    number of a list belongs to the others too.

    >>> [q.text for q in find_quantities("with 1 billion, 4 billion and 12 billion parameters")]
    ['1 billion', '4 billion', '12 billion parameters']
    """
    out = []
    while True:
        base = max(0, end - 40)
        m = _LISTED.search(text[base:end])
        if not m:
            return sorted(out, key=lambda q: q.start)
        start = base + m.start("n")
        stop = base + (m.end("s") if m.group("s") else m.end("n"))
        if any(taken[start:stop]):
            return sorted(out, key=lambda q: q.start)
        taken[start:stop] = b"\x01" * (stop - start)
        n = m.group("n")
        value = to_number(n, m.group("s") or scale) if n[0].isdigit() else \
            _tidy(WORD_NUMBERS[n.lower()] * SCALES.get(m.group("s") or scale or "", 1))
        out.append(Quantity(start, stop, text[start:stop], value, unit, "count"))
        end = start


def _range_start(text: str, start: int, scale: Optional[str]) -> Optional[Tuple[int, float]]:
    """'from 0.6 billion to 32 billion parameters': where the range starts, and its low end."""
    m = _RANGE_START.search(text[max(0, start - 40):start])
    if not m:
        return None
    begin = max(0, start - 40) + m.start("n")
    low = _word_or_number(m.group("n"))
    return begin, to_number(str(low), m.group("s") or scale)


def _cents(text: str) -> Optional[float]:
    """'42', 'five', 'forty-two' -> 42.0, 5.0, 42.0."""
    words = text.lower().split("-")
    if all(w in WORD_NUMBERS for w in words):
        return float(sum(WORD_NUMBERS[w] for w in words))
    try:
        return to_number(text)
    except ValueError:
        return None


def _word_or_number(text: str) -> float:
    if text.lower() == "half a":
        return 0.5
    return float(WORD_NUMBERS[text.lower()]) if text.lower() in WORD_NUMBERS else to_number(text)


def _count_unit(text: str) -> Optional[str]:
    for pattern, unit in COUNT_UNITS:
        if re.match(rf"\s*(?:{pattern})(?![\w])", text, re.I if unit not in ("GW", "MW") else 0):
            return unit
    return None


def is_year(q: Quantity) -> bool:
    """A plain number that reads as a calendar year.

    >>> is_year(find_quantities("in 2025")[0]), is_year(find_quantities("scored 2025")[0])
    (True, True)
    """
    return q.kind == "number" and isinstance(q.value, float) and q.value.is_integer() and 1900 <= q.value <= 2100 \
        and "," not in q.text
