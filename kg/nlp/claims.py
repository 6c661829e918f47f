"""The ``kg_claims`` component: typed claims from each sentence.

Kinds: benchmark_score, comparison, launch, compute, financial, market. Each rule starts
from something cheap to find (a number with a unit, a trigger lemma from
``patterns/triggers.json``) and reads the dependency parse to find the claim's arguments
among the entities of ``kg_entities``. Every claim is then qualified: polarity, modality,
who asserts it, whether the figure is first-party, and the time it is about.

Results go to ``doc._.kg_claims``: a list of plain dicts (entity names, character offsets,
numbers), which :mod:`kg.extract` turns into :class:`kg.records.Claim` records.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence, Set, Tuple

from spacy.tokens import Doc, Span, Token

from .text import doc_text, paragraph_start
from .numbers import Quantity, find_quantities, is_year
from .syntax import (ACTORS, ANALYST_ROLES, GENERIC_NOUNS, NEWS_OUTLETS, SET_AGAINST, EntityIndex, governing_verb, load_triggers, objects_of, phrase_regex,
                     subject_of, trimmed_bounds)
from .quotes import find_quotes, speaker_at
from .tables import Cell, cell_figure, find_tables
from .timex import find_time_expressions

MODELS = {"AIModel"}
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
          "december"}
MAKERS = {"Company", "Organization"}
FINANCIAL_NOUN_RX = re.compile(r"\b(?:revenue|revenues|sales|income|profit|earnings|capex|spending|expenditure|users|"
                               r"margin|bookings|backlog|orders|growth|business|unit|segment|division)\b", re.I)
PLANNED_HEADS = frozenset("timeline date schedule plan wait anticipation expectation hope target window".split())
_EXECUTIVE = (r"(?:chief executive(?: officer)?|CEO|chief financial officer|CFO|finance chief|chief operating officer|"
              r"COO|(?:co-)?founder|president|chair(?:man|woman)?)")
EXECUTIVE_BEFORE_RX = re.compile(rf"\b{_EXECUTIVE}\s+$", re.I)
EXECUTIVE_AFTER_RX = re.compile(rf",\s+(?:the\s+|its\s+|(?:a|the)\s+)?(?:company's\s+)?{_EXECUTIVE}\b(?P<of>\s+(?:of|at)\s+)?",
                                re.I)
SPEAKING_VERBS = frozenset("say tell add note report disclose announce estimate put write explain".split())
DESCRIBED_MAKERS = {"company", "startup", "start-up", "firm", "lab", "group", "business", "developer", "maker"}
COMPARABLE = {"AIModel", "Company", "Product", "Organization"}
# ("narrowed to 14% from 19% a year earlier", "a 61% margin, against 58% in Q2": the earlier margin too)
MARGIN_BEFORE = re.compile(r"(?:\b(?:gross|operating|net|profit|ebitda)\s+margins?\b|\d%\s+margin\b)"
                           r"(?:[^.;%\d]{0,40}|[^;]{0,40}\b(?:and|from|against|versus|vs\.?|compared with)\s+)$", re.I)
MARGIN_AFTER = re.compile(r"\s*(?:gross\s+|operating\s+|net\s+|profit\s+|ebitda\s+|adjusted\s+)?margin\b", re.I)
# "raised its 2025 capital expenditure forecast", "lifted her price target": not money raised
RAISED_FORECAST_RX = re.compile(r"\w*\s+(?:its|their|the|his|her|our)\s+(?:[\w-]+\s+){0,4}?(?:forecasts?|guidance|outlook|"
                                r"targets?|estimates?|view|range|projections?)\b", re.I)
# a forecast revised: its old figure is replaced, not reported ("raised its forecast to $35 billion from $25 billion")
REVISION_RX = re.compile(r"\b(?:rais\w*|lift\w*|boost\w*|increas\w*|cut\w*|lower\w*|trim\w*|narrow\w*|reduc\w*|revis\w*|"
                         r"hik\w*|bump\w*|upgrad\w*|downgrad\w*|tighten\w*|widen\w*)\b[^.;]{0,80}?\b(?:forecasts?|guidance|"
                         r"outlook|range|view|target|projections?|estimates?|plans?)\b", re.I)
EXPECTATION_FRAME = re.compile(r"\b(?:than|what|under|over|above|below|beat|beats|beating|missed|misses|missing|topped|tops|"
                               r"topping|ahead of|short of|exceed\w*|in line with|smash\w*|crush\w*|surpass\w*|blew past|"
                               r"blown past)\b(?:[^.;]|\.(?=\d)){0,40}?(?:\b(?:analysts?|wall street|"
                               r"the street|consensus|investors|the market)\b(?:[^.;]|\.(?=\d)){0,20}?\b(?:expected|forecasts?|"
                               r"projected|estimated|wanted)|\bexpectations|\bestimates|\bforecasts|\bconsensus|"
                               r"\b(?:its|their|the company's|own)\s+(?:\w+\s+)?"
                               r"(?:guidance|outlook|forecasts?))\b|"
                               r"\b(?:than|as)\s+(?:had\s+been\s+|was\s+|were\s+)?(?:expected|forecast|anticipated|"
                               r"estimated|projected)\b|"  # "$5 billion more than expected"
                               r"\b(?:compared (?:to|with)|versus|vs\.?|against|than|below|above|under|over|short of|ahead of)\s+"
                               r"(?:the\s+)?(?:about\s+|roughly\s+|around\s+|some\s+)?(?:us\s?)?[$€£¥]?\s?\d[\d.,]*\w*(?:\s+(?:billion|million|trillion))?"
                               r"(?:\s+(?:that\s+)?(?:analysts|Wall Street|the Street|investors)(?:\s+had)?)?\s+"
                               r"(?:expected|estimated|forecast|projected)\b|"  # "compared to $55.19 billion expected"
                               # "just below the expected $96.6 billion target", "versus an estimated $6.69"
                               rf"\b{SET_AGAINST}\s+(?:the\s+|an?\s+)?(?:expected|estimated|forecast|projected|anticipated)\b")
MARKET_SIZE_BEFORE_RX = re.compile(r"\bmarkets?\s+(?:for\s+[^.;$€£]{1,50}?\s+|size\s+|(?:is|was|will|could|would|should|may|might)\s+"
                                   r"[^.;$€£]{0,40}?)(?:to|reach\w*|hit\w*|total\w*|be worth|be valued at|of|at)\s+"
                                   r"(?:an estimated\s+|about\s+|around\s+|roughly\s+|nearly\s+|some\s+|more than\s+|over\s+)?$", re.I)
SHARE_PRICE_BEFORE_RX = re.compile(r"\b(?:(?:offer|ipo|listing|issue|share|stock)\s+prices?\s+(?:of\s+|at\s+|was\s+)?|"
                                   r"(?:closed|ended|opened|finished|traded|trading|started|priced)\s+(?:[\w.%]+\s+){0,3}?"
                                   r"(?:at|to)\s+)(?:about\s+|around\s+)?$", re.I)
HOURLY_RATE_RX = re.compile(r"\s*(?:-|\s)?(?:per|an|a|/)[\s-]*(?:(?:GPU|H100|H800|chip|accelerator|card)[\s-]?)?hours?\b", re.I)
# prepositions that give where or when a result was measured, not the rival it was measured against
SETTING_PREPS = frozenset("on in at across among during".split())
# the nouns of a deal; with the verbs that close one, the words that make a sentence about a deal
DEAL_NOUNS = frozenset("agreement contract deal lease partnership pact arrangement transaction".split())
DEAL_WORDS = (DEAL_NOUNS - {"transaction"}) | frozenset("sign ink strike reach".split())
EXPECTED_WORDS_RX = re.compile(r"\b(?:guidance|outlook|forecasts?|projected|expects?|expected|plans? to|set to|on track to|"
                               r"(?:scheduled|slated|due) (?:to|for)|"
                               r"(?:capex|spending|budget|investment) plans? of)\b")
# the same words anywhere in a sentence, whatever the spacing: a cheap test before the clause is cut out
EXPECTED_ANYWHERE_RX = re.compile(r"\b(?:guidance|outlook|forecasts?|projected|expects?|expected|plans?\s+to|set\s+to|"
                                  r"(?:scheduled|slated|due)\s+(?:to|for)|"
                                  r"on\s+track\s+to|(?:capex|spending|budget|investment)\s+plans?\s+of)\b")
FORECAST_BEFORE = re.compile(r"\b(?:chance|odds|probability|likelihood|predicted|predicts|forecast|forecasts|expects?|"
                             r"(?-i:would|will)|puts? \d+(?:\.\d+)?% on|bet)\b", re.I)  # "Will" may be a name
SCORE_FORECAST_BEFORE = re.compile(FORECAST_BEFORE.pattern[:-3] + r"|(?-i:could|might)|would pass|put it at)\b", re.I)
BENCH_ANAPHOR_RX = re.compile(r"\s*(?:%|percent|per cent|points)?\s*on (?:the|that|this) (?:index|test|benchmark|leaderboard|"
                              r"exam|evaluation|eval|board|ranking|composite|suite)\b", re.I)
# a chip's, a system's or a serving setup's spec (numbers.SPEC_RX): its owner is the product, firm or model named
# a model a maker launches, told before its name: "two new models", "its latest reasoning model", "a successor"
UNNAMED_MODEL_NOUNS = frozenset({"model", "models", "llm", "llms", "chatbot", "assistant", "successor", "system"})
SPEC_OWNER_AFTER_RX = re.compile(r"\s+(?:(?:of\s+[\w-]+\s+)?(?:performance|compute|power|memory|bandwidth)\s+)?"
                                 r"(?:(?:consumed|drawn|used|delivered|achieved|attributed|reached|offered|needed|required)\s+"
                                 r"(?:by|to)|for|from|of)\s+(?:the\s+|its\s+|a\s+)?")
# (memory and bandwidth, "288 GB of HBM3E", "8 TB/s", are read as figures but make no compute claim: the guide's
# compute is operations, power, chips and their hours, not storage)
SPEC_UNITS = ("FLOP/s", "kW", "tokens/s")
RESPECTIVELY_RX = re.compile(r"\b(?:respectively|in that order|in the same order)\b", re.I)
CROSS_CUES = re.compile(r"\b(?:only|just|managed|manages|lower|higher|trails?|trailing|behind|ahead|short of|same (?:table|test|"
                        r"benchmark|run)|that test|by contrast|in comparison|meanwhile|versus|against|compared|lags?|"
                        r"second|third|fourth|edges?|edging|beats?|beating|tops?|leads?|below|above)\b", re.I)
SCORE_WORDS = {"score", "scores", "scored", "scoring", "post", "posts", "posted", "reach", "reaches", "reached",
               "achieve", "achieves", "achieved", "hit", "hits", "get", "gets", "got", "record", "records",
               "recorded", "land", "lands", "landed", "notch", "notches", "notched", "tops", "topped", "at", "of",
               "with", "rating", "accuracy", "pass@1", "solves", "solved", "clears", "cleared", "manages",
               "managed", "earns", "earned", "attains", "attained", "registers", "registered", "logs", "logged",
               "completes", "completed", "passes", "passed", "answers", "answered", "resolves", "resolved"}
ODDS_BEFORE = re.compile(r"\b(?:odds|chances?|probability|likelihood)\b[^.;%]{0,80}?\b(?:at|of)\s+"
                         r"(?:about\s+|around\s+|roughly\s+|only\s+|just\s+|no more than\s+|at least\s+)?$", re.I)
# a score given in points without the word "score": "achieved 69.3 points on the X test", "X (64.9 points)"
POINTS_SCORE_RX = re.compile(r"\b(?:achieved|achieves|achieving|posted|posts|posting|reached|reaches|hit|hits|recorded|records|"
                             r"earned|earns|got|gets|landed|lands|managed|manages|notched|notches|logged|logs|registered|"
                             r"registers|delivered|delivers|with)\s+(?:an?\s+|about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?"
                             r"\d[\d.,]*\s+points?\s+(?:on|in|at)\b|"
                             r"[\w.)-]\s+\(\d[\d.,]*\s+points?\)")
# "rival lightweight models like Google's", "other systems such as": words that open a list of rivals
LIST_LEAD_RX = re.compile(r"(?:[\w-]+\s+){0,3}?(?:models|rivals|systems|competitors|peers|alternatives|offerings|LLMs|"
                          r"chatbots)\s+(?:like|such as|including)(?:\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?(?:'s|\u2019s))?")
# a figure, then what it buys and from whom: "a $12 billion option to buy more data-center capacity from CoreWeave"
BUY_FROM_RX = re.compile(r"(?:(?!,|\band\b|\bwhile\b|\bbut\b)[^.;$\u20ac\u00a3]){0,30}?\b(?:to\s+)?(?:buy|buying|bought|purchase|purchases|purchased|purchasing|rent|"
                         r"rents|rented|renting|lease|leases|leased|leasing|license|licenses|licensed|licensing|procure|"
                         r"procured|procuring|source|sourced|sourcing)\b[^.;$\u20ac\u00a3]{0,50}?\bfrom\s+(?:the\s+)?")
DELTA_AFTER = re.compile(r"^\s*(?:percentage\s+)?(?:points?|pts)?\s*(?:above|ahead|behind|higher|lower|more|less|better|"
                         r"worse|clear|lead|gap|margin|up|down|improvement|jump|gain|drop|shy|short)\b", re.I)
NOT_SCORE_AFTER = re.compile(r"^\s*(?:%\s*)?(?:(?:per\s*cent\s+|percent\s+)?(?:chance|probability|likelihood|odds|call|"
                             r"likely|certain|confident|bet)\b|"
                             r"of\s+(?:the\s+)?(?!the\s+(?:test|benchmark|problems|questions|tasks))"
                             r"(?:users|developers|companies|people|respondents|firms|enterprises|revenue|its|their|all|"
                             r"compute|computing|cost|costs|training|budget|gpu|flop|energy|power|price|that)|"
                             r"problems|questions|tasks|languages|samples|images|hours|days|years|months|minutes|"
                             r"seconds|billion|million|employees|staff|customers|users|countries|times|x\b|-fold|"
                             r"tokens|parameters|GPUs|chips)", re.I)


# a score said of no model in particular: "a model clears 80%", "no commercial model would score above 10%"
GENERIC_SCORER_RX = re.compile(r"\b(?:[Aa]n?|[Aa]ny|[Nn]o|[Ss]ome|[Ee]very|[Tt]he first)\s+(?:[\w-]+\s+){0,2}?(?:model|system|lab)\s+"
                               r"(?:will\s+|would\s+|could\s+|can\s+|to\s+)?(?:clears?|scores?|tops?|reach(?:es)?|pass(?:es)?|"
                               r"hits?|gets?|crosses|cross|exceeds?|beats?|breaks?)\s+(?:above\s+|over\s+|past\s+|beyond\s+|"
                               r"at least\s+|more than\s+)?$")
# a bare number that counts things, not a score: "240 unpublished olympiad-style problems", "a team of 240 people",
# "477 of the benchmark's 500 tasks", "sampling 16 answers per question"
COUNT_AFTER_RX = re.compile(r"^\s*(?:(?:[a-z][\w-]*|and)\s+){0,4}?(?:problems|questions|tasks|issues|prompts|items|answers|attempts|"
                            r"people|engineers|researchers|staff|employees|puzzles|exercises|cases|examples|repos|repositories|"
                            r"languages|runs|trials|samples|submissions)\b|"
                            r"^\s*of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+(?:'s|\u2019s)\s+)?\d")
# what a price is for: "per million input tokens", "for a million output tokens", "a month", "per task"
# "a million output tokens cost $60": the unit told before the price
PRICE_BEFORE_RX = re.compile(r"\b(?:per|a|one|each)\s+(?:million|1M|thousand|1,000)\s+(?:(?:input|output|cached|prompt|completion)\s+)?"
                             r"tokens?\s+(?:cost|costs|costed|was|were|went for|sold for|priced at|ran)\s+(?:about\s+|roughly\s+|just\s+)?$",
                             re.I)
PAIR_PRICE_BEFORE_RX = re.compile(r"\b(?:lists?|listed|costs?|costing|priced|charges?|charging)\s+(?:at\s+|of\s+)?(?:about\s+|just\s+|only\s+)?$", re.I)
PAIR_PRICE_AFTER_RX = re.compile(r"\s+and\s+[$€£]\s?\d[\d.,]*(?!\s*(?:billion|million|trillion|bn|mn|m|b|k|thousand)\b)(?!\s*(?:a|per)\s)\s*(?:[.,;)]|$|for\b|respectively\b)", re.I)
ATTRIBUTED_FIGURE_RX = re.compile(r"\s+(?:that\s+)?(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2}|it|its maker|the company|the lab)\s+"
                                  r"(?:reported|reports|lists|listed|published|publishes|gave|gives|claimed|claims|"
                                  r"printed|prints|quoted|quotes|cited|cites|posted|advertised|advertises)\s+for\s")
MONTHS_AND_DAYS = frozenset("""january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday week month year quarter spring summer autumn fall winter""".split())
# "a slight advantage in accuracy over Amazon Nova Pro", "an edge over", "a major leap over other leading models"
ADVANTAGE_OVER_RX = re.compile(r"\b(?:edge|advantage|leap)\s+(?:in\s+[\w-]+(?:\s+[\w-]+)?\s+)?over\b", re.I)
COLLABORATE_WITH_RX = re.compile(r"\b(?:collaborat(?:e|es|ed|ing)|partner(?:s|ed|ing)?|team(?:s|ed|ing)? up|work(?:s|ed|ing)?)"
                                 r"\s+with\s+(?:the\s+)?")
THE_DEAL_RX = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?(?:agreement|contract|deal|partnership|arrangement|pact|"
                         r"lease|tie-up|transaction)\b", re.I)
# the figure a deal is worth, not a company's valuation
DEAL_VALUE_RX = re.compile(r"\b(?:deal|agreement|contract|transaction|acquisition|takeover|purchase|fee|pact|partnership|"
                           r"order|commitment|lease|tie-up)s?\s+(?:\w+\s+){0,2}?(?:valued|worth|totall?ing|priced)\s+(?:at\s+)?"
                           r"(?:(?:up to|about|around|roughly|approximately|nearly|almost|more than|over|some|an estimated|"
                           r"as much as)\s+)*$", re.I)
DEAL_WITH_RX = re.compile(r"[^.;$€£]{0,40}?\b(?:deal|agreement|contract|partnership|pact|lease)\s+with\s+(?:the\s+)?"
                          r"(?:(?:AI|[a-z][\w-]*)\s+){0,4}"
                          r"|\s+(?:equity\s+)?(?:stake|investment|holding)\s+in\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}")
BEHIND_MAKERS = frozenset("plumbing toolkit technology tech engine infrastructure software company firm lab startup start-up "
                          "team group people researchers developer developers maker makers brains force code framework "
                          "architecture chips chip hardware models model system systems".split())
FOR_A_QUANTITY_RX = re.compile(r"(?:a|one|each|every|1|\d[\d,.]*)\s+(?:million|thousand|billion|1M|1m|1k)\b"
                               r"|(?:a|each|every|one)\s+(?:token|request|task|call|query|image|minute|hour|month|year|seat|user)\b", re.I)
PRICE_AFTER_RX = re.compile(r"\s*(?:per|a|an|for|for (?:a|one|each|every))\s+(?:(?:million|1M|1m|thousand|1,000|1k|billion)\s+)?"
                            r"(?:(?:input|output|cached|uncached|prompt|completion|generated)\s+)?tokens?\b"
                            r"|\s*(?:per|a|an)\s+(?:million|month|task|query|request|image|call|seat|user)\b"
                            r"|\s*(?:for|on)\s+(?:input|output)\b"
                            r"|\s*(?:in|out|input|output)\s+(?:and|,|/)\s*\$?\d", re.I)
INPUT_OUTPUT_RX = re.compile(r"\s*(?:for|on)\s+(?:input|output)\b|\s*(?:input|output)\b"
                             r"|\s*(?:in|out)\b(?=\s*(?:[,.;)]|and\b|$))", re.I)  # "$15 in and $75 out", not "$5 billion in 2025"
FORECAST_LEMMAS = {"predict", "forecast", "estimate", "model", "project", "anticipate", "expect", "reckon"}
SAYING_LEMMAS = {"say", "tell", "write", "argue", "add", "note", "warn"}
# a holding told as a percentage: "a 49% stake in", "an 11% shareholding", "a stake of about 6%, down from 9%",
# "owns less than 2%", "will hold roughly 28% of"
STAKE_AFTER_RX = re.compile(r"\s*(?:pro[- ]forma\s+)?(?:equity\s+|ownership\s+|minority\s+|voting\s+|economic\s+)?"
                            r"(?:stake|holding|shareholding|interest|ownership|equity\s+(?:in|of)|owner\s+of)\b(?!\s+rates?)")
STAKE_BEFORE_RX = re.compile(r"(?:\b(?:stake|holding|shareholding)\s+(?:of|to|from)\s+|\b(?:owns?|owned|owning|holds?|"
                             r"held|holding|keeps?|kept|retains?|retained|controls?)\s+|\bstake of [^.;]{0,20}?down from\s+)"
                             r"(?:an?\s+)?(?:about|around|roughly|nearly|almost|some|just\s+over|just\s+under|more\s+than|"
                             r"less\s+than|over|under|approximately)?\s*$")
# table headers: a price column ("Input ($/M tokens)", "Output", "Price"), and columns that hold no score
TABLE_PRICE_RX = re.compile(r"(?i)\b(?:input|output|price|prices|cost|per (?:million|1M|M) tokens|\$/M)\b|\$")
TABLE_NOT_SCORE_RX = re.compile(r"(?i)\b(?:context|window|parameters|params|tokens|size|release|released|date|rank|"
                                r"licen[cs]e|latency|speed|throughput|year|#)\b")
PER_SHARE_RX = re.compile(r"\s*(?:a|per) (?:diluted |adjusted )?share\b", re.I)
EARNINGS_RX = re.compile(r"\b(?:earnings|income|profit|EPS|loss)\b", re.I)

# nouns that describe a released thing: "X, the model Y released", "X, the test Y released"
LAUNCH_DESCRIPTIONS = {"model", "models", "system", "systems", "test", "benchmark", "chatbot", "assistant",
                       "version", "versions", "checkpoint", "release", "product", "chip", "service"}


# what a share cost: "slumped 24% to $57.30", "closed at $37.44", "opened at $35.10", "marketed the stock at $21 to $24"
SHARE_PRICE_BEFORE = re.compile(
    r"(?:\d\s?(?:%|percent|per cent)\s+(?:(?:in|during|on|by)\s+(?:[\w-]+\s+){0,2}?(?:trading|session|deals|dealings|"
    r"monday|tuesday|wednesday|thursday|friday|the\s+day|mid-?afternoon|midday|the\s+close)\s+)?to|\b(?:clos(?:ed|es|ing)|finish(?:ed|es|ing)?|end(?:ed|s|ing)|open(?:ed|s|ing)|"
    r"settl(?:ed|es|ing)|trad(?:ed|es|ing)|began trading|debuted|priced|marketed)\s+(?:[\w'.%]+\s+){0,3}at"
    r"(?:\s+an?\s+(?:record|all-time high|new high|fresh high|high|low|record high|record low))?|\btouched|"
    r"\b(?:high|low) (?:of|at)|\bas (?:low|high) as|\b(?:current|last|closing) (?:share )?(?:value|price) of|"
    r"\b(?:rose|fell|climbed|dropped|jumped|slid|sank|surged|soared|tumbled|plunged|rallied|slipped|gained) to)"
    r"\s*(?:about\s+|around\s+|roughly\s+|nearly\s+)?$", re.I)
SHARE_PRICE_AFTER = re.compile(r"\s+(?:apiece|a share|per share)\b(?!\s+(?:in|of)\s+(?:earnings|profit))", re.I)


HEDGE_WORD_RX = re.compile(r"likely|possibly|probably|perhaps|potentially")  # cheap test before reading the tokens


@dataclass
class SentenceView:
    sent: Span
    index: EntityIndex
    quantities: List[Tuple[Quantity, Span]]
    text: str
    lower: str
    used: set = field(default_factory=set)

    def ents(self, types=None) -> List[Span]:
        spans = self.index.in_span(self.sent)
        return [s for s in spans if types is None or s.label_ in types]


class ClaimExtractor:
    """spaCy component; see the module docstring."""

    def __init__(self, nlp, name: str = "kg_claims"):
        self.name = name
        for ext in ("kg_claims", "kg_quotes"):
            if not Doc.has_extension(ext):
                Doc.set_extension(ext, default=None)
        t = load_triggers()
        self.t = t
        comp = t["comparison"]
        self.cmp_forms: Dict[str, str] = {}
        for direction in ("ahead", "behind", "level"):
            for lemma in comp[direction]:
                for form in _inflections(lemma):
                    self.cmp_forms.setdefault(form, direction)
        self.cmp_phrases = [(phrase_regex(comp["ahead_phrases"]), "ahead"), (phrase_regex(comp["behind_phrases"]), "behind"),
                            (phrase_regex(comp["level_phrases"]), "level"), (ADVANTAGE_OVER_RX, "ahead")]
        la = t["launch"]
        self.launch_released = set(la["released"])
        self.launch_announced = set(la["announced"])
        self.launch_nouns = set(la["nouns"])
        self.launch_particles = la["particles"]
        self.open_rx = phrase_regex(la["open"])
        self.closed_rx = phrase_regex(la["closed"])
        fin = t["financial"]
        self.fin_rx = [(rel, phrase_regex(_with_inflections(words))) for rel, words in fin.items()
                       if rel not in ("acquisition", "investment")]
        self.acq_words = set(fin["acquisition"])
        self.inv_words = set(fin["investment"])
        mk = t["market"]
        self.stock_rx = phrase_regex(mk["stock_words"])
        self.up = set(mk["up"])
        self.down = set(mk["down"])
        self.mcap_rx = phrase_regex(mk["market_cap"])
        self.target_rx = phrase_regex(mk["price_target"])
        cp = t["compute"]
        self.compute_words = set(cp["words"])
        self.less_words = set(cp["less"])
        self.more_words = set(cp["more"])
        self.train_words = set(cp["train"])
        q = t["qualifiers"]
        self.reporting = set(q["reporting_verbs"])
        self.negation_verbs = set(q["negation_verbs"])
        self.hedges = set(q["hedges"])
        self.reported_rx = phrase_regex(q["reported"])
        self.expected = set(q["expected"])
        self.first_party_rx = phrase_regex(q["first_party"])
        self.third_party_rx = phrase_regex(q["third_party"])

    # ------------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        self.text = doc_text(doc)
        index = EntityIndex.of(doc)
        quantities = []
        yen = _yen_document(self.text)
        for q in find_quantities(self.text):
            if yen and q.unit == "CNY" and q.text.startswith("¥"):
                q = dataclasses.replace(q, unit="JPY")  # "¥37,840" in a Tokyo market report
            span = doc.char_span(q.start, q.end, alignment_mode="expand")
            if span is not None:
                quantities.append((q, span))
        claims: List[dict] = []
        last_score: Optional[dict] = None
        previous_scores: List[dict] = []
        self.last_bench: Optional[Tuple[int, str]] = None  # (sentence, benchmark) of the latest score
        self._last_compute: Optional[Tuple[int, Span]] = None  # (sentence start, owner) of the latest compute figure
        self._last_money: Optional[Tuple[int, int, str]] = None  # (sentence, paragraph start, relation) of the latest figure
        self._last_raiser: Optional[Tuple[int, str]] = None  # (sentence, company) of the latest round or valuation
        self._last_deal: Optional[Tuple[int, str, str]] = None  # (sentence, party, other party) of the latest deal
        self._replaced_end = -1  # where the latest replaced forecast's figure ended
        self._last_pair: Optional[Tuple[int, Tuple[str, ...]]] = None  # (sentence, the two models compared there)
        self.scored_benches: List[str] = []  # benchmarks with scores so far, in the order last scored
        self.quotes = find_quotes(doc, index) if index.has_parse else []
        doc._.kg_quotes = self.quotes
        self.target_firms: Set[str] = set()  # brokers who set a price target in this document
        self.sentence_benches: List[str] = []  # benchmarks of the scores in the sentence being read
        self.bystanders = self._bystanders(index)
        self.doc_is_market = bool(re.search(r"\b(?:shares|stock|market value|market cap|Nasdaq|S&P|trading|listed)\b", self.text))
        for sent in index.sents:
            qs = _without_conversions([(q, s) for q, s in quantities if sent.start_char <= q.start < sent.end_char], self.text)
            view = SentenceView(sent, index, qs, sent.text, sent.text.lower())
            found: List[dict] = []
            found += self._compute(view)
            found += self._market(view)
            found += self._prices(view)
            found += self._financial(view)
            found += self._stakes(view)
            found += self._participants(view, claims + found)
            found += self._backed(view, claims + found)
            scores = self._benchmark_scores(view)
            found += scores
            self.sentence_benches = [c["benchmark"] for c in scores]
            found += self._comparisons(view, scores[0] if scores else last_score)
            found += self._paired_scores(view, scores, found)
            found += self._scores_across_sentences(view, scores, previous_scores, found, claims)
            previous_scores = scores
            found += self._launches(view)
            found += self._launches_in_passing(view, found)
            if not found and index.has_parse:
                found += self._statement(view)
            sides = []
            for c in found:
                for role in ("subject", "object"):
                    name = c.get(role)
                    if c["kind"] in ("benchmark_score", "comparison") and name and name not in sides and \
                            index.type_of(name) in MODELS:
                        sides.append(name)
            if len(sides) == 2:  # the two models whose figures this sentence sets side by side
                self._last_pair = (index.sentence_number(sent.start), tuple(sides))
            if scores:
                last_score = scores[-1]
                self.last_bench = (index.sentence_number(sent.start), last_score["benchmark"])
            claims.extend(found)
        claims += self._sibling_launches(index, claims)
        tables = find_tables(self.text)
        if tables:
            # a table is read by its columns, not as sentences: what the sentence rules made of its rows goes
            rows = [(self.text.rfind("\n", 0, t.header[0].start) + 1, t.rows[-1][2]) for t in tables if t.header]
            claims = [c for c in claims if not any(a <= c["start"] < b for a, b in rows)]
            claims += self._table_claims(index, tables)
        claims = [c for c in claims if not c.pop("conditional", False)]
        doc._.kg_claims = _one_launch_each(_stated_over_inferred(_dedupe(_availability_only(claims)), self.text))
        return doc

    def _table_claims(self, index: EntityIndex, tables) -> List[dict]:
        """Scores and prices given in a table: the model of the row (or of the column, in a table turned on its
        side), the benchmark of the column's header (or of the row's first cell), the figure of the cell."""
        out = []
        for table in tables:
            header_bench = [self._cell_benchmark(index, c) for c in table.header]
            header_model = [self._cell_entity(index, c, MODELS | {"Product"}) for c in table.header]
            for cells, start, end in table.rows:
                row_model = next((m for m in (self._cell_entity(index, c, MODELS) for c in cells) if m), None) or \
                    next((m for m in (self._cell_entity(index, c, {"Product"}) for c in cells[:1]) if m), None)
                row_bench = self._cell_benchmark(index, cells[0]) if cells else None
                for j, cell in enumerate(cells):
                    figure = cell_figure(cell)
                    if figure is None or j >= len(table.header):
                        continue
                    value, unit, currency = figure
                    head = table.header[j].text
                    subject = row_model if row_model is not None and header_model[j] is None else header_model[j]
                    if subject is None:
                        continue
                    base = {"subject": subject.kb_id_, "object": None, "start": start, "end": end, "confidence": 0.6,
                            "relation": None, "openness": None, "polarity": "affirmed", "modality": "asserted",
                            "asserted_by": None, "first_party": None, "time_text": None}
                    if currency is not None or "$" in head:  # a price, under a price's header
                        if not TABLE_PRICE_RX.search(head):
                            continue
                        relation = "output_price" if re.search(r"(?i)\boutput", head) else \
                            "input_price" if re.search(r"(?i)\binput", head) else "price"
                        out.append(dict(base, kind="financial", value=value, unit=currency or "USD", benchmark=None,
                                        relation=relation, rule="table:price"))
                        continue
                    bench = header_bench[j] if subject is row_model or header_model[j] is None else row_bench
                    if bench is None or TABLE_NOT_SCORE_RX.search(head):
                        continue
                    if unit is None:
                        unit = "Elo" if re.search(r"(?i)\belo\b", head + " " + bench) else \
                            "%" if re.search(r"%|percent|accuracy|pass@1", head, re.I) else None
                    out.append(dict(base, kind="benchmark_score", value=value, unit=unit, benchmark=bench,
                                    rule="table:score"))
        return out

    def _cell_entity(self, index: EntityIndex, cell: Cell, types) -> Optional[Span]:
        return next((e for e in index.spans if cell.start <= e.start_char < cell.end and e.label_ in types), None)

    def _cell_benchmark(self, index: EntityIndex, cell: Cell) -> Optional[str]:
        """The benchmark a header names: an entity in it, or one whose name starts with the header's first
        word ("Crosswind Elo" for the Crosswind Arena)."""
        ent = self._cell_entity(index, cell, {"Benchmark"})
        if ent is not None:
            return ent.kb_id_
        words = re.findall(r"[\w.+-]+", cell.text)
        if not words:
            return None
        benches = {s.kb_id_ for s in index.spans if s.label_ == "Benchmark"}
        plain = re.sub(r"\s*\((?:[^)]*)\)|\s*%|\s+(?:score|Elo|accuracy|pass@1)\b", "", cell.text, flags=re.I).strip()
        for name in sorted(benches):
            if name.lower() == plain.lower():
                return name
        for name in sorted(benches):
            if len(words[0]) >= 4 and name.split()[0].lower() == words[0].lower():
                return name
        return None

    def _sibling_launches(self, index: EntityIndex, claims: List[dict]) -> List[dict]:
        """"OpenAI released GPT-5 ... Developers can reach it in three sizes, gpt-5, gpt-5-mini and gpt-5-nano":
        the sizes and variants of a model just launched, first named after the launch, come out with it."""
        launched = {c["object"] for c in claims if c["kind"] == "launch" and c["object"]}
        out = []
        for claim in claims:
            if claim["kind"] != "launch" or not claim["object"] or claim["polarity"] != "affirmed" \
                    or claim["modality"] not in ("asserted", "reported") \
                    or index.type_of(claim["object"]) != "AIModel":
                continue
            stem = _model_stem(claim["object"])
            first: Dict[str, Span] = {}
            for span in index.mentions:
                if span.label_ == "AIModel" and span.kb_id_ not in first:
                    first[span.kb_id_] = span
            for name, span in first.items():
                if name in launched or span.start_char < claim["start"] or _model_stem(name) != stem \
                        or " ".join(re.split(r"[\s\-_]+", name.lower())) == stem:  # the family itself
                    continue
                sent = span.sent
                view = SentenceView(sent, index, [], sent.text, sent.text.lower())
                if re.search(r"\b(?:will|would|plans?|planned|expects?|later|next|soon|coming|upcoming|unreleased|not yet)\b|"
                             r"\b(?:remains?|still)\s+(?:in|under)\s+(?:training|development)\b", view.lower):
                    continue  # announced for later, or "Llama 4 Behemoth remains in training": not out yet
                sibling = self._claim(view, "launch", claim["subject"], span.root, "launch:sibling", 0.5,
                                      object=name, relation=claim.get("relation"), openness=claim.get("openness"))
                if sibling["polarity"] == "affirmed":
                    launched.add(name)
                    out.append(sibling)
        return out

    # -- shared pieces ---------------------------------------------------------------------
    def _claim(self, view: SentenceView, kind: str, subject: str, trigger: Optional[Token], rule: str,
               confidence: float, **fields) -> dict:
        start, end = trimmed_bounds(view.sent)
        claim = {"kind": kind, "subject": subject, "object": None, "value": None, "unit": None,
                 "benchmark": None, "start": start, "end": end, "confidence": confidence,
                 "relation": None, "openness": None, "rule": rule}
        claim.update(fields)
        claim.update(self._qualify(view, trigger, subject, kind))
        if trigger is not None and kind in ("financial", "market", "compute") and _in_condition(trigger):
            claim["conditional"] = True  # "If my revenue is not $1 trillion, ...": a supposition, no claim
        if kind == "launch" and trigger is not None and trigger.tag_ == "VBD" and (
                trigger.dep_ in ("ROOT", "relcl")
                or any(t.lower_ in ("when", "after", "since", "once") for t in trigger.doc[max(view.sent.start, trigger.i - 4):trigger.i])
                or trigger.dep_ == "advcl" and any(c.dep_ == "advmod" and c.lower_ in ("when", "after", "since", "once")
                                                   for c in trigger.children)):
            # "When Dalbit-1 came out last September, he promised ...", "a week after DeepSeek released its R1 model,
            # Solvang told clients the stock would ...", "DeepSeek-V3, which the lab released in December 2024, ...",
            # "Days after OpenAI revealed plans to ship GPT-5, xAI launched Grok 3": a release told as past, whatever
            # else the sentence forecasts (read by the predictions component, not stored)
            claim["told_as_past"] = True
        return claim

    def _qualify(self, view: SentenceView, trigger: Optional[Token], subject: str, kind: str) -> dict:
        sent = view.sent
        lower = view.lower
        polarity, modality = "affirmed", "asserted"
        heads = []
        if trigger is not None:
            heads = [trigger, governing_verb(trigger)]
            if heads[1].dep_ in ("xcomp", "ccomp") and heads[1].head != heads[1]:
                heads.append(heads[1].head)
        for head in heads:
            for child in head.children:
                if child.dep_ == "neg" or child.lower_ in ("never", "not", "n't"):
                    polarity = "negated"
                if child.dep_ == "aux" and child.lower_ in ("may", "might", "could"):
                    modality = "hedged"
                if child.dep_ == "aux" and child.text in ("will", "'ll", "wo", "shall", "should"):
                    modality = "expected"  # case-sensitive: "Will Ferrante said ..." is a name the parser took for a modal
            if head.lemma_ in self.negation_verbs:
                polarity = "negated"
            if head.lemma_ in ("expect", "plan", "aim", "intend", "forecast", "project", "anticipate", "guide", "target"):
                modality = "expected"
        # "Microsoft has released a mini model, ..., the first in a family it plans to release": done, whatever
        # plans the rest of the sentence tells
        done = trigger is not None and trigger.tag_ == "VBN" and \
            any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in trigger.children)
        if modality == "asserted":
            if kind in ("financial", "compute", "launch") and not done and EXPECTED_ANYWHERE_RX.search(lower) and EXPECTED_WORDS_RX.search(
                    EXPECTATION_FRAME.sub(" ", self._own_clause(trigger, lower))):
                # not "a shade under what analysts had expected"; and "is reportedly set to release" is a plan first
                modality = "expected"
            elif self.reported_rx.search(lower):
                modality = "reported"
            elif HEDGE_WORD_RX.search(lower) and any(t.lower_ in ("likely", "possibly", "probably", "perhaps", "potentially") and
                     not (t.head.pos_ in ("ADJ", "NOUN") and t.head.i > t.i) and not self._aside(t, trigger) for t in sent):
                modality = "hedged"  # not "this potentially transformative technology": a word's hedge, not the claim's
        asserted_by = self._asserter(view, trigger)
        if asserted_by is None and trigger is not None:
            quote = speaker_at(self.quotes, trigger.idx)
            asserted_by = quote.speaker if quote is not None else None
        first_party = None
        if self.third_party_rx.search(lower) and not re.search(r"\binternal\b|\bits own\b|\bown (?:evaluation|testing|harness)", lower):
            first_party = False
        elif self.first_party_rx.search(lower) or re.search(r"\b(?:its|their)\s+own\b", lower):
            first_party = True
        elif asserted_by is not None:
            maker = view.index.maker_of(subject)
            if asserted_by in (subject, maker):
                first_party = True
        time_text = self._time_text(view, trigger)
        return {"polarity": polarity, "modality": modality, "asserted_by": asserted_by,
                "first_party": first_party if kind in ("benchmark_score", "comparison", "compute") else
                (True if first_party and kind == "financial" else None),
                "time_text": time_text}

    @staticmethod
    def _aside(hedge: Token, trigger: Optional[Token]) -> bool:
        """'MiniMax, perhaps best known for its video model Hailuo, has released ...': a hedge inside a
        description of a name (a clause hung on a noun) is not the claim's."""
        if trigger is None:
            return False
        t = hedge
        while t.head != t:
            t = t.head
            if t == trigger or t in trigger.ancestors:
                return False
            if t.dep_ in ("acl", "relcl", "appos") and t.head.pos_ in ("PROPN", "NOUN"):
                return True
        return False

    @staticmethod
    def _own_clause(trigger: Optional[Token], lower: str) -> str:
        """The words of a past-tense figure's own clause: "spent almost $80 billion over the past quarter, but
        investors reacted to their plans to increase it" is a figure reported, whatever the next clause plans.
        Any other figure is read with its whole sentence."""
        if trigger is None:
            return lower
        verb = governing_verb(trigger)
        if verb.tag_ != "VBD" or any(c.dep_ == "aux" for c in verb.children):
            return lower
        apart = {t.i for c in verb.children if c.dep_ in ("conj", "cc", "advcl", "ccomp", "parataxis")
                 for t in c.subtree}
        return " ".join(t.lower_ for t in verb.subtree if t.i not in apart)

    def _asserter(self, view: SentenceView, trigger: Optional[Token]) -> Optional[str]:
        """Who the sentence says asserts the claim: 'X said', 'according to X', 'in X's own evaluation'."""
        sent = view.sent
        index = view.index
        match = re.search(r"according to\s+(?:the\s+)?", view.lower)
        if match:
            span = sent.doc.char_span(sent.start_char + match.end(), sent.end_char, alignment_mode="expand")
            if span is not None and len(span):
                ent = index.entity_of(span[0], ACTORS | {"Organization"})
                if ent is None and span[0].lower_ in ("company", "firm", "lab", "startup"):
                    ent = index.refer_back(span[0], {"Company", "Organization"})
                if ent is not None:
                    return ent.kb_id_
        for token in sent:
            if token.lemma_ in self.reporting and token.pos_ in ("VERB", "AUX") and (
                    trigger is None or token is not trigger):
                subj = subject_of(token)
                if subj is not None and (trigger is None or token.dep_ == "ROOT" or
                                         any(a == token for a in trigger.ancestors)):
                    ent = index.entity_of(subj, ACTORS)
                    if ent is not None:
                        return ent.kb_id_
        match = re.search(r"\bin\s+([\w .&-]+?)(?:'s|’s)\s+own\b", view.text, re.I)
        if match:
            span = sent.doc.char_span(sent.start_char + match.start(1), sent.start_char + match.end(1), alignment_mode="expand")
            if span is not None:
                ent = index.entity_of(span[-1], ACTORS)
                if ent is not None:
                    return ent.kb_id_
        return None

    def _time_text(self, view: SentenceView, trigger: Optional[Token]) -> Optional[str]:
        """The time expression that belongs to the claim's own clause, nearest its trigger."""
        best = None
        verb = governing_verb(trigger) if trigger is not None and view.index.has_parse else None
        for start, end, text in find_time_expressions(view.text):
            if re.match(r"(?:by|before|until|within)\b", text, re.I):
                continue
            if verb is not None:
                first = view.sent.doc.char_span(view.sent.start_char + start, view.sent.start_char + end,
                                                alignment_mode="expand")
                if first is not None and first[0] != verb and abs(first[0].i - trigger.i) > 4 and \
                        verb not in list(first[0].ancestors)[:3] and verb not in list(first.root.ancestors)[:3]:
                    continue  # "released ... its first open models since GPT-2 in 2019": not the launch's time
            distance = abs(view.sent.start_char + start - (trigger.idx if trigger is not None else view.sent.start_char))
            if best is None or distance < best[0]:
                best = (distance, text)
        return best[1] if best else None

    # -- statements --------------------------------------------------------------------------
    def _statement(self, view: SentenceView) -> List[dict]:
        """Any other attributable assertion about a named entity: the sentence whose clause
        subject is (or refers back to) an entity, with the first other entity it names as
        object. Sentences that carry a typed claim never get one; kg_predictions drops those
        that turn out to be forecasts."""
        sent = view.sent
        root = sent.root
        if root.pos_ not in ("VERB", "AUX") or sent.text.rstrip().endswith("?") or len(sent) < 5:
            return []
        def entity(subject: Optional[Token]) -> Optional[Span]:
            if subject is None or subject.lower_ in ("i", "we", "you", "there", "this", "that", "what"):
                return None
            return view.index.entity_of(subject, resolve=subject.pos_ in ("PRON", "NOUN", "DET"))

        verb, subject = root, subject_of(root)
        ent = None
        if root.lemma_ in self.reporting:  # "X said that Y ...": about Y if Y is named, else X's view
            comp = next((c for c in root.children if c.dep_ in ("ccomp", "xcomp")), None)
            if comp is not None:
                ent = entity(subject_of(comp))
                if ent is not None:
                    verb, subject = comp, subject_of(comp)
        ent = ent or entity(subject)
        if ent is None:
            return []
        other = next((e for e in view.ents() if e.kb_id_ != ent.kb_id_ and e.start > subject.i), None)
        claim = self._claim(view, "statement", ent.kb_id_, verb, f"statement:{verb.lemma_.lower()}", 0.4,
                            object=other.kb_id_ if other is not None else None)
        return [] if claim["modality"] == "expected" else [claim]

    # -- benchmark scores ------------------------------------------------------------------
    def _respective_benchmarks(self, view: SentenceView, benches: List[Span]) -> Dict[int, Span]:
        """'came in at 86.0%, 33.4%, 31.2% and 58.9% on the same four tests, in that order': the
        i-th figure is on the i-th benchmark, named here or scored just before."""
        if not RESPECTIVELY_RX.search(view.text):
            return {}
        figures = [q for q, _ in view.quantities if q.unit == "%" and not q.is_range and id(q) not in view.used]
        names = []
        for b in benches:
            if b.kb_id_ not in [n.kb_id_ for n in names]:
                names.append(b)
        if len(names) < len(figures):
            recent = self.scored_benches[-len(figures):]
            if names or len(recent) < len(figures) or len(figures) < 2:
                return {}
            index = view.index
            names = [next((s for s in reversed(index.mentions) if s.start < view.sent.start and s.kb_id_ == name), None)
                     for name in recent]
            if any(n is None for n in names):
                return {}
        if len(names) != len(figures):
            return {}
        return {id(q): b for q, b in zip(figures, names)}

    def _respective_models(self, view: SentenceView) -> Dict[int, Span]:
        """'Tarn-3 Pro, Tarn-3 Flash and Tarn-2 scored 24.8%, 17.3% and 11.6% respectively': the i-th
        figure is the i-th model's, when the models listed before the first figure match the figures
        one for one."""
        if not RESPECTIVELY_RX.search(view.text):
            return {}
        figures = [(q, span) for q, span in view.quantities if q.kind in ("percent", "number") and not q.is_range
                   and id(q) not in view.used and not is_year(q)
                   and not any(view.index.at.get(i) is not None for i in range(span.start, span.end))]
        if len(figures) < 2:
            return {}
        first = figures[0][1].start
        models = []
        for m in view.ents(MODELS):
            if m.end <= first and m.kb_id_ not in [n.kb_id_ for n in models]:
                models.append(m)
        if len(models) == len(figures):
            return {id(q): m for (q, _), m in zip(figures, models)}
        # "Llama 3.1 405B achieved 88.6 percent while GPT-4o and Claude 3.5 Sonnet manage 88.7 and 88.3
        # percent, respectively": the list is the run of figures right before the word, and the models
        # named between the figure before that run and its first figure
        said = RESPECTIVELY_RX.search(view.text)
        at = view.sent.start_char + said.start()
        run = [f for f in figures if f[0].end <= at]
        for i in range(len(run) - 1, 0, -1):
            if not re.fullmatch(r"(?:\s|,|and|or|%|percent|per cent|points)*", self.text[run[i - 1][0].end:run[i][0].start]):
                run = run[i:]
                break
        if len(run) < 2 or run == figures:
            return {}
        before = [f for f in figures if f[0].end <= run[0][0].start]
        floor = before[-1][1].end if before else view.sent.start
        models = []
        for m in view.ents(MODELS):
            if floor <= m.start and m.end <= run[0][1].start and m.kb_id_ not in [n.kb_id_ for n in models]:
                models.append(m)
        if len(models) != len(run):
            return {}
        return {id(q): m for (q, _), m in zip(run, models)}

    @staticmethod
    def _score_for(view: SentenceView, span: Span) -> Optional[Span]:
        """'94.8 vs 60.3 using GPT-4o', '1338 versus 1363 for R1': the model named right after a figure set
        against another one."""
        doc = view.sent.doc
        k = span.end
        while k < view.sent.end and doc[k].text in ("%", "points", "percent", "Elo"):
            k += 1
        before = doc[max(view.sent.start, span.start - 3):span.start]
        if (k >= view.sent.end or doc[k].lower_ not in ("for", "using", "by", "from")) and before \
                and before[-1].lower_ in ("against", "versus", "vs", "vs."):
            # "97.3% on MATH-500 against 96.4% for o1, and 49.2% on SWE-bench Verified against 48.9%": the rival
            # the sentence set the first pair against, its name left out the second time
            for t in reversed(doc[view.sent.start:span.start - 1]):
                if t.lower_ in ("for", "using") and view.sent.start < t.i < span.start - 1 \
                        and (doc[t.i - 1].text in ("%", "points", "percent") or doc[t.i - 1].like_num):
                    rival = view.index.at.get(t.i + 1)
                    if rival is not None and rival.label_ in MODELS and any(
                            x.lower_ in ("against", "versus", "vs", "vs.") for x in doc[max(view.sent.start, t.i - 5):t.i]):
                        return rival
            return None
        if k + 1 >= view.sent.end or doc[k].lower_ not in ("for", "using", "by", "from"):
            return None
        named = view.index.at.get(k + 1) or (view.index.at.get(k + 2) if doc[k + 1].lower_ == "the" else None)
        if named is None or named.label_ not in MODELS or not any(
                t.lower_ in ("vs", "vs.", "versus", "against", "to") or t.lower_ == "with" and t.i > 0
                and doc[t.i - 1].lower_ == "compared" for t in before):
            return None
        return named

    def _version_scored(self, view: SentenceView, span: Span) -> Optional[Span]:
        """'an Elo score of 1417 on Chatbot Arena for an experimental chat version of Llama 4 Maverick': the model
        a variant of which earned the figure."""
        m = VERSION_SCORED_RX.match(self.text, span.end_char)
        if m is None:
            return None
        return next((e for e in view.ents(MODELS) if e.start_char == m.end()), None)

    @staticmethod
    def _possessed_score(view: SentenceView, span: Span) -> Optional[Span]:
        """'surpassing GPT-5's baseline of 41.7%', 'o3's score of 69.1%': the model whose score it is says so."""
        doc = view.sent.doc
        k = span.start - 1
        if k - 3 < view.sent.start or doc[k].lower_ not in ("of", "at") \
                or doc[k - 1].lemma_.lower() not in ("baseline", "score", "result", "mark", "figure", "tally"):
            return None
        k -= 2
        while k > view.sent.start and doc[k].pos_ == "ADJ":
            k -= 1  # "GPT-5's reported score of"
        if doc[k].text not in ("'s", "\u2019s", "'"):
            return None
        owner = view.index.at.get(k - 1)
        return owner if owner is not None and owner.label_ in MODELS else None

    def _benchmark_scores(self, view: SentenceView) -> List[dict]:
        benches = view.ents({"Benchmark"})
        out = []
        doc = view.sent.doc
        respective = self._respective_benchmarks(view, benches)
        respective_models = self._respective_models(view)
        for q, span in view.quantities:
            if id(q) in view.used or q.kind not in ("percent", "number", "count"):
                continue
            if q.unit not in (None, "%", "Elo", "points"):
                continue
            if any(view.index.at.get(i) is not None for i in range(span.start, span.end)):
                continue  # part of a name: "AIME 2025", "GPT-4o"
            after = self.text[q.end:q.end + 40]
            before = self.text[max(view.sent.start_char, q.start - 24):q.start].lower()
            if DELTA_AFTER.match(after) or re.search(
                    r"\b(?:by|within)\s+(?:(?:about|roughly|nearly|almost|over|some|just|only|more\s+than|less\s+than)\s+)?$", before):
                continue  # "by more than four points", "within two points of": a margin, not a score
            if before.endswith("@"):
                continue  # "pass@1"
            if NOT_SCORE_AFTER.match(after) or re.search(r"(?:top|rank(?:ed)?|no\.|number|#)\s*$", before):
                continue
            if q.unit is None and COUNT_AFTER_RX.match(after):
                continue  # "a set of 240 unpublished olympiad-style problems": a count of things
            if GENERIC_SCORER_RX.search(self.text, max(view.sent.start_char, q.start - 50), q.start):
                continue  # "I think a model clears 80% on SWE-bench Verified by March": no model's score
            if ODDS_BEFORE.search(self.text[max(view.sent.start_char, q.start - 60):q.start]) or \
                    (re.search(r"\b(?:put|puts|putting|gives?|gave|assigns?|assigned)\s+(?:it\s+|that\s+)?(?:about\s+|roughly\s+)?$",
                               before) and re.match(r"\s*(?:%|percent|per cent)?\s*(?:on|to)\b", after)):
                continue  # "puts the odds at 65%", "put 70% on": a probability, not a score
            if is_year(q) or (q.unit == "points" and not re.search(r"\bscor|\bElo\b", view.text)
                              and not (benches and POINTS_SCORE_RX.search(self.text, max(view.sent.start_char, q.start - 30),
                                                                           min(view.sent.end_char, q.end + 12)))):
                continue  # (but "it achieved 69.3 points on the GPQA-diamond test", "LiveCodeBench (64.9 points)")
            if re.search(r"\b(?:human|humans|expert|experts|random|chance|physician|doctor)s?(?:\s+[\w-]+)?\s+"
                         r"(?:baseline|level|performance|average|accuracy|score)s?\s*(?:of|at|is|was|:)?\s*$",
                         self.text[max(view.sent.start_char, q.start - 45):q.start], re.I):
                continue  # "substantially exceeding the human baseline of 29.2%": people's score, not a model's
            if _inside_forecast(self.text[view.sent.start_char:q.start], scores=True):
                continue  # "an 80% chance that some model scores above 80%": a forecast's threshold, not a score
            listed = span.start >= view.sent.start + 2 and doc[span.start - 1].text == "(" \
                and span.end < view.sent.end and doc[span.end].text == ")" and benches \
                and view.index.at.get(span.start - 2) is not None and view.index.at[span.start - 2].label_ in MODELS
            # "R1's rating of 2,029 trails o1's 2,061": a model's figure on the test the sentence names
            possessed = benches and span.start >= view.sent.start + 2 and doc[span.start - 1].text in ("'s", "\u2019s") \
                and view.index.at.get(span.start - 2) is not None and view.index.at[span.start - 2].label_ in MODELS
            if q.kind == "number" and not listed and not possessed and not self._score_context(span, q, doc):
                continue  # (but "edging out Grok 4.1 (1484) and Claude Sonnet 4.5 (1449)" in a sentence on a leaderboard)
            bench = respective.get(id(q)) or (self._nearest_benchmark(span, benches) if benches
                                               else self._benchmark_from_context(view, span))
            if bench is None and not benches and id(q) in respective_models and self.last_bench is not None and \
                    view.index.sentence_number(view.sent.start) - self.last_bench[0] <= 2:
                # "Grok 3 scored 1,400 on Chatbot Arena. GPT-4o and o1 only scored 1377 and 1353, respectively.": the
                # test the sentence before scored
                bench = next((b for b in reversed(view.index.mentions) if b.kb_id_ == self.last_bench[1]
                              and b.start < view.sent.start), None)
            if bench is None and not benches and out and (q.unit == "%" or "." in q.text):
                bench = next((b for b in reversed(view.index.mentions) if b.kb_id_ == out[-1]["benchmark"]
                              and b.start < view.sent.end), None)  # "... on the index, ahead of GPT-5.2 on 76.9"
            if bench is None:
                continue
            attributed = ATTRIBUTED_FIGURE_RX.match(self.text, span.end_char)
            # "the 69.1% OpenAI lists for its own o3 reasoning model": the model the figure is given for
            model = respective_models.get(id(q)) or (next((e for e in view.ents(MODELS) if 0 <= e.start_char - attributed.end() <= 12
                                                           and re.fullmatch(r"(?:(?:its|their|the)\s+)?(?:own\s+)?",
                                                                            self.text[attributed.end():e.start_char])), None)
                                                     if attributed else None) \
                or self._possessed_score(view, span) or self._score_for(view, span) or self._version_scored(view, span) \
                or self._score_owner(view, span)
            if model is None:
                continue
            if not benches and not view.ents(MODELS) and re.search(r"\b(?:I|we|would|could|might)\b", view.text):
                continue  # "I would put that at 70%": an opinion, and neither side is named
            unit = q.unit
            if unit != "%" and (re.search(r"\bElo\b", view.text) or re.search(r"arena(?![- ]?hard)", bench.kb_id_, re.I)):
                unit = "Elo"
            elif unit == "points":
                unit = None
            claim = self._claim(view, "benchmark_score", model.kb_id_, span.root, "score:number-near-benchmark",
                                (0.8 if q.unit == "%" else 0.65) if benches else 0.5, value=q.value, unit=unit,
                                benchmark=bench.kb_id_)
            if claim["modality"] == "expected":
                continue  # "will pass 70%": a prediction, not a score
            view.used.add(id(q))
            out.append(claim)
            if not respective:
                if bench.kb_id_ in self.scored_benches:
                    self.scored_benches.remove(bench.kb_id_)
                self.scored_benches.append(bench.kb_id_)
        return out

    def _benchmark_from_context(self, view: SentenceView, span: Span) -> Optional[Span]:
        """'... posts 74.5% on the same test': the benchmark of the sentences just before."""
        same = re.search(r"\bsame (?:test|benchmark|evaluation|exam|table|chart|leaderboard)", view.lower)
        index = view.index
        here = index.sentence_number(view.sent.start)
        recent = self.last_bench is not None and here - self.last_bench[0] <= 2
        # "The same table put Claude 3.5 Sonnet at 88.3"; "Lumisk-3 came in at 61.4" right after scores on a test
        decimal = "." in span.text and re.fullmatch(r"\d{1,3}\.\d{1,2}", span.text) is not None and float(span.text) <= 100
        if BENCH_ANAPHOR_RX.match(self.text, span.end_char):
            # "Halyard 4 scored 78.4 on the index": the benchmark the last sentences named
            return index.salient_before(view.sent.start, {"Benchmark"}, sentences=3)
        if span.root.lower_ not in ("%", "percent") and not span.text.endswith("%") and "percent" not in span.text \
                and not (decimal and (same or recent)):
            return None
        doc = view.sent.doc
        window = doc[max(view.sent.start, span.start - 5):min(view.sent.end, span.end + 5)]
        listed = span.start >= 2 and doc[span.start - 1].text == "(" and span.start - 2 in view.index.at \
            and view.index.at[span.start - 2].label_ == "AIModel"  # "Sable-7 (86.2%), Lumen 2 Pro (83.1%)"
        # "edges out the 74.5 percent Anthropic reported for Claude Opus 4.1": a maker's figure for its model
        attributed = ATTRIBUTED_FIGURE_RX.match(self.text, span.end_char) is not None
        if not (re.search(r"\bsame (?:test|benchmark|evaluation|exam)|\bthat (?:test|benchmark)", view.lower) or listed
                or attributed or any(t.lemma_ in SCORE_WORDS or t.lower_ in SCORE_WORDS for t in window)):
            return None
        paragraph = self.text.rfind("\n", 0, view.sent.start_char) + 1
        if self.last_bench is not None and index.sents[self.last_bench[0]].start_char < paragraph:
            # "Kettleby also introduced a benchmark of its own, ShoalQA ... Max scores 68.5 there": a new
            # paragraph's own test, over the one scored in the paragraph before
            own = [s for s in index.mentions if s.label_ == "Benchmark" and paragraph <= s.start_char < view.sent.start_char]
            if own:
                return own[-1]
        if self.last_bench is not None and here - self.last_bench[0] <= 5:
            # the test the last scores were on, over one named in passing ("a successor to FinanceBench")
            return next((s for s in reversed(index.mentions) if s.start < view.sent.start and s.kb_id_ == self.last_bench[1]),
                        index.salient_before(view.sent.start, {"Benchmark"}, sentences=2))
        return index.salient_before(view.sent.start, {"Benchmark"}, sentences=2)

    @staticmethod
    def _score_context(span: Span, q: Quantity, doc: Doc) -> bool:
        """A bare number is a score only next to a scoring word or a benchmark."""
        window = doc[max(span.sent.start, span.start - 4):min(span.sent.end, span.end + 3)]
        if any(t.lower_ in SCORE_WORDS or t.lemma_ in SCORE_WORDS for t in window):
            return True
        return "." in q.text or q.value <= 100 and any(t.text == ":" for t in window)

    @staticmethod
    def _nearest_benchmark(span: Span, benches: Sequence[Span]) -> Optional[Span]:
        doc = span.doc
        best, best_score = None, None
        for bench in benches:
            if bench.start >= span.end:
                gap = [t.lower_ for t in doc[span.end:bench.start]]
                score = 0 if len(gap) <= 4 and set(gap) <= {"on", "in", "at", "the", "'s", "its", "for", "across", "%", "percent", "of"} \
                    else 10 + bench.start - span.end
            else:
                gap = [t.lower_ for t in doc[bench.end:span.start]]
                score = 1 if len(gap) <= 5 and set(gap) <= {"score", "scores", "of", ":", ",", "-", "at", "is", "was", "reached",
                                                             "hit", "with", "a", "an", "the", "rating", "accuracy", "on", "(", "result", "to"} \
                    else 10 + span.start - bench.end
            if best_score is None or score < best_score:
                best, best_score = bench, score
        return best

    def _score_owner(self, view: SentenceView, span: Span) -> Optional[Span]:
        doc = span.doc
        index = view.index
        # "o3-mini's 79.7%"
        i = span.start - 1
        while i >= view.sent.start and doc[i].lower_ in ("the", "a", "an"):
            i -= 1
        if i >= view.sent.start and doc[i].text in ("'s", "\u2019s", "'"):
            owner = index.at.get(i - 1)
            if owner is not None and owner.label_ in MODELS:
                return owner
        # "a shade under the 85.7% GPT-5 reaches": the model right after the figure, with a scoring verb of its own
        after = index.at.get(span.end)
        if after is not None and after.label_ in MODELS and after.start == span.end and after.end < view.sent.end and \
                (doc[after.end].lower_ in SCORE_WORDS or doc[after.end].lemma_ in SCORE_WORDS) and doc[after.end].pos_ in ("VERB", "AUX"):
            return after
        # "R1 scored 49.2% and o1 48.9%": a model named right before the figure
        if span.start - 1 >= view.sent.start and span.start - 1 in index.at and index.at[span.start - 1].label_ in MODELS \
                and index.at[span.start - 1].end == span.start:
            return index.at[span.start - 1]
        # "X beats Y on GPQA, 59.4% to 53.6%": the figures follow the order of the models
        pair = self._figure_pair(view, span)
        if pair is not None:
            return pair
        # "Gemini 2.0 Flash (60.1)"
        if i >= view.sent.start + 1 and doc[i].text == "(":
            owner = index.at.get(i - 1)
            if owner is not None and owner.label_ in MODELS:
                return owner
        # "GPT-4o at 96.1", "o3-mini: 79.7%", "beating Lumisk-3, at 74.2,"
        if i >= view.sent.start + 1 and doc[i].lower_ in ("at", ":", "with", "scoring", "on"):
            owner = index.at.get(i - 1)
            if owner is None and doc[i].lower_ == "at" and doc[i - 1].text == "," and i >= view.sent.start + 2:
                owner = index.at.get(i - 2)
            if owner is not None and owner.label_ in MODELS:
                return owner
        # "84% for Gemini 2.5 Pro", "the 70.3% of Claude 3.7 Sonnet",
        # "the 70.3% Anthropic reported for Claude 3.7 Sonnet"
        j = span.end
        for k in range(j, min(view.sent.end - 1, j + 5)):
            if doc[k].lower_ in ("for", "by", "from", "of"):
                n = k + 1  # "49.2% for the original DeepSeek-R1"
                while n < min(view.sent.end - 1, k + 6) and (doc[n].lower_ in ("the", "original", "older", "previous",
                                                                              "earlier", "first", "old", "its", "last")
                                                             or doc[n].lower_ in MONTHS and doc[n + 1].lower_ in ("version", "release")
                                                             or doc[n].lower_ in ("version", "release") and doc[n + 1].lower_ == "of"
                                                             or doc[n].lower_ == "of" and doc[n - 1].lower_ in ("version", "release")):
                    n += 1  # "against 79.2% for the December version of o1"
                owner = index.at.get(n)
                if owner is not None and owner.label_ in MAKERS and owner.end + 1 < view.sent.end and \
                        doc[owner.end].text in ("'s", "\u2019s"):
                    owner = index.at.get(owner.end + 1)  # "86.4% recorded for OpenAI's GPT-4": the model, not its maker
                if owner is not None and owner.label_ in MODELS:
                    return owner
                if doc[n].lower_ in ("predecessor", "forerunner") and n > j:
                    # "to 74.5%, up from 72.5% for its predecessor": the older model of the one the sentence is about
                    current = next((self._score_owner(view, q) for _, q in view.quantities if q.end <= span.start), None)
                    older = self._relative_model(index, current.kb_id_, "predecessor") if current is not None else None
                    if older is not None:
                        return older
                break
            if k > j and (doc[k].like_num or doc[k].is_punct or doc[k].i in index.at
                          and index.at[doc[k].i].label_ in MODELS):
                break
            if k == j and doc[k].is_punct:
                break
        speaker = None
        if index.has_parse:
            for t in span.root.ancestors:  # "GPT-5, which Anthropic's table lists at 85.7%"
                if t.dep_ in ("relcl", "acl") and t.head.i in index.at and index.at[t.head.i].label_ in MODELS:
                    return index.at[t.head.i]
                if t.dep_ in ("ROOT", "ccomp", "conj"):
                    break
            verb = governing_verb(span.root)
            subj = subject_of(verb)
            if subj is not None:
                owner = index.entity_of(subj, MODELS)
                if owner is not None:
                    return owner
                speaker = index.entity_of(subj, MAKERS, resolve=True)
            root_subj = subject_of(view.sent.root)
            if root_subj is not None and root_subj.i < span.start:
                owner = index.entity_of(root_subj, MODELS)
                if owner is not None:
                    return owner
        models = view.ents(MODELS)
        preceding = [m for m in models if m.end <= span.start and not self._in_contrast(m)]
        if preceding:
            return preceding[-1]
        following = [m for m in models if m.start >= span.end and not self._compared_with(m)]
        if following and following[0].start - span.end <= 6:
            return following[0]
        if speaker is not None:  # "Google reports 63.8%": the model Google is talking about
            made = [n for n, meta in index.info.items() if meta.get("maker") == speaker.kb_id_]
            owner = index.salient_before(view.sent.start, MODELS, sentences=4,
                                         exclude=[n for n in index.info if n not in made] if made else ())
            if owner is not None:
                return owner
        return index.salient_before(view.sent.start, MODELS, sentences=2)

    def _figure_pair(self, view: SentenceView, span: Span) -> Optional[Span]:
        """'..., 59.4% to 53.6%' / '88.6 to 88.7' / '92.7% against 88.9%' after two named models."""
        text = self.text
        # (a pair may end the sentence: "..., 87.9 to 88.6.")
        pair = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)\s?%?\s+(?:to|against|versus|vs\.?)\s+(\d+(?:\.\d+)?)\s?%?(?!\w|\.\d)")
        lo = max(view.sent.start_char, span.start_char - 30)
        for m in pair.finditer(text, lo, min(view.sent.end_char, span.end_char + 30)):
            if not (m.start() <= span.start_char < m.end()):
                continue
            first = span.start_char < m.start(2)
            models = []
            for e in view.ents(MODELS):
                if e.end_char <= m.start() and e.kb_id_ not in [x.kb_id_ for x in models]:
                    models.append(e)
            if len(models) == 1 and view.index.has_parse:
                # "on GPQA Diamond it trails o1, 71.5% to 75.7%": the pronoun is the first side
                subj = next((t for t in view.sent if t.i < models[0].start and t.dep_ in ("nsubj", "nsubjpass")
                             and t.i not in view.index.at), None)
                ent = view.index.entity_of(subj, MODELS) if subj is not None else None
                if ent is not None and ent.kb_id_ != models[0].kb_id_:
                    models.insert(0, ent)
            if len(models) < 2 and self._last_pair is not None and \
                    0 < view.index.sentence_number(view.sent.start) - self._last_pair[0] <= 3 and \
                    not re.search(r"\bfrom\s+$", text[max(view.sent.start_char, m.start() - 6):m.start()]):
                # "On MATH-500 the Chinese system edges ahead again, 97.3% to 96.4%": the two sides of the
                # scores told just before, the sentence's own model first
                sides = list(self._last_pair[1])
                if len(models) == 1 and models[0].kb_id_ in sides:
                    named = models[0]
                    other = next(v for v in sides if v != named.kb_id_)
                    return named if first != (self._compared_with(named) or self._in_contrast(named)) else \
                        self._span_of(view, other)
                if not models and view.index.has_parse:
                    subj = next((t for t in view.sent if t.i < span.start and t.dep_ in ("nsubj", "nsubjpass")), None)
                    ent = view.index.entity_of(subj, MODELS) if subj is not None else None
                    if ent is not None and ent.kb_id_ in sides:
                        sides.remove(ent.kb_id_)
                        sides.insert(0, ent.kb_id_)
                    return self._span_of(view, sides[0] if first else sides[1])
            if len(models) >= 2:
                return models[0] if first else models[1]
        return None

    def _span_of(self, view: SentenceView, name: str) -> Optional[Span]:
        """The latest mention of a model up to the end of this sentence."""
        return _mention_of(view.index, view.sent.end, name, MODELS, sentences=4)

    def _compared_with(self, span: Span) -> bool:
        """A model named as the other side of a comparison ("A result of 38.7 trails DeepSeek-V3")
        does not own the figure before the comparison."""
        doc = span.doc
        k = span.start - 1
        while k > span.sent.start and doc[k].lower_ in ("the", "a", "an", "out", "past"):
            k -= 1  # "edges out the", "pulls past"
        before = doc[k]
        if before.i < span.start and (self.cmp_forms.get(before.lower_) or self.cmp_forms.get(before.lemma_.lower())):
            return before.lower_ not in ("of", "than", "behind", "above", "below")  # the parser's tag aside ("trails/NOUN")
        head = span.root.head
        if span.root.dep_ == "pobj" and head.head != head:
            head = head.head
        return span.root.dep_ in ("dobj", "pobj") and head.i < span.start and \
            bool(self.cmp_forms.get(head.lower_) or self.cmp_forms.get(head.lemma_.lower()))

    @staticmethod
    def _in_contrast(span: Span) -> bool:
        """A model named inside 'against 96.4% for o1' or 'versus o1' owns the other figure."""
        for t in span.root.ancestors:
            if t.lower_ in ("against", "versus", "vs", "vs.", "than", "compared", "for", "behind", "of"):
                return True
            if t.pos_ == "VERB":
                return False
        return False

    # -- comparisons -------------------------------------------------------------------------
    def _comparisons(self, view: SentenceView, last_score: Optional[dict]) -> List[dict]:
        out = []
        sent = view.sent
        doc = sent.doc
        triggers: List[Tuple[Token, str, Optional[Token]]] = []
        for token in sent:
            direction = self.cmp_forms.get(token.lower_) or self.cmp_forms.get(token.lemma_.lower())
            if direction and token.pos_ not in ("ADP", "DET", "ADJ") and not token.is_stop and token.dep_ != "amod" \
                    and not (token.pos_ == "NOUN" and token.lemma_.lower() == "rival"):
                # "its rivals such as OpenAI": a competitor, not a result ("a match for o1", "its lead over" are);
                # "the leading assistant": a participle used as an adjective sets no two names against each other
                triggers.append((token, direction, None))
        for rx, direction in self.cmp_phrases:
            for m in rx.finditer(view.text):
                span = doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(), alignment_mode="expand")
                if span is not None and not any(t == span[0] or t == span[-1] for t, _, _ in triggers):
                    triggers.append((span[0], direction, span[-1]))
        left_behind = self._left_behind(view)
        if left_behind is not None:
            out.append(left_behind)
            triggers = [t for t in triggers if t[0].lower_ not in ("behind", "trailing", "adrift")]
        for token, direction, last in triggers:
            if (last is None and self._not_a_comparison(token)) or self._not_a_rival(token):
                continue
            if token.lower_ == "behind" and token.head.i == token.i - 1 and token.head.pos_ == "NOUN" \
                    and token.head.lemma_.lower() in BEHIND_MAKERS:
                continue  # "the toolkit behind its Claude Code product", "the company behind ChatGPT": what powers it
            if last is None and _passive(token) and direction != "level":
                # "X was beaten by Y": the agent is the side ahead
                direction = "behind" if direction == "ahead" else "ahead"
            found = self._comparison_args(view, token, last, last_score, triggers)
            if found is None:
                continue
            first, objs, bench, via_score, also = found
            for subj in [first, *also]:
                out.extend(self._comparison_claims(view, token, sent, direction, subj, objs, bench, via_score))
        return out

    def _comparison_claims(self, view: SentenceView, token: Token, sent: Span, direction: str, subj: str,
                           objs: List[str], bench: Optional[str], via_score: bool) -> List[dict]:
        """The comparison claims of one side ahead (or level, or behind) of each of ``objs``."""
        out = []
        # a race between models: "the 69.1% OpenAI lists for its own o3" is o3's figure
        subj = self._model_of(view, subj)
        objs = [self._model_of(view, o) for o in objs]
        named = {e.kb_id_ for e in view.ents()}
        if view.index.type_of(subj) in MAKERS and subj not in named and objs and \
                all(view.index.type_of(o) in MODELS for o in objs):
            # "It sits 5.8 points above o3": "it" is the model the story is about, not its maker
            model = view.index.salient_before(view.sent.start, MODELS)
            subj = model.kb_id_ if model is not None else subj
        told_by = [e for e in view.ents(MAKERS) if e.kb_id_ == subj]
        if told_by and all(re.search(r"\baccording to\s+(?:the\s+)?$", self.text[max(sent.start_char, e.start_char - 20):e.start_char],
                                     re.I) for e in told_by):
            # "a model that, according to Meta's benchmarks, is ahead of ... systems from OpenAI", "According to
            # Google, this result places it ahead of ... Anthropic": the firm tells it, its model is ahead
            model = view.index.salient_before(view.sent.start + 1, MODELS)
            subj = model.kb_id_ if model is not None else subj
        for obj in objs:
            ahead, behind = (subj, obj) if direction != "behind" else (obj, subj)
            if ahead == behind or not _comparable(view.index.type_of(subj), view.index.type_of(obj)):
                continue  # "Mistral AI ... comes within reach of the top models from OpenAI": no model of theirs named
            delta = self._delta(view, token)
            for one in self._listed_benchmarks(view, token, bench, via_score):
                claim = self._claim(view, "comparison", ahead, token, f"comparison:{direction}:{token.lemma_.lower()}",
                                    0.7 if not via_score else 0.55, object=behind, benchmark=one,
                                    relation="matches" if direction == "level" else "outperforms",
                                    value=delta[0] if delta else None, unit=delta[1] if delta else None)
                if claim["modality"] != "expected" and not self._told_as_future(token):
                    out.append(claim)
        return out

    @staticmethod
    def _told_as_future(token: Token) -> bool:
        """"said Inference Cloud would overtake Industrial Vision", "will release a model that beats today's best":
        a lead foretold, in the trigger's clause or a clause it sits in, is a prediction, not a comparison."""
        t = token
        for _ in range(4):
            if any(c.dep_ == "aux" and c.text in ("will", "'ll", "wo", "shall", "would") for c in t.children):
                return True
            if t.lemma_.lower() in ("predict", "forecast", "expect", "bet", "wager", "reckon", "promise", "vow", "pledge"):
                return True
            if t.head == t or t.dep_ not in ("relcl", "ccomp", "xcomp", "acl", "dobj", "conj", "advcl"):
                return False
            t = t.head
        return False

    def _listed_benchmarks(self, view: SentenceView, token: Token, bench: Optional[str], via_score: bool) -> List[Optional[str]]:
        """"o3-mini beat o1 on multiple benchmarks including math (AIME 2024), science (GPQA Diamond), and coding
        (Codeforces)": a comparison told once over a list of tests holds on each of them. Only without
        scores in the sentence: with scores, each test's pair of figures is compared on its own."""
        if bench is None or via_score:
            return [bench]
        listed = [e for e in view.ents({"Benchmark"}) if e.start > token.i]
        if bench not in {e.kb_id_ for e in listed} or len({e.kb_id_ for e in listed}) < 2:
            return [bench]
        if any(q.kind in ("percent", "number") and not any(e.start_char <= q.start < e.end_char for e in view.ents())
               for q, _span in view.quantities):
            return [bench]
        names: List[str] = []
        for e in listed:
            if e.kb_id_ not in names:
                names.append(e.kb_id_)
        return names

    def _left_behind(self, view: SentenceView) -> Optional[dict]:
        """'Halcyon Lattice 2 posted 68.0%, leaving Kestrel-4 Pro 1.8 points behind': the one left
        behind trails the subject of the clause."""
        index = view.index
        if not index.has_parse:
            return None
        for token in view.sent:
            # "leaving X 1.8 points behind", "It leaves o3, which OpenAI lists at 69.1%, trailing by 5.8 points"
            if token.lower_ not in ("behind", "trailing", "adrift") or token.head.lemma_ != "leave":
                continue
            leave = token.head
            left = next((index.entity_of(c, MODELS | MAKERS, resolve=False) for c in leave.children if c.dep_ == "dobj"), None)
            subj = subject_of(leave) if subject_of(leave) is not None and subject_of(leave).i < leave.i else None
            if subj is None and leave.dep_ in ("advcl", "xcomp", "conj"):
                subj = subject_of(leave.head)
            ahead = None
            if subj is not None and left is not None:  # "It leaves o3 trailing": a model leaves a model behind
                ahead = index.entity_of(subj, MODELS if left.label_ in MODELS else MAKERS) or index.entity_of(subj, MODELS | MAKERS)
            if left is None or ahead is None or left.kb_id_ == ahead.kb_id_:
                return None
            benches = [b.kb_id_ for b in view.ents({"Benchmark"})]
            if not benches and len(set(self.sentence_benches)) == 1:
                benches = self.sentence_benches[:1]  # "It leaves o3, which OpenAI lists at 69.1%, trailing": the test of its scores
            elif not benches and self.last_bench is not None and \
                    index.sentence_number(view.sent.start) - self.last_bench[0] <= 1:
                benches = [self.last_bench[1]]  # the test scored in the sentence before
            delta = self._delta(view, token)
            return self._claim(view, "comparison", ahead.kb_id_, token, "comparison:behind:leave", 0.7,
                               object=left.kb_id_, benchmark=benches[0] if benches else None,
                               relation="outperforms", value=delta[0] if delta else None, unit=delta[1] if delta else None)
        return None

    @staticmethod
    def _model_of(view: SentenceView, name: str) -> str:
        """A company named as a side of a benchmark comparison stands for its model in the sentence."""
        index = view.index
        if index.type_of(name) not in MAKERS:
            return name
        made = [m.kb_id_ for m in view.ents(MODELS) if index.maker_of(m.kb_id_) == name]
        return made[0] if len(set(made)) == 1 else name

    @staticmethod
    def _not_a_comparison(token: Token) -> bool:
        """'The round was led by X', 'led the round', 'topped $100 billion': same verbs, other senses."""
        if token.lemma_ == "lead" and any(c.dep_ in ("auxpass", "agent") for c in token.children):
            return True
        if token.lower_ == "leading" and (token.dep_ == "amod" or (
                not any(c.dep_ == "dobj" for c in token.children) and token.i + 1 < len(token.doc)
                and token.doc[token.i + 1].pos_ in ("NOUN", "ADJ"))):
            return True  # "competing with leading search engines such as Google": the big ones, not ahead of one
        if token.lemma_ == "lead" and token.pos_ == "NOUN" and not any(
                c.dep_ == "prep" and c.lower_ in ("over", "against") for c in token.children):
            return True  # "a 12.1-point lead on one of AI's hardest tests": ahead of whom, it does not say here
        return ClaimExtractor._not_a_rival(token) or ClaimExtractor._other_sense(token)

    @staticmethod
    def _not_a_rival(token: Token) -> bool:
        """'ahead of today's announcements', 'surpassing 10 trillion won', 'forecasts above 30%': a time or a
        figure after the word, not a rival."""
        after = token.doc[token.i + 1:token.i + 5]
        if token.lower_ == "ahead" and len(after) >= 2 and after[0].lower_ == "of" and re.match(
                r"(?:(?:today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|this week|next week)(?:'s|\u2019s)?"
                r"|(?:the|its|their|his|her|next|this|a|an)\b)\s*(?:[\w-]+\s+){0,3}?(?:announcements?|earnings|results|"
                r"launch|event|meeting|conference|ipo|holiday|release|report|call|deadline|vote|election|summit|"
                r"keynote|listing|debut|festival|season|quarter)\b", token.doc[after[1].i:].text[:80], re.I):
            return True  # "told me ahead of today's announcements": before an event, not ahead of a rival
        if token.lower_ in ("above", "below", "over", "under") or token.lemma_.lower() in ("surpass", "exceed", "top", "pass"):
            k = token.i + 1
            # (not "5.8 points above the 69.1% OpenAI lists for its own o3": a score that stands for its model)
            while k < len(token.doc) and token.doc[k].lower_ in ("about", "roughly", "some", "nearly", "almost", "around",
                                                                  "more", "than"):
                k += 1
            if k < len(token.doc) and (token.doc[k].like_num or token.doc[k].text in ("$", "€", "£", "¥")):
                return True  # "surpassing 10 trillion won", "forecasts above 30%": a figure, not a rival
        return False

    @staticmethod
    def _other_sense(token: Token) -> bool:
        objects = [c for c in token.children if c.dep_ in ("dobj", "attr")]
        if any(o.lemma_ in ("round", "investment", "funding", "financing", "team", "effort", "list", "chart", "way",
                            "wave",
                            "charge", "push", "deal", "development", "project", "estimate", "expectation",
                            "forecast", "consensus") for o in objects):
            return True
        return any(o.like_num or o.ent_type_ in ("MONEY", "PERCENT", "CARDINAL", "QUANTITY") for o in objects)

    def _paired_scores(self, view: SentenceView, scores: List[dict], found: List[dict]) -> List[dict]:
        """'R1 posts 97.3% on MATH-500 against 96.4% for o1', 'Sable-7 (86.2%), Lumen 2 Pro (83.1%)': two
        scores on one benchmark in one sentence compare their models (the higher one is ahead), with or
        without a word that sets them against each other."""
        if len(scores) < 2 or RESPECTIVELY_RX.search(view.text):
            return []  # "X, Y and Z scored A, B and C respectively": a table read out, not a contest
        have = {(c["subject"], c["object"], c["benchmark"]) for c in found if c["kind"] == "comparison"}
        have |= {(b, a, bench) for a, b, bench in have}
        out = []
        by_bench: Dict[str, List[dict]] = {}
        for score in scores:
            if isinstance(score["value"], (int, float)):
                by_bench.setdefault(score["benchmark"], []).append(score)
        for bench, group in by_bench.items():
            main = group[0]
            for other in group[1:]:
                if other["subject"] == main["subject"] or other["unit"] != main["unit"] or other["value"] == main["value"]:
                    continue
                ahead, behind = (main, other) if main["value"] > other["value"] else (other, main)
                if (ahead["subject"], behind["subject"], bench) in have:
                    continue
                have.add((ahead["subject"], behind["subject"], bench))
                claim = dict(main, kind="comparison", subject=ahead["subject"], object=behind["subject"], value=None,
                             unit=None, relation="outperforms", confidence=0.6, rule="comparison:paired-scores")
                out.append(claim)
        return out

    def _scores_across_sentences(self, view: SentenceView, scores: List[dict], previous: List[dict],
                                 found: List[dict], earlier: List[dict]) -> List[dict]:
        """'Phi-4 scores 56.1% on GPQA. Phi-3 managed just 31.2% on that test.': a score set against
        one in the sentence before, on the same benchmark, compares the two models."""
        if not scores or not previous or not CROSS_CUES.search(view.text):
            return []
        have = {(c["subject"], c["object"], c.get("benchmark")) for c in [*found, *earlier] if c["kind"] == "comparison"}
        have |= {(b, a, bench) for a, b, bench in have}
        have |= {(a, b, None) for a, b, _ in have}
        out = []
        for score in scores:
            # only the sentence's lead score: the one the next sentence is set against
            for before in [p for p in previous if p["benchmark"] == score["benchmark"]][:1]:
                if before["subject"] == score["subject"] \
                        or before["unit"] != score["unit"] or not isinstance(score["value"], (int, float)) \
                        or not isinstance(before["value"], (int, float)) or before["value"] == score["value"]:
                    continue
                ahead, behind = (score, before) if score["value"] > before["value"] else (before, score)
                if (ahead["subject"], behind["subject"], score["benchmark"]) in have \
                        or (ahead["subject"], behind["subject"], None) in have:
                    continue
                have.add((ahead["subject"], behind["subject"], score["benchmark"]))
                out.append(dict(score, kind="comparison", subject=ahead["subject"], object=behind["subject"], value=None,
                                unit=None, relation="outperforms", confidence=0.5, rule="comparison:scores-across-sentences"))
                break
        return out

    def _comparison_objects(self, view: SentenceView, token: Token, last: Optional[Token],
                            others: Sequence[Token] = ()) -> List[Span]:
        """The other side(s): objects of the trigger verb or of the phrase's preposition, with
        conjuncts; without a usable parse, the names after the trigger up to the clause's end."""
        index = view.index
        doc = view.sent.doc
        anchor = last if last is not None else token
        heads: List[Token] = []
        if index.has_parse and (last is not None or token.pos_ in ("VERB", "AUX")):
            # "3.1 points behind X and 5.4 behind Y": Y belongs to the second "behind"
            # ("On the LMArena leaderboard, it has outperformed ...": where it was measured, not a rival)
            heads = [t for t in objects_of(token) if not (t.dep_ == "pobj" and t.head.lower_ in SETTING_PREPS)] \
                if last is None else [t for t in anchor.subtree if t.dep_ == "pobj"
                                                            and (t.head == anchor or t.head not in others)] or \
                [c for c in anchor.children if c.dep_ in ("pobj", "dobj")]
            heads += [c for t in list(heads) for c in t.conjuncts if c not in heads]
        found: List[Span] = []
        for head in heads:
            ent = index.at.get(head.i)
            if ent is None and head.pos_ == "NOUN":
                # "beat OpenAI's best model, o3-mini-high": the name in apposition is the rival
                ent = next((index.at[c.i] for c in head.children if c.dep_ == "appos" and c.i in index.at
                            and index.at[c.i].label_ in COMPARABLE), None)
            if ent is None and head.lower_ in ("model", "system", "chatbot"):
                # "close to the proprietary o4-mini model": the model named before the noun
                ent = next((index.at[c.i] for c in head.children if c.dep_ in ("compound", "amod") and c.i in index.at
                            and index.at[c.i].label_ in MODELS), None)
            if ent is None and head.lower_ in ("model", "system", "chatbot") and \
                    any(c.dep_ in ("compound", "poss", "amod") and c.i in index.at for c in head.children):
                ent = index.refer_back(head, MODELS)  # "short of the Anthropic model": that maker's model in play
            ent = ent or index.entity_of(head, COMPARABLE, resolve=False)
            if ent is not None and ent.label_ in COMPARABLE and ent not in found:
                found.append(ent)
        if found:
            # "trades blows with OpenAI's GPT-4o and Anthropic's Claude 3.5 Sonnet": the parser may hang only
            # the last name on the preposition; names listed between it and the phrase are objects too
            first = min(e.start for e in found)
            glue = (",", "and", "or", "both", "'s", "\u2019s", "the")
            for e in view.ents(COMPARABLE):
                if not anchor.i < e.start < first or e in found or doc[e.end].text in ("'s", "\u2019s"):
                    continue
                lead = doc[anchor.i + 1:e.start]
                if LIST_LEAD_RX.fullmatch(lead.text if len(lead) else ""):
                    lead = []  # "outperforms rival lightweight models like Google's Gemma 3, ...": the list's first name
                if all(t.lower_ in glue or (t.i in index.at and index.at[t.i].label_ in MAKERS)
                       for t in [*lead, *doc[e.end:first]]) and \
                        any(t.lower_ in (",", "and", "or") for t in doc[e.end:first]):
                    found.insert(0, e)
        if len(found) > 1:
            # "models like Llama 3.3 70B, GPT-4o, and Qwen 2.5 72B": a name the parser hung elsewhere inside the list
            first, last_end = min(e.start for e in found), max(e.end for e in found)
            prev = None
            for e in view.ents(COMPARABLE):
                if not first <= e.start < last_end:
                    continue
                if e not in found and prev is not None and doc[prev:e.start] and \
                        all(t.lower_ in (",", "and", "or") for t in doc[prev:e.start]):
                    found.append(e)
                prev = e.end
        if found:  # "leapfrogged GPT-4.5 and Grok 3": a list goes on after the first object
            last_end = max(e.end for e in found)
            for e in view.ents(COMPARABLE):
                if e.start < last_end or e in found:
                    continue
                between = doc[last_end:e.start]
                if all(t.lower_ in (",", "and", "or", "as", "well", "both", "'s", "the") or
                       (t.i in index.at and index.at[t.i].label_ in MAKERS) for t in between) and \
                        any(t.lower_ in (",", "and", "or") for t in between) and \
                        not (index.has_parse and e.root.dep_ in ("nsubj", "nsubjpass") and e.root.head.pos_ in ("VERB", "AUX")):
                    found.append(e)  # (", and Tovel-2 runs as fast as Tovel-1": a new clause's subject ends the list)
                    last_end = e.end
                else:
                    break
        if not found:
            for t in doc[anchor.i + 1:view.sent.end]:
                if t.text in (";", "which", "while", "whereas", "but") or (t.text == "," and found):
                    break
                ent = index.at.get(t.i)
                if ent is None or ent.label_ not in COMPARABLE or ent in found:
                    continue
                if ent.end < view.sent.end and doc[ent.end].text in ("'s", "\u2019s") and ent.end + 1 in index.at:
                    continue  # "OpenAI's o3-mini": the possessor is not the other side
                found.append(ent)
        return found

    def _comparison_args(self, view: SentenceView, token: Token, last: Optional[Token], last_score: Optional[dict],
                         triggers: Sequence[Tuple[Token, str, Optional[Token]]] = ()):
        index = view.index
        doc = view.sent.doc
        objects = self._comparison_objects(view, token, last,
                                           [t for a, _, b in triggers for t in (a, b) if t is not None and t not in (token, last)])
        score_object = False
        if not objects and last_score is not None and token.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "dobj" and c.lower_ in ("that", "this", "it") for c in token.children):
            # "Claude Opus 4 scored 72.5%. GPT-5 later beat that by 2.4 points.": the figure's model
            objects = [s for s in index.mentions if s.kb_id_ == last_score["subject"] and s.start < view.sent.start][-1:]
            score_object = bool(objects)
        relative = None
        if token.pos_ in ("VERB", "AUX") and all(o.label_ not in MODELS for o in objects):
            # "beats its predecessor by 12 points", "trails its bigger sibling": named once the subject is known
            relative = next((c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in RELATIVE_NOUNS), None)
            if relative is None:
                relative = next((g for c in token.children if c.dep_ == "prep" for g in c.children
                                 if g.dep_ == "pobj" and g.lemma_.lower() in RELATIVE_NOUNS), None)
            if relative is not None:
                subj_tok = subject_of(token)
                subj = index.entity_of(subj_tok, MODELS) if subj_tok is not None else None
                other = self._relative_model(index, subj.kb_id_, relative.lemma_.lower()) if subj is not None else None
                if other is not None:
                    objects = [other]
        if not objects:
            return None
        models = view.ents(MODELS)
        for n, obj in enumerate(objects):  # "trails the 70.3% Anthropic reported for Claude 3.7 Sonnet"
            if obj.label_ in MAKERS:
                made = [m for m in models if m.start > obj.start and index.maker_of(m.kb_id_) == obj.kb_id_]
                if made and made[0].start - obj.end <= 4:
                    objects[n] = made[0]
                elif obj.end < len(doc) and doc[obj.end].text in ("'s", "\u2019s") and \
                        (obj.end + 1 >= len(doc) or not doc[obj.end + 1].is_alpha):
                    # "... and 5.4 behind Anthropic's": that maker's model in play
                    earlier = next((s for s in reversed(index.mentions) if s.start < obj.start and s.label_ in MODELS
                                    and index.maker_of(s.kb_id_) == obj.kb_id_), None)
                    if earlier is not None:
                        objects[n] = earlier
        group = _type_group(objects[0].label_)
        subj_name, via_score, bench = None, False, None
        verb = token if token.pos_ in ("VERB", "AUX") else governing_verb(token)
        if last is not None or token.pos_ not in ("VERB", "AUX"):
            # "X ..., ahead of Y": the side ahead is the nominal just before the phrase
            for t in reversed(doc[view.sent.start:token.i]):
                if t.i in index.at or t.pos_ in ("PRON", "PROPN", "NOUN"):
                    if t.lemma_ in ("figure", "score", "result", "number", "mark", "tally") and last_score:
                        subj_name, bench, via_score = last_score["subject"], last_score["benchmark"], True
                        break
                    if t.dep_ == "pobj" and (t.head.lower_ in ("on", "in", "at") or t.head.lower_ in ("of", "than", "behind", "above", "below") and any(
                            t.head.i in (a.i, b.i if b is not None else -1) for a, _, b in triggers)):
                        continue  # "short of the Anthropic model but ahead of DeepSeek-V3": the other side of another comparison
                    ent = index.entity_of(t, group)
                    if ent is not None and ent not in objects:
                        subj_name = ent.kb_id_
                        break
        also: List[str] = []
        if subj_name is None and index.has_parse:
            subj_tok = subject_of(verb)
            if subj_tok is not None:
                ent = index.entity_of(subj_tok, group) if subj_tok.lower_ not in ("that", "this") else None
                if ent is not None and subj_tok.pos_ == "PRON" and ent.start > subj_tok.i:
                    ent = None  # "it" never stands for a name told after it, least of all the rival's
                if ent is not None:
                    subj_name = ent.kb_id_
                    # "Amazon Nova Micro and Amazon Nova Lite outperformed GPT-4o-mini": both subjects are ahead
                    also = [e.kb_id_ for e in (index.at.get(c.i) for c in subj_tok.conjuncts if c.i < verb.i)
                            if e is not None and e.label_ in group and e.kb_id_ != subj_name and e not in objects]
                elif (subj_tok.lemma_ in ("figure", "score", "result", "number", "mark", "tally")
                      or subj_tok.lower_ in ("that", "this")) and last_score:
                    # "That still trails GPT-5 by almost nine points": the figure just given, and its model
                    subj_name, bench, via_score = last_score["subject"], last_score["benchmark"], True
        if subj_name is None:
            before = [e for e in view.ents(group) if e.end <= token.i and e not in objects]
            if before:
                subj_name = before[-1].kb_id_
        if subj_name is None and token.i == view.sent.start or (last is not None and subj_name is None):
            # "Behind Claude Opus 4.5 on SWE-bench Verified sits Gemini 3 Pro"
            after = [e for e in view.ents(group) if e.start > max(o.end for o in objects) - 1 and e not in objects]
            if after:
                subj_name = after[0].kb_id_
        if subj_name is None:
            return None
        names = [o.kb_id_ for o in objects if o.kb_id_ != subj_name and _comparable(index.type_of(subj_name), o.label_)
                 and (o.label_ != "Company" or _rivals(subj_name, o.kb_id_))]
        names = list(dict.fromkeys(names))
        if not names:
            return None
        if bench is None and score_object:
            bench = last_score["benchmark"]
        if bench is None:
            benches = view.ents({"Benchmark"})
            if benches:
                bench = min(benches, key=lambda b: abs(b.start - token.i)).kb_id_
            elif len(set(self.sentence_benches)) == 1:
                bench = self.sentence_benches[0]  # "X came in at 61.4, ... 2.3 points clear of Y": the test of its scores
            elif self.last_bench is not None and index.sentence_number(view.sent.start) - self.last_bench[0] == 1 and \
                    re.search(r"\d\s*(?:percentage\s+)?points?\b", view.text) and index.type_of(subj_name) in MODELS:
                # "Lummo-2 scores 72.9% on GPQA Diamond. It is also 1.4 points more than DeepSeek-R1 managed": a lead in
                # points, right after a score, is on that score's test
                bench = self.last_bench[1]
        return subj_name, names, bench, via_score, [a for a in dict.fromkeys(also) if a not in names]

    @staticmethod
    def _relative_model(index: EntityIndex, name: str, noun: str) -> Optional[Span]:
        """The model a relational noun points to from ``name``: its predecessor (same line, the latest
        lower version named) or its sibling (same version, another size or variant)."""
        def base(n: str) -> str:
            return re.split(r"[\s\-_]+", n.lower())[0]

        def version(n: str) -> Optional[float]:
            m = re.search(r"(\d+(?:\.\d+)?)", n)
            return float(m.group(1)) if m else None

        mine = version(name)
        last: Dict[str, Span] = {}
        for span in index.mentions:
            if span.label_ == "AIModel" and span.kb_id_ != name and base(span.kb_id_) == base(name):
                last[span.kb_id_] = span
        def line(n: str) -> str:  # "Claude 3.7 Sonnet" and "Claude Sonnet 4" -> "claude sonnet"
            return " ".join(w for w in re.split(r"[\s\-_]+", re.sub(r"\d+(?:\.\d+)?", " ", n.lower())) if w)

        if noun in ("predecessor", "forerunner"):
            older = [(version(n), s) for n, s in last.items() if mine is not None and version(n) is not None
                     and version(n) < mine]
            same_line = [o for o in older if line(o[1].kb_id_) == line(name)]
            older = same_line or older
            return max(older, key=lambda v: v[0])[1] if older else None
        siblings = [s for n, s in last.items() if _model_stem(n) == _model_stem(name)]
        return siblings[0] if len(siblings) == 1 else None

    def _delta(self, view: SentenceView, token: Token) -> Optional[Tuple[float, str]]:
        """The margin of a comparison: the nearest 'N points' or 'by N%' to its trigger ('3.6 points short
        of X but 2.3 points ahead of Y')."""
        best = None
        for q, span in view.quantities:
            if q.kind == "number" and span.text == q.text and span.end == token.i and "points" in view.lower and \
                    token.lower_ in ("behind", "ahead", "clear", "above", "below", "short", "adrift", "off", "back", "up", "down"):
                return q.value, "points"  # "3.1 points behind X and 5.4 behind Y": the unit said once
            if q.unit in ("points", "%") and abs(span.start - token.i) <= 12:
                after = self.text[q.end:q.end + 25]
                before = self.text[max(0, q.start - 24):q.start].lower()
                if DELTA_AFTER.match(after) or re.search(r"\bby\s+(?:(?:almost|nearly|about|roughly|around|just|some|"
                                                         r"over|under|more than|less than|close to)\s+)?$", before):
                    distance = token.i - span.end if span.end <= token.i else (span.start - token.i) + 6
                    if best is None or distance < best[0]:
                        best = (distance, (q.value, q.unit))
        return best[1] if best else None

    # -- launches ----------------------------------------------------------------------------
    def _launches(self, view: SentenceView) -> List[dict]:
        out = []
        index = view.index
        seen = set()
        for token in view.sent:
            lemma = token.lemma_.lower()
            is_verb = token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")
            if is_verb and lemma in self.launch_particles:
                following = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
                if not any(c.lower_ in self.launch_particles[lemma] for c in token.children) and \
                        following not in self.launch_particles[lemma] and not (
                            lemma == "make" and any(c.dep_ == "dobj" and any(g.lower_ == "available" and g.dep_ in ("amod", "oprd")
                                                                            for g in c.children) for c in token.children)):
                    continue  # (also "has made its model, Hunyuan, available for businesses", read as an adjective of "model")
                if lemma == "put" and not any(c.lower_ in ("out", "online") for c in token.children) and following not in (
                        "out", "online") and not any(c.dep_ == "dobj" and c.lemma_.lower() in ("weight", "weights", "checkpoint",
                                                                                                   "checkpoints", "code")
                                                     for c in token.children):
                    continue  # "put the weights of Dalbit-2 on Hugging Face"; not "put pressure on Nvidia"
            if token.lower_.startswith("open-sourc"):
                lemma, is_verb = "open-source", True  # merged by kg_names; the tagger may call it ADJ
            if lemma == "available" and token.dep_ in ("acomp", "amod", "oprd") and token.head.lemma_ in ("be", "become") \
                    and (token.head.lemma_ == "become" or any(c.lower_ in ("now", "generally", "broadly", "widely") for c in token.children)
                         or re.search(r"\b(?:from|starting|as of|beginning) (?:today|this week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
                                      self.text[token.idx:view.sent.end_char])):
                objects, maker, referred = self._launch_args_verb(view, token.head)  # "X is now generally available"
            elif lemma == "available" and token.dep_ == "acomp" and token.head.lemma_ == "be" and token.head.tag_ in ("VBZ", "VBP") \
                    and any(c.dep_ == "prep" and c.lower_ in ("through", "via", "on", "from")
                            for c in [*token.children, *token.head.children]) \
                    and not any(c.dep_ == "neg" or c.lower_ in ("not", "only", "no", "longer", "still") for c in token.head.children):
                # "Hunyuan-T1 is available through the Tencent Cloud": a release told by where to get it, kept only when
                # the story tells the model's release no other way (see _availability_only)
                objects, maker, referred = self._launch_args_verb(view, token.head)
                objects = [o for o in objects if o.label_ == "AIModel" and o.root.dep_ in ("nsubj", "nsubjpass")]
                maker, referred = None, False  # (the service it is available through is no maker)
                lemma = "availability"
            elif is_verb and (lemma in self.launch_released or lemma in self.launch_announced):
                if lemma == "drop" and not any(c.dep_ == "dobj" and (c.lemma_.lower() in LAUNCH_DESCRIPTIONS or (
                        c.i in index.at and index.at[c.i].label_ in MODELS)) for c in token.children):
                    continue  # "Meta dropped two new Llama 4 models"; not "shares dropped 4%", "dropped its free tier"
                if lemma in ("follow", "land") and not self._arrived(view, token):
                    continue  # "Its reasoning sibling, DeepSeek-R1, followed on January 20"; not "followed the release"
                if any(a.lemma_ in ("delay", "postpone", "cancel", "scrap", "pause", "halt", "shelve") for a in token.ancestors):
                    continue
                if (token.dep_ == "amod" and token.i > 0 and token.doc[token.i - 1].lower_ in ("the", "a", "an", "its", "this")) \
                        or self._not_an_event(view, token):
                    continue  # "the released o3", "is released under a modified MIT licence", "ships with"
                if view.text.rstrip(" \"'\u201d)").endswith("?") or any(
                        c.dep_ == "aux" and c.lower_ in ("would", "might", "should") for c in token.children):
                    continue  # "When would it release GPT-5?": asked about, not told
                if token.tag_ == "VBG" and _inside_forecast(self.text[view.sent.start_char:token.idx]):
                    continue  # "put a 70% probability on OpenAI releasing GPT-5 before the end of 2024": a forecast
                owner_noun = token.head.head.head if token.head.dep_ == "pobj" and token.head.head.lower_ in ("for", "of") \
                    else token.head
                if token.dep_ in ("relcl", "acl") and (token.head.lower_ in ("%", "percent") or token.head.like_num or
                                                       token.head.lemma_.lower() in FIGURE_HEADS
                                                       or owner_noun.lemma_.lower() in FIGURE_HEADS):
                    continue  # "the 72.5% Anthropic published for Claude Opus 4", "its technical report for V3,
                    # published in December": a figure or a paper put out, not the model
                if lemma in ("publish", "release", "put", "post") and any(
                        c.dep_ == "dobj" and c.lemma_.lower() in FIGURE_HEADS and c.i not in index.at for c in token.children):
                    continue  # "never published a single MMLU-Pro figure for the Mini": a figure put out, not the model
                objects, maker, referred = self._launch_args_verb(view, token)
                if index.has_parse and any(c.dep_ == "dobj" and c.i not in index.at for c in token.children):
                    # "Claude 4 models introduce a new refusal stop reason": the model brings a feature, nobody
                    # releases the model here
                    own = {index.at[c.i].kb_id_ for c in token.children if c.dep_ == "nsubj" and c.i in index.at} | {
                        index.at[g.i].kb_id_ for c in token.children if c.dep_ == "nsubj"
                        for g in c.children if g.dep_ == "compound" and g.i in index.at}
                    objects = [o for o in objects if o.kb_id_ not in own]
            elif is_verb and lemma in ("begin", "start") and token.tag_ in ("VBD", "VBZ", "VBN") and any(
                    c.dep_ == "xcomp" and c.lemma_.lower() in ("ship", "sell") for c in token.children) \
                    and not self._not_an_event(view, token):
                # "The MI355X, which began shipping this year": on sale, so out
                objects, maker, referred = self._launch_args_verb(view, token)
            elif token.pos_ == "NOUN" and lemma in self.launch_nouns:
                if token.head.lemma_ in ("delay", "postpone", "cancel", "scrap", "pause", "halt", "shelve"):
                    continue
                if any(c.lower_ in ("next", "upcoming", "planned", "expected", "future", "coming") for c in token.children) \
                        or (token.head.lower_ == "for" and token.head.head.lemma_.lower() in PLANNED_HEADS):
                    continue  # "anticipation for its next big launch", "the timeline for GPT-5's launch": not yet
                if any(t.like_num or t.text in ("$", "€", "£") for t in token.lefts) or re.match(
                        r"\s+of\s+(?:\w+\s+){0,2}(?:inventory|inventories|reserves?|funds|cash|shares|capital|results|"
                        r"earnings|figures|data|guidance|report|provisions?)\b", self.text[token.idx + len(token.text):][:60]):
                    continue  # "a $180 million release of H20 inventory": accounting, not a launch
                objects, maker = self._launch_args_noun(view, token)
                referred = False
            else:
                continue
            relation = "announced" if lemma in self.launch_announced or lemma == "announcement" else "released"
            for obj in objects:
                known_maker = index.maker_of(obj.kb_id_)
                if maker and known_maker and not referred and not _related(index, maker, known_maker):
                    continue  # "Microsoft is rolling out GPT-5 in Copilot": distribution, not a release
                subject = known_maker if (maker is None or (referred and known_maker)) else maker
                if subject is None:
                    # "Oriel-2 Pro, Veltrane's flagship", "Oriel-2 Pro from Veltrane": the maker named beside it
                    beside = view.sent.doc
                    company = next((e for e in view.ents(MAKERS) if obj.end <= e.start <= obj.end + 3 and (
                        (e.end < len(beside) and beside[e.end].text in ("'s", "\u2019s"))
                        or beside[e.start - 1].lower_ in ("from", "by"))), None)
                    if company is None and index.has_parse:
                        # "Lumen 2 Pro, the flagship model from the Dublin start-up Halcyra, is now
                        # available": the maker named inside the name's own description
                        for appos in (c for c in obj.root.children if c.dep_ == "appos"):
                            company = next((e for e in view.ents(MAKERS)
                                            if appos.left_edge.i <= e.start and e.end <= appos.right_edge.i + 1), None)
                            if company is not None:
                                break
                    if company is None:
                        company = index.salient_before(obj.start, MAKERS, sentences=3)
                    if company is None:  # "Quillon-3 Mini went live on Tuesday, Vaskari said"
                        named = {e.kb_id_: e for e in view.ents(MAKERS) if e.start >= obj.end}
                        company = next(iter(named.values())) if len(named) == 1 else None
                    subject = company.kb_id_ if company is not None else None
                if subject is None or (subject, obj.kb_id_) in seen:
                    continue
                claim = self._claim(view, "launch", subject, token, f"launch:{lemma}", 0.7,
                                    object=obj.kb_id_, relation=relation, openness=self._openness(view))
                if claim["modality"] == "expected":
                    continue  # a planned or predicted release is a prediction, not a launch
                seen.add((subject, obj.kb_id_))
                out.append(claim)
        return out

    @staticmethod
    def _arrived(view: SentenceView, token: Token) -> bool:
        """'DeepSeek-R1 followed on January 20', 'Qwen3 followed in April', 'Gemini 3 landed this week': a
        model that came after another or landed, told with when, is a release; never 'followed the release
        of', 'was followed by', 'landed a contract'."""
        if any(c.dep_ in ("dobj", "auxpass", "agent", "attr") for c in token.children) or token.tag_ not in ("VBD", "VBZ", "VBP", "VBN"):
            return False
        subj = subject_of(token)
        if subj is None or not (view.index.entity_of(subj, {"AIModel", "Product"}) or any(
                _in_apposition(c) and view.index.entity_of(c, {"AIModel", "Product"}, resolve=False) is not None
                for c in subj.children)):
            return False
        when = [c for c in token.children if c.dep_ == "npadvmod" or (c.dep_ == "prep" and c.lower_ in ("on", "in", "at"))]
        return any(c.dep_ == "npadvmod" or any(g.ent_type_ in ("DATE", "TIME") or g.lower_ in MONTHS_AND_DAYS
                                               for g in c.subtree) for c in when) or \
            any(c.lower_ in ("later", "soon", "shortly", "afterwards", "afterward") for c in token.children)

    def _launches_in_passing(self, view: SentenceView, found: List[dict]) -> List[dict]:
        """A release told in passing, whatever the parse: "its Ondrell-2 model, released in June, ...",
        "Quennet-3, the flagship Vellicor shipped in June", "DeepSeek-V3, which came out in December"."""
        index = view.index
        have = {c["object"] for c in found if c["kind"] == "launch"}
        out = []
        for model in view.ents(MODELS):
            if model.kb_id_ in have:
                continue
            after = self.text[model.end_char:model.end_char + 80]
            m = PASSING_RELEASE_RX.match(after)
            maker = None
            latest = PASSING_LATEST_RX.match(after) if m is None else None
            if latest is not None:
                m = latest
                named = [e for e in view.ents(MAKERS) if model.end_char + latest.start() <= e.start_char
                         and e.end_char <= model.end_char + latest.end() + 40 and e.kb_id_ != model.kb_id_]
                maker = named[0].kb_id_ if named else None
            if m is None:
                m = PASSING_MAKER_RX.match(after)
                if m is None:
                    continue
                ent = index.at.get(_token_at_char(view.sent.doc, model.end_char + m.start("maker")))
                maker = ent.kb_id_ if ent is not None and ent.label_ in MAKERS else None
                if maker is None:
                    continue
            maker = maker or index.maker_of(model.kb_id_)
            if maker is None:
                owner = index.salient_before(view.sent.start, MAKERS, sentences=4, exclude=self.bystanders)
                maker = owner.kb_id_ if owner is not None else None
            if maker is None or index.type_of(maker) not in MAKERS:
                continue
            token = view.sent.doc[_token_at_char(view.sent.doc, model.end_char + m.start("verb"))]
            claim = self._claim(view, "launch", maker, token, "launch:in-passing", 0.55, object=model.kb_id_,
                                relation="released", openness=None)
            if claim["modality"] in ("asserted", "reported") and claim["polarity"] == "affirmed":
                have.add(model.kb_id_)
                out.append(claim)
        return out

    def _not_an_event(self, view: SentenceView, token: Token) -> bool:
        """Release verbs that describe terms or features, not the release itself."""
        after = self.text[token.idx + len(token.text):token.idx + len(token.text) + 60].lower()
        if re.match(r"\s+with\b", after) and token.lemma_ in ("ship", "come") and \
                not re.match(r"\s+with\s+(?:its\s+|the\s+)?(?:open|openly\s+licen[cs]ed|downloadable)\s*-?\s*weights?\b", after):
            return True  # "It ships with a context window of one million tokens"
        if token.lemma_ == "go" and not re.match(r"\s+(?:live|on sale)\b", after):
            return True  # "went live", "went on sale"; not "went on to score"
        if token.lemma_ == "open" and not re.search(
                r"^[^,;.]{0,40}?\b(?:to|for)\s+(?:the\s+|all\s+|paying\s+|outside\s+|its\s+)?(?:public|developers|users|"
                r"customers|subscribers|everyone|businesses|enterprises|testers)\b", after):
            return True  # "opened to developers"; not "the round opened to new investors"
        if token.lemma_ == "arrive" and re.match(r"\s+(?:at|in time)\b", after):
            return True  # "arrived at 71.2%", "arrived in time": not a debut
        if token.lemma_ in ("come", "put") and re.match(r"\s+out\s+(?:ahead|on top|in front|behind|better|worse|level|even|"
                                                        r"of|at|against|with|in favou?r)\b", after):
            return True  # "Ling-1T comes out ahead of two open rivals": a comparison
        return bool(re.match(r"\s+under\b[^.;]*\blicen[cs]e", after))

    def _launch_args_verb(self, view: SentenceView, token: Token) -> Tuple[List[Span], Optional[str], bool]:
        """(what was launched, by whom, whether "whom" came from a pronoun or "the lab")."""
        index = view.index
        doc = token.doc
        launched = {"AIModel", "Product"}
        objects: List[Span] = []
        maker, referred = None, False

        def add(ent: Optional[Span]) -> None:
            if ent is not None and ent.label_ in launched and ent not in objects:
                objects.append(ent)

        if not index.has_parse:
            after = [e for e in view.ents(launched) if e.start > token.i]
            before = [e for e in view.ents(MAKERS) if e.end <= token.i]
            return after[:1], (before[-1].kb_id_ if before else None), False
        pronoun = token.i - 1 > view.sent.start and doc[token.i - 1].lower_ in ("it", "they") and token.dep_ == "relcl"
        # "Kestrel-3, the model the company released in January": "the company" before the verb, as a pronoun
        described_firm = token.i - 2 > view.sent.start and token.dep_ in ("acl", "relcl") and \
            doc[token.i - 2].lower_ in ("the", "its") and bool(GENERIC_NOUNS.get(doc[token.i - 1].lower_, set()) & MAKERS)
        firm = index.entity_of(doc[token.i - 1], MAKERS) if pronoun else \
            self._story_main(index, token.i - 2) if described_firm else index.at.get(token.i - 1)
        if (token.dep_ in ("acl", "relcl", "advcl") or (token.dep_ == "ROOT" and not any(
                c.dep_ == "dobj" for c in token.children))) and firm is not None and firm.label_ in MAKERS:
            # "Halvard 9, the model Brisk AI released on Monday", "FinanceBench, the test Patronus AI released
            # in 2023": the firm before the verb made the name before the comma, whatever the parse; so does
            # the firm "it" stands for ("Wendmoor says it trained Calyx-4, the model it released on June 10")
            start = token.i - 1 if pronoun else token.i - 2 if described_firm else firm.start
            k = start - 1
            while k > view.sent.start and k > start - 12 and doc[k].text != "," and doc[k].pos_ != "VERB":
                k -= 1
            described = doc[k + 1:start]
            if doc[k].text == "," and (k - 1) in index.at and any(t.lower_ in LAUNCH_DESCRIPTIONS for t in described):
                made = index.at[k - 1]
                # "DeepSeek-V3-Base, the foundation of the V3 model the company shipped": the name inside
                inner = next((index.at[t.i] for t in described if t.i in index.at and index.at[t.i].label_ in launched), None)
                partitive = len(described) > 2 and described[1].tag_ in ("JJR", "JJS") and described[2].lower_ == "of"
                if inner is not None and partitive:  # "Kestrel-4 Pro, the larger of the two Kestrel-4 models": both
                    objects.append(inner)
                elif inner is not None:
                    made = inner
                if made.label_ in launched | {"Benchmark"}:
                    objects.append(made)
                    maker, referred = firm.kb_id_, False
                    if described_firm:  # "the company" is the maker already known, if one is
                        maker = index.maker_of(made.kb_id_) or maker
                    return objects, maker, referred
        if token.dep_ == "relcl":  # "gpt-oss models that OpenAI published": the head is what was published
            rel = next((t for t in token.children if t.lower_ in ("which", "that") and t.dep_ in ("dobj", "nsubjpass")), None)
            k = rel.i - 1 if rel is not None else -1
            if k > view.sent.start and doc[k].text == "," and (k - 1) in index.at and index.at[k - 1].label_ in launched \
                    and index.at[k - 1].end == k and token.head.i < k - 1:
                # "GPT-5, ..., Gemini 2.5 Pro and Sollen 2 Max, which the start-up Ellory released last month": the
                # name just before "which", where the parser hung the clause on the list's first name
                add(index.at[k - 1])
            if not objects:
                add(index.entity_of(token.head, launched, resolve=False))
            head_ent = index.at.get(token.head.i)
            if not objects and head_ent is not None and head_ent.label_ == "Benchmark" and \
                    token.lemma_.lower() in ("release", "publish", "launch", "put", "introduce", "unveil", "build", "create"):
                objects.append(head_ent)  # "Humanity's Last Exam, which the Center for AI Safety put out in January"
            head = token.head
            for _ in range(3):  # "Halvard 9, the model Brisk AI released", "X, the larger of the two models Y released"
                if objects or head.head == head:
                    break
                if head.dep_ == "appos":
                    add(index.entity_of(head.head, launched, resolve=False))
                    break
                head = head.head
        elif token.dep_ == "acl" or (token.dep_ == "advcl" and token.tag_ == "VBN" and subject_of(token) is None):
            # "The model, released on December 26": the head, possibly "the model"; "Claude Sonnet 4, released in
            # May, managed 42.2%", parsed as an adverbial clause of "managed"
            if token.dep_ == "acl":
                add(index.entity_of(token.head, launched, resolve=True))
            k = token.i - 1
            if not objects and k > view.sent.start and doc[k].text == "," and (k - 1) in index.at:
                add(index.at[k - 1])  # "posted by Lumen 1.5, released in September": the parser hung it elsewhere
        shown_other = False
        for obj in objects_of(token):
            if obj.dep_ == "pobj" and obj.head.lower_ not in ("of",):
                continue
            if any(t.pos_ == "ADP" for t in doc[min(token.i, obj.i) + 1:max(token.i, obj.i)]) and obj.dep_ == "conj":
                continue
            pronoun = obj.lower_ in ("it", "them")
            if obj.i not in index.at and obj.pos_ == "NOUN" and token.lemma_.lower() in (
                    "reveal", "showcase", "show", "display", "demonstrate", "highlight") \
                    and obj.lemma_.lower() not in LAUNCH_DESCRIPTIONS:
                shown_other = True
                continue  # "revealed details about Grok-3's costs", "reveals Opus's superior performance": not a release
            if obj.lemma_.lower() in ("preview", "version", "beta", "update", "upgrade", "edition", "weight", "weights",
                                      "checkpoint", "checkpoints") and obj.i not in index.at:
                # "released a preview of the new o1 model": the model previewed; "released the weights of its new
                # model, Ferrule-2 Open": the model named in apposition
                of = next((g for c in obj.children if c.dep_ == "prep" and c.lower_ in ("of", "to")
                           for g in c.children if g.dep_ == "pobj"), None)
                if of is not None:
                    add(index.at.get(of.i) or index.entity_of(of, launched, resolve=False, depth=1) or next(
                        (index.at[t.i] for t in of.subtree if t.dep_ == "appos" and t.i in index.at), None))
            described = obj.lower_ in ("model", "chatbot", "system") and any(
                c.dep_ in ("det", "poss") and c.lower_ in ("the", "its", "this") for c in obj.children) and \
                not any(c.dep_ in ("amod", "compound") for c in obj.children)
            # "OpenAI printed 74.9% when it released the model on August 7": "the model" is the one told of
            if described and obj.i not in index.at:
                # "the full GPT-5 model costs $1.25 ..., the prices OpenAI set when it released the model": the
                # model named last, in this sentence or the one before (the parser may split them)
                here = index.sentence_number(obj.i)
                add(next((m for m in reversed(index.mentions) if m.end <= obj.i and m.label_ in launched
                          and index.sentence_number(m.start) >= here - 1), None))
            add(index.at.get(obj.i) or index.entity_of(obj, launched, resolve=pronoun or described, depth=1))
            if obj.lower_ in GENERATION_NOUNS and obj.i not in index.at:
                # "launched a family of Claude 3 models featuring Opus (...), Sonnet (...) and Haiku": the family
                # and every member the sentence lists with it
                of = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
                for g in of:
                    for t in g.subtree:
                        if t.i in index.at and index.at[t.i].label_ == "AIModel":
                            add(index.at[t.i])
                        if t.dep_ == "acl" and t.lemma_.lower() in ("feature", "include", "comprise", "span"):
                            for member in t.subtree:
                                if member.i in index.at and index.at[member.i].label_ == "AIModel":
                                    add(index.at[member.i])
            if not objects and obj.lower_ in GENERATION_NOUNS:
                # "by launching its next generation of AI models, Llama 4": the name in apposition, however deep
                add(next((index.at[t.i] for t in obj.subtree if t.dep_ == "appos" and t.i in index.at), None))
            for acl in (c for c in obj.children if c.dep_ == "acl" and c.lemma_.lower() in ("call", "name", "dub", "brand")):
                for named in acl.children:  # "announced a new AI language model called Mixtral 8x7B"
                    if named.dep_ in ("oprd", "attr", "dobj", "npadvmod", "appos"):
                        add(index.at.get(named.i))
            if not objects and obj.i not in index.at and obj.lower_ in LAUNCH_DESCRIPTIONS:
                # "has released a mini AI model, called Phi-3 Mini (available on ...)": the parser loses the
                # name after "called"; the words say it all the same
                m = re.match(r"\s*,?\s*(?:called|named|dubbed|known as)\s+", self.text[obj.idx + len(obj.text):][:40])
                if m is not None:
                    add(index.at.get(_token_at_char(doc, obj.idx + len(obj.text) + m.end())))
            described_by = {t.i for c in obj.children if c.dep_ == "appos" for t in c.subtree}
            for conj in obj.conjuncts:
                between = doc[min(obj.i, conj.i) + 1:max(obj.i, conj.i)]
                if not any(t.pos_ == "ADP" and t.i not in described_by for t in between):
                    add(index.at.get(conj.i))  # (a preposition inside the first name's description counts for nothing)
            if obj.i in index.at:
                # "announced Veo, a generative video model like OpenAI's Sora, and Project Astra, a voice-assisted
                # agent": the next name hung on the first one's description
                for appos in (c for c in obj.children if c.dep_ == "appos" and c.i not in index.at):
                    for conj in appos.conjuncts:
                        if conj.i > appos.i and conj.i in index.at and index.at[conj.i].label_ in launched:
                            add(index.at[conj.i])
        for child in token.children:  # the parser often files names under odd labels ("Llama/npadvmod")
            if child.dep_ in ("npadvmod", "advmod", "appos", "oprd", "attr", "ccomp") and child.i > token.i:
                add(index.at.get(child.i))
        if not objects and token.lemma_.lower() not in ("ship", "roll", "come", "put"):
            # "released FinanceBench", "introduced a benchmark of its own, ShoalQA": a new test, as the
            # verb's own object (never one a model is scored on)
            for obj in (c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and c.i > token.i - 3):
                of = [g for p in obj.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
                for t in [obj] + [c for c in obj.children if c.dep_ == "appos"] + list(obj.conjuncts) + of:
                    ent = index.at.get(t.i)
                    if ent is not None and ent.label_ == "Benchmark" and ent not in objects:
                        objects.append(ent)
        if not objects and not shown_other:
            for t in doc[token.i + 1:min(view.sent.end, token.i + 6)]:
                if t.i in index.at:
                    add(index.at[t.i])
                    break
                if t.pos_ in ("VERB", "PUNCT") and t.text != "-":
                    break
        subj = subject_of(token)
        if subj is not None and token.dep_ not in ("relcl", "acl"):
            if subj.dep_ == "nsubjpass":
                add(index.entity_of(subj, launched))
                for conj in subj.conjuncts:  # "o3 and o4-mini were released by OpenAI"
                    add(index.at.get(conj.i))
                for child in token.children:
                    if child.dep_ == "agent":
                        for grand in child.children:
                            agent = index.entity_of(grand, MAKERS)
                            maker = agent.kb_id_ if agent is not None else maker
            else:
                # "Its reasoning sibling, DeepSeek-R1, followed on January 20": the name in apposition
                ent = next((e for e in (index.entity_of(c, launched, resolve=False) for c in subj.children
                                        if _in_apposition(c)) if e is not None), None) or \
                    (subj.lower_ == "it" and token.tag_ in ("VBD", "VBN") and not any(c.dep_ == "dobj" for c in token.children)
                     and index.entity_of(subj, launched)) or \
                    index.entity_of(subj, MAKERS | {"Person", "AIModel", "Product"})
                # ("It arrived on August 7", "It became generally available": what "it" is, when nothing is launched
                # by it, is the thing that came out; not "... when it ships", which is still to come)
                if subj.lower_ == "it" and not objects and token.dep_ == "advcl" and token.tag_ == "VBD" and any(
                        c.dep_ == "advmod" and c.lower_ == "when" for c in token.children):
                    # "OpenAI's o3, put at 69.1% when it shipped in April": "it" is the name before "when"
                    for t in reversed(doc[view.sent.start:subj.i - 1]):
                        if t.i in index.at:
                            ent = index.at[t.i] if index.at[t.i].label_ in launched else ent
                            break
                        if t.pos_ == "PROPN":
                            break  # "for Opus 4 when it launched": a name the index missed is what "it" means
                if ent is not None and ent.label_ in MAKERS:
                    maker = ent.kb_id_
                    referred = subj.i not in index.at
                elif ent is not None and ent.label_ in launched and not objects:
                    objects.append(ent)  # "GPT-5 launched on Thursday"
                    owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ != "PRON"), None) \
                        if subj.i not in index.at else None
                    firm = index.entity_of(owner, MAKERS, resolve=False) if owner is not None else None
                    if firm is not None:  # "Kettleby's smaller model, Ostrel-2 Swift, ships ...": the possessor made it
                        maker = firm.kb_id_
        elif token.dep_ == "relcl":
            ent = index.entity_of(subj, MAKERS) if subj is not None and subj != token.head else None
            for child in token.children:
                if child.dep_ in ("nsubj",):
                    ent = index.entity_of(child, MAKERS)
            head_firm = index.at.get(token.head.i)
            if ent is None and head_firm is not None and head_firm.label_ in MAKERS and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
                # "Brannock AI, a start-up founded by former Google DeepMind researchers, on Thursday released
                # Tolvane-3": a main clause the parser hung on the firm as a relative clause; the firm releases
                ent = head_firm
            if ent is None:  # "which Google DeepMind released": the parser often loses that subject
                between = [e for e in view.ents(MAKERS) if token.head.i < e.start and e.end <= token.i]
                ent = between[-1] if between else None
            known = index.maker_of(objects[0].kb_id_) if objects else None
            if subj is not None and subj.i not in index.at and subj.pos_ == "NOUN" and known is not None and \
                    index.type_of(known) in MAKERS and (ent is None or ent.kb_id_ != known):
                # "DeepSeek-V3, which the Chinese lab released in December 2024": a description of the maker the
                # name list knows, not whichever lab the story named last
                maker, referred = known, False
            elif ent is not None:
                maker, referred = ent.kb_id_, False
        if maker is None and token.dep_ in ("acl", "relcl"):  # "Meridel-2, released in April by Vostra AI"
            for child in token.children:
                if child.dep_ == "agent":
                    for grand in child.children:
                        agent = index.entity_of(grand, MAKERS, resolve=False)
                        maker = agent.kb_id_ if agent is not None else maker
        for obj in list(objects):  # "released Gyeol-Coder 36B and Gyeol-Coder 9B" parsed with the second as the object
            k = obj.start - 1
            while k - 1 > view.sent.start and doc[k].text in (",", "and") and (k - 1) in index.at:
                before = index.at[k - 1]
                if before.label_ not in launched or before.start <= token.i:
                    break
                add(before)
                k = before.start - 1
        colon = next((t.i for t in doc[token.i + 1:view.sent.end] if t.text == ":"), None)
        if colon is not None and all(t.pos_ not in ("VERB", "AUX") for t in doc[token.i + 1:colon]):
            # "released its Calder 2 family on Tuesday: Calder 2 Nano, a 3.8-billion-parameter model, and
            # Calder 2 Max, ...": every name that opens an item of the list
            for ent in view.ents(launched):
                if ent.start > colon and (ent.start == colon + 1 or doc[ent.start - 1].text in (",", "and", ";")):
                    add(ent)
        for obj in list(objects):  # "released Claude Opus 4 and Claude Sonnet 4", however it parsed
            k = obj.end
            while k + 1 < view.sent.end and doc[k].text in (",", "and") and index.at.get(k + 1) is not None:
                nxt = index.at[k + 1]
                if nxt.label_ not in launched:
                    break
                add(nxt)
                k = nxt.end
                if k < view.sent.end and doc[k].text == "," and k + 1 < view.sent.end and doc[k + 1].text == "and":
                    k += 1
        if not objects and token.lemma_.lower() in ("announce", "unveil", "introduce", "reveal", "launch", "debut"):
            # "Google's new text-to-video tool called Veo can generate 1080p videos, the company announced": the new
            # thing the announced clause is about
            for clause in (c for c in token.children if c.dep_ == "ccomp" and c.i < token.i):
                subj = subject_of(clause)
                if subj is None or not any(c.dep_ == "amod" and c.lower_ in ("new", "latest", "newest") for c in subj.children):
                    continue
                add(index.at.get(subj.i) if subj.i in index.at and index.at[subj.i].label_ in launched else next(
                    (index.at[g.i] for c in subj.children if c.dep_ in ("acl", "appos") for g in [c, *c.children]
                     if g.i in index.at and index.at[g.i].label_ in launched), None))
        # "rolled out Claude Opus 4.1, a drop-in replacement for Claude Opus 4": the model replaced is not launched
        objects = [o for o in objects if not FOIL_BEFORE_RX.search(self.text[max(view.sent.start_char, o.start_char - 40):o.start_char])]
        if not objects and maker is not None and token.dep_ not in ("relcl", "acl", "amod"):
            objects = self._unnamed_new_models(view, token, maker)
        return objects, maker, referred

    def _unnamed_new_models(self, view: SentenceView, token: Token, maker: str) -> List[Span]:
        """'Baidu said it has launched two new AI models', 'Alibaba unveiled its latest reasoning model, claiming
        ...', 'OpenAI introduced a successor to its o1 models': a release told before (or without) the name, whose
        names the story gives nearby: the maker's models named in the next sentences (else the last one before),
        as many as the count says."""
        index = view.index
        obj = next((c for c in token.children if c.dep_ in ("dobj", "nsubjpass") and c.i not in index.at
                    and c.lemma_.lower() in UNNAMED_MODEL_NOUNS), None)
        if obj is None:
            return []
        new = any(c.dep_ == "amod" and c.lower_ in ("new", "latest", "newest", "next") for c in obj.children) \
            or obj.lemma_.lower() == "successor"
        count = next((c for c in obj.children if c.dep_ == "nummod"), None)
        counts = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
        wanted = counts.get(count.lower_, 9) if count is not None else 1
        if not new or wanted > 4 or any(c.dep_ == "prep" and c.lower_ == "of" for c in obj.children):
            return []  # ("a new version of ...": the version's own rule reads it)
        here = index.sentence_number(view.sent.start)

        def made_here(m: Span) -> bool:
            return m.label_ == "AIModel" and index.maker_of(m.kb_id_) in (maker, None) and not _in_contrast_words(
                self.text[max(0, m.start_char - 40):m.start_char])

        after: List[Span] = []
        for m in index.mentions:
            if m.start <= token.i or index.sentence_number(m.start) > here + 3 or not made_here(m):
                continue
            if m.kb_id_ not in [a.kb_id_ for a in after]:
                after.append(m)
        found = after[:wanted] if len(after) >= wanted else []
        if not found and wanted == 1:
            before = [m for m in index.mentions if m.start < view.sent.start and made_here(m)
                      and index.maker_of(m.kb_id_) == maker and here - index.sentence_number(m.start) <= 2]
            found = before[-1:]
        return found

    def _story_main(self, index: EntityIndex, i: int) -> Optional[Span]:
        """The maker the story is about by token ``i`` (the most named so far, the first one named counting
        as three mentions, the later on a tie): what "the company" or "the lab" means in a passing description."""
        counts: Dict[str, int] = {}
        last: Dict[str, Span] = {}
        for span in index.mentions:
            if span.start >= i:
                break
            if span.label_ in MAKERS and span.kb_id_ not in self.bystanders and not _names_an_index(index, span):
                # (a stock index makes nothing)
                counts[span.kb_id_] = counts.get(span.kb_id_, 0) + (1 if counts else 3)
                last[span.kb_id_] = span
        return last[max(counts, key=lambda n: (counts[n], last[n].start))] if counts else None

    def _launch_args_noun(self, view: SentenceView, token: Token):
        index = view.index
        objects = []
        for child in token.children:
            if child.dep_ in ("poss", "compound", "nmod", "amod"):
                # "GPT-5 posted 74.9% at its August launch": "its" is the model the clause is about
                ent = None
                verb = next((a for a in token.ancestors if a.pos_ in ("VERB", "AUX")), None)
                if child.lower_ in ("its", "their") and token.dep_ == "pobj" and verb is not None:
                    subj = subject_of(verb)
                    ent = index.entity_of(subj, {"AIModel", "Product"}, resolve=False) if subj is not None else None
                ent = ent or index.entity_of(child, {"AIModel", "Product"}, resolve=child.lower_ in ("its", "their"))
                if ent is not None:
                    objects.append(ent)
            if child.dep_ == "prep" and child.lower_ == "of":
                for g in child.children:
                    ent = index.entity_of(g, {"AIModel", "Product"}, resolve=False)
                    if ent is not None:
                        objects.append(ent)
                    objects.extend(index.at[c.i] for c in g.conjuncts if c.i in index.at
                                   and index.at[c.i].label_ in ("AIModel", "Product"))
        if token.dep_ == "nsubj" and token.head.lemma_ in ("include", "comprise", "feature", "span", "cover") \
                and any(c.lower_ in ("the", "this", "its", "their", "today's") for c in token.children):
            # "The release includes two new models—Llama 4 Scout and Llama 4 Maverick": what it is made of (not
            # what a model includes, nor "plans include a release")
            seen_objects = {o.kb_id_ for o in objects}
            for obj in (c for c in token.head.children if c.dep_ == "dobj"):
                for t in obj.subtree:
                    ent = index.at.get(t.i)
                    if ent is not None and ent.label_ in ("AIModel", "Product") and ent.kb_id_ not in seen_objects \
                            and not re.search(r"\b(?:upcoming|future|planned|later|next)\b|\bremains?\b|\bstill\b",
                                              self.text[ent.end_char:ent.end_char + 30].lower()):
                        seen_objects.add(ent.kb_id_)
                        objects.append(ent)
        if token.dep_ == "nsubj" and token.head.lemma_ == "be":
            # "Thursday's launch was Dalbit-2 Max": what the launch was
            for attr in (c for c in token.head.children if c.dep_ == "attr"):
                ent = index.entity_of(attr, {"AIModel", "Product"}, resolve=False)
                if ent is not None:
                    objects.append(ent)
        maker = None
        for child in token.children:
            if child.dep_ in ("poss", "compound"):
                ent = index.entity_of(child, MAKERS)
                if ent is not None:
                    maker = ent.kb_id_
        return objects, maker

    def _openness(self, view: SentenceView) -> Optional[str]:
        if self.closed_rx.search(view.text):
            return "closed"
        if self.open_rx.search(view.text):
            return "open"
        return None

    # -- money ---------------------------------------------------------------------------
    def _money_relation(self, view: SentenceView, span: Span) -> Optional[str]:
        """The financial keyword of the amount's own phrase ("Capital expenditures, including
        ..., came to $72 billion"), else the nearest one (the longest where two start together)."""
        worth_of = re.match(r"\s+(worth)\s+of\b", self.text[span.end_char:span.end_char + 15])
        if view.index.has_parse:
            verb = governing_verb(span.root)
            head = span.root.head
            if head.lower_ == "at" and head.head.lemma_.lower() in ("value", "price"):
                return "valuation"  # "a Series B valued the start-up at €1.1 billion"
            subj = subject_of(verb)
            phrases = [span.root.head] + ([subj] if subj is not None else [])
            for head in phrases:
                lo, hi = head.left_edge.idx, head.idx + len(head)  # the phrase up to its head word
                for relation, rx in self.fin_rx:
                    if relation == "spend" or (worth_of and relation == "valuation"):
                        continue
                    if any(not (relation == "funding" and RAISED_FORECAST_RX.match(self.text, m.end()))
                           for m in rx.finditer(self.text, lo, hi)):
                        return relation
        lo = max(view.sent.start_char, span.start_char - 90)
        hi = min(view.sent.end_char, span.end_char + 60)
        window = self.text[lo:hi]
        best = None
        for relation, rx in self.fin_rx:
            for m in rx.finditer(window):
                position = lo + m.start()
                if relation == "funding" and RAISED_FORECAST_RX.match(self.text, lo + m.end()):
                    continue  # "raised its forecast for 2025 capital expenditures": a revision, not a round
                if worth_of is not None and position == span.end_char + worth_of.start(1):
                    continue  # "$650 million worth of H20 parts": an amount of goods, not what a company is worth
                distance = span.start_char - position if position < span.start_char else (position - span.end_char) * 1.5
                rank = (distance, -len(m.group()))
                if best is None or rank < best[0]:
                    best = (rank, relation)
        if best is None and self._last_money is not None and self._last_money[2] and \
                re.search(r"\bguid(?:ed|es|e|ing|ance)\b", self.text[lo:span.start_char]) and \
                0 < view.index.sentence_number(view.sent.start) - self._last_money[0] <= 2:
            # "Nvidia reported revenue of $30 billion. It guided to about $32.5 billion for the current quarter": the
            # figure just reported, guided for the next period
            return self._last_money[2]
        return best[1] if best else None

    def _money_owner(self, view: SentenceView, span: Span, relation: Optional[str],
                     types=MAKERS) -> Tuple[Optional[Span], Optional[Span]]:
        """(subject, counterparty) of a money figure."""
        index = view.index
        doc = view.sent.doc
        counterparty = None
        i = span.start - 1  # "Microsoft's $3.32 trillion"
        if i > view.sent.start and doc[i].text in ("'s", "\u2019s") and (i - 1) in index.at \
                and index.at[i - 1].label_ in types:
            return index.at[i - 1], None
        if index.has_parse:
            # "the $6.6 billion OpenAI raised in October", "the $85 million in revenue that Brindlewave reported":
            # the clause's subject owns it
            holders = [span.root] + [g for c in span.root.children if c.dep_ == "prep" and c.lower_ in ("in", "of")
                                     for g in c.children if g.dep_ == "pobj"]
            for rel in (r for h in holders for r in h.children):
                if rel.dep_ == "relcl" and rel.pos_ == "VERB" and rel.i > span.root.i:
                    own = next((index.entity_of(c, types, resolve=False) for c in rel.children if c.dep_ == "nsubj"), None)
                    if own is not None:
                        return own, None
            named = index.at.get(span.root.head.i)  # ... parsed as "the [$6.6 billion] OpenAI" with "raised" on the name
            if named is not None and named.label_ in types and named.start == span.end \
                    and any(c.dep_ in ("acl", "relcl") and c.pos_ == "VERB" for c in span.root.head.children):
                return named, None
            verb = governing_verb(span.root)
            lemma = verb.lemma_.lower()
            subj = subject_of(verb)
            if subj is not None and subj.lower_ in ("which", "that") and verb.dep_ == "relcl":
                subj = verb.head  # "Nvidia, which invested $100 million in the company": Nvidia invested
            subj_ent = index.entity_of(subj, types | {"Person"}, avoid=self.bystanders) if subj is not None else None
            if subj_ent is not None and subj_ent.label_ == "Person":
                subj_ent = None
            if lemma in self.acq_words and _passive(verb):  # "MosaicML was acquired by Databricks"
                agent = next((index.entity_of(g, MAKERS) for c in verb.children if c.dep_ == "agent"
                              for g in c.children if g.dep_ == "pobj"), None)
                if agent is not None:
                    return agent, subj_ent
            if lemma == "value":  # "The round ... valued it at $9.9 billion"
                valued = next((index.entity_of(c, types, avoid=self.bystanders) for c in verb.children if c.dep_ == "dobj"), None)
                if valued is not None:
                    return valued, None
            for obj in objects_of(verb):
                ent = index.entity_of(obj, MAKERS, resolve=False)
                if ent is not None and (subj_ent is None or ent.kb_id_ != subj_ent.kb_id_):
                    if (lemma in self.inv_words | {"put", "pour", "commit"} and obj.head.lower_ in ("in", "into")) \
                            or lemma in self.acq_words or (lemma == "pay" and obj.dep_ in ("dobj", "dative")):
                        counterparty = ent
            if counterparty is None and lemma in self.inv_words | self.acq_words | {"put", "pour", "commit", "pay", "spend"}:
                # "investing $14.3 billion in Scale AI", "paid $19 billion for WhatsApp": the prepositions
                # hang on the amount or on the verb
                wanted = ("in", "into") if lemma not in self.acq_words | {"pay", "spend"} else ("for", "in", "into")
                for holder in (span.root, verb):
                    for prep in holder.children:
                        if prep.dep_ == "prep" and prep.lower_ in wanted:
                            for g in prep.children:
                                if g.dep_ != "pobj":
                                    continue
                                ent = index.entity_of(g, MAKERS | {"Product"}, resolve=False)
                                if ent is None and g.lower_ in DESCRIBED_MAKERS and \
                                        any(c.lower_ == "the" for c in g.children):
                                    # "invested €1.3 billion in the company": never the investor itself
                                    ent = index.entity_of(g, MAKERS, resolve=True,
                                                          avoid={subj_ent.kb_id_} if subj_ent is not None else ())
                                if ent is None and g.lemma_ in ("round", "raise", "financing") and \
                                        self._last_raiser is not None and \
                                        0 < index.sentence_number(view.sent.start) - self._last_raiser[0] <= 2:
                                    # "xAI raised $10 billion. SpaceX invested $2 billion in that round."
                                    ent = _mention_of(index, view.sent.start, self._last_raiser[1], MAKERS, sentences=3)
                                if ent is not None and (subj_ent is None or ent.kb_id_ != subj_ent.kb_id_):
                                    counterparty = counterparty or ent
                if counterparty is None and lemma in self.inv_words:
                    # "has invested 1.3 billion euros to become the biggest investor in French AI start-up Mistral AI"
                    held = re.search(r"\b(?:investor|shareholder|stake(?:holder)?|backer)\s+in\s+", view.text)
                    if held is not None:
                        at = view.sent.start_char + held.end()
                        counterparty = next((e for e in view.ents(MAKERS) if at <= e.start_char <= at + 50
                                             and (subj_ent is None or e.kb_id_ != subj_ent.kb_id_)), None)
            if subj_ent is not None and lemma in ("lead", "co-lead") and relation in ("funding", "valuation") \
                    and not any(c.dep_ == "agent" for c in verb.children):
                # (not "Cinderpath raised a $42 million Series A, led by Moorgate Ventures, at a valuation of $260
                # million": a round led by someone, told of the raiser)
                # "Accel led a $1 billion Series F": the round is the start-up's, the lead its counterparty; the
                # start-up is the one this sentence named first ("28% of Velderin, and Ashgrove Partners, which
                # led a $740 million Series B"), else the one the reader has in mind
                raiser = next((e for e in view.ents(MAKERS) if e.end <= subj_ent.start and e.kb_id_ != subj_ent.kb_id_
                               and e.kb_id_ not in self.bystanders), None) or \
                    index.salient_before(view.sent.start, {"Company", "Organization"}, sentences=3,
                                         exclude=self.bystanders | {subj_ent.kb_id_})
                if raiser is not None:
                    return raiser, (subj_ent if relation == "funding" else None)
            if subj_ent is not None:
                return subj_ent, counterparty
            head = span.root.head  # "Meta's capex of $72 billion", "the company's valuation at ..."
            for _ in range(3):
                ent = index.entity_of(head, types, resolve=True, avoid=self.bystanders)
                if ent is not None and head.i not in range(span.start, span.end):
                    return ent, counterparty
                if head.head == head:
                    break
                head = head.head
        here = [e for e in view.ents(types) if e.kb_id_ not in self.bystanders]
        before = [e for e in here if e.end <= span.start]
        if before:
            return before[0] if relation in ("funding", "valuation") else before[-1], counterparty
        after = [e for e in here if e.start >= span.end]
        if after and after[0].start - span.end <= 4:
            return after[0], counterparty
        if not here and types & MAKERS:
            # "Chief executive Annika Sørlie-Brandt said annualised revenue reached €48 million": the figures an
            # executive gives are their company's, not those of the investor the story named last
            firm = self._executives_firm(view)
            if firm is not None:
                return firm, counterparty
        if not view.ents(types | {"Person"}) and re.match(r"(?:the )?(?:net |total |quarterly |annual |operating |gross |"
                                                            r"overall |[a-z]+(?:-[a-z]+)? ){0,3}"
                                                            r"(?:sales|revenue|revenues|income|profit|earnings|loss|"
                                                            r"capital expenditure|capex|free cash flow|bookings|backlog)",
                                                            view.lower.lstrip("\"“ ")):
            # "Net sales rose 10% to $187.8 billion": the company reporting, not the unit named last; the
            # company the sentence before was about ("Meta cited strong momentum ... Revenues in the third
            # quarter increased 19%"); in a round-up of several companies, the one of this paragraph and the one before
            return self._previous_subject(view, (types & MAKERS) or types) or \
                self._paragraph_main(view, (types & MAKERS) or types) or \
                index.main_before(view.sent.start, (types & MAKERS) or types, exclude=self.bystanders), counterparty
        # no name in the sentence: the company the reader has in mind, never a news agency, a
        # broker or an investor met on the way ("polled by LSEG", "Accel led the round")
        owners = (types & MAKERS) or types
        return index.salient_before(view.sent.start, owners, sentences=3, exclude=self.bystanders), counterparty

    def _executives_firm(self, view: SentenceView) -> Optional[Span]:
        """The company of the executive who speaks in the sentence ("X said", "X told analysts"): the firm
        next to their title where the story gives it ("Pellow AI chief executive Rhian Voss", "Voss, chief
        executive of Pellow AI"), else, for a title with no firm, the company the story is about."""
        index = view.index
        if not index.has_parse:
            return None
        for person in view.ents({"Person"}):
            root = person.root
            if root.dep_ != "nsubj" or root.head.lemma_.lower() not in SPEAKING_VERBS:
                continue
            titled = False
            for mention in (m for m in index.mentions if m.kb_id_ == person.kb_id_ and m.start <= person.start):
                sent = mention.sent
                before = self.text[max(sent.start_char, mention.start_char - 45):mention.start_char]
                after = self.text[mention.end_char:min(sent.end_char, mention.end_char + 60)]
                title = EXECUTIVE_BEFORE_RX.search(before)
                title_after = EXECUTIVE_AFTER_RX.match(after)
                if title is None and title_after is None:
                    continue
                titled = True
                if title is not None:  # "Pellow AI chief executive Rhian Voss"
                    i = _token_at_char(view.sent.doc, max(sent.start_char, mention.start_char - 45) + title.start()) - 1
                    firm = index.at.get(i)
                    if firm is not None and firm.label_ in MAKERS and firm.kb_id_ not in self.bystanders:
                        return firm
                if title_after is not None and title_after.group("of"):  # "Voss, chief executive of Pellow AI"
                    firm = index.at.get(_token_at_char(view.sent.doc, mention.end_char + title_after.end()))
                    if firm is not None and firm.label_ in MAKERS and firm.kb_id_ not in self.bystanders:
                        return firm
            if titled:
                return index.title_entity(MAKERS, exclude=self.bystanders) or \
                    index.main_before(view.sent.start, MAKERS, exclude=self.bystanders)
        return None

    def _previous_subject(self, view: SentenceView, types) -> Optional[Span]:
        """The entity of ``types`` that is the main-clause subject of the sentence just before."""
        index = view.index
        number = index.sentence_number(view.sent.start)
        if number <= 0 or not index.has_parse:
            return None
        before = index.sents[number - 1]
        subj = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        ent = index.entity_of(subj, types) if subj is not None else None
        if ent is None or ent.kb_id_ in self.bystanders:
            return None
        if re.search(r"\b(?:its|their|the company's)\s+(?:\w+\s+){0,3}(?:unit|division|segment|arm|business|subsidiary)\b",
                     before.text):
            return None  # "Amazon Web Services remained its most profitable unit": a part, not the one reporting
        parent = ent.kb_id_.split()[0]
        if parent != ent.kb_id_ and any(m.kb_id_ == parent for m in index.mentions if m.start < view.sent.start):
            return None  # "Google Cloud" beside "Google": the unit of a company the story names
        return ent

    def _paragraph_main(self, view: SentenceView, types) -> Optional[Span]:
        """In a round-up of several companies, the most named entity of ``types`` in this paragraph and
        the one before; None when the story's main company is named there too, or when that entity
        is named much less often than the main one (a single-company story)."""
        here = view.sent.start_char
        start = self.text.rfind("\n\n", 0, here)
        start = self.text.rfind("\n\n", 0, start) if start > 0 else -1
        counts: Dict[str, int] = {}
        last: Dict[str, Span] = {}
        for span in view.index.mentions:
            if span.start_char >= here:
                break
            if span.start_char > start and span.label_ in types and span.kb_id_ not in self.bystanders:
                counts[span.kb_id_] = counts.get(span.kb_id_, 0) + 1
                last[span.kb_id_] = span
        if not counts:
            return None
        # only in a round-up: the document's main company is not in these paragraphs, and this one is
        # named about as often as it
        overall: Dict[str, int] = {}
        for span in view.index.mentions:
            if span.start_char >= here:
                break
            if span.label_ in types:
                overall[span.kb_id_] = overall.get(span.kb_id_, 0) + 1
        main = max(overall, key=lambda n: overall[n])
        best = max(counts, key=lambda n: (counts[n], last[n].start))
        if main in counts or overall[best] < 0.6 * overall[main]:
            return None
        return last[best]

    def _bystanders(self, index: EntityIndex) -> Set[str]:
        """Companies a document names as sources, brokers or investors: reporters of other
        companies' figures, not owners of their own (unless the story is about them)."""
        doc = index.doc
        counts: Dict[str, int] = {}
        found: Set[str] = set()
        wire: Set[str] = set()
        for span in index.spans:
            if span.label_ not in MAKERS:
                continue
            counts[span.kb_id_] = counts.get(span.kb_id_, 0) + 1
            if EXCHANGE_RX.search(span.kb_id_):
                found.add(span.kb_id_)  # "listed on Nasdaq": where shares trade, never whose figures they are
                continue
            if span.kb_id_ in NEWS_OUTLETS:
                found.add(span.kb_id_)  # "Reuters reports the company has raised ...": the outlet tells, it does not own
                continue
            before = doc[max(span.sent.start, span.start - 4):span.start].text.lower()
            after = doc[span.end:min(span.sent.end, span.end + 2)].text.lower()
            if before.endswith("(") and re.match(r"\)\s*[-\u2013\u2014]", self.text[span.end_char:span.end_char + 3]):
                wire.add(span.kb_id_)  # "SAN FRANCISCO (Reuters) - ...": the wire service of a dateline
                continue
            if re.search(r"\b(?:polled by|compiled by|according to|data from|survey by|led by|co-led by|backed by|"
                         r"reports|reported|told|tells?|interview with|obtained by|cited by|"
                         r"analysts? (?:at|with|for|of)|(?:covers|follows) [\w-]+(?: [\w-]+)? (?:at|for))(?: the)?$", before) \
                    or re.match(r"(?:'s )?(?:analysts?|strategists?|economists?)\b|(?:reported|reports)\.", after):  # "..., Reuters reported."
                found.add(span.kb_id_)
                continue
            root = span.root
            while root.dep_ == "conj" and root.head != root:  # "Harbour Lane and Ardent Peak co-led the round"
                root = root.head
            verb = governing_verb(root) if index.has_parse and root.dep_ in ("nsubj", "nsubjpass") else None
            if verb is not None and (verb.lemma_.lower() in ("lead", "co-lead", "join", "participate", "back", "take")
                                     or doc[verb.i:verb.i + 3].text.lower() in ("co-led", "co-lead", "co-leads")):
                found.add(span.kb_id_)
        if counts:
            main = max(counts, key=lambda n: counts[n])
            found.discard(main)  # the story's own company stays itself
        self.wire = wire
        return found | wire

    def _skip_amount(self, view: SentenceView, q: Quantity, previous_end: int) -> bool:
        """Amounts that restate another: a conversion in brackets, a per-share figure, the
        earlier value in 'to $72 billion, from $66 billion'."""
        gap = self.text[previous_end:q.start] if previous_end >= view.sent.start_char else ""
        if previous_end >= view.sent.start_char and re.fullmatch(r"\s*[(\[,]\s*(?:about|around|roughly|or|approximately|some)?\s*", gap):
            return True
        after = self.text[q.end:q.end + 14].lower()
        if re.match(r"\s*(?:a|per) (?:share|diluted share)", after):
            return True
        before = self.text[max(view.sent.start_char, q.start - 22):q.start].lower()
        if _prior_period(self.text[q.end:q.end + 40]) is not None:
            return False  # "up from €131 million a year earlier": the earlier period's figure is reported too
        if re.search(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|an?\s+|the\s+|its\s+|some\s+|more than\s+)?$", before) \
                and REVISION_RX.search(view.text) and re.search(r"\btargets?\b", view.lower):
            # "raised its target to $96 from $78": the broker's old target is history, not a claim (a company's own
            # replaced forecast, "lifted its capex forecast to $85 billion, from $75 billion", is kept: it is what
            # the company said before, and our gold records it)
            self._replaced_end = q.end
            return True
        if self._replaced_end == previous_end and \
                re.fullmatch(r"[^.;$€£]{0,25}?(?:,\s*|\s)(?:and|or)\s+(?:the\s+)?", self.text[previous_end:q.start]):
            self._replaced_end = q.end  # "from $85 billion in July and $75 billion in February": both replaced
            return True
        if re.search(r"\b(?:prior|previous|earlier|old|initial|original)\s+(?:\w+\s+)?(?:guidance|forecast|outlook|target|"
                     r"estimate|projection|view)\s+(?:of\s+)?(?:about\s+|around\s+|roughly\s+)?$", before):
            return True  # "surpassing prior guidance of $30 billion"
        if re.search(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+|an?\s+|the\s+|its\s+|some\s+|more than\s+)?$", before) \
                and not self.target_rx.search(view.text):
            return False  # "from the $75 billion it spent last year": an earlier figure, reported too
        return bool(re.search(r"(?:\bfrom|\brather than|\bcompared (?:with|to)|\bversus|\bvs\.?|\bagainst)\s+"
                              r"(?:about\s+|around\s+|roughly\s+|an?\s+|the\s+|its\s+|some\s+)?$", before))

    def _financial(self, view: SentenceView) -> List[dict]:
        out = []
        previous_end = -10
        funding_words = re.compile(r"\b(?:raise|raised|raising|round|funding|series [a-z]|valuation|valued)\b", re.I)
        market_size = False
        for q, span in view.quantities:
            if q.kind != "money" or id(q) in view.used:
                continue
            skip = self._skip_amount(view, q, previous_end)
            previous_end = q.end
            if skip and PER_SHARE_RX.match(self.text[q.end:q.end + 24]) and \
                    EARNINGS_RX.search(self.text[view.sent.start_char:q.start]):
                # "Adjusted earnings were $1.47 a share", "net income of $28.2 billion, or $2.31 a share"
                owner, _ = self._money_owner(view, span, "income", MAKERS)
                view.used.add(id(q))
                if owner is not None:
                    out.append(self._claim(view, "financial", owner.kb_id_, span.root, "financial:per_share", 0.6,
                                           value=q.value, unit=q.unit, relation="earnings_per_share"))
                continue
            if SHARE_PRICE_BEFORE_RX.search(self.text, max(view.sent.start_char, q.start - 40), q.start) \
                    and self.stock_rx.search(view.text):
                continue  # "opened 3.3% higher than its offer price of HK$116.20 ... ended 13.2% higher at HK$131.50": a
                # share price, the market rules' to take
            if skip or HOURLY_RATE_RX.match(self.text, q.end):
                view.used.add(id(q))  # (also "$2 per GPU-hour", "the $2-per-hour rental price": a rate assumed, not spent)
                continue
            if MARKET_SIZE_BEFORE_RX.search(self.text, max(view.sent.start_char, q.start - 90), q.start) or (
                    market_size and re.search(r"\b(?:from|up from|versus|compared with)\s+(?:about\s+|around\s+)?$",
                                              self.text[max(view.sent.start_char, q.start - 20):q.start])):
                view.used.add(id(q))  # "grows the market for generative AI to an estimated $1.3 trillion ... from $40
                market_size = True  # billion last year": a market's size, nobody's revenue (its forecast is a prediction)
                continue
            near = self.text[max(view.sent.start_char, q.start - 45):q.start].lower()
            if re.search(r"\b(?:consensus|analysts?'?) (?:estimates?|forecasts?|expectations?) (?:were |was |had been |had )?"
                         r"(?:calling for|called for|pointing to|pointed to|stood at|of|for|at)\b[^.;$€£\d]{0,30}$",
                         self.text[max(view.sent.start_char, q.start - 90):q.start].lower()):
                continue  # "analysts' consensus estimates were calling for revenue of $13.28 billion"
            if self.target_rx.search(self.text[max(view.sent.start_char, q.start - 50):q.end]) or \
                    re.search(r"(?:\banalysts?(?:'|\s+had)?(?:\s+on\s+average)?\s+(?:expected|expect|forecast|estimated|estimate|projected|"
                              r"project|wanted|polled)\b|"
                              r"\bconsensus\b|\bestimates? (?:of|for)\b|\b(?:expectations?|forecasts?|projections?) (?:of|for)\b|\bpencill?ed in\b|\bexpected by analysts\b|"
                              r"\b(?:wall street|the street) (?:had )?(?:expected|wanted|forecast))[^.;$€£\d]{0,30}$",
                              self.text[max(view.sent.start_char, q.start - 75):q.start].lower()):
                continue  # a price target, or what analysts expected: not a figure the company reported
            framed = [m for m in EXPECTATION_FRAME.finditer(self.text, view.sent.start_char, q.start)
                      if re.fullmatch(r"\s*(?:of|at|for)?\s*(?:about|roughly|around|approximately|nearly)?\s*",
                                      self.text[m.end():q.start])]
            if framed and not framed[-1].group().startswith(("than", "what", "under", "over", "above", "below")):
                continue  # "smashed its revenue guidance of $11 billion": the forecast beaten, not a figure reported
            if re.match(r"\s+(?:that\s+|which\s+)?(?:(?:the\s+)?analysts?|wall street|the street|investors|the market)\b"
                        r"[^.;$€£\d]{0,25}?\b(?:had\s+)?(?:expected|forecast|estimated|projected|anticipated|wanted|"
                        r"predicted|pencill?ed in|modell?ed)\b", self.text[q.end:q.end + 60], re.I):
                continue  # "slightly below the $15 billion analysts expected": their forecast, told after the figure
            relation = self._money_relation(view, span)
            deal_value = relation == "valuation" and \
                DEAL_VALUE_RX.search(self.text, max(view.sent.start_char, q.start - 60), q.start) is not None
            if relation is None:
                relation = self._growth_relation(view, span)
            from_context = relation is None
            if relation is None:
                relation = self._money_context(view)
            if relation is None:
                continue
            # a product earns revenue ("Blackwell contributed $11 billion"); charges, costs and spending are a company's
            owner, counterparty = self._money_owner(view, span, relation,
                                                    MAKERS | {"Product"} if relation in ("revenue", "sales") else MAKERS)
            if owner is None:
                continue
            lemma = governing_verb(span.root).lemma_.lower() if view.index.has_parse else ""
            if lemma in self.acq_words:
                relation = "acquisition"
            elif lemma in self.inv_words | {"put", "pour"} and counterparty is not None:
                relation = "investment"
            elif lemma in self.inv_words and counterparty is None and self._last_raiser is not None \
                    and self._last_raiser[1] != owner.kb_id_ \
                    and 0 <= view.index.sentence_number(view.sent.start) - self._last_raiser[0] <= 4 \
                    and not re.search(r"\b(?:in|into)\b", self.text[q.end:view.sent.end_char]):
                # "Lightspeed invested about €250 million, the person said": its part of the round just told
                raised = _mention_of(view.index, view.sent.start, self._last_raiser[1], MAKERS, sentences=5)
                if raised is not None:
                    counterparty, relation = raised, "investment"
            elif lemma in ("put", "pour", "pump") and counterparty is None and \
                    re.search(r"\b(?:put|poured|pumped)\s+in\b", view.text):
                # "The London firm put in $900 million of the total": its stake in the round just told
                raiser = view.index.salient_before(view.sent.start, MAKERS, sentences=2, exclude=[owner.kb_id_])
                if raiser is not None:
                    counterparty, relation = raiser, "investment"
            if relation == "funding" and counterparty is None:
                lead = re.search(r"\bled by\s+(?:the\s+)?", view.text)
                if lead:
                    # "led by venture capital firm Accel", "led by Canada's Inovia Capital": the first firm within a
                    # few words, before any comma or verb
                    k = _token_at(view, lead.end())
                    doc = view.sent.doc
                    for t in doc[k:min(view.sent.end, k + 6)] if k is not None else ():
                        ent = view.index.at.get(t.i)
                        if ent is not None and ent.label_ in MAKERS:
                            counterparty = ent
                            break
                        if t.text in (",", ";", "(") or t.pos_ in ("VERB", "AUX"):
                            break
            if deal_value:
                relation = "spend"  # "in a deal potentially valued at up to $3 billion", "a licensing fee worth $2 billion"
            if self._someone_elses_forecast(view, span):
                continue  # "She now models $42 billion of AI revenue in fiscal 2026": a prediction, not a figure
            if counterparty is None and relation in ("spend", "revenue", "sales", "cost", "funding", "acquisition"):
                counterparty = self._deal_partner(view, owner, q)  # ("a $27 billion financing deal with Blue Owl")
            subject, obj = owner.kb_id_, counterparty.kb_id_ if counterparty is not None else None
            bought = next((c for c in reversed(out) if c.get("relation") in ("investment", "acquisition", "spend")
                           and c.get("object") and c["subject"] == subject), None)
            if relation == "valuation" and obj is None and bought is not None and not deal_value:
                # "agreed to invest $14.3 billion for a 49 percent stake in Scale AI implying a $29 billion
                # valuation": the company bought into is the one valued, not the buyer
                subject = bought["object"]
            maker = view.index.maker_of(subject) if owner.label_ == "Product" else None
            if maker is None and owner.label_ == "Product" and obj is None and \
                    re.search(r"\b(?:its|their|the (?:company|firm|group|chipmaker|start-?up)(?:'s|\u2019s))\s+(?:\w+\s+)?$",
                              self.text[max(view.sent.start_char, owner.start_char - 40):owner.start_char]):
                # "the company's Ferrox accelerators": a product of the company the story is about, whatever list
                # knows its maker
                firm = view.index.salient_before(view.sent.start, {"Company"}, sentences=3)
                maker = firm.kb_id_ if firm is not None else None
            if maker is not None and obj is None and view.index.type_of(maker) in MAKERS:
                subject, obj = maker, owner.kb_id_  # "Blackwell contributed $11 billion": Nvidia's revenue, from Blackwell
            claim = self._claim(view, "financial", subject, span.root,
                                f"financial:{relation}" + (":context" if from_context else ""), 0.6 if from_context else 0.7,
                                value=q.value, unit=q.unit, relation=relation, object=obj)
            if claim["modality"] == "expected" and self._third_party_estimate(view, span, owner):
                continue  # an analyst's estimate is a prediction, not a reported figure
            if (relation == "loss" or re.search(r"\bnegative\s+(?:about\s+|roughly\s+)?$", self.text[max(0, q.start - 20):q.start])) \
                    and isinstance(q.value, float):
                claim["value"] = -abs(q.value)  # "lost $212 million", "free cash flow was negative $5.9 billion"
            prior = _prior_period(self.text[q.end:q.end + 40])
            if prior is not None:
                claim["time_text"] = prior  # the earlier figure is about the earlier period
            elif claim.get("time_text") and PRIOR_RX.fullmatch(" " + claim["time_text"]):
                claim["time_text"] = None  # "lost $212 million, versus $131 million a year ago": not this figure's time
            if relation == "valuation" and not isinstance(q.value, tuple) and q.value < 1e6:
                continue  # "to close at $118.42, erasing $589 billion of market value": a share price
            if relation == "valuation" and not funding_words.search(view.text) and self.doc_is_market:
                if _inside_forecast(self.text[view.sent.start_char:q.start]):
                    continue  # "put 70% on Brenholt's market capitalisation passing $50 billion": a forecast's figure
                claim.update(kind="market", relation="market_cap", rule="market:market_cap")
            view.used.add(id(q))
            out.append(claim)
            self._remember_deal(view, claim)
            self._last_money = (view.index.sentence_number(view.sent.start), paragraph_start(self.text, view.sent.start_char), relation)
            if relation == "funding" or (relation == "valuation" and counterparty is None):
                # (a round's lead is its other party; the company that raised is still the subject)
                self._last_raiser = (view.index.sentence_number(view.sent.start), subject)
        out += self._growth_rates(view)
        return out

    def _remember_deal(self, view: SentenceView, claim: dict) -> None:
        """The two parties of the latest deal told, for "the agreement" in the sentences after it."""
        index = view.index
        if claim.get("object") and claim.get("relation") in ("spend", "acquisition", "investment", "revenue", "sales", "cost",
                                                              "power") \
                and index.type_of(claim["subject"]) in MAKERS and index.type_of(claim["object"]) in MAKERS:
            self._last_deal = (index.sentence_number(view.sent.start), claim["subject"], claim["object"])

    def _deal_partner(self, view: SentenceView, owner: Span, q) -> Optional[Span]:
        """The other party of a deal the figure belongs to: "signed a $2.4 billion supply agreement with
        Ardentis", "a lease with Noordzee Datacentra for 40 megawatts", "OpenAI and Oracle agreed to develop
        4.5 gigawatts", "sold about $650 million worth of H20 parts"."""
        worth = re.match(r"\s+(?:worth\s+)?of\s+(?:its\s+|their\s+)?", self.text[q.end:q.end + 20])
        if worth is not None:
            k = _token_at_char(view.sent.doc, q.end + worth.end())
            ent = view.index.at.get(k)
            if ent is not None and ent.label_ == "Product" and ent.start == k and ent.kb_id_ != owner.kb_id_:
                return ent
        if not view.index.has_parse:
            return None
        doc = view.sent.doc
        root = owner.root
        lemmas = {t.lemma_.lower() for t in view.sent}
        for c in root.children if lemmas & (DEAL_WORDS | {"agree", "partner", "team", "jointly"}) else ():
            # "OpenAI and Oracle agreed to develop": the subject's partner in the sentence's deal (not "Microsoft and
            # Google reported revenue of $5 billion and $6 billion")
            if c.dep_ == "conj":
                ent = view.index.at.get(c.i)
                if ent is not None and ent.label_ in MAKERS and ent.kb_id_ != owner.kb_id_ and root.dep_ in ("nsubj", "nsubjpass"):
                    return ent
        k = _token_at_char(doc, q.start)
        for t in view.sent:
            if t.lower_ == "with" and t.head.lemma_.lower() in DEAL_WORDS and t.head.left_edge.i <= k <= t.head.right_edge.i:
                for g in t.children:
                    if g.dep_ == "pobj":
                        # ("a $20 billion deal with AI chip startup Groq": the name the description leads to)
                        ent = view.index.at.get(g.i) or view.index.entity_of(g, MAKERS, depth=1, resolve=False)
                        if ent is not None and ent.label_ in MAKERS and ent.kb_id_ != owner.kb_id_:
                            return ent
        # "reached a $20 billion deal with AI chip startup Groq", however the parser reads the description
        # ... and "take a $5 billion stake in chipmaker Intel": the company the money buys into
        ent = next((ent for ent in view.ents(MAKERS) if q.end < ent.start_char <= q.end + 120
                    and ent.kb_id_ != owner.kb_id_ and DEAL_WITH_RX.fullmatch(self.text, q.end, ent.start_char)), None)
        if ent is not None:
            return ent
        dealt = any(t.lemma_.lower() in DEAL_NOUNS for t in view.sent)
        after = re.match(r"\s+(?:(?:over|across|through|for)\s+[^,;.$€£]{0,25}?\s+)?with\s+(?:(?:the|a|an|[a-z][\w-]*)\s+){0,3}",
                         self.text[q.end:q.end + 80]) if dealt else None
        if after is not None:
            # "a three-year contract worth €150 million with Vellmar Automotive, a Stuttgart parts maker"
            ent = next((e for e in view.ents(MAKERS) if e.start_char == q.end + after.end() and e.kb_id_ != owner.kb_id_), None)
            if ent is not None:
                return ent
        for t in view.sent:
            lemma = t.lemma_.lower()
            if dealt and lemma in ("supply", "provide", "deliver", "sell") and t.pos_ == "VERB":
                # "signed a contract worth $14.2 billion to supply Vesper Labs with 1.2 gigawatts", "said it would
                # supply Microsoft with GPU capacity under a contract worth $17.4 billion": the one supplied
                for c in t.children:
                    ent = view.index.at.get(c.i) if c.dep_ in ("dobj", "dative") else None
                    if ent is not None and ent.label_ in MAKERS and ent.kb_id_ != owner.kb_id_:
                        return ent
            if t.pos_ == "NOUN" and lemma in DEAL_NOUNS:
                # "expanded its OpenAI agreement by $6.5 billion", "its $5.8 billion Dell deal": the party named on the deal
                for c in t.children:
                    ent = view.index.at.get(c.i) if c.dep_ in ("compound", "nmod", "poss") else None
                    if ent is not None and ent.label_ in MAKERS and ent.kb_id_ != owner.kb_id_:
                        return ent
            if (lemma in self.acq_words | {"license", "licence"} and t.pos_ in ("VERB", "NOUN")) or \
                    (lemma in ("fee", "royalty", "licensing") and t.pos_ == "NOUN"):
                # "in talks to acquire AI21 Labs, ... in a deal valued at up to $3 billion", "paid $650 million to
                # license its technology", "a fee worth $2 billion for the startup's technology": what is bought
                holders = [t, t.head] if t.dep_ == "dobj" else [t]  # ("negotiated a fee ... for the startup's technology")
                targets = [c for c in t.children if c.dep_ == "dobj"] + \
                    [g for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "for")
                     for g in c.children if g.dep_ == "pobj"]
                if t.pos_ == "NOUN":  # ("a fee worth $2 billion for ...": the phrase may hang on "worth")
                    targets += [g for g in t.subtree if g.dep_ == "pobj" and g.head.lower_ in ("of", "for")
                                and g not in targets]
                for g in targets:
                    ent = view.index.at.get(g.i) or view.index.entity_of(g, MAKERS, depth=1, resolve=False)
                    if ent is not None and ent.label_ in MAKERS and ent.kb_id_ != owner.kb_id_:
                        return ent
                    owner_word = next((c for c in g.children if c.dep_ == "poss"), None)
                    if owner_word is not None and (owner_word.lower_ in ("its", "their") or
                                                   owner_word.lemma_.lower() in DESCRIBED_MAKERS):
                        # "its technology", "the startup's technology": the other company of the story
                        return next((e for e in reversed(view.ents(MAKERS)) if e.end <= g.i and e.kb_id_ != owner.kb_id_
                                     and e.kb_id_ not in self.bystanders), None) or \
                            view.index.salient_before(view.sent.start, {"Company"}, sentences=2,
                                                      exclude=self.bystanders | {owner.kb_id_})
        with_rx = COLLABORATE_WITH_RX.search(self.text, view.sent.start_char, q.start)
        if with_rx is not None:
            # "announced that it's collaborating with OpenAI to develop and deploy 10 gigawatts"
            ent = next((e for e in view.ents(MAKERS) if e.start_char == with_rx.end() and e.kb_id_ != owner.kb_id_), None)
            if ent is not None:
                return ent
        # "guarantee $1.4 billion of Fluidstack's lease obligations": the company whose obligations they are
        poss = re.match(r"\s+(?:worth\s+)?of\s+(?:the\s+)?", self.text[q.end:q.end + 20])
        if poss is not None:
            ent = next((e for e in view.ents(MAKERS) if e.start_char == q.end + poss.end() and e.kb_id_ != owner.kb_id_
                        and re.match(r"(?:'s|\u2019s|')\s", self.text[e.end_char:e.end_char + 3])), None)
            if ent is not None:
                return ent
        # "a $12 billion option to buy more capacity from CoreWeave", "a $10 billion contract to rent servers from
        # Oracle": the seller
        bought = BUY_FROM_RX.match(self.text, q.end, view.sent.end_char)
        if bought is not None:
            ent = next((e for e in view.ents(MAKERS) if e.start_char == bought.end() and e.kb_id_ != owner.kb_id_), None)
            if ent is not None:
                return ent
        last = self._last_deal
        if last is not None and owner.kb_id_ in last[1:] and THE_DEAL_RX.search(view.text) and \
                0 <= view.index.sentence_number(view.sent.start) - last[0] <= 8:
            # "The 10-year colocation agreement will see Cipher deliver 168 megawatts": the other party of the deal
            # the story already told
            other = last[2] if owner.kb_id_ == last[1] else last[1]
            return _mention_of(view.index, view.sent.start, other, MAKERS, sentences=12)
        return None

    def _stakes(self, view: SentenceView) -> List[dict]:
        """Holdings: "a 49% stake in Scale AI", "a stake of about 11 per cent", "owns less than 2%", "Stannard
        will keep a stake of about 6%, down from 9%": the holder's investment in the company, as a percentage."""
        out = []
        index = view.index
        doc = view.sent.doc
        for q, span in view.quantities:
            if q.kind != "percent" or q.unit != "%" or id(q) in view.used or q.is_range:
                continue
            before = self.text[max(view.sent.start_char, q.start - 40):q.start].lower()
            after = self.text[q.end:q.end + 40].lower()
            if not (STAKE_AFTER_RX.match(after) or STAKE_BEFORE_RX.search(before)):
                continue
            if re.match(r"\s*(?:of|in)\s+(?:the\s+|its\s+)?(?:total\s+|quarterly\s+|annual\s+)?(?:revenue|sales|market|"
                        r"the vote|votes|workforce|staff|employees)", after) or \
                    re.match(r"\s*of\s+[^.;]{0,30}\b(?:market|revenue|sales|shipments|capacity|supply)\b", after):
                continue  # "control about 70% of the world's DRAM market": a market share, no holding
            # the company held: a name after "stake in" / "% of", the company just told about, else the last round's
            held = None
            tail = re.match(r"[^.;]{0,25}?\b(?:in|of)\s+(?:the\s+)?", after)
            if tail is not None:
                i = _token_at_char(doc, q.end + tail.end())
                if i >= 0:
                    held = index.entity_of(doc[i], MAKERS, resolve=True)
                    if held is None and i in index.at and index.at[i].label_ == "Product":
                        held = index.at[i]  # "20 per cent equity in the Hyperion project": a joint venture's campus
            here = index.sentence_number(view.sent.start)
            verb = governing_verb(span.root)
            holder = None
            for child in verb.children:  # "would give OpenAI roughly a 10% stake": the one given it
                if child.dep_ in ("dative", "iobj"):
                    holder = index.entity_of(child, MAKERS, resolve=True)
            if holder is None:
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.lower_ in ("which", "that", "who") and verb.dep_ == "relcl":
                    subj = verb.head
                if subj is not None:
                    holder = index.entity_of(subj, MAKERS, resolve=True)
            if holder is None or (held is not None and holder.kb_id_ == held.kb_id_):
                holder = next((e for e in view.ents(MAKERS) if e.end_char <= q.start and
                               (held is None or e.kb_id_ != held.kb_id_) and e.kb_id_ not in self.wire), None)
            if held is None and self._last_raiser is not None and 0 <= here - self._last_raiser[0] <= 4:
                held = _mention_of(index, view.sent.start, self._last_raiser[1], MAKERS, sentences=5)
            if held is None and holder is not None:  # "investing $14.3 billion in Scale AI in exchange for a 49% stake"
                held = next((e for e in reversed(view.ents(MAKERS)) if e.end_char <= q.start and
                             e.kb_id_ != holder.kb_id_ and e.kb_id_ not in self.wire), None)
            if holder is None or held is None or holder.kb_id_ == held.kb_id_:
                continue
            view.used.add(id(q))
            out.append(self._claim(view, "financial", holder.kb_id_, span.root, "financial:stake", 0.55,
                                   object=held.kb_id_, value=q.value, unit="%", relation="stake"))
        return out

    def _participants(self, view: SentenceView, so_far: List[dict]) -> List[dict]:
        """Investors named as taking part in a round: "Andreessen Horowitz, Sequoia Capital and DST Global all
        took part", "led by Greenoaks, with participation from ...", "Alphabet and Nvidia have taken stakes in
        SSI": an investment by each (no amount), in the company the round is for, kept as a statement."""
        cue = PARTICIPATION_RX.search(view.text)
        if cue is None:
            return []
        index = view.index
        firms = [e for e in view.ents(MAKERS | {"Organization"}) if not _is_index(e.kb_id_)]
        if len(firms) < 1:
            return []
        raiser = None
        owned = ROUND_OWNER_RX.search(view.text)
        if owned is not None:
            # "Cohere's funding was led by ...", "Many of xAI's current investors, including ...": the company whose
            # round or backers these are (before "investors in Musk's X", a company they are also in)
            k = _token_at(view, owned.start())
            ent = index.at.get(k - 1) if k is not None else None
            if ent is not None and ent.label_ in MAKERS and ent.end_char <= view.sent.start_char + owned.start():
                raiser = ent.kb_id_
        into = re.search(r"\b(?:stakes?|invest(?:ed|ing|ment|ors)?|backers|backing|money) in(?:to)?\s+", view.text)
        into_ent = index.at.get(_token_at(view, into.end())) if into is not None else None
        into_ent = into_ent.kb_id_ if into_ent is not None and into_ent.label_ in MAKERS else None
        if raiser is None:
            raiser = into_ent
        here = index.sentence_number(view.sent.start)
        # the round told a few sentences back, or further back when the sentence points to it ("The funding comes
        # from a mix of investors, including ...")
        reach = 12 if re.search(r"\b(?:the|this|that) (?:funding|round|raise|fundraising|financing|investment)\b",
                                view.text, re.I) else 4
        if raiser is None and self._last_raiser is not None and 0 <= here - self._last_raiser[0] <= reach:
            raiser = self._last_raiser[1]
        if raiser is None:
            return []
        have = {(c["subject"], c["object"]) for c in so_far if c["kind"] in ("financial", "statement")}
        intro = INTRODUCED_INVESTORS_RX.search(view.text)
        if intro is not None:
            # "raised $270 million from investors including Nvidia, Oracle and Salesforce Ventures": the names the
            # phrase introduces, up to the end of the clause; not the rivals or the wire named before it
            stop = re.search(r"[;:]|\s—\s|\.\s", view.text[intro.end():])
            lo = view.sent.start_char + intro.end()
            hi = lo + (stop.start() if stop else len(view.text))
            # ... and the round's lead ("was led by Canada's Inovia Capital and joined by ...")
            leads = [m.end() + view.sent.start_char for m in re.finditer(r"\b(?:co-)?led by\s+", view.text)]
            # (people too, in the list it introduces: "investors in Perplexity include Nvidia and Jeff Bezos")
            people = [e for e in view.ents({"Person"}) if lo <= e.start_char < hi and not any(
                t.pos_ in ("VERB", "AUX") and t.idx >= lo for t in view.sent.doc[_token_at_char(view.sent.doc, lo):e.start])]
            firms = [f for f in firms + people
                     if lo <= f.start_char < hi or any(0 <= f.start_char - at <= 40 and not re.search(
                         r"[,;]", self.text[at:f.start_char]) for at in leads)]
        out = []
        for firm in firms:
            name = firm.kb_id_
            if name in (raiser, into_ent) or (name, raiser) in have or (raiser, name) in have or name in self.wire:
                continue  # (nor the other company they are "also investors in")
            before = self.text[max(view.sent.start_char, firm.start_char - 40, lo if intro is not None else 0):
                               firm.start_char].lower()
            after = self.text[firm.end_char:firm.end_char + 12].lower()
            if re.search(r"\b(?:according to|told|reported|said|says|from|by former|confirmed to|reported by)\b[^,;]*$", before) \
                    and not re.search(r"\b(?:participation|led|co-led) (?:from|by)\b[^;]*$", before) \
                    or re.match(r"\s*(?:reported|said|says|'s|\u2019s)\b", after):
                continue  # the source of the news, a former employer, not an investor
            if re.match(r"\s*(?:co-?founder|founder|ceo|chief|cfo|cto|president|chairman|executive|head)\b", after) \
                    and firm.end < len(view.sent.doc) and any(
                        e.start > firm.end and e.start - firm.end <= 3 for e in view.ents({"Person"})):
                continue  # "OpenAI co-founder Andrej Karpathy participated as an angel investor": the person invests
            have.add((name, raiser))
            # a financial claim with no amount: who put money into whom, as the guide's funding claims
            out.append(self._claim(view, "financial", name, firm.root, "financial:participation", 0.5,
                                   object=raiser, relation="investment"))
        return out

    def _backed(self, view: SentenceView, so_far: List[dict]) -> List[dict]:
        """'Microsoft-backed OpenAI', 'Amazon- and Google-backed Anthropic': the backer has money in the company
        (a financial claim with no amount, as for investors taking part in a round)."""
        index = view.index
        doc = view.sent.doc
        have = {(c["subject"], c["object"]) for c in so_far if c["kind"] == "financial"}
        out = []
        for token in view.sent:
            if token.lower_ != "backed" or token.i < 2 or doc[token.i - 1].text not in ("-", "‑") \
                    or doc[token.i - 1].whitespace_ or doc[token.i - 2].whitespace_:
                continue
            backer = index.at.get(token.i - 2)
            backed = next((index.at[t.i] for t in doc[token.i + 1:min(view.sent.end, token.i + 4)] if t.i in index.at), None)
            if backer is None or backed is None or backer.label_ not in MAKERS or backed.label_ != "Company" \
                    or backer.kb_id_ == backed.kb_id_ or (backer.kb_id_, backed.kb_id_) in have \
                    or any(t.text in (",", ";") or t.pos_ == "VERB" for t in doc[token.i + 1:backed.start]):
                continue
            have.add((backer.kb_id_, backed.kb_id_))
            out.append(self._claim(view, "financial", backer.kb_id_, token, "financial:backed", 0.5,
                                   object=backed.kb_id_, relation="investment"))
        return out

    def _money_context(self, view: SentenceView) -> Optional[str]:
        """The relation of the figures just told, for an amount whose own sentence names none: "Capital
        spending came to $22.4 billion. Microsoft laid out $34.9 billion in the quarter to September"."""
        if self._last_money is None:
            return None
        sentence, paragraph, relation = self._last_money
        here = view.index.sentence_number(view.sent.start)
        if relation not in CONTEXT_RELATIONS or not 0 < here - sentence <= 2 or paragraph != paragraph_start(self.text, view.sent.start_char):
            return None
        if self.stock_rx.search(view.text) or CONTEXT_STOP_RX.search(view.text):
            return None  # a share price, the analysts' consensus, guidance or a difference between figures
        return relation

    def _prices(self, view: SentenceView) -> List[dict]:
        """'Claude Opus 4.1 lists at $15 per million input tokens and $75 for output', 'GPT-5 nano costs
        five cents per million input tokens', '$19.90 a month': the price of a model or product, whose
        subject is what is sold."""
        out: List[dict] = []
        doc = view.sent.doc
        index = view.index
        sold = MODELS | {"Product"}
        priced_end = None  # where the last price of this sentence ended
        for q, span in view.quantities:
            if q.kind != "money" or id(q) in view.used:
                continue
            after = self.text[q.end:q.end + 60]
            unit_before = PRICE_BEFORE_RX.search(self.text[max(view.sent.start_char, q.start - 60):q.start]) is not None
            gap = self.text[priced_end:q.start] if priced_end is not None else None
            listed = gap is not None and (re.fullmatch(r"[^.;$€£]{0,60}?(?:,\s*|\s)(?:and|or|with|to|at|against|versus|vs\.?)\s+(?:the\s+)?", gap) is not None
                                          or re.fullmatch(r"[^.$€£]{0,60}?[;,]\s*[^.;$€£]{1,40}?\s(?:is|at|costs?|runs?)\s+(?:about\s+)?", gap) is not None)
            charged = index.has_parse and governing_verb(span.root).lemma_.lower() in ("charge", "list", "sell") \
                and re.match(r"[^.;]{0,30}?\bfor\s", after) is not None  # "charges the same $1.25 and $10 for Gemini 2.5 Pro"
            # "five times the $3 and $15 Anthropic charges for Sonnet 4"
            charged_for = not charged and re.match(r"[^.;]{0,30}?\b(?:charges|charged|charge|lists|listed|sells)\s+for\s", after) is not None
            charged = charged or charged_for
            # "GPT-5 nano, which lists at $0.05 and $0.40", "The nano tier costs $0.05 and $0.40": an input and
            # output price pair, in a story that has priced tokens already
            unit_before = unit_before or (q.value is not None and not isinstance(q.value, (list, tuple)) and q.value < 1000
                                          and PAIR_PRICE_BEFORE_RX.search(self.text[max(view.sent.start_char, q.start - 30):q.start])
                                          and PAIR_PRICE_AFTER_RX.match(after)
                                          and re.search(r"\btokens?\b", self.text[:q.start]) is not None)
            if not (PRICE_AFTER_RX.match(after) or charged or unit_before or (listed and (INPUT_OUTPUT_RX.match(after) or
                                                                          re.match(r"\s*(?:[.,;)]|$|and\b|for\s)", after)))):
                continue
            if re.search(r"\bfrom\s+(?:about\s+)?$", self.text[max(view.sent.start_char, q.start - 12):q.start]):
                view.used.add(id(q))  # "dropping it from $10 to $2 per million": the old price
                continue
            # "$3 per million input tokens for Lumen 2 Pro and 40 cents for Lumen 2 Mini": a 'for X' right after
            # the figure names what it buys; else the name before it ("Claude Opus 4.1 lists at $15 ...")
            follow = re.match(r"(?:[^.;$€£]{0,40}?|[^.;]{0,30}?)\bfor\s+(?:its\s+|the\s+)?", after)
            if follow and FOR_A_QUANTITY_RX.match(self.text, q.end + follow.end()):
                # "At $0.04 for a million input tokens ..., it undercuts GPT-5 nano": what the price buys, not whose
                follow = re.match(r"[^.;$€£]{0,40}?\btokens?\b[^.;$€£]{0,25}?\bfor\s+(?:its\s+|the\s+)?", after)
            # "$0.55 per million input tokens and $2.19 per million output tokens for R1": the pair's "for X"
            pair = re.match(r"[^.;$€£]{0,45}?(?:,\s*|\s)and\s+(?:[$€£]\s?[\d.,]+|[\d.,]+\s+cents)[^.;$€£]{0,45}?\bfor\s+(?:its\s+|the\s+)?",
                            self.text[q.end:q.end + 140]) if not follow else None
            owner = None
            if follow or pair:
                at = q.end + (follow or pair).end()
                owner = next((e for e in view.ents(sold) if e.start_char == at), None)
                if owner is None and index.has_parse and GENERIC_NOUNS.get(
                        doc[_token_at_char(doc, at)].lower_, set()) & sold and doc[_token_at_char(doc, at)].idx == at:
                    # "$2.50 ... and $15 per million output tokens for the flagship": the model it means
                    owner = index.entity_of(doc[_token_at_char(doc, at)], sold)
            if owner is None and charged_for and not (PRICE_AFTER_RX.match(after) or unit_before):
                continue  # "the $10 OpenAI charges for a million GPT-5 output tokens": no model right after "for"
            before = [e for e in view.ents(sold) if e.end <= span.start and not re.search(
                r"\b(?:from|than|against|versus|vs\.?)\s+(?:\w+(?:'s|\u2019s)\s+)?$",
                self.text[max(view.sent.start_char, e.start_char - 30):e.start_char])]  # "unchanged from Sonnet 4: $3"
            if owner is None and before:
                owner = before[-1]
            if owner is None and follow:
                owner = next((e for e in view.ents(sold) if e.start_char >= q.end + follow.end()), None)
            if owner is None and index.has_parse:
                subj = subject_of(governing_verb(span.root))
                if subj is not None and subj.i not in index.at and subj.lower_ in ("tier", "model", "version", "variant", "edition"):
                    # "The nano tier costs $0.05 and $0.40": the model named so that ends in "nano"
                    words = {c.lower_ for c in subj.children if c.dep_ in ("compound", "amod", "nmod")}
                    owner = next((m for m in reversed(index.mentions) if m.start < subj.i and m.label_ in sold
                                  and re.split(r"[\s-]", m.kb_id_.lower())[-1] in words and len(m.kb_id_.split()) + m.kb_id_.count("-") > 1), None)
                owner = owner or (index.entity_of(subj, sold) if subj is not None else None)
            if owner is None:
                owner = index.salient_before(view.sent.start, sold, sentences=2)
            if owner is None:
                continue
            view.used.add(id(q))
            priced_end = q.end
            out.append(self._claim(view, "financial", owner.kb_id_, span.root, "financial:price", 0.6,
                                   value=q.value, unit=q.unit, relation="price"))
        return out

    def _someone_elses_forecast(self, view: SentenceView, span: Span) -> bool:
        """Is the figure what a person or an analysts' firm forecasts ('she models $42 billion', 'he
        predicted the backlog would top $300 billion', 'told clients that revenue would reach ...')?"""
        if re.search(r"\b(?:chance|chances|odds|probability|likelihood)\b", self.text[view.sent.start_char:span.start_char], re.I):
            return True  # "the chance of fiscal 2026 AI revenue clearing $45 billion"
        if not view.index.has_parse:
            return False
        modal = False
        for t in [span.root, *span.root.ancestors]:
            if any(c.dep_ == "aux" and c.lower_ in ("would", "will", "could", "might", "'d") for c in t.children):
                modal = True
            lemma = t.lemma_.lower()
            if t.pos_ not in ("VERB", "AUX") or not (lemma in FORECAST_LEMMAS or (modal and lemma in SAYING_LEMMAS)
                                                     or (lemma == "see" and t.tag_ in ("VBZ", "VBP"))):
                continue
            subj = subject_of(t)
            if subj is None:
                continue
            if subj.lower_ in ("i", "we", "she", "he", "they", "analysts", "economists", "strategists"):
                return True  # ("They see revenue up about 14% to $454.8 billion": a forecast's figure)
            ent = view.index.entity_of(subj, {"Person"} | MAKERS)
            if ent is not None and (ent.label_ == "Person" or ent.kb_id_ in self.bystanders):
                return True
        return False

    def _third_party_estimate(self, view: SentenceView, span: Span, owner: Span) -> bool:
        verb = governing_verb(span.root) if view.index.has_parse else None
        for v in [verb, *(verb.ancestors if verb is not None else [])]:
            if v is None:
                continue
            subj = subject_of(v)
            if subj is not None:
                ent = view.index.entity_of(subj, ACTORS)
                if ent is not None and ent.label_ == "Person" and EXECUTIVE_BEFORE_RX.search(
                        self.text[max(view.sent.start_char, ent.start_char - 40):ent.start_char]):
                    # "Chief financial officer Amy Hood guided to more than $30 billion": the company's own guidance,
                    # unless her title names another firm
                    employer = self._employer(view, ent)
                    return employer is not None and employer.kb_id_ != owner.kb_id_
                if ent is not None:
                    return ent.kb_id_ != owner.kb_id_ and ent.label_ == "Person" or \
                        (ent.label_ in MAKERS and ent.kb_id_ != owner.kb_id_)
                if subj.lower_ in ("analysts", "investors", "consensus", "economists", "estimates"):
                    return True
        return bool(re.search(r"\banalysts?\b|\bconsensus\b|\bestimates? (?:of|from)\b", view.lower))

    def _growth_relation(self, view: SentenceView, span: Span) -> Optional[str]:
        """'Google Cloud grew 34% to $15.2 billion': growth verbs carry revenue figures."""
        if not view.index.has_parse:
            return None
        verb = governing_verb(span.root)
        if verb.lemma_.lower() in ("grow", "rise", "climb", "increase", "jump", "reach", "hit", "total", "come", "surge"):
            subj = subject_of(verb)
            if subj is not None and view.index.entity_of(subj, MAKERS | {"Product"}) is not None:
                return "revenue"
        return None

    def _growth_rates(self, view: SentenceView) -> List[dict]:
        """'revenue ... up 16% from a year earlier': growth of a financial figure, in %."""
        out = []
        last_end = 0
        if not any(q.kind == "percent" and q.unit == "%" and not q.is_range for q, _ in view.quantities):
            return out  # no rate to read: the checks below cost more than this one
        if self.stock_rx.search(view.text) and not re.search(r"revenue|sales|income|capex|spending|expenditure", view.lower):
            return out
        if not (any(rx.search(view.text) for rel, rx in self.fin_rx if rel in ("revenue", "income", "capex", "spend", "loss"))
                or self._growth_relation_any(view) or re.search(r"\bmargins?\b", view.lower)):
            return out
        for q, span in view.quantities:
            if id(q) in view.used or q.kind != "percent" or q.unit != "%" or q.is_range:
                continue
            if self._someone_elses_forecast(view, span):
                continue  # "They see revenue up about 14%": a forecast's growth, not a reported one
            if MARGIN_BEFORE.search(self.text[max(view.sent.start_char, q.start - 60):q.start]) or \
                    MARGIN_AFTER.match(self.text, q.end):
                # "Gross margin came to 72.4% under GAAP and 72.7% on an adjusted basis"
                if re.search(r"\banalysts?(?:'|\s+had)?(?:\s+on\s+average)?\s+(?:expected|expect|forecast|estimated|estimate|"
                             r"projected|project|wanted)\b[^.;$€£\d]{0,30}$",
                             self.text[max(view.sent.start_char, q.start - 75):q.start], re.I):
                    view.used.add(id(q))
                    continue  # "Analysts on average forecast gross margin to be 75.5%": theirs, not reported
                owner, _ = self._money_owner(view, span, "revenue", MAKERS)
                if owner is not None:
                    view.used.add(id(q))
                    out.append(self._claim(view, "financial", owner.kb_id_, span.root, "financial:margin", 0.55,
                                           value=q.value, unit="%", relation="margin"))
                continue
            sign = self._move_sign(view, span)
            if sign is None and out and out[-1]["relation"] == "growth" and re.fullmatch(
                    r"%?\s+(?:from|over|on)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?(?:year|quarter|period)\s+(?:earlier|before|ago)?\s*,?\s*and\s+",
                    self.text[last_end:q.start]):
                sign = 1 if out[-1]["value"] > 0 else -1  # "up 265% from a year earlier and 22% from the previous quarter"
            if sign is None:
                continue
            # a product's growth only when the sentence names the product ("Azure grew 33%"); with no name
            # in it, the growth is the reporting company's, as its figures are
            owner, _ = self._money_owner(view, span, "revenue", MAKERS | ({"Product"} if view.ents({"Product"}) else set()))
            if owner is not None and owner.label_ == "Product" and _in_other_clause(owner.root, span.root):
                # "The Data Center segment, which sells the company's Ferrox accelerators, grew 71%": the product
                # only describes what grew
                owner, _ = self._money_owner(view, span, "revenue", MAKERS)
            if owner is None:
                continue
            view.used.add(id(q))
            out.append(self._claim(view, "financial", owner.kb_id_, span.root, "financial:growth", 0.55,
                                   value=sign * q.value, unit="%", relation="growth"))
            last_end = q.end
        return out

    def _growth_relation_any(self, view: SentenceView) -> bool:
        return any(self._growth_relation(view, span) for q, span in view.quantities if q.kind == "money")

    # -- market ----------------------------------------------------------------------------
    def _market(self, view: SentenceView) -> List[dict]:
        out = []
        # "earnings of $3.30 per share" say nothing about the stock
        has_stock = bool(self.stock_rx.search(re.sub(r"\bper share\b", " ", view.text)))
        for q, span in view.quantities:
            if id(q) in view.used:
                continue
            before = self.text[max(view.sent.start_char, q.start - 30):q.start].lower()
            claims: List[dict] = []
            if q.kind == "money" and self._is_price_target(view, q, before):
                view.used.add(id(q))  # a target is never a reported figure, whoever set it
                # "raised its target to $140 from $120": the old target is history, not a claim
                if not re.search(r"\d\s+from\s+(?:about\s+)?$", before) and not (
                        re.search(r"\bfrom\s+$", before) and re.match(r"\s+to\s+(?:US)?[$€£¥]", self.text[q.end:q.end + 12])):
                    # nor in "raised the price target from $40 to $45"
                    claim = self._price_target(view, q, span)
                    claims = [claim] if claim is not None else []
            elif q.kind == "money" and (self.mcap_rx.search(self.text[max(view.sent.start_char, q.start - 70):
                                                                      min(view.sent.end_char, q.end + 40)])
                                        or self._market_value(view, q, span)):
                claim = self._market_cap(view, q, span)
                claims = [claim] if claim is not None else []
            elif q.kind == "percent" and q.unit == "%" and not q.is_range:
                claims = self._stock_move(view, q, span, has_stock)
            elif q.kind == "count" and q.unit == "points" and not q.is_range:
                claim = self._index_points(view, q, span)
                claims = [claim] if claim is not None else []
            elif q.kind == "money" and (isinstance(q.value, tuple) or q.value < 1e5) and \
                    (SHARE_PRICE_BEFORE.search(before) or SHARE_PRICE_AFTER.match(self.text[q.end:q.end + 25])) and \
                    (has_stock or any(c["relation"] == "stock_move" for c in out) or (
                        self.doc_is_market and re.search(r"\b(?:all-time|record|52-week)\s+(?:high|low)\b", view.text, re.I))):
                # ("MU soared to a fresh all-time high at $158 before closing the week at $157")
                claim = self._share_price(view, q, span, out)
                claims = [claim] if claim is not None else []
            elif q.kind in ("number", "count") and not isinstance(q.value, tuple) and q.value >= 100 and not is_year(q) \
                    and re.search(r"\b(?:to|at)\s+(?:about\s+|around\s+)?$", before) \
                    and any(c["relation"] == "stock_move" and _is_index(c["subject"]) for c in out):
                # "The Nasdaq Composite fell 2.2% to 22,078": where the index closed, after its move
                mover = [c for c in out if c["relation"] == "stock_move" and _is_index(c["subject"])][-1]
                claims = [self._claim(view, "market", mover["subject"], span.root, "market:index_level", 0.6,
                                      value=q.value, unit="points", relation="index_level")]
            if claims:
                view.used.add(id(q))
                out += claims
        if not out and has_stock and "%" not in view.text and "percent" not in view.lower:
            out += self._qualitative_move(view)
        return out

    def _qualitative_move(self, view: SentenceView) -> List[dict]:
        """'Microsoft shares hit an all-time high on Monday', 'Shares in Google-owner Alphabet surged to a record
        high': a stock's move told without a figure is a market claim with no value, of the firm whose shares moved."""
        m = QUALITATIVE_MOVE_RX.search(view.text)
        if m is None:
            return []
        at = view.sent.start_char + m.start()
        firm = None
        for e in view.ents({"Company"}):
            gap = self.text[e.end_char:at]
            if e.end_char <= at and re.fullmatch(r"(?:'s|\u2019s)?\s*(?:[A-Z][\w.]*\s+)?", gap):
                firm = e  # "Microsoft shares", "SoftBank's stock price", "Alphabet Class A shares"
            elif e.start_char > at and re.fullmatch(r"(?:shares|stock)\s+(?:in|of)\s+(?:[\w-]+\s+){0,2}",
                                                    self.text[at:e.start_char], re.I):
                firm = e  # "Shares in Google-owner Alphabet surged": the name nearest the verb
        if firm is None or _is_index(firm.kb_id_):
            return []
        trigger = _token_at(view, m.end() - 1)
        token = view.sent.doc[trigger] if trigger is not None else firm.root
        return [self._claim(view, "market", firm.kb_id_, token, "market:qualitative", 0.5, relation="stock_move")]

    def _index_points(self, view: SentenceView, q: Quantity, span: Span) -> Optional[dict]:
        """'The Dow Jones Industrial Average shed 386 points', 'ended 626.15 points lower', 'the Cboe Volatility
        Index climbed 2.76 points': an index's move in points, said of the index that is the verb's subject."""
        if not view.index.has_parse:
            return None
        sign = self._move_sign(view, span)
        verb = governing_verb(span.root)
        subj = subject_of(verb) if verb is not None else None
        ent = view.index.entity_of(subj, {"Product", "Organization", "Company"}, resolve=False) if subj is not None else None
        if sign is None or ent is None or not _names_an_index(view.index, ent):
            return None
        return self._claim(view, "market", ent.kb_id_, span.root, "market:index_points", 0.6, value=sign * q.value,
                           unit="points", relation="stock_move")

    def _share_price(self, view: SentenceView, q: Quantity, span: Span, so_far: List[dict]) -> Optional[dict]:
        """'slumped 24% to $57.30', 'The stock closed at $37.44', 'priced its offering at $40': what a share
        cost, said of the company whose stock moved in the same sentence, else of the one the stock is."""
        if re.search(r"\b(?:earnings|eps|profit|income|dividend|loss)\b[^.;]*$", self.text[view.sent.start_char:q.start].lower()):
            return None  # "earnings of $1.86 a share"
        moved = [c for c in so_far if c["relation"] == "stock_move"]
        owner = moved[-1]["subject"] if moved else None
        if owner is None and view.index.has_parse:
            subj = subject_of(governing_verb(span.root))
            if subj is not None:
                ent = view.index.entity_of(subj, {"Company"})
                if ent is None and subj.lower_ in ("shares", "stock", "share", "it", "they"):
                    ent = view.index.salient_before(view.sent.start, {"Company"}, sentences=3)
                owner = ent.kb_id_ if ent is not None else None
        if owner is None:
            return None
        return self._claim(view, "market", owner, span.root, "market:share_price", 0.6,
                           value=list(q.value) if isinstance(q.value, tuple) else q.value, unit=q.unit,
                           relation="share_price")

    def _is_price_target(self, view: SentenceView, q: Quantity, before: str) -> bool:
        """'a price target of $165', 'her Alphabet target to $320', 'a $190 target', and in a
        paragraph about targets, 'Ashgrove Partners went to $48 from $62'."""
        near = self.text[max(view.sent.start_char, q.start - 70):min(view.sent.end_char, q.end + 40)]
        if not isinstance(q.value, tuple) and q.value >= 1e7:
            return False  # "its cloud spending forecast above its prior target of $53 billion": no share price
        if self.target_rx.search(near) or re.search(r"\btarget (?:to|of|at|from)\s+$", before) or re.search(
                r"\btarget from\s+(?:[$€£]|EUR|USD|GBP)\s?[\d.,]+\s+to\s+$", before):
            return True  # "raised its target from $165 to $200"
        if isinstance(q.value, tuple) or q.value >= 1e5:
            return False  # a share price, not a sum of money
        if re.match(r"\s+(?:price\s+)?target\b", self.text[q.end:q.end + 20]):
            return True  # "kept a hold rating with a $190 target"
        if re.search(r"\b(?:to|at)\s+$", before) and \
                re.match(r"\s+from\s+(?:about\s+)?(?:[$€£]|EUR|USD|GBP)", self.text[q.end:q.end + 20]):
            here = view.index.sentence_number(view.sent.start)
            lo = view.index.sents[max(0, here - 2)].start_char
            return bool(re.search(r"\btargets?\b", self.text[lo:view.sent.end_char], re.I))
        return False

    def _market_value(self, view: SentenceView, q: Quantity, span: Span) -> bool:
        """'worth $2 trillion', 'crossed $3 trillion', 'lost $279 billion in a single session'."""
        if not self.doc_is_market or isinstance(q.value, tuple) or q.value < 1e10:
            return False
        before = self.text[max(view.sent.start_char, q.start - 40):q.start].lower()
        after = self.text[q.end:q.end + 40].lower()
        if re.search(r"\b(?:backlog|revenue|sales|bookings|orders|contracts?|deals?|budget|spending|capex|expenditures?|"
                     r"commitments?|obligations|investment|income|profit)\b[^$€£]*$", before) \
                or re.match(r"\s+worth of\b", after):
            return False  # "its cloud backlog reached $155 billion", "$500 billion worth of servers"
        if re.search(r"\b(?:worth|cross(?:ed|es)?|clos(?:ed|es) above|top(?:ped|s)?|pass(?:ed|es)?|surpass(?:ed|es)?|"
                     r"hit|reach(?:ed|es)?|valued (?:at|above|over|below|under|at more than|at less than|at about|at roughly)|"
                     r"market value of|value (?:above|over|below|under))\b[^$€£]*$", before) and q.value >= 1e11:
            return not re.search(r"\b(?:raise|raised|round|funding)\b", view.lower)
        return bool(re.search(r"\b(?:lost|lose|loses|shed|sheds|erased|erasing|wiped|wiping|added|adding|gained)\b[^$€£]*$",
                              before) and re.search(r"\b(?:session|market value|in value|of value|day|trading)\b", after))

    def _move_sign(self, view: SentenceView, span: Span) -> Optional[int]:
        doc = view.sent.doc
        after = [t for t in doc[span.end:min(view.sent.end, span.end + 2)]]
        for token in after:
            if token.lower_ in ("lower", "down", "less", "drop", "decline", "fall", "decrease", "slide", "slump", "loss",
                                "plunge", "tumble", "selloff", "sell-off", "retreat"):
                return -1  # "a 12% drop", "reverses a 6.4% loss"
            if token.lower_ in ("higher", "up", "more", "jump", "rise", "increase", "gain", "surge", "growth"):
                return 1  # "a 63% jump on the year"
        window = doc[max(view.sent.start, span.start - 5):span.start]
        head = governing_verb(span.root) if view.index.has_parse else None
        candidates = ([head] if head is not None else []) + list(reversed(window))
        for token in candidates:
            lemma = token.lemma_.lower()
            following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
            if lemma in self.down or token.lower_ in ("lower", "down") or (lemma == "give" and following in ("up", "back")):
                return -1
            if lemma in self.up or token.lower_ in ("higher", "up"):
                return 1
        return None

    def _stock_move(self, view: SentenceView, q: Quantity, span: Span, has_stock: bool) -> List[dict]:
        sign = self._move_sign(view, span)
        if sign is None:
            return []
        if re.match(r"\s*\+?\s*(?:gross\s+|operating\s+|net\s+|profit\s+|ebitda\s+)?(?:margins?|industry average|revenue|"
                    r"sales|growth|market share|stake|share of)\b", self.text[span.end_char:span.end_char + 30], re.I) or \
                not has_stock and re.search(r"\b(?:falls?|fell|comes? in|sits?)\s+(?:well\s+|far\s+|just\s+|slightly\s+)?(?:below|short of|under)\b",
                          view.text):
            return []  # "OpenAI's 41% gross margin falls well below the 65%+ industry average": no stock moves
        index = view.index
        doc = view.sent.doc
        movers = {"Company", "Product"}  # indices are Products
        owner = self._listed_mover(view, span, movers)  # "Broadcom added 2.6%, Oracle 3.6% and Marvell 3.5%"
        off = re.match(r"\s+(?:off|from)\s+(?:the\s+)?", self.text[span.end_char:span.end_char + 12])
        if owner is None and off:  # "helped wipe 17% off Nvidia's share price"
            k = _token_at_char(doc, span.end_char + off.end())
            named = index.at.get(k)
            if named is not None and named.label_ in movers and named.end < len(doc) and \
                    doc[named.end].text in ("'s", "\u2019s") and re.match(r"\s*(?:share|stock|shares|market)",
                                                                        self.text[doc[named.end].idx + 2:][:12]):
                owner = named
        noun = MOVE_NOUN_FOR_RX.match(self.text, span.end_char)
        if owner is None and noun:  # "led by a 4.6% gain for SK Hynix", "a 3% drop in Samsung"
            named = index.at.get(_token_at_char(doc, span.end_char + noun.end() - noun.start()))
            if named is not None and named.label_ in movers:
                owner = named
        # "with the S&P 500 down about 2%": a move word between the name and the figure
        moved = owner is not None and (noun is not None or any(
            t.lemma_.lower() in self.up | self.down or t.lower_ in ("up", "down") for t in doc[owner.end:span.start]))
        verb = governing_verb(span.root) if index.has_parse else None
        subj = subject_of(verb) if verb is not None else None
        if subj is not None and owner is None:
            if subj.lower_ in ("shares", "stock", "share"):
                # "Its shares slid 6.5%", "The stock lost 7.1%", "Shares rose 10% after hours"
                owner = index.entity_of(subj, {"Company"}) or index.entity_of(subj, movers, resolve=False)
                if owner is None and not any(c.dep_ == "prep" and not any(g.lower_ in ("the", "this") for p in c.children
                                                                           for g in p.children)
                                             for c in subj.children):  # "Shares of the chip designer" too
                    owner = index.salient_before(view.sent.start, {"Company"}, sentences=3)
            elif subj.lower_ == "index" and subj.i not in index.at:  # "The index itself slipped 0.4%"
                owner = next((s for s in reversed(index.mentions) if s.start < subj.i and s.label_ == "Product"
                              and self._is_index_entity(view, s)), None)
                moved = owner is not None
            elif has_stock or subj.i in index.at:
                owner = index.entity_of(subj, movers)
            elif self.doc_is_market and verb.lemma_.lower() in self.up | self.down and (
                    verb.head if subj.lower_ in ("which", "that") and verb.dep_ == "relcl" else subj).lower_ in (
                    "it", "company", "chipmaker", "firm", "group", "giant") \
                    and not FINANCIAL_NOUN_RX.search(self.text[view.sent.start_char:span.end_char]):
                # "The company, which had already rocketed over 200% in 2023, rose 13%", "it has risen around 58%"
                # in a story about its shares, with no revenue or sales before the figure
                owner = index.entity_of(verb.head if subj.lower_ in ("which", "that") and verb.dep_ == "relcl" else subj,
                                        {"Company"})
        if owner is None and has_stock:
            before = [e for e in view.ents(movers) if e.end <= span.start]
            owner = before[-1] if before else None
        if owner is None and any(t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("shares", "stock") and t.i < span.start
                                 for t in view.sent):
            # "Shares of the Santa Clara, California-based company fell 5%", parsed with two subjects: the
            # company the reader has in mind
            owner = index.salient_before(view.sent.start, {"Company"}, sentences=3, exclude=self.bystanders)
        if owner is None and verb is not None and verb.lemma_.lower() in self.up | self.down:
            # "Lumora Software, whose business ..., rose 6.2%": the parser loses a subject that a long
            # relative clause holds apart from its verb
            # "Among smaller suppliers, Brinscombe, which makes ..., climbed 6.7%": after a fronted phrase too,
            # when the verb was left with no subject
            first = next(iter(view.ents(movers)), None)
            if first is not None and first.end < len(doc) and first.end <= verb.i and (
                    first.start == view.sent.start or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)) \
                    and doc[first.end].text == "," and first.end + 1 < len(doc) \
                    and doc[first.end + 1].lower_ in ("which", "whose", "who", "whom", "the", "a", "an", "once", "now"):
                owner = first
        if owner is None or (owner.label_ == "Product" and not self._is_index_entity(view, owner)):
            return []
        lemma = verb.lemma_.lower() if verb is not None else ""
        # "Maragold was up 2.1%"
        be_moved = lemma == "be" and any(t.lower_ in ("up", "down") for t in doc[max(view.sent.start, span.start - 3):span.start])
        if not has_stock and not moved and not be_moved and lemma not in self.up | self.down | {"close", "give", "end", "finish"}:
            return []
        if not has_stock and re.search(r"\b(?:revenue|sales|income|capex|spending|expenditure|users|margin)\b", view.lower):
            return []
        if re.search(r"\b(?:revenues?|sales|income|profits?|earnings|EPS|capex|spending|margins?)(?:\s+[\w-]+){0,2}\s*$",
                     self.text[max(view.sent.start_char, q.start - 30):q.start], re.I) or re.match(
                r"\s*(?:%|percent|per cent)?\s*(?:rise|increase|jump|gain|growth|surge|drop|decline|fall)\s+in\s+(?:its\s+|the\s+)?"
                r"(?:[\w-]+\s+)?(?:revenues?|sales|income|profits?|earnings|capex|spending|margins?)\b", self.text[q.end:q.end + 50],
                re.I):
            return []  # "with EPS up 24%", "Despite a 27% rise in revenues, Meta's shares fell": a result's growth
        if owner.kb_id_ in NEWS_OUTLETS or (owner.start > 0 and doc[owner.end].lemma_.lower() in (
                "supplier", "customer", "rival", "partner", "competitor", "consensus") if owner.end < len(doc) else False):
            # "shares in the Nvidia supplier", "topped Bloomberg consensus estimates, ... the stock up 30%": not the mover
            owner = index.salient_before(view.sent.start + 1, {"Company"}, sentences=3,
                                         exclude=set(self.bystanders) | {owner.kb_id_})
            if owner is None:
                return []
        value = sign * q.value
        owners = [owner]
        head = None
        if subj is not None and (owner.root == subj or owner.root in subj.conjuncts):
            head = subj  # "AMD, Arm and Broadcom each lost at least 3.5%": every name of the subject moved
        elif subj is not None and subj.lower_ in ("shares", "stocks") and owner.root.head == subj:
            head = owner.root  # "Nvidia and Micron Technology's shares rose about 1.5% each": every owner's shares
        if re.match(r"\s*(?:each|apiece)\b", self.text[span.end_char:span.end_char + 8]):
            # "Nvidia and Micron Technology's shares rose about 1.5% each", however it parsed: every company before
            for other in view.ents({"Company"}):
                if other.end <= span.start and other.kb_id_ not in self.bystanders and other not in owners:
                    owners.append(other)
        if head is not None:
            for conj in (head, *head.conjuncts):
                other = index.at.get(conj.i)
                if other is not None and other.label_ == "Company" and other not in owners and conj.i < span.start:
                    owners.append(other)
        return [self._claim(view, "market", o.kb_id_, span.root, "market:stock_move", 0.75,
                            value=value, unit="%", relation="stock_move") for o in owners]

    def _is_index_entity(self, view: SentenceView, span: Span) -> bool:
        return _names_an_index(view.index, span)

    @staticmethod
    def _listed_mover(view: SentenceView, span: Span, movers: Set[str]) -> Optional[Span]:
        """The company named right before a move ('Alphabet fell 4.2% and Microsoft 2.1%'), when
        nothing but a verb or adverbs and no other figure stands between them."""
        doc = view.sent.doc
        ents = [e for e in view.ents(movers) if e.end <= span.start and span.start - e.end <= 4]
        if not ents:
            return None
        ent = ents[-1]
        between = doc[ent.end:span.start]
        if any(t.like_num or t.text in ("%", "$", "€", "£", ",", ";") or t.lower_ in ("than", "versus", "vs", "and", "while")
               for t in between):
            return None
        if ent.start > 0 and doc[ent.start - 1].lower_ in ("than", "versus", "vs", "vs.", "of", "on", "for"):
            return None
        return ent

    def _price_target(self, view: SentenceView, q: Quantity, span: Span) -> Optional[dict]:
        index = view.index
        doc = view.sent.doc
        firm, company = None, None
        verb = governing_verb(span.root) if index.has_parse else None
        if verb is not None:
            subj = subject_of(verb)
            if subj is not None:
                firm = index.entity_of(subj, MAKERS | {"Person"})
                owner = next((index.at[c.i] for c in subj.children if c.dep_ == "poss" and c.i in index.at), None)
                covered = next((index.at[t.i] for t in subj.subtree if t.dep_ == "compound" and t.i in index.at
                                and t.i < subj.i and index.at[t.i] != owner), None)
                if subj.i not in index.at and owner is not None and owner.label_ in MAKERS and covered is not None \
                        and covered.label_ == "Company" and covered != owner:
                    # "Morgan Stanley's Alibaba analyst team raised its target": the bank's team, on Alibaba
                    firm, company = owner, covered
        subj = subject_of(verb) if verb is not None else None
        near = self.text[max(view.sent.start_char, q.start - 120):min(view.sent.end_char, q.end + 20)]
        if CONSENSUS_TARGET_RX.search(near):
            # "The median price target of the 53 analysts covering Nvidia's stock is $625": nobody's own target,
            # the market's view of the company covered
            covered = next((e for e in view.ents({"Company"}) if re.search(
                r"\b(?:covering|on|for|of|follow(?:ing)?)\s+(?:the\s+)?$", self.text[max(view.sent.start_char, e.start_char - 14):e.start_char])),
                None) or next((e for e in view.ents({"Company"}) if e.end < len(doc) and doc[e.end].text in ("'s", "\u2019s")), None)
            if covered is not None and not any(e.start < covered.start and e.label_ in MAKERS and e.kb_id_ != covered.kb_id_
                                               for e in view.ents(MAKERS) if e.root.dep_ in ("nsubj", "poss")):
                return self._claim(view, "market", covered.kb_id_, span.root, "market:price_target:consensus", 0.6,
                                   value=q.value, unit=q.unit, relation="price_target")
        if verb is not None and verb.lemma_.lower() in ("get", "receive", "draw", "win", "earn") and firm is not None \
                and firm.label_ == "Company":
            # "Nvidia also got a price target hike to $740 from $650 from KeyBanc": the company got it, the firm
            # after "from" or "by" set it
            setter = next((e for e in view.ents(MAKERS) if e.start > span.end and e.kb_id_ != firm.kb_id_
                           and doc[e.start - 1].lower_ in ("from", "by")), None)
            if setter is not None:
                company, firm = firm, setter
        if firm is not None and subj is not None and subj.i not in index.at:
            covered = [e.kb_id_ for e in view.ents({"Company"}) if e.start > 0 and doc[e.start - 1].lower_ in ("on", "for")]
            if firm.kb_id_ in covered:
                # "The bank increased its price target for Nvidia": "the bank" is not the company it covers
                firm = index.refer_back(subj, MAKERS, avoid=covered)
        own = next((t for t in doc[max(view.sent.start, span.start - 4):span.start] if t.lower_ == "target"
                    and any(c.lower_ in ("his", "her") for c in t.children)), None)
        if own is not None and (firm is None or firm.label_ != "Person"):
            # "Jeff Pu ... says it's 'not too late ...', raising his price target to $950": his firm's target,
            # whatever "it" stands for
            people = [e for e in view.ents({"Person"}) if e.end <= own.i]
            firm = (people[-1] if people else None) or firm
        if firm is None or firm.label_ == "Person":
            firm = self._employer(view, firm) or firm
        brokers = set(self.target_firms)
        if firm is not None:
            brokers.add(firm.kb_id_)
        # the company the target is for: "on Nvidia", "for Nvidia", "her Alphabet target"
        for e in ([] if company is not None else view.ents({"Company"})):
            if e.kb_id_ in brokers:
                continue
            prev = doc[e.start - 1].lower_ if e.start > 0 else ""
            nxt = doc[e.end:e.end + 3].text.lower()
            if prev in ("on", "for") or "target" in nxt:
                if company is None or abs(e.start - span.start) < abs(company.start - span.start):
                    company = e
        if company is None:
            # another broker's name is never the company a target is for
            # ... nor one that is the subject of a clause of its own ("...; Pinecastle Securities went to $160")
            others = [e for e in view.ents({"Company"}) if e.kb_id_ not in brokers
                      and not (e.root.dep_ in ("nsubj", "nsubjpass") and e.start > span.start
                               and any(q2 is not q and q2.kind == "money" and s2.root in e.root.head.subtree
                                       for q2, s2 in view.quantities))]
            company = others[0] if others else index.salient_before(view.sent.start, {"Company"}, sentences=3,
                                                                    exclude=brokers)
        if firm is None or firm.label_ == "Person":
            return None
        self.target_firms.add(firm.kb_id_)
        return self._claim(view, "market", firm.kb_id_, span.root, "market:price_target", 0.7, value=q.value, unit=q.unit,
                           relation="price_target", object=company.kb_id_ if company is not None else None)

    def _employer(self, view: SentenceView, person: Optional[Span]) -> Optional[Span]:
        """'Dara Whitfield, a semiconductor analyst at Orchard Lane Securities': her firm."""
        index = view.index
        doc = view.sent.doc
        text = view.text
        for m in re.finditer(r"\b(?:analyst|analysts|strategist|economist|who covers [\w ]+|who follows [\w ]+|"
                             r"covers [\w ]+)\s+(?:at|with|of|for)\s+", text):
            i = _token_at(view, m.end())
            if i in index.at and index.at[i].label_ in MAKERS:
                return index.at[i]
        if person is None:  # "She cut her price target": the analyst met earlier
            person = index.salient_before(view.sent.start, {"Person"}, sentences=3)
        if person is None:
            return None
        mentions = [span for span in index.spans if span.kb_id_ == person.kb_id_]
        for span in mentions:
            sent = span.sent
            # "Jeff Pu, managing director of equities research at Haitong International": the first firm after
            # "at", "with" or "of"
            for m in re.finditer(r"\b(?:at|with|of)\s+(?:the\s+)?", self.text[span.end_char:min(sent.end_char, span.end_char + 70)]):
                i = _token_at_char(doc, span.end_char + m.end())
                if i in index.at and index.at[i].label_ in MAKERS:
                    return index.at[i]
        for span in mentions:
            # "Thornbury Ridge Research analyst Mireille Santangelo", "At Quenby Daventry Securities,
            # Arjun Bellweather ...", and the next sentence's "the Thornbury Ridge Research analyst"
            here = index.sentence_number(span.start)
            for k, sent in enumerate(index.sents[here:here + 2]):
                for e in index.in_span(sent, MAKERS):
                    after = doc[e.end].lower_ if e.end < len(doc) else ""
                    prev = doc[e.start - 1].lower_ if e.start > sent.start else ""
                    role = after in ANALYST_ROLES
                    # "JPMorgan's five-star analyst Mark Murphy", "Bernstein's Stacy Rasgon"
                    owned = after in ("'s", "\u2019s") and span.start - e.end <= 5 and (
                        e.end + 1 == span.start or doc[span.start - 1].lower_ in ANALYST_ROLES)
                    if k == 0 and owned:
                        return e
                    if k == 0 and (role and e.end + 1 == span.start
                                   or prev == "at" and e.start == sent.start + 1 and e.end < span.start <= e.end + 3):
                        return e
                    if k == 1 and role and prev == "the" and not index.in_span(sent, {"Person"}):
                        return e
        return None

    def _market_cap(self, view: SentenceView, q: Quantity, span: Span) -> Optional[dict]:
        if not isinstance(q.value, tuple) and q.value < 1e7:
            return None  # "close at $118.42": a share price, not what the company is worth
        if _inside_forecast(self.text[view.sent.start_char:q.start]):
            return None  # "a 60% chance that Nvidia's market value exceeds $6 trillion": a forecast's figure
        owner, _ = self._money_owner(view, span, "valuation", {"Company"})
        if owner is None:
            return None
        before = self.text[max(view.sent.start_char, q.start - 50):q.start].lower()
        after = self.text[q.end:min(view.sent.end_char, q.end + 60)].lower()
        sign = -1 if re.search(r"\b(?:lost|lose|loses|shed|sheds|erased|erase|wiped|wipe|wiping|erasing|losing)\b", before) \
            or re.match(r"\s+(?:of|in)\s+(?:its\s+)?market value\s+(?:went|vanished|evaporated|disappeared|was (?:wiped|erased|lost))",
                        after) else 1
        value = q.value if sign > 0 or isinstance(q.value, tuple) else -q.value
        return self._claim(view, "market", owner.kb_id_, span.root, "market:market_cap", 0.7, value=value,
                           unit=q.unit, relation="market_cap")

    # -- compute ---------------------------------------------------------------------------
    def _compute(self, view: SentenceView) -> List[dict]:
        out = []
        words = {t.lower_ for t in view.sent} | {t.lemma_.lower() for t in view.sent}
        for q, span in view.quantities:
            if id(q) in view.used:
                continue
            if q.unit in ("FLOP", "parameters", "tokens", "GPUs", "GPU-hours", "MW", "GW", *SPEC_UNITS):
                before = self.text[max(view.sent.start_char, q.start - 40):q.start].lower()
                after = self.text[q.end:q.end + 20].lower()
                if q.unit == "tokens" and (re.search(r"context|window|prompt|input|output|up to\s*$", before)
                                           or re.match(r"\s*(?:per|a|each)\s", after)):
                    continue  # a context length or a price unit, not training data
                if q.unit == "parameters" and re.search(r"\b(?:models?|systems?|rivals?|peers?)\s+(?:of\s+)?(?:under|below|over|above|"
                                                        r"up to|with (?:fewer|less|more) than|(?:fewer|less|more) than|"
                                                        r"smaller than|larger than)\s+$", before):
                    continue  # "ahead of every open model under 20 billion parameters": a size class, nobody's size
                if re.match(r"\s*(?:flops?\s+)?(?:line|threshold|limit|cap|mark|bar|ceiling|cut-?off)\b", after):
                    continue  # "below the 10^25 FLOP line that Brussels uses": a rule's threshold, nobody's compute
                if ODDS_FORECAST_BEFORE.search(self.text[view.sent.start_char:q.start]):
                    continue  # "a 55% chance of reaching the full 1.2 GW by 2027", "predicted that a model with fewer
                    # than 5 billion parameters would ...": a forecast's threshold, not anyone's compute
                types = MODELS if q.unit in ("FLOP", "parameters", "tokens", "GPU-hours") else MODELS | MAKERS | {"Product"}
                owner = self._spec_owner(view, span) if q.unit in SPEC_UNITS else None
                owner = owner or self._compute_owner(view, span, types)
                if owner is not None and q.unit in SPEC_UNITS:
                    owner = _makers_product(view, owner)  # "Nvidia's GB200 NVL72": the system's spec, not the firm's
                if re.search(r"(?:\d\s*%|\bper\s*cent|\bpercent|\b(?:half|third|quarter|fifth|tenth|fraction|times))\s+"
                             r"(?:of\s+)?(?:the\s+)?$", before) and owner is not None:
                    # "roughly a fifth of the 2.788 million H800 GPU-hours DeepSeek reported for DeepSeek-V3": the figure
                    # set against is the other model's, named after it
                    inside = {view.index.at[i].kb_id_ for i in range(span.start, span.end) if i in view.index.at}
                    foil = next((e for e in view.ents(MODELS) if e.start >= span.end and e.kb_id_ not in inside), None)
                    owner = foil or owner
                if owner is None:
                    continue
                if q.unit in ("GPUs", "GPU-hours") and owner.label_ in MAKERS and TRAINING_RX.search(view.text):
                    # "The lab rented 2,048 H100 chips for 74 days": a training run's chips are the model's
                    model = view.index.salient_before(view.sent.start, MODELS, sentences=3)
                    if model is not None and view.index.maker_of(model.kb_id_) in (owner.kb_id_, None):
                        owner = model
                if q.unit in ("MW", "GW") and owner.label_ == "Product" and _used_as_chip(owner):
                    # "trained on 24,576 Nvidia B200 GPUs drawing around 40 MW": the power is the run's or the
                    # firm's, never the chip's
                    others = [e for e in view.ents(MODELS) + view.ents(MAKERS)
                              if e.kb_id_ != owner.kb_id_ and e.kb_id_ not in self.wire and not _used_as_chip(e)]
                    owner = others[0] if others else None
                    if owner is None:
                        continue
                view.used.add(id(q))
                self._last_compute = (view.sent.start, owner)
                chip = self._chip_of(view, q, span) if q.unit in ("GPUs", "GPU-hours", "GW", "MW") else None
                if chip is None and q.unit in ("GW", "MW") and owner.label_ in MAKERS:
                    chip = self._deal_partner(view, owner, q)  # "OpenAI and Oracle agreed to develop 4.5 gigawatts"
                out.append(self._claim(view, "compute", owner.kb_id_, span.root, f"compute:{q.unit}", 0.7,
                                       value=q.value, unit=q.unit, relation=_compute_relation(q.unit),
                                       object=chip.kb_id_ if chip is not None and chip.kb_id_ != owner.kb_id_ else None))
                if q.unit in ("GW", "MW"):
                    self._remember_deal(view, out[-1])
                if view.index.has_parse and re.match(r"\s*(?:[\w-]+\s+){0,2}?(?:each|apiece)\b", self.text[q.end:q.end + 40]):
                    # "Meta and Microsoft have reportedly purchased 150,000 H100s each": the same count for every one
                    for c in (*owner.root.conjuncts, *(t for t in [owner.root.head] if owner.root.dep_ == "conj")):
                        other = view.index.at.get(c.i)
                        if other is not None and other.label_ == owner.label_ and other.kb_id_ != owner.kb_id_:
                            out.append(dict(out[-1], subject=other.kb_id_))
            elif q.kind == "money" and (words & self.train_words or self._beside_compute(view, q)) \
                    and not self.target_rx.search(view.text):
                near = self.text[max(view.sent.start_char, q.start - 60):q.end + 40].lower()
                if not re.search(r"\btrain|\bpre-?train", near) and not self._beside_compute(view, q):
                    continue
                owner = self._compute_owner(view, span, MODELS)
                if owner is None:
                    continue
                view.used.add(id(q))
                out.append(self._claim(view, "compute", owner.kb_id_, span.root, "compute:training_cost", 0.65,
                                       value=q.value, unit=q.unit, relation="training_cost"))
            elif q.kind in ("fraction", "multiplier", "percent") and (
                    words & self.compute_words or (q.kind == "multiplier" and "performance" in words)
                    or (words & {"run", "runs"} and re.match(r"\s+of\s+(?:that|this)\b", self.text[q.end:q.end + 12]))):
                claim = self._efficiency(view, q, span)
                if claim is not None:
                    view.used.add(id(q))
                    also = claim.pop("also", None)
                    out.append(claim)
                    if also is not None:
                        out.append(also)
        return out

    def _spec_owner(self, view: SentenceView, span: Span) -> Optional[Span]:
        """'the 145 kW consumed by the GB200 NVL72', '180 PFLOPS attributed to Nvidia's GB200 NVL72': the
        product, firm or model a spec is said of right after the figure."""
        m = SPEC_OWNER_AFTER_RX.match(self.text, span.end_char)
        if m is None:
            return None
        found = next((e for e in view.ents(MODELS | MAKERS | {"Product"}) if e.start_char == m.end()), None)
        return _makers_product(view, found) if found is not None else None

    def _compute_owner(self, view: SentenceView, span: Span, types) -> Optional[Span]:
        index = view.index
        inside = {index.at[i].kb_id_ for i in range(span.start, span.end) if i in index.at}
        owner = self._compute_owner_any(view, span, types)
        if owner is not None and owner.kb_id_ in inside:  # "2,048 H800 GPUs": the chip is not the owner
            others = [e for e in view.ents(types) if e.kb_id_ not in inside]
            owner = others[-1] if others else index.salient_before(view.sent.start, MODELS, sentences=2)
        return owner

    def _compute_owner_any(self, view: SentenceView, span: Span, types) -> Optional[Span]:
        index = view.index
        doc = view.sent.doc
        # "...; Calder 2 Mid, at 27 billion parameters; ...": the name just before, in a list item
        near = [e for e in view.ents(types) if e.end <= span.start and span.start - e.end <= 3
                and all(t.lower_ in (",", "at", "with", "(", "of") for t in doc[e.end:span.start])]
        if near:
            return near[-1]
        if span.start > view.sent.start and doc[span.start - 1].lower_ in ("its", "their") and \
                re.search(r"\b(?:[GM]W|GPUs)\b", " ".join(q.unit or "" for q, sp in view.quantities if sp == span)):
            # "at its 750-megawatt Childress campus", "doubling its 100,000 GPUs": the owner "its" stands for
            owner = index.refer_back(doc[span.start - 1], types & MAKERS)
            if owner is not None:
                return owner
        # "5.0 million for Scout and 2.38 million for Maverick": a "for X" right after the figure names whose it is
        m = re.match(r"\s+for\s+(?:the\s+|its\s+)?", self.text[span.end_char:span.end_char + 20])
        if m is None and re.search(r"(?i)param|token|gpu|flop|hour", span.text):
            # "smaller than the 405 billion parameters of Meta's Llama 3.1": the model the count is of
            m = re.match(r"\s+of\s+(?:the\s+|its\s+)?(?:[A-Z][\w.-]*(?:'s|\u2019s)\s+)?", self.text[span.end_char:span.end_char + 40])
        if m is not None:
            named = next((e for e in view.ents(types if "for" in m.group() else MODELS)
                          if e.start_char == span.end_char + m.end() and not re.match(
                              r"\s+(?:supercomputer|cluster|computer|campus|data cent)", self.text[e.end_char:e.end_char + 20])), None)
            if named is not None:
                return named
        last = self._last_compute
        if last is not None and last[0] == view.sent.start and last[1].label_ in types and \
                not re.search(r"(?i)param|token|gpu|flop|chip|watt|\b[GM]W\b", span.text) and \
                re.match(r"\s*(?:are\s+|is\s+|were\s+)?(?:active|activated|in total|total)\b", self.text[span.end_char:span.end_char + 20]):
            return last[1]  # "a trillion parameters in total and 32 billion active": the bare count is the same model's
        if index.has_parse:
            # "a 14-billion-parameter sibling, Gannet 2 Mini, shipped alongside it": the name set beside the noun the
            # figure describes
            for t in (span.root, span.root.head):
                named = next((index.at[c.i] for c in t.children if c.dep_ == "appos" and c.i in index.at
                              and index.at[c.i].label_ in types), None)
                if named is not None and t.pos_ == "NOUN" and t.i >= span.root.i:  # (a noun after the figure, not before)
                    return named
            # "Moonshot AI released Kimi K2, a mixture-of-experts model with a trillion parameters": the name the
            # figure's noun phrase stands beside
            t = span.root
            for _ in range(4):
                if t.dep_ == "appos" and t.head.i in index.at and index.at[t.head.i].label_ in types:
                    return index.at[t.head.i]
                if t.head == t or t.pos_ in ("VERB", "AUX"):
                    break
                t = t.head
            verb = governing_verb(span.root)
            subj = subject_of(verb)
            upper = verb
            for _ in range(3):  # "With 180 billion parameters and trained on 3.5 trillion tokens, it outperforms ...":
                # a participle with no subject of its own describes the main clause's
                if subj is not None or upper.head == upper or upper.dep_ not in ("conj", "advcl", "pobj", "prep", "pcomp"):
                    break
                upper = upper.head
                if upper.pos_ in ("VERB", "AUX"):
                    subj = subject_of(upper)
            trained = verb.lemma_.lower() in ("train", "pretrain", "pre-train", "fine-tune")
            if trained:
                # "The team trained the model in 2.79 million GPU hours": what is trained, not who trains it
                obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
                ent = index.at.get(obj.i) if obj is not None else None
                if ent is None and obj is not None and obj.tag_ == "NN" and obj.lemma_.lower() in ("model", "system"):
                    ent = index.entity_of(obj, MODELS)  # ("trains its models on 1,000 GPUs": no one model)
                if ent is not None and ent.label_ in MODELS:
                    return ent
            if subj is not None:
                # "it was trained on 16,000 H100s": what is trained is a model, not its maker
                wanted = MODELS if trained else types
                ent = index.entity_of(subj, wanted)
                if ent is not None:
                    return ent
            head = span.root.head
            for _ in range(3):
                ent = index.entity_of(head, types, resolve=False)
                if ent is not None:
                    return ent
                head = head.head
        # not a model named as what another is measured against ("five times the compute that went into Orvandel-3,
        # and is expected to take 55 million GPU-hours": the run's, not Orvandel-3's)
        before = [e for e in view.ents(types) if e.end <= span.start and not re.search(
            r"\b(?:times|twice|thrice|than|versus|vs\.?|compared (?:with|to)|against)\b[^,;]*$",
            self.text[max(view.sent.start_char, e.start_char - 50):e.start_char])]
        if before:
            return before[-1]
        after = [e for e in view.ents(types) if e.start >= span.end and not self._foil_after(view, span, e)]
        if after:
            return after[0]
        last = self._last_compute
        if last is not None and last[0] == view.sent.start and last[1].label_ in types:
            return last[1]  # "118 billion parameters, only 14 billion of which are active": the same model's
        # "Training took 3.1 million GPU-hours, about 60% of the compute that went into Tessary-3": neither
        # the model measured against nor merely the last name read, but the model the story is about
        foils = [e.kb_id_ for e in view.ents(types) if e.start >= span.end]
        return index.salient_before(view.sent.start, types, sentences=3, exclude=foils) \
            or index.before(view.sent.start, types, limit=max(0, view.sent.start - 60))

    def _foil_after(self, view: SentenceView, span: Span, ent: Span) -> bool:
        """'..., about 60% of the compute of Tessary-3', 'less than Llama 3': the model named after
        the figure is what it is measured against."""
        between = self.text[span.end_char:ent.start_char].lower()
        # "..., five times the compute that went into Orvandel-3", "twice the 18 trillion used for Qwen2.5"
        return bool(re.search(r"\b(?:of|than|versus|vs\.?|compared|against|behind|relative|times|twice|thrice|half)\b", between))

    @staticmethod
    def _chip_of(view: SentenceView, q: Quantity, span: Span) -> Optional[Span]:
        """The chip a GPU count or GPU-hours figure is of: '2.788 million H800 GPU-hours', '4,096 H100
        chips', '16,000 of Nvidia's H100 GPUs', '310,000 GPU-hours on rented H100s'."""
        doc = view.sent.doc
        chips = [e for e in view.ents({"Product"}) if not view.index.info.get(e.kb_id_, {}).get("index")]
        for e in chips:
            if span.start <= e.start < span.end + 4 and not any(t.is_punct or t.lower_ in ("and", "while", "but")
                                                                for t in doc[span.end:e.start]):
                return e
        after = view.text[q.end - view.sent.start_char:][:40]
        m = re.match(r"\s+(?:GPU[- ]hours\s+)?(?:on|using|of)\s+(?:rented\s+|(?:Nvidia|AMD|Google|Intel)(?:'s|\u2019s)?\s+|the\s+|its\s+)*", after)
        if m:
            e = next((e for e in chips if e.start_char == q.end + m.end()), None)
            if e is not None:
                return e
        return None

    def _beside_compute(self, view: SentenceView, q: Quantity) -> bool:
        """'Kestrune 2.5 took 6.8 million GPU-hours ..., at a cost it put at $41 million': a cost in a
        sentence that counts a model's GPU-hours or FLOP is what the training cost (not an hourly rate)."""
        # "At the $2-per-hour rental price the lab assumed, that works out to about $5.6 million": what GPU time at
        # a rental rate adds up to is a training run's cost
        rental = re.search(r"\brental (?:price|rate|cost)\b", view.text, re.I) or any(
            other.kind == "money" and HOURLY_RATE_RX.match(self.text, other.end) for other, _ in view.quantities)
        if not (any(other.unit in ("GPU-hours", "FLOP") for other, _ in view.quantities) or rental) or \
                re.search(r"\b(?:API|evaluat\w*|exercise|benchmark\w*|inference|serving|re-?run)\b", view.text, re.I):
            return False  # "The exercise cost $41,000 in API fees": running a test, not training a model
        before = self.text[max(view.sent.start_char, q.start - 30):q.start].lower()
        after = self.text[q.end:q.end + 15].lower()
        return bool(re.search(r"\b(?:cost|costs|costing|bill|price tag|spent|spend|spending)\b[^$€£]*$", before)
                    or (rental and re.search(r"\b(?:works? out|worked out|comes? to|came to|adds? up|added up)\b[^$€£]*$", before))) \
            and not re.match(r"\s*(?:-?\s*(?:per|an|a)\s*-?\s*(?:gpu-?)?hour)", after)

    def _efficiency(self, view: SentenceView, q: Quantity, span: Span) -> Optional[dict]:
        """'a fifth of the compute of X', '10x less compute than X', '40% less compute'."""
        after = self.text[q.end:min(view.sent.end_char, q.end + 60)].lower()
        noun = re.match(r"\s*(?:of\s+)?(?:as (?:much|many)\s+|the\s+|its\s+|their\s+)?(?:[\w.-]+\s+){0,3}?"
                        r"(less|fewer|lower|cheaper|smaller|more|greater|higher|faster)?\s*"
                        r"(?:\w+\s+)?(compute|computing|flops?|gpus?|gpu-hours|training|cost|costs|energy|power|"
                        r"chips|memory|price|budget|resources|tokens per (?:watt|second|dollar)|throughput|"
                        r"performance per watt|performance(?=\s+(?:of|than)\b)|bandwidth|speed of|inference)", after)
        share_of = None
        if noun is None and q.kind in ("fraction", "percent", "multiplier") and re.search(
                r"\b(?:compute|gpu-hours?|gpu hours|flops?|gpus|accelerators)\b", view.text, re.I):
            # "took 2.1 million GPU-hours, roughly a quarter of what its predecessor Mallow-3 needed"
            share_of = re.match(r"\s*(?:of\s+)?what\s+(?:its|the|their)?\s*(?:[\w-]+\s+){0,3}?"
                                r"(?:needed|used|took|required|consumed|spent|had)\b", after)
        foil_before = None
        last = self._last_compute
        if noun is None and share_of is None and q.kind in ("fraction", "percent") and last is not None \
                and last[0] < view.sent.start and last[1].label_ in MODELS \
                and 0 < view.index.sentence_number(view.sent.start) - view.index.sentence_number(last[0]) <= 2 \
                and re.search(r"\b(?:run|training|used|needed|took|consumed|required)\b", view.lower):
            # "Meta's own figures put that run at 30.84 million GPU-hours ... DeepSeek's run used about 9% of that": a
            # share of the figure just told, for the model it was told for
            share_of = re.match(r"\s*of\s+(?:that|this)\b", after)
            foil_before = last[1] if share_of is not None else None
        if share_of is None and noun is not None and noun.group(1) is None and q.kind == "percent" and re.match(
                r"\s*of\s+(?:the\s+)?(?:training\s+)?(?:compute|gpu-hours|flops?)\s+(?:that\s+)?(?:went into|used|"
                r"spent on|needed|of)\b", after):
            share_of = noun  # "about 60% of the compute that went into Tessary-3"
        if share_of is not None:
            noun, comparative = share_of, None
        elif noun is None and q.kind == "fraction" and re.match(r"\s*as much\b(?:\s+per\s+\w+)?\s+(?:as\b|to\s+(?:run|serve))", after) \
                and re.search(r"\b(?:costs?|costing|cost|priced|charges?|charging|serve|serving|run|running)\b", view.lower):
            # "costs a third as much as Max to serve", "a quarter as much per token as its predecessor": a running cost
            noun, comparative = re.match(r"\s*as much", after), None
        elif noun is None and q.kind == "multiplier" and re.match(r"\s*as (?:much|many) as\b", after):
            # "2.6 times as many tokens per watt as an H100 ... and 1.4 times as many as the B200"
            noun = re.match(r"\s*as (?:much|many)", after)
            comparative = "more"
        elif noun is None:
            return None
        else:
            comparative = noun.group(1)
        if q.kind == "fraction" or (share_of is not None and q.kind == "percent"):
            value = q.value
        elif share_of is not None:  # "three times what Corrade 2 used"
            value = 100.0 * q.value
        elif q.kind == "multiplier":
            if comparative in ("less", "fewer", "lower", "cheaper", "smaller"):
                value = round(100.0 / q.value, 2) if q.value else None
            elif comparative in ("more", "greater", "higher", "faster") or re.match(r"\s*(?:as much|as many|the)\b", after):
                value = 100.0 * q.value
            else:
                return None
        else:
            if comparative in ("less", "fewer", "lower", "cheaper", "smaller"):
                value = round(100.0 - q.value, 4)
            elif comparative in ("more", "greater", "higher"):
                value = round(100.0 + q.value, 4)
            else:
                return None
        after_it = [e for e in view.ents(MODELS | {"Company", "Product"}) if e.start >= span.end
                    and not (e.end < len(e.doc) and e.doc[e.end].text in ("'s", "\u2019s"))]
        # "a fifth of the 2.788 million H800 GPU-hours DeepSeek reported for DeepSeek-V3": the model, not the chip
        # ("a fifth of the 2.788 million H800 GPU-hours that DeepSeek reported for DeepSeek-V3": the chip inside a
        # figure is not the other side)
        in_figures = [(fq.start, fq.end) for fq, _sp in view.quantities if fq.kind == "count"]
        after_it = [e for e in after_it if not any(a <= e.start_char and e.end_char <= b for a, b in in_figures)]
        other = next(iter(after_it), None) if foil_before is None else foil_before
        if other is not None and other.label_ in MAKERS:  # "... that DeepSeek reported for DeepSeek-V3": the model
            other = next((e for e in after_it if e.label_ in MODELS), other)
        if share_of is not None and (other is None or other.label_ not in MODELS):
            return None  # a share of what no model named needed: a share, not a comparison
        owner = self._compute_owner(view, span, MODELS | ({"Product"} if other is not None and other.label_ == "Product" else set()))
        if owner is not None and other is not None and owner.kb_id_ == other.kb_id_:
            # "a quarter of the training compute of Kestrel Ultra": the foil is not the owner
            named_before = [e for e in view.ents(MODELS) if e.end <= span.start and e.kb_id_ != other.kb_id_]
            owner = named_before[-1] if named_before else view.index.salient_before(
                view.sent.start, MODELS, sentences=3, exclude=[other.kb_id_])
        if other is not None and other.label_ == "Product" and (owner is None or owner.label_ != "Product"):
            # "Nvidia says its H200 runs Llama 2 70B inference at 1.9 times the speed of the H100": a chip set
            # against a chip is the chip named before the figure, not the model it runs
            chips = [e for e in view.ents({"Product"}) if e.end <= span.start and e.kb_id_ != other.kb_id_
                     and not any(a <= e.start_char and e.end_char <= b for a, b in in_figures)
                     and not re.search(r"\b(?:as|than|of|versus|vs\.?)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$",
                                       self.text[max(0, e.start_char - 30):e.start_char])]  # not an earlier foil
            owner = chips[-1] if chips else owner
        if owner is None:
            return None
        if other is not None and other.kb_id_ == owner.kb_id_:
            other = None
        if other is None and q.kind == "fraction" and re.match(r"\s*as much\s+to\s+(?:run|serve)", after):
            # "is on par with GPT-4o ... while costing a fifth as much to run": as much as the model it was set against
            other = next((e for e in reversed(view.ents(MODELS)) if e.end <= span.start and e.kb_id_ != owner.kb_id_), None)
        if comparative == "faster" and other is None:
            return None  # "outperforms Llama 2 70B while offering six times faster inference": faster than what?
        claim = self._claim(view, "compute", owner.kb_id_, span.root, f"compute:efficiency:{q.kind}", 0.6,
                            value=value, unit="%", relation="relative_compute",
                            object=other.kb_id_ if other is not None else None)
        if other is not None and other.label_ in MODELS | {"Product"} and owner.label_ in MODELS | {"Product"} \
                and owner.sent == span.sent and value is not None and value > 100 and (comparative == "faster" or re.match(
                r"\s*(?:as (?:much|many)\b|(?:the\s+|more\s+)?(?:tokens per|throughput|performance|speed of))", after)):
            # "2.6 times as many tokens per watt as an H100", "1.9 times the speed of the H100": more work done
            # is also being ahead (more compute spent is not)
            claim["also"] = self._claim(view, "comparison", owner.kb_id_, span.root, "comparison:ahead:ratio", 0.55,
                                        object=other.kb_id_, relation="outperforms")
        return claim


PRIOR_RX = re.compile(r"\s*(?:(?:spent|reported|recorded|posted|booked|earned|generated|invested|paid)\s+)?"
                      r"(?:(?:in|for) the (?:same )?(?:quarter|period|year)\s+)?(?P<p>a year (?:earlier|ago|before)|"
                      r"(?P<n>one|two|three|six|twelve) months (?:earlier|ago|before)|last year|the year before|"
                      r"in (?P<y>(?:19|20)\d\d)\b|(?:in )?the (?:same|prior|previous|year-earlier) (?:quarter|period|year))", re.I)


_PAST_TIME = (r"(?:in|on|last|this|earlier|back in|early|late|yesterday|recently|"
              r"(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|a couple of|\d+)\s+)?"
              r"(?:days?|weeks?|months?|years?)\s+(?:ago|later|earlier)|the same (?:day|week|month))\b")
EXCHANGE_RX = re.compile(r"^(?:Nasdaq|NYSE|Nyse|Euronext|Xetra|Deutsche B\u00f6rse|HKEX|KRX|LSE)$|\bStock Exchange$|\bExchange$")
PASSING_RELEASE_RX = re.compile(r"(?:\s+(?:model|system|chip))?,\s+(?:which|that)?\s*(?:was\s+|were\s+|first\s+)?"
                                r"(?P<verb>released|launched|shipped|unveiled|introduced|debuted|came out|arrived|went live)"
                                r"\s+" + _PAST_TIME)
PASSING_MAKER_RX = re.compile(r",\s+the\s+(?:[\w-]+\s+){0,3}?(?P<maker>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s+"
                              r"(?:had\s+)?(?P<verb>released|launched|shipped|unveiled|introduced|put out)\s+" + _PAST_TIME)
VERSION_SCORED_RX = re.compile(r"\s*(?:%|points|percent|Elo)?\s*(?:on\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,2}?\s+)?for\s+"
                               r"(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,4}?(?:version|variant|build|release|edition|"
                               r"checkpoint)\s+of\s+(?:the\s+)?")
# "Phi-4 is Microsoft's latest small language model", "Gemma 3 is the latest addition to Google's family of models":
# a model introduced as its maker's newest is a release told in passing
PASSING_LATEST_RX = re.compile(r"\s+(?P<verb>is|was)\s+(?:[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2}(?:'s|\u2019s)\s+|the\s+|its\s+|their\s+)"
                               r"(?:very\s+)?(?:latest|newest)\b[^.;,]{0,80}?\b(?:models?|addition|release|version|member|entry|"
                               r"offering|LLM|system|chatbot|assistant|flagship)\b")
TRAINING_RX = re.compile(r"\b(?:train(?:ed|ing)?|pre-?train(?:ed|ing)?|(?:final|training) run|run used|for \d+ days)\b", re.I)
PARTICIPATION_RX = re.compile(r"\b(?:took part|take part|taking part|participat(?:ed|ing|ion)|joined the round|joined by|"
                              r"(?:investors|backers),? (?:including|such as|like)|"
                              r"(?:investors|backers)(?: in [\w.-]+(?: [A-Z][\w.-]*)?)? (?:include|included|includes)|"
                              r"\b(?:raised|raising|raises|secured|received)\s[^,;]{0,40}?\sfrom\s(?=[^;]*,[^;]*\band\b)|"
                              r"contributed to the round|co-led|co-leads|led the round|round,? (?:was )?led by|"
                              r"took (?:a )?stakes?|taken (?:a )?stakes?|taking (?:a )?stakes?)\b", re.I)
# "Cohere's funding was led by", "xAI's current investors, including": the company whose round or backers they are
ROUND_OWNER_RX = re.compile(r"(?<=\w)(?:'s|\u2019s|'|\u2019)\s+(?:[\w-]+\s+){0,2}?(?:funding|round|fundraising|financing|raise|investors|"
                            r"backers|series[- ][a-z])\b", re.I)
INTRODUCED_INVESTORS_RX = re.compile(r"\b(?:joined by(?: other investors| investors)?(?: such as| including)?|"
                                     r"(?:investors|backers|VCs|firms),? (?:including|such as|like)|"
                                     r"(?:investors|backers)(?: in [\w.-]+(?: [A-Z][\w.-]*)?)? (?:include|included|includes)|"
                                     r"\b(?:raised|raising|raises|secured|received)\s[^,;]{0,40}?\sfrom(?=\s[^;]*,[^;]*\band\b)|"
                                     r"participation (?:from|of|by)(?: [\w-]+){0,3}? (?:including|such as)|participation (?:from|of|by)|"
                                     r"with (?:backing|support) from)\s+", re.I)
RELATIVE_NOUNS = frozenset({"predecessor", "forerunner", "sibling"})
SIZE_RX = re.compile(r"^(?:a?\d+(?:\.\d+)?[bmkt]|\d+x\d+b|e\d+b)$", re.I)  # "8B", "A22B", "235B", "8x7B"
VARIANT_WORDS = frozenset("""pro flash lite mini nano max plus ultra turbo instruct chat preview experimental exp
large medium small micro tiny heavy fast high low thinking reasoning vision omni coder code swift""".split())


def _in_other_clause(token: Token, other: Token) -> bool:
    """Whether ``token`` sits in a relative or participle clause that ``other`` is not part of."""
    for a in (token, *token.ancestors):
        if a.dep_ in ("relcl", "acl"):
            return other not in a.subtree
    return False


def _in_apposition(token: Token) -> bool:
    """'Its reasoning sibling, DeepSeek-R1, ...': a name set off by commas after a noun, which the parser
    reads as an apposition or, with the name merged into one token, as a conjunct."""
    return token.dep_ == "appos" or (token.dep_ == "conj" and token.i > 0 and token.doc[token.i - 1].text == ","
                                     and not any(c.dep_ == "cc" for c in token.head.children))


def _mention_of(index: EntityIndex, i: int, name: str, types, sentences: int) -> Optional[Span]:
    """A mention of the entity ``name`` before token ``i`` (the one a reader has in mind)."""
    return index.salient_before(i, types, sentences=sentences, exclude=[n for n in index.info if n != name])


def _model_stem(name: str) -> str:
    """A model's name without its size and variant words: 'gpt-5-mini' and 'GPT-5' -> 'gpt 5',
    'Llama 3.1 8B' and 'Llama 3.1 405B' -> 'llama 3.1'."""
    words = re.split(r"[\s\-_]+", name.lower())
    while len(words) > 1 and (words[-1] in VARIANT_WORDS or SIZE_RX.match(words[-1])):
        words.pop()
    return " ".join(words)


CONTEXT_STOP_RX = re.compile(r"\b(?:consensus|the street|analysts?|guid(?:ed|es|ance)|(?:more|less|lower|higher) than)\b", re.I)
CONTEXT_RELATIONS = {"capex", "revenue", "income", "cash_flow", "loss", "cost", "spend", "funding"}


ODDS_FORECAST_BEFORE = re.compile(r"\b(?:chance|odds|probability|likelihood|predicted|predicts|predict|bet|bets)\b", re.I)


def _inside_forecast(ahead: str, scores: bool = False) -> bool:
    """Does the clause leading up to a figure forecast it ('gives a 60% chance that ... exceeds
    $6 trillion')? Not when the forecast is a clause of its own ('As Larkspur forecast in 2023,
    Microsoft has now passed $4 trillion'). For scores, 'could' and 'I'd put it at' count too."""
    last = None
    for last in (SCORE_FORECAST_BEFORE if scores else FORECAST_BEFORE).finditer(ahead):
        pass
    return last is not None and "," not in ahead[last.end():]


def _without_conversions(quantities: List[Tuple[Quantity, Span]], text: str) -> List[Tuple[Quantity, Span]]:
    """"a market value of $4 trillion (€3.4 trillion)": a figure restated in another currency is the same
    figure, annotated once, in the first currency."""
    out = []
    for q, span in quantities:
        last = out[-1][0] if out else None
        if last is not None and q.kind == last.kind == "money" and q.unit != last.unit \
                and re.fullmatch(r"\s*(?:[(\[]|,\s*or)\s*(?:about|around|roughly|approximately|some|nearly)?\s*",
                                 text[last.end:q.start]):
            continue
        out.append((q, span))
    return out


def _prior_period(after: str) -> Optional[str]:
    """'€131 million a year earlier' -> 'last year': the time expression for an earlier period's
    figure (relative to the article date, so year precision), or None when the text names none."""
    m = PRIOR_RX.match(after)
    if m is None:
        return None
    if m.group("y"):
        return m.group("y")
    if m.group("n"):
        return f"{m.group('n')} months ago"
    return "last year" if re.search(r"year", m.group("p"), re.I) else ""


def _used_as_chip(ent: Span) -> bool:
    """'24,576 Nvidia B200 GPUs', 'a mix of H200s and B200s', '1,536 H100s': a chip named as what is counted."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    return (after is not None and after.lower_ in ("gpu", "gpus", "chips", "chip", "accelerators", "accelerator", "cards",
                                                   "card", "processors", "units")) or \
        (ent.text.endswith("s") and not ent.kb_id_.endswith("s")) or \
        (ent.start >= 1 and doc[ent.start - 1].like_num) or \
        (ent.start >= 2 and doc[ent.start - 2].like_num and doc[ent.start - 1].pos_ == "PROPN")  # "24,576 Nvidia B200"


def _token_at(view: SentenceView, offset: int) -> int:
    """Index of the token that starts at or after a character offset of the sentence text."""
    return _token_at_char(view.sent.doc, view.sent.start_char + offset)


def _token_at_char(doc: Doc, char: int) -> int:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span.start if span is not None else -1


FOIL_BEFORE_RX = re.compile(r"\b(?:replacement|successor|follow-up|alternative|answer|rival|competitor|challenger|"
                            r"upgrade|improvement)\s+(?:for|to|of|over|on|from)\s+(?:the\s+|its\s+|their\s+)?"
                            r"(?:[\w-]+'s\s+|[\w-]+\u2019s\s+)?$", re.I)
FIGURE_HEADS = frozenset({"score", "scores", "figure", "figures", "result", "results", "report", "paper", "number",
                          "numbers", "rating", "card", "post", "estimate", "estimates"})
GENERATION_NOUNS = frozenset({"generation", "family", "series", "line", "lineup", "line-up", "version", "versions", "suite"})
MOVE_NOUN_FOR_RX = re.compile(r"\s+(?:gain|rise|jump|advance|rally|climb|surge|drop|fall|decline|slide|slump|loss)\s+"
                              r"(?:for|in)\s+(?:shares\s+of\s+|the\s+shares\s+of\s+)?")
INDEX_WORDS = re.compile(r"\b(?:S&P|Nasdaq|Dow|Index|Composite|Stoxx|STOXX|Nikkei|Hang Seng|FTSE|DAX|CAC|Kospi|KOSPI|Kosdaq|Russell|Topix|TOPIX|"
                         r"Taiex|TAIEX|Sensex|Nifty|CSI 300|ASX|All-Share|All Share)\b")
JAPAN_RX = re.compile(r"\b(?:Japan|Japanese|Tokyo|Osaka|Nikkei|Topix|TOPIX|yen)\b")
CHINA_RX = re.compile(r"\b(?:China|Chinese|Beijing|Shanghai|Shenzhen|Hangzhou|yuan|renminbi|RMB)\b")


def _yen_document(text: str) -> bool:
    """'¥' is both yen and yuan: yen when the article is about Japan more than China."""
    return "¥" in text and len(JAPAN_RX.findall(text)) > len(CHINA_RX.findall(text))


def _is_index(name: str) -> bool:
    return bool(INDEX_WORDS.search(name))


def _names_an_index(index: EntityIndex, span: Span) -> bool:
    return _is_index(span.kb_id_) or bool((index.info.get(span.kb_id_) or {}).get("index"))


def _type_group(type_name: str) -> set:
    return {"AIModel", "Product"} if type_name in ("AIModel", "Product") else {"Company", "Organization"}


def _inflections(lemma: str) -> List[str]:
    """Forms a comparison verb takes in news text ("trail" -> trails, trailed, trailing)."""
    irregular = {"beat": ["beats", "beaten", "beating"], "lead": ["leads", "led", "leading"],
                 "overtake": ["overtakes", "overtook", "overtaken", "overtaking"], "outdo": ["outdoes", "outdid", "outdone"],
                 "best": ["bests", "bested"], "outshine": ["outshines", "outshone"], "top": ["tops", "topped", "topping"]}
    if lemma in irregular:
        return [lemma, *irregular[lemma]]
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = [lemma, stem + "ed", stem + "ing"]
    forms.append(lemma + "es" if lemma.endswith(("s", "ch", "sh", "x", "z")) else lemma + "s")
    if re.search(r"[^aeiou][aeiou][pgt]$", lemma):  # "top" -> "topped"
        forms += [lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]
    return forms


def _related(index: EntityIndex, a: str, b: str) -> bool:
    """The same company, or a parent and its unit (Google and Google DeepMind)."""
    return a == b or index.maker_of(a) == b or index.maker_of(b) == a or a.startswith(b) or b.startswith(a)


def _with_inflections(words) -> List[str]:
    """Keyword lists name base forms; text has 'committed', 'spends', 'raising'."""
    out = set(words)
    for w in words:
        if " " not in w and w.isalpha():
            out.update(_inflections(w))
            if w.endswith("t") and len(w) > 3:
                out.add(w + "ted")
    return sorted(out)


def _passive(token: Token) -> bool:
    return any(c.dep_ in ("auxpass", "agent") for c in token.children) or (
        token.tag_ == "VBN" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "by")


FINANCE_FIRM_RX = re.compile(r"\b(?:Capital|Securities|Research|Partners|Advisory|Advisors|Analytics|Equity|Bank|"
                             r"Asset Management|Investments?|Ventures|Fund|Brokerage)\b")


def _rivals(a: str, b: str) -> bool:
    """Companies compared with each other are rivals, never a broker or a fund beside a company it covers."""
    return not (FINANCE_FIRM_RX.search(a) or FINANCE_FIRM_RX.search(b))


def _comparable(a: Optional[str], b: Optional[str]) -> bool:
    """Like is compared with like: models and products with each other, companies with companies."""
    if a is None or b is None:
        return True
    if "Organization" in (a, b) or "Person" in (a, b):
        return False  # a regulator, an evaluator or a think tank is no rival ("six points below Marrowgate, Pellucid measured")
    return a == b or {a, b} <= {"AIModel", "Product"}


CONSENSUS_TARGET_RX = re.compile(r"(?i)\b(?:median|average|mean|consensus)\s+(?:12-month\s+|one-year\s+)?(?:price\s+)?targets?\b")


def _compute_relation(unit: str) -> str:
    return {"FLOP": "training_compute", "parameters": "parameters", "tokens": "training_tokens",
            "GPUs": "gpus", "GPU-hours": "gpu_hours", "MW": "power", "GW": "power", "kW": "power",
            "FLOP/s": "peak_compute", "tokens/s": "output_speed"}[unit]


INFERRED_COMPARISONS = ("comparison:paired-scores", "comparison:scores-across-sentences")


def _stated_over_inferred(claims: List[dict], text: str) -> List[dict]:
    """A comparison read off two scores gives way to the same comparison stated in words up to two
    sentences later ('GPT-5 posted 74.9% ... That leaves Max 3.1 points behind OpenAI's model'),
    which takes its benchmark when it names none."""
    stated = [c for c in claims if c["kind"] == "comparison" and c["rule"] not in INFERRED_COMPARISONS]
    keep = []
    for c in claims:
        if c["kind"] == "comparison" and c["rule"] in INFERRED_COMPARISONS:
            twin = next((s for s in stated if (s["subject"], s["object"]) == (c["subject"], c["object"])
                         and s["start"] >= c["start"] and text.count(".", c["end"], s["start"]) <= 2
                         and s.get("benchmark") in (None, c.get("benchmark"))), None)
            if twin is not None:
                twin["benchmark"] = twin.get("benchmark") or c.get("benchmark")
                continue
        keep.append(c)
    return keep


def _availability_only(claims: List[dict]) -> List[dict]:
    """A model said to be available somewhere counts as released only when nothing else in the story tells
    its release (and once)."""
    told = {c["object"] for c in claims if c["kind"] == "launch" and c["rule"] != "launch:availability"}
    out = []
    for c in claims:
        if c["kind"] == "launch" and c["rule"] == "launch:availability":
            if c["object"] in told:
                continue
            told.add(c["object"])
        out.append(c)
    return out


def _makers_product(view: SentenceView, ent: Span) -> Span:
    """'Nvidia's GB200 NVL72': the product or model a maker's possessive names, else the entity itself."""
    doc = view.sent.doc
    if ent.label_ in MAKERS and ent.end + 1 < view.sent.end and doc[ent.end].text in ("'s", "\u2019s") \
            and ent.end + 1 in view.index.at and view.index.at[ent.end + 1].label_ in ("Product", "AIModel"):
        return view.index.at[ent.end + 1]
    return ent


def _in_contrast_words(before: str) -> bool:
    """Words just before a name that set it against another ('than', 'versus', 'rivalled DeepSeek's', 'a
    successor to'): the name is the foil, not the one being told about."""
    return FOIL_BEFORE_RX.search(before) is not None or re.search(
        r"\b(?:than|against|versus|vs\.?|compared (?:with|to)|rival\w*|beat\w*|outperform\w*|behind|like|such as)\s+"
        r"(?:the\s+|its\s+|their\s+)?(?:[\w-]+(?:'s|\u2019s)\s+)?$", before, re.I) is not None



QUALITATIVE_MOVE_RX = re.compile(
    r"\b(?:shares|stock|stock price|share price)\s+(?:in\s+|of\s+)?(?:[\w-]+\s+){0,3}?(?:have\s+|has\s+|were\s+|was\s+)?"
    r"(?:(?:surged|soared|jumped|rallied|climbed|rose|fell|dropped|slumped|tumbled|sank|slid|plunged|dipped)\b"
    r"(?=[^.;]{0,40}\b(?:record|all-time|52-week|[\w-]+-year)\s+(?:highs?|lows?|levels?)\b)"
    r"|(?:hit|touched|reached|set)\s+(?:an?\s+|its\s+|fresh\s+|new\s+)*(?:record|all-time|52-week)\s+(?:high|low))", re.I)


def _in_condition(token: Token) -> bool:
    """Whether ``token`` is inside an "if" or "unless" clause ("If Nvidia's revenue reaches $200 billion, ...")."""
    for t in [token, *token.ancestors]:
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
            return True
        if t.dep_ == "ROOT":
            break
    return False

def _one_launch_each(claims: List[dict]) -> List[dict]:
    """A story tells the same release or the same score more than once ("OpenAI released GPT-5 on Thursday ...
    It arrived with ...", "GPT-5's 74.9% on SWE-bench Verified" in the lede and again further down): one claim
    per maker, model and kind of launch, and per model, figure and benchmark, from its first telling."""
    seen = set()
    out = []
    for c in claims:
        key = None
        if c["kind"] == "launch" and c["modality"] in ("asserted", "reported"):
            key = ("launch", c["subject"], c["object"], c.get("relation"), c.get("asserted_by"))
        elif c["kind"] == "benchmark_score" and c["modality"] in ("asserted", "reported") and c["value"] is not None:
            # (the same figure from another source, first- or third-party, is a claim of its own)
            key = ("score", c["subject"], str(c["value"]), c.get("unit"), c.get("benchmark"), c.get("asserted_by"),
                   c.get("first_party"))
        if key is not None:
            if key in seen:
                continue
            seen.add(key)
        out.append(c)
    return out


def _dedupe(claims: List[dict]) -> List[dict]:
    seen = set()
    out = []
    for c in claims:
        value = tuple(c["value"]) if isinstance(c["value"], (list, tuple)) else c["value"]
        key = (c["kind"], c["subject"], c["object"], value, c["benchmark"], c["start"])
        if key in seen:
            continue
        seen.add(key)
        out.append(c)
    return out
