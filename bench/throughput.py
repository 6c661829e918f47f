"""Extraction and ingest throughput, against bare en_core_web_sm on the same text in the same run.

Usage:  .venv/bin/python bench/throughput.py [--repeat 3] [--copies 4] [--corpus corpus]

Measures, on every article of the corpus (repeated --copies times so each run lasts a few
seconds), the median over --repeat runs of:

* bare:    ``nlp.pipe`` of the plain statistical pipeline (all its pipes), batch size 16;
* kg:      the full kg pipeline plus conversion to records (what ``kg extract`` does);
* ingest:  ``kg.ingest`` into a fresh embedded Oxigraph store (NLP + RDF + atomic writes).

and prints words per second and the ratio kg / bare (target: at least 0.7).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.corpus import iter_articles  # noqa: E402
from kg.extract import extract_stream, normalise_for_nlp  # noqa: E402
from kg.nlp.pipeline import load_base, load_pipeline  # noqa: E402
from kg.records import Article  # noqa: E402


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--copies", type=int, default=4)
    parser.add_argument("--corpus", default=str(ROOT / "corpus"))
    parser.add_argument("--model", default=None)
    args = parser.parse_args()

    articles = [a for a in iter_articles([args.corpus]) if isinstance(a, Article)]
    articles = articles * args.copies
    texts = [normalise_for_nlp(a.text) for a in articles]
    words = sum(len(t.split()) for t in texts)
    bare = load_base(args.model)
    kg_nlp = load_pipeline(args.model)
    print(f"{len(articles)} articles ({len(articles) // args.copies} distinct), {words:,} words; "
          f"bare pipes: {', '.join(bare.pipe_names)}")

    # warm-up: first calls allocate and load lookups
    list(bare.pipe(texts[:8]))
    list(extract_stream(kg_nlp, articles[:8]))

    runs = {"bare": [], "kg": [], "ingest": []}
    for _ in range(args.repeat):
        runs["bare"].append(timed(lambda: [d for d in bare.pipe(texts, batch_size=16)]))
        runs["kg"].append(timed(lambda: [x for x in extract_stream(kg_nlp, articles, batch_size=16)]))
        store = tempfile.mkdtemp(prefix="kg-bench-")
        try:
            copies = [Article(text=a.text, path=a.path, key=f"{a.key}#{i}", title=a.title, date=a.date,
                              url=None, publisher=a.publisher, author=a.author) for i, a in enumerate(articles)]
            runs["ingest"].append(timed(lambda: _ingest_records(copies, store, args.model)))
        finally:
            shutil.rmtree(store, ignore_errors=True)

    medians = {k: statistics.median(v) for k, v in runs.items()}
    for name, seconds in medians.items():
        print(f"{name:7} {words / seconds:9,.0f} words/s   ({seconds:.2f} s, runs: "
              f"{', '.join(f'{s:.2f}' for s in runs[name])})")
    print(f"ratio kg/bare: {medians['bare'] / medians['kg']:.2f}   ingest/bare: {medians['bare'] / medians['ingest']:.2f}")


def _ingest_records(articles, store, model) -> None:
    """The ingest path on in-memory articles: NLP, RDF conversion, one atomic write per article."""
    from kg import iris
    from kg.extract import EXTRACTOR_VERSION
    from kg.rdf.convert import extraction_triples
    from kg.store import open_store

    with open_store(store) as st:
        st.ensure_ontology()
        for extraction in extract_stream(load_pipeline(model), articles, batch_size=16):
            triples, shared = extraction_triples(extraction, extractor_version=EXTRACTOR_VERSION)
            st.replace_graph(iris.article_graph_iri(extraction.article.key), triples, (iris.ENTITIES_GRAPH, shared))


if __name__ == "__main__":
    main()
