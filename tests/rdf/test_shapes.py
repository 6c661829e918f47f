"""SHACL shapes catch what the data model forbids; real extractions conform."""

from __future__ import annotations

from rdflib import Graph

from kg.ingest import ingest
from kg.store import open_store
from kg.validation import store_graph, validate_graph

from ..conftest import CORPUS

BROKEN = """
@prefix kg: <https://w3id.org/aikg/ontology#> . @prefix prov: <http://www.w3.org/ns/prov#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://e.x/a> a kg:Article ; kg:contentHash "h" ; <https://schema.org/articleBody> "b" .
<https://e.x/m> a kg:AIModel ; rdfs:label "M" .
<https://e.x/c> a kg:BenchmarkScoreClaim ; kg:subject <https://e.x/m> ; prov:wasDerivedFrom <https://e.x/a> ;
   kg:start 10 ; kg:end 4 ; kg:polarity kg:Affirmed ; kg:modality kg:Asserted ; kg:value "high" .
<https://e.x/p> a kg:Prediction ; kg:statement "s" ; kg:start 0 ; kg:end 3 ; prov:wasDerivedFrom <https://e.x/a> ;
   kg:madeAt "last year" .
"""


def test_violations_are_listed():
    table = validate_graph(Graph().parse(data=BROKEN, format="turtle"))
    problems = {(focus.rsplit("/", 1)[-1], path.rsplit("#", 1)[-1], message) for focus, path, message, _, _ in table.rows}
    assert ("c", "quote", "must keep exactly one non-empty quote") in problems
    assert ("c", "", "end offset must be greater than start offset") in problems
    assert ("p", "quote", "must keep exactly one non-empty quote") in problems
    assert any(f == "c" and p == "benchmark" for f, p, _ in problems)  # a score names its benchmark
    assert any(f == "c" and p == "value" for f, p, _ in problems)       # values are typed
    assert ("p", "madeAt", "a date at year, month or day precision (xsd:gYear, xsd:gYearMonth or xsd:date)") in problems


def test_ingested_articles_conform(tmp_path, nlp):
    ingest([CORPUS / "dev" / "d01-openai-gpt5-launch.md", CORPUS / "dev" / "d21-kestrel-point-solberg-ai-calls.md",
            CORPUS / "dev" / "d25-solberg-open-weights-call-confirmed.md"], store=str(tmp_path / "s"))
    with open_store(str(tmp_path / "s"), read_only=True) as store:
        assert validate_graph(store_graph(store)).rows == []
