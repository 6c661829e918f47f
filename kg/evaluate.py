"""Scoring extraction against gold annotations: precision, recall and F1.

Gold files are ``*.gold.json`` next to their articles, in the shape of the extraction
contract (see ``corpus/gold.schema.json``). A folder of them is a split; ``corpus/dev`` and
``corpus/test`` are reported separately.

Matching, one-to-one and greedy:

* entities — same type, and the name or an alias of one equals the name or an alias of the
  other (case, spaces and hyphens ignored);
* claims — same kind and subject, then the first of object, value, benchmark that the gold
  claim has must agree (values within 0.5%; ranges end by end);
* predictions — same predictor, and the same subject or the same sentence.

Names in claims and predictions are compared through the entity alignment, so "Meta
Platforms" in our output meets "Meta" in the gold when the two entities matched.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from .contract import to_json
from .errors import InputError, ValidationError
from .nlp.kb import name_key
from .store import Table

SCORED_CLAIM_KINDS = ("benchmark_score", "comparison", "launch", "compute", "financial", "market")


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: "Score") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict:
        return {"gold": self.tp + self.fn, "predicted": self.tp + self.fp, "correct": self.tp,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class ArticleResult:
    path: str
    entities: Dict[str, Score]
    claims: Dict[str, Score]
    predictions: Score
    misses: Dict[str, List[dict]]
    false_hits: Dict[str, List[dict]]
    attributes: Dict[str, Score] = field(default_factory=dict)


@dataclass
class SplitReport:
    name: str
    articles: List[ArticleResult] = field(default_factory=list)

    def totals(self) -> dict:
        entities: Dict[str, Score] = defaultdict(Score)
        claims: Dict[str, Score] = defaultdict(Score)
        predictions = Score()
        attributes: Dict[str, Score] = defaultdict(Score)
        for a in self.articles:
            for k, s in a.entities.items():
                entities[k].add(s)
            for k, s in a.claims.items():
                claims[k].add(s)
            predictions.add(a.predictions)
            for k, s in a.attributes.items():
                attributes[k].add(s)
        all_entities, all_claims = Score(), Score()
        for s in entities.values():
            all_entities.add(s)
        for k, s in claims.items():
            if k in SCORED_CLAIM_KINDS:
                all_claims.add(s)
        return {"entities": dict(sorted(entities.items())), "entities_all": all_entities,
                "claims": dict(sorted(claims.items())), "claims_all": all_claims,
                "predictions": predictions, "prediction_attributes": dict(sorted(attributes.items()))}


# -- loading gold -----------------------------------------------------------------------------------
def gold_files(folder: Path) -> List[Path]:
    return sorted(Path(folder).rglob("*.gold.json"))


def load_gold(path: Path) -> dict:
    import jsonschema

    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise InputError(str(path), f"cannot read gold annotation: {err}") from None
    schema_path = Path(__file__).resolve().parent.parent / "corpus" / "gold.schema.json"
    if schema_path.exists():
        schema = json.loads(schema_path.read_text(encoding="utf-8"))
        error = next(iter(jsonschema.Draft202012Validator(schema).iter_errors(gold)), None)
        if error is not None:
            where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
            raise ValidationError(f"{path}: {where}: {error.message}")
    return gold


# -- matching ---------------------------------------------------------------------------------------
def _keys(entity: dict) -> set:
    return {name_key(n) for n in [entity["name"], *entity.get("aliases", [])]}


MAGNITUDE_FREE_UNITS = (None, "%", "x", "points", "Elo")  # units whose sign says which way a figure moved


POWER_UNITS = {"W": 1.0, "kW": 1e3, "MW": 1e6, "GW": 1e9, "TW": 1e12}
UNIT_SPELLINGS = {"GPU": "GPUs", "gpus": "GPUs", "GPU hours": "GPU-hours", "GPU-hour": "GPU-hours", "percent": "%",
                  "parameter": "parameters", "token": "tokens"}


def _in_base_units(claim: dict) -> dict:
    """The same figure however its unit is written: 2 GW and 2,000,000,000 W, "GPU" and "GPUs" (the guide
    names no unit for power or chip counts, and annotators pick either)."""
    unit, value = claim.get("unit"), claim.get("value")
    unit = UNIT_SPELLINGS.get(unit, unit)
    if unit in POWER_UNITS and value is not None:
        factor = POWER_UNITS[unit]
        value = [v * factor for v in value] if isinstance(value, list) else value * factor
        unit = "W"
    return dict(claim, unit=unit, value=value) if (unit, value) != (claim.get("unit"), claim.get("value")) else claim


def _value_equal(a, b) -> bool:
    if a is None or b is None:
        return a is b
    if isinstance(a, list) != isinstance(b, list):
        return False
    if isinstance(a, list):
        return len(a) == len(b) == 2 and all(_value_equal(x, y) for x, y in zip(a, b))
    return abs(float(a) - float(b)) <= max(1e-9, 0.005 * abs(float(b)))


def match_entities(gold: Sequence[dict], pred: Sequence[dict]) -> Tuple[List[Tuple[int, int]], Dict[str, str]]:
    """Pairs (gold index, predicted index), and predicted name -> gold name for every name
    that can be aligned (typed matches first, then the same name under another type)."""
    pairs, used = [], set()
    for gi, g in enumerate(gold):
        gk = _keys(g)
        for pi, p in enumerate(pred):
            if pi not in used and p["type"] == g["type"] and gk & _keys(p):
                pairs.append((gi, pi))
                used.add(pi)
                break
    names: Dict[str, str] = {}
    for gi, pi in pairs:
        names[pred[pi]["name"]] = gold[gi]["name"]
    for p in pred:
        if p["name"] not in names:
            for g in gold:
                if _keys(p) & _keys(g):
                    names[p["name"]] = g["name"]
                    break
    return pairs, names


def _claim_matches(g: dict, p: dict, names: Dict[str, str], exact: bool = False) -> bool:
    """Kind + subject + (object, else value, else benchmark); ``exact``: and every one of those three agrees.

    A financial claim with no figure on either side (an investor taking part in a round) pairs its two
    parties in either order: the guide does not say which of investor and company is the subject. For the
    same reason a financial figure filed under what it is about (a model's price) meets the same figure
    filed under the party with that thing as its object (the maker's price for the model)."""
    if g["type"] == p["type"] == "financial" and g.get("value") is None and p.get("value") is None \
            and g.get("object") is not None and p.get("object") is not None:
        pair = {names.get(p["subject"], p["subject"]), names.get(p["object"], p["object"])}
        return pair == {g["subject"], g["object"]}
    if g["type"] == p["type"] == "financial" and g.get("value") is not None and p.get("value") is not None \
            and g.get("unit") == p.get("unit") and _value_equal(p["value"], g["value"]) \
            and (g.get("object") is None) != (p.get("object") is None):
        # the same figure filed under the thing it is about or under the party with that thing as object ("Claude
        # Sonnet 4 costs $3 per million input tokens" as Anthropic's price for Sonnet 4 or as Sonnet 4's;
        # Microsoft's $10 billion in OpenAI as either's): the guide does not say which is the subject
        subject, obj = names.get(p["subject"], p["subject"]), names.get(p.get("object"), p.get("object"))
        if (g.get("object") is not None and obj is None and subject == g["object"]) or \
                (g.get("object") is None and obj is not None and obj == g["subject"]):
            return not exact
    if g["type"] != p["type"] or names.get(p["subject"], p["subject"]) != g["subject"]:
        return False
    if exact:
        return names.get(p.get("object"), p.get("object")) == g.get("object") and \
            (g.get("value") is None) == (p.get("value") is None) and \
            (g.get("value") is None or _value_equal(p.get("value"), g["value"])) and \
            names.get(p.get("benchmark"), p.get("benchmark")) == g.get("benchmark")
    if g.get("object") is not None:
        return names.get(p.get("object"), p.get("object")) == g["object"]
    if g.get("value") is not None:
        if g["type"] == "financial" and g.get("unit") not in MAGNITUDE_FREE_UNITS and p.get("unit") == g.get("unit") \
                and not isinstance(g["value"], list) and isinstance(p.get("value"), (int, float)):
            # a sum lost or burned, written as -88000000 or as 88000000: the guide gives losses no sign
            return _value_equal(abs(p["value"]), abs(g["value"]))
        return _value_equal(p.get("value"), g["value"])
    if g.get("benchmark") is not None:
        return names.get(p.get("benchmark"), p.get("benchmark")) == g["benchmark"]
    return True


def _same_date(gold: Optional[str], got: Optional[str]) -> bool:
    """Dates agree at the precision both give: "2025" meets "2025-12"; None meets only None."""
    if isinstance(gold, str) and isinstance(got, str):
        n = min(len(gold), len(got))
        return gold[:n] == got[:n]
    return gold == got


def _overlaps(a: Tuple[int, int], b: Tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _prediction_matches(g: dict, p: dict, names: Dict[str, str]) -> bool:
    predictor = names.get(p.get("predictor"), p.get("predictor"))
    if predictor != g.get("predictor"):
        return False
    if g.get("subject") is not None and names.get(p.get("subject"), p.get("subject")) == g["subject"]:
        return True
    if g.get("subject") is not None and p.get("subject") and name_key(p["subject"]) == name_key(g["subject"]):
        return True
    return _overlaps((g["start"], g["end"]), (p["start"], p["end"]))


def _pairs(gold: Sequence[dict], pred: Sequence[dict], same, exact=None) -> List[Tuple[int, int]]:
    """The most one-to-one pairs, preferring a partner in the same sentence and, there, one that
    agrees on every field (``exact``) over one that only matches: a sentence with a negated "has not
    posted a profit" (no value) and "$12 billion in revenue" gives the $12 billion to the claim that
    has it, whatever order the gold lists them in. Augmenting paths (Kuhn's algorithm) over passes of
    looser and looser edges; a later pass may re-route earlier pairs but never unpairs a gold item."""
    exact = exact or same
    owner: Dict[int, int] = {}  # pred index -> gold index

    def augment(gi: int, edges: Dict[int, List[int]], seen: set) -> bool:
        for pi in edges.get(gi, ()):
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], edges, seen):
                owner[pi] = gi
                return True
        return False

    edges: Dict[int, List[int]] = {}
    for same_sentence, strict in ((True, True), (True, False), (False, True), (False, False)):
        test = exact if strict else same
        for gi, g in enumerate(gold):
            for pi, p in enumerate(pred):
                if pi not in edges.get(gi, ()) and test(g, p) and (not same_sentence or _overlaps(_span(g), _span(p))):
                    edges.setdefault(gi, []).append(pi)
        paired = set(owner.values())
        for gi in range(len(gold)):
            if gi not in paired:
                augment(gi, edges, set())
    return sorted((gi, pi) for pi, gi in owner.items())


def _span(item: dict) -> Tuple[int, int]:
    return (item.get("start", -1), item.get("end", -1))


def score_article(gold: dict, predicted: dict, body: str) -> ArticleResult:
    """Compare one article's gold annotation with its extraction (both contract-shaped)."""
    g_ents, p_ents = gold["entities"], predicted["entities"]
    pairs, names = match_entities(g_ents, p_ents)
    entities: Dict[str, Score] = defaultdict(Score)
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    for gi, g in enumerate(g_ents):
        entities[g["type"]].tp += gi in matched_g
        entities[g["type"]].fn += gi not in matched_g
    for pi, p in enumerate(p_ents):
        entities[p["type"]].fp += pi not in matched_p

    g_claims = [dict(_in_base_units(c), **_offsets(c, body)) for c in gold["claims"]]
    p_claims = [_in_base_units(c) for c in predicted["claims"]]
    c_pairs = _pairs(g_claims, p_claims, lambda g, p: _claim_matches(g, p, names),
                     lambda g, p: _claim_matches(g, p, names, exact=True))
    claims: Dict[str, Score] = defaultdict(Score)
    cg = {gi for gi, _ in c_pairs}
    cp = {pi for _, pi in c_pairs}
    for gi, g in enumerate(g_claims):
        claims[g["type"]].tp += gi in cg
        claims[g["type"]].fn += gi not in cg
    for pi, p in enumerate(p_claims):
        claims[p["type"]].fp += pi not in cp

    g_preds = [dict(p, **_offsets(p, body)) for p in gold["predictions"]]
    p_preds = predicted["predictions"]
    r_pairs = _pairs(g_preds, p_preds, lambda g, p: _prediction_matches(g, p, names),
                     lambda g, p: _prediction_matches(g, p, names) and _same_date(g.get("target_date"), p.get("target_date")))
    predictions = Score(tp=len(r_pairs), fp=len(p_preds) - len(r_pairs), fn=len(g_preds) - len(r_pairs))
    attributes: Dict[str, Score] = defaultdict(Score)
    for gi, pi in r_pairs:
        for key in ("made", "target_date", "status", "subject"):
            gv, pv = g_preds[gi].get(key), p_preds[pi].get(key)
            if key == "subject":
                pv = names.get(pv, pv)
            ok = gv == pv or (isinstance(gv, str) and isinstance(pv, str) and name_key(gv) == name_key(pv))
            if key in ("made", "target_date"):
                ok = _same_date(gv, pv)
            attributes[key].tp += ok
            attributes[key].fn += not ok

    misses = {"entities": [g_ents[i] for i in range(len(g_ents)) if i not in matched_g],
              "claims": [g_claims[i] for i in range(len(g_claims)) if i not in cg],
              "predictions": [g_preds[i] for i in range(len(g_preds)) if i not in {a for a, _ in r_pairs}]}
    false_hits = {"entities": [p_ents[i] for i in range(len(p_ents)) if i not in matched_p],
                  "claims": [p_claims[i] for i in range(len(p_claims)) if i not in cp],
                  "predictions": [p_preds[i] for i in range(len(p_preds)) if i not in {b for _, b in r_pairs}]}
    return ArticleResult(predicted["document"]["path"], dict(entities), dict(claims), predictions, misses,
                         false_hits, dict(attributes))


def _offsets(item: dict, body: str) -> dict:
    if "start" in item and "end" in item:
        return {"start": item["start"], "end": item["end"]}
    start = body.find(item["quote"])
    return {"start": max(start, 0), "end": max(start, 0) + len(item["quote"])}


# -- running --------------------------------------------------------------------------------------
def evaluate(folders: Iterable[Path], model: Optional[str] = None) -> List[SplitReport]:
    """Extract every article that has a gold file under each folder and score it."""
    from .ingest import extract

    reports = []
    for folder in folders:
        folder = Path(folder)
        files = gold_files(folder)
        if not files:
            raise InputError(str(folder), "no *.gold.json files here")
        golds = {}
        for path in files:
            gold = load_gold(path)
            article = (path.parent / gold["document"]["path"])
            golds[str(article)] = gold
        report = SplitReport(folder.name)
        for item in extract(list(golds), model=model):
            if isinstance(item, InputError):
                raise item
            predicted = to_json(item)
            report.articles.append(score_article(golds[item.article.path], predicted, item.article.text))
        reports.append(report)
    return reports


def report_table(reports: Sequence[SplitReport]) -> Table:
    rows = []
    for report in reports:
        t = report.totals()
        rows.append(_row(report.name, "entities", "ALL", t["entities_all"]))
        rows += [_row(report.name, "entities", k, s) for k, s in t["entities"].items()]
        rows.append(_row(report.name, "claims", "ALL (no statement)", t["claims_all"]))
        rows += [_row(report.name, "claims", k, s) for k, s in t["claims"].items()]
        rows.append(_row(report.name, "predictions", "ALL", t["predictions"]))
        rows += [(report.name, "prediction fields", k, s.tp + s.fn, None, s.tp, None, round(s.recall, 3), None)
                 for k, s in t["prediction_attributes"].items()]
    return Table(["split", "what", "type", "gold", "predicted", "correct", "precision", "recall", "f1"], rows)


def _row(split: str, what: str, kind: str, s: Score) -> tuple:
    d = s.as_dict()
    return (split, what, kind, d["gold"], d["predicted"], d["correct"], round(s.precision, 3), round(s.recall, 3),
            round(s.f1, 3))


def report_json(reports: Sequence[SplitReport]) -> dict:
    out = {}
    for report in reports:
        t = report.totals()
        out[report.name] = {
            "articles": len(report.articles),
            "entities": {"all": t["entities_all"].as_dict(), **{k: s.as_dict() for k, s in t["entities"].items()}},
            "claims": {"all_but_statement": t["claims_all"].as_dict(), **{k: s.as_dict() for k, s in t["claims"].items()}},
            "predictions": t["predictions"].as_dict(),
            "prediction_fields_accuracy": {k: round(s.recall, 4) for k, s in t["prediction_attributes"].items()},
        }
    return out


def find_article(reports: Sequence[SplitReport], needle: str) -> ArticleResult:
    hits = [a for r in reports for a in r.articles if needle in a.path]
    if not hits:
        raise InputError(needle, "no evaluated article path contains this")
    exact = [a for a in hits if Path(a.path).stem == needle or a.path == needle]
    return (exact or hits)[0]


def describe(result: ArticleResult) -> str:
    """Misses and false hits of one article, for a rule writer."""
    lines = [f"# {result.path}"]
    for what in ("entities", "claims", "predictions"):
        lines.append(f"\n## {what}: {len(result.misses[what])} missed, {len(result.false_hits[what])} false")
        for label, items in (("MISS", result.misses[what]), ("FALSE", result.false_hits[what])):
            for item in items:
                lines.append(f"  {label:5} {_brief(what, item)}")
    return "\n".join(lines) + "\n"


def _brief(what: str, item: dict) -> str:
    if what == "entities":
        aliases = f" aka {', '.join(item.get('aliases') or [])}" if item.get("aliases") else ""
        return f"{item['type']:12} {item['name']}{aliases}"
    if what == "claims":
        parts = [item["type"], item["subject"]]
        for key in ("object", "value", "unit", "benchmark"):
            if item.get(key) is not None:
                parts.append(f"{key}={item[key]}")
        return " | ".join(str(p) for p in parts) + f"   «{item['quote'][:90]}»"
    return (f"{item.get('predictor')} -> {item.get('subject')}: {item['statement'][:70]} "
            f"(made {item.get('made')}, by {item.get('target_date')}, {item.get('status')})")


def evaluate_items(items: Sequence[dict], model: Optional[str] = None) -> SplitReport:
    """Score short annotated snippets (``{"id", "text", "date", "entities", "claims",
    "predictions"}`` per item, as in ``tests/nlp/data/claim_sentences.jsonl``)."""
    import datetime as dt

    from .extract import extract_stream
    from .nlp.pipeline import load_pipeline
    from .records import Article

    golds = {}
    articles = []
    for item in items:
        golds[item["id"]] = {
            "entities": [dict(e, aliases=e.get("aliases", [])) for e in item.get("entities", [])],
            "claims": [dict(c, quote=item["text"], start=0, end=len(item["text"])) for c in item.get("claims", [])],
            "predictions": [dict(p, quote=item["text"], start=0, end=len(item["text"]), statement="")
                            for p in item.get("predictions", [])],
        }
        date = dt.date.fromisoformat(item["date"]) if item.get("date") else None
        articles.append(Article(text=item["text"], path=item["id"], key=f"item:{item['id']}", date=date))
    report = SplitReport("items")
    for extraction in extract_stream(load_pipeline(model), articles):
        predicted = to_json(extraction)
        report.articles.append(score_article(golds[extraction.article.path], predicted, extraction.article.text))
    return report
