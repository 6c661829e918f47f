"""The ``kg_predictions`` component: forward-looking statements, who made them, and outcomes.

A prediction is anchored on one of:

* a forecasting verb ("predicts", "expects", "forecast", "estimates", "bets") with its
  subject as predictor;
* a forecasting noun ("Solberg's forecast", "an estimate from Kestrel");
* a reporting verb ("said", "argues", "warned", "believes") whose clause is about the future
  ("will", "would", "should", "is going to", "by 2027");
* a quoted sentence about the future, attributed to its speaker (:mod:`kg.nlp.quotes`);
* company guidance and analysts' price targets found by the claim rules.

"I" and "we" are the speaker of the quote they are in; outside quotes, "I" is the article's
author (resolved by :mod:`kg.extract`, which knows the byline). The predicted clause gives the
statement, its subject, a numeric value and the deadline; the time expressions attached to
the anchor verb give when it was made ("back in 2023", "two years ago"); the raw expressions
are resolved against the article date by :mod:`kg.extract`. An article can report the
outcome too: "As Solberg forecast back in 2024, ..." confirms; "the forecast missed" in the
same or the next sentence refutes.

Results go to ``doc._.kg_predictions`` as plain dicts.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Dict, List, Optional, Set, Tuple

from spacy.tokens import Doc, Span, Token

from .text import doc_text, paragraph_start
from .numbers import find_quantities
from .quotes import Quote, find_quotes, speaker_at
from .syntax import (ACTORS, ANALYST_ROLES, DATE_KEY, NEWS_OUTLETS, SET_AGAINST, EntityIndex, governing_verb, load_triggers, phrase_regex, subject_of,
                     trimmed_bounds)
from .timex import find_time_expressions, resolve

# the odds closing a statement in a columnist's list of forecasts: "... at the end of 2026: 75%."
_LISTED_ODDS = r"[:\u2014\u2013-]\s*(?:about\s+|roughly\s+)?\d{1,2}(?:\.\d)?\s*(?:%|percent|per cent)"
LISTED_ODDS_RX = re.compile(_LISTED_ODDS + r"\.?\s*$")
# the same tail in a clause, whose tokens may stop before the "%"
LISTED_ODDS_TAIL_RX = re.compile(_LISTED_ODDS + r"?\.?\s*$")
AUTHOR = "\x00author"  # placeholder predictor: the article's author
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
GENERIC_FORECASTERS = {"analyst", "analysts", "investors", "economists", "consensus", "observers", "experts",
                       "forecasters", "strategists", "street", "estimates", "researchers", "traders", "fans", "watchers",
                       "commentators", "pundits", "insiders", "sources", "reports", "rumours", "rumors", "skeptics",
                       "sceptics", "critics", "bulls", "bears", "optimists", "pessimists", "leaders",
                       "participants", "respondents", "developers", "users", "utilities", "companies", "firms",
                       "banks", "hyperscalers", "governments"}
MILESTONE_RX = re.compile(r"\b(?:break(?:s|ing)? even|turn(?:s|ing)? (?:a )?profit(?:able)?|(?:become|becoming|be) profitable|"
                          r"reach(?:es|ing)? profitability|go(?:es|ing)? public|cash[- ]flow positive)\b", re.I)
FORECAST_LABELS = frozenset({"prediction", "forecast", "timeline", "warning", "outlook", "projection", "prophecy",
                             "guess", "bet", "estimate", "verdict", "expectation"})
MISPARSED_FORECASTS = frozenset({"forecasts", "projects", "expects", "predicts", "estimates", "anticipates", "plans",
                                 "targets", "sees"})
AGI_RX = re.compile(r"(?<![\w-])(?:AGI|artificial general intelligence|superintelligen(?:ce|t AI)|human-level (?:AI|intelligence))"
                    r"(?![\w-])", re.I)
NEAR_FUTURE_RX = re.compile(r"\b(?:in|over|for) the (?:near|foreseeable|not-too-distant|not too distant) (?:future|term)\b", re.I)
ISSUING_VERBS = frozenset({"raise", "lift", "cut", "lower", "give", "issue", "set", "provide", "reiterate", "maintain",
                           "boost", "trim", "narrow", "update", "publish", "release", "reaffirm", "affirm", "increase"})
MISSED_VERBS = frozenset({"miss", "blow", "trail", "lag", "fall", "come", "outpace", "outstrip", "eclipse", "clear"})
MANAGEMENT = frozenset({"management", "leadership", "executives", "board"})  # speak for the company in the story
DEADLINE_RX = re.compile(r"^(?:by|before|until|within|in|over|through|no later than|the end of|end of|next|this|"
                         r"the next|the coming|early|late|mid|[Qq][1-4]|[Hh][12]|(?:19|20)\d{2})\b", re.I)
PROBABILITY_RX = re.compile(
    r"(?P<p>\d{1,3}(?:\.\d+)?)\s?(?:%|percent|per cent)\s+(?:chance|probability|likelihood|odds|likely|certain|confident|sure)"
    r"|(?:chance|probability|likelihood|odds)\s+(?:of|at|to be|is|are|as high as|put at)\s+(?:about\s+|around\s+|roughly\s+)?(?P<q>\d{1,3}(?:\.\d+)?)\s?(?:%|percent)"
    r"|\b(?:put|puts|putting|gives?|gave|assigns?|assigned|had put)\s+(?:it\s+|that\s+)?(?:about\s+|around\s+|roughly\s+)?(?P<s>\d{1,3}(?:\.\d+)?)\s?(?:%|percent|per cent)\s+(?:on|to)\b"
    r"|(?P<t>\d{1,3}(?:\.\d+)?)\s?(?:%|percent|per cent)\s+likely\b"
    r"|(?:chance|probability|likelihood|odds)[^.;]{0,200}?\bat\s+(?:about\s+|around\s+|roughly\s+|only\s+|just\s+)?(?P<r>\d{1,3}(?:\.\d+)?)\s?(?:%|percent)"
    r"|(?P<a>\w+|\d+)[\s-]+in[\s-]+(?P<b>\w+|\d+)[\s-]+(?:chance|odds|probability)"
    r"|(?:chance|probability|likelihood|odds)[^.;]{0,200}?\bat\s+(?:about\s+|around\s+|roughly\s+|only\s+|just\s+|no better than\s+)?"
    r"(?P<c>one|two|three|\d)[\s-]+in[\s-]+(?P<d>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b"
    r"|\b(?P<even>even odds|evens|fifty-fifty|50-50|a coin (?:flip|toss))\b",
    re.I)
# every alternative of PROBABILITY_RX holds one of these words; its "<a> in <b>" alternative is tried at
# every word otherwise
_PROBABILITY_WORD = re.compile(r"chance|probabilit|likel|odds|%|percent|per cent|evens|fifty-fifty|50-50|coin", re.I)
SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
FIRST_PERSON_ODDS = re.compile(r"\b(?:I (?:would |'d )?(?:put|give|see|rate|assign)|in my view|my (?:odds|estimate|guess)|"
                               r"I think there is)\b")
ODDS_NOUNS = frozenset({"chance", "chances", "probability", "odds", "likelihood"})
ODDS_OF_RX = re.compile(r"^(?P<who>[\w.'&-]+(?: [A-Z0-9][\w.'&-]*){0,3})\s+(?:a |an )?(?:even odds|(?:\w+[- ]in[- ]\w+ )?odds|"
                        r"\d{1,3}(?:\.\d+)?\s?(?:%|percent|per cent) (?:chance|probability|likelihood)|"
                        r"(?:\w+[- ]in[- ]\w+|good|fair|slim|high|low|small|strong|decent) (?:chance|probability|likelihood))"
                        r"\s+of\s+(?P<verb>\w+ing)\b(?P<rest>.*)$")
FIGURE_NOUNS = frozenset({"expectation", "estimate", "forecast", "projection", "consensus", "guidance"})
FIGURE_OUTCOMES = {"beat": "refuted", "top": "refuted", "exceed": "refuted", "surpass": "refuted", "crush": "refuted",
                   "destroy": "refuted", "smash": "refuted", "miss": "refuted", "trail": "refuted",
                   "meet": "confirmed", "match": "confirmed"}
MARKET_SCOPE_RX = re.compile(r"\b(?:worldwide|global|globally|the (?:overall |global |whole )?(?:market|industry|sector|economy)|"
                             r"industry-wide|economy-wide|spending on (?:AI|artificial intelligence|generative|data cent))\b",
                             re.I)
REPORTING_VERBS = frozenset({"say", "find", "show", "indicate", "note", "conclude", "state", "argue", "warn", "write",
                             "tell", "suggest", "report", "add", "estimate", "claim", "underscore", "stress", "emphasize",
                             "emphasise", "reiterate", "insist", "explain"})
REPORT_NOUNS = frozenset({"report", "study", "survey", "analysis", "forecast", "note", "paper", "outlook", "projection",
                          "research", "review", "assessment"})
CONSENSUS_VERBS = frozenset({"expect", "forecast", "estimate", "project", "anticipate", "predict", "model"})
# a figure the forecast moves away from or is set against, not one it makes
OLD_FIGURE_BEFORE_RX = re.compile(r"\b(?:(?:well |far |just |slightly |comfortably )?(?:above|below|short of|ahead of)(?= the\s)|"
                                  r"from|up from|down from|compared (?:with|to)|versus|vs\.?|against|than|"
                                  r"instead of|rather than|previously|earlier|estimates?|expectations?|consensus|projections?)\s+(?:the\s+|its\s+|a\s+)?(?:about\s+|roughly\s+|"
                                  r"around\s+|nearly\s+|almost\s+|some\s+|an? (?:earlier|prior|previous) (?:\w+ ){0,2}of\s+|"
                                  r"(?:of|at)\s+(?:about\s+|roughly\s+|around\s+)?)?$", re.I)
OTHERS_FIGURE_AFTER_RX = re.compile(r"\s*(?:that\s+)?(?:analysts|Wall Street|the Street|investors|consensus|estimate|expected|"
                                    r"forecast by|a year (?:earlier|ago|before)|last year|previously|in (?:19|20)\d\d\b(?! and)|"
                                    r"(?:more|less|higher|lower|above|below|short of|ahead of)\b)",
                                    re.I)
PERIOD_RX = re.compile(r"^(?:in|for|by|during|through|over)\s+(?:the\s+)?(?:fiscal\s+(?:year\s+)?|FY\s?)?(?:(?:19|20)\d\d|\d\d)\b|"
                       r"^(?:in|for|by)\s+FY\s?\d{2,4}\b|^(?:this|next|the current|the next) (?:fiscal )?(?:year|quarter)\b", re.I)
IN_LINE_RX = re.compile(r"\b(?:in line with|matching|matched|met|meeting|as expected|on target)\b", re.I)
# "$55.19 billion expected", "$15 billion analysts expected", "$1.39 a share estimated by analysts", but not
# "$2 billion expected to close" (a deal's figure) or "expected by the company" (its own guidance)
EXPECTED_AFTER_RX = re.compile(r"(?:\s+(?:a|per)\s+share)?\s+(?:that\s+)?(?:(?:analysts|Wall Street|the Street|investors|"
                               r"economists|the market)\s+(?:had\s+)?)?(?:had\s+been\s+|was\s+|were\s+)?"
                               r"(?:(?:average|mean|median|consensus)\s+)?"
                               r"(?:expected|estimated|forecast|projected|anticipated)\b(?!\s+(?:to|for|in|by\s+(?:the\s+)?"
                               r"(?:company|management|firm)))"
                               # "8 trillion won average forecast by LSEG", "a T$377.9 billion LSEG SmartEstimate"
                               r"|\s+(?:(?:LSEG|Refinitiv|FactSet|Visible Alpha|Bloomberg|S&P Global|Zacks)\s+)?"
                               r"(?:SmartEstimate|consensus(?:\s+estimate)?)\b", re.I)
CONSENSUS_WORD_RX = re.compile(r"\b(?:expected|estimated|forecast|projected|anticipated|SmartEstimate|consensus|"
                               r"predictions?|estimates?)\b|\bvs\.", re.I)
# the expectation told before its figure: "versus an estimated $6.69", "exceeding analyst predictions of $2.13", "a LSEG
# SmartEstimate prediction of 17.7 trillion won", "just below the expected $96.6 billion target"
EXPECTED_BEFORE_RX = re.compile(rf"\b{SET_AGAINST}\s+(?:the\s+|an?\s+)?"
                                r"(?:(?:average\s+|consensus\s+)?(?:expected|estimated|forecast|projected|anticipated)|"
                                r"(?:(?:analysts?'?|wall street|the street|consensus|LSEG|FactSet|LSEG SmartEstimate|Visible Alpha)\s+)"
                                r"(?:predictions?|estimates?|forecasts?|expectations?|projections?)\s+(?:of|for|at)|"
                                r"(?:LSEG\s+)?SmartEstimate\s+(?:prediction|estimate)\s+of|"
                                r"(?:estimates?|expectations?|forecasts?|predictions?)\s+of)\s+(?:about\s+|roughly\s+|around\s+)?$",
                                re.I)
CALLED_FOR_RX = re.compile(r"\b(?:consensus|analysts?'?|wall street|the street)(?:\s+consensus)?\s+(?:estimates?|forecasts?|"
                           r"expectations?|projections?)\s+(?:were\s+|was\s+|had\s+been\s+|are\s+|is\s+)?(?:calling|called|"
                           r"pointing|pointed|looking)\s+(?:for|to)\s+(?:[\w-]+\s+){0,3}?(?:of\s+)?"
                           r"(?:(?:about\s+|roughly\s+)?[$€£¥]?[\d.,]+\s*(?:billion|million|trillion|bn|m|[BMT])?\s+and\s+"
                           r"(?:[\w-]+\s+){0,3}?(?:of\s+)?)?$", re.I)
CONDITION_RX = re.compile(r"[\"\u201c]?(?:If|Unless|When|Once|Should|As long as)\b")
SIBLING_RX = re.compile(r"(?:[,;]\s+(?:and\s+|while\s+|but\s+)?|\s+(?:and|while)\s+)[\"\u201c]?(?P<subj>we|I|"
                        r"[A-Z][\w.&-]*(?:\s+[A-Z0-9][\w.&-]*){0,3})(?:\s+(?:will|would|could|should|is going to|are going to)\b|"
                        r"['\u2019]ll\b)")
FRAME_NOUNS = frozenset({"scenario", "view", "estimate", "forecast", "projection", "model", "case", "analysis", "outlook",
                         "calculation", "estimation", "reckoning", "modelling", "modeling", "baseline"})
LEDE_PERSON_NOUNS = frozenset({"head", "chief", "boss", "founder", "co-founder", "ceo", "leader", "executive", "creator"})
FUTURE_MODALS = frozenset({"will", "wo", "'ll", "shall", "would", "should", "could", "may", "might"})


class PredictionExtractor:
    """spaCy component; see the module docstring."""

    def __init__(self, nlp, name: str = "kg_predictions"):
        self.name = name
        for ext in ("kg_predictions", "kg_quotes"):
            if not Doc.has_extension(ext):
                Doc.set_extension(ext, default=None)
        p = load_triggers()["prediction"]
        self.verbs = set(p["verbs"])
        self.strong = set(p["strong_verbs"])
        self.nouns = set(p["nouns"])
        self.future_rx = phrase_regex(p["future_phrases"])
        self.confirmed_rx = phrase_regex([c for c in p["confirmed"] if c not in ("has now", "have now")])
        self.refuted_rx = phrase_regex(p["refuted"])
        self.void_rx = phrase_regex(p["void"])

    def __call__(self, doc: Doc) -> Doc:
        self.text = doc_text(doc)
        index = EntityIndex.of(doc)
        quotes = doc._.kg_quotes if doc._.kg_quotes is not None else find_quotes(doc, index)
        sentences = index.sents
        # a column written in the first person: its unattributed forecasts are the author's
        self.pollsters: Set[str] = set()  # firms whose polls speak for "analysts" ("Analysts polled by LSEG")
        self.brokers: Set[str] = set()  # analysts' firms met as "the firm" that forecasts ("The firm expects ...")
        self.author_voice = sum(1 for t in doc if t.lower_ in ("i", "my") and t.pos_ in ("PRON", "DET")
                                and speaker_at(quotes, t.idx) is None) >= 2
        # outside quotes, a news story that is no column says "we" only in a company's own words it passes on
        # ("We plan to allow users to use o3-mini to search the internet"): the company the story is about
        we = None if self.author_voice else (index.title_entity({"Company"}) or next(
            (m for m in index.mentions if m.label_ == "Company"), None))
        self._we = we.kb_id_ if we is not None else None
        self._report_owner = _report_owner(index, self.text)
        out: List[dict] = []
        self._last_forecaster: Optional[Tuple[int, int, str]] = None  # (sentence, paragraph start, predictor)
        for position, sent in enumerate(sentences):
            self._position = position
            found = self._in_sentence(sent, index, quotes) if index.has_parse else []
            found += self._expected_figures(doc, sent, index, found)
            named = [p["predictor"] for p in found if p["predictor"] not in (None, AUTHOR)]
            if named:
                self._last_forecaster = (position, paragraph_start(self.text, sent.start_char), named[-1])
            for prediction in found:
                self._outcome(prediction, sent, sentences[position + 1:position + 3])
                if prediction["probability"] is None:  # "... by 2028. Call it 80 percent."
                    prediction["probability"] = _odds_after(sent, sentences[position + 1:position + 3])
                if prediction["made_text"] is None and prediction.pop("past", False) and position > 0:
                    prediction["made_text"] = self._scene_time(sentences[position - 1])
            out.extend(found)
        out += self._from_claims(doc, index, {p["start"] for p in out},
                                 {p["start"] for p in out if p.get("rule") != "prediction:expected-figure"
                                  and not (p.get("predictor") is None and p.get("value") is not None
                                           and p.get("rule", "").startswith("prediction:noun"))},
                                 {(p["start"], _value_key(p["value"])) for p in out if p.get("value") is not None})
        doc._.kg_predictions = out
        doc._.kg_claims = _without_forecasts(doc._.kg_claims or [], out, index)
        return doc

    # -- finding anchors ---------------------------------------------------------------------
    def _in_sentence(self, sent: Span, index: EntityIndex, quotes: List[Quote]) -> List[dict]:
        if OPEN_QUESTION_RX.match(self.text[sent.start_char:sent.end_char].strip()):
            return []  # "Only time will tell if these predictions hold": no forecast, the question left open
        anchors: List[Tuple[Token, Token, str]] = []
        for token in sent:
            lemma = _lemma(token)
            if token.pos_ in ("VERB", "AUX") and (lemma in self.verbs or lemma == "find" and _research_finds(token)) and not (
                    lemma == "see" and any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in token.children)):
                # ("Microsoft could see $10 billion in revenue": what may befall it, not what it foresees)
                reporter = subject_of(token) if lemma == "report" else None
                outlet = index.entity_of(reporter, {"Company", "Organization"}, resolve=False) if reporter is not None else None
                if outlet is not None and outlet.kb_id_ in NEWS_OUTLETS and _cited(token, index) is None:
                    continue  # "..., The Information reports": an outlet passes a forecast on, it makes none
                for clause in self._clauses_of(token):
                    if lemma in self.strong or self._is_future(clause, sent) or \
                            (lemma in ("see", "expect", "forecast", "project", "predict", "estimate")
                             and self._later_year(clause, sent, index)) or \
                            ((clause.lemma_ in self.nouns or clause.lower_ in ODDS_NOUNS or clause.lower_ in ("%", "percent"))
                             and _probability(sent.text) is not None):
                        anchors.append((token, clause, "verb"))
            elif (token.lemma_ == "be" and token.pos_ in ("VERB", "AUX") and any(
                    c.dep_ == "nsubj" for c in token.children) and (any(
                    c.dep_ == "acomp" and c.lower_ in CONFIDENT_WORDS for c in token.children)
                    or token.i + 1 < sent.end and token.nbor().lower_ in CONFIDENT_WORDS)) or (
                    token.lower_ in CONFIDENT_WORDS and token.pos_ == "VERB" and any(c.dep_ == "auxpass" for c in token.children)):
                # "Sam Altman is confident that AI will discover new laws of physics", "Amodei is convinced AI will
                # ...": a belief about the future (the parser may take "convinced" for an adjective of the next noun,
                # the clause then hanging on "is")
                sure = token if token.lower_ in CONFIDENT_WORDS else next(
                    (c for c in token.children if c.dep_ == "acomp" and c.lower_ in CONFIDENT_WORDS), token)
                for clause in (g for g in sure.children if g.dep_ == "ccomp"):
                    if self._is_future(clause, sent):
                        anchors.append((token, clause, "verb"))
            elif token.pos_ == "NOUN" and (lemma in self.nouns or lemma in FIGURE_NOUNS) \
                    and not any(token == c for _, c, _ in anchors):
                clause = self._noun_clause(token)
                if clause is not None and (self._is_future(clause, sent) or
                                           (lemma in ODDS_NOUNS and _probability(sent.text)) or
                                           (lemma in FIGURE_NOUNS and clause.dep_ == "prep")):
                    anchors.append((token, clause, "noun"))
        if not anchors or all(how == "narrative" for _, _, how in anchors):
            for token in sent:
                # "TSMC forecasts revenue of as much as $23.2 billion", with "forecasts" parsed as a noun, "The IEA
                # projects that emissions will jump", with "IEA projects" as the subject of "jump": a name right
                # before a forecasting verb's third-person form is its subject all the same
                named = _misparsed_by(token, index) if token.lower_ in MISPARSED_FORECASTS else None
                if named is not None \
                        and (token.pos_ not in ("VERB", "AUX") or token.dep_ in ("compound", "amod", "nmod", "nsubj", "nsubjpass")) \
                        and token.i + 3 < sent.end:
                    anchors[:] = [(token, token, "misparse")]
                    break
                # "Analysts on average forecast gross margin to be 75.5%", "forecast" tagged as an adjective: the
                # analysts' consensus, nobody's own
                if token.lower_ in ("forecast", "expect", "estimate", "project", "see") and token.pos_ not in ("VERB", "AUX") \
                        and re.fullmatch(r"(?:wall street )?analysts(?: on average| polled by \S+)?\s*",
                                         self.text[sent.start_char:token.idx].lower()) and token.i + 3 < sent.end:
                    anchors.append((token, token, "consensus"))
                    break
        quote = _sentence_quote(quotes, sent)
        if not anchors and quote is not None and quote.speaker and (self._is_future(sent.root, sent, head_only=True)
                                                                     or self._later_than_article(sent, quote, index)):
            anchors.append((sent.root, sent.root, "quote"))  # "... tight all the way into 2025," said in 2024
        elif not anchors and quote is None and sent.root.pos_ in ("VERB", "AUX") \
                and (self._according_to(sent, index) or self._according_to_the_report(sent)) \
                and self._is_future(sent.root, sent, head_only=True):
            anchors.append((sent.root, sent.root, "according"))  # "AI is likely to ..., according to analysts at Bain"
        elif not anchors and quote is None and self._continued_forecaster(sent) is not None \
                and not self._someone_elses_product(sent, index, self._continued_forecaster(sent)) \
                and self._core(sent, index).pos_ in ("VERB", "AUX") \
                and self._is_future(self._core(sent, index), sent, head_only=True) \
                and (any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in self._core(sent, index).children)
                     or _scheduled(self._core(sent, index))):
            # "McKinsey said generative AI could add $4.4 trillion a year. Adding it to these use cases could
            # increase that by 40%.": a report's next forecast, told without repeating who makes it
            anchors.append((self._core(sent, index), self._core(sent, index), "context"))
        elif not anchors and quote is None and (announced := self._colon_forecast(sent, index)) is not None:
            anchors.append(announced)  # "Sam Altman made a bold prediction: AGI will ..."
        elif not anchors and quote is None and self.author_voice and sent.root.pos_ in ("VERB", "AUX") \
                and self._is_future(sent.root, sent, head_only=True) \
                and any(DEADLINE_RX.match(expr) for _, _, expr in find_time_expressions(sent.text)):
            anchors.append((sent.root, sent.root, "author"))  # "First, by 2028 at least one lab will ..."
        elif not anchors and quote is None and not self.author_voice and self._narrated_future(sent, index):
            anchors.append((sent.root, sent.root, "narrative"))  # "After closing, ZT Systems will join AMD's ... group."
        elif not anchors and quote is None and self.author_voice and FIRST_PERSON_ODDS.search(sent.text) \
                and _probability(sent.text) is not None:
            anchors.append((sent.root, sent.root, "author"))  # "I put 70% on ...", "There is, in my view, a 25% chance ..."
        elif not anchors and quote is None and self.author_voice and LISTED_ODDS_RX.search(sent.text):
            anchors.append((sent.root, sent.root, "author"))  # a columnist's list: "Nvidia is still the largest at the end of 2026: 75%."
        # an anchor inside another anchor's clause is part of that prediction ("said Microsoft expects ...")
        # ... unless it is a forecast of its own coordinated with the first ("expects X to clear 70%, and
        # gives Y a 40% chance")
        outer = [a for a in anchors if not any(b is not a and b[1] != b[0] and (
            _inside(a[0], b[1]) or (a[0] == b[1] and _passive_forecast(a[0])))  # "indicated that X is expected to"
            for b in anchors)
                 or (a[2] == "verb" and a[0].dep_ == "conj" and a[0].head.pos_ in ("VERB", "AUX"))
                 # "..., and maintained its forecast for capital spending at up to $42 billion": a figure forecast
                 # of its own, issued beside the first
                 or (a[2] == "noun" and a[0].lemma_.lower() in FIGURE_NOUNS and a[0].dep_ == "dobj"
                     and a[0].head.lemma_.lower() in ISSUING_VERBS and a[0].head.dep_ == "conj"
                     and a[0].head.head.pos_ in ("VERB", "AUX"))]
        # "said it sees the stock reaching $200": one forecast, made with "sees", not a second one made with "said"
        # (the reporter is still who "he" or "they" is: "Analysts at Morgan Stanley wrote that they expect")
        reporter_of: Dict[int, Token] = {}
        dropped = set()
        for a in outer:
            if a[2] == "verb" and a[0].lemma_.lower() in REPORTING_VERBS:
                for b in outer:
                    if b is not a and b[0] == a[1] and b[2] == "verb" and any(
                            c.dep_ == "nsubj" and c.lower_ in ("he", "she", "it", "they", "i", "we") for c in b[0].children):
                        reporter_of[b[0].i] = a[0]
                        dropped.add(id(a))
        outer = [a for a in outer if id(a) not in dropped]
        found, seen = [], set()
        parts: Dict[tuple, int] = {}
        predictors: Dict[int, Tuple[Optional[str], bool]] = {}
        for token, clause, how in outer:
            if clause.i in seen:
                continue
            predictor, generic = self._predictor(token, how, index, quotes)
            if token.i in reporter_of:
                reported = self._predictor(reporter_of[token.i], how, index, quotes)
                pronoun = next((c.lower_ for c in token.children if c.dep_ == "nsubj"), "")
                if reported[0] is not None and not (pronoun in ("he", "she") and index.type_of(reported[0]) != "Person"):
                    # (not "Nvidia CEO Jensen Huang spoke ..., stating that he expects", parsed with the firm as the
                    # subject: "he" is a person)
                    predictor, generic = reported
            cited = _cited(token, index) if how == "verb" and token.lemma_.lower() in REPORTING_VERBS else None
            if cited is not None and cited != predictor:
                # "Microsoft could see $10 billion by 2026, CNBC reported, citing work by Piper Sandler analysts":
                # the outlet passes on the forecast of those it cites
                predictor, generic = cited, False
            # "Analysts expect capex of $124.5 billion, according to FactSet", "the consensus estimate was $46.2
            # billion, according to S&P Capital IQ": the analysts forecast, and the firm that counts them does not
            polled = generic and (how == "noun" or not _passive_forecast(token))
            if predictor is None and how in ("verb", "noun") and not polled:
                # "X is expected to total $644 billion in 2025, according to a forecast by Gartner"
                source = self._according_to(sent, index) or (
                    self._reporter_above(token, index) if how == "verb" and _passive_forecast(token) else None)
                if source is not None:
                    predictor, generic = source, False
            if token.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
                # "She expects ..., and sees a 25% chance ...": the second verb shares the first one's subject
                head = next((predictors[t.i] for t in token.ancestors if t.i in predictors), None)
                if head is not None and head[0] is not None:
                    predictor, generic = head
            if predictor is None and not generic and how == "verb":
                predictor = self._believer(token, index, quotes)
            if predictor is None and how == "verb" and token.i < clause.i:
                # "The documents show OpenAI projects that by 2028 ...", "projects" tagged as a noun: the firm
                # before the misparsed verb makes the forecast the documents show
                misparsed = next((t for t in sent.doc[token.i + 1:clause.i] if t.lower_ in MISPARSED_FORECASTS
                                  and t.pos_ not in ("VERB", "AUX") and index.at.get(t.i - 1) is not None
                                  and index.at[t.i - 1].end == t.i and index.at[t.i - 1].label_ in ACTORS), None)
                if misparsed is not None:
                    predictor, generic = index.at[misparsed.i - 1].kb_id_, False
            fronted = re.match(r"\s*According to [^,]{2,60},\s+", sent.text) \
                if predictor is None and not generic and how == "verb" else None
            if fronted is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
                # "According to Reuters, Kristalina Georgieva, the head of the IMF, has warned that ...": the parser
                # hangs the name on the source as a conjunct, and the verb is left with no subject
                k = _token_index(sent.doc, sent.start_char + fronted.end())
                first = index.at.get(k)
                if first is not None and first.start == k and first.label_ in ACTORS and first.end <= token.i \
                        and first.kb_id_ not in NEWS_OUTLETS:
                    predictor = first.kb_id_
            named = index.at.get(token.i - 1)
            if predictor is None and not generic and how == "verb" and named is not None and named.end == token.i \
                    and named.label_ in ACTORS and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
                # "That's the same year competitor Anthropic expects to break even": the name the parser hung
                # elsewhere is the verb's subject all the same
                predictor = named.kb_id_
            own_plan_of = None
            if predictor is None and self._report_owner is not None:
                # "Amazon is projected to invest around $200 billion": a company's own plan, passed on, is no
                # forecast of the report's
                subj = subject_of(clause) if clause.pos_ in ("VERB", "AUX") else None
                subj = subj or (subject_of(token) if token.pos_ in ("VERB", "AUX") else None)
                ent = index.entity_of(subj, {"Company"}, resolve=False) if subj is not None else None
                own_plan_of = ent.kb_id_ if ent is not None and ent.kb_id_ != self._report_owner else None
            if predictor is None and self._report_owner is not None and not polled and quote is None \
                    and how in ("verb", "narrative") and own_plan_of is None:
                # "Under this scenario, global shipments of AI servers are projected to grow by nearly 28%", in
                # a story that passes on TrendForce's report: the report's forecast
                predictor, generic = self._report_owner, False
            predictors[token.i] = (predictor, generic)
            if predictor is None and not generic:
                continue
            seen.add(clause.i)
            made = self._make(sent, token, clause, predictor, index, how, own_odds=len(outer) > 1)
            siblings = self._siblings(sent, made, index, [t for t, c, _ in outer if c.i not in seen and t != token]) \
                if made is not None and predictor is not None and how in ("verb", "quote") else []
            for piece in [*self._per_figure(sent.doc, made), *siblings] if made is not None else ():
                key = (piece["predictor"], piece["subject"])
                piece["part"] = parts.get(key, 0)
                parts[key] = piece["part"] + 1
                found.append(piece)
        whole = {(p["predictor"], _value_key(p["value"])) for p in found if not p.get("split")}
        found = [p for p in found if not (p.pop("split", False) and (p["predictor"], _value_key(p["value"])) in whole)]
        if len(found) == 1:  # "expects X, and puts the odds at 60%": odds with no forecast of their own join X
            found[0]["probability"] = _probability(sent.text) or found[0]["probability"]
        return found

    def _siblings(self, sent: Span, made: dict, index: EntityIndex, pending: List[Token]) -> List[dict]:
        """'predicting that "Meta AI will be the leading assistant, Llama 4 will become the leading model, and
        we'll build an AI engineer"': each clause after the first with a subject and a modal of its own is
        another forecast of the same forecaster, which the parse often hangs elsewhere."""
        c_start, c_end = made.get("clause", (made["start"], made["start"]))
        tail_start, tail_end = c_end, sent.end_char
        whole = made["rule"].startswith("prediction:quote:")
        if whole:  # a quoted sentence forecast as a whole: its own clauses after the first
            tail_start, tail_end = c_start + 1, c_end
        others = [t.idx for t in pending]  # another anchor's forecasting word ("and I would put the odds at ...")
        if CONDITION_RX.match(self.text[c_start:c_start + 12]):
            return []  # "If the model holds up, Ondrelle will ...": one forecast on a condition
        tail = self.text[tail_start:tail_end]
        matches = list(SIBLING_RX.finditer(tail))
        out = []
        for n, m in enumerate(matches):
            seg_end = matches[n + 1].start() if n + 1 < len(matches) else len(tail)
            if any(tail_start + m.start() <= o < tail_start + seg_end for o in others):
                continue  # "..., and I would put the odds of X at 55%": another anchor's forecast
            before = re.findall(r"[\w%)\u201d\"'-]+", self.text[c_start:tail_start + m.start()])
            if not before or before[-1][:1].isupper():
                continue  # "Microsoft, Alphabet, Amazon and Meta will": the last of a list of names, no new clause
            segment = tail[m.start("subj"):seg_end]
            segment = re.sub(r"[\s,;.\"\u201d\u2019']+$", "", segment)
            if len(segment.split()) < 4:
                continue
            a = tail_start + m.start("subj")
            named = index.at.get(_token_index(sent.doc, a))
            if named is not None:
                subject = named.kb_id_
            elif m.group("subj").lower() in ("we", "i") and made["predictor"] and \
                    index.type_of(made["predictor"]) in ("Company", "Organization"):
                subject = made["predictor"]
            elif m.group("subj").lower() in ("we", "i"):  # the speaker's company: named before the quote, or lately
                company = next((e for e in reversed(index.mentions) if e.label_ in ("Company", "Organization")
                                and sent.start_char <= e.start_char < c_start), None) or \
                    index.salient_before(sent.start, {"Company", "Organization"}, sentences=3)
                subject = company.kb_id_ if company is not None else made["subject"]
            else:
                continue  # "it", "they", a common noun: who is meant is not clear enough to split off
            deadline = next((expr for _a, _b, expr in find_time_expressions(segment) if DEADLINE_RX.match(expr)), None)
            figure = next((q for q in find_quantities(segment) if q.kind in ("money", "percent", "count")), None)
            piece = dict(made, statement=_statement(segment), subject=subject, target_text=deadline,
                         value=figure.value if figure else None, unit=figure.unit if figure else None,
                         probability=None, status="open", outcome=None, rule=made["rule"] + ":sibling")
            piece.pop("clause", None)  # the first forecast's clause span, for _per_figure only
            out.append(piece)
        if out and whole:  # the first forecast ends where the next begins
            first = self.text[c_start:tail_start + matches[0].start("subj")]
            made["statement"] = _statement(re.sub(r"(?:[,;]|\s+and|\s+while)\s*$", "", first.rstrip()))
            made["clause"] = (c_start, tail_start + matches[0].start())
        return out

    def _per_figure(self, doc: Doc, made: dict) -> List[dict]:
        """One forecast per figure: "OCI revenue to hit $18 billion in fiscal 2026, accelerating to $32 billion
        in FY27, $73 billion in FY28 ..." is five forecasts, each with its own year, and "net sales of $151
        billion to $155.5 billion and operating income of $14 billion to $18 billion" two. Figures the
        forecast moves away from ("up from $66 billion", "from $308") or sets itself against ("above the
        $61 billion consensus") are not forecasts of this forecaster."""
        c_start, c_end = made.pop("clause", (made["start"], made["start"]))
        if made.get("probability") is not None:
            return [made]
        text = self.text[c_start:c_end]
        if made.get("value") is None or made.get("unit") == "%":
            return self._per_share(doc, made, c_start, text)
        published = doc.user_data.get(DATE_KEY)
        figures = []
        for q in find_quantities(text):
            if q.kind != "money":
                continue
            before, after = text[max(0, q.start - 30):q.start], text[q.end:q.end + 40]
            old = OTHERS_FIGURE_AFTER_RX.match(after)
            year = re.match(r"\s*in ((?:19|20)\d\d)\b", after)
            if old and year and published and int(year.group(1)) >= int(published[:4]) and figures == [] \
                    and q.value == made.get("value"):
                old = None  # "to reach $5.61 trillion in 2025", said in 2025: the year forecast, not a past figure
            if OLD_FIGURE_BEFORE_RX.search(before) or old:
                continue
            span = doc.char_span(c_start + q.start, c_start + q.end, alignment_mode="expand")
            if figures and span is not None and governing_verb(span.root).tag_ == "VBD":
                continue  # "..., and Microsoft spent $34.9 billion": a result told beside the forecast
            if figures and re.match(r"\s+(?:post-money\s+|pre-money\s+)?valuation\b", after):
                continue  # "to raise $500 million at a $14 billion valuation": the terms of the one raise
            if figures and figures[-1].unit != q.unit and re.fullmatch(
                    r"\s*(?:[(\[]|,\s*or)\s*(?:about|around|roughly|approximately|some|nearly)?\s*", text[figures[-1].end:q.start]):
                continue  # "380 billion yuan ($53 billion)": the same figure in another currency
            figures.append(q)
        if len(figures) == 1 and figures[0].value != made.get("value"):
            # "to scale up from about $4.7 billion in 2025 to as much as $70 billion by 2028": the figure it
            # moves to, with its own period, not the one it moves from
            return _pieces(made, figures, text, mark_split=False)
        if len(figures) < 2:
            return [made]
        return _pieces(made, figures, text, mark_split=True)

    def _per_share(self, doc: Doc, made: dict, c_start: int, text: str) -> List[dict]:
        """One forecast per share or rate that has a verb of its own: "AI surging to 27%, cloud declining to
        50%, and traditional workloads falling to 23%" is three forecasts. Figures of one verb ("rise 165% by
        2030 from 2023 levels") and figures beside money ("$12 billion, up 20%") stay one forecast."""
        quantities = find_quantities(text)
        if any(q.kind == "money" for q in quantities):
            return [made]
        verbs: Dict[int, object] = {}  # governing verb -> its first share
        for q in quantities:
            if q.kind != "percent" or q.unit != "%" or OLD_FIGURE_BEFORE_RX.search(text[max(0, q.start - 30):q.start]):
                continue
            span = doc.char_span(c_start + q.start, c_start + q.end, alignment_mode="expand")
            if span is None:
                continue
            verb = governing_verb(span.root)
            if verb.pos_ != "VERB" or verb.i in verbs or not (
                    any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
                    or (verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"))  # "cloud declining to 50%"
                    or any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):  # "and margins to reach 45%"
                continue
            verbs[verb.i] = q
        if len(verbs) < 2:
            # "boost that to 50 percent in 2025 and as high as 77 percent by 2028": one verb, but each share
            # with a year of its own is a forecast of its own
            shares = [q for q in quantities if q.kind == "percent" and q.unit == "%"
                      and not OLD_FIGURE_BEFORE_RX.search(text[max(0, q.start - 30):q.start])]
            if len(shares) < 2:
                return [made]
            times = find_time_expressions(text)
            dated, years = [], set()
            for n, q in enumerate(shares):
                # ("18% in the fourth quarter of the 2025 fiscal year ..., 25% in the 2026 fiscal year")
                limit = min(q.end + 45, shares[n + 1].start if n + 1 < len(shares) else len(text))
                own = next((expr for a, _b, expr in times if q.end <= a < limit and re.search(r"\b(?:19|20)\d\d\b", expr)
                            and not re.search(r"[,;]\s*(?:up|down|from|compared|versus)\b", text[q.end:a])), None)
                if own is None:
                    return [made]
                dated.append(q)
                years.add(re.search(r"\b(?:19|20)\d\d\b", own).group())
            if len(dated) < 2 or len(years) < len(dated):
                return [made]
            return _pieces(made, dated, text, mark_split=False)
        return _pieces(made, list(verbs.values()), text, mark_split=False)

    def _expected_figures(self, doc: Doc, sent: Span, index: EntityIndex, found: List[dict]) -> List[dict]:
        """"revenue of $57 billion, compared to $55.19 billion expected", "slightly below the $15 billion
        analysts expected": a consensus told as a figure with "expected" after it, settled by the figure
        the sentence reports. Nobody named makes it (the analysts, unnamed)."""
        text = self.text[sent.start_char:sent.end_char]
        out = []
        if not CONSENSUS_WORD_RX.search(text):
            return out  # most sentences: no quantity search at all
        taken = [p["value"] for p in found if p.get("value") is not None]
        for q in find_quantities(text):
            if q.kind not in ("money", "percent") or q.is_range:
                continue
            m = EXPECTED_AFTER_RX.match(text, q.end)
            called = None
            if m is None:
                # "For context, analysts' consensus estimates were calling for revenue of $13.28 billion and adjusted
                # EPS of $1.38": the results it is set against were told in the sentences before
                called = CALLED_FOR_RX.search(text[max(0, q.start - 110):q.start])
            if m is None and called is None:
                before = text[max(0, q.start - 70):q.start]
                after = text[q.end:q.end + 40]
                m = EXPECTED_BEFORE_RX.search(before) or (
                    # "exceeding Wall Street's $42.8B estimate"
                    re.search(r"\b(?:Wall Street|the Street|analysts?)(?:'s|'|\u2019s|\u2019)\s+$", before, re.I)
                    and re.match(r"\s+(?:average\s+|consensus\s+)?(?:estimate|forecast|expectation|projection)s?\b", after,
                                 re.I)) or (
                    # a results list: "Revenue: 86.1 trillion won ($60.5 billion) vs. 85.93 trillion won"
                    re.match(r"[A-Z][\w ()&'.-]{1,40}:\s", text) and re.search(r"\bvs\.?\s+$", before))
                m = _Matched(q.end) if m else None
            if called is not None:
                m = _Matched(q.end)
            if m is None or any(not isinstance(v, (list, tuple)) and abs(v - q.value) <= 1e-9 * max(1.0, abs(q.value))
                                for v in taken):
                continue
            start, end = trimmed_bounds(sent)
            starts = {start}
            if sent.start > 0 and re.match(r"(?:That|This|It|The (?:figure|result|number|profit|revenue))\s+(?:\w+ly\s+)?"
                                           r"(?:was|were|is|came|beat|topped|exceeded|missed)\b", text):
                starts.add(trimmed_bounds(doc[sent.start - 1].sent)[0])  # "... T$398.3 billion. That was well ahead of ..."
            if called is not None:
                here = index.sentence_number(sent.start)
                starts |= {trimmed_bounds(index.sents[n])[0] for n in range(max(0, here - 2), here)}
            reported = [c for c in (doc._.kg_claims or []) if c["kind"] == "financial" and c["start"] in starts
                        and c.get("unit") == q.unit and c.get("value") is not None and not isinstance(c["value"], (list, tuple))
                        and c.get("modality") in ("asserted", "reported") and abs(c["value"] - q.value) > 1e-9]
            if not reported:
                continue  # a figure expected of what? Only a consensus set against a result is read this way
            # the result of the same size ("adjusted EPS of $1.38" against $1.41, not against revenue of $13.3 billion)
            actual = min(reported, key=lambda c: abs(math.log(max(abs(c["value"]), 1e-9) / max(abs(q.value), 1e-9))))
            metric = (actual.get("relation") or "figure").replace("_", " ")
            after = sent.start_char + m.end()  # "... forecast by LSEG SmartEstimate", "a $377.9 billion LSEG SmartEstimate"
            pollster = next((e.kb_id_ for e in index.mentions if e.label_ in ("Company", "Organization")
                             and sent.start_char + q.end <= e.start_char <= after + 4 and e.kb_id_ != actual["subject"]), None)
            out.append({"predictor": None, "pollster": pollster, "statement": f"Analysts expected {actual['subject']} {metric} of {q.text}",
                        "subject": actual["subject"], "made_text": None, "target_text": actual.get("time_text"),
                        "status": _settled(text, actual["value"], q.value), "probability": None, "value": q.value,
                        "unit": q.unit, "start": start, "end": end, "outcome": (start, end), "confidence": 0.5,
                        "rule": "prediction:expected-figure", "part": len(out)})
        return out

    def _narrated_future(self, sent: Span, index: EntityIndex) -> bool:
        """The outlet's own word on what a named company, model or product will, could or is set to do
        ("ZT Systems will join AMD's data-centre group", "OpenAI may reach a valuation of around $500
        billion"): a forecast nobody in the story is credited with."""
        root = sent.root
        if root.pos_ not in ("VERB", "AUX") or sent.text.rstrip().endswith("?") or CONDITION_RX.match(sent.text.lstrip()):
            return False
        # "OpenAI could acquire about a 10% stake", "Perplexity is poised to raise $500 million"; not a past
        # ability ("For seven weeks OpenAI could say it had the best model")
        hedged = any(c.dep_ == "aux" and c.lower_ in ("could", "may", "might") for c in root.children) and \
            root.lemma_ not in ("say", "claim", "boast", "point", "argue", "tell", "see", "call")
        scheduled = root.lemma_ in ("set", "poise", "go") and any(
            c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in root.children) \
            and any(c.dep_ in ("auxpass", "aux") and c.lemma_ == "be" for c in root.children)
        if not (hedged or scheduled or _timetabled(root)
                or any(c.dep_ == "aux" and c.lower_ in ("will", "'ll") for c in root.children)):
            return False
        if _timetabled(root) and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in FACILITY_NOUNS
                                     for c in root.children):
            return True  # "The first phase, 350 MW, is scheduled to come online in the third quarter of 2027"
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in FIRST_PERSON | {"you"}
                   and index.entity_of(c, ACTORS | {"AIModel", "Product"}, resolve=c.lower_ == "it") is not None
                   for c in root.children)

    def _later_year(self, clause: Token, sent: Span, index: EntityIndex) -> bool:
        """Whether a forecast's clause names a year after the article's ("The analysts see cloud growth
        accelerating 32% in fiscal 2026", said in 2025), told in no past tense."""
        published = sent.doc.user_data.get(DATE_KEY)
        if not published or clause.tag_ in ("VBD", "VBN"):
            return False
        # (for an object, the rest of the verb's clause: "see revenue up about 14% ... in 2026")
        sub = [t for t in clause.head.subtree if t.i > clause.head.i] if clause.dep_ == "dobj" else list(clause.subtree)
        start = sub[0].idx
        # a forecasting verb in the present ("They see revenue up 14% ... in 2026", said on 1 January 2026)
        # forecasts the year under way too
        now = clause.head.tag_ in ("VBZ", "VBP") and clause.head.lemma_.lower() in (
            "see", "expect", "forecast", "project", "estimate", "predict")
        first = int(published[:4]) + (0 if now else 1)
        for t_start, t_end, expr in find_time_expressions(self.text[start:sub[-1].idx + len(sub[-1])]):
            year = re.search(r"\b20\d\d\b", expr)
            if year and int(year.group()) >= first and not _in_a_name(sent.doc, index, start + t_start, start + t_end):
                return True
        return False

    def _later_than_article(self, sent: Span, quote: Quote, index: EntityIndex) -> bool:
        """Whether the quoted words name a time after the article's date ("into 2025" in a 2024 article)."""
        published = sent.doc.user_data.get(DATE_KEY)
        if not published:
            return False
        if any(t.tag_ == "VBD" for t in sent if quote.start <= t.idx < quote.end):
            return False  # "Alibaba's Qwen3 followed in April": told in the past, whatever the month
        anchor = dt.date.fromisoformat(published)
        for t_start, t_end, expr in find_time_expressions(self.text[sent.start_char:sent.end_char]):
            if not re.search(r"\b(?:19|20)\d\d\b|^(?:in|within) (?:a|an|one|two|three|\d+) |\b(?:next|coming)\b", expr, re.I):
                continue  # a bare month may be the last one or the next
            if _in_a_name(sent.doc, index, sent.start_char + t_start, sent.start_char + t_end):
                continue  # "AIME 2025" is a test, not a time
            when = resolve(expr, anchor)
            if when is not None and when > published[:len(when)]:
                return True
        return False

    def _clauses_of(self, verb: Token) -> List[Token]:
        """The clause(s) a forecasting or reporting verb governs; coordinated clauses apart."""
        clause = None
        has_object_after = any(c.dep_ == "dobj" and c.i > verb.i for c in verb.children)
        # ("He considered this a worst case; in three months, he believed AI could write all code": of two
        # clauses, the one after the verb is what it governs)
        comps = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
        if len(comps) > 1 and comps[0].i < verb.i < comps[-1].i:
            comps = [c for c in comps if c.i > verb.i]
        for child in comps:
            if not (child.i < verb.i and has_object_after):
                # (not the title of an outlook before the verb: "In an outlook titled '..., still cheerful,' Arya
                # forecast a 30% surge in ...")
                clause = child
                break
        if clause is not None and (clause.pos_ not in ("VERB", "AUX") or not any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in clause.children)):
            # "said on Tuesday's launch call that a smaller model would follow in April", with "call" taken for the
            # clause: the that-clause the noun carries is what was said
            inner = next((c for c in clause.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")
                          and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children)), None)
            clause = inner or clause
        if clause is not None and clause.lemma_ == "be" and clause.i > verb.i or clause is not None and clause.lemma_ == "be" \
                and verb.lemma_ in REPORTING_VERBS:
            # "He is confident that AI will discover new laws of physics, Altman said": what he is sure of
            sure = next((c for c in clause.children if c.dep_ == "acomp" and c.lower_ in CONFIDENT_WORDS), None)
            inner = next((g for g in sure.children if g.dep_ == "ccomp"), None) if sure is not None else None
            clause = inner or clause
        if clause is None:
            for child in verb.children:  # "puts the chance of X at 40%", "gives a 30% chance that ..."
                if child.dep_ == "dobj" and (child.lower_ in ODDS_NOUNS or child.lemma_ in ODDS_NOUNS or
                                             child.lower_ in ("%", "percent")) and _probability(self._sentence_text(verb)):
                    clause = child
                    break
        if clause is None:
            for child in verb.children:
                if child.dep_ == "dobj" and (verb.lemma_ in self.strong or
                                             any(g.dep_ in ("acl", "relcl", "ccomp", "xcomp") for g in child.children)
                                             or (verb.lemma_ in ("see", "expect", "forecast", "project", "estimate", "predict")
                                                 and any(g.like_num and g.i > verb.i for g in verb.subtree))):
                    # ("They see revenue up about 14% to $454.8 billion": a figure the verb's object carries)
                    clause = child
                    break
        if clause is None and verb.lemma_.lower() == "pencil":
            # "He pencils in 2026 revenue of EUR 890 million", with "in" taken for a preposition: its object
            clause = next((g for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "in"
                           for g in c.children if g.dep_ == "pobj"), None) or \
                next((c for c in verb.children if c.dep_ == "dobj"), None)
            if clause is not None and clause.dep_ == "pobj":
                return [clause]
        if clause is None and verb.dep_ == "pcomp" and verb.head.lower_ == "with" and verb.tag_ == "VBG" \
                and verb.lemma_.lower() in ("anticipate", "expect", "forecast", "predict", "project") \
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            # "..., with CEO Safra Catz anticipating several more in the coming months": the forecast is the
            # participle's own phrase
            return [verb]
        if clause is None and verb.dep_ == "advcl" and any(c.lower_ == "as" and c.dep_ == "mark" for c in verb.children):
            clause = verb.head  # "As Solberg forecast, X has now ...": the main clause was forecast
        if clause is None and verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
            clause = verb.head  # "X will ..., Y said"
        if clause is None and verb.dep_ == "ROOT":
            for child in verb.children:  # "... will happen, she said" parsed with the clause as a conj
                if child.dep_ == "ccomp" or (child.dep_ == "conj" and child.i < verb.i):
                    clause = child
        if clause is None:
            return []
        clauses = [clause]
        if clause.dep_ == "dobj":
            # "expects revenue of 4.6 billion yuan ... and capital expenditure of 2.7 billion yuan": a figure each
            others = [c for c in list(clause.conjuncts) + [c for c in verb.children if c.dep_ == "conj" and c.i > clause.i]
                      if c.pos_ in ("NOUN", "PROPN") and any(t.like_num for t in c.subtree)]
            if others and any(t.like_num for t in clause.subtree):
                clauses += others
            return clauses
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        for conj in clause.conjuncts:
            if conj.pos_ in ("VERB", "AUX") and (any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in conj.children) or (
                    infinitive and any(c.dep_ == "aux" and c.lower_ == "to" for c in conj.children))):
                clauses.append(conj)  # "expects X to begin training ... and to reach customers in 2026": two forecasts
        if infinitive:
            doc = clause.doc
            for later in clause.children:
                # "expects to rack up losses ... in 2028, then pivot to meaningful profits by 2030": a later step
                # with a year of its own is a forecast of its own
                if later.dep_ in ("dep", "conj", "advcl") and later.pos_ == "VERB" and later.i > clause.i \
                        and later not in clauses and any(t.lower_ == "then" for t in doc[max(0, later.i - 2):later.i]) \
                        and any(re.fullmatch(r"(?:19|20)\d\d", t.text) for t in later.subtree):
                    clauses.append(later)
        return clauses

    def _sentence_text(self, token: Token) -> str:
        sent = token.sent
        return self.text[sent.start_char:sent.end_char]

    def _noun_clause(self, noun: Token) -> Optional[Token]:
        if noun.lemma_.lower() in FIGURE_NOUNS:  # "analysts' expectations of $24.59 billion": a forecast figure
            for child in noun.children:
                if child.dep_ == "prep" and child.lower_ in ("of", "for", "at") and \
                        any(_is_figure(t) for t in child.subtree) and any(t.dep_ == "pobj" for t in child.children):
                    return child
            if noun.dep_ == "dobj" and noun.head.lemma_.lower() in ISSUING_VERBS:
                # "Meta narrowed its 2025 capex forecast to $70 billion to $72 billion": the new figure hangs on the verb
                for child in noun.head.children:
                    if child.dep_ == "prep" and child.lower_ in ("to", "at") and any(_is_figure(t) for t in child.subtree):
                        return child  # (and "maintained its forecast for capital spending at up to $42 billion")
        infinitive = next((c for c in noun.children if c.dep_ == "acl" and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
        planned = noun.lemma_.lower() in ("plan", "intention", "ambition", "goal", "target", "pledge")
        if infinitive is None and planned and noun.dep_ in ("dobj", "pobj"):
            # the parse may hang the infinitive elsewhere: the next "to <verb>" after the noun, past a participle
            # phrase at most, is still what the plan is
            for t in noun.doc[noun.i + 1:min(noun.sent.end, noun.i + 12)]:
                if t.lower_ == "to" and t.dep_ == "aux" and t.head.pos_ == "VERB" and t.head.i == t.i + 1:
                    infinitive = t.head
                    break
                if t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.text in (";", ":"):
                    break
        if infinitive is not None and planned:
            return infinitive  # "a plan, first announced in February, to spend 380 billion yuan": what is planned
        for child in noun.children:
            if child.dep_ == "acl" and child.tag_ == "VBN" and noun.dep_ in ("nsubj", "nsubjpass"):
                continue  # "Her call, made last spring, was that ...": when it was made, not what it says
            if child.dep_ in ("acl", "ccomp", "relcl") or (child.dep_ == "prep" and child.lower_ in ("that",)):
                return child
        if noun.lemma_ in ODDS_NOUNS or noun.lower_ in ODDS_NOUNS:  # "the chance of further export restrictions within a year"
            for child in noun.children:
                if child.dep_ == "prep" and child.lower_ == "of" and any(g.dep_ in ("pobj", "pcomp") for g in child.children):
                    return child  # "... a 30% chance of reaching its target on time" too
        if noun.dep_ in ("nsubj", "nsubjpass") and noun.head.pos_ in ("VERB", "AUX"):
            for child in noun.head.children:
                if child.dep_ in ("ccomp", "xcomp", "attr"):
                    return child
        return None

    def _is_future(self, clause: Token, sent: Span, head_only: bool = False) -> bool:
        """Whether a clause is about the future: a modal on its head ("will", "should"), "going to",
        or a deadline ("by 2027", "within two years") inside it."""
        heads = [clause] + [c for c in clause.children if c.dep_ in ("xcomp", "conj") and c.pos_ in ("VERB", "AUX")]
        for head in heads:
            if any(child.dep_ == "aux" and child.lower_ in FUTURE_MODALS for child in head.children) \
                    and not _past_speculation(head) or _timetabled(head):
                return True
        if head_only and clause.dep_ != "ROOT":
            return False
        if clause.lemma_.lower() in ("plan", "intention", "ambition", "goal") and clause.pos_ == "NOUN" and any(
                c.dep_ in ("acl", "relcl", "xcomp") and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                for c in clause.children):
            return True  # "revealed plans to ship GPT-4.5 and GPT-5": a plan is about the future
        sub = list(clause.subtree)
        text = self.text[sub[0].idx:sub[-1].idx + len(sub[-1])]
        if self.future_rx.search(text) or NEAR_FUTURE_RX.search(text):
            return True
        return any(re.match(r"(?:by|before|within|(?:over|in|during) the (?:next|coming)|next|the next|the coming)\b", expr, re.I)
                   for _, _, expr in find_time_expressions(text))

    def _predictor(self, token: Token, how: str, index: EntityIndex, quotes: List[Quote]) -> Tuple[Optional[str], bool]:
        """(predictor name, generic): generic is True for 'analysts expect' and 'is expected to'."""
        quote = speaker_at(quotes, token.idx)
        if how == "quote":  # the main verb may be the attribution's "said", outside the quote
            quote = quote or _sentence_quote(quotes, token.sent)
            if quote is not None and self._report_owner is not None and REPORT_SAID_RX.match(self.text, quote.end):
                return self._report_owner, False  # '"... a five-year CAGR of 33.9 per cent," said the report.'
            return (quote.speaker if quote else None), False
        if how == "author":
            return AUTHOR, False
        if how == "according":
            return self._according_to(token.sent, index) or self._according_to_the_report(token.sent), False
        if how == "narrative":
            # "ASML will also partner with Mistral", "Meta is going to invest hundreds of billions": a firm's own
            # plan, told by the outlet, is the firm's; what could or may happen is nobody's
            root = token.sent.root
            verb = next((c for c in root.children if c.dep_ == "xcomp"), root) \
                if root.lemma_ in ("go", "set", "plan", "schedule") or root.lower_ == "slated" else root
            hedged = any(c.dep_ == "aux" and c.lower_ in ("could", "may", "might") for c in root.children)
            timetabled = _timetabled(root)
            if not hedged and (verb.lemma_ in OWN_PLAN_VERBS or any(c.dep_ == "aux" and c.lower_ in ("will", "'ll")
                                                                    for c in verb.children)):
                # ("Anthropic will use AWS as its primary training partner": what a firm will do, told flatly)
                for c in root.children:  # ("DeepSeek is set to release ...": a passive "set" has it as nsubjpass)
                    ent = index.entity_of(c, {"Company", "Organization"}, resolve=False) \
                        if c.dep_ in ("nsubj", "nsubjpass") else None
                    if ent is not None and not any(g.dep_ == "conj" for g in c.children):
                        return ent.kb_id_, False  # (not "Alphabet and other tech giants are set to spend": a group)
            if not hedged and (verb.lemma_ in ARRIVAL_VERBS or timetabled or (verb.lemma_ in ("be", "make") and any(
                    c.dep_ in ("acomp", "oprd", "xcomp", "ccomp") and c.lower_ in ("available", "accessible")
                    for c in verb.children))):
                # "Haiku will be available soon", "Gemini 2.0 Pro will ship in January": when a model or product
                # of a known maker arrives is its maker's word, passed on by the outlet
                for c in root.children:
                    ent = index.entity_of(c, {"AIModel", "Product"}, resolve=c.lower_ == "it") \
                        if c.dep_ in ("nsubj", "nsubjpass") else None
                    maker = _maker(ent.kb_id_, index, token.doc) if ent is not None else None
                    if maker is not None and index.type_of(maker) in ("Company", "Organization"):
                        return maker, False
                    if timetabled and ent is None and c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in FACILITY_NOUNS:
                        # "A second 180 MW hall is scheduled to come online next spring": the builder's timetable
                        builder = index.salient_before(token.sent.start, {"Company", "Organization"}, sentences=3)
                        if builder is not None:
                            return builder.kb_id_, False
            return None, True
        if how == "misparse":
            return _misparsed_by(token, index).kb_id_, False
        if how == "colon":
            return self._colon_forecaster(token, index), False
        if how == "consensus":
            return None, True
        if how == "context":
            return self._continued_forecaster(token.sent), False
        if how == "noun":
            named = index.at.get(token.i - 1)
            if token.lower_ in MISPARSED_FORECASTS and named is not None and named.end == token.i and named.label_ in ACTORS:
                return named.kb_id_, False  # "Anthropic forecasts dropping ...", the verb tagged as a noun
            for child in token.children:
                if child.dep_ == "poss" and child.lower_ in GENERIC_FORECASTERS:
                    return None, True  # "analysts' expectations of ..."
                if child.dep_ in ("poss", "compound"):
                    ent = index.entity_of(child, ACTORS)
                    if ent is not None:
                        return ent.kb_id_, False
                    if child.lower_ in ("my", "our"):
                        return self._first_person(quote), False
                if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                    for g in child.children:
                        ent = index.entity_of(g, ACTORS)
                        if ent is not None:
                            return ent.kb_id_, False
            verb = governing_verb(token)  # "I put it at a 70% chance that ...": the verb's subject
            issued = verb.lemma_.lower() in ISSUING_VERBS and token.head == verb  # "TSMC lifted projections for 2024"
            if token.lemma_.lower() in FIGURE_NOUNS and verb != token and not issued and (
                    verb.lemma_.lower() in FIGURE_OUTCOMES or verb.lemma_.lower() in MISSED_VERBS
                    or any(c.dep_ == "prep" and c.lower_ in ("of", "for", "at") and any(_is_figure(t) for t in c.subtree)
                           for c in token.children)):
                # "beating estimates of $28.70 billion", "Nvidia blew past revenue expectations": the market's
                # expectation, nobody's own ("TSMC lifted projections for 2024" stays TSMC's)
                return None, True
            subj = subject_of(verb) if verb != token else None
            if subj is not None and subj != token:
                if subj.lower_ in FIRST_PERSON:
                    return self._first_person(quote), False
                ent = index.entity_of(subj, ACTORS)
                if ent is not None:
                    return ent.kb_id_, False
            return None, False
        subj = subject_of(token)
        if (subj is None or subj == token.head) and token.dep_ == "acl" and token.tag_ == "VBN" and \
                token.lemma_.lower() in ("expect", "forecast", "project", "estimate", "predict", "anticipate"):
            # "..., with operations expected to begin in the second half of 2026": a passive forecast told as an
            # absolute phrase, by no one named
            return None, True
        if subj is None:
            doc = token.doc
            if token.i > 1 and any(t.text in ('"', "\u201d", "'", "\u2019") for t in doc[max(0, token.i - 2):token.i]):
                # '"We should exceed one billion in revenue ...," announced Arthur Mensch': the speaker after the
                # verb, whatever the parser made of him
                for child in token.children:
                    if child.i > token.i and child.i in index.at and index.at[child.i].label_ in ACTORS:
                        return index.at[child.i].kb_id_, False
            return None, False
        if subj.lower_ in FIRST_PERSON:
            return self._first_person(quote), False
        if subj.lower_ == "they" and index.sentence_number(subj.i) > 0 and speaker_at(quotes, subj.idx) is None:
            # "Analysts expect ... . They see revenue up about 14%": the same unnamed analysts
            before = index.sents[index.sentence_number(subj.i) - 1]
            head = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if head is not None and head.lower_ in GENERIC_FORECASTERS and head.i not in index.at and not any(
                    c.dep_ in ("compound", "poss") and c.i in index.at for c in head.children):
                return None, True
        if _passive_forecast(token) and token.lemma_.lower() in ("plan", "schedule") and subj.pos_ in ("NOUN", "PROPN"):
            # "The Mistral Medium 3 API is available on ..., and is planned to be launched soon on ...": what is
            # down for release is its maker's plan
            ent = index.entity_of(subj, {"AIModel", "Product"})
            maker = _maker(ent.kb_id_, index, token.doc) if ent is not None else None
            if maker is not None and index.type_of(maker) in ("Company", "Organization"):
                return maker, False
        if subj.dep_ == "nsubjpass" and token.lower_ in CONFIDENT_WORDS:
            pass  # "Dario Amodei is convinced AI will ...": the one convinced holds the belief
        elif subj.dep_ == "nsubjpass":
            for child in token.children:
                if child.dep_ == "agent":
                    for g in child.children:
                        ent = index.entity_of(g, ACTORS)
                        if ent is not None:
                            return ent.kb_id_, False
            return None, token.lemma_ in ("expect", "forecast", "project", "predict", "estimate")
        if token.dep_ == "ccomp" and subj.i not in index.at and subj.lemma_.lower() in ("it", "company", "firm", "group") \
                and token.head.lemma_.lower() in REPORTING_VERBS | {"tell", "announce"}:
            # "Broadcom CEO Hock Tan said the company expects ...": the person who says so makes the forecast
            # ("Sam Altman, CEO of OpenAI, announced that the company anticipates ...", parsed as a clause on the name)
            speaker = subject_of(token.head) or (token.head.head if token.head.dep_ == "acl" else None)
            person = index.entity_of(speaker, {"Person"}, resolve=False) if speaker is not None else None
            if person is not None:
                return person.kb_id_, False
        if token.dep_ == "ccomp" and subj.i in index.at and index.at[subj.i].label_ == "Company" \
                and token.lemma_.lower() in ("aim", "plan", "intend", "seek", "target", "want", "hope", "look", "prepare") \
                and token.head.lemma_.lower() in REPORTING_VERBS and token.head.lemma_.lower() not in ("find", "show", "report"):
            # "He added that Meta aims to bring a gigawatt online in 2025": a person who says what a firm plans makes
            # the forecast (not "Reuters reported that Meta plans ...": the outlet only passes it on)
            speaker = subject_of(token.head)
            person = index.entity_of(speaker, {"Person"}) if speaker is not None else None
            if person is not None:
                return person.kb_id_, False
        ent = None
        if subj.lower_ == "firm" and subj.i not in index.at and any(c.lower_ == "the" for c in subj.children):
            # "Wolfe Research analyst Chris Caso said ... . The firm expects about $8 a share": the firm of the
            # analyst just quoted, not the company the story is about
            ent = _analysts_firm(index, subj.sent)
            if ent is not None:
                self.brokers.add(ent.kb_id_)
        if ent is None and subj.lower_ in ("analysts", "strategists") and subj.i not in index.at \
                and any(c.lower_ in ("the", "these", "its", "their") for c in subj.children):
            # "Morgan Stanley's Alibaba analyst team raised its target ... . The analysts now see cloud growth
            # accelerating 32%": the firm whose analysts were just met, by name or by their price target
            ent = _analysts_firm(index, subj.sent)
            if ent is None:
                here = index.sentence_number(subj.sent.start)
                targets = [c for c in subj.doc._.kg_claims or [] if c.get("relation") == "price_target"
                           and 0 < here - index.sentence_number(_token_index(subj.doc, c["start"])) <= 2]
                named = {m.kb_id_: m for m in index.mentions if m.start < subj.i}
                ent = named.get(targets[-1]["subject"]) if targets else None
            if ent is not None:
                self.brokers.add(ent.kb_id_)
        ent = ent or index.entity_of(subj, ACTORS)
        if ent is None and subj.lower_ in ("who", "that") and token.dep_ == "relcl":
            # "Annelie Kroon of Aarenfeld Research, who predicted in July that ...": the one the clause is about
            ent = index.entity_of(token.head, ACTORS, resolve=False)
            if ent is not None and ent.label_ != "Person":
                # "Mariko Tsujimoto, chief equity strategist at Hanzomon Asset Management, who said ...": the person
                person = [m for m in index.mentions if m.label_ == "Person" and m.sent.start == token.sent.start
                          and m.end <= ent.start and ent.start - m.end <= 12]
                ent = person[-1] if person else ent
        if ent is None and subj.lower_ in ("ceo", "chief", "founder", "co-founder", "president", "chairman", "chair",
                                           "cfo", "cto", "analyst", "executive", "boss"):
            # "CEO and founder Mark Zuckerberg insists ...", parsed with the title as the subject and the name
            # as its conjunct
            ent = next((index.at[c.i] for c in subj.conjuncts if c.i in index.at and index.at[c.i].label_ == "Person"), None)
        if ent is None and subj.lower_ in ("companies", "firms") and any(c.lower_ in ("the", "both") for c in subj.children):
            # "Anthropic will use AWS as its primary training partner, the companies announced": of the partners
            # who announce it together, the one whose plan it is
            clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
            doer = subject_of(clause) if clause is not None else None
            ent = index.entity_of(doer, {"Company", "Organization"}, resolve=False) if doer is not None else None
        if ent is None and subj.lower_ in MANAGEMENT and not any(c.dep_ in ("poss", "compound", "prep") for c in subj.children):
            # "Management said revenue would come in at $11 billion": the company the story is about
            ent = index.salient_before(subj.i, {"Company"}, sentences=3)
        if ent is not None and ent.label_ in ("Company", "Organization") and ent.start >= 3:
            # "Nkechi Sundqvist of Brackenbury Lane Securities had predicted", parsed with the firm as the
            # subject: the person named before "of" speaks
            doc = subj.doc
            if doc[ent.start - 1].lower_ in ("of", "at") and (ent.start - 2) in index.at \
                    and index.at[ent.start - 2].label_ == "Person":
                return index.at[ent.start - 2].kb_id_, False
        if ent is not None:
            return ent.kb_id_, False
        if subj.lemma_.lower() in REPORT_NOUNS and any(c.lower_ == "the" or c.dep_ == "poss" or (
                c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in subj.children):
            # "The report estimates ...", "new research by Goldman Sachs has found ...": whose report it is
            author = self._report_author(subj, index)
            if author is not None:
                return author, False
        if subj.lower_ in LEDE_PERSON_NOUNS and any(c.lower_ in ("the", "a", "an") for c in subj.children) \
                and any(c.dep_ == "prep" and c.lower_ == "of" for c in subj.children) and index.sentence_number(subj.i) == 0:
            # a lede that names its speaker one sentence later: "The head of one of the world's leading AI
            # companies says ... . Dario Amodei, CEO of Anthropic, said ..."
            person = next((m for m in index.mentions if m.label_ == "Person" and m.start > token.i
                           and index.sentence_number(m.start) == 1), None)
            if person is not None:
                return person.kb_id_, False
        if subj.lower_ in GENERIC_FORECASTERS:
            # "Other analysts including Tony Sycamore at IG Markets said ...": the one analyst named among them
            named = [index.at[g.i] for c in subj.children if c.dep_ == "prep" and c.lower_ in ("including", "like")
                     for p in c.children if p.dep_ == "pobj" for g in (p, *p.conjuncts)
                     if g.i in index.at and index.at[g.i].label_ == "Person"]
            if len(named) == 1:  # (several named share the forecast: it stays the analysts')
                return named[0].kb_id_, False
        if subj.lower_ in GENERIC_FORECASTERS or any(c.lower_ in GENERIC_FORECASTERS for c in subj.children):
            for t in subj.subtree:  # "Analysts polled by LSEG had expected ...": the analysts forecast, unnamed;
                # the firm that polled them forecasts nothing, and is not what the forecast is about either
                if t.lower_ == "by" and t.head.lower_ in ("polled", "surveyed", "compiled", "tracked", "gathered"):
                    ent = next((index.entity_of(g, ACTORS) for g in t.children if g.dep_ == "pobj"), None)
                    if ent is not None:
                        self.pollsters.add(ent.kb_id_)
            return None, True
        return None, False

    def _believer(self, token: Token, index: EntityIndex, quotes: List[Quote]) -> Optional[str]:
        """'We believe each of them plans to deploy ...', 'Tan thinks rivals expect ...': a forecast with no
        forecaster of its own, inside what a named speaker believes or says, is the speaker's."""
        for verb in token.ancestors:
            if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in self.verbs:
                continue
            subj = subject_of(verb)
            if subj is None:
                return None
            if subj.lower_ in FIRST_PERSON:
                return self._first_person(speaker_at(quotes, token.idx))
            ent = index.entity_of(subj, ACTORS)
            # (not "..., news agency Reuters reported": an outlet passes things on, it believes nothing)
            return ent.kb_id_ if ent is not None and ent.kb_id_ not in NEWS_OUTLETS else None
        return None

    @staticmethod
    def _someone_elses_product(sent: Span, index: EntityIndex, forecaster: str) -> bool:
        """Whether the sentence is about a model or product another firm makes ("Anthropic says Haiku will
        be available soon. GPT-5 could arrive in May.": the second is not Anthropic's word)."""
        if index.type_of(forecaster) not in ("Company", "Organization"):
            return False  # an analyst goes on about anyone's models
        for c in sent.root.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                ent = index.entity_of(c, {"AIModel", "Product"}, resolve=False)
                maker = _maker(ent.kb_id_, index, sent.doc) if ent is not None else None
                if maker is not None and maker != forecaster:
                    return True
        return False

    @staticmethod
    def _core(sent: Span, index: EntityIndex) -> Token:
        """The sentence's own root, or the clause a news outlet reports ("Losses could triple to $14 billion by
        2026, The Information reports"): the outlet passes the forecast on, it does not make it."""
        root = sent.root
        if root.lemma_.lower() in ("report", "say", "write") and root.i > sent.start:
            subj = subject_of(root)
            outlet = index.at.get(subj.i) if subj is not None else None
            clause = next((c for c in root.children if c.dep_ == "ccomp" and c.i < root.i), None)
            if outlet is not None and outlet.kb_id_ in NEWS_OUTLETS and clause is not None and clause.pos_ in ("VERB", "AUX"):
                return clause
        return root

    def _colon_forecast(self, sent: Span, index: EntityIndex) -> Optional[Tuple[Token, Token, str]]:
        """'Sam Altman made a bold prediction: AGI will arrive by 2028', 'Mustafa Suleyman just dropped a
        timeline: AI will automate most white-collar tasks within 18 months': a named forecaster announces
        a forecast, and the clause after the colon is it: (the label, the verb that heads that clause, "colon")."""
        colon = next((t for t in sent if t.text == ":"), None)
        if colon is None or colon.i + 4 >= sent.end or colon.i - sent.start < 3 or not index.has_parse:
            return None
        label = next((t for t in sent[:colon.i - sent.start] if t.lemma_.lower() in FORECAST_LABELS
                      and t.pos_ == "NOUN"), None)
        if label is None or self._colon_forecaster(label, index) is None:
            return None
        after = [t for t in sent if t.i > colon.i]
        if not any(t.dep_ == "aux" and t.lower_ in FUTURE_MODALS | {"'ll"} for t in after) and not any(
                DEADLINE_RX.match(expr) for _, _, expr in find_time_expressions(sent.doc[colon.i + 1:sent.end].text)):
            return None
        head = next((t for t in after if t.pos_ in ("VERB", "AUX") and (t.head == t or t.head.i <= colon.i)), None)
        return (label, head, "colon") if head is not None else None

    @staticmethod
    def _colon_forecaster(label: Token, index: EntityIndex) -> Optional[str]:
        """Whose forecast a label before a colon is: "Altman's prediction", "X made a prediction", "X has
        a warning" (a person or organization, named or referred to)."""
        for child in label.children:
            if child.dep_ == "poss":
                ent = index.entity_of(child, ACTORS)
                if ent is not None:
                    return ent.kb_id_
        if label.dep_ in ("dobj", "attr") and label.head.pos_ in ("VERB", "AUX"):
            subj = subject_of(label.head)
            ent = index.entity_of(subj, ACTORS) if subj is not None else None
            if ent is not None and ent.kb_id_ not in NEWS_OUTLETS:
                return ent.kb_id_
        return None

    def _continued_forecaster(self, sent: Span) -> Optional[str]:
        """Who made the forecast in the sentence just before, in the same paragraph."""
        if self._last_forecaster is not None:
            position, paragraph, predictor = self._last_forecaster
            if position == self._position - 1 and paragraph == paragraph_start(self.text, sent.start_char):
                return predictor
        return self._report_owner  # a research firm's report the story passes on, sentence by sentence

    @staticmethod
    def _according_to(sent: Span, index: EntityIndex) -> Optional[str]:
        """The source a sentence names with "according to": the first person or organization within
        a few words ("according to analysts at Bain", "according to a forecast by Gartner")."""
        for token in sent:
            if token.lower_ == "according" and token.i + 1 < sent.end and token.nbor().lower_ == "to":
                for i in range(token.i + 2, min(sent.end, token.i + 12)):
                    span = index.at.get(i)
                    if span is not None:
                        if re.search(r"\b(?:survey|poll|consensus|compiled|polled|average)\b",
                                     sent.doc[token.i:span.start].text, re.I):
                            return None  # "according to a survey of brokerage forecasts compiled by Yonhap
                            # Infomax": the analysts it polled forecast, not the firm that counts them
                        # (an outlet tells what it has learnt: "..., according to WSJ" is no forecast of WSJ's)
                        return span.kb_id_ if span.label_ in ACTORS and span.kb_id_ not in NEWS_OUTLETS else None
                    if sent.doc[i].is_punct:
                        break
        # "In McKinsey's early scenario, 50% of work could be performed by AI by 2030", "Under Gartner's
        # projections, ...": a frame at the head of the sentence that names whose forecast it is
        doc, k = sent.doc, sent.start
        while k < sent.end and doc[k].is_punct:
            k += 1
        if k + 2 < sent.end and doc[k].lower_ in ("in", "under"):
            k += 1 + (doc[k + 1].lower_ == "the")
            span = index.at.get(k)
            if span is not None and span.label_ in ACTORS and span.end < sent.end and doc[span.end].text in ("'s", "\u2019s") \
                    and any(t.lemma_.lower() in FRAME_NOUNS for t in doc[span.end + 1:min(sent.end, span.end + 4)]):
                return span.kb_id_
        trailing = _trailing_source(sent, index)
        return trailing[0] if trailing is not None else None

    def _according_to_the_report(self, sent: Span) -> Optional[str]:
        """'..., are likely to be among the biggest winners, according to the report': the report the story
        passes on, named earlier ("according to a new report by Bloomberg Intelligence")."""
        if self._report_owner is None or not re.search(
                r"\baccording to (?:the|this|that|its) (?:new |latest |same )?(?:report|forecast|study|survey|analysis|"
                r"research|firm|research firm|analysts)\b", sent.text, re.I):
            return None
        return self._report_owner

    def _reporter_above(self, token: Token, index: EntityIndex) -> Optional[str]:
        """"The report finds that data centers ... are expected to consume 12% by 2028": a passive forecast
        inside what a named source or a report says is that source's."""
        for verb in token.ancestors:
            if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in REPORTING_VERBS:
                continue
            subj = subject_of(verb)
            if subj is None:
                continue
            ent = index.entity_of(subj, ACTORS)
            if ent is not None:
                return ent.kb_id_
            if subj.lemma_.lower() in REPORT_NOUNS and any(c.lower_ == "the" or c.dep_ == "poss" or (
                c.dep_ == "prep" and c.lower_ in ("by", "from")) for c in subj.children):
            # "The report estimates ...", "new research by Goldman Sachs has found ...": whose report it is
                return self._report_author(subj, index)
            return None
        return None

    def _report_author(self, subj: Token, index: EntityIndex) -> Optional[str]:
        """"The report estimates ...": the organization whose report it is (named with "by"/"from" or a
        possessive, else the organization the reader has in mind)."""
        for child in subj.children:
            if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in ("by", "from", "of")):
                for g in [child, *child.children]:
                    ent = index.entity_of(g, ACTORS, resolve=False)
                    if ent is not None:
                        return ent.kb_id_
        if self._last_forecaster is not None and self._position - self._last_forecaster[0] <= 2:
            return self._last_forecaster[2]  # "In a note, she argued ... The same note put 60% on ...": hers
        ent = index.salient_before(subj.i, {"Organization", "Company"}, sentences=4)
        return ent.kb_id_ if ent is not None else None

    def _first_person(self, quote: Optional[Quote]) -> Optional[str]:
        if quote is not None:
            return quote.speaker
        return self._we or AUTHOR

    # -- building the record -----------------------------------------------------------------
    def _make(self, sent: Span, token: Token, clause: Token, predictor: Optional[str], index: EntityIndex,
              how: str, own_odds: bool = False) -> Optional[dict]:
        doc = sent.doc
        start, end = trimmed_bounds(sent)
        if clause == token.head and token.dep_ in ("advcl", "parataxis"):
            clause_tokens = [t for t in clause.subtree if not (token.left_edge.i <= t.i <= token.right_edge.i)]
        elif how == "according":  # the sentence without its "according to ..." phrase
            source = next((t for t in sent if t.lower_ == "according"), None)
            apart = {t.i for t in source.subtree} if source is not None else set()
            if source is not None and source.i + 1 < sent.end:
                apart |= {t.i for t in source.nbor().subtree}
            elif source is None:  # "In McKinsey's early scenario, 50% of work could ...": the frame up to its comma
                comma = next((t.i for t in sent if t.text == ","), None)
                apart = set(range(sent.start, comma + 1)) if comma is not None and comma - sent.start <= 8 else set()
            clause_tokens = [t for t in sent if t.i not in apart and not (t.is_punct and t.i + 1 in apart)]
            while clause_tokens and clause_tokens[0].is_punct:
                clause_tokens.pop(0)
        elif how == "misparse":
            clause_tokens = [t for t in sent if t.i > token.i]
        elif how == "colon":  # what follows the colon
            colon = next(t.i for t in sent if t.text == ":")
            clause_tokens = [t for t in sent if t.i > colon]
        elif token.dep_ == "acl" and token.tag_ == "VBN" and clause.head == token:
            # "with operations expected to begin in 2026": the noun and what is expected of it
            clause_tokens = [t for t in token.head.subtree]
        elif clause == token and token.dep_ == "pcomp":  # "with CEO Safra Catz anticipating several more ..."
            clause_tokens = [t for t in token.subtree if t.i > token.i]
        elif how == "consensus":  # up to "according to ..."
            source = next((t.i for t in sent if t.lower_ == "according" and t.i > token.i), sent.end)
            clause_tokens = [t for t in sent if token.i < t.i < source]
        elif how == "context" and token != sent.root:  # "..., The Information reports": the clause reported
            clause_tokens = [t for t in token.subtree if not t.is_punct or t.i < token.right_edge.i]
        elif clause.dep_ == "dobj" or how in ("quote", "author", "context", "narrative"):
            whole = how in ("quote", "author", "context", "narrative")
            clause_tokens = [t for t in (sent if whole else token.subtree) if t.i > token.i or whole]
            if not whole:  # "expects revenue of X ..., and capital expenditure of Y": Y is a forecast of its own
                apart = {t.i for c in token.children if c.dep_ == "conj" and c.i > clause.i and c.pos_ in ("NOUN", "PROPN")
                         and any(g.like_num for g in c.subtree) for t in c.subtree}
                clause_tokens = [t for t in clause_tokens if t.i not in apart] or clause_tokens
        else:
            clause_tokens = [t for t in clause.subtree if not (clause != token and clause.i < token.i <= t.i)] \
                if clause.i < token.i else list(clause.subtree)
            # a coordinated clause with a subject of its own is a forecast of its own; one that shares this
            # clause's subject ("it would be on par with or even surpass GPT-5") is part of it
            modal = any(g.dep_ == "aux" and g.lower_ in FUTURE_MODALS | {"can", "should"} for g in clause.children)
            own = [c for c in clause.conjuncts if c.i > clause.i and not (
                modal and c.tag_ == "VB" and not any(g.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for g in c.children))]
            clause_tokens = [t for t in clause_tokens if not any(c == t for c in own)] or clause_tokens
            conj_ids = {t.i for c in own for t in c.subtree}
            clause_tokens = [t for t in clause_tokens if t.i not in conj_ids] or clause_tokens
        clause_tokens = [t for t in clause_tokens if not t.is_space]
        trailing = _trailing_source(sent, index)
        if trailing is not None:  # "..., Kash Rangan, senior analyst at Goldman Sachs, writes": not the forecast's words
            clause_tokens = [t for t in clause_tokens if t.idx < trailing[1]]
        while clause_tokens and (clause_tokens[-1].dep_ == "cc" or clause_tokens[-1].is_punct and clause_tokens[-1].text != "%"):
            clause_tokens.pop()  # "... before the end of 2024, and": the coordination belongs to the next forecast
        if len(clause_tokens) < 3:
            return None
        c_start = clause_tokens[0].idx
        c_end = clause_tokens[-1].idx + len(clause_tokens[-1])
        clause_text = self.text[c_start:c_end]
        listed = LISTED_ODDS_TAIL_RX.search(clause_text) if how == "author" and LISTED_ODDS_RX.search(sent.text) else None
        if listed is not None:  # "... at the end of 2026: 75%.": the odds close the statement
            clause_text = clause_text[:listed.start()]
        statement = _statement(clause_text)
        if how == "verb" and any(c.dep_ == "neg" for c in token.children) and token.lemma_.lower() in (
                "expect", "think", "believe", "see", "anticipate", "predict", "forecast", "foresee", "project", "reckon"):
            # "they don't expect major US AI companies to move away from its GPUs": the forecast is that they won't
            negated = re.sub(r"^(.+?) to (?!the\b|a\b|an\b)(\w)", r"\1 will not \2", statement, count=1)
            statement = negated if negated != statement else re.sub(r"\bwill\b", "will not", statement, count=1)
        quantities = [q for q in find_quantities(clause_text) if q.kind in ("money", "percent", "count")]
        deadline, made_text = None, None
        tail_deadline = None
        # "DeepSeek-V3, which DeepSeek released in December 2024, would get a successor by March": a past date
        # inside a relative clause about something named is when that happened, never the deadline
        told_past = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in clause_tokens
                     if t.dep_ == "relcl" and t.tag_ == "VBD" and t.head.i in index.at
                     and any(c.lower_ in ("which", "that", "who") for c in t.children)]
        for t_start, t_end, expr in find_time_expressions(sent.text):
            a, b = sent.start_char + t_start, sent.start_char + t_end
            if _in_a_name(doc, index, a, b):
                continue  # "AIME 2024", "Llama 3.1 405B": a year or number inside a name is no date
            if any(x <= a and b <= y for x, y in told_past):
                continue
            inside = c_start <= a and b <= c_end
            if inside and deadline is None and DEADLINE_RX.match(expr):
                deadline = expr
            elif not inside and re.match(r"for\b", expr, re.I) and deadline is None:
                deadline = expr  # "For 2026, Meta expects ...": the period forecast, not when
            elif not inside and b <= token.idx and a <= start + 1 and deadline is None and \
                    re.match(r"(?:by|before|within|(?:over|in|during) the (?:next|coming))\b", expr, re.I):
                deadline = expr  # "In the coming years, Hassabis expects to see ...": a fronted deadline
            elif not inside and a >= c_end and tail_deadline is None and a > token.idx \
                    and re.match(r"(?:by|before|within|in|no later than|early|late|mid|next)\b", expr, re.I) \
                    and not self._reported_tail(doc, c_end, a):
                # "plans to release a smaller sibling, Tessary-4 Flash, in the first quarter of 2026", the
                # deadline hung by the parser on the name in apposition: still the clause's
                tail_deadline = expr
            elif not inside and re.search(r"\bfor\s+(?:the\s+|its\s+|their\s+)?$", doc_text(doc)[max(0, a - 10):a], re.I) \
                    and deadline is None and b > token.idx:
                deadline = expr  # "pencils in $3 billion of sales for the October quarter": the period, not when said
            elif not inside and made_text is None and not re.match(r"(?:by|before|within|until|for)\b", expr, re.I) \
                    and self._attached_to(doc, a, token):
                made_text = expr
        deadline = deadline or tail_deadline
        if deadline is None:  # "pencils in 2026 revenue of ...", "its 2027 capex": the year the figure is for
            own = list(token.lefts) if how == "noun" else []  # "its 2025 capex forecast": the year the forecast is for
            year = next((t for t in [*clause_tokens, *(t for w in own for t in w.subtree)]
                         if re.fullmatch(r"20\d\d", t.text) and t.dep_ in ("nummod", "compound", "amod")
                         and t.head.pos_ == "NOUN" and t.head.i not in index.at), None)
            deadline = year.text if year is not None else None
        has_entity = any(t.i in index.at for t in clause_tokens)
        if not has_entity and len(clause_tokens) >= 6 and any(t.dep_ in ("dobj", "attr", "pobj") and t.pos_ == "NOUN"
                                                             for t in clause_tokens):
            # "He also warned that it could set a dangerous precedent": "it" is a name the story gave
            has_entity = any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("it", "they") and t.head == clause
                             and index.entity_of(t, ACTORS | {"AIModel", "Product"}) is not None for t in clause_tokens) \
                and any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in clause.children) \
                and not re.search(r"\b(?:if|unless)\b", self.text[sent.start_char:c_end], re.I)  # (a condition's consequence)
        if not has_entity and how in ("verb", "noun") and (_passive_forecast(token) or any(
                c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in clause.children)):
            # "This is expected to be the company's largest layoff", "It will lift the French firm's top line":
            # a firm named in the story, met again as "the company" (not "said supply of the company's chips is
            # improving": no forecast in that clause)
            has_entity = any(t.lower_ in ("company", "firm", "group", "startup", "chipmaker", "lab")
                             and t.dep_ in ("poss", "nsubj", "nsubjpass", "dobj", "pobj")
                             and index.refer_back(t, {"Company", "Organization"}) is not None for t in clause_tokens)
        if not has_entity and how == "verb" and _passive_forecast(token):
            # "Sequoia Capital and Andreessen Horowitz are expected to participate in the round": named actors,
            # raised out of the clause
            raised = subject_of(token)
            has_entity = raised is not None and (raised.i in index.at or any(c.i in index.at for c in raised.conjuncts))
        # with two forecasts in the sentence, each keeps the odds stated in its own words
        probability = _probability(self.text[min(c_start, token.idx):c_end]) if own_odds else _probability(sent.text)
        if how == "consensus":
            probability = None  # "Analysts on average forecast gross margin to be 75.5%": a figure, not odds
        if listed is not None:
            probability = float(re.search(r"\d{1,2}(?:\.\d)?", listed.group()).group()) / 100
        figures = [q for q in quantities if not (probability is not None and q.kind == "percent")]
        odds_of = probability is not None and (token.lemma_ in ODDS_NOUNS or token.lower_ in ODDS_NOUNS) \
            and clause.dep_ == "prep"  # "a 30% chance of reaching its target on time": the odds make it trackable
        # ("Dana Okafor writes that advances in AI are expected to ...": the forecasting verb inside what she writes)
        forecasting = ("expect", "predict", "forecast", "project", "foresee")
        forecast_verb = how == "verb" and (token.lemma_.lower() in forecasting or (
            token.lemma_.lower() in REPORTING_VERBS and clause.lemma_.lower() in forecasting)) \
            and len(clause_tokens) >= 5 and (any(t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN")
                                                 for t in clause_tokens) or (
                # "Advances in AI are expected to have a far-reaching effect ..., Kash Rangan writes": a named
                # source's forecast about a raised subject
                predictor is not None and _passive_forecast(token) and subject_of(token) is not None
                and subject_of(token).pos_ in ("NOUN", "PROPN")))
        # "Micron expects a return to healthy inventory levels by spring", "The company expects significantly
        # improved profitability": what a named forecaster expects, told as a noun phrase
        expected_thing = how == "verb" and predictor is not None and clause.dep_ == "dobj" and clause.pos_ == "NOUN" \
            and token.lemma_.lower() in ("expect", "forecast", "predict", "project", "anticipate", "foresee") \
            and len(clause_tokens) >= 3 and any(c.dep_ in ("amod", "compound", "prep") for c in clause.children)
        # "The vendor said it plans to use the investment to develop next-generation AI systems": an actor's
        # own stated plan is a forecast about itself, trackable without a name or a figure in it
        # ... and so is what the speaker expects to do ("we expect to sign up several more customers")
        own_plan = how == "verb" and predictor is not None and len(clause_tokens) >= 5 and (
            (token.lemma_.lower() in ("plan", "intend", "aim", "pledge", "promise", "vow", "commit")
             and clause.pos_ in ("VERB", "AUX"))
            or (token.lemma_.lower() in ("expect", "anticipate") and clause.dep_ == "xcomp" and clause.pos_ == "VERB"))
        soon = NEAR_FUTURE_RX.search(clause_text) is not None  # "... faces turmoil in the near future"
        # "Huang said it may be much farther away", said of AGI: the field's own big question is trackable
        topic = AGI_RX.search(clause_text) is not None or (AGI_RX.search(sent.text) is not None and any(
            t.lower_ == "it" and t.dep_ in ("nsubj", "nsubjpass") for t in clause_tokens))
        # a research report's forecast of a market, passed on sentence by sentence ("AI services are set to grow
        # steadily"): the report's own subject matter
        reported = how == "context" and predictor is not None and predictor == self._report_owner and any(
            t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") for t in clause_tokens)
        # "competitor Anthropic expects to break even": a firm's own milestone is trackable as it stands
        milestone = predictor is not None and MILESTONE_RX.search(clause_text) is not None
        if not (has_entity or figures or deadline or odds_of or forecast_verb or expected_thing or own_plan or soon or topic
                or reported or milestone
                or self._firm_future(clause, clause_tokens, predictor)):
            return None  # "Solberg thinks that will change", "... and puts the odds at 60%": nothing to track
        value, unit = None, None
        for n, q in enumerate(quantities):
            if not (probability is not None and q.kind == "percent"):
                nxt = quantities[n + 1] if n + 1 < len(quantities) else None
                if q.kind == "percent" and nxt is not None and nxt.kind == "money" and re.fullmatch(
                        r"\s*(?:,\s*)?to\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?", clause_text[q.end:nxt.start]):
                    q = nxt  # "increase capex by 43 percent to $75 billion": the level it reaches
                value, unit = q.value, q.unit
                break
        subject = self._subject(clause, clause_tokens, predictor, index, sent)
        if topic and not has_entity:
            subject = "AGI"
        settled_status = None
        # "Analysts had expected about $20.6 billion", told after the result: an estimate the story settles
        hindsight = how == "verb" and predictor is None and token.lemma_.lower() in CONSENSUS_VERBS \
            and any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in token.children)
        if (how == "noun" and token.lemma_.lower() in FIGURE_NOUNS and clause.dep_ == "prep") or hindsight:
            # "revenue of $26 billion, beating analysts' expectations of $24.59 billion": the figure expected is
            # the one the sentence reports
            reported = [c for c in (doc._.kg_claims or []) if c["kind"] == "financial" and c["start"] == start]
            if not reported and (hindsight or re.match(r"(?:That|This|It|The figure|Which)\s+(?:compares|compared|was|is)\b",
                                                      sent.text)):
                # "... forecast revenue of $6.2 billion. That compares with an average estimate of $5.72 billion."
                before = sent.doc[sent.start - 1].sent if sent.start > 0 else None
                reported = [c for c in (doc._.kg_claims or []) if c["kind"] == "financial" and before is not None
                            and c["start"] == trimmed_bounds(before)[0]]
            same_unit = sorted((c for c in reported if c.get("unit") == unit and isinstance(c.get("value"), (int, float))
                                and c["value"] > 0), key=lambda c: _ratio(c["value"], value))  # "$1.39" is per share
            reported = same_unit or reported
            if reported:
                subject = reported[0]["subject"]
                metric = (reported[0].get("relation") or "figure").replace("_", " ")
                named_for = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "for"
                                  for g in c.children if g.dep_ == "pobj"), None) if clause.lower_ == "at" else None
                if named_for is not None:  # "its forecast for capital spending at up to $42 billion"
                    metric = doc[named_for.left_edge.i:named_for.right_edge.i + 1].text
                figure = re.sub(r"^to\s+", "of ", clause_text) if clause.lower_ == "to" else clause_text
                statement = f"{subject} guided to {metric} {figure}" if predictor == subject else \
                    f"{predictor or 'Analysts'} expected {subject} {metric} {figure}"
                if predictor is None and same_unit and value is not None and not isinstance(value, (list, tuple)):
                    actual = same_unit[0]
                    if actual.get("modality") in ("asserted", "reported") and not isinstance(actual["value"], (list, tuple)):
                        # "revenue rose to $59.9bn, ahead of expectations of $58.4bn": the estimate is settled here,
                        # and an estimate the result differs from was wrong (whether beaten or missed)
                        settled_status = _settled(sent.text, actual["value"], value)
            elif subject and (statement[:3].lower() in ("of ", "for", "at ") or hindsight):
                statement = f"{predictor or 'Analysts'} expected {subject} {clause_text}"
        pronoun = r"^(?:It|They|The company|The firm|The lab)(?= (?:will|would|should|could|may|might|is going|plans|expects|won't))"
        # "It will release ..." -> "OpenAI will release ...": in "Nvidia said it would invest in OpenAI" the
        # pronoun is the company speaking, not the one the forecast is about
        owner = predictor if predictor and index.type_of(predictor) in ("Company", "Organization") and how == "verb" \
            else subject
        if re.match(pronoun, statement) and how != "verb" and clause.pos_ in ("VERB", "AUX"):
            # "The company will release GPT-6 in 2026": the firm the clause's own subject stands for, not GPT-6
            subj = subject_of(clause)
            named = index.entity_of(subj, {"Company", "Organization"}) if subj is not None else None
            owner = named.kb_id_ if named is not None else owner
        if owner and re.match(pronoun, statement) and index.type_of(owner):
            statement = re.sub(pronoun, owner, statement)
        passive_subj = next((c for c in token.children if c.dep_ == "nsubjpass"), None) if how == "verb" else None
        if passive_subj is None and how == "verb" and token.dep_ == "conj" and _passive_forecast(token):
            # "data centers consumed 4.4% ... and are expected to consume 12%": the subject they share
            passive_subj = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if passive_subj is not None and statement[:3] == "To " and passive_subj.lower_ not in ("it", "they", "this", "that"):
            # "Worldwide GenAI spending is expected to total $644 billion": the statement keeps what is expected
            sub = list(passive_subj.subtree)
            phrase = self.text[sub[0].idx:sub[-1].idx + len(sub[-1])]
            statement = f"{phrase[0].upper()}{phrase[1:]} to {statement[3:]}"
        elif subject and clause.dep_ == "conj" and statement[:3].lower() == "to " and index.type_of(subject):
            statement = f"{subject} to {statement[3:]}"  # "... and to reach customers" -> "Grepline-3 to reach customers"
        elif statement[:3] == "To " and token.pos_ in ("VERB", "AUX"):
            # "Nvidia plans to take a $5 billion stake in Intel" -> "Nvidia will take a $5 billion stake in Intel"
            own = next((index.entity_of(c, ACTORS | {"AIModel", "Product"}) for c in token.children if c.dep_ == "nsubj"), None)
            if own is not None:
                statement = f"{own.kb_id_} will {statement[3:]}"
        odds = ODDS_OF_RX.match(statement)
        if odds is not None:
            # "gives it even odds of releasing an open model before 2024" -> "Mistral AI will release an open model
            # before 2024": the event the odds are on, in the words of a forecast
            gerund = next((t for t in clause_tokens if t.text == odds.group("verb")), None)
            who = odds.group("who")
            if who.lower() in ("it", "them", "they") and subject:
                who = subject
            if gerund is not None:
                statement = f"{who[:1].upper()}{who[1:]} will {gerund.lemma_.lower()}{odds.group('rest')}"
        status, outcome = "open", None
        if settled_status is not None:
            status, outcome = settled_status, (start, end)
        elif how == "noun" and token.dep_ == "dobj" and token.head.lemma_.lower() in FIGURE_OUTCOMES:
            # "revenue of $26 billion, beating analysts' expectations of $24.59 billion": the figure is settled here
            status, outcome = FIGURE_OUTCOMES[token.head.lemma_.lower()], (start, end)
        elif token.dep_ == "advcl" and any(c.lower_ == "as" and c.dep_ == "mark" for c in token.children) \
                and not any(c.dep_ == "neg" for c in token.children):
            status, outcome = "confirmed", (start, end)
        past = token.tag_ == "VBD" or any(c.tag_ == "VBD" and c.dep_ in ("aux", "auxpass") for c in token.children)
        return {"predictor": predictor, "statement": statement, "subject": subject, "made_text": made_text, "past": past,
                "target_text": deadline, "status": status, "probability": probability, "value": value, "unit": unit,
                "start": start, "end": end, "outcome": outcome, "confidence": 0.7 if predictor is not None else 0.5,
                "clause": (c_start, c_end),
                "rule": f"prediction:{how}:{_lemma(token)}"}

    def _reported_tail(self, doc: Doc, c_end: int, a: int) -> bool:
        """Whether the words between a clause and a time expression after it start another clause
        ('..., he said in 2024', '...; in 2027 it will ...'), so the time is not the clause's deadline."""
        between = self.text[c_end:a]
        if re.search(r"[;:\u2014]|\b(?:said|says|told|tells|wrote|according|added|and|but|while|after|when|since|as|"
                     r"which|who|that)\b", between, re.I):
            return True
        return any(t.pos_ in ("VERB", "AUX") for t in doc[_token_index(doc, c_end):_token_index(doc, a)] if c_end <= t.idx < a)

    def _firm_future(self, clause: Token, clause_tokens: List[Token], predictor: Optional[str]) -> bool:
        """A named forecaster's plain 'will' about a concrete thing ('the money will be used to add
        computing capacity') is trackable even without a name or a figure in it; 'that will change',
        'it could take time' are not."""
        if predictor is None or len(clause_tokens) < 4:
            return False
        firm = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "would", "wo", "could", "may", "might")
                   for c in clause.children) or (clause.lemma_ == "be" and bool(self.future_rx.search(
                       " ".join(t.text for t in clause_tokens))))  # "AI is likely to generate ..."
        # "AI is going to replace half of all white-collar workers": "going to" is a plain "will"
        firm = firm or (clause.lower_ == "going" and any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in clause.children))
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if firm and subj is not None and subj.lower_ in ("it", "they", "we") and len(clause_tokens) >= 7 \
                and any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "would", "wo") for c in clause.children):
            return True  # "Google said it would spend more on data centers to meet demand": its own plan
        if firm and subj is not None and subj.lemma_.lower() in METRIC_NOUNS:
            return True  # "Amy Hood said capital expenditures will increase sequentially": guidance on a company's figure
        return firm and subj is not None and subj.pos_ in ("NOUN", "PROPN") and len(clause_tokens) >= 6

    def _analysts_employer(self, firm: str) -> bool:
        """'Analysts at Morgan Stanley wrote that they expect supply constraints to persist': a firm met through
        its analysts forecasts about the company in play, not about itself."""
        name = re.escape(firm)
        return re.search(rf"\b(?:analysts?|strategists?|economists?) (?:at|from|with) {name}\b|\b{name}(?:['\u2019]s)? "
                         rf"(?:\w+ )?(?:analysts?|strategists?|economists?)\b", self.text, re.I) is not None

    @staticmethod
    def _scene_time(previous: Span) -> Optional[str]:
        """'In June 2023, ... Quarrystone told clients ... . The firm predicted ...': a past-tense
        prediction without its own date happened when the sentence before says."""
        for start, _end, expr in find_time_expressions(previous.text):
            if start < 40 and not re.match(r"(?:by|before|within|until)\b", expr, re.I):
                return expr
        return None

    @staticmethod
    def _attached_to(doc: Doc, char: int, anchor: Token) -> bool:
        """A time expression belongs to the anchor ('predicted in 2023', 'two years ago, she said')."""
        span = doc.char_span(char, char + 1, alignment_mode="expand")
        if span is None:
            return False
        token = span[0]
        for a in token.ancestors:  # "..., which Google announced in February": a relative clause's own time
            if a == anchor:
                return True
            if a.dep_ == "acl" and a.tag_ == "VBN" and a.head == anchor and a.lemma_.lower() in ("make", "set", "issue", "give",
                                                                                             "offer", "publish", "put"):
                return True  # "Her call, made last spring, was that ...": when the forecast itself was made
            if a.dep_ in ("relcl", "acl") and a.pos_ in ("VERB", "AUX"):
                return False
        return abs(token.i - anchor.i) <= 3

    def _subject(self, clause: Token, clause_tokens: List[Token], predictor: Optional[str], index: EntityIndex,
                 sent: Span) -> Optional[str]:
        kinds = {"Company", "Organization", "AIModel", "Product", "Person", "Benchmark"}
        if clause.head.dep_ == "acl" and clause.head.tag_ == "VBN" and clause.head.head.i < clause.head.i:
            # "AWS will begin supplying OpenAI, with all capacity expected to come online by 2026": about AWS
            named = next((index.at[t.i] for t in clause.head.head.subtree if t.i in index.at
                          and index.at[t.i].label_ in kinds and index.at[t.i].kb_id_ != predictor), None)
            main = subject_of(sent.root)
            named = named or (index.entity_of(main, kinds) if main is not None else None)
            if named is not None:
                return named.kb_id_
        subj = clause if clause.dep_ == "dobj" else subject_of(clause)
        shared = clause.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        # "Delphine Marchais of Quaytide Research had told clients that the startup would ...": the startup is
        # not the analyst's own firm
        employers = set()
        for span in index.spans:
            if span.start >= sent.end:
                break
            if span.label_ == "Person" and span.kb_id_ == predictor:
                for t in sent.doc[span.end:min(span.sent.end - 1, span.end + 8)]:
                    if t.lower_ in ("of", "at", "with") and (t.i + 1) in index.at and \
                            index.at[t.i + 1].label_ in ("Company", "Organization"):
                        employers.add(index.at[t.i + 1].kb_id_)
                        break
        trailing = _trailing_source(sent, index)
        if trailing is not None and index.type_of(trailing[0]) == "Person":
            # "..., Goldman Sachs economists Joseph Briggs write": the source's firm
            employers |= {m.kb_id_ for m in index.mentions if trailing[1] < m.start_char < sent.end_char
                          and m.label_ in ("Company", "Organization")}
        if subj is not None and subj.lower_ in ("we", "our", "us") and len(employers) == 1 and re.search(
                r"\b(?:CEO|CFO|CTO|COO|chief|founder|co-founder|president|chair(?:man|woman)?|executive|head)\b",
                self._sentence_text(clause), re.I):
            # '"We should exceed one billion ...," said Arthur Mensch, CEO of Mistral AI': an executive's "we" is
            # the company (an analyst's "we" is her firm's model, not what the forecast is about)
            return next(iter(employers))
        # "Nvidia is expected to report revenue of ...": the passive forecast's subject is the clause's own
        raised = subj is not None and subj.dep_ == "nsubjpass" and clause.dep_ == "xcomp" and subj.head == clause.head
        # "Pichai said the company expects to invest about $75 billion": who expects to do it is who will ("He added
        # that Meta aims to bring a gigawatt online": Meta will)
        controlled = subj is not None and subj.dep_ == "nsubj" and clause.dep_ == "xcomp" and subj.head == clause.head \
            and (subj.i in index.at or subj.lower_ in ("company", "firm", "group", "it", "we", "startup", "start-up",
                                                       "lab", "chipmaker", "business"))
        if subj is not None and (clause_tokens[0].i <= subj.i <= clause_tokens[-1].i or shared or raised or controlled):
            # "... and to reach customers in 2026": a second infinitive shares the first one's subject
            ent = index.entity_of(subj, kinds, avoid=employers) if subj.i not in index.at else index.entity_of(subj, kinds)
            if ent is not None and ent.kb_id_ != predictor:
                return ent.kb_id_
        for t in clause_tokens:
            ent = index.at.get(t.i)
            if ent is not None and ent.kb_id_ != predictor and ent.kb_id_ not in self.pollsters \
                    and ent.kb_id_ not in NEWS_OUTLETS:  # "..., according to documents obtained by The Wall Street Journal"
                return ent.kb_id_
        if predictor and predictor != AUTHOR and index.type_of(predictor) in ("Company", "Organization") \
                and predictor not in self.pollsters | self.brokers and not self._analysts_employer(predictor):
            return predictor  # "Meta expects ...": its own figure; a pollster's consensus is about another company
        # (nor the brokers whose price targets the story lists: "Harwood Lyle raised its price target")
        targeters = {c["subject"] for c in sent.doc._.kg_claims or [] if c.get("relation") == "price_target"}
        avoid = ([predictor] if predictor else []) + sorted(employers | self.pollsters | self.brokers | targeters)
        company = index.salient_before(sent.start, {"Company", "Organization"}, sentences=3, exclude=avoid) or \
            index.title_entity({"Company"}, exclude=avoid)  # else the company the headline names
        if company is not None:
            return company.kb_id_
        for t in clause_tokens:
            if t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass", "dobj")):
                return t.text if t.pos_ == "PROPN" else t.lemma_
        return None

    def _from_claims(self, doc: Doc, index: EntityIndex, taken: Set[int], own_taken: Set[int],
                     told: Set[tuple]) -> List[dict]:
        """Company guidance ('expects capex of $60-65 billion this year') and analysts' price
        targets are forecasts too: the claim rules found them, here they become predictions.
        A sentence already holding a forecast keeps it alone, except that guidance stands beside
        the analysts' consensus ("Meta's revenue forecast is between $36.5 billion and $39 billion,
        above analysts' estimates of $38.3 billion": two forecasts, by two forecasters)."""
        out = []
        published = doc.user_data.get(DATE_KEY)
        for claim in doc._.kg_claims or []:
            guidance = claim["kind"] == "financial" and (claim["modality"] == "expected" or (
                claim["modality"] == "asserted" and _not_over(claim.get("time_text"), published)))
            if claim["start"] in (own_taken if guidance else taken) or (claim["start"], _value_key(claim.get("value"))) in told:
                continue  # (the same figure already forecast: "X is expected to report revenue of $2.9 billion")
            speaker = self._spokesperson(doc, index, claim) if claim["kind"] == "financial" and guidance else None
            if guidance and claim.get("asserted_by") in (None, claim["subject"], speaker):
                statement = f"{claim['subject']} {claim.get('relation') or 'figure'} of {_money_text(claim)}"
                out.append(self._from_claim(claim, speaker or claim["subject"], claim["subject"], statement,
                                            "prediction:guidance"))
            elif claim.get("rule") == "market:price_target:consensus":
                # "The median price target of the 53 analysts covering Nvidia's stock is $625": the analysts'
                # consensus, made by nobody in particular
                statement = f"{claim['subject']} shares will reach {_money_text(claim)}"
                out.append(self._from_claim(claim, None, claim["subject"], statement, "prediction:price-target:consensus"))
            elif claim["kind"] == "market" and claim.get("relation") == "price_target" and claim.get("object"):
                # the analyst named in the sentence itself, else the one the reader has in mind
                here = [m for m in index.mentions if m.label_ == "Person" and claim["start"] <= m.start_char < claim["end"]]
                analyst = here[0] if here else \
                    index.salient_before(_token_index(doc, claim["start"]) + 1, {"Person"}, sentences=1)
                if analyst is not None and not here and not any(
                        m.kb_id_ == claim["subject"] and m.sent.start == analyst.sent.start for m in index.mentions):
                    analyst = None  # "X analyst Keziah Marlowe raised her target ... Pemberton Oake went the other way"
                who = analyst.kb_id_ if analyst is not None and analyst.start >= _token_index(doc, claim["start"]) - 60 \
                    else claim["subject"]
                statement = f"{claim['object']} shares will reach {_money_text(claim)}"
                out.append(self._from_claim(claim, who, claim["object"], statement, "prediction:price-target"))
        parts: Dict[tuple, List[str]] = {}
        for prediction in out:  # "$17 billion in 2026, $35 billion in 2027 and $45 billion in 2028": one forecast each
            key = (prediction["start"], prediction["predictor"], prediction["subject"])
            years = parts.setdefault(key, [])
            when = prediction["target_text"]
            if when is not None and re.search(r"(?:19|20)\d\d", when) and when not in years:
                years.append(when)
            prediction["part"] = max(0, len(years) - 1) if when in years else 0
        return out

    @staticmethod
    def _spokesperson(doc: Doc, index: EntityIndex, claim: dict) -> Optional[str]:
        """'Chief Executive Mark Zuckerberg called 2025 "the defining year of AI," saying the tech giant plans to
        invest $60 billion to $65 billion': the person who gives the company's guidance makes the forecast."""
        for m in index.mentions:
            if m.label_ != "Person" or not claim["start"] <= m.start_char < claim["end"]:
                continue
            subj = m.root.head if m.root.dep_ == "appos" else m.root  # "Meta Platforms Chief Executive Mark Zuckerberg"
            verb = subj.head if subj.dep_ == "nsubj" else None
            if verb is None or verb.i < m.root.i:
                continue
            if verb.lemma_.lower() in REPORTING_VERBS | {"call", "tell", "guide", "forecast", "project", "expect"} and (
                    verb.lemma_.lower() != "call" or any(c.dep_ == "advcl" and c.lemma_ == "say" for c in verb.children)):
                return m.kb_id_
        return None

    @staticmethod
    def _from_claim(claim: dict, predictor: str, subject: str, statement: str, rule: str) -> dict:
        return {"predictor": predictor, "statement": statement, "subject": subject, "made_text": None,
                "target_text": claim.get("time_text"), "status": "open", "probability": None,
                "value": claim["value"], "unit": claim["unit"], "start": claim["start"], "end": claim["end"],
                "outcome": None, "confidence": 0.55, "rule": rule}

    def _outcome(self, prediction: dict, sent: Span, following: List[Span]) -> None:
        """Look for the outcome in the sentence itself and the next two."""
        if prediction["status"] != "open":
            return
        for candidate in [sent, *following]:
            text = candidate.text
            if candidate != sent and not re.search(
                    r"\b(?:forecast|prediction|predicted|call|estimate|bet|expectation|projection|deadline|she|he|they|it|his|her|"
                    r"their)\b", text, re.I):
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


ANALYST_NOUNS = ANALYST_ROLES | {"strategists", "economists", "researcher"}


def _pieces(made: dict, figures: list, text: str, mark_split: bool) -> List[dict]:
    """One forecast per figure, each with the period told after it; the pieces after the first name their
    figure in the statement (and, with ``mark_split``, are marked as split off a whole forecast)."""
    times = find_time_expressions(text)
    out = []
    for n, q in enumerate(figures):
        end = figures[n + 1].start if n + 1 < len(figures) else len(text)
        own = next((expr for a, _b, expr in times if q.end <= a < end and (
            PERIOD_RX.match(expr) or (re.fullmatch(r"(?:19|20)\d\d", expr) and re.search(
                r"\b(?:in|for|by|during)\s+(?:the\s+)?(?:fiscal\s+)?$", text[max(q.end, a - 25):a])))), None)
        piece = dict(made, value=q.value, unit=q.unit, target_text=own or made["target_text"])
        if n:
            piece["statement"] = f"{made['statement']} ({q.text}{' ' + own if own else ''})"
            if mark_split:
                piece["split"] = True
        out.append(piece)
    return out


class _Matched:
    """A stand-in for a match that ends where the figure does (an expectation told before its figure)."""

    def __init__(self, end: int):
        self._end = end

    def end(self) -> int:
        return self._end


def _analysts_firm(index: EntityIndex, sent: Span) -> Optional[Span]:
    """The firm of an analyst named in the two sentences before: "Wolfe Research analyst Chris Caso",
    "Chris Caso, an analyst at Wolfe Research", "Chris Caso of Wolfe Research"."""
    number = index.sentence_number(sent.start)
    if number <= 0:
        return None
    first = index.sents[max(0, number - 2)].start
    doc = sent.doc
    found = None
    for span in index.spans:
        if span.start >= sent.start:
            break
        if span.start < first or span.label_ not in ("Company", "Organization"):
            continue
        after = doc[span.end].lower_ if span.end < len(doc) else ""
        before = [t.lower_ for t in doc[max(0, span.start - 3):span.start]]
        person_before = span.start >= 2 and (span.start - 2) in index.at and index.at[span.start - 2].label_ == "Person"
        if before[-1:] in (["'s"], ["\u2019s"]) and (span.start - 2) in index.at:
            continue  # "Morgan Stanley's Alibaba analyst team": Alibaba is the company they cover
        if after in ANALYST_NOUNS or (before[-1:] in (["at"], ["of"]) and (person_before or set(before) & ANALYST_NOUNS)):
            found = span
    return found


def _value_key(value):
    return tuple(value) if isinstance(value, (list, tuple)) else value


def _ratio(a: float, b) -> float:
    """How far apart two positive figures are in magnitude (0 when equal); for picking the result an estimate is of."""
    if not isinstance(b, (int, float)) or b <= 0:
        return 0.0
    return abs(math.log(a / b))


def _settled(sentence: str, actual: float, expected: float) -> str:
    """What a reported figure says of the estimate beside it: "in line with" or the same figure confirms
    it; any other figure ("ahead of", "a whisker above", "missing") refutes it."""
    if IN_LINE_RX.search(sentence):
        return "confirmed"
    return "confirmed" if abs(actual - expected) <= 1e-6 * max(abs(expected), 1.0) else "refuted"


def _is_figure(token: Token) -> bool:
    """A number that is not a year: "58.4", "58.4bn", "US$5.72bil" (which ``like_num`` misses), not "2026"."""
    if re.fullmatch(r"(?:19|20)\d\d", token.text):
        return False
    return token.like_num or re.fullmatch(r"(?:US|C|A|HK|NT)?[$€£¥]?\d[\d,.]*(?:bn|b|m|mn|bil|mil|tn|k)", token.text, re.I) is not None


def _sentence_quote(quotes: List[Quote], sent: Span) -> Optional[Quote]:
    """The quote a sentence opens (its first character may be the quotation mark, or a space before it)."""
    return speaker_at(quotes, sent.start_char) or speaker_at(quotes, trimmed_bounds(sent)[0] + 1)


def _cited(token: Token, index: EntityIndex) -> Optional[str]:
    """The firm or person a reporting verb cites ("..., CNBC reported, citing work by Piper Sandler analysts")."""
    citing = next((c for c in token.children if c.lower_ == "citing" and c.i > token.i), None)
    obj = next((c for c in citing.children if c.dep_ == "dobj"), None) if citing is not None else None
    if obj is None:
        return None
    # the work cited, or who it is by ("work by Piper Sandler analysts"); not what it is about ("an analysis of
    # OpenAI financial documents")
    heads = [obj] + [g for c in [*obj.children, *citing.children] if c.dep_ == "prep" and c.lower_ in ("by", "from", "at")
                     for g in c.children if g.dep_ == "pobj"]
    for head in heads:
        for t in [head, *head.children]:
            if t.i in index.at and index.at[t.i].label_ in ACTORS and (t == head or t.dep_ in ("compound", "poss", "nmod")):
                return index.at[t.i].kb_id_
    return None


def _passive_forecast(token: Token) -> bool:
    """'... are expected to consume': a forecast verb in the passive, with no forecaster of its own."""
    return any(c.dep_ == "auxpass" for c in token.children)


def _in_a_name(doc: Doc, index: EntityIndex, start: int, end: int) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(t.i in index.at and index.at[t.i].label_ in ("Benchmark", "AIModel", "Product")
                                    for t in span)


# what a firm does by its own plan ("ASML will also partner with Mistral", "Meta is going to invest"), not what
# happens to it or how it compares ("ZT Systems will join AMD's group", "Microsoft is going to outspend its rivals")
METRIC_NOUNS = frozenset("""revenue sales capex expenditure spending margin profit earnings income demand growth cost
expense shipment bookings backlog investment""".split())
OWN_PLAN_VERBS = frozenset("""invest partner launch release build open spend hire acquire buy ship introduce expand
deploy integrate debut unveil offer start begin roll construct train develop""".split())
# what a model or product does when it comes out ("will ship", "will be released", "will arrive")
ARRIVAL_VERBS = frozenset("ship arrive debut launch release roll come integrate".split())


REPORT_LEAD_RX = re.compile(r"(?:\baccording to (?:an? |the )?(?:[\w-]+ ){0,4}(?:report|research|study|survey|forecast|"
                            r"analysis|outlook|data)s? (?:by|from) (?:the )?$|\baccording to (?:the )?$|"
                            # "..., the latest forecast from IDC indicated"
                            r"\b(?:the|a|an) (?:latest |new |recent |most recent |annual |quarterly )?(?:[\w-]+ ){0,2}"
                            r"(?:report|study|survey|forecast|analysis|outlook|projections?|estimates) (?:by|from) (?:the )?$)", re.I)
REPORT_POSS_RX = re.compile(r"^['\u2019]s? (?:latest |new |recent |most recent |annual |quarterly )?(?:[\w-]+ ){0,2}(?:investigations?|"
                            r"research|report|study|survey|forecast|analysis|outlook|estimates?|projections?)\b", re.I)


def _research_finds(token: Token) -> bool:
    """'New research by Goldman Sachs has found AI could displace ...': what a study finds about the future
    is its authors' forecast (what a person "found" is not)."""
    subj = subject_of(token)
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    return subj is not None and subj.lemma_.lower() in REPORT_NOUNS and clause is not None and any(
        c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in clause.children)  # (not "finds X is expected to")


def _misparsed_by(token: Token, index: EntityIndex) -> Optional[Span]:
    """Who a forecasting verb the parser took for a noun belongs to: the name right before it ("The IEA
    projects ...") or the owner of the report right before it ("Morgan Stanley's latest update projects that
    ...", "Gartner's new forecast estimates ...")."""
    named = index.at.get(token.i - 1)
    if named is not None and named.end == token.i and named.label_ in ACTORS:
        return named
    doc = token.doc
    if token.i == 0 or doc[token.i - 1].lemma_.lower() not in REPORT_NOUNS | {"update", "memo", "model"}:
        return None
    for k in range(token.i - 2, max(token.sent.start, token.i - 6) - 1, -1):
        if doc[k].tag_ == "POS" and (k - 1) in index.at and index.at[k - 1].label_ in ACTORS:
            return index.at[k - 1]  # "Morgan Stanley's latest update"
        if doc[k].pos_ not in ("ADJ", "NOUN", "PROPN", "DET", "PART") and doc[k].tag_ != "POS":
            return None
    return None


def _report_owner(index: EntityIndex, text: str) -> Optional[str]:
    """The research firm whose report a story passes on, when its lead says so ("According to a recently
    published report by Dell'Oro Group, ...", "TrendForce's latest investigations reveal ...", "Global
    spending on AI is set to reach $1.5 trillion in 2025, according to Gartner"): its unattributed
    forecasts in the story are the report's."""
    sents = [s for s in index.sents[:4] if s.text.strip()][:2]  # (a leading blank line is no sentence of the lead)
    if not sents:
        return None
    end = sents[-1].end
    for span in index.spans:
        if span.start >= end:
            break
        if span.label_ not in ("Company", "Organization") or span.kb_id_ in NEWS_OUTLETS:
            continue  # (an outlet's scoop is no forecast of the outlet's)
        before = text[max(sents[0].start_char, span.start_char - 80):span.start_char]
        after = text[span.end_char:span.end_char + 40]
        if REPORT_LEAD_RX.search(before) or REPORT_POSS_RX.match(after):
            return span.kb_id_
    return None


REPORT_SAID_RX = re.compile(r"[\s,]*(?:said|says|according to|noted|notes|added|adds|wrote|writes)\s+the\s+(?:new\s+|latest\s+)?"
                            r"(?:report|study|forecast|survey|analysis|research)\b", re.I)
OPEN_QUESTION_RX = re.compile(r"^(?:but\s+|and\s+)?(?:only\s+)?time will tell\b|^(?:but\s+)?(?:it|that|this) (?:still\s+)?remains to be "
                              r"seen\b|^(?:but\s+)?whether\b[^,]{0,80}\bremains to be seen\b", re.I)
TRAILING_VERB_RX = re.compile(r"\s(?:says|said|say|writes|wrote|write|adds|added|notes|noted|argues|argued|argue|"
                              r"warns|warned|warn|estimates|estimated|estimate|predicts|predicted|believes|believed|"
                              r"believe|told\s+\S+(?:\s+\S+)?)(?:\s+(?:in|on|at|to|during)\s[^,;.\"$\d]{0,40}|"
                              r"\s+(?:last|this|earlier|on)\s+\w+(?:\s+\w+)?)?[.!]?\s*$")


def _trailing_source(sent: Span, index: EntityIndex) -> Optional[Tuple[str, int]]:
    """A source named at the end of a sentence told with no quotation marks ("AI could expose 300 million
    jobs, Goldman Sachs economists Joseph Briggs and Devesh Kodnani write in a report", "..., Kash Rangan,
    senior analyst at Goldman Sachs Research, writes"): (the person, else the organization, where the
    attribution starts)."""
    cache = sent.doc.user_data.setdefault("kg_trailing_source", {})
    if sent.start not in cache:
        cache[sent.start] = _find_trailing_source(sent, index)
    return cache[sent.start]


def _find_trailing_source(sent: Span, index: EntityIndex) -> Optional[Tuple[str, int]]:
    text = doc_text(sent.doc)[sent.start_char:sent.end_char]
    verb = TRAILING_VERB_RX.search(text)
    if verb is None or '"' in text:
        return None
    commas = [m.start() for m in re.finditer(r",", text[:verb.start()])]
    for comma in reversed(commas[-3:]):
        who = text[comma + 1:verb.start()]
        if len(who.split()) > 16:
            break
        a = sent.start_char + comma + 1
        spans = [m for m in index.mentions if a <= m.start_char < sent.start_char + verb.start() and m.label_ in ACTORS]
        if not spans or len(doc_text(sent.doc)[a:spans[0].start_char].split()) > 4:
            continue  # the attribution starts with its source ("Goldman Sachs economists Joseph Briggs ...")
        person = next((m for m in spans if m.label_ == "Person"), spans[0])
        return person.kb_id_, a - 1
    return None


def _scheduled(root: Token) -> bool:
    """'AI services are set to grow steadily', 'PCs are poised to contribute': what is set to happen."""
    return root.lemma_ in ("set", "poise") and any(c.dep_ in ("auxpass", "aux") and c.lemma_ == "be" for c in root.children) \
        and any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in root.children)


# "is confident that ...": a belief about what will happen, as good as "believes"
CONFIDENT_WORDS = frozenset({"confident", "sure", "certain", "convinced", "optimistic", "hopeful", "adamant", "positive"})


def _lemma(token: Token) -> str:
    """The token's lemma, lower-cased, mended where the lemmatiser errs ("hopes" is not "hop")."""
    return "hope" if token.lower_ in ("hope", "hopes", "hoped", "hoping") else token.lemma_.lower()


def _not_over(time_text: Optional[str], published: Optional[str]) -> bool:
    """'has earmarked 150 billion yuan for capital expenditure this year', written in March: a figure for a period
    not over when written is a plan, not a result."""
    if not time_text or not published or not re.match(r"(?:for\s+|in\s+)?(?:this|the current|next|the coming)\s+(?:fiscal\s+)?(?:year|quarter|half)\b|"
                                                       r"(?:for|in)\s+(?:fiscal\s+)?20\d\d\b",
                                                       time_text.strip(), re.I):
        return False  # (a bare month, "in March", is the last one when a figure is told as done)
    when = resolve(time_text, dt.date.fromisoformat(published))
    return when is not None and when >= published[:len(when)]


def _past_speculation(head: Token) -> bool:
    """'OpenAI may have used a more capable scaffold', 'could have been trained on': a guess about the past,
    not a forecast ('will have dropped off by mid-2026' still is one)."""
    modals = [c.lower_ for c in head.children if c.dep_ == "aux"]
    return "have" in modals and not any(m in ("will", "'ll", "shall") for m in modals) and head.tag_ == "VBN"


FACILITY_NOUNS = frozenset("phase hall campus site cluster facility plant fab factory building expansion data-centre "
                           "datacenter supercomputer".split())


def _timetabled(root: Token) -> bool:
    """'The B200 is scheduled to ship in the third quarter', 'is slated for release in 2026', 'is planned for
    the first half of next year', 'is due in March': a date something is down for, in the present tense (not
    'was scheduled to ship in March but slipped')."""
    present = any(c.dep_ in ("auxpass", "aux", "ROOT") and c.lower_ in ("is", "are", "'s", "'re", "remains", "remain")
                  for c in [root, *root.children])
    # "Musk said Grok 3 was due to launch in December": told in reported speech, the past is the speaker's present
    reported = root.dep_ == "ccomp" and root.head.lemma_.lower() in ("say", "tell", "state", "claim", "insist", "add") and \
        any(c.lower_ in ("was", "were") and (c == root or c.dep_ in ("auxpass", "aux")) for c in [root, *root.children])
    if not (present or reported):
        return False
    if (root.lemma_ in ("schedule", "plan") or root.lower_ == "slated") and root.tag_ == "VBN":
        return any(c.dep_ == "xcomp" and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
                   or (c.dep_ == "prep" and c.lower_ in ("for", "in")) for c in root.children)
    if root.lemma_ == "be":
        due = next((c for c in root.children if c.dep_ == "acomp" and c.lower_ == "due"), None)
        # ("The delay is due to uncertainty about ...": a cause, not a date)
        return due is not None and any((c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")) or
                                       (c.dep_ == "prep" and c.lower_ in ("in", "by", "for", "before"))
                                       for c in [*due.children, *root.children])
    return False


def _maker(name: str, index: EntityIndex, doc: Doc) -> Optional[str]:
    """Who makes a model or product: the name list's word, else the story's own launch of it or of the
    model it is a version of ("Velmora released Osprine-3 ... Osprine-3 Lite will be available soon")."""
    maker = index.maker_of(name)
    if maker is not None:
        return maker
    family = (index.info.get(name) or {}).get("version_of")
    launches = [c for c in doc._.kg_claims or [] if c["kind"] == "launch" and c.get("object")]
    for claim in launches:
        made = claim["object"]
        if made in (name, family) or name.startswith(made + " "):
            return claim["subject"]
    # "released the Corvel X1 in 2024. The Corvel X2 is due in March": the next of a series is its maker's too
    stem = re.split(r"[\s-]", name)[0]
    if len(stem) >= 3 and stem[0].isupper() and (" " in name or "-" in name):
        makers = {c["subject"] for c in launches if re.split(r"[\s-]", c["object"])[0] == stem and c["object"] != name}
        if len(makers) == 1:
            return makers.pop()
    return None


def _inside(token: Token, clause: Token) -> bool:
    return clause.left_edge.i <= token.i <= clause.right_edge.i and token != clause


def _token_index(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else 0


def _money_text(claim: dict) -> str:
    value, unit = claim["value"], claim["unit"] or ""
    if isinstance(value, (list, tuple)):
        return f"{_short(value[0])}-{_short(value[1])} {unit}".strip()
    return f"{_short(value)} {unit}".strip() if value is not None else "an unstated figure"


def _short(value: float) -> str:
    """A figure in words a reader expects.

    >>> _short(72000000000.0), _short(950.0)
    ('72 billion', '950')
    """
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:.4g} {word}"
    return f"{value:.6g}"


FROM_CLAIMS = ("prediction:guidance", "prediction:price-target")  # predictions made from a claim keep it


def _maker_or_unknown(model: str, predictor: Optional[str], index: EntityIndex) -> Optional[str]:
    """The maker of a model; for a new model no list knows, a company forecasting its figures is taken to
    make it ("Ilvermark expects to train Ondrel-3 on roughly 3 x 10^25 FLOP")."""
    maker = index.maker_of(model)
    if maker is None and predictor is not None and index.type_of(model) == "AIModel" \
            and not (index.info.get(model) or {}).get("listed") and index.type_of(predictor) == "Company":
        return predictor
    return maker


def _without_forecasts(claims: List[dict], predictions: List[dict], index: EntityIndex) -> List[dict]:
    """A sentence that states a forecast is a prediction, not also a statement; and a figure in
    someone else's forecast ("She expects Meta's capex to top $100 billion") is not a reported
    fact about Meta. A company's own guidance stays a claim (and a prediction), also when its chief tells it ("He
    added that Meta aims to bring a gigawatt online in 2025")."""
    by_sentence: Dict[int, List[dict]] = {}
    for p in predictions:
        by_sentence.setdefault(p["start"], []).append(p)
    kept = []
    for claim in claims:
        here = by_sentence.get(claim["start"])
        if here and claim["kind"] == "statement":
            continue
        own_plan = here and claim["subject"] and re.search(rf"(?<![\w-]){re.escape(claim['subject'])}(?:'s|\u2019s)?\s+(?:aims|plans|intends|"
                                                  rf"expects|is (?:aiming|planning|preparing))\s+to\b",
                                                  doc_text(index.doc)[claim["start"]:claim["end"]])
        if here and claim["kind"] in ("financial", "market", "benchmark_score", "compute") and not own_plan and \
                claim["modality"] in ("expected", "hedged") and all(
                p["predictor"] not in (claim["subject"], _maker_or_unknown(claim["subject"], p["predictor"], index))
                and p.get("rule") not in FROM_CLAIMS and p.get("status", "open") == "open" for p in here):
            continue
        if here and claim["kind"] in ("financial", "compute") and claim["modality"] in ("expected", "hedged") and \
                MARKET_SCOPE_RX.search(doc_text(index.doc)[claim["start"]:claim["end"]]):
            continue  # "IDC expects worldwide GenAI spending to reach $202 billion": a forecast of a market, not IDC's figure
        if here and claim["kind"] == "financial" and claim.get("value") is not None and any(
                p.get("rule") == "prediction:expected-figure" and p.get("value") == claim["value"] for p in here):
            continue  # "slightly above the 8 trillion won average forecast by LSEG": the analysts' number
        if here and claim["kind"] == "comparison" and claim.get("object") in {p.get("pollster") for p in here}:
            continue  # ... and LSEG, who counts the analysts, is nobody the company beat
        if here and claim["kind"] == "financial" and claim.get("value") is not None and not own_plan and any(
                p.get("value") == claim["value"] and p.get("rule") not in FROM_CLAIMS and p.get("status", "open") == "open"
                and p["predictor"] not in (claim["subject"], index.maker_of(claim["subject"])) for p in here):
            continue  # "He puts the chance that Amazon's capex ends above $110 billion at 65%": his number
        if claim["kind"] == "launch" and claim["modality"] in ("expected", "hedged"):
            continue  # "OpenAI is reportedly set to release an agent this month": a plan, not a launch
        if here and claim["kind"] == "launch" and not claim.get("told_as_past") and (claim["modality"] in ("expected", "hedged") or any(
                p.get("status", "open") == "open" and p["predictor"] not in (None, claim["subject"]) for p in here)):
            continue  # "She predicted that Microsoft would ship ...": a forecast launch, not a launch
        kept.append(claim)
    return kept


def _statement(text: str) -> str:
    """A compact paraphrase of the predicted clause.

    >>> _statement("that OpenAI would release an open-weights model before the end of 2025.")
    'OpenAI will release an open-weights model before the end of 2025'
    >>> _statement('Google ships a model that tops Chatbot Arena by mid-2025," she said')
    'Google ships a model that tops Chatbot Arena by mid-2025'
    >>> _statement('Google ships a model by mid-2025,\u201d she said, pointing to Gemini')
    'Google ships a model by mid-2025'
    >>> _statement('Lummo-3, she says, will ship in the second half of 2026.')
    'Lummo-3 will ship in the second half of 2026'
    """
    text = re.sub(r"\s+", " ", text).strip()
    # a parenthetical source in mid-clause ("Lummo-3, she says, will ship ..."), not the tail that ends a quote
    text = re.sub(r",\s+(?:he|she|they|it|[A-Z][\w'-]+(?: [A-Z][\w'-]+)?|the (?:company|agency|firm|lab|analysts?|bank))\s+"
                  r"(?:says|said|estimates|estimated|believes|thinks|argues|argued|expects|reckons|predicts|predicted)\s*,\s+"
                  r"(?=\S)", " ", text)
    text = re.sub(r"[,.]?[\"\u201d]?,?[\"\u201d]?\s+(?:he|she|they|it|[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)\s+"
                  r"(?:said|says|added|wrote|argued|told \w+)\b.*$", "", text)
    text = text.strip(",;:.\"'\u201c\u201d\u2018\u2019")
    text = re.sub(r"^(?:that|whether)\s+", "", text, flags=re.I)
    text = re.sub(r"\bwould\b", "will", text)
    return text[:1].upper() + text[1:] if text[:1].islower() and not text.startswith(("o1", "o3", "o4", "gpt")) else text


ODDS_AFTER_RX = re.compile(r"(?:^|[.;:]\s+)(?:call it|put it at|i put it at|i'd put it at|i would put it at|i'd say|"
                           r"i would say|odds:|probability:)\s+(?:about\s+|roughly\s+)?(\d{1,3})\s?(?:%|percent|per cent)", re.I)


def _odds_after(sent: Span, following: List[Span]) -> Optional[float]:
    """'Call it 80 percent.' right after a forecast (in the same sentence's tail or the next one)."""
    for candidate in [sent, *following]:
        m = ODDS_AFTER_RX.search(candidate.text.strip())
        if m and 0 <= int(m.group(1)) <= 100:
            return int(m.group(1)) / 100
    return None


def _probability(text: str) -> Optional[float]:
    """A stated probability, as a number in [0, 1].

    >>> _probability("She puts a 70% chance on it"), _probability("odds of 3 in 4 chance"), _probability("no")
    (0.7, 0.75, None)
    >>> _probability("I put the chance of that at about 25%")
    0.25
    >>> _probability("puts the odds of a listing before 2027 at one in three"), _probability("a one-in-four chance")
    (0.3333, 0.25)
    >>> _probability("gives it even odds"), _probability("about a 2 in 10 chance")
    (0.5, 0.2)
    """
    m = PROBABILITY_RX.search(text) if _PROBABILITY_WORD.search(text) else None
    if not m:
        return None
    number = m.group("p") or m.group("q") or m.group("r") or m.group("s") or m.group("t")
    if number:
        value = float(number) / 100
        return value if 0 <= value <= 1 else None
    if m.group("even"):
        return 0.5
    a, b = (m.group("a") or m.group("c")).lower(), (m.group("b") or m.group("d")).lower()
    a_n = SMALL.get(a, int(a) if a.isdigit() else None)
    b_n = SMALL.get(b, int(b) if b.isdigit() else None)
    if a_n and b_n and a_n <= b_n:
        return round(a_n / b_n, 4)
    return None
