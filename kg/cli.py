"""The ``kg`` command line: a thin click layer over the library.

Each command parses its options, calls one library function and renders rows. Data goes to
stdout, diagnostics to stderr; every :class:`~kg.errors.KgError` becomes one
``Error: ...`` line and a non-zero exit code (see :func:`main`).
"""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import List, Optional, Tuple

import click

from . import __version__
from .errors import KgError, QueryError

FORMATS = ("table", "csv", "tsv", "json")


# -- shared options -------------------------------------------------------------------------------
def store_option(f):
    return click.option("--store", "store", metavar="DIR|URL", envvar="KG_STORE", default=None,
                        help="Graph store: a folder (embedded Oxigraph, default ./kg-store) or the URL of a "
                             "SPARQL 1.1 server. Also $KG_STORE.")(f)


def model_option(f):
    return click.option("--model", metavar="NAME", envvar="KG_SPACY_MODEL", default=None,
                        help="spaCy pipeline to build on (default en_core_web_sm). Also $KG_SPACY_MODEL.")(f)


def format_option(choices=FORMATS, default="table"):
    def decorator(f):
        return click.option("--format", "fmt", type=click.Choice(choices), default=default, show_default=True,
                            help="Output format.")(f)
    return decorator


def _echo_table(table, fmt: str) -> None:
    from .query import render

    click.echo(render(table, fmt), nl=False)


class _WarningFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname.capitalize()}: {record.getMessage()}"


def _setup_logging(verbose: bool) -> None:
    logger = logging.getLogger("kg")
    if not any(getattr(h, "_kg", False) for h in logger.handlers):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(_WarningFormatter())
        handler._kg = True  # type: ignore[attr-defined]
        logger.addHandler(handler)
        logger.propagate = False
    logger.setLevel(logging.INFO if verbose else logging.WARNING)


# -- the group ---------------------------------------------------------------------------------
class KgGroup(click.Group):
    """Translates every KgError into click's one-line ``Error: ...`` and exit code 1, in one place."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KgError as err:
            raise click.ClickException(str(err)) from None


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="kg")
@click.option("-v", "--verbose", is_flag=True, help="More diagnostics on stderr.")
def cli(verbose: bool) -> None:
    """kg: a knowledge graph of AI-industry claims, built from news text.

    Read news (text, Markdown, HTML, JSONL) into a graph of entities, typed claims and
    predictions, each tied to its sentence and source; then query it with SPARQL.

    \b
    Start here:
        kg ingest corpus/                     # build the graph in ./kg-store
        kg queries                            # named queries you can run
        kg query benchmark-scores             # run one
        kg query 'SELECT * WHERE { ?s ?p ?o } LIMIT 5'
        kg extract article.md                 # JSON for one article, no store
    """
    _setup_logging(verbose)


# -- ingest and extract ---------------------------------------------------------------------------
@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@store_option
@model_option
@click.option("--batch-size", default=16, show_default=True, help="Articles per spaCy batch.")
@click.option("--processes", default=1, show_default=True, help="spaCy worker processes.")
@click.option("--force", is_flag=True, help="Re-extract articles even if unchanged since the last ingest.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar and no summary.")
def ingest(paths: Tuple[str, ...], store: Optional[str], model: Optional[str], batch_size: int, processes: int,
           force: bool, quiet: bool) -> None:
    """Read articles into the graph store, one named graph per article.

    PATH is a file, a folder (read recursively: .txt, .md, .html, .jsonl) or - for stdin.
    Unchanged articles are skipped, so re-running leaves the store as it was.
    A file that cannot be read is reported on stderr; the others are still stored, and
    the exit code is 1.

    \b
    Example:
        kg ingest corpus/
        kg ingest --store /data/kg news/2025-09/*.md
        cat feed.jsonl | kg ingest -
    """
    from .ingest import ingest as run_ingest

    def report_error(err):
        click.echo(f"Error: {err}", err=True)

    report = run_ingest(list(paths), store=store, model=model, batch_size=batch_size, n_process=processes,
                        force=force, progress=False if quiet else None, on_error=report_error)
    if not quiet:
        click.echo(report.summary(), err=True)
    if report.errors:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@model_option
@format_option(("json", "jsonl"), default="jsonl")
@click.option("--batch-size", default=16, show_default=True, help="Articles per spaCy batch.")
def extract(paths: Tuple[str, ...], model: Optional[str], fmt: str, batch_size: int) -> None:
    """Extract entities, claims and predictions without a store; print JSON per article.

    The output follows the public contract in kg/schema/extraction.schema.json: one object per
    article (jsonl: one per line; json: a JSON array).

    \b
    Example:
        kg extract article.md
        kg extract --format json corpus/dev | jq '.[].claims[] | select(.type=="benchmark_score")'
    """
    from .contract import to_json
    from .errors import InputError
    from .ingest import extract as run_extract

    failed = False
    first = True
    if fmt == "json":
        click.echo("[", nl=False)
    for item in run_extract(list(paths), model=model, batch_size=batch_size):
        if isinstance(item, InputError):
            click.echo(f"Error: {item}", err=True)
            failed = True
            continue
        obj = to_json(item)
        if fmt == "jsonl":
            click.echo(json.dumps(obj, ensure_ascii=False))
        else:
            click.echo(("\n" if first else ",\n") + json.dumps(obj, ensure_ascii=False, indent=2), nl=False)
        first = False
    if fmt == "json":
        click.echo("\n]" if not first else "]")
    if failed:
        sys.exit(1)


# -- queries ---------------------------------------------------------------------------------------
def _parse_params(values: Tuple[str, ...]) -> dict:
    params = {}
    for value in values:
        name, sep, text = value.partition("=")
        if not sep or not name:
            raise QueryError(f"--param {value!r}: expected NAME=VALUE")
        params[name.strip()] = text
    return params


@cli.command()
@click.argument("query", required=False, metavar="[NAME|SPARQL]")
@click.option("-f", "--file", "file", type=click.Path(dir_okay=False, path_type=Path), help="Read SPARQL from a .rq file.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE", help="Bind a query parameter (repeatable).")
@store_option
@format_option(FORMATS + ("sparql-json",))
def query(query: Optional[str], file: Optional[Path], params: Tuple[str, ...], store: Optional[str], fmt: str) -> None:
    """Run a named query (see `kg queries`) or SPARQL over the union of all graphs.

    Prefixes kg:, id:, rdf:, rdfs:, xsd:, prov:, skos: and schema: are predeclared.
    json prints one object per row; sparql-json the W3C SPARQL results format.

    \b
    Example:
        kg query benchmark-scores
        kg query claims-about --param entity=Nvidia --format csv
        kg query 'SELECT ?m WHERE { ?m a kg:AIModel } LIMIT 10'
        kg query -f my-query.rq --format json
    """
    from .query import resolve_query, run_query
    from .store import open_store

    if (query is None) == (file is None):
        raise QueryError("give a query name, SPARQL text or -f FILE (one of them)")
    if file is not None:
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as err:
            raise QueryError(f"{file}: cannot read: {err.strerror}") from None
        label = str(file)
    else:
        text, label = query, None
    with open_store(store, read_only=True) as st:
        if fmt == "sparql-json":
            name, sparql = resolve_query(text, _parse_params(params))
            click.echo(st.results(sparql, "json", label or name).decode("utf-8"))
            return
        if label:
            _, sparql = resolve_query(text, _parse_params(params))
            table = st.select(sparql, label=label)
        else:
            table = run_query(st, text, _parse_params(params))
        _echo_table(table, fmt)


@cli.command()
@format_option()
def queries(fmt: str) -> None:
    """List the named queries with their titles and parameters.

    \b
    Example:
        kg queries
    """
    from .query import named_queries
    from .store import Table

    rows = [(q.name, q.title, ", ".join(f"{p}{'' if p in q.required else '?'}" for p in q.params))
            for q in named_queries().values()]
    _echo_table(Table(["name", "title", "params"], rows), fmt)


@cli.command()
@store_option
@format_option()
def stats(store: Optional[str], fmt: str) -> None:
    """Count what the store holds, by class.

    \b
    Example:
        kg stats --store kg-store
    """
    from .graphstats import store_stats
    from .store import open_store

    with open_store(store, read_only=True) as st:
        _echo_table(store_stats(st), fmt)


@cli.command()
@store_option
@format_option()
def validate(store: Optional[str], fmt: str) -> None:
    """Check the store against the SHACL shapes in ontology/shapes.ttl.

    Lists every violation (focus node, property, message); exit code 1 if there is any.

    \b
    Example:
        kg validate
    """
    from .validation import validate_store
    from .store import open_store

    with open_store(store, read_only=True) as st:
        table = validate_store(st)
    if fmt != "table" or table.rows:
        _echo_table(table, fmt)
    if table.rows:
        click.echo(f"{len(table.rows)} SHACL violation(s)", err=True)
        sys.exit(1)
    click.echo("conforms: every node satisfies ontology/shapes.ttl", err=True)


def graph_options(f):
    """The view and filters shared by `export` and `analyze`."""
    options = [
        click.option("--view", type=click.Choice(["entities", "claims", "full"]), default="entities", show_default=True,
                     help="entities: claims collapsed into typed edges; claims: claims as nodes; full: every triple."),
        click.option("--type", "types", multiple=True, metavar="TYPE",
                     help="Keep only entities of this type (repeatable): Company, Organization, AIModel, Benchmark, "
                          "Person, Product."),
        click.option("--since", metavar="DATE", help="Keep claims stated on or after this date (YYYY[-MM[-DD]])."),
        click.option("--until", metavar="DATE", help="Keep claims stated on or before this date."),
        click.option("--ego", metavar="NAME", help="Keep only what lies within --depth hops of this entity."),
        click.option("--depth", default=1, show_default=True, help="Hops around --ego."),
        click.option("--min-mentions", default=0, show_default=True, help="Drop entities mentioned less often."),
    ]
    for option in reversed(options):
        f = option(f)
    return f


def _graph(store, view, types, since, until, ego, depth, min_mentions):
    from .graph import to_networkx
    from .store import open_store

    with open_store(store, read_only=True) as st:
        return to_networkx(st, view=view, types=list(types) or None, since=since, until=until, ego=ego, depth=depth,
                           min_mentions=min_mentions)


@cli.command()
@store_option
@graph_options
@click.option("--format", "fmt", type=click.Choice(["gexf", "graphml", "json", "csv"]), default="gexf", show_default=True,
              help="gexf for Gephi; graphml; node-link json; csv = a nodes file and an edges file for Gephi's "
                   "spreadsheet import.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Output file (stdout when omitted; csv writes OUTPUT-nodes.csv and OUTPUT-edges.csv).")
@click.option("--dynamic", is_flag=True, help="Start dates on nodes and edges, so Gephi's timeline plays the graph.")
@click.option("--gexf-version", type=click.Choice(["1.3", "1.2draft"]), default="1.3", show_default=True)
def export(store, view, types, since, until, ego, depth, min_mentions, fmt, output, dynamic, gexf_version):
    """Export the graph for Gephi, yEd, Cytoscape or a notebook.

    Nodes carry label, type, mentions, degree and (with --dynamic) the date they first
    appear; edges carry the relation, a weight that counts supporting claims, benchmark,
    value and date.

    \b
    Example:
        kg export --dynamic -o ai-industry.gexf
        kg export --view claims --since 2025-01-01 --format graphml -o claims.graphml
        kg export --ego OpenAI --depth 2 --format json | jq '.nodes | length'
        kg export --type AIModel --type Benchmark --format csv -o models
    """
    from .graph import write_csv, write_gexf, write_graphml, write_json

    graph = _graph(store, view, types, since, until, ego, depth, min_mentions)
    if fmt == "csv":
        if output is None:
            raise QueryError("--format csv writes two files: give -o PREFIX")
        base = str(output)[:-4] if str(output).endswith(".csv") else str(output)
        nodes, edges = Path(base + "-nodes.csv"), Path(base + "-edges.csv")
        write_csv(graph, nodes, edges)
        click.echo(f"{graph.number_of_nodes()} nodes -> {nodes}, {graph.number_of_edges()} edges -> {edges}", err=True)
        return
    target = output if output is not None else sys.stdout.buffer
    if fmt == "gexf":
        write_gexf(graph, target, version=gexf_version, dynamic=dynamic)
    elif fmt == "graphml":
        write_graphml(graph, target)
    else:
        write_json(graph, target)
    if output is not None:
        click.echo(f"{graph.number_of_nodes()} nodes, {graph.number_of_edges()} edges -> {output}", err=True)


@cli.command()
@store_option
@graph_options
@format_option()
@click.option("--top", default=20, show_default=True, help="Rows of the centrality table, nodes in the plot (x2).")
@click.option("--benchmark", metavar="NAME", help="Rank models on comparisons on this benchmark only.")
@click.option("--plot", "plot_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Draw the most central entities to this PNG file.")
def analyze(store, view, types, since, until, ego, depth, min_mentions, fmt, top, benchmark, plot_path):
    """Central entities, communities, and who beats whom.

    PageRank and degree rank entities; Louvain finds communities; comparison claims
    ("outperforms", "matches") rank models with a Bradley-Terry model (log strength,
    0 = average; "matches" counts half a win each), ordered by strength minus one
    standard error so that a short record does not top a long one.

    \b
    Example:
        kg analyze
        kg analyze --type AIModel --benchmark "SWE-bench Verified"
        kg analyze --since 2025-01-01 --plot industry.png --format json
    """
    from .analysis import centrality, communities, plot, who_beats_whom

    graph = _graph(store, view, types, since, until, ego, depth, min_mentions)
    tables = {"central entities": centrality(graph, top), "communities": communities(graph),
              "who beats whom": who_beats_whom(graph, benchmark)}
    if fmt == "json":
        click.echo(json.dumps({name: t.dicts() for name, t in tables.items()}, ensure_ascii=False, indent=2))
    else:
        for name, table in tables.items():
            if fmt == "table":
                click.echo(f"== {name} ==")
            _echo_table(table, fmt)
            if fmt == "table":
                click.echo()
    if plot_path is not None:
        plot(graph, str(plot_path), top=top * 2)
        click.echo(f"plot -> {plot_path}", err=True)


# -- predictions ------------------------------------------------------------------------------------
@cli.group()
def predictions() -> None:
    """Track predictions to their outcomes: list, show, resolve, evidence, scoreboard, report.

    A prediction is open until resolved, and due once its deadline has passed. Resolutions
    come from the article itself, from later claims (`evidence --apply`) or from a person
    (`resolve`); a person's latest judgement wins, and all stay visible.

    \b
    Example:
        kg predictions list --status due
        kg predictions evidence --apply
        kg predictions scoreboard
        kg predictions report --html predictions.html
    """


def as_of_option(f):
    return click.option("--as-of", "as_of", metavar="DATE",
                        help="See the world as it stood on this date (default: today).")(f)


def _tracked(st):
    from .tracking import load_predictions, orphaned_judgements

    lost = orphaned_judgements(st)
    if lost:  # never silently: a person's work that no prediction carries any more
        who = ", ".join(sorted({j.by for j in lost}))
        click.echo(f"Warning: {len(lost)} judgement(s) by {who} refer to predictions no longer in the store "
                   f"(article removed or no longer read as a prediction); `kg validate` lists them", err=True)
    return load_predictions(st)


def _check_date(value: Optional[str], name: str) -> None:
    import re

    if value is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise QueryError(f"{name} {value!r}: expected YYYY-MM-DD")


@predictions.command("list")
@store_option
@format_option()
@click.option("--status", type=click.Choice(["open", "due", "confirmed", "refuted", "expired", "void"]))
@click.option("--predictor", metavar="NAME", help="Only this predictor's predictions.")
@click.option("--about", metavar="NAME", help="Only predictions about this entity or topic.")
@click.option("--due-by", metavar="DATE", help="Only predictions whose deadline falls on or before DATE.")
@as_of_option
def predictions_list(store, fmt, status, predictor, about, due_by, as_of):
    """List predictions with their status.

    \b
    Example:
        kg predictions list --predictor "Maren Solberg"
        kg predictions list --status open --due-by 2026-12-31
        kg predictions list --as-of 2025-01-01 --format csv
    """
    from .store import open_store
    from .tracking import list_table

    _check_date(as_of, "--as-of")
    _check_date(due_by, "--due-by")
    with open_store(store, read_only=True) as st:
        _echo_table(list_table(_tracked(st), as_of, status, predictor, about, due_by), fmt)


@predictions.command("show")
@click.argument("prediction_id", metavar="ID")
@store_option
@format_option(("table", "json"))
@as_of_option
def predictions_show(prediction_id, store, fmt, as_of):
    """Everything about one prediction: quote, source, dates, evidence, judgements.

    ID is the id `kg predictions list` shows, or any unique start of it.

    \b
    Example:
        kg predictions show 226f
    """
    from .store import open_store
    from .tracking import find, load_claims, propose_evidence, relatives_map, short_id, today

    _check_date(as_of, "--as-of")
    as_of = as_of or today()
    with open_store(store, read_only=True) as st:
        p = find(_tracked(st), prediction_id)
        candidates = propose_evidence(p, load_claims(st), relatives_map(st), as_of)[:5]
    status, _ = p.status(as_of)
    if fmt == "json":
        click.echo(json.dumps({
            "id": short_id(p.iri), "iri": p.iri, "predictor": p.predictor, "statement": p.statement, "about": p.about,
            "quote": p.quote, "made": p.made, "deadline": p.deadline, "probability": p.probability, "status": status,
            "source": {"title": p.title, "url": p.url, "publisher": p.publisher, "date": p.date, "iri": p.article},
            "evidence": [{"claim": k.claim.iri, "score": k.score, "proposed": k.outcome, "reason": k.reason}
                         for k in candidates],
            "judgements": [vars(j) for j in p.judgements]}, ensure_ascii=False, indent=2))
        return
    lines = [f"{short_id(p.iri)}  {status.upper()}", f"  predictor   {p.predictor or '(unattributed)'}",
             f"  statement   {p.statement}", f"  about       {p.about or ''}", f"  made        {p.made or '?'}",
             f"  deadline    {p.deadline or 'none'}",
             f"  probability {p.probability if p.probability is not None else 'not stated'}",
             f"  quote       {p.quote}",
             f"  source      {p.title or ''} ({p.publisher or 'unknown outlet'}, {p.date or 'undated'}) {p.url or p.article}",
             "", "candidate evidence:"]
    lines += [f"  {k.score:.2f}  {k.outcome or '-':9}  {k.reason}  [claim {short_id(k.claim.iri)}]" for k in candidates] \
        or ["  (none found)"]
    lines += ["", "judgement history:"]
    lines += [f"  {(j.at or '')[:19]:19}  {j.outcome:9}  {j.method:9}  by {j.by}"
              + (f"  evidence {j.evidence}" if j.evidence else "") + (f"\n      note: {j.note}" if j.note else "")
              + (f"\n      made for {j.reattached_from} (the prediction's id has changed since)" if j.reattached_from else "")
              for j in p.judgements] or ["  (none)"]
    click.echo("\n".join(lines))


@predictions.command("resolve")
@click.argument("prediction_id", metavar="ID")
@store_option
@click.option("--outcome", required=True, type=click.Choice(["confirmed", "refuted", "expired", "void"]))
@click.option("--evidence", metavar="CLAIM|URL", help="A claim id or IRI, or the URL of an article.")
@click.option("--note", help="Why, in a sentence.")
@click.option("--by", "by", envvar="USER", default="analyst", show_default=True, help="Who is judging.")
def predictions_resolve(prediction_id, store, outcome, evidence, note, by):
    """Record a judgement; it outranks automatic ones and survives re-ingesting articles.

    \b
    Example:
        kg predictions resolve 226f --outcome refuted --evidence https://example.com/meta-q4 --note "capex $72B"
    """
    from .store import open_store
    from .tracking import find, find_evidence_iri, resolve, short_id

    with open_store(store) as st:
        p = find(_tracked(st), prediction_id)
        evidence_iri = find_evidence_iri(st, evidence) if evidence else None
        node = resolve(st, p, outcome, by, evidence_iri, note)
    click.echo(f"{short_id(p.iri)} -> {outcome} by {by} ({node})", err=True)


@predictions.command("evidence")
@store_option
@format_option()
@as_of_option
@click.option("--apply", "apply_", is_flag=True, help="Resolve predictions whose best candidate reaches --threshold.")
@click.option("--threshold", default=0.8, show_default=True, help="Score needed to apply a resolution.")
def predictions_evidence(store, fmt, as_of, apply_, threshold):
    """Propose later claims as evidence for open and due predictions, with a reason.

    A candidate is a claim reported after the prediction was made, about the same entity (or
    its maker or family), matching the predicted event: a launch with the predicted openness,
    a reported figure against an estimate (both figures in the reason), a benchmark score
    against a threshold or a leaderboard lead.

    \b
    Example:
        kg predictions evidence
        kg predictions evidence --apply --threshold 0.85
    """
    from .store import open_store
    from .tracking import apply_evidence, evidence_table, load_claims, relatives_map, short_id

    _check_date(as_of, "--as-of")
    with open_store(store, read_only=not apply_) as st:
        tracked, claims, relatives = _tracked(st), load_claims(st), relatives_map(st)
        if apply_:
            applied = apply_evidence(st, tracked, claims, relatives, threshold, as_of)
            from .store import Table

            rows = [(short_id(p.iri), p.predictor, p.statement, k.score, k.outcome, k.reason) for p, k in applied]
            _echo_table(Table(["id", "predictor", "statement", "score", "applied", "reason"], rows), fmt)
            click.echo(f"{len(applied)} automatic resolution(s) applied", err=True)
            return
        _echo_table(evidence_table(tracked, claims, relatives, as_of), fmt)


@predictions.command("scoreboard")
@store_option
@format_option()
@as_of_option
@click.option("--by", "by", type=click.Choice(["predictor", "outlet"]), default="predictor", show_default=True)
@click.option("--top", type=int, default=None, help="Only the first N rows (most resolved first).")
@click.option("--guidance/--no-guidance", default=True, show_default=True,
              help="Count what companies forecast about themselves (their guidance); --no-guidance scores forecasters alone.")
def predictions_scoreboard(store, fmt, as_of, by, top, guidance):
    """Track records per predictor (or outlet): made, resolved, hit rate, Brier score.

    Only resolved predictions are scored: hit rate = confirmed / (confirmed + refuted); Brier
    = mean (p - o)^2 over resolved predictions that stated a probability p.

    \b
    Example:
        kg predictions scoreboard
        kg predictions scoreboard --no-guidance --top 10
        kg predictions scoreboard --by outlet --as-of 2025-06-30
    """
    from .store import open_store
    from .tracking import scoreboard

    _check_date(as_of, "--as-of")
    with open_store(store, read_only=True) as st:
        table = scoreboard(_tracked(st), as_of, by, guidance=guidance)
    if top is not None:
        table.rows = table.rows[:top]
    _echo_table(table, fmt)


@predictions.command("report")
@store_option
@click.option("--html", "html_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Write the page here.")
@as_of_option
def predictions_report(store, html_path, as_of):
    """One self-contained HTML page: scoreboard, timeline, every prediction with its source.

    \b
    Example:
        kg predictions report --html predictions.html
    """
    from .report import render_html
    from .store import open_store
    from .tracking import load_claims, propose_evidence, relatives_map, today

    _check_date(as_of, "--as-of")
    as_of = as_of or today()
    with open_store(store, read_only=True) as st:
        tracked, claims, relatives = _tracked(st), load_claims(st), relatives_map(st)
    evidence = {p.iri: propose_evidence(p, claims, relatives, as_of) for p in tracked
                if p.status(as_of)[0] in ("open", "due")}
    html_path.write_text(render_html(tracked, as_of, evidence), encoding="utf-8")
    click.echo(f"{len(tracked)} predictions -> {html_path}", err=True)


@cli.command("eval")
@click.argument("folders", nargs=-1, metavar="[FOLDER...]", type=click.Path(file_okay=False, path_type=Path))
@model_option
@format_option(("table", "json"))
@click.option("--show", "show", metavar="ARTICLE", help="List the misses and false hits of one article (path or id).")
def eval_command(folders: Tuple[Path, ...], model: Optional[str], fmt: str, show: Optional[str]) -> None:
    """Score extraction against gold annotations: precision, recall, F1.

    Each FOLDER holds articles with *.gold.json files beside them and is reported as its own
    split (default: corpus/dev and corpus/test). Entities are scored per type, claims per
    kind (the headline leaves out statements), predictions overall, plus how often a matched
    prediction's made date, deadline, status and subject agree with the gold.

    \b
    Example:
        kg eval
        kg eval corpus/dev --show d07
        kg eval my-annotated-news/ --format json
    """
    from .evaluate import describe, evaluate, find_article, report_json, report_table

    chosen = list(folders) or [p for p in (Path("corpus/dev"), Path("corpus/test")) if p.is_dir()]
    if not chosen:
        raise QueryError("no gold folders given and no corpus/dev or corpus/test here")
    reports = evaluate(chosen, model=model)
    if show:
        click.echo(describe(find_article(reports, show)), nl=False)
        return
    if fmt == "json":
        click.echo(json.dumps(report_json(reports), indent=2))
    else:
        _echo_table(report_table(reports), "table")


def main(argv: Optional[List[str]] = None) -> None:
    """Console-script entry point."""
    try:
        cli.main(args=argv, prog_name="kg")
    except BrokenPipeError:  # `kg query ... | head`
        sys.stderr.close()
        sys.exit(0)
