"""The ``kg`` ontology as a closed rdflib namespace: a misspelt term is an error, not a new IRI.

Kept equal to the terms defined in ``ontology/kg.ttl`` by ``tests/rdf/test_namespace.py``.
"""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

ONTOLOGY_IRI = "https://w3id.org/aikg/ontology"


class KG(DefinedNamespace):
    """Terms of https://w3id.org/aikg/ontology#."""

    _fail = True
    _NS = Namespace(ONTOLOGY_IRI + "#")

    AIModel: URIRef
    Affirmed: URIRef
    Article: URIRef
    Asserted: URIRef
    Benchmark: URIRef
    BenchmarkScoreClaim: URIRef
    Claim: URIRef
    ClosedWeights: URIRef
    Company: URIRef
    ComparisonClaim: URIRef
    ComputeClaim: URIRef
    Confirmed: URIRef
    Entity: URIRef
    EvidenceMatcher: URIRef
    Expected: URIRef
    Expired: URIRef
    FinancialClaim: URIRef
    Hedged: URIRef
    LaunchClaim: URIRef
    MarketClaim: URIRef
    Mention: URIRef
    ModalityScheme: URIRef
    Negated: URIRef
    Open: URIRef
    OpenWeights: URIRef
    OpennessScheme: URIRef
    Organization: URIRef
    Outlet: URIRef
    Person: URIRef
    PolarityScheme: URIRef
    Prediction: URIRef
    Product: URIRef
    Refuted: URIRef
    Reported: URIRef
    Resolution: URIRef
    StatementClaim: URIRef
    StatusScheme: URIRef
    TextExtractor: URIRef
    Void: URIRef
    about: URIRef
    aboutTime: URIRef
    aboutTopic: URIRef
    assertedBy: URIRef
    benchmark: URIRef
    confidence: URIRef
    contentHash: URIRef
    deadline: URIRef
    end: URIRef
    evidence: URIRef
    extractorVersion: URIRef
    familyOf: URIRef
    firstParty: URIRef
    inArticle: URIRef
    ingestedAt: URIRef
    madeAt: URIRef
    maker: URIRef
    mentionOf: URIRef
    method: URIRef
    modality: URIRef
    note: URIRef
    object: URIRef
    openness: URIRef
    outcome: URIRef
    polarity: URIRef
    predictor: URIRef
    probability: URIRef
    quote: URIRef
    relation: URIRef
    resolves: URIRef
    rule: URIRef
    score: URIRef
    sourcePath: URIRef
    start: URIRef
    statedAt: URIRef
    statement: URIRef
    subject: URIRef
    surface: URIRef
    unit: URIRef
    value: URIRef
    valueHigh: URIRef
    valueLow: URIRef
    versionOf: URIRef
