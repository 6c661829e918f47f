"""Files -> extraction -> named graphs in the store: the whole path, streaming.

``extract`` runs the pipeline without a store; ``ingest`` writes each article's graph,
skipping articles whose text, metadata and extractor version are unchanged (so a re-run
leaves the store exactly as it was, and costs no NLP time).
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Callable, Iterable, Iterator, List, Optional, Union

from . import iris
from .corpus import iter_articles, iter_files
from .errors import InputError
from .records import Article, Extraction

Paths = Iterable[Union[str, Path]]


@dataclass
class IngestReport:
    """What one ``ingest`` run did."""

    store: str
    read: int = 0
    written: int = 0
    unchanged: int = 0
    triples: int = 0
    words: int = 0
    errors: List[InputError] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.errors

    def summary(self) -> str:
        rate = f", {self.words / self.seconds:,.0f} words/s" if self.seconds and self.words else ""
        return (f"{self.read} article(s) read: {self.written} written, {self.unchanged} unchanged, "
                f"{len(self.errors)} error(s); {self.triples:,} triples in {self.seconds:.1f}s{rate} -> {self.store}")


def extract(paths: Paths, model: Optional[str] = None, batch_size: int = 16, n_process: int = 1,
            stdin: Optional[IO[str]] = None) -> Iterator[Union[Extraction, InputError]]:
    """Extract entities, claims and predictions from files, without a store.

    Example:
        >>> from kg import extract  # doctest: +SKIP
        >>> for item in extract(["corpus/dev"]):  # doctest: +SKIP
        ...     print(item.article.title, len(item.claims))
    """
    from .extract import extract_stream
    from .nlp.pipeline import load_pipeline

    items = iter_articles(paths, stdin=stdin)
    for item in items:
        if isinstance(item, InputError):
            yield item
            continue
        nlp = load_pipeline(model)  # only once there is an article to read
        yield from extract_stream(nlp, _chain(item, items), batch_size=batch_size, n_process=n_process)
        return


def ingest(paths: Paths, store=None, model: Optional[str] = None, batch_size: int = 16, n_process: int = 1,
           force: bool = False, progress: Optional[bool] = None, on_error: Optional[Callable[[InputError], None]] = None,
           stdin: Optional[IO[str]] = None, now: Optional[Callable[[], dt.datetime]] = None) -> IngestReport:
    """Read, extract and store articles; one named graph per article.

    Args:
        paths: files and folders (recursively); ``"-"`` reads standard input.
        store: a :class:`kg.store.Store`, or a location for :func:`kg.store.open_store`.
        force: re-extract articles even when nothing changed.
        progress: show a progress bar on stderr (``None``: only on a terminal).
        on_error: called with each unreadable file as it is met (the run goes on).

    Returns:
        An :class:`IngestReport`; ``report.errors`` lists the files that could not be read.
    """
    from .extract import EXTRACTOR_VERSION, extract_stream
    from .rdf.convert import extraction_triples
    from .store import Store, open_store

    owned = not isinstance(store, Store)
    target = open_store(store) if owned else store
    report = IngestReport(store=target.location)
    started = time.perf_counter()
    clock = now or (lambda: dt.datetime.now(dt.timezone.utc))
    try:
        target.ensure_ontology()
        known = target.articles()
        paths = list(paths)
        total = sum(1 for f in iter_files(paths) if not isinstance(f, InputError))
        bar = _progress(total, progress)

        def pending() -> Iterator[Union[Article, InputError]]:
            last_path = None
            for item in iter_articles(paths, stdin=stdin):
                path = item.path.rsplit(":", 1)[0] if isinstance(item, Article) and item.format == "jsonl" else \
                    getattr(item, "path", None)
                if path != last_path:
                    bar.update(1) if last_path is not None else None
                    last_path = path
                if isinstance(item, InputError):
                    report.errors.append(item)
                    if on_error:
                        on_error(item)
                    continue
                report.read += 1
                if not force and known.get(iris.article_iri(item.key)) == (item.fingerprint, EXTRACTOR_VERSION):
                    report.unchanged += 1
                    continue
                yield item
            if last_path is not None:
                bar.update(1)

        stream = pending()
        first = next(stream, None)
        if first is not None:
            from .nlp.pipeline import load_pipeline

            nlp = load_pipeline(model)
            for extraction in extract_stream(nlp, _chain(first, stream), batch_size=batch_size, n_process=n_process):
                if isinstance(extraction, InputError):  # pragma: no cover - pending() already filtered them
                    continue
                article = extraction.article
                triples, shared = extraction_triples(extraction, ingested_at=clock(), extractor_version=EXTRACTOR_VERSION)
                target.replace_graph(iris.article_graph_iri(article.key), triples, (iris.ENTITIES_GRAPH, shared))
                report.written += 1
                report.triples += len(triples) + len(shared)
                report.words += len(article.text.split())
        bar.close()
    finally:
        report.seconds = time.perf_counter() - started
        if owned:
            target.close()
    return report


def _chain(first, rest):
    yield first
    yield from rest


class _NoBar:
    def update(self, n: int = 1) -> None:
        pass

    def close(self) -> None:
        pass


def _progress(total: int, enabled: Optional[bool]):
    import sys

    if enabled is False or total < 2:
        return _NoBar()
    if enabled is None and not sys.stderr.isatty():
        return _NoBar()
    from tqdm import tqdm

    return tqdm(total=total, unit="file", desc="ingest", file=sys.stderr, leave=False, dynamic_ncols=True)
