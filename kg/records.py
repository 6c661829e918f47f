"""Typed records that flow between the stages of ``kg``.

Every stage after the NLP one works on these frozen dataclasses only: they hold no spaCy
objects, so they compare with ``==``, pickle, and serialise to the JSON contract
(``kg/schema/extraction.schema.json``) with :func:`kg.contract.to_json`.

Dates that may be partial ("2023", "2023-03", "2023-03-14") are kept as ISO strings whose
length gives their precision; see :func:`date_precision`.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from dataclasses import dataclass, field
from enum import Enum
from typing import Optional, Tuple, Union

Value = Union[float, Tuple[float, float], None]
"""A claim's value: a number, a ``(low, high)`` range, or nothing."""


class EntityType(str, Enum):
    COMPANY = "Company"
    ORGANIZATION = "Organization"
    AI_MODEL = "AIModel"
    BENCHMARK = "Benchmark"
    PERSON = "Person"
    PRODUCT = "Product"


class ClaimKind(str, Enum):
    BENCHMARK_SCORE = "benchmark_score"
    COMPARISON = "comparison"
    LAUNCH = "launch"
    COMPUTE = "compute"
    FINANCIAL = "financial"
    MARKET = "market"
    STATEMENT = "statement"


class Status(str, Enum):
    OPEN = "open"
    CONFIRMED = "confirmed"
    REFUTED = "refuted"
    EXPIRED = "expired"
    VOID = "void"


class Polarity(str, Enum):
    AFFIRMED = "affirmed"
    NEGATED = "negated"


class Modality(str, Enum):
    ASSERTED = "asserted"
    HEDGED = "hedged"
    REPORTED = "reported"
    EXPECTED = "expected"


def date_precision(value: str) -> str:
    """Name the precision of an ISO date string.

    >>> [date_precision(d) for d in ("2023", "2023-03", "2023-03-14")]
    ['year', 'month', 'day']
    """
    return {4: "year", 7: "month", 10: "day"}[len(value)]


def period_end(value: str) -> str:
    """The last day a partial date covers.

    >>> period_end("2025"), period_end("2024-02"), period_end("2025-03-14")
    ('2025-12-31', '2024-02-29', '2025-03-14')
    """
    if len(value) == 4:
        return f"{value}-12-31"
    if len(value) == 7:
        year, month = int(value[:4]), int(value[5:7])
        nxt = _dt.date(year + (month == 12), month % 12 + 1, 1)
        return (nxt - _dt.timedelta(days=1)).isoformat()
    return value[:10]


@dataclass(frozen=True)
class Article:
    """One news article as read from a file, a JSONL line or stdin.

    ``text`` is the body that every character offset in ``kg`` points into.
    ``key`` identifies the article across runs (its URL, else its file), so an edited
    article replaces its earlier version instead of sitting beside it.
    """

    text: str
    path: str
    key: str
    title: Optional[str] = None
    date: Optional[_dt.date] = None
    url: Optional[str] = None
    publisher: Optional[str] = None
    author: Optional[str] = None
    format: str = "text"

    @property
    def source(self) -> Optional[str]:
        """The URL when there is one, else the publisher."""
        return self.url or self.publisher

    @property
    def fingerprint(self) -> str:
        """A hash of everything that the extraction depends on.

        >>> a = Article(text="x", path="a.md", key="a")
        >>> a.fingerprint == Article(text="x", path="elsewhere.md", key="a").fingerprint
        True
        """
        parts = [self.text, self.title or "", self.date.isoformat() if self.date else "",
                 self.url or "", self.publisher or "", self.author or ""]
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Entity:
    name: str
    type: EntityType
    aliases: Tuple[str, ...] = ()
    mentions: Tuple[Mention, ...] = ()
    version_of: Optional[str] = None
    maker: Optional[str] = None
    maker_type: Optional[EntityType] = None


@dataclass(frozen=True)
class Claim:
    kind: ClaimKind
    subject: str
    quote: str
    start: int
    end: int
    object: Optional[str] = None
    value: Value = None
    unit: Optional[str] = None
    benchmark: Optional[str] = None
    confidence: float = 0.5
    relation: Optional[str] = None
    openness: Optional[str] = None
    polarity: Polarity = Polarity.AFFIRMED
    modality: Modality = Modality.ASSERTED
    asserted_by: Optional[str] = None
    first_party: Optional[bool] = None
    about_time: Optional[str] = None
    rule: str = ""


@dataclass(frozen=True)
class Prediction:
    statement: str
    quote: str
    start: int
    end: int
    predictor: Optional[str] = None
    subject: Optional[str] = None
    made: Optional[str] = None
    target_date: Optional[str] = None
    status: Status = Status.OPEN
    probability: Optional[float] = None
    value: Value = None
    unit: Optional[str] = None
    confidence: float = 0.5
    outcome_quote: Optional[str] = None
    outcome_start: Optional[int] = None
    outcome_end: Optional[int] = None
    rule: str = ""
    part: int = 0  # the n-th forecast of one sentence by one predictor about one subject ("expects X, and puts Y at 40%")


@dataclass(frozen=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    entities: Tuple[Entity, ...] = ()
    claims: Tuple[Claim, ...] = ()
    predictions: Tuple[Prediction, ...] = field(default=())
