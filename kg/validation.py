"""SHACL validation of a store against ``ontology/shapes.ttl`` with pyshacl."""

from __future__ import annotations

from typing import List

from rdflib import Dataset, Graph, Namespace
from rdflib.namespace import RDF

from .store import Store, Table, ontology_path

SH = Namespace("http://www.w3.org/ns/shacl#")


def store_graph(store: Store) -> Graph:
    """The union of every named graph of a store, as one rdflib graph."""
    dataset = Dataset()
    dataset.parse(data=store.dump_nquads(), format="nquads")
    union = Graph()
    for s, p, o, _g in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def validate_graph(data: Graph) -> Table:
    """Violations of the shapes in ``data`` as rows (focus, path, message, severity, shape)."""
    import pyshacl

    shapes = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    ontology = Graph().parse(ontology_path("kg.ttl"), format="turtle")
    _conforms, report, _text = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                                allow_warnings=True, advanced=True)
    rows: List[tuple] = []
    for result in report.subjects(RDF.type, SH.ValidationResult):
        severity = report.value(result, SH.resultSeverity)
        rows.append((str(report.value(result, SH.focusNode)),
                     str(report.value(result, SH.resultPath) or ""),
                     str(report.value(result, SH.resultMessage) or ""),
                     str(severity).rsplit("#", 1)[-1] if severity is not None else "",
                     str(report.value(result, SH.sourceShape) or "")))
    rows.sort()
    return Table(["focus", "path", "message", "severity", "shape"], rows)


def validate_store(store: Store) -> Table:
    return validate_graph(store_graph(store))
