"""The public JSON contract of ``kg extract`` (``kg/schema/extraction.schema.json``)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List

from . import iris
from .errors import ValidationError
from .records import Extraction

SCHEMA_PATH = Path(__file__).parent / "schema" / "extraction.schema.json"


def _value(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_number(value[0]), _number(value[1])]
    return _number(value)


def _number(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer() and abs(value) < 2 ** 53:
        return int(value)
    return value


def to_json(extraction: Extraction) -> Dict[str, Any]:
    """One article's extraction as a contract object (plain dict, ready for ``json.dumps``)."""
    article = extraction.article
    document = {"id": iris.article_iri(article.key), "path": article.path, "title": article.title,
                "date": article.date.isoformat() if article.date else None, "source": article.source,
                "publisher": article.publisher, "author": article.author}
    entities = [{"id": iris.entity_iri(e.type.value, e.name), "name": e.name, "type": e.type.value,
                 "aliases": list(e.aliases),
                 "mentions": [{"start": m.start, "end": m.end, "text": m.text} for m in e.mentions],
                 "version_of": e.version_of, "maker": e.maker}
                for e in extraction.entities]
    claims: List[dict] = []
    for c in extraction.claims:
        claims.append({
            "id": iris.mint_claim_iri(article.key, c),
            "type": c.kind.value, "subject": c.subject, "object": c.object, "value": _value(c.value),
            "unit": c.unit, "benchmark": c.benchmark, "quote": c.quote, "start": c.start, "end": c.end,
            "confidence": c.confidence, "relation": c.relation, "openness": c.openness, "polarity": c.polarity.value,
            "modality": c.modality.value, "asserted_by": c.asserted_by, "first_party": c.first_party,
            "about_time": c.about_time, "rule": c.rule})
    predictions: List[dict] = []
    for p in extraction.predictions:
        predictions.append({
            "id": iris.mint_prediction_iri(article.key, p),
            "predictor": p.predictor, "statement": p.statement, "subject": p.subject, "made": p.made,
            "target_date": p.target_date, "status": p.status.value, "quote": p.quote, "start": p.start,
            "end": p.end, "probability": p.probability, "value": _value(p.value), "unit": p.unit,
            "confidence": p.confidence, "outcome_quote": p.outcome_quote, "rule": p.rule})
    return {"document": document, "entities": entities, "claims": claims, "predictions": predictions}


@lru_cache(maxsize=1)
def schema() -> dict:
    with open(SCHEMA_PATH, encoding="utf-8") as f:
        return json.load(f)


def validate(obj: Dict[str, Any]) -> None:
    """Raise :class:`ValidationError` when ``obj`` breaks the contract, naming the place."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema())
    error = next(iter(sorted(validator.iter_errors(obj), key=lambda e: list(e.path))), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        raise ValidationError(f"extraction contract: {where}: {error.message}")
    names = {e["name"] for e in obj["entities"]}
    for i, claim in enumerate(obj["claims"]):
        for key in ("subject", "object", "benchmark", "asserted_by"):
            if claim.get(key) is not None and claim[key] not in names:
                raise ValidationError(f"extraction contract: claims/{i}/{key}: {claim[key]!r} is not an entity name")
