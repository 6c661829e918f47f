"""Files -> store: idempotent, atomic per article, one error line per bad file."""

from __future__ import annotations

import shutil

import pytest

from kg import iris
from kg.errors import StoreError
from kg.ingest import ingest
from kg.store import OxigraphStore, open_store

from .conftest import CORPUS

ARTICLES = ["d01-openai-gpt5-launch.md", "d13-nvidia-q4-fy2024-earnings.md", "d10-deepseek-v3-training-cost.txt"]


@pytest.fixture
def news(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    for name in ARTICLES:
        shutil.copy(CORPUS / "dev" / name, folder / name)
    return folder


def dump(path):
    with open_store(str(path), read_only=True) as store:
        return sorted(store.dump_nquads().splitlines())


def test_ingesting_twice_leaves_the_store_exactly_as_it_was(news, store_dir, nlp):
    first = ingest([news], store=str(store_dir))
    assert (first.read, first.written, first.unchanged, first.errors) == (3, 3, 0, [])
    before = dump(store_dir)
    second = ingest([news], store=str(store_dir))
    assert (second.read, second.written, second.unchanged) == (3, 0, 3)
    assert dump(store_dir) == before


def test_an_edited_article_replaces_its_own_graph_only(news, store_dir, nlp):
    ingest([news], store=str(store_dir))
    path = news / ARTICLES[0]
    path.write_text(path.read_text(encoding="utf-8").replace("74.9%", "75.3%"), encoding="utf-8")
    report = ingest([news], store=str(store_dir))
    assert (report.written, report.unchanged) == (1, 2)
    with open_store(str(store_dir), read_only=True) as store:
        values = {r[0] for r in store.select(
            "PREFIX kg: <https://w3id.org/aikg/ontology#> SELECT ?v WHERE { ?c a kg:BenchmarkScoreClaim ; kg:value ?v }")}
        articles = store.select("PREFIX kg: <https://w3id.org/aikg/ontology#> SELECT DISTINCT ?a WHERE { ?a a kg:Article }")
    assert 75.3 in values and 74.9 not in values
    assert len(articles) == 3


def test_a_malformed_file_among_good_ones(news, store_dir, cli, nlp):
    (news / "broken.md").write_text("---\ntitle: [oops\n---\nOpenAI released GPT-5.", encoding="utf-8")
    result = cli("ingest", "--store", store_dir, "-q", news)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f"Error: {news / 'broken.md'}: front matter is not valid YAML "
                                                  f"at line 3: expected ',' or ']', but got '<stream end>'"]
    with open_store(str(store_dir), read_only=True) as store:
        assert len(store.articles()) == 3


def test_a_failure_while_writing_keeps_the_previous_version_whole(news, store_dir, nlp, monkeypatch):
    ingest([news], store=str(store_dir))
    before = dump(store_dir)
    path = news / ARTICLES[1]
    path.write_text(path.read_text(encoding="utf-8") + "\nNvidia shares rose 5% on Friday.\n", encoding="utf-8")
    original = OxigraphStore.replace_graph_update

    def failing(graph, triples, shared=None):  # the write fails after dropping and inserting: roll back both
        return original(graph, triples, shared) + f" ;\nCREATE GRAPH <{graph}>"

    monkeypatch.setattr(OxigraphStore, "replace_graph_update", staticmethod(failing))
    with pytest.raises(StoreError):
        ingest([news], store=str(store_dir))
    assert dump(store_dir) == before


def test_one_named_graph_per_article_with_its_provenance(news, store_dir, nlp):
    ingest([news], store=str(store_dir))
    with open_store(str(store_dir), read_only=True) as store:
        graphs = [g for g in store.named_graphs() if "/graph/article/" in g]
        rows = store.select("""PREFIX kg: <https://w3id.org/aikg/ontology#> PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?g ?c ?a WHERE { GRAPH ?g { ?c a kg:LaunchClaim ; prov:wasDerivedFrom ?a } }""").rows
    assert len(graphs) == 3
    assert rows and all(g == iris.GRAPH + "article/" + a.rsplit("/", 1)[1] for g, _, a in rows)


def test_stdin(store_dir, cli, nlp):
    result = cli("ingest", "--store", store_dir, "-", input="---\ntitle: Piped\ndate: 2025-01-02\n---\nMeta released Llama 4.")
    assert result.exit_code == 0, result.stderr
    with open_store(str(store_dir), read_only=True) as store:
        assert len(store.articles()) == 1
