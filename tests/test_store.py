"""The store contract, run against every backend: embedded Oxigraph on disk and a real SPARQL
1.1 server (Oxigraph's, started on loopback by the fixture)."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.errors import QueryError, StoreError
from kg.store import OxigraphStore, RemoteStore, open_store

G1 = "https://w3id.org/aikg/graph/article/test-1"
G2 = "https://w3id.org/aikg/graph/article/test-2"
E = URIRef("https://w3id.org/aikg/id/company/openai")
KG = "https://w3id.org/aikg/ontology#"


def triples(label: str, n: int = 3):
    out = [(E, RDF.type, URIRef(KG + "Company")), (E, RDFS.label, Literal(label))]
    out += [(URIRef(f"https://w3id.org/aikg/id/claim/{label}-{i}"), URIRef(KG + "value"),
             Literal(str(i), datatype=XSD.decimal)) for i in range(n)]
    # a body with every character N-Triples must escape
    out.append((E, URIRef("https://schema.org/description"), Literal('quote " backslash \\ newline \n tab \t é ✓')))
    return out


class StoreContract:
    """Behaviour every backend must have. Subclasses provide the `store` fixture."""

    def test_replace_graph_then_query_the_union(self, store):
        store.replace_graph(G1, triples("OpenAI"))
        store.replace_graph(G2, triples("OpenAI"))
        table = store.select("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert table.rows == [(2,)]
        # the default graph is the union: the label stated in both graphs matches once per graph
        assert len(store.select(f"SELECT ?label WHERE {{ <{E}> <{RDFS.label}> ?label }}")) == 2
        table = store.select(f"SELECT DISTINCT ?label WHERE {{ <{E}> <{RDFS.label}> ?label }}")
        assert table.rows == [("OpenAI",)]

    def test_replacing_a_graph_replaces_only_that_graph(self, store):
        store.replace_graph(G1, triples("first", 5))
        store.replace_graph(G2, triples("other", 2))
        store.replace_graph(G1, triples("second", 1))
        count = store.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{G1}> {{ ?s ?p ?o }} }}").rows
        assert count == [(4,)]
        labels = {r[0] for r in store.select(f"SELECT ?l WHERE {{ ?s <{RDFS.label}> ?l }}")}
        assert labels == {"second", "other"}

    def test_text_round_trips_exactly(self, store):
        store.replace_graph(G1, triples("OpenAI"))
        [(text,)] = store.select("SELECT ?d WHERE { ?s <https://schema.org/description> ?d }").rows
        assert text == 'quote " backslash \\ newline \n tab \t é ✓'

    def test_typed_literals_come_back_as_python_values(self, store):
        store.replace_graph(G1, triples("OpenAI", 3))
        values = sorted(r[0] for r in store.select(f"SELECT ?v WHERE {{ ?s <{KG}value> ?v }}"))
        assert values == [0, 1, 2]

    def test_a_malformed_query_is_one_line_with_its_position(self, store):
        with pytest.raises(QueryError) as info:
            store.select("SELECT ?x WHERE { ?x ?p }")
        message = str(info.value)
        assert "\n" not in message and "line 1" in message and "column" in message

    def test_remove_graph(self, store):
        store.replace_graph(G1, triples("OpenAI"))
        store.remove_graph(G1)
        assert store.select("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }").rows == []


class TestEmbeddedStore(StoreContract):
    @pytest.fixture
    def store(self, tmp_path):
        with OxigraphStore(tmp_path / "store") as store:
            yield store

    def test_a_failed_replacement_leaves_the_old_graph_whole(self, store):
        store.replace_graph(G1, triples("old", 4))
        before = sorted(store.dump_nquads().splitlines())
        # the update drops and inserts, then fails in its last operation (creating a graph
        # that exists): the transaction must roll back the drop and the insert with it
        update = store.replace_graph_update(G1, triples("new", 1)) + f" ;\nCREATE GRAPH <{G1}>"
        with pytest.raises(StoreError):
            store.update(update)
        assert sorted(store.dump_nquads().splitlines()) == before

    def test_read_only_open_of_a_missing_store_is_a_clear_error(self, tmp_path):
        with pytest.raises(StoreError, match="no store here yet"):
            open_store(str(tmp_path / "nowhere"), read_only=True)

    def test_data_persists_on_disk(self, tmp_path):
        path = tmp_path / "persist"
        with OxigraphStore(path) as store:
            store.replace_graph(G1, triples("OpenAI"))
        with open_store(str(path), read_only=True) as store:
            assert len(store.select("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }")) == 6


class TestRemoteStore(StoreContract):
    @pytest.fixture
    def store(self, oxigraph_server):
        store = open_store(oxigraph_server)
        assert isinstance(store, RemoteStore)
        store.update("DROP ALL")
        yield store
        store.update("DROP ALL")

    def test_an_unreachable_server_is_a_clear_error(self):
        with pytest.raises(StoreError, match="cannot reach the SPARQL server"):
            RemoteStore("http://127.0.0.1:9", timeout=2).select("ASK {}")
