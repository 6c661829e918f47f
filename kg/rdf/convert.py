"""Records -> RDF triples: one named graph per article, plus shared entity descriptions.

The graph of an article holds the article node, its mentions, its claims, its predictions and
the resolutions the text itself reports. What an article says about *entities* (type, label,
the spellings it uses, family and maker links) goes to one shared graph instead, so a triple
such as ``<OpenAI> rdfs:label "OpenAI"`` exists once, not once per article (the default graph
of a query is the union of all graphs, and duplicates there multiply every join). IRIs are
deterministic (:mod:`kg.iris`), so converting an unchanged extraction twice yields the same
triples.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Dict, List, Optional, Tuple

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SDO, SKOS, XSD

from .. import iris
from ..records import Claim, ClaimKind, Extraction, Modality, Polarity, Prediction, Status, Value
from .namespace import KG

Triple = Tuple[URIRef, URIRef, object]

CLAIM_CLASS = {
    ClaimKind.BENCHMARK_SCORE: KG.BenchmarkScoreClaim, ClaimKind.COMPARISON: KG.ComparisonClaim,
    ClaimKind.LAUNCH: KG.LaunchClaim, ClaimKind.COMPUTE: KG.ComputeClaim, ClaimKind.FINANCIAL: KG.FinancialClaim,
    ClaimKind.MARKET: KG.MarketClaim, ClaimKind.STATEMENT: KG.StatementClaim,
}
KIND_OF_CLASS = {str(v): k for k, v in CLAIM_CLASS.items()}
POLARITY = {Polarity.AFFIRMED: KG.Affirmed, Polarity.NEGATED: KG.Negated}
MODALITY = {Modality.ASSERTED: KG.Asserted, Modality.HEDGED: KG.Hedged, Modality.REPORTED: KG.Reported,
            Modality.EXPECTED: KG.Expected}
STATUS = {Status.OPEN: KG.Open, Status.CONFIRMED: KG.Confirmed, Status.REFUTED: KG.Refuted,
          Status.EXPIRED: KG.Expired, Status.VOID: KG.Void}
STATUS_OF_IRI = {str(v): k for k, v in STATUS.items()}
OPENNESS = {"open": KG.OpenWeights, "closed": KG.ClosedWeights}
ENTITY_CLASS = {t: KG[t] for t in ("Company", "Organization", "AIModel", "Benchmark", "Person", "Product")}


def partial_date(value: Optional[str]) -> Optional[Literal]:
    """A typed literal at the precision of an ISO date string.

    >>> partial_date("2023").datatype == XSD.gYear, partial_date("2023-03").datatype == XSD.gYearMonth
    (True, True)
    """
    if not value:
        return None
    datatype = {4: XSD.gYear, 7: XSD.gYearMonth, 10: XSD.date}[len(value)]
    return Literal(value, datatype=datatype)


def decimal(value: float) -> Literal:
    """An xsd:decimal literal without exponent notation (which xsd:decimal forbids).

    >>> decimal(3.8e25).n3()
    '"38000000000000000000000000"^^<http://www.w3.org/2001/XMLSchema#decimal>'
    """
    text = format(Decimal(repr(float(value))), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".") or "0"
    return Literal(text, datatype=XSD.decimal)


def entity_ref(name: str, type_name: str) -> URIRef:
    return URIRef(iris.entity_iri(type_name, name))


def extraction_triples(extraction: Extraction, ingested_at: Optional[dt.datetime] = None,
                       extractor_version: str = "") -> Tuple[List[Triple], List[Triple]]:
    """(triples of the article's named graph, entity triples for the shared entities graph)."""
    a = extraction.article
    shared: List[Triple] = []
    article = URIRef(iris.article_iri(a.key))
    out: List[Triple] = [(article, RDF.type, KG.Article), (article, KG.contentHash, Literal(a.fingerprint)),
                         (article, KG.sourcePath, Literal(a.path)), (article, SDO.articleBody, Literal(a.text))]
    if a.title:
        out.append((article, SDO.headline, Literal(a.title)))
    if a.date:
        out.append((article, SDO.datePublished, Literal(a.date.isoformat(), datatype=XSD.date)))
    if a.url:
        out.append((article, SDO.url, Literal(a.url, datatype=XSD.anyURI)))
    if a.author:
        out.append((article, SDO.author, Literal(a.author)))
    if a.publisher:
        outlet = URIRef(iris.outlet_iri(a.publisher))
        out.append((article, SDO.publisher, outlet))
        shared += [(outlet, RDF.type, KG.Outlet), (outlet, RDFS.label, Literal(a.publisher))]
    if extractor_version:
        out.append((article, KG.extractorVersion, Literal(extractor_version)))
    if ingested_at is not None:
        out.append((article, KG.ingestedAt, Literal(ingested_at.replace(microsecond=0).isoformat(), datatype=XSD.dateTime)))

    types: Dict[str, str] = {e.name: e.type.value for e in extraction.entities}
    for entity in extraction.entities:
        node = entity_ref(entity.name, entity.type.value)
        shared += [(node, RDF.type, ENTITY_CLASS[entity.type.value]), (node, RDFS.label, Literal(entity.name))]
        shared += [(node, SKOS.altLabel, Literal(alias)) for alias in entity.aliases]
        if entity.version_of and entity.version_of != entity.name:
            family = entity_ref(entity.version_of, "AIModel")
            shared += [(node, KG.versionOf, family), (family, KG.familyOf, node), (family, RDF.type, KG.AIModel),
                       (family, RDFS.label, Literal(entity.version_of))]
        if entity.maker and entity.maker != entity.name:
            maker_type = types.get(entity.maker) or (entity.maker_type.value if entity.maker_type else "Company")
            maker = entity_ref(entity.maker, maker_type)
            shared += [(node, KG.maker, maker), (maker, RDF.type, ENTITY_CLASS[maker_type]),
                       (maker, RDFS.label, Literal(entity.maker))]
        for m in entity.mentions:
            mention = URIRef(iris.mention_iri(a.key, m.start, m.end))
            out += [(mention, RDF.type, KG.Mention), (mention, KG.mentionOf, node), (mention, KG.inArticle, article),
                    (mention, KG.start, Literal(m.start)), (mention, KG.end, Literal(m.end)),
                    (mention, KG.surface, Literal(m.text))]

    def ref(name: Optional[str]) -> Optional[URIRef]:
        return entity_ref(name, types[name]) if name and name in types else None

    for claim in extraction.claims:
        out += claim_triples(claim, article, a, ref)
    for prediction in extraction.predictions:
        out += prediction_triples(prediction, article, a, ref)
    return out, shared


def _value_triples(node: URIRef, value: Value, unit: Optional[str]) -> List[Triple]:
    out: List[Triple] = []
    if isinstance(value, tuple):
        out += [(node, KG.valueLow, decimal(value[0])), (node, KG.valueHigh, decimal(value[1]))]
    elif value is not None:
        out.append((node, KG.value, decimal(value)))
    if unit:
        out.append((node, KG.unit, Literal(unit)))
    return out


def claim_triples(claim: Claim, article: URIRef, a, ref) -> List[Triple]:
    node = URIRef(iris.mint_claim_iri(a.key, claim))
    out: List[Triple] = [
        (node, RDF.type, CLAIM_CLASS[claim.kind]), (node, PROV.wasDerivedFrom, article),
        (node, KG.quote, Literal(claim.quote)), (node, KG.start, Literal(claim.start)), (node, KG.end, Literal(claim.end)),
        (node, KG.confidence, decimal(claim.confidence)), (node, KG.polarity, POLARITY[claim.polarity]),
        (node, KG.modality, MODALITY[claim.modality]),
    ]
    for prop, name in ((KG.subject, claim.subject), (KG.object, claim.object), (KG.benchmark, claim.benchmark),
                       (KG.assertedBy, claim.asserted_by)):
        target = ref(name)
        if target is not None:
            out.append((node, prop, target))
    out += _value_triples(node, claim.value, claim.unit)
    if claim.relation:
        out.append((node, KG.relation, Literal(claim.relation)))
    if claim.openness in OPENNESS:
        out.append((node, KG.openness, OPENNESS[claim.openness]))
    if claim.first_party is not None:
        out.append((node, KG.firstParty, Literal(claim.first_party)))
    about = partial_date(claim.about_time)
    if about is not None:
        out.append((node, KG.aboutTime, about))
    if a.date:
        out.append((node, KG.statedAt, Literal(a.date.isoformat(), datatype=XSD.date)))
    if claim.rule:
        out.append((node, KG.rule, Literal(claim.rule)))
    return out


def prediction_triples(prediction: Prediction, article: URIRef, a, ref) -> List[Triple]:
    node = URIRef(iris.mint_prediction_iri(a.key, prediction))
    out: List[Triple] = [
        (node, RDF.type, KG.Prediction), (node, PROV.wasDerivedFrom, article),
        (node, KG.quote, Literal(prediction.quote)), (node, KG.start, Literal(prediction.start)),
        (node, KG.end, Literal(prediction.end)), (node, KG.statement, Literal(prediction.statement)),
        (node, KG.confidence, decimal(prediction.confidence)),
    ]
    predictor = ref(prediction.predictor)
    if predictor is not None:
        out.append((node, KG.predictor, predictor))
    about = ref(prediction.subject)
    if about is not None:
        out.append((node, KG.about, about))
    elif prediction.subject:
        out.append((node, KG.aboutTopic, Literal(prediction.subject)))
    for prop, value in ((KG.madeAt, prediction.made), (KG.deadline, prediction.target_date)):
        literal = partial_date(value)
        if literal is not None:
            out.append((node, prop, literal))
    if prediction.probability is not None:
        out.append((node, KG.probability, decimal(prediction.probability)))
    out += _value_triples(node, prediction.value, prediction.unit)
    if prediction.rule:
        out.append((node, KG.rule, Literal(prediction.rule)))
    if prediction.status is not Status.OPEN:
        resolution = URIRef(iris.resolution_iri(str(node), "text", a.key))
        out += [(resolution, RDF.type, KG.Resolution), (resolution, KG.resolves, node),
                (resolution, KG.outcome, STATUS[prediction.status]), (resolution, KG.evidence, article),
                (resolution, PROV.wasAttributedTo, KG.TextExtractor), (resolution, KG.method, Literal("text"))]
        if prediction.outcome_quote:
            out.append((resolution, KG.note, Literal(prediction.outcome_quote)))
        if a.date:
            out.append((resolution, PROV.generatedAtTime, Literal(a.date.isoformat(), datatype=XSD.date)))
    return out
