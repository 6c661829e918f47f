"""Records -> triples: n-ary claims, typed values, dates at their precision, provenance."""

from __future__ import annotations

import datetime as dt

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from kg import iris
from kg.rdf.convert import extraction_triples
from kg.rdf.namespace import KG
from kg.records import (Article, Claim, ClaimKind, Entity, EntityType, Extraction, Mention, Modality, Prediction,
                        Status)

TEXT = "OpenAI expects capex of $60 billion to $65 billion. Dana Okafor said two years ago it would top $50 billion."
ARTICLE = Article(text=TEXT, path="a.md", key="https://e.x/a", title="T", date=dt.date(2025, 9, 15),
                  url="https://e.x/a", publisher="The Ledger", author="Jo Roe")


def graph():
    extraction = Extraction(
        article=ARTICLE,
        entities=(Entity("OpenAI", EntityType.COMPANY, mentions=(Mention(0, 6, "OpenAI"),)),
                  Entity("Dana Okafor", EntityType.PERSON, aliases=("Okafor",), mentions=(Mention(51, 62, "Dana Okafor"),)),
                  Entity("GPT-5 mini", EntityType.AI_MODEL, version_of="GPT-5", maker="OpenAI")),
        claims=(Claim(ClaimKind.FINANCIAL, "OpenAI", TEXT[:50], 0, 50, value=(60e9, 65e9), unit="USD",
                      relation="capex", modality=Modality.EXPECTED, about_time="2025", confidence=0.7, rule="r"),),
        predictions=(Prediction("OpenAI capex will top $50 billion", TEXT[51:], 51, len(TEXT), predictor="Dana Okafor",
                                subject="OpenAI", made="2023", target_date="2025-12", status=Status.CONFIRMED,
                                probability=0.7, value=50e9, unit="USD", outcome_quote=TEXT[51:]),))
    g = Graph()
    article, shared = extraction_triples(extraction, ingested_at=dt.datetime(2025, 9, 16, 8, 0, tzinfo=dt.timezone.utc))
    for t in article + shared:
        g.add(t)
    return g


def test_entity_descriptions_go_to_the_shared_graph():
    extraction = Extraction(article=ARTICLE, entities=(Entity("OpenAI", EntityType.COMPANY, mentions=(Mention(0, 6, "OpenAI"),)),))
    article, shared = extraction_triples(extraction)
    openai = URIRef(iris.entity_iri("Company", "OpenAI"))
    assert (openai, RDFS.label, Literal("OpenAI")) in shared
    assert not any(s == openai for s, _, _ in article)
    assert any(p == KG.mentionOf and o == openai for _, p, o in article)


def test_claim_is_a_node_with_provenance_and_typed_values():
    g = graph()
    [claim] = g.subjects(RDF.type, KG.FinancialClaim)
    article = URIRef(iris.article_iri(ARTICLE.key))
    assert g.value(claim, PROV.wasDerivedFrom) == article
    assert g.value(claim, KG.subject) == URIRef(iris.entity_iri("Company", "OpenAI"))
    assert g.value(claim, KG.valueLow) == Literal("60000000000", datatype=XSD.decimal)
    assert g.value(claim, KG.valueHigh) == Literal("65000000000", datatype=XSD.decimal)
    assert g.value(claim, KG.modality) == KG.Expected
    assert g.value(claim, KG.aboutTime) == Literal("2025", datatype=XSD.gYear)
    assert g.value(claim, KG.statedAt) == Literal("2025-09-15", datatype=XSD.date)
    assert (g.value(claim, KG.start), g.value(claim, KG.end)) == (Literal(0), Literal(50))


def test_prediction_dates_keep_precision_and_a_reported_outcome_is_a_resolution():
    g = graph()
    [p] = g.subjects(RDF.type, KG.Prediction)
    assert g.value(p, KG.madeAt) == Literal("2023", datatype=XSD.gYear)
    assert g.value(p, KG.deadline) == Literal("2025-12", datatype=XSD.gYearMonth)
    [r] = g.subjects(KG.resolves, p)
    assert g.value(r, KG.outcome) == KG.Confirmed
    assert g.value(r, KG.evidence) == URIRef(iris.article_iri(ARTICLE.key))
    assert g.value(r, PROV.wasAttributedTo) == KG.TextExtractor


def test_entities_aliases_families_and_outlet():
    g = graph()
    okafor = URIRef(iris.entity_iri("Person", "Dana Okafor"))
    assert g.value(okafor, SKOS.altLabel) == Literal("Okafor")
    mini = URIRef(iris.entity_iri("AIModel", "GPT-5 mini"))
    family = URIRef(iris.entity_iri("AIModel", "GPT-5"))
    assert (mini, KG.versionOf, family) in g and (family, KG.familyOf, mini) in g
    outlet = g.value(URIRef(iris.article_iri(ARTICLE.key)), URIRef("https://schema.org/publisher"))
    assert g.value(outlet, RDFS.label) == Literal("The Ledger")


def test_same_extraction_same_triples():
    assert set(graph()) == set(graph())
