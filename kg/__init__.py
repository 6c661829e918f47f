"""kg: a knowledge graph of AI-industry claims and predictions, extracted from news text.

The library API is what the ``kg`` command line calls::

    import kg
    report = kg.ingest(["corpus/"], store="kg-store")     # files -> named graphs
    with kg.open_store("kg-store") as store:
        table = kg.run_query(store, "benchmark-scores")    # named or ad-hoc SPARQL
    for extraction in kg.extract(["news/today.md"]):       # no store: records only
        print(extraction.claims)
"""

from .errors import InputError, KgError, NotFoundError, PipelineError, QueryError, StoreError, ValidationError
from .ingest import IngestReport, extract, ingest
from .records import (Article, Claim, ClaimKind, Entity, EntityType, Extraction, Mention, Modality, Polarity,
                      Prediction, Status)
from .store import Store, Table, open_store

__version__ = "0.1.0"

__all__ = [
    "Article", "Claim", "ClaimKind", "Entity", "EntityType", "Extraction", "IngestReport", "InputError", "KgError",
    "Mention", "Modality", "NotFoundError", "PipelineError", "Polarity", "Prediction", "QueryError", "Status", "Store",
    "StoreError", "Table", "ValidationError", "extract", "ingest", "open_store", "run_query", "to_networkx", "write_gexf",
]


def to_networkx(store, view="entities", **filters):
    """The store as a networkx MultiDiGraph; see :func:`kg.graph.to_networkx`."""
    from .graph import to_networkx as _to_networkx

    return _to_networkx(store, view=view, **filters)


def write_gexf(graph, target, version="1.3", dynamic=False):
    """Schema-valid GEXF 1.3 or 1.2draft; see :func:`kg.graph.write_gexf`."""
    from .graph import write_gexf as _write_gexf

    _write_gexf(graph, target, version=version, dynamic=dynamic)


def run_query(store, query, params=None):
    """Run a named query (``kg queries`` lists them) or SPARQL text; see :func:`kg.query.run_query`."""
    from .query import run_query as _run

    return _run(store, query, params)
