"""Where the graph lives: an embedded Oxigraph store on disk, or a remote SPARQL 1.1 server.

Both implement one small protocol (:class:`Store`): atomic replacement of a named graph,
SPARQL SELECT/ASK/CONSTRUCT queries over the union of all graphs, SPARQL updates, and a dump.
Open a store once per command with :func:`open_store`; it is also a context manager.

* ``kg-store`` (a folder; the default, or ``--store DIR`` / ``$KG_STORE``): Oxigraph on disk.
The default graph of every query is the union of the named graphs. A triple that several
articles state (an entity's type and label) is in each of their graphs, so it matches once per
article: use ``SELECT DISTINCT`` and ``COUNT(DISTINCT ...)``.

* ``http://host:port/`` (``--store URL``): a SPARQL 1.1 Protocol server (queries at
  ``/query``, updates at ``/update`` as Oxigraph serves them; override with
  ``URL#query=...&update=...``). The server must treat its default graph as the union of
  the named graphs (``oxigraph serve --union-default-graph``).
"""

from __future__ import annotations

import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, Iterator, List, Optional, Tuple, Union

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from . import iris
from .errors import QueryError, StoreError

DEFAULT_STORE = "kg-store"
STORE_ENV = "KG_STORE"
ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
_PACKAGED_ONTOLOGY_DIR = Path(__file__).resolve().parent / "ontology"

PREFIXES = {
    "kg": "https://w3id.org/aikg/ontology#",
    "id": iris.ID,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "https://schema.org/",
}
# One line with no line break, so a user's query keeps its line numbers in error messages.
PREFIX_HEADER = " ".join(f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items()) + " "

Term = Union[URIRef, Literal, BNode]
Triple = Tuple[Term, Term, Term]


def ontology_path(name: str = "kg.ttl") -> Path:
    """``ontology/<name>`` in a checkout, or the copy shipped inside the package."""
    checkout = ONTOLOGY_DIR / name
    return checkout if checkout.exists() else _PACKAGED_ONTOLOGY_DIR / name


@dataclass
class Table:
    """Rows of a SELECT result: Python values (IRIs as strings, typed literals converted)."""

    columns: List[str]
    rows: List[tuple] = field(default_factory=list)
    raw: Optional[List[Dict[str, object]]] = None

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def dicts(self) -> List[dict]:
        return [dict(zip(self.columns, row)) for row in self.rows]


# -- term conversion ----------------------------------------------------------------------------
def to_ox(term: Term):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


_XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {_XSD + t for t in ("integer", "int", "long", "short", "nonNegativeInteger", "positiveInteger", "unsignedInt")}
_FLOATS = {_XSD + t for t in ("decimal", "double", "float")}


def python_value(term) -> object:
    """An Oxigraph term as a plain Python value for tables, CSV and networkx."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value if term.datatype is not None else None
        try:
            if datatype in _INTEGERS:
                return int(term.value)
            if datatype in _FLOATS:
                number = float(term.value)
                return int(number) if number.is_integer() and abs(number) < 1e15 else number
            if datatype == _XSD + "boolean":
                return term.value in ("true", "1")
        except ValueError:
            return term.value
        return term.value
    return str(term)


def _header_length(query: str) -> int:
    return len(PREFIX_HEADER) if query.startswith(PREFIX_HEADER) else 0


def ntriples(triples: Iterable[Triple]) -> str:
    return "\n".join(f"{to_ox(s)} {to_ox(p)} {to_ox(o)} ." for s, p, o in triples)


def _syntax_error(err: Exception, label: str, header: int = 0) -> QueryError:
    """One line naming the position in the user's text (``header`` characters of PREFIX lines
    that kg put in front of line 1 are taken off the column)."""
    message = str(err).splitlines()[0] if str(err) else err.__class__.__name__
    match = re.match(r"error at (\d+):(\d+): (.*)", message)
    if match:
        line, column, rest = match.groups()
        column = int(column) - (header if line == "1" else 0)
        return QueryError(f"{label}: syntax error at line {line}, column {max(column, 1)}: {rest}")
    return QueryError(f"{label}: {message}")


# -- the protocol ------------------------------------------------------------------------------
class Store:
    """What every backend offers. Use as ``with open_store(...) as store:``."""

    location: str

    def replace_graph(self, graph: str, triples: Iterable[Triple], shared: Optional[Tuple[str, Iterable[Triple]]] = None) -> None:
        """Atomically replace a named graph's content (and add ``shared`` triples to another
        graph in the same transaction): on any failure the old content stays whole."""
        self.update(self.replace_graph_update(graph, triples, shared))

    @staticmethod
    def replace_graph_update(graph: str, triples: Iterable[Triple],
                             shared: Optional[Tuple[str, Iterable[Triple]]] = None) -> str:
        body = ntriples(triples)
        extra = ""
        if shared is not None:
            shared_body = ntriples(shared[1])
            if shared_body:
                extra = f"\nGRAPH <{shared[0]}> {{\n{shared_body}\n}}"
        return f"DROP SILENT GRAPH <{graph}> ;\nINSERT DATA {{ GRAPH <{graph}> {{\n{body}\n}}{extra} }}"

    def remove_graph(self, graph: str) -> None:
        self.update(f"DROP SILENT GRAPH <{graph}>")

    def select(self, query: str, label: str = "query") -> Table:
        raise NotImplementedError

    def ask(self, query: str) -> bool:
        raise NotImplementedError

    def update(self, update: str) -> None:
        raise NotImplementedError

    def construct(self, query: str) -> List[Tuple[object, object, object]]:
        raise NotImplementedError

    def results(self, query: str, fmt: str, label: str = "query") -> bytes:
        """A SELECT/ASK result serialised as W3C SPARQL results (json, csv, tsv, xml)."""
        raise NotImplementedError

    def dump_nquads(self) -> bytes:
        raise NotImplementedError

    def named_graphs(self) -> List[str]:
        table = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
        return [row[0] for row in table]

    def articles(self) -> Dict[str, Tuple[str, Optional[str]]]:
        """Article IRI -> (content hash, extractor version) of everything already stored."""
        table = self.select(PREFIX_HEADER + """
            SELECT ?a ?hash ?version WHERE { GRAPH ?g { ?a a kg:Article ; kg:contentHash ?hash .
              OPTIONAL { ?a kg:extractorVersion ?version } } }""")
        return {a: (h, v) for a, h, v in table}

    def ensure_ontology(self) -> None:
        """Load ``ontology/kg.ttl`` into its own named graph when it is missing or changed."""
        import hashlib

        from rdflib import Graph

        text = ontology_path().read_text(encoding="utf-8")
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        marker = f"<{iris.ONTOLOGY_GRAPH}> <{PREFIXES['kg']}contentHash> \"{digest}\""
        if self.ask(f"ASK {{ GRAPH <{iris.ONTOLOGY_GRAPH}> {{ {marker} }} }}"):
            return
        graph = Graph().parse(data=text, format="turtle")
        triples = list(graph) + [(URIRef(iris.ONTOLOGY_GRAPH), URIRef(PREFIXES["kg"] + "contentHash"), Literal(digest))]
        self.replace_graph(iris.ONTOLOGY_GRAPH, triples)

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class OxigraphStore(Store):
    """Oxigraph on disk (or in memory with ``path=None``, for tests and notebooks)."""

    def __init__(self, path: Optional[Union[str, Path]], read_only: bool = False):
        self.location = str(path) if path is not None else ":memory:"
        self.read_only = read_only
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                if not Path(path).exists():
                    raise StoreError(f"{path}: no store here yet (run `kg ingest` first, or pass --store)")
                self._store = ox.Store.read_only(str(path))
            else:
                Path(path).mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
        except OSError as err:
            detail = str(err).splitlines()[0]
            if "lock" in detail.lower():
                detail = "locked by another kg process (close it, or use a read-only command)"
            raise StoreError(f"{path}: cannot open the store: {detail}") from None

    def select(self, query: str, label: str = "query") -> Table:
        solutions = self._run(query, label)
        if isinstance(solutions, ox.QueryBoolean):
            return Table(["result"], [(bool(solutions),)])
        if isinstance(solutions, ox.QueryTriples):
            rows = [(python_value(t.subject), python_value(t.predicate), python_value(t.object)) for t in solutions]
            return Table(["subject", "predicate", "object"], rows)
        columns = [v.value for v in solutions.variables]
        rows = [tuple(python_value(solution[c]) for c in columns) for solution in solutions]
        return Table(columns, rows)

    def _run(self, query: str, label: str):
        try:
            return self._store.query(query, use_default_graph_as_union=True)
        except SyntaxError as err:
            raise _syntax_error(err, label, _header_length(query)) from None
        except (OSError, RuntimeError) as err:
            raise StoreError(f"{self.location}: {err}") from None

    def results(self, query: str, fmt: str, label: str = "query") -> bytes:
        formats = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV,
                   "tsv": ox.QueryResultsFormat.TSV, "xml": ox.QueryResultsFormat.XML}
        solutions = self._run(query, label)
        if isinstance(solutions, ox.QueryTriples):
            return solutions.serialize(format=ox.RdfFormat.N_TRIPLES)
        return solutions.serialize(format=formats[fmt])

    def ask(self, query: str) -> bool:
        return bool(self._run(query, "query"))

    def construct(self, query: str):
        return [(t.subject, t.predicate, t.object) for t in self._run(query, "query")]

    def update(self, update: str) -> None:
        try:
            self._store.update(update)
        except SyntaxError as err:
            raise _syntax_error(err, "update") from None
        except (OSError, RuntimeError) as err:
            raise StoreError(f"{self.location}: update failed: {str(err).splitlines()[0]}") from None

    def dump_nquads(self) -> bytes:
        return self._store.dump(format=ox.RdfFormat.N_QUADS)

    def quads(self, graph: Optional[str] = None) -> Iterator:
        name = ox.NamedNode(graph) if graph else None
        return iter(self._store.quads_for_pattern(None, None, None, name))

    def named_graphs(self) -> List[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def close(self) -> None:
        store = getattr(self, "_store", None)
        if store is not None:
            try:
                if self.location != ":memory:" and not self.read_only:
                    store.flush()
            except (OSError, RuntimeError):
                pass
            self._store = None


class RemoteStore(Store):
    """A SPARQL 1.1 Protocol endpoint (queries and updates over HTTP)."""

    def __init__(self, url: str, timeout: float = 60.0):
        base, _, fragment = url.partition("#")
        options = dict(urllib.parse.parse_qsl(fragment))
        base = base.rstrip("/")
        self.location = url
        self.query_url = options.get("query", base + "/query")
        self.update_url = options.get("update", base + "/update")
        self.timeout = timeout

    def _post(self, url: str, body: str, content_type: str, accept: str, label: str) -> bytes:
        request = urllib.request.Request(url, data=body.encode("utf-8"), method="POST",
                                         headers={"Content-Type": content_type, "Accept": accept})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.read()
        except urllib.error.HTTPError as err:
            detail = err.read().decode("utf-8", "replace").strip().splitlines()
            message = detail[0] if detail else err.reason
            if err.code == 400:
                raise _syntax_error(Exception(message), label, _header_length(body)) from None
            raise StoreError(f"{self.location}: HTTP {err.code}: {message}") from None
        except (urllib.error.URLError, OSError) as err:
            reason = getattr(err, "reason", err)
            raise StoreError(f"{self.location}: cannot reach the SPARQL server: {reason}") from None

    def _query(self, query: str, accept: str, label: str) -> bytes:
        return self._post(self.query_url, query, "application/sparql-query", accept, label)

    def select(self, query: str, label: str = "query") -> Table:
        data = json.loads(self._query(query, "application/sparql-results+json", label))
        if "boolean" in data:
            return Table(["result"], [(bool(data["boolean"]),)])
        columns = data["head"]["vars"]
        rows = [tuple(python_value(_json_term(b.get(c))) for c in columns) for b in data["results"]["bindings"]]
        return Table(columns, rows)

    def results(self, query: str, fmt: str, label: str = "query") -> bytes:
        accept = {"json": "application/sparql-results+json", "csv": "text/csv", "tsv": "text/tab-separated-values",
                  "xml": "application/sparql-results+xml"}[fmt]
        return self._query(query, accept, label)

    def ask(self, query: str) -> bool:
        return bool(json.loads(self._query(query, "application/sparql-results+json", "query"))["boolean"])

    def construct(self, query: str):
        data = self._query(query, "application/n-triples", "query")
        return [(t.subject, t.predicate, t.object) for t in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]

    def update(self, update: str) -> None:
        self._post(self.update_url, update, "application/sparql-update", "*/*", "update")

    def dump_nquads(self) -> bytes:
        rows = self._query("SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }",
                           "application/sparql-results+json", "query")
        data = json.loads(rows)
        quads = []
        for b in data["results"]["bindings"]:
            s, p, o = (_json_term(b[k]) for k in ("s", "p", "o"))
            g = _json_term(b["g"]) if "g" in b else ox.DefaultGraph()
            quads.append(ox.Quad(s, p, o, g))
        return ox.serialize(quads, format=ox.RdfFormat.N_QUADS)


def _json_term(binding: Optional[dict]):
    if binding is None:
        return None
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if "xml:lang" in binding:
        return ox.Literal(value, language=binding["xml:lang"])
    if "datatype" in binding:
        return ox.Literal(value, datatype=ox.NamedNode(binding["datatype"]))
    return ox.Literal(value)


def store_location(location: Optional[str] = None) -> str:
    """The store to use: the argument, else ``$KG_STORE``, else ``./kg-store``."""
    return location or os.environ.get(STORE_ENV) or DEFAULT_STORE


def open_store(location: Optional[str] = None, read_only: bool = False) -> Store:
    """Open the store at a folder (embedded Oxigraph) or an http(s) URL (remote SPARQL server)."""
    where = store_location(location)
    if re.match(r"https?://", where):
        return RemoteStore(where)
    return OxigraphStore(where, read_only=read_only)
