"""Named and ad-hoc SPARQL queries, and rendering their results.

Named queries are ``kg/queries/*.rq`` files whose header comments describe them::

    # title: Benchmark scores by model
    # param: model  optional; a model name or alias (case-insensitive)

A parameter is written ``$model`` in the query body (output variables use ``?``) and is
bound by value before the query runs; an optional parameter left out becomes a fresh
unbound variable, so the query binds it (``BIND($model AS ?wanted)``) and tests
``BOUND(?wanted)``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Mapping, Optional

from .errors import QueryError
from .store import PREFIX_HEADER, PREFIXES, Store, Table

QUERIES_DIR = Path(__file__).parent / "queries"
FORMATS = ("table", "csv", "tsv", "json")


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    text: str
    description: str = ""
    params: Dict[str, str] = field(default_factory=dict)
    required: tuple = ()


def _parse_header(name: str, text: str) -> NamedQuery:
    title, description, params, required = name, [], {}, []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        body = line[1:].strip()
        if body.lower().startswith("title:"):
            title = body.split(":", 1)[1].strip()
        elif body.lower().startswith("param:"):
            spec = body.split(":", 1)[1].strip()
            pname, _, help_text = spec.partition(" ")
            params[pname] = help_text.strip()
            if "required" in help_text.lower():
                required.append(pname)
        elif body:
            description.append(body)
    return NamedQuery(name, title, text, " ".join(description), params, tuple(required))


def named_queries() -> Dict[str, NamedQuery]:
    """Every named query shipped in ``kg/queries``, by name."""
    return {p.stem: _parse_header(p.stem, p.read_text(encoding="utf-8")) for p in sorted(QUERIES_DIR.glob("*.rq"))}


def sparql_term(value: object) -> str:
    """A Python value as a SPARQL term.

    >>> sparql_term("O'Neil \\"x\\""), sparql_term(3), sparql_term("https://example.org/a")
    ('"O\\'Neil \\\\"x\\\\""', '3', '<https://example.org/a>')
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    text = str(value)
    if re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", text):
        return f"<{text}>"
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def bind_params(text: str, params: Mapping[str, object], declared: tuple = ()) -> str:
    """Replace ``$name`` with the value's term; declared parameters left out become unbound.

    >>> bind_params("SELECT ?m WHERE { ?m ?p $x FILTER(!BOUND($y)) }", {"x": "a"}, ("x", "y"))
    'SELECT ?m WHERE { ?m ?p "a" FILTER(!BOUND(?unbound_y)) }'
    """
    for name in {*params, *declared}:
        term = sparql_term(params[name]) if name in params else f"?unbound_{name}"
        text = re.sub(rf"\${re.escape(name)}\b", lambda _m, t=term: t, text)
    return text


def resolve_query(query: str, params: Optional[Mapping[str, object]] = None) -> tuple:
    """(label, SPARQL text) for a named query or SPARQL text, with parameters bound."""
    params = dict(params or {})
    queries = named_queries()
    if query in queries:
        named = queries[query]
        missing = [p for p in named.required if p not in params]
        if missing:
            raise QueryError(f"query {query!r} needs --param {missing[0]}=VALUE ({named.params[missing[0]]})")
        unknown = [p for p in params if p not in named.params]
        if unknown:
            raise QueryError(f"query {query!r} has no parameter {unknown[0]!r} "
                             f"(it takes: {', '.join(named.params) or 'none'})")
        return f"query {query!r}", PREFIX_HEADER + bind_params(named.text, params, tuple(named.params))
    if re.fullmatch(r"[\w-]+", query.strip()):
        close = [n for n in queries if query in n or n in query]
        hint = f"; did you mean {close[0]!r}?" if close else "; `kg queries` lists them"
        raise QueryError(f"no named query {query!r}{hint}")
    return "query", _with_prefixes(bind_params(query, params))


def _with_prefixes(text: str) -> str:
    """Add our PREFIX lines unless the query declares them itself."""
    declared = {m.lower() for m in re.findall(r"(?i)PREFIX\s+([\w-]*):", text)}
    if declared & {p.lower() for p in PREFIXES}:
        missing = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if p.lower() not in declared)
        return missing + text
    return PREFIX_HEADER + text


def run_query(store: Store, query: str, params: Optional[Mapping[str, object]] = None) -> Table:
    """Run a named query or SPARQL text and return a :class:`~kg.store.Table`.

    Raises:
        QueryError: malformed SPARQL (with line and column), unknown name, missing parameter.
    """
    label, text = resolve_query(query, params)
    return store.select(text, label=label)


# -- rendering ---------------------------------------------------------------------------------
def compact(value: object) -> str:
    """An IRI in prefixed form, any other value as text.

    >>> compact("https://w3id.org/aikg/ontology#Company"), compact(12000000000.0), compact(None)
    ('kg:Company', '12000000000', '')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e21:
            return str(int(value))
        return f"{value:.10g}"
    text = str(value)
    for prefix, iri in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        if text.startswith(iri) and re.fullmatch(r"[\w.\-/+%]*", text[len(iri):]):
            return f"{prefix}:{text[len(iri):]}"
    return text


def render(table: Table, fmt: str = "table", max_width: int = 60) -> str:
    """Render a table as aligned text, CSV, TSV or JSON (a list of row objects)."""
    if fmt == "json":
        return json.dumps(table.dicts(), ensure_ascii=False, indent=2) + "\n"
    if fmt in ("csv", "tsv"):
        out = io.StringIO()
        writer = csv.writer(out, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(table.columns)
        for row in table.rows:
            writer.writerow(["" if v is None else (compact(v) if isinstance(v, float) else v) for v in row])
        return out.getvalue()
    cells = [[_clip(compact(v), max_width) for v in row] for row in table.rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(table.columns)]
    numeric = [all(isinstance(r[i], (int, float)) and not isinstance(r[i], bool) for r in table.rows if r[i] is not None)
               and any(r[i] is not None for r in table.rows) for i in range(len(table.columns))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(table.columns, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    for row in cells:
        lines.append("  ".join(v.rjust(w) if numeric[i] else v.ljust(w)
                               for i, (v, w) in enumerate(zip(row, widths))).rstrip())
    lines.append(f"({len(table.rows)} row{'s' if len(table.rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _clip(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"
