"""Counts of what a store holds, by class."""

from __future__ import annotations

from .store import PREFIX_HEADER, Store, Table

CLASS_COUNTS = PREFIX_HEADER + """
SELECT ?class (COUNT(DISTINCT ?s) AS ?count) WHERE {
  GRAPH ?g { ?s a ?class }
  FILTER(?g != <https://w3id.org/aikg/graph/ontology>)
} GROUP BY ?class ORDER BY DESC(?count) ?class
"""
TOTALS = PREFIX_HEADER + """
SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?g) AS ?graphs) WHERE { GRAPH ?g { ?s ?p ?o } }
"""


def store_stats(store: Store) -> Table:
    """Rows of (what, count): one per class, then named graphs and triples."""
    rows = [(cls, count) for cls, count in store.select(CLASS_COUNTS)]
    triples, graphs = store.select(TOTALS).rows[0]
    rows += [("named graphs", graphs), ("triples", triples)]
    return Table(["what", "count"], rows)
