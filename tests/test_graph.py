"""networkx views, every export format read back, GEXF valid against both official schemas."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from lxml import etree

from kg.analysis import bradley_terry, centrality, communities, plot, who_beats_whom
from kg.errors import KgError, NotFoundError
from kg.graph import to_networkx, write_csv, write_gexf, write_graphml, write_json
from kg.ingest import ingest
from kg.store import OxigraphStore, open_store

from .conftest import CORPUS, DATA

# The official GEXF schemas (Gephi project, CC BY 4.0): the team's copy beside the repository
# when there is one, else the unmodified copy in tests/data (see its NOTICE.md); KG_GEXF_SCHEMAS
# points elsewhere. Missing schemas fail the tests: a validation test that skips checks nothing.
_SHARED = Path(__file__).resolve().parent.parent.parent / "shared" / "schemas" / "gexf"
SCHEMAS = Path(os.environ.get("KG_GEXF_SCHEMAS") or (_SHARED if _SHARED.is_dir() else DATA / "gexf-schemas"))


def gexf_schema(version: str) -> etree.XMLSchema:
    path = SCHEMAS / version / "gexf.xsd"
    if not path.is_file():
        pytest.fail(f"GEXF schema not found at {path}: set KG_GEXF_SCHEMAS to the folder holding 1.2draft/ and 1.3/")
    return etree.XMLSchema(etree.parse(str(path)))


@pytest.fixture(scope="module")
def fixture_store():
    store = OxigraphStore(None)
    store._store.load(path=str(DATA / "fixture.trig"), format=ox.RdfFormat.TRIG)
    return store


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory, nlp):
    path = tmp_path_factory.mktemp("graph") / "store"
    files = sorted((CORPUS / "dev").glob("d0[1-9]*.md")) + sorted((CORPUS / "dev").glob("d2[1-6]*.md"))
    ingest(files, store=str(path))
    store = open_store(str(path), read_only=True)
    yield store
    store.close()


def test_entities_view_collapses_claims_into_typed_weighted_edges(fixture_store):
    G = to_networkx(fixture_store)
    o3 = "https://w3id.org/aikg/id/aimodel/o3"
    assert G.nodes[o3]["label"] == "o3" and G.nodes[o3]["type"] == "AIModel"
    assert (G.nodes[o3]["mentions"], G.nodes[o3]["articles"], G.nodes[o3]["start"]) == (3, 2, "2024-12-20")
    scored = G.get_edge_data(o3, "https://w3id.org/aikg/id/benchmark/frontiermath")
    [(key, edge)] = scored.items()
    assert (edge["label"], edge["weight"], edge["sources"], edge["start"]) == ("scored_on", 2, 2, "2024-12-20")
    assert G.has_edge(o3, "https://w3id.org/aikg/id/aimodel/o1", "outperforms:FrontierMath")
    assert G.has_edge("https://w3id.org/aikg/id/company/openai", o3, "announced")
    assert G.has_edge(o3, "https://w3id.org/aikg/id/aimodel/o-series", "version_of")
    assert all(isinstance(v, (str, int, float, bool)) for _, d in G.nodes(data=True) for v in d.values())


def test_claims_and_full_views_keep_only_iris_as_nodes(fixture_store):
    claims = to_networkx(fixture_store, view="claims")
    claim = "https://w3id.org/aikg/id/claim/s1"
    assert claims.nodes[claim]["type"] == "BenchmarkScoreClaim" and claims.nodes[claim]["value"] == 25.2
    assert {k for _, _, k in claims.out_edges(claim, keys=True)} == {"subject", "benchmark", "source"}
    full = to_networkx(fixture_store, view="full")
    assert all(str(n).startswith(("https://", "http://", "_:")) for n in full.nodes)
    assert full.nodes[claim]["kg_value"] == 25.2 and full.nodes[claim]["type"] == "BenchmarkScoreClaim"
    assert full.has_edge(claim, "https://w3id.org/aikg/id/aimodel/o3", "kg:subject")


def test_filters(fixture_store):
    models = to_networkx(fixture_store, types=["AIModel"])
    assert {d["type"] for _, d in models.nodes(data=True)} == {"AIModel"}
    late = to_networkx(fixture_store, since="2025-01-01")
    assert not late.has_edge("https://w3id.org/aikg/id/company/openai", "https://w3id.org/aikg/id/aimodel/o3")
    ego = to_networkx(fixture_store, ego="o1", depth=1)
    assert set(ego.nodes) == {"https://w3id.org/aikg/id/aimodel/o1", "https://w3id.org/aikg/id/aimodel/o3"}
    busy = to_networkx(fixture_store, min_mentions=2)
    assert {d["label"] for _, d in busy.nodes(data=True)} == {"o3"}
    with pytest.raises(NotFoundError):
        to_networkx(fixture_store, ego="nobody")
    with pytest.raises(KgError):
        to_networkx(fixture_store, since="last week")


@pytest.mark.parametrize("version", ["1.3", "1.2draft"])
def test_gexf_validates_against_the_official_schema(corpus_store, version):
    schema = gexf_schema(version)
    for view in ("entities", "claims", "full"):
        for dynamic in (False, True):
            buf = io.BytesIO()
            write_gexf(to_networkx(corpus_store, view=view), buf, version=version, dynamic=dynamic)
            document = etree.fromstring(buf.getvalue())
            assert schema.validate(document), (view, dynamic, schema.error_log.last_error)


def test_networkx_gexf_does_not_validate_but_ours_does(fixture_store):
    schema = gexf_schema("1.3")
    G = to_networkx(fixture_store)
    theirs = io.BytesIO()
    nx.write_gexf(G, theirs, version="1.3")
    assert not schema.validate(etree.fromstring(theirs.getvalue()))


def test_dynamic_gexf_has_a_timeformat_and_start_dates(fixture_store):
    buf = io.BytesIO()
    write_gexf(to_networkx(fixture_store), buf, dynamic=True)
    root = etree.fromstring(buf.getvalue())
    ns = {"g": "http://gexf.net/1.3"}
    graph = root.find("g:graph", ns)
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    assert root.xpath("//g:node[@start='2024-12-20']", namespaces=ns)
    assert root.xpath("//g:edge[@start]", namespaces=ns)


def roundtrip_check(original: nx.MultiDiGraph, loaded: nx.Graph):
    assert set(map(str, loaded.nodes)) == set(original.nodes)
    assert loaded.number_of_edges() == original.number_of_edges()
    for node, data in original.nodes(data=True):
        for name in ("label", "type", "mentions", "degree"):
            assert loaded.nodes[node][name] == data[name], (node, name)
    weights = sorted(d["weight"] for _, _, d in original.edges(data=True))
    assert sorted(float(d["weight"]) for _, _, d in loaded.edges(data=True)) == weights


def test_every_format_reads_back(fixture_store, tmp_path):
    G = to_networkx(fixture_store)
    buf = io.BytesIO()
    write_gexf(G, buf)
    roundtrip_check(G, nx.read_gexf(io.BytesIO(buf.getvalue())))
    write_graphml(G, tmp_path / "g.graphml")
    loaded = nx.read_graphml(tmp_path / "g.graphml")
    roundtrip_check(G, loaded)
    assert isinstance(next(iter(loaded.nodes(data="mentions")))[1], int)  # attribute types survive
    write_json(G, tmp_path / "g.json")
    roundtrip_check(G, nx.node_link_graph(json.loads((tmp_path / "g.json").read_text()), edges="edges"))
    write_csv(G, tmp_path / "n.csv", tmp_path / "e.csv")
    nodes = list(csv.DictReader((tmp_path / "n.csv").open()))
    edges = list(csv.DictReader((tmp_path / "e.csv").open()))
    assert list(nodes[0])[:2] == ["Id", "Label"] and list(edges[0])[:6] == ["Source", "Target", "Type", "Id", "Label", "Weight"]
    assert {n["Id"] for n in nodes} == set(G.nodes) and len(edges) == G.number_of_edges()
    assert len({e["Id"] for e in edges}) == len(edges)


def test_export_command(cli, tmp_path, fixture_store, monkeypatch):
    monkeypatch.setattr("kg.store.open_store", lambda *a, **k: _Shared(fixture_store))
    result = cli("export", "--dynamic", "-o", tmp_path / "g.gexf")
    assert result.exit_code == 0 and (tmp_path / "g.gexf").read_text().startswith("<?xml")
    result = cli("export", "--format", "csv", "-o", tmp_path / "graph.csv")
    assert (tmp_path / "graph-nodes.csv").exists() and (tmp_path / "graph-edges.csv").exists()
    result = cli("export", "--format", "json", "--type", "AIModel")
    assert {n["type"] for n in json.loads(result.stdout)["nodes"]} == {"AIModel"}


class _Shared:
    """The module's in-memory store, handed to a command that would close it."""

    def __init__(self, store):
        self.store = store

    def __enter__(self):
        return self.store

    def __exit__(self, *exc):
        pass


def test_bradley_terry_orders_a_clear_chain():
    games = [("a", "b", False, "")] * 3 + [("b", "c", False, "")] * 3 + [("a", "c", False, "")]
    strength = bradley_terry(games)
    assert strength["a"] > strength["b"] > strength["c"]
    assert abs(sum(strength.values())) < 1e-6  # centred: 0 is the average model


def test_analysis_tables_and_plot(corpus_store, tmp_path):
    G = to_networkx(corpus_store)
    central = centrality(G, top=5)
    assert len(central) == 5 and central.rows[0][2] >= central.rows[-1][2]
    groups = communities(G)
    assert groups.rows and groups.rows[0][1] >= groups.rows[-1][1]
    table = who_beats_whom(G)
    assert table.rows and table.rows[0][0] == 1 and all(r[3] + r[4] + r[5] > 0 for r in table.rows)
    assert {r[2] for r in table.rows} <= {"AIModel", "Product"}
    plot(G, str(tmp_path / "g.png"), top=30)
    assert (tmp_path / "g.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_two_lucky_wins_do_not_outrank_a_long_record():
    import networkx as nx
    from kg.analysis import strength_errors
    # the veteran is 12-1 against a field; the rookie's only two games are wins, one over the veteran
    games = [("veteran", f"rival{i}", False, "") for i in range(12)] + [("rival3", "veteran", False, "")] \
        + [("rookie", "veteran", False, ""), ("rookie", "rival0", False, "")] \
        + [(f"rival{i}", f"rival{i + 1}", False, "") for i in range(11)]
    strength = bradley_terry(games)
    errors = strength_errors(games, strength)
    assert strength["rookie"] > strength["veteran"] and errors["rookie"] > errors["veteran"]
    G = nx.MultiDiGraph()
    for name in {p for g in games for p in g[:2]}:
        G.add_node(name, label=name, type="AIModel")
    for a, b, _, _ in games:
        G.add_edge(a, b, label="outperforms")
    ranking = [row[1] for row in who_beats_whom(G).rows]
    assert ranking.index("veteran") < ranking.index("rookie")
