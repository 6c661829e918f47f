"""Named queries, each over a small hand-written graph; ad-hoc SPARQL; errors."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import QueryError
from kg.query import named_queries, render, run_query
from kg.store import OxigraphStore

from .conftest import DATA


@pytest.fixture(scope="module")
def store():
    store = OxigraphStore(None)
    store._store.load(path=str(DATA / "fixture.trig"), format=ox.RdfFormat.TRIG)
    return store


def rows(store, name, **params):
    return run_query(store, name, params).dicts()


def test_every_named_query_has_a_title_and_a_test():
    queries = named_queries()
    assert len(queries) >= 6
    tested = {n.split("test_q_", 1)[1].replace("_", "-") for n in globals() if n.startswith("test_q_")}
    assert set(queries) <= tested
    assert all(q.title != q.name for q in queries.values())


def test_q_claims_about(store):
    found = rows(store, "claims-about", entity="openai o3")
    assert {(r["kind"], r["role"], r["other"]) for r in found} == {
        ("BenchmarkScore", "subject", None), ("Comparison", "subject", "o1"), ("Launch", "object", "OpenAI")}
    assert {r["publisher"] for r in found} == {"The Ledger", "Compute Wire"}


def test_q_claims_about_needs_its_parameter(store):
    with pytest.raises(QueryError, match="needs --param entity=VALUE"):
        run_query(store, "claims-about")


def test_q_benchmark_scores(store):
    found = rows(store, "benchmark-scores")
    assert [(r["model"], r["benchmark"], r["value"], r["first_party"]) for r in found] == [
        ("o3", "FrontierMath", 10, False), ("o3", "FrontierMath", 25.2, True)]
    assert rows(store, "benchmark-scores", model="o1") == []


def test_q_comparisons(store):
    assert [(r["ahead"], r["behind"], r["benchmark"]) for r in rows(store, "comparisons")] == [("o3", "o1", "FrontierMath")]


def test_q_entities(store):
    found = {(r["type"], r["entity"]): (r["mentions"], r["articles"]) for r in rows(store, "entities")}
    assert found[("AIModel", "o3")] == (3, 2)
    assert found[("Company", "OpenAI")] == (1, 1)
    assert {r["entity"] for r in rows(store, "entities", type="Company")} == {"OpenAI"}


def test_q_claims_per_article(store):
    found = {r["title"]: (r["claims"], r["scores"], r["predictions"]) for r in rows(store, "claims-per-article")}
    assert found == {"o3 scores 25% on FrontierMath": (4, 1, 1), "Epoch measures o3": (2, 1, 0)}


def test_q_conflicting_scores(store):
    found = rows(store, "conflicting-scores")
    assert [(r["model"], r["value"], r["publisher"]) for r in found] == [
        ("o3", 10, "Compute Wire"), ("o3", 25.2, "The Ledger")]


def test_q_launches(store):
    assert [(r["maker"], r["launched"], r["openness"]) for r in rows(store, "launches")] == [("OpenAI", "o3", "closed")]


def test_q_money(store):
    assert [(r["company"], r["relation"], r["value"]) for r in rows(store, "money")] == [("OpenAI", "funding", 6600000000)]


def test_q_market_moves(store):
    assert [(r["subject"], r["value"]) for r in rows(store, "market-moves")] == [("Nvidia", -17)]


def test_q_predictions(store):
    [row] = rows(store, "predictions")
    assert (row["predictor"], row["made"], row["deadline"], row["probability"], row["outcome"]) == (
        "Dana Okafor", "2024", "2026", 0.6, "refuted")


def test_q_model_families(store):
    assert [(r["family"], r["version"], r["articles"]) for r in rows(store, "model-families")] == [("o-series", "o3", 2)]


def test_ad_hoc_sparql_gets_the_prefixes(store):
    table = run_query(store, "SELECT ?m WHERE { ?m a kg:AIModel ; rdfs:label 'o1' }")
    assert table.rows == [("https://w3id.org/aikg/id/aimodel/o1",)]
    assert render(table).splitlines()[2] == "id:aimodel/o1"


@pytest.mark.parametrize("query, message", [
    ("SELECT ?x WHERE { ?x ?p }", "query: syntax error at line 1, column"),
    ("benchmark-score", "no named query 'benchmark-score'; did you mean 'benchmark-scores'?"),
])
def test_errors_are_one_line(store, query, message):
    with pytest.raises(QueryError) as info:
        run_query(store, query)
    assert str(info.value).startswith(message) and "\n" not in str(info.value)


def test_render_formats(store):
    table = run_query(store, "market-moves")
    assert render(table, "csv").splitlines() == ["subject,relation,value,unit,object,date,publisher",
                                                 "Nvidia,stock_move,-17,%,,2025-04-18,Compute Wire"]
    assert render(table, "tsv").splitlines()[1].split("\t")[:3] == ["Nvidia", "stock_move", "-17"]
    assert '"value": -17' in render(table, "json")
