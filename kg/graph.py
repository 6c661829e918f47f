"""The store as a networkx graph, and writers for the files graph tools open.

Three views of the same store:

* ``entities`` — entities as nodes; claims collapsed into direct typed edges
  (model -outperforms-> model, company -released-> model, model -scored_on-> benchmark,
  investor -investment-> company, analyst firm -price_target-> company, model -version_of->
  family, model -made_by-> company, predictor -predicts-> subject). Parallel claims become
  one edge whose ``weight`` counts them.
* ``claims`` — claims, predictions and articles as nodes linked to their arguments.
* ``full`` — every IRI a node, every IRI-valued triple an edge keyed by its predicate,
  literals as node attributes.

Only IRIs become nodes; every node has ``label`` and ``type``; attribute values are plain
str/int/float/bool so any networkx writer accepts them. ``start`` dates (the first article
that mentions a node, the earliest claim behind an edge) drive Gephi's timeline.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import IO, Dict, Iterable, List, Optional, Sequence, Tuple, Union
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

from .errors import KgError, NotFoundError
from .store import PREFIX_HEADER, PREFIXES, Store

VIEWS = ("entities", "claims", "full")
ENTITY_TYPES = ("Company", "Organization", "AIModel", "Benchmark", "Person", "Product")
KG = PREFIXES["kg"]

Target = Union[str, Path, IO]

NODES = PREFIX_HEADER + """
SELECT DISTINCT ?e ?label ?class WHERE { ?e a ?class . ?class rdfs:subClassOf kg:Entity . OPTIONAL { ?e rdfs:label ?label } }
"""
MENTIONS = PREFIX_HEADER + """
SELECT ?e (COUNT(?m) AS ?mentions) (COUNT(DISTINCT ?a) AS ?articles) (MIN(STR(?d)) AS ?first) WHERE {
  ?m kg:mentionOf ?e ; kg:inArticle ?a . OPTIONAL { ?a schema:datePublished ?d }
} GROUP BY ?e
"""
CLAIMS = PREFIX_HEADER + """
SELECT ?c ?class ?s ?o ?b ?value ?low ?high ?unit ?relation ?openness ?date ?a ?title ?publisher ?quote ?confidence
WHERE {
  ?c a ?class ; kg:subject ?s ; prov:wasDerivedFrom ?a . ?class rdfs:subClassOf kg:Claim .
  OPTIONAL { ?c kg:object ?o } OPTIONAL { ?c kg:benchmark ?b } OPTIONAL { ?c kg:value ?value }
  OPTIONAL { ?c kg:valueLow ?low ; kg:valueHigh ?high } OPTIONAL { ?c kg:unit ?unit }
  OPTIONAL { ?c kg:relation ?relation } OPTIONAL { ?c kg:openness/skos:prefLabel ?openness }
  OPTIONAL { ?c kg:quote ?quote } OPTIONAL { ?c kg:confidence ?confidence }
  OPTIONAL { ?a schema:datePublished ?date } OPTIONAL { ?a schema:headline ?title }
  OPTIONAL { ?a schema:publisher/rdfs:label ?publisher }
}
"""
PREDICTIONS = PREFIX_HEADER + """
SELECT ?p ?who ?about ?statement ?made ?deadline ?probability ?a ?date ?quote WHERE {
  ?p a kg:Prediction ; kg:predictor ?who ; kg:statement ?statement ; prov:wasDerivedFrom ?a .
  OPTIONAL { ?p kg:about ?about } OPTIONAL { ?p kg:madeAt ?made } OPTIONAL { ?p kg:deadline ?deadline }
  OPTIONAL { ?p kg:probability ?probability } OPTIONAL { ?a schema:datePublished ?date } OPTIONAL { ?p kg:quote ?quote }
}
"""
LINKS = PREFIX_HEADER + """
SELECT DISTINCT ?s ?p ?o WHERE { { ?s kg:versionOf ?o BIND("version_of" AS ?p) } UNION { ?s kg:maker ?o BIND("made_by" AS ?p) } }
"""
ARTICLES = PREFIX_HEADER + """
SELECT DISTINCT ?a ?title ?date ?publisher WHERE {
  ?a a kg:Article . OPTIONAL { ?a schema:headline ?title } OPTIONAL { ?a schema:datePublished ?date }
  OPTIONAL { ?a schema:publisher/rdfs:label ?publisher }
}
"""
ALL_TRIPLES = """
CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <https://w3id.org/aikg/graph/ontology>) }
"""


# -- building graphs --------------------------------------------------------------------------------
def to_networkx(store: Store, view: str = "entities", *, types: Optional[Sequence[str]] = None,
                since: Optional[str] = None, until: Optional[str] = None, ego: Optional[str] = None,
                depth: int = 1, min_mentions: int = 0) -> nx.MultiDiGraph:
    """The store as a ``networkx.MultiDiGraph``.

    Args:
        store: an open :class:`kg.store.Store`.
        view: ``entities``, ``claims`` or ``full`` (see the module docstring).
        types: keep only entities of these types (claims and articles stay in the claims view).
        since, until: ISO dates; keep only claims and predictions stated in that range.
        ego: a name, alias or IRI; keep only what lies within ``depth`` hops of it.
        min_mentions: keep only entities mentioned at least this often.

    Example:
        >>> import kg  # doctest: +SKIP
        >>> with kg.open_store("kg-store") as store:  # doctest: +SKIP
        ...     G = kg.to_networkx(store, view="entities", types=["AIModel"], since="2025-01-01")
    """
    if view not in VIEWS:
        raise KgError(f"unknown view {view!r} (choose one of {', '.join(VIEWS)})")
    for name, value in (("since", since), ("until", until)):
        if value is not None and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            raise KgError(f"--{name} {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    unknown = [t for t in types or () if t not in ENTITY_TYPES]
    if unknown:
        raise KgError(f"unknown entity type {unknown[0]!r} (choose from {', '.join(ENTITY_TYPES)})")
    build = {"entities": _entities_view, "claims": _claims_view, "full": _full_view}[view]
    graph = build(store, since, until)
    graph = _filter(graph, types, min_mentions)
    if ego is not None:
        graph = _ego(graph, ego, depth)
    _finish(graph)
    graph.graph.update({"view": view, "source": "kg"})
    return graph


def _in_range(date: Optional[str], since: Optional[str], until: Optional[str]) -> bool:
    if date is None:
        return since is None and until is None
    return (since is None or date[:len(since)] >= since) and (until is None or date[:len(until)] <= until)


def _entity_nodes(store: Store, graph: nx.MultiDiGraph) -> None:
    counts = {e: (m, a, first) for e, m, a, first in store.select(MENTIONS)}
    for iri, label, cls in store.select(NODES):
        if iri in graph:  # two labels for one IRI: keep the first
            continue
        mentions, articles, first = counts.get(iri, (0, 0, None))
        graph.add_node(iri, label=label or _local(iri), type=_local(cls), mentions=mentions, articles=articles, iri=iri,
                       **({"start": first} if first else {}))


def _entities_view(store: Store, since, until) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    _entity_nodes(store, graph)
    edges: Dict[tuple, dict] = {}

    def add(u, v, relation, date, article, **attrs):
        if u == v or u not in graph or v not in graph or not _in_range(date, since, until):
            return  # a self-loop ("Meta expects Meta's capex ...") adds nothing to a picture of relations
        key = relation if not attrs.get("benchmark") else f"{relation}:{attrs['benchmark']}"
        edge = edges.get((u, v, key))
        if edge is None:
            edge = edges[(u, v, key)] = {"label": relation, "weight": 0, "sources": set(), **attrs}
        edge["weight"] += 1
        edge["sources"].add(article)
        if date and (edge.get("start") is None or date < edge["start"]):
            edge["start"] = date
        for name, value in attrs.items():
            if value is not None:
                edge[name] = value

    labels = {n: d["label"] for n, d in graph.nodes(data=True)}
    for row in store.select(CLAIMS).dicts():
        kind = _local(row["class"])
        date = row["date"]
        common = dict(date=date, article=row["a"])
        bench = labels.get(row["b"]) if row["b"] else None
        if kind == "ComparisonClaim" and row["o"]:
            add(row["s"], row["o"], row["relation"] or "outperforms", benchmark=bench, **common)
        elif kind == "LaunchClaim" and row["o"]:
            add(row["s"], row["o"], row["relation"] or "released", openness=row["openness"], **common)
        elif kind == "BenchmarkScoreClaim" and row["b"]:
            add(row["s"], row["b"], "scored_on", value=row["value"], unit=row["unit"], **common)
        elif row["o"] and kind in ("FinancialClaim", "MarketClaim", "ComputeClaim"):
            add(row["s"], row["o"], row["relation"] or kind[:-5].lower(), value=row["value"], unit=row["unit"], **common)
    for row in store.select(PREDICTIONS).dicts():
        if row["about"]:
            add(row["who"], row["about"], "predicts", deadline=row["deadline"], probability=row["probability"],
                date=row["made"] or row["date"], article=row["a"])
    for s, p, o in store.select(LINKS):
        if s in graph and o in graph and not graph.has_edge(s, o, p):
            graph.add_edge(s, o, key=p, label=p, weight=1)
    for (u, v, key), attrs in edges.items():
        attrs["sources"] = len(attrs["sources"])
        graph.add_edge(u, v, key=key, **attrs)
    return graph


def _claims_view(store: Store, since, until) -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    _entity_nodes(store, graph)
    for iri, title, date, publisher in store.select(ARTICLES):
        if _in_range(date, since, until):
            graph.add_node(iri, label=title or _local(iri), type="Article", iri=iri,
                           **{k: v for k, v in (("start", date), ("publisher", publisher)) if v})
    for row in store.select(CLAIMS).dicts():
        if not _in_range(row["date"], since, until):
            continue
        kind = _local(row["class"])[:-5]
        claim = row["c"]
        value = row["value"] if row["value"] is not None else (
            f"{row['low']}..{row['high']}" if row["low"] is not None else None)
        graph.add_node(claim, label=f"{kind}: {_short(row['quote'] or '')}", type=f"{kind}Claim", iri=claim,
                       **{k: v for k, v in (("value", value), ("unit", row["unit"]), ("relation", row["relation"]),
                                            ("start", row["date"]), ("confidence", row["confidence"]),
                                            ("quote", row["quote"])) if v is not None})
        for role, target in (("subject", row["s"]), ("object", row["o"]), ("benchmark", row["b"]), ("source", row["a"])):
            if target and target in graph:
                graph.add_edge(claim, target, key=role, label=role, weight=1, **({"start": row["date"]} if row["date"] else {}))
    for row in store.select(PREDICTIONS).dicts():
        if not _in_range(row["date"], since, until):
            continue
        p = row["p"]
        graph.add_node(p, label=f"Prediction: {_short(row['statement'])}", type="Prediction", iri=p,
                       **{k: v for k, v in (("made", row["made"]), ("deadline", row["deadline"]),
                                            ("probability", row["probability"]), ("start", row["date"]),
                                            ("quote", row["quote"])) if v is not None})
        for role, target in (("predictor", row["who"]), ("about", row["about"]), ("source", row["a"])):
            if target and target in graph:
                graph.add_edge(p, target, key=role, label=role, weight=1)
    return graph


def _full_view(store: Store, since, until) -> nx.MultiDiGraph:
    import pyoxigraph as ox

    graph = nx.MultiDiGraph()
    labels: Dict[str, str] = {}
    literals: Dict[str, Dict[str, object]] = defaultdict(dict)
    for s, p, o in store.construct(ALL_TRIPLES):
        subject = _term_id(s)
        predicate = _compact(p.value)
        if isinstance(o, ox.Literal):
            value = _literal_value(o)
            if predicate == "rdfs:label":
                labels[subject] = str(value)
            attrs = literals[subject]
            name = predicate.replace(":", "_")
            attrs[name] = value if name not in attrs else f"{attrs[name]} | {value}"
        else:
            target = _term_id(o)
            if predicate == "rdf:type":
                literals[subject].setdefault("type", _local(target))
            graph.add_edge(subject, target, key=predicate, label=predicate, weight=1)
    for node in list(graph.nodes):
        attrs = literals.get(node, {})
        graph.nodes[node].update(attrs)
        graph.nodes[node]["label"] = labels.get(node, _compact(node))
        graph.nodes[node].setdefault("type", "Resource")
    for node, attrs in literals.items():
        if node not in graph:
            graph.add_node(node, label=labels.get(node, _compact(node)), **{"type": "Resource", **attrs})
    return graph


def _filter(graph: nx.MultiDiGraph, types, min_mentions: int) -> nx.MultiDiGraph:
    drop = [n for n, d in graph.nodes(data=True)
            if d.get("type") in ENTITY_TYPES and ((types and d["type"] not in types) or d.get("mentions", 0) < min_mentions)]
    graph.remove_nodes_from(drop)
    return graph


def _ego(graph: nx.MultiDiGraph, center: str, depth: int) -> nx.MultiDiGraph:
    wanted = center.casefold()
    matches = [n for n, d in graph.nodes(data=True) if n == center or str(d.get("label", "")).casefold() == wanted]
    if not matches:
        matches = [n for n, d in graph.nodes(data=True) if wanted in str(d.get("skos_altLabel", "")).casefold()]
    if not matches:
        raise NotFoundError(f"--ego {center!r}: no node with that name, label or IRI in this view")
    return nx.ego_graph(graph, matches[0], radius=depth, undirected=True).copy()


def _finish(graph: nx.MultiDiGraph) -> None:
    """Degree and weighted degree on every node: what Gephi sizes nodes by."""
    for node in graph.nodes:
        graph.nodes[node]["degree"] = graph.degree(node)
        graph.nodes[node]["weighted_degree"] = int(graph.degree(node, weight="weight"))


# -- helpers -------------------------------------------------------------------------------------------
def _local(iri: Optional[str]) -> str:
    if not iri:
        return ""
    return re.split(r"[#/]", iri.rstrip("/#"))[-1]


def _compact(iri: str) -> str:
    for prefix, base in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if iri.startswith(base):
            return f"{prefix}:{iri[len(base):]}"
    return iri


def _term_id(term) -> str:
    value = getattr(term, "value", str(term))
    return value if not type(term).__name__ == "BlankNode" else "_:" + value


def _literal_value(literal):
    from .store import python_value

    return python_value(literal)


def _short(text: str, width: int = 60) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 1] + "…"


def plain(value):
    """A value networkx writers and Gephi accept: str, int, float or bool.

    >>> plain(None), plain(3), plain(2.5), plain(True), plain(dt.date(2025, 1, 2)), plain(["a", "b"])
    (None, 3, 2.5, True, '2025-01-02', 'a | b')
    """
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, (list, tuple, set)):
        return " | ".join(str(plain(v)) for v in value)
    return str(value)


# -- writers ----------------------------------------------------------------------------------------
GEXF_NS = {"1.3": ("http://gexf.net/1.3", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd", "1.3"),
           "1.2draft": ("http://www.gexf.net/1.2draft", "http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd",
                        "1.2")}
_RESERVED = {"label", "start", "end", "weight", "id"}


def _attr_type(values: Iterable[object]) -> str:
    kinds = {type(v) for v in values if v is not None}
    if kinds <= {bool} and kinds:
        return "boolean"
    if kinds <= {int} and kinds:
        return "long"
    if kinds <= {int, float} and kinds:
        return "double"
    return "string"


def _declare(items, kind: str) -> List[Tuple[str, str, str]]:
    """(id, title, type) for every attribute that nodes (or edges) carry."""
    seen: Dict[str, list] = defaultdict(list)
    for data in items:
        for name, value in data.items():
            if name not in _RESERVED and value is not None:
                seen[name].append(plain(value))
    return [(str(i), name, _attr_type(values)) for i, (name, values) in enumerate(sorted(seen.items()))]


def _time(value) -> Optional[str]:
    if value is None:
        return None
    text = str(plain(value))
    if re.fullmatch(r"\d{4}", text):
        return text + "-01-01"
    if re.fullmatch(r"\d{4}-\d{2}", text):
        return text + "-01"
    return text if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) else None


def write_gexf(graph: nx.Graph, target: Target, version: str = "1.3", dynamic: bool = False) -> None:
    """Write GEXF that validates against the official schema of ``version`` (1.3 or 1.2draft).

    networkx's own ``write_gexf`` output fails both schemas (a ``name`` attribute on
    ``graph``, the wrong XML Schema instance namespace for 1.3); this writer streams valid
    XML. With ``dynamic`` the graph is a timeline: ``start`` dates on nodes and edges.

    Example:
        >>> import io, networkx as nx
        >>> G = nx.MultiDiGraph(); _ = G.add_edge("a", "b", label="beats", weight=2, start="2025-01-02")
        >>> buf = io.BytesIO(); write_gexf(G, buf, dynamic=True)
        >>> b'timeformat="date"' in buf.getvalue() and b'start="2025-01-02"' in buf.getvalue()
        True
    """
    if version not in GEXF_NS:
        raise KgError(f"GEXF version {version!r}: choose 1.3 or 1.2draft")
    namespace, location, number = GEXF_NS[version]
    node_attrs = _declare((d for _, d in graph.nodes(data=True)), "node")
    edge_attrs = _declare((d for _, _, d in graph.edges(data=True)), "edge")
    out, close = _open_text(target)
    try:
        w = out.write
        w('<?xml version="1.0" encoding="UTF-8"?>\n')
        w(f'<gexf xmlns="{namespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
          f'xsi:schemaLocation="{location}" version="{number}">\n')
        w(f'  <meta lastmodifieddate="{dt.date.today().isoformat()}"><creator>kg</creator>'
          f'<description>{escape(str(graph.graph.get("view", "graph")))} view of a kg store</description></meta>\n')
        edgetype = "directed" if graph.is_directed() else "undirected"
        mode = ' mode="dynamic" timeformat="date"' if dynamic else ' mode="static"'
        w(f'  <graph defaultedgetype="{edgetype}"{mode}>\n')
        for cls, attrs in (("node", node_attrs), ("edge", edge_attrs)):
            if attrs:
                w(f'    <attributes class="{cls}" mode="static">\n')
                for aid, title, atype in attrs:
                    w(f'      <attribute id="{aid}" title={quoteattr(title)} type="{atype}"/>\n')
                w("    </attributes>\n")
        node_ids = {title: aid for aid, title, _ in node_attrs}
        edge_ids = {title: aid for aid, title, _ in edge_attrs}
        w(f'    <nodes count="{graph.number_of_nodes()}">\n')
        for node, data in graph.nodes(data=True):
            label = _xml_text(data.get("label", node))
            start = _time(data.get("start")) if dynamic else None
            w(f'      <node id={quoteattr(_xml_text(node))} label={quoteattr(label)}'
              + (f' start="{start}"' if start else "") + ">")
            _attvalues(w, data, node_ids)
            w("</node>\n")
        w("    </nodes>\n")
        w(f'    <edges count="{graph.number_of_edges()}">\n')
        multi = graph.is_multigraph()
        edges = graph.edges(keys=True, data=True) if multi else ((u, v, None, d) for u, v, d in graph.edges(data=True))
        for i, (u, v, key, data) in enumerate(edges):
            label = data.get("label", key)
            weight = data.get("weight")
            start = _time(data.get("start")) if dynamic else None
            parts = [f'id="{i}"', f"source={quoteattr(_xml_text(u))}", f"target={quoteattr(_xml_text(v))}"]
            if label is not None:
                parts.append(f"label={quoteattr(_xml_text(label))}")
            if version == "1.3" and key is not None:
                parts.append(f"kind={quoteattr(_xml_text(key))}")
            if isinstance(weight, (int, float)) and not isinstance(weight, bool):
                parts.append(f'weight="{float(weight)!r}"')
            if start:
                parts.append(f'start="{start}"')
            w("      <edge " + " ".join(parts) + ">")
            _attvalues(w, data, edge_ids)
            w("</edge>\n")
        w("    </edges>\n  </graph>\n</gexf>\n")
    finally:
        close()


def _attvalues(w, data: dict, ids: Dict[str, str]) -> None:
    values = [(ids[name], plain(value)) for name, value in data.items() if name in ids and value is not None]
    if values:
        w("<attvalues>" + "".join(f'<attvalue for="{aid}" value={quoteattr(_xml_text(_format(v)))}/>'
                                  for aid, v in values) + "</attvalues>")


def _format(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_text(value) -> str:
    return _XML_BAD.sub(" ", str(value))


def _open_text(target: Target):
    if hasattr(target, "write"):
        if isinstance(target, io.TextIOBase):
            return target, lambda: None
        wrapper = io.TextIOWrapper(target, encoding="utf-8", newline="\n", write_through=True)
        return wrapper, wrapper.detach
    handle = open(target, "w", encoding="utf-8", newline="\n")
    return handle, handle.close


def for_writers(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy with only plain attribute values (no None), and a unique ``id`` on every edge."""
    clean = nx.MultiDiGraph(**{k: plain(v) for k, v in graph.graph.items() if v is not None})
    for node, data in graph.nodes(data=True):
        clean.add_node(node, **{k: plain(v) for k, v in data.items() if v is not None})
    for i, (u, v, key, data) in enumerate(graph.edges(keys=True, data=True)):
        clean.add_edge(u, v, key=key, **{k: plain(v) for k, v in data.items() if v is not None}, id=f"e{i}")
    return clean


def write_graphml(graph: nx.MultiDiGraph, target: Target) -> None:
    """GraphML with typed attributes and a unique id per edge (networkx's reader round-trips it)."""
    nx.write_graphml_lxml(for_writers(graph), target, edge_id_from_attribute="id")


def write_json(graph: nx.MultiDiGraph, target: Target) -> None:
    """networkx node-link JSON (``nx.node_link_graph(data, edges="edges")`` reads it back)."""
    data = nx.node_link_data(for_writers(graph), edges="edges")
    text = json.dumps(data, ensure_ascii=False, indent=1)
    out, close = _open_text(target)
    try:
        out.write(text + "\n")
    finally:
        close()


def write_csv(graph: nx.MultiDiGraph, nodes_target: Target, edges_target: Target) -> None:
    """A nodes table and an edges table in the layout Gephi's spreadsheet import expects
    (Id, Label, ... and Source, Target, Type, Id, Label, Weight, ...)."""
    import csv

    clean = for_writers(graph)
    node_columns = sorted({k for _, d in clean.nodes(data=True) for k in d} - {"label"})
    edge_columns = sorted({k for _, _, d in clean.edges(data=True) for k in d} - {"label", "weight", "id"})
    out, close = _open_text(nodes_target)
    try:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["Id", "Label", *node_columns])
        for node, data in clean.nodes(data=True):
            writer.writerow([node, data.get("label", node), *[_csv(data.get(c)) for c in node_columns]])
    finally:
        close()
    out, close = _open_text(edges_target)
    try:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["Source", "Target", "Type", "Id", "Label", "Weight", *edge_columns])
        for u, v, data in clean.edges(data=True):
            writer.writerow([u, v, "Directed", data["id"], data.get("label", ""), data.get("weight", 1),
                             *[_csv(data.get(c)) for c in edge_columns]])
    finally:
        close()


def _csv(value) -> str:
    if value is None:
        return ""
    return _format(value)
