"""The closed rdflib namespace and ontology/kg.ttl define the same terms, each labelled and explained."""

from rdflib import Graph, URIRef
from rdflib.namespace import RDFS

from kg.rdf.namespace import KG
from kg.store import ontology_path

NS = "https://w3id.org/aikg/ontology#"


def ontology():
    return Graph().parse(ontology_path("kg.ttl"), format="turtle")


def test_namespace_equals_the_ontology_terms():
    defined = {str(s)[len(NS):] for s in ontology().subjects() if str(s).startswith(NS)}
    declared = set(KG.__annotations__)
    assert defined == declared


def test_every_term_has_a_label_and_a_comment():
    graph = ontology()
    for term in KG.__annotations__:
        iri = URIRef(NS + term)
        assert graph.value(iri, RDFS.label) is not None, term
        assert graph.value(iri, RDFS.comment) is not None, term


def test_misspelt_terms_are_errors():
    import pytest

    with pytest.raises(AttributeError):
        KG.Clam  # noqa: B018
