"""Deterministic IRIs for everything ``kg`` puts in a graph.

An entity's IRI depends only on its type and canonical name, so two articles that mention
"GPT-4o" meet on one node; a claim's IRI depends on its article, its offsets, its kind and
its arguments, so re-extracting an unchanged article mints the same IRIs again.
These are pure functions over strings; both the RDF stage and the JSON contract use them.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Iterable

BASE = "https://w3id.org/aikg/"
ID = BASE + "id/"
GRAPH = BASE + "graph/"
JUDGEMENTS_GRAPH = GRAPH + "judgements"
EVIDENCE_GRAPH = GRAPH + "evidence"
ONTOLOGY_GRAPH = GRAPH + "ontology"
ENTITIES_GRAPH = GRAPH + "entities"

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212\u00ad"), "-")


def slugify(name: str) -> str:
    """Lower-case, dash-separated form of a name, stable across spellings.

    >>> slugify("Gemini 2.5 Flash-Lite")
    'gemini-2.5-flash-lite'
    >>> slugify("GPT\u20115") == slugify("gpt-5")
    True
    >>> slugify("Humanity's Last Exam")
    'humanity-s-last-exam'
    """
    text = unicodedata.normalize("NFKC", name).translate(_DASHES).casefold()
    text = re.sub(r"[^\w.+]+", "-", text).strip("-.")
    return text or "unnamed"


def digest(*parts: object, length: int = 16) -> str:
    """Short hex digest of the parts, joined unambiguously.

    >>> digest("a", 1) == digest("a", 1) != digest("a1")
    True
    """
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(joined.encode("utf-8")).hexdigest()[:length]


def entity_iri(type_name: str, name: str) -> str:
    """IRI of an entity from its type and canonical name.

    >>> entity_iri("AIModel", "GPT-4o")
    'https://w3id.org/aikg/id/aimodel/gpt-4o'
    """
    return f"{ID}{type_name.lower()}/{slugify(name)}"


def article_iri(key: str) -> str:
    return f"{ID}article/{digest(key)}"


def article_graph_iri(key: str) -> str:
    """The named graph that holds everything extracted from one article."""
    return f"{GRAPH}article/{digest(key)}"


def claim_iri(article_key: str, start: int, end: int, kind: str, arguments: Iterable[object]) -> str:
    return f"{ID}claim/{digest(article_key, start, end, kind, *arguments)}"


def prediction_iri(article_key: str, start: int, end: int, arguments: Iterable[object]) -> str:
    return f"{ID}prediction/{digest(article_key, start, end, *arguments)}"


def resolution_iri(prediction: str, *parts: object) -> str:
    return f"{ID}resolution/{digest(prediction, *parts)}"


def mint_claim_iri(article_key: str, claim) -> str:
    """The IRI of a :class:`kg.records.Claim` extracted from the article with ``article_key``."""
    arguments = (claim.subject, claim.object, claim.value, claim.unit, claim.benchmark, claim.relation)
    return claim_iri(article_key, claim.start, claim.end, claim.kind.value, arguments)


def mint_prediction_iri(article_key: str, prediction) -> str:
    """The IRI of a :class:`kg.records.Prediction` extracted from the article with ``article_key``."""
    arguments = (prediction.predictor, prediction.subject)
    part = getattr(prediction, "part", 0)
    # a second forecast in the same sentence gets its own node; the first keeps the IRI it always had
    return prediction_iri(article_key, prediction.start, prediction.end, arguments + ((part,) if part else ()))


def mention_iri(article_key: str, start: int, end: int) -> str:
    return f"{ID}mention/{digest(article_key, start, end)}"


def outlet_iri(name: str) -> str:
    return f"{ID}outlet/{slugify(name)}"


def person_iri(name: str) -> str:
    """IRI of a person who resolves predictions by hand (a user, not an entity of the news)."""
    return f"{ID}user/{slugify(name)}"
