"""Tracking predictions to their outcomes: status, evidence, judgements, track records.

A prediction is *open* until someone or something resolves it, and *due* once its deadline
has passed without a resolution. A resolution (confirmed, refuted, expired, void) is its own
node: who made it, when, the evidence (a claim or an article) and a note. Three kinds exist:

* ``text`` — the article itself reports the outcome ("as she forecast ..., X has now ...");
  stored in that article's graph;
* ``automatic`` — proposed by :func:`propose_evidence` from later claims and applied above a
  score threshold; stored in its own graph, rebuilt on every ``evidence --apply``;
* ``manual`` — a person's judgement; stored in the judgements graph, which re-ingesting
  articles never touches.

All stay visible; the effective status is the latest manual judgement, else the latest
other one. ``as_of`` replays the world as it stood on a date: later articles, judgements
and deadlines do not count.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Dict, List, Optional, Sequence, Tuple

from . import iris
from .errors import KgError, NotFoundError
from .store import PREFIX_HEADER, Store, Table
from .records import period_end

STATUSES = ("open", "due", "confirmed", "refuted", "expired", "void")
OUTCOMES = ("confirmed", "refuted", "expired", "void")
KG = "https://w3id.org/aikg/ontology#"

PREDICTIONS = PREFIX_HEADER + """
SELECT DISTINCT ?p ?statement ?quote ?who ?whoLabel ?about ?aboutLabel ?topic ?made ?deadline ?probability ?value
       ?low ?high ?unit ?a ?title ?date ?url ?publisher WHERE {
  ?p a kg:Prediction ; kg:statement ?statement ; prov:wasDerivedFrom ?a .
  OPTIONAL { ?p kg:quote ?quote }
  OPTIONAL { ?p kg:predictor ?who . OPTIONAL { ?who rdfs:label ?whoLabel } }
  OPTIONAL { ?p kg:about ?about . OPTIONAL { ?about rdfs:label ?aboutLabel } }
  OPTIONAL { ?p kg:aboutTopic ?topic } OPTIONAL { ?p kg:madeAt ?made } OPTIONAL { ?p kg:deadline ?deadline }
  OPTIONAL { ?p kg:probability ?probability } OPTIONAL { ?p kg:value ?value }
  OPTIONAL { ?p kg:valueLow ?low ; kg:valueHigh ?high } OPTIONAL { ?p kg:unit ?unit }
  OPTIONAL { ?a schema:headline ?title } OPTIONAL { ?a schema:datePublished ?date } OPTIONAL { ?a schema:url ?url }
  OPTIONAL { ?a schema:publisher/rdfs:label ?publisher }
}
"""
RESOLUTIONS = PREFIX_HEADER + """
SELECT DISTINCT ?r ?p ?outcome ?method ?by ?byLabel ?at ?evidence ?note ?score ?quote ?source WHERE {
  ?r a kg:Resolution ; kg:resolves ?p ; kg:outcome ?outcome .
  OPTIONAL { ?r kg:quote ?quote } OPTIONAL { ?r prov:wasDerivedFrom ?source }
  OPTIONAL { ?r kg:method ?method } OPTIONAL { ?r prov:wasAttributedTo ?by . OPTIONAL { ?by rdfs:label ?byLabel } }
  OPTIONAL { ?r prov:generatedAtTime ?at } OPTIONAL { ?r kg:evidence ?evidence } OPTIONAL { ?r kg:note ?note }
  OPTIONAL { ?r kg:score ?score }
}
"""
CLAIMS = PREFIX_HEADER + """
SELECT DISTINCT ?c ?class ?s ?sLabel ?o ?oLabel ?bLabel ?value ?low ?high ?unit ?relation ?openness ?modality ?about
       ?date ?a ?quote WHERE {
  ?c a ?class ; kg:subject ?s ; prov:wasDerivedFrom ?a . ?class rdfs:subClassOf kg:Claim .
  OPTIONAL { ?s rdfs:label ?sLabel } OPTIONAL { ?c kg:object ?o . OPTIONAL { ?o rdfs:label ?oLabel } }
  OPTIONAL { ?c kg:benchmark/rdfs:label ?bLabel } OPTIONAL { ?c kg:value ?value }
  OPTIONAL { ?c kg:valueLow ?low ; kg:valueHigh ?high } OPTIONAL { ?c kg:unit ?unit }
  OPTIONAL { ?c kg:relation ?relation } OPTIONAL { ?c kg:openness ?openness } OPTIONAL { ?c kg:modality ?modality }
  OPTIONAL { ?c kg:aboutTime ?about } OPTIONAL { ?a schema:datePublished ?date } OPTIONAL { ?c kg:quote ?quote }
}
"""
RELATIVES = PREFIX_HEADER + """
SELECT DISTINCT ?x ?y WHERE { { ?x kg:maker ?y } UNION { ?x kg:versionOf ?y } }
"""


# -- records -----------------------------------------------------------------------------------------
@dataclass
class Judgement:
    iri: str
    outcome: str
    method: str
    by: str
    at: str
    evidence: Optional[str] = None
    note: Optional[str] = None
    score: Optional[float] = None
    reattached_from: Optional[str] = None  # the prediction IRI it was made for, when that IRI has since changed


@dataclass
class Tracked:
    iri: str
    statement: str
    quote: str
    article: str
    predictor: Optional[str] = None
    predictor_iri: Optional[str] = None
    about: Optional[str] = None
    about_iri: Optional[str] = None
    made: Optional[str] = None
    deadline: Optional[str] = None
    probability: Optional[float] = None
    value: object = None
    unit: Optional[str] = None
    title: Optional[str] = None
    date: Optional[str] = None
    url: Optional[str] = None
    publisher: Optional[str] = None
    judgements: List[Judgement] = field(default_factory=list)
    also_reported: List[str] = field(default_factory=list)

    @property
    def short_id(self) -> str:
        return short_id(self.iri)

    @property
    def is_guidance(self) -> bool:
        """A company's forecast about itself ("Meta expects capex of $66-72 billion")."""
        return self.predictor_iri is not None and self.predictor_iri == self.about_iri

    @property
    def stated(self) -> Optional[str]:
        """When the prediction became known to us: the article date (or when it was made)."""
        return self.date or self.made

    def visible(self, as_of: str) -> bool:
        return self.stated is None or self.stated[:10] <= as_of

    def status(self, as_of: str) -> Tuple[str, Optional[Judgement]]:
        """Effective status on ``as_of``: latest manual judgement, else latest other, else open/due."""
        known = [j for j in self.judgements if (j.at or "")[:10] <= as_of]
        manual = [j for j in known if j.method == "manual"]
        for pool in (manual, known):
            if pool:
                latest = max(pool, key=lambda j: (j.at or "", j.method == "text"))
                return latest.outcome, latest
        if self.deadline and period_end(self.deadline) < as_of:
            return "due", None
        return "open", None


@dataclass
class ClaimFact:
    iri: str
    kind: str
    subject: str
    subject_label: str
    object: Optional[str]
    object_label: Optional[str]
    benchmark: Optional[str]
    value: object
    unit: Optional[str]
    relation: Optional[str]
    openness: Optional[str]
    modality: Optional[str]
    about: Optional[str]
    date: Optional[str]
    article: str
    quote: str


@dataclass
class Candidate:
    claim: ClaimFact
    score: float
    outcome: Optional[str]
    reason: str


# -- dates --------------------------------------------------------------------------------------------
def period_start(value: str) -> str:
    """The first day a partial date covers.

    >>> period_start("2025"), period_start("2024-02"), period_start("2025-03-14")
    ('2025-01-01', '2024-02-01', '2025-03-14')
    """
    return value[:10] + {4: "-01-01", 7: "-01"}.get(len(value[:10]), "")


def today() -> str:
    return dt.date.today().isoformat()


def short_id(iri: str) -> str:
    """The first 8 characters of an IRI's last segment: what the CLI shows and accepts."""
    return iri.rstrip("/").rsplit("/", 1)[-1][:8]


# -- loading ------------------------------------------------------------------------------------------
def load_predictions(store: Store) -> List[Tracked]:
    """Every prediction in the store with all its judgements."""
    rows = store.select(PREDICTIONS).dicts()
    judgements = _judgements(store, rows)
    out: Dict[str, Tracked] = {}
    for row in rows:
        if row["p"] in out:
            continue
        value = (row["low"], row["high"]) if row["low"] is not None else row["value"]
        out[row["p"]] = Tracked(
            iri=row["p"], statement=row["statement"], quote=row["quote"] or row["statement"], article=row["a"],
            predictor=row["whoLabel"], predictor_iri=row["who"], about=row["aboutLabel"] or row["topic"],
            about_iri=row["about"], made=_text(row["made"]), deadline=_text(row["deadline"]),
            probability=row["probability"], value=value, unit=row["unit"], title=row["title"], date=_text(row["date"]),
            url=row["url"], publisher=row["publisher"], judgements=sorted(judgements.get(row["p"], []), key=lambda j: j.at))
    return merge_reports(sorted(out.values(), key=lambda t: (t.made or "", t.predictor or "", t.iri)))


def _reattach(judgements: Dict[str, List[Judgement]], anchors: Dict[str, Tuple[Optional[str], Optional[str]]],
              rows: List[dict]) -> None:
    """A person's judgement names the prediction's IRI, which is minted from what the extractor
    found (article, offsets, predictor, subject); a better extractor can mint a new one. The
    judgement also keeps the article and the quote, and finds its prediction again by them."""
    present = {row["p"] for row in rows}
    by_quote: Dict[Tuple[str, str], List[str]] = defaultdict(list)
    for row in rows:
        if row["quote"] is not None and row["p"] not in by_quote[(row["a"], str(row["quote"]))]:
            by_quote[(row["a"], str(row["quote"]))].append(row["p"])
    for old in [p for p in judgements if p not in present]:
        for judgement in list(judgements[old]):
            source, quote = anchors.get(judgement.iri, (None, None))
            candidates = by_quote.get((source, quote), []) if quote else []
            if len(candidates) == 1:
                judgements[old].remove(judgement)
                judgements[candidates[0]].append(replace(judgement, reattached_from=old))


def orphaned_judgements(store: Store) -> List[Judgement]:
    """People's judgements whose prediction is no longer in the store and cannot be found again
    (its article was removed, or the extractor no longer finds a prediction in that sentence)."""
    rows = store.select(PREDICTIONS).dicts()
    present = {row["p"] for row in rows}
    return [j for p, js in _judgements(store, rows).items() if p not in present for j in js if j.method == "manual"]


def _judgements(store: Store, predictions: List[dict]) -> Dict[str, List[Judgement]]:
    """Every judgement in the store by the prediction it judges, re-attached where needed."""
    judgements: Dict[str, List[Judgement]] = defaultdict(list)
    anchors: Dict[str, Tuple[Optional[str], Optional[str]]] = {}
    for row in store.select(RESOLUTIONS).dicts():
        judgements[row["p"]].append(Judgement(
            iri=row["r"], outcome=_local(row["outcome"]).lower(), method=row["method"] or "manual",
            by=row["byLabel"] or _local(row["by"] or "") or "unknown", at=str(row["at"] or ""),
            evidence=row["evidence"], note=row["note"], score=row["score"]))
        if row["quote"] is not None:
            anchors[row["r"]] = (row["source"], str(row["quote"]))
    _reattach(judgements, anchors, predictions)
    return judgements


def _words(text: str) -> set:
    stop = {"will", "would", "that", "the", "and", "its", "their", "with", "from", "before", "after", "has", "have",
            "now", "been", "than", "into", "over", "end", "this", "next", "year"}
    return {w[:5] for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 and w not in stop}


def _compatible(a: Optional[str], b: Optional[str]) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def same_prediction(a: Tracked, b: Tracked) -> bool:
    """Two reports of one forecast: same predictor and subject, dates that agree at their common
    precision, and mostly the same words ("will release ..." and "as she forecast, ... has released ...")."""
    if not a.predictor_iri or a.predictor_iri != b.predictor_iri or a.about_iri != b.about_iri or a.article == b.article:
        return False
    if not (_compatible(a.made, b.made) and _compatible(a.deadline, b.deadline)):
        return False
    wa, wb = _words(a.statement), _words(b.statement)
    return bool(wa and wb) and len(wa & wb) / len(wa | wb) >= 0.5


def merge_reports(predictions: List[Tracked]) -> List[Tracked]:
    """One tracked prediction per forecast: a later article that retells an earlier forecast
    (often with its outcome) adds its judgements to the original instead of counting twice."""
    kept: List[Tracked] = []
    for p in sorted(predictions, key=lambda t: (t.stated or "", t.iri)):
        original = next((k for k in kept if same_prediction(k, p)), None)
        if original is None:
            kept.append(p)
            continue
        original.judgements = sorted(original.judgements + p.judgements, key=lambda j: j.at)
        original.also_reported.append(p.iri)
        original.deadline = original.deadline or p.deadline
        original.made = original.made if (original.made or "") >= (p.made or "") or not p.made else original.made
    return sorted(kept, key=lambda t: (t.made or "", t.predictor or "", t.iri))


def load_claims(store: Store) -> List[ClaimFact]:
    facts = {}
    for row in store.select(CLAIMS).dicts():
        if row["c"] in facts:
            continue
        value = (row["low"], row["high"]) if row["low"] is not None else row["value"]
        facts[row["c"]] = ClaimFact(
            iri=row["c"], kind=_local(row["class"]), subject=row["s"], subject_label=row["sLabel"] or "",
            object=row["o"], object_label=row["oLabel"], benchmark=row["bLabel"], value=value, unit=row["unit"],
            relation=row["relation"], openness=_local(row["openness"] or "") or None,
            modality=_local(row["modality"] or "") or None, about=_text(row["about"]), date=_text(row["date"]),
            article=row["a"], quote=row["quote"] or "")
    return list(facts.values())


def find(predictions: Sequence[Tracked], prefix: str) -> Tracked:
    """The prediction whose id (or IRI) starts with ``prefix``."""
    prefix = prefix.strip()
    hits = [p for p in predictions if p.iri == prefix or short_id(p.iri).startswith(prefix[:8]) and
            p.iri.rsplit("/", 1)[-1].startswith(prefix)]
    if not hits:
        raise NotFoundError(f"no prediction with id {prefix!r} (`kg predictions list` shows ids)")
    if len(hits) > 1:
        raise NotFoundError(f"prediction id {prefix!r} is ambiguous: {', '.join(h.short_id for h in hits[:5])}")
    return hits[0]


# -- listing and track records ------------------------------------------------------------------------
def list_table(predictions: Sequence[Tracked], as_of: Optional[str] = None, status: Optional[str] = None,
               predictor: Optional[str] = None, about: Optional[str] = None, due_by: Optional[str] = None) -> Table:
    as_of = as_of or today()
    rows = []
    for p in predictions:
        if not p.visible(as_of):
            continue
        state, judgement = p.status(as_of)
        if status and state != status:
            continue
        if predictor and (p.predictor or "").casefold() != predictor.casefold():
            continue
        if about and (p.about or "").casefold() != about.casefold():
            continue
        if due_by and not (p.deadline and period_end(p.deadline) <= due_by):
            continue
        rows.append((p.short_id, p.predictor, p.statement, p.made, p.deadline, p.probability, state,
                     judgement.by if judgement else None, p.publisher))
    return Table(["id", "predictor", "statement", "made", "deadline", "probability", "status", "resolved_by", "source"], rows)


def scoreboard(predictions: Sequence[Tracked], as_of: Optional[str] = None, by: str = "predictor",
               guidance: bool = True) -> Table:
    """Track records: counts by status, hit rate over confirmed + refuted, Brier score (p - o)^2
    over resolved predictions that stated a probability. Only resolved or past-deadline
    predictions are scored; open ones are counted but not scored. ``guidance=False`` leaves out
    what a company forecasts about itself, to compare forecasters alone."""
    as_of = as_of or today()
    groups: Dict[str, List[Tuple[Tracked, str]]] = defaultdict(list)
    for p in predictions:
        if not p.visible(as_of) or (not guidance and p.is_guidance):
            continue
        key = (p.predictor or "(unattributed)") if by == "predictor" else (p.publisher or "(no outlet)")
        groups[key].append((p, p.status(as_of)[0]))
    rows = []
    for key, items in groups.items():
        counts = {s: sum(1 for _, st in items if st == s) for s in STATUSES}
        decided = counts["confirmed"] + counts["refuted"]
        briers = [(p.probability - (1.0 if st == "confirmed" else 0.0)) ** 2 for p, st in items
                  if st in ("confirmed", "refuted") and p.probability is not None]
        rows.append((key, len(items), counts["open"], counts["due"],
                     decided + counts["expired"] + counts["void"], counts["confirmed"], counts["refuted"],
                     counts["expired"], counts["void"], round(counts["confirmed"] / decided, 3) if decided else None,
                     round(sum(briers) / len(briers), 4) if briers else None, len(briers)))
    # named forecasters ranked by what was settled; the forecasts nobody is named for (consensus estimates,
    # unattributed calls) after them, as a baseline rather than a contestant
    rows.sort(key=lambda r: (r[0] in ("(unattributed)", "(no outlet)"), -(r[5] + r[6]), -r[1], r[0]))
    return Table([by, "made", "open", "due", "resolved", "confirmed", "refuted", "expired", "void", "hit_rate",
                  "brier", "brier_n"], rows)


# -- evidence ---------------------------------------------------------------------------------------------
OPEN_WORDS = re.compile(r"open[- ]weights?|open[- ]source|open model|downloadable|release (?:its |the )?weights", re.I)
CLOSED_WORDS = re.compile(r"\b(?:closed|proprietary|stop releasing|abandon|no longer release|api[- ]only)\b", re.I)
RELEASE_WORDS = re.compile(r"\b(?:release|launch|ship|unveil|introduce|publish|announce|put out|debut|roll out)", re.I)
TOP_WORDS = re.compile(r"\b(?:tops?|lead|first place|number one|#1|overtake|beat|surpass|best)\b", re.I)
ABOVE = re.compile(r"\b(?:more than|above|exceed|over|at least|top|surpass|pass|beyond|higher than|upwards of|beat|beats|"
                   r"clear|clears|break|breaks)\b", re.I)
MILESTONE = re.compile(r"\b(?:worth|valued at|valuation|market (?:value|cap\w*)|reach(?:es|ed)?|hit|cross(?:es)?|"
                       r"within reach|get to|join(?:s)? the|club)\b", re.I)
BELOW = re.compile(r"\b(?:less than|below|under|at most|fall below|short of|lower than|no more than)\b", re.I)
FAMILIES = {
    "capex": (re.compile(r"capex|capital (?:expenditure|spending)|capital budget|spend", re.I), {"capex", "spend"}),
    "revenue": (re.compile(r"revenue|sales", re.I), {"revenue"}),
    "valuation": (re.compile(r"valu|worth|market cap", re.I), {"valuation", "market_cap"}),
}
QUARTER = re.compile(r"\b(?:first|second|third|fourth)[- ]quarter|\bQ[1-4]\b|\bquarterly\b|\bthis quarter\b", re.I)


def related(a: Optional[str], b: Optional[str], relatives: Dict[str, set]) -> float:
    """How closely two entities are tied: the same (1), maker or family of the other (0.8)."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if b in relatives.get(a, ()) or a in relatives.get(b, ()):
        return 0.8
    return 0.0


def propose_evidence(prediction: Tracked, claims: Sequence[ClaimFact], relatives: Dict[str, set],
                     as_of: Optional[str] = None) -> List[Candidate]:
    """Later claims about the same subject, ranked, each with a reason a person can read."""
    as_of = as_of or today()
    made = period_start(prediction.made or prediction.date or "0001")
    statement = prediction.statement
    first_seen = _first_reports(claims)
    open_models = {c.object for c in claims if c.kind == "LaunchClaim" and c.openness == "OpenWeights"}
    wants_open_model = bool(OPEN_WORDS.search(statement) or re.search(r"\bopen(?:ly)?\b", statement, re.I))
    out, seen = [], set()
    for c in claims:
        if not c.date or c.date > as_of or c.modality == "Expected":
            continue  # evidence is a reported fact known by as_of, not a forecast
        happened = first_seen.get(_event_key(c), c.date) if c.kind == "LaunchClaim" else c.date
        if happened <= made:
            continue  # a later article retelling an earlier launch is not new evidence
        link = max(related(prediction.about_iri, c.subject, relatives), related(prediction.about_iri, c.object, relatives))
        if link == 0.0:
            continue
        if wants_open_model and c.kind in ("BenchmarkScoreClaim", "ComparisonClaim") and c.subject not in open_models:
            continue  # "an open model will beat ...": a closed model's score is no evidence
        candidate = _judge(prediction, c, link, statement)
        if candidate is not None and (_event_key(c), candidate.outcome) not in seen:
            seen.add((_event_key(c), candidate.outcome))
            out.append(candidate)
    # a threshold passed before the deadline is met, whatever lower figures were reported on the way
    return sorted(out, key=lambda k: (-k.score, not (k.outcome == "confirmed" and "at least" in k.reason),
                                      k.claim.date or ""))


def _event_key(c: ClaimFact) -> tuple:
    return (c.kind, c.subject, c.object, c.benchmark, c.value if not isinstance(c.value, float) else round(c.value, 6))


def _first_reports(claims: Sequence[ClaimFact]) -> Dict[tuple, str]:
    first: Dict[tuple, str] = {}
    for c in claims:
        if c.date and (_event_key(c) not in first or c.date < first[_event_key(c)]):
            first[_event_key(c)] = c.date
    return first


def _judge(p: Tracked, c: ClaimFact, link: float, statement: str) -> Optional[Candidate]:
    """How a claim bears on a prediction: benchmark thresholds and leadership first, then
    numbers, then launches."""
    if c.modality in ("Expected", "Hedged"):
        return None  # a forecast or a maybe is no evidence of what happened
    late = p.deadline is not None and c.date is not None and c.date > period_end(p.deadline)
    when = f"{c.date}" + (" (after the deadline)" if late else "")
    if c.benchmark is None and _names_benchmark(statement):
        return None  # "an open model will top SWE-bench Verified": only benchmark evidence bears on it
    if re.search(rf"\b(?:beat|beats|surpass|exceed|top|match|than|pass|overtake)\s+(?:the\s+)?{re.escape(c.subject_label)}\b",
                 statement, re.I):
        return None  # "will beat GPT-4's 86.4%": GPT-4 is the yardstick, not the evidence
    if c.benchmark and c.benchmark.casefold() in statement.casefold():
        if c.kind == "BenchmarkScoreClaim" and p.value is not None and p.unit == "%" and isinstance(c.value, (int, float)):
            return _compare(p, c, link, statement, when, exact_period=True)
        if TOP_WORDS.search(statement) and c.kind in ("ComparisonClaim", "BenchmarkScoreClaim"):
            leading = bool(re.search(r"\b(?:first|top|tops|topped|leads?|No\. ?1|#1|number one|ahead)\b", c.quote, re.I))
            what = (f"{c.subject_label} ahead of {c.object_label} on {c.benchmark}" if c.kind == "ComparisonClaim"
                    else f"{c.subject_label} scored {_num(c.value)} {c.unit or ''} on {c.benchmark}".replace("  ", " "))
            score = 0.5 + 0.3 * link + (0.1 if leading else 0.0)
            decided = not late and (c.kind == "ComparisonClaim" or leading)
            return Candidate(c, round(score, 3), "confirmed" if decided else None, f"{what}, reported {when}")
        return None
    if p.value is not None and c.value is not None and p.unit and p.unit == c.unit and c.kind in ("FinancialClaim", "MarketClaim"):
        family = next((rels for rx, rels in FAMILIES.values() if rx.search(statement)), None)
        if family is None or (c.relation not in family):
            return None
        # a figure settles an estimate only for the same period: the year, or the quarter if the estimate names one
        quarterly = bool(QUARTER.search(statement))
        target = p.deadline or ""
        if not c.about or not target or c.about[:4] != target[:4] or (quarterly != (len(c.about) == 7)) or \
                (quarterly and c.about != target[:7]):
            return None
        return _compare(p, c, link, statement, c.date, exact_period=True)
    if c.kind == "LaunchClaim" and (RELEASE_WORDS.search(statement) or OPEN_WORDS.search(statement)):
        wants_open = OPEN_WORDS.search(statement) and not CLOSED_WORDS.search(statement)
        wants_closed = CLOSED_WORDS.search(statement) is not None
        what = f"{c.subject_label} launched {c.object_label}"
        named = {w for w in re.findall(r"\b[A-Z][\w.-]*\d[\w.-]*|\b[A-Z][a-z]+[A-Z]\w*|\b[A-Z][a-z]{2,}\b", statement)
                 if w not in c.subject_label and w not in ("It", "They", "The", "A", "An")}
        fits = not named or any(w.lower() in (c.object_label or "").lower() for w in named)
        if wants_open and c.openness == "OpenWeights":
            return Candidate(c, round(0.6 + 0.3 * link, 3), None if late else "confirmed",
                             f"{what} with open weights on {when}: the open-weights release the prediction names")
        if wants_closed and c.openness == "ClosedWeights":
            return Candidate(c, round(0.6 + 0.3 * link, 3), None if late else "confirmed",
                             f"{what} as a closed model on {when}")
        if not wants_open and not wants_closed:
            return Candidate(c, round((0.4 + 0.3 * link) if fits else 0.3, 3), "confirmed" if fits and not late else None,
                             f"{what} on {when}" + ("" if fits else " (not the model the prediction names)"))
        return Candidate(c, round(0.3 * link, 3), None, f"{what} on {when}, but openness does not match the prediction")
    return None


BENCHMARK_WORDS = re.compile(r"\b(?:bench|benchmark|leaderboard|arena|MMLU|GPQA|HumanEval|AIME|ARC-AGI|SWE-bench|"
                             r"Humanity's Last Exam|FrontierMath|LiveCodeBench|MATH|GSM8K)", re.I)


def _names_benchmark(statement: str) -> bool:
    return bool(BENCHMARK_WORDS.search(statement))


def _compare(p: Tracked, c: ClaimFact, link: float, statement: str, when: str, exact_period: bool) -> Candidate:
    predicted = p.value if not isinstance(p.value, tuple) else sum(p.value) / 2
    actual = c.value if not isinstance(c.value, tuple) else sum(c.value) / 2
    if ABOVE.search(statement) or (MILESTONE.search(statement) and abs(predicted) >= 1e11 and not BELOW.search(statement)):
        # "will become the first company worth $4 trillion", "a $4 trillion valuation is within reach": a
        # market-value milestone is passed by any higher figure
        ok, rule = actual >= predicted, "at least"
    elif BELOW.search(statement):
        ok, rule = actual <= predicted, "at most"
    elif isinstance(p.value, tuple):
        ok, rule = p.value[0] <= actual <= p.value[1], "within"
    else:
        ok, rule = abs(actual - predicted) <= 0.1 * abs(predicted), "about (±10%)"
    reason = (f"predicted {rule} {_money(p.value, p.unit)}; {c.subject_label} reported {_money(c.value, c.unit)}"
              f"{' for ' + c.about if c.about else ''} on {when}")
    score = round(0.55 + 0.25 * link + (0.15 if exact_period else 0.0), 3)
    if ok and rule == "at least" and p.deadline is not None and c.date is not None and c.date > period_end(p.deadline):
        # passed, but only after the deadline: the claim alone cannot settle it
        return Candidate(c, score, None, reason + " (after the deadline)")
    return Candidate(c, score, "confirmed" if ok else "refuted", reason)


def relatives_map(store: Store) -> Dict[str, set]:
    out: Dict[str, set] = defaultdict(set)
    for x, y in store.select(RELATIVES):
        out[x].add(y)
        out[y].add(x)
    return out


def evidence_table(predictions: Sequence[Tracked], claims: Sequence[ClaimFact], relatives: Dict[str, set],
                   as_of: Optional[str] = None, limit: int = 3) -> Table:
    as_of = as_of or today()
    rows = []
    for p in predictions:
        if not p.visible(as_of) or p.status(as_of)[0] not in ("open", "due"):
            continue
        for k in propose_evidence(p, claims, relatives, as_of)[:limit]:
            rows.append((p.short_id, p.predictor, p.statement, k.score, k.outcome, k.reason, short_id(k.claim.iri)))
    rows.sort(key=lambda r: (-r[3], r[0]))
    return Table(["id", "predictor", "statement", "score", "proposed", "reason", "claim"], rows)


def apply_evidence(store: Store, predictions: Sequence[Tracked], claims: Sequence[ClaimFact],
                   relatives: Dict[str, set], threshold: float = 0.8, as_of: Optional[str] = None) -> List[Tuple[Tracked, Candidate]]:
    """Resolve every open or due prediction whose best candidate scores at least ``threshold``
    and says confirmed or refuted. The automatic judgements replace the evidence graph."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import PROV, RDF, XSD

    as_of = as_of or today()
    applied, triples = [], []
    for p in predictions:
        if not p.visible(as_of):
            continue
        others = [j for j in p.judgements if j.method != "automatic" and (j.at or "")[:10] <= as_of]
        if others:
            continue
        best = next((k for k in propose_evidence(p, claims, relatives, as_of) if k.outcome), None)
        if best is None or best.score < threshold:
            continue
        node = URIRef(iris.resolution_iri(p.iri, "automatic", best.claim.iri))
        triples += [(node, RDF.type, URIRef(KG + "Resolution")), (node, URIRef(KG + "resolves"), URIRef(p.iri)),
                    (node, URIRef(KG + "outcome"), URIRef(KG + best.outcome.capitalize())),
                    (node, URIRef(KG + "evidence"), URIRef(best.claim.iri)),
                    (node, PROV.wasAttributedTo, URIRef(KG + "EvidenceMatcher")),
                    (node, URIRef(KG + "method"), Literal("automatic")),
                    (node, URIRef(KG + "note"), Literal(best.reason)),
                    (node, URIRef(KG + "score"), Literal(str(best.score), datatype=XSD.decimal)),
                    (node, PROV.generatedAtTime, Literal(best.claim.date, datatype=XSD.date))]
        applied.append((p, best))
    store.replace_graph(iris.EVIDENCE_GRAPH, triples)
    return applied


def resolve(store: Store, prediction: Tracked, outcome: str, by: str, evidence: Optional[str] = None,
            note: Optional[str] = None, at: Optional[dt.datetime] = None) -> str:
    """Record a person's judgement in the judgements graph (kept across re-ingests)."""
    from rdflib import Literal, URIRef
    from rdflib.namespace import PROV, RDF, RDFS, XSD

    from .store import ntriples

    if outcome not in OUTCOMES:
        raise KgError(f"--outcome {outcome!r}: choose one of {', '.join(OUTCOMES)}")
    if not by.strip():
        raise KgError("--by: say who is judging")
    moment = (at or dt.datetime.now(dt.timezone.utc)).replace(microsecond=0)
    node = URIRef(iris.resolution_iri(prediction.iri, "manual", by, moment.isoformat()))
    person = URIRef(iris.person_iri(by))
    triples = [(node, RDF.type, URIRef(KG + "Resolution")), (node, URIRef(KG + "resolves"), URIRef(prediction.iri)),
               (node, URIRef(KG + "outcome"), URIRef(KG + outcome.capitalize())), (node, URIRef(KG + "method"), Literal("manual")),
               (node, PROV.wasAttributedTo, person), (person, RDF.type, PROV.Person), (person, RDFS.label, Literal(by)),
               (node, PROV.generatedAtTime, Literal(moment.isoformat(), datatype=XSD.dateTime))]
    if evidence:
        triples.append((node, URIRef(KG + "evidence"), URIRef(evidence)))
    if note:
        triples.append((node, URIRef(KG + "note"), Literal(note)))
    if prediction.quote and prediction.article:  # to find the prediction again if its IRI changes
        triples += [(node, URIRef(KG + "quote"), Literal(prediction.quote)),
                    (node, PROV.wasDerivedFrom, URIRef(prediction.article))]
    store.update(f"INSERT DATA {{ GRAPH <{iris.JUDGEMENTS_GRAPH}> {{\n{ntriples(triples)}\n}} }}")
    return str(node)


def find_evidence_iri(store: Store, text: str) -> str:
    """A claim or article: its IRI, a short claim id, or an article's URL."""
    text = text.strip()
    if re.match(r"https?://w3id\.org/aikg/id/", text):
        return text
    rows = store.select(PREFIX_HEADER + f"""SELECT DISTINCT ?x WHERE {{
        {{ ?x a kg:Article ; schema:url ?u FILTER(STR(?u) = {_literal(text)}) }} UNION
        {{ ?x kg:quote ?q FILTER(STRSTARTS(STR(?x), CONCAT(STR(id:), "claim/", {_literal(text)}))) }} }}""").rows
    if len(rows) == 1:
        return rows[0][0]
    if not rows:
        raise NotFoundError(f"--evidence {text!r}: no claim id, claim IRI or article URL matches")
    raise NotFoundError(f"--evidence {text!r} is ambiguous ({len(rows)} matches); give more of the id")


# -- small helpers ------------------------------------------------------------------------------------
def _local(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1] if iri else ""


def _text(value) -> Optional[str]:
    return None if value is None else str(value)


def _literal(text: str) -> str:
    from .query import sparql_term

    return sparql_term(text)


def _num(value) -> str:
    if isinstance(value, tuple):
        return f"{_num(value[0])}-{_num(value[1])}"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else f"{value}"


def _money(value, unit: Optional[str]) -> str:
    """A figure as a reader writes it.

    >>> _money(72220000000, "USD"), _money((66e9, 72e9), "USD"), _money(60, "%")
    ('$72.22 billion', '$66-72 billion', '60%')
    """
    if unit == "%":
        return f"{_num(value)}%"
    symbol = {"USD": "$", "EUR": "€", "GBP": "£"}.get(unit or "", "")
    suffix = "" if symbol else f" {unit}" if unit else ""

    def scaled(v: float) -> Tuple[float, str]:
        for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if abs(v) >= size:
                return v / size, word
        return v, ""

    if isinstance(value, tuple):
        low, word = scaled(value[0])
        high, _ = scaled(value[1])
        return f"{symbol}{low:g}-{high:g} {word}{suffix}".strip()
    number, word = scaled(float(value))
    return f"{symbol}{number:g} {word}{suffix}".replace("  ", " ").strip()
