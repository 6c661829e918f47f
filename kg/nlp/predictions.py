"""The ``kg_predictions`` component: forward-looking statements, who made them, and outcomes.

A prediction is anchored on one of:

* a forecasting verb ("predicts", "expects", "forecast", "estimates", "bets") with its
  subject as predictor;
* a forecasting noun ("Solberg's forecast", "an estimate from Kestrel");
* a reporting verb ("said", "argues", "warned", "believes") whose clause is about the future
  ("will", "would", "is going to", "by 2027").

The predicted clause gives the statement, its subject, a numeric value when there is one, and
the deadline; the time expressions outside the clause give when it was made ("back in 2023",
"two years ago"). The raw expressions are kept; :mod:`kg.extract` resolves them against the
article date. An article can report the outcome too: "As Solberg forecast back in 2024, ..."
confirms; "the forecast missed" in the same or the next sentence refutes.

Results go to ``doc._.kg_predictions`` as plain dicts.
"""

from __future__ import annotations

import re
from typing import List, Optional, Set, Tuple

from spacy.tokens import Doc, Span, Token

from .numbers import find_quantities
from .syntax import ACTORS, EntityIndex, load_triggers, phrase_regex, subject_of, trimmed_bounds
from .timex import find_time_expressions

GENERIC_FORECASTERS = {"analyst", "analysts", "investors", "economists", "consensus", "observers", "experts",
                       "forecasters", "strategists", "street", "estimates", "researchers"}
DEADLINE_RX = re.compile(r"^(?:by|before|until|within|in|over|through|no later than|the end of|end of|next|this|"
                         r"the next|the coming|early|late|mid|[Qq][1-4]|[Hh][12]|(?:19|20)\d{2})\b", re.I)
PROBABILITY_RX = re.compile(
    r"(?P<p>\d{1,3}(?:\.\d+)?)\s?(?:%|percent|per cent)\s+(?:chance|probability|likelihood|odds|likely|certain|confident|sure)"
    r"|(?:chance|probability|likelihood|odds)\s+(?:of|at|to be|is|are|as high as|put at)\s+(?:about\s+|around\s+|roughly\s+)?(?P<q>\d{1,3}(?:\.\d+)?)\s?(?:%|percent)"
    r"|(?P<a>\w+|\d+)\s+in\s+(?P<b>\w+|\d+)\s+(?:chance|odds)",
    re.I)
SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


class PredictionExtractor:
    """spaCy component; see the module docstring."""

    def __init__(self, nlp, name: str = "kg_predictions"):
        self.name = name
        if not Doc.has_extension("kg_predictions"):
            Doc.set_extension("kg_predictions", default=None)
        p = load_triggers()["prediction"]
        self.verbs = set(p["verbs"])
        self.strong = set(p["strong_verbs"])
        self.nouns = set(p["nouns"])
        self.future_aux = set(p["future_aux"])
        self.future_rx = phrase_regex(p["future_phrases"])
        self.confirmed_rx = phrase_regex([c for c in p["confirmed"] if c not in ("has now", "have now")])
        self.refuted_rx = phrase_regex(p["refuted"])
        self.void_rx = phrase_regex(p["void"])

    def __call__(self, doc: Doc) -> Doc:
        index = EntityIndex(doc)
        sentences = list(doc.sents)
        out: List[dict] = []
        for position, sent in enumerate(sentences):
            found = self._in_sentence(sent, index)
            for prediction in found:
                self._outcome(prediction, sent, sentences[position + 1:position + 3])
            out.extend(found)
        doc._.kg_predictions = out
        return doc

    # -- finding the anchor ------------------------------------------------------------------
    def _in_sentence(self, sent: Span, index: EntityIndex) -> List[dict]:
        if not index.has_parse:
            return []
        found: List[dict] = []
        used_clauses: Set[int] = set()
        for token in sent:
            lemma = token.lemma_.lower()
            anchor = None
            if token.pos_ in ("VERB", "AUX") and lemma in self.verbs:
                clause = self._clause_of(token)
                strong = lemma in self.strong
                if clause is None and not strong:
                    continue
                if not strong and not self._is_future(clause, sent):
                    continue
                if strong and clause is not None and not self._is_future(clause, sent) and lemma in ("see", "estimate") \
                        and not token.lower_.startswith(("estimat",)):
                    continue
                anchor = (token, clause, "verb")
            elif token.pos_ == "NOUN" and lemma in self.nouns:
                clause = self._noun_clause(token)
                if clause is None:
                    continue
                anchor = (token, clause, "noun")
            if anchor is None:
                continue
            token, clause, how = anchor
            key = clause.i if clause is not None else token.i
            if key in used_clauses:
                continue
            predictor, generic = self._predictor(token, how, index)
            if predictor is None and not generic:
                continue
            if clause is not None:
                used_clauses.add(clause.i)
            found.append(self._make(sent, token, clause, predictor, index, how))
        return found

    def _clause_of(self, verb: Token) -> Optional[Token]:
        """The clause a forecasting or reporting verb governs."""
        for child in verb.children:
            if child.dep_ in ("ccomp", "xcomp"):
                return child
        for child in verb.children:
            if child.dep_ == "dobj":
                for grand in child.children:
                    if grand.dep_ in ("acl", "relcl", "ccomp", "xcomp"):
                        return child
                if verb.lemma_ in self.strong:
                    return child
        # "As Solberg forecast, X has now ..." -> the main clause is what was forecast
        if verb.dep_ == "advcl" and any(c.lower_ == "as" and c.dep_ == "mark" for c in verb.children):
            return verb.head
        # "X will ..., Y said" -> the reporting verb is the root, the clause a ccomp on its left
        if verb.dep_ in ("parataxis",) and verb.head.pos_ in ("VERB", "AUX"):
            return verb.head
        return None

    def _noun_clause(self, noun: Token) -> Optional[Token]:
        for child in noun.children:
            if child.dep_ in ("acl", "ccomp", "relcl") or (child.dep_ == "prep" and child.lower_ in ("that", "of", "for")):
                return child
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
            for child in noun.head.children:
                if child.dep_ in ("ccomp", "xcomp", "attr"):
                    return child
        return None

    def _is_future(self, clause: Token, sent: Span) -> bool:
        sub = list(clause.subtree)
        for t in sub:
            if t.lower_ in self.future_aux and t.dep_ == "aux":
                return True
            if t.lower_ in ("to",) and t.dep_ == "aux" and t.head.lemma_ in ("reach", "hit", "top", "exceed", "surpass", "become", "release", "launch"):
                return True
        text = sent.doc.text[sub[0].idx:sub[-1].idx + len(sub[-1])]
        if self.future_rx.search(text):
            return True
        return any(re.match(r"(?:by|before|within)\b", expr, re.I) for _, _, expr in find_time_expressions(text))

    def _predictor(self, token: Token, how: str, index: EntityIndex) -> Tuple[Optional[Span], bool]:
        """(entity, generic): generic is True for 'analysts expect' and 'is expected to'."""
        if how == "noun":
            for child in token.children:
                if child.dep_ in ("poss", "compound"):
                    ent = index.entity_of(child, ACTORS)
                    if ent is not None:
                        return ent, False
                if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                    for g in child.children:
                        ent = index.entity_of(g, ACTORS)
                        if ent is not None:
                            return ent, False
            verb = token.head
            subj = subject_of(verb) if verb is not token else None
            if subj is not None and subj is not token:
                ent = index.entity_of(subj, ACTORS)
                if ent is not None:
                    return ent, False
            return None, False
        subj = subject_of(token)
        if subj is not None:
            if subj.dep_ == "nsubjpass":
                for child in token.children:
                    if child.dep_ == "agent":
                        for g in child.children:
                            ent = index.entity_of(g, ACTORS)
                            if ent is not None:
                                return ent, False
                return None, token.lemma_ in ("expect", "forecast", "project", "predict", "estimate")
            ent = index.entity_of(subj, ACTORS)
            if ent is not None:
                return ent, False
            if subj.lower_ in GENERIC_FORECASTERS or any(c.lower_ in GENERIC_FORECASTERS for c in subj.children):
                return None, True
        return None, False

    # -- building the record -----------------------------------------------------------------
    def _make(self, sent: Span, token: Token, clause: Optional[Token], predictor: Optional[Span],
              index: EntityIndex, how: str) -> dict:
        doc = sent.doc
        start, end = trimmed_bounds(sent)
        if clause is not None and clause is token.head and token.dep_ == "advcl":
            clause_tokens = [t for t in clause.subtree if not (token.left_edge.i <= t.i <= token.right_edge.i)]
        elif clause is not None:
            clause_tokens = list(clause.subtree)
            if clause.dep_ == "dobj":
                clause_tokens = [t for t in token.subtree if t.i > token.i]
        else:
            clause_tokens = [t for t in token.subtree if t.i > token.i]
        if not clause_tokens:
            clause_tokens = list(sent)
        c_start = clause_tokens[0].idx
        c_end = clause_tokens[-1].idx + len(clause_tokens[-1])
        statement = _statement(doc.text[c_start:c_end])
        subject = self._subject(clause, clause_tokens, predictor, index)
        made_text, target_text = None, None
        for t_start, t_end, expr in find_time_expressions(sent.text):
            a, b = sent.start_char + t_start, sent.start_char + t_end
            inside = c_start <= a and b <= c_end
            if inside and target_text is None and DEADLINE_RX.match(expr):
                target_text = expr
            elif not inside and made_text is None and not re.match(r"(?:by|before|within|until)\b", expr, re.I):
                made_text = expr
        probability = _probability(sent.text)
        value, unit = None, None
        for q in find_quantities(doc.text[c_start:c_end]):
            if q.kind in ("money", "percent", "count") and not (probability is not None and q.kind == "percent"):
                value, unit = q.value, q.unit
                break
        status = "open"
        outcome = None
        if token.dep_ == "advcl" and any(c.lower_ == "as" and c.dep_ == "mark" for c in token.children) \
                and not any(c.dep_ == "neg" for c in token.children):
            status, outcome = "confirmed", (start, end)
        return {"predictor": predictor.kb_id_ if predictor is not None else None, "statement": statement,
                "subject": subject, "made_text": made_text, "target_text": target_text,
                "status": status, "probability": probability, "value": value, "unit": unit,
                "start": start, "end": end, "outcome": outcome, "confidence": 0.7 if predictor is not None else 0.5,
                "rule": f"prediction:{how}:{token.lemma_.lower()}"}

    def _subject(self, clause: Optional[Token], clause_tokens: List[Token], predictor: Optional[Span],
                 index: EntityIndex) -> Optional[str]:
        pred_name = predictor.kb_id_ if predictor is not None else None
        if clause is not None:
            head = clause
            subj = subject_of(head) if head.dep_ != "dobj" else head
            if subj is not None and clause_tokens[0].i <= subj.i <= clause_tokens[-1].i:
                ent = index.entity_of(subj, {"Company", "Organization", "AIModel", "Product", "Person", "Benchmark"})
                if ent is not None and ent.kb_id_ != pred_name:
                    return ent.kb_id_
        for t in clause_tokens:
            ent = index.at.get(t.i)
            if ent is not None and ent.kb_id_ != pred_name:
                return ent.kb_id_
        for t in clause_tokens:
            if t.pos_ in ("PROPN",) or (t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass", "dobj")):
                return t.text if t.pos_ == "PROPN" else t.lemma_
        return None

    def _outcome(self, prediction: dict, sent: Span, following: List[Span]) -> None:
        """Look for the outcome in the sentence itself and the next two."""
        if prediction["status"] != "open":
            return
        for candidate in [sent, *following]:
            text = candidate.text
            if candidate is not sent and not re.search(
                    r"\b(?:forecast|prediction|predicted|call|estimate|bet|expectation|projection|she|he|they|it)\b", text, re.I):
                continue
            status = None
            if self.refuted_rx.search(text):
                status = "refuted"
            elif self.void_rx.search(text):
                status = "void"
            elif self.confirmed_rx.search(text):
                status = "confirmed"
            if status:
                prediction["status"] = status
                prediction["outcome"] = trimmed_bounds(candidate)
                return


def _statement(text: str) -> str:
    """A compact paraphrase of the predicted clause.

    >>> _statement("that OpenAI would release an open-weights model before the end of 2025.")
    'OpenAI will release an open-weights model before the end of 2025'
    """
    text = re.sub(r"\s+", " ", text).strip().strip(",;:.\"'“”")
    text = re.sub(r"^(?:that|whether)\s+", "", text, flags=re.I)
    text = re.sub(r"\bwould\b", "will", text)
    return text[:1].upper() + text[1:] if text[:1].islower() and not text.startswith(("o1", "o3", "o4", "gpt")) else text


def _probability(text: str) -> Optional[float]:
    """A stated probability, as a number in [0, 1].

    >>> _probability("She puts a 70% chance on it"), _probability("odds of 3 in 4 chance"), _probability("no")
    (0.7, 0.75, None)
    """
    m = PROBABILITY_RX.search(text)
    if not m:
        return None
    if m.group("p") or m.group("q"):
        value = float(m.group("p") or m.group("q")) / 100
        return value if 0 <= value <= 1 else None
    a, b = m.group("a").lower(), m.group("b").lower()
    a_n = SMALL.get(a, int(a) if a.isdigit() else None)
    b_n = SMALL.get(b, int(b) if b.isdigit() else None)
    if a_n and b_n and a_n <= b_n:
        return round(a_n / b_n, 4)
    return None
