"""Shared helpers for the rule components: who a token refers to, and how a claim is qualified.

Everything here reads the dependency parse when there is one and falls back to token order
when there is not (``spacy.blank("en")`` pipelines in the rule tests).
"""

from __future__ import annotations

import bisect
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Set, Tuple

from spacy.tokens import Doc, Span, Token

from .entities import SPANS_KEY
from .kb import name_genders
from .text import doc_text
from .numbers import to_number

TRIGGERS_FILE = Path(__file__).parent / "patterns" / "triggers.json"

ALL_TYPES = frozenset({"Company", "Organization", "AIModel", "Benchmark", "Person", "Product"})
ACTORS = frozenset({"Company", "Organization", "Person"})
PRONOUNS: Dict[str, Set[str]] = {
    "it": {"AIModel", "Company", "Product", "Organization"},
    "its": {"AIModel", "Company", "Product", "Organization"},
    "they": {"Company", "Organization"}, "their": {"Company", "Organization"},
    "he": {"Person"}, "she": {"Person"}, "his": {"Person"}, "her": {"Person"}, "him": {"Person"},
}
GENERIC_NOUNS: Dict[str, Set[str]] = {
    "company": {"Company"}, "firm": {"Company"}, "startup": {"Company"}, "start-up": {"Company"},
    "lab": {"Company", "Organization"}, "group": {"Company"}, "chipmaker": {"Company"}, "giant": {"Company"},
    "developer": {"Company"}, "maker": {"Company"}, "business": {"Company"}, "unicorn": {"Company"},
    "laboratory": {"Company", "Organization"}, "conglomerate": {"Company"}, "insurer": {"Company"},
    "model": {"AIModel"}, "system": {"AIModel"}, "llm": {"AIModel"}, "release": {"AIModel"}, "weights": {"AIModel"},
    "flagship": {"AIModel"}, "successor": {"AIModel"}, "version": {"AIModel"}, "variant": {"AIModel"},
    "newcomer": {"AIModel", "Company"}, "challenger": {"AIModel", "Company"}, "upstart": {"AIModel", "Company"},
    "provider": {"Company"}, "operator": {"Company"}, "neocloud": {"Company"}, "hyperscaler": {"Company"},
    "supplier": {"Company"}, "vendor": {"Company"}, "manufacturer": {"Company"}, "designer": {"Company"},
    "chatbot": {"AIModel", "Product"}, "chip": {"Product"}, "processor": {"Product"}, "accelerator": {"Product"},
    "analyst": {"Person"}, "executive": {"Person"}, "founder": {"Person"}, "researcher": {"Person"},
    "co-founder": {"Person"}, "cofounder": {"Person"}, "entrepreneur": {"Person"}, "billionaire": {"Person"},
    "economist": {"Person"}, "strategist": {"Person"}, "scientist": {"Person"}, "tycoon": {"Person"},
    "boss": {"Person"}, "chairman": {"Person"}, "chairwoman": {"Person"}, "futurist": {"Person"},
    "consultancy": {"Company", "Organization"}, "bank": {"Company"}, "brokerage": {"Company"}, "broker": {"Company"},
    "agency": {"Organization"}, "regulator": {"Organization"}, "institute": {"Organization"},
    "foundation": {"Organization"}, "university": {"Organization"}, "watchdog": {"Organization"},
}


FIRM_ARMS = frozenset("research securities capital markets intelligence economics investments bank".split())


@lru_cache(maxsize=2)
def load_triggers(path: str = str(TRIGGERS_FILE)) -> dict:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def phrase_regex(phrases: Iterable[str]) -> re.Pattern:
    """One case-insensitive regex for a list of phrases, whole words only."""
    alternatives = "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.I)


ANALYST_ROLES = frozenset("analyst analysts strategist economist".split())  # "Wolfe Research analyst Chris Caso"
TITLE_KEY = "kg_title"  # Doc.user_data key of the article's headline, set before the pipeline runs
DATE_KEY = "kg_date"  # ... and of its date (ISO), so "into 2025" in a 2024 quote can read as the future


class EntityIndex:
    """Where the entities of a document are, by token and in order."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.spans: List[Span] = sorted(doc.spans[SPANS_KEY] if SPANS_KEY in doc.spans else [],
                                        key=lambda s: s.start)
        self.starts = [s.start for s in self.spans]
        self.at: Dict[int, Span] = {}
        for span in self.spans:
            for i in range(span.start, span.end):
                self.at[i] = span
        info = doc._.kg_entity_info if doc.has_extension("kg_entity_info") else None
        self.info: Dict[str, dict] = info or {}
        self.has_parse = doc.has_annotation("DEP")
        self.sents: List[Span] = list(doc.sents) if doc.has_annotation("SENT_START") or self.has_parse else [doc[:]]
        self.sent_starts = [s.start for s in self.sents]
        # "The flagship has 405 billion parameters": a main-clause subject like "the flagship" or
        # "the company" is resolved once, in reading order, and then counts as a mention of what it
        # stands for, so that the "it" of the next sentence finds the same thing
        self.mentions: List[Span] = self.spans
        self.resolved: Dict[int, Span] = {}
        self._titled: Optional[List[Span]] = None
        if self.has_parse:
            self._chain_subjects()

    _last: Optional[Tuple[Doc, "EntityIndex"]] = None

    @classmethod
    def of(cls, doc: Doc) -> "EntityIndex":
        """The index of ``doc``, built once for the claim and prediction components that run one after
        the other on it (neither changes the entities it indexes)."""
        last = cls._last
        if last is not None and last[0] is doc and len(last[1].spans) == len(doc.spans.get(SPANS_KEY, ())):
            return last[1]
        index = cls(doc)
        cls._last = (doc, index)
        return index

    def _chain_subjects(self) -> None:
        for sent in self.sents:
            root = sent.root
            subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.i in self.at:
                continue
            wanted = GENERIC_NOUNS.get(subj.lower_) or PRONOUNS.get(subj.lower_)
            if wanted is None:
                continue
            found = self.refer_back(subj, wanted)
            if found is None:
                continue
            self.resolved[subj.i] = found
            virtual = Span(self.doc, subj.i, subj.i + 1, label=found.label_, kb_id=found.kb_id_)
            if self.mentions is self.spans:
                self.mentions = list(self.spans)
            bisect.insort(self.mentions, virtual, key=lambda s: s.start)

    def type_of(self, name: str) -> Optional[str]:
        return (self.info.get(name) or {}).get("type")

    def sentence_number(self, i: int) -> int:
        return bisect.bisect_right(self.sent_starts, i) - 1

    def salient_before(self, i: int, types: Iterable[str], sentences: int = 4,
                       exclude: Iterable[str] = ()) -> Optional[Span]:
        """The entity of ``types`` a reader has in mind at token ``i``: mentioned in the last
        few sentences, preferring the most mentioned so far and grammatical subjects."""
        types = set(types)
        exclude = set(exclude)
        current = self.sentence_number(i)
        window_start = self.sent_starts[max(0, current - sentences)]
        counts: Dict[str, int] = {}
        best: Dict[str, tuple] = {}
        for span in self.mentions:
            if span.start >= i:
                break
            if span.label_ not in types or span.kb_id_ in exclude or _is_attribution(span):
                continue
            name = span.kb_id_
            counts[name] = counts.get(name, 0) + 1
            if span.start >= window_start:
                root = span.root if span.root.dep_ in ("nsubj", "nsubjpass") else span.root.head
                subject = 0
                distance = current - self.sentence_number(span.start)
                if root.dep_ in ("nsubj", "nsubjpass"):  # the main clause's subject counts most
                    subject = 3 if root.head.dep_ == "ROOT" else 1
                    if distance == 0 and root.head.dep_ == "advcl" and root.head.i < i:
                        subject = 4  # "While Tencent claims ..., its capital expenditures have declined": Tencent's
                near = 3 if distance <= 1 else 1 if distance == 2 else 0
                # the thing compared against ("ahead of GPT-4o", "than o1") is rarely what "it" means next
                foil = -2 if _is_foil(span) else 0
                best[name] = (subject + near + foil, span, foil)
        if best and all(best[n][2] < 0 for n in best) and any(n not in best for n in counts):
            best = {}  # only foils and examples lately ("clients, including OpenAI"): the story's main entity
        if not best:
            if not counts:
                return None
            top = max(counts, key=lambda n: counts[n])  # the document's main entity of that type
            return next(s for s in reversed(self.mentions) if s.kb_id_ == top and s.start < i)
        # recency and subjecthood first, how often it was named second ("The firm predicted" is the
        # firm of the sentence before, not the company the article is about)
        name = max(best, key=lambda n: (best[n][0] + min(counts[n], 3), best[n][2], best[n][1].start))
        return best[name][1]

    def main_before(self, i: int, types: Iterable[str], exclude: Iterable[str] = ()) -> Optional[Span]:
        """The most mentioned entity of ``types`` before token ``i`` (its latest mention)."""
        types = set(types)
        exclude = set(exclude)
        counts: Dict[str, int] = {}
        last: Dict[str, Span] = {}
        for span in self.mentions:
            if span.start >= i:
                break
            if span.label_ in types and span.kb_id_ not in exclude:
                counts[span.kb_id_] = counts.get(span.kb_id_, 0) + 1
                last[span.kb_id_] = span
        if not counts:
            return None
        top = max(counts, key=lambda n: (counts[n], -last[n].start))
        return last[top]

    def in_span(self, span: Span, types: Iterable[str] = ALL_TYPES) -> List[Span]:
        types = set(types)
        lo = bisect.bisect_left(self.starts, span.start)
        out = []
        for s in self.spans[lo:]:
            if s.start >= span.end:
                break
            if s.label_ in types:
                out.append(s)
        return out

    def before(self, i: int, types: Iterable[str], limit: Optional[int] = None) -> Optional[Span]:
        """The nearest entity of ``types`` that ends at or before token ``i``."""
        types = set(types)
        pos = bisect.bisect_left(self.starts, i) - 1
        while pos >= 0:
            span = self.spans[pos]
            if limit is not None and span.end < limit:
                return None
            if span.label_ in types and span.end <= i:
                return span
            pos -= 1
        return None

    def maker_of(self, name: str) -> Optional[str]:
        return (self.info.get(name) or {}).get("maker")

    def entity_of(self, token: Token, types: Iterable[str] = ALL_TYPES, depth: int = 2,
                  resolve: bool = True, avoid: Iterable[str] = ()) -> Optional[Span]:
        """The entity a token stands for: its own span, a modifier's ("Nvidia's shares",
        "shares of Nvidia"), or what a pronoun or "the company" refers back to."""
        types = set(types)
        span = self.at.get(token.i)
        if span is not None:
            return span if span.label_ in types else None
        if self.has_parse and token.lower_ in ("parent", "owner") and "Company" in types:
            # "the Google parent", "Instagram's owner": not the child named, the company that owns it
            child = next((self.at[c.i] for c in token.children if c.dep_ in ("compound", "poss") and c.i in self.at), None)
            if child is not None:
                here, skip = self.sentence_number(token.i), {child.kb_id_, *avoid}
                return next((m for m in reversed(self.mentions) if m.start < token.i and m.label_ in types
                             and m.kb_id_ not in skip and self.sentence_number(m.start) >= here - 2), None)
        if token.i > 0 and token.is_title and (token.i - 1) in self.at:
            # "Goldman Sachs Research forecasts ...": a known firm's name, merged into one token, before a
            # proper noun that only names its arm ("Research", "Global Research", "Securities")
            before = self.at[token.i - 1]
            if before.end == token.i and before.label_ in types and before.label_ in ("Company", "Organization") \
                    and token.lower_ in FIRM_ARMS:
                return before
        if depth > 0 and self.has_parse:
            for child in sorted(token.children, key=lambda c: (c.dep_ == "poss", -c.i)):  # nearest modifier first
                if child.dep_ in ("compound", "poss", "nmod", "appos", "amod", "nummod"):
                    found = self.entity_of(child, types, depth - 1, resolve, avoid)
                    if found is not None:
                        return found
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "for" and "Company" in GENERIC_NOUNS.get(token.lower_, ()):
                    continue  # "the chipmaker for Apple and Nvidia": the customers are not the chipmaker
                if child.dep_ == "prep" and child.lower_ in ("of", "for", "from", "at"):
                    for grand in child.children:
                        if grand.dep_ == "pobj":
                            found = self.entity_of(grand, types, depth - 1, resolve, avoid)
                            if found is not None:
                                return found
        if self.has_parse:  # "DeepSeek-R1, a reasoning model", "GPT-5 is a closed model"
            other = None
            if token.dep_ == "appos":
                other = token.head
            elif token.dep_ == "attr" and token.head.lemma_ == "be":
                other = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if other is not None and other.i in self.at and self.at[other.i].label_ in types:
                return self.at[other.i]
        if resolve:
            return self.refer_back(token, types, avoid)
        return None

    def refer_back(self, token: Token, types: Set[str], avoid: Iterable[str] = ()) -> Optional[Span]:
        """Resolve "it", "its", "the company", "the model" to the nearest earlier entity (never
        one of ``avoid``)."""
        lower = token.lower_
        avoid = set(avoid)
        known = self.resolved.get(token.i) if hasattr(self, "resolved") else None
        if known is not None and known.label_ in types and known.kb_id_ not in avoid:
            return known  # else the caller wants another type ("it scored ..."): resolve afresh
        if lower in ("larger", "smaller", "bigger", "largest", "smallest", "biggest") and "AIModel" in types and \
                any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            sized = self._model_by_size(token)  # "the larger of the two lands a 72.5%"
            if sized is not None and sized.kb_id_ not in avoid:
                return sized
        wanted = PRONOUNS.get(lower)
        if wanted is None and lower in GENERIC_NOUNS:
            # ("our flagship model" in a maker's own words, quoted)
            has_det = any(c.lower_ in ("the", "this", "that", "its", "their", "our") for c in token.children) or \
                (token.i > 0 and token.doc[token.i - 1].lower_ in ("the", "this", "its", "our")) or \
                (lower in ("model", "system", "chatbot") and any(c.dep_ == "poss" and c.i in self.at for c in token.children))
            if has_det:
                wanted = GENERIC_NOUNS[lower]
        if wanted is None:
            return None
        allowed = wanted & types
        if not allowed:
            return None
        if "AIModel" in allowed and lower in ("model", "system", "chatbot") and self.has_parse:
            # "3.6 points short of the Anthropic model": the latest model of that maker
            maker = next((self.at[c.i] for c in token.children if c.dep_ in ("compound", "poss", "nmod", "amod")
                          and c.i in self.at and self.at[c.i].label_ in ("Company", "Organization")), None)
            if maker is not None:
                made = next((s for s in reversed(self.mentions) if s.start < token.i and s.label_ == "AIModel"
                             and self.info.get(s.kb_id_, {}).get("maker") == maker.kb_id_ and s.kb_id_ not in avoid), None)
                if made is not None:
                    return made
        if "AIModel" in allowed and lower in ("model", "version", "variant", "checkpoint"):
            sized = self._model_by_size(token)  # "the 27B model", "the larger model"
            if sized is not None and sized.kb_id_ not in avoid:
                return sized
        if lower == "flagship" or any(c.dep_ == "amod" and c.lower_ in ("new", "largest", "biggest", "flagship", "newest", "latest",
                                                                        "refreshed", "updated", "upgraded")
                                      for c in token.children):
            main = self._called_flagship(token) if lower == "flagship" else None
            # "the flagship", "the new model": what the story is about
            main = main if main is not None else self.main_before(token.i, allowed)
            if main is not None and main.kb_id_ in avoid:
                main = None
            if main is not None:
                return main
        if lower in PRONOUNS and token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ccomp" and self.has_parse:
            # "Microsoft has said it expects ...": the pronoun in a reported clause is the reporter
            reporter = next((c for c in token.head.head.children if c.dep_ == "nsubj" and c.i < token.i), None)
            if reporter is not None and reporter.i in self.at and self.at[reporter.i].label_ in allowed \
                    and self.at[reporter.i].kb_id_ not in avoid:
                return self.at[reporter.i]
        exclude = self._other_gender(lower) | avoid
        if lower in ("they", "their") and self.has_parse and self.sentence_number(token.i) > 0:
            # "Citi analysts expressed doubt that DeepSeek ... . They maintained their buy rating": "they" are the
            # people the sentence before was about, and so their firm
            here = self.sentence_number(token.i)
            before = self.sents[here - 1]
            head = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if head is not None and head.tag_ in ("NNS", "NNPS") and head.i not in self.at:
                firm = next((self.at[c.i] for c in head.children if c.dep_ in ("compound", "poss") and c.i in self.at
                             and self.at[c.i].label_ in allowed and self.at[c.i].kb_id_ not in exclude), None)
                if firm is not None:
                    return firm
        if lower in ("it", "its") and self.has_parse:
            # "GPT-4.1, which scored 54.6% when it came out in April", "o3, put at 69.1% when it shipped": inside a
            # clause about a name, "it" is that name
            for a in token.ancestors:
                if a.dep_ in ("relcl", "acl") and a.pos_ in ("VERB", "AUX"):
                    named = self.at.get(a.head.i)
                    if named is not None and named.label_ in allowed and named.kb_id_ not in exclude:
                        return named
                    break
                if a.dep_ in ("ROOT", "ccomp") or a.head == a:
                    break
        labelled = self._line_label(token, allowed, exclude)
        if labelled is not None:
            return labelled  # "- Microsoft: The company reported capex of $88.7 billion": the line's label
        if self._opens_paragraph(token) and lower in ("it", "the", "model", "system", "company", "firm", "lab", "startup",
                                                      "start-up", "its", "they", "their", "flagship", "group"):
            # "## Smaller than it looks / The system is a mixture-of-experts design ...": a paragraph that opens on
            # "the system" or "it" is back on the story's main subject, not the rival the last paragraph ended on
            main = self._paragraph_subject_before(token, allowed - {"Person"}, exclude)
            if main is None:
                main = self.main_before(token.i, allowed - {"Person"}) if "Person" not in allowed or len(allowed) > 1 else None
            if main is not None and main.kb_id_ not in exclude:
                return main
        if lower in GENERIC_NOUNS and self.has_parse and (
                any(c.dep_ in ("amod", "compound") and c.lower_.endswith("-based") or c.lower_ == "based" for c in token.subtree
                    if c.i < token.i)
                or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)):
            # "Gristmoor Cooling Technologies ... Shares of the Minneapolis-based maker of liquid-cooling systems":
            # a description that tells the reader something new is about the one just named
            here = self.sentence_number(token.i)
            last = [s for s in self.mentions if s.start < token.i and s.label_ in allowed and s.kb_id_ not in exclude
                    and here - self.sentence_number(s.start) == 1]
            if len({s.kb_id_ for s in last}) == 1:
                return last[-1]
        found = self.salient_before(token.i, allowed, exclude=exclude)
        if found is None and lower in PRONOUNS:  # "She gives it a 70% chance, Maren Solberg said"
            found = next((s for s in self.in_span(token.sent, allowed) if s.start > token.i), None)
        if found is None and lower not in ("he", "she", "him", "her", "his", "hers"):
            found = self.title_entity(allowed - {"Person"}, exclude)
        return found

    def _line_label(self, token: Token, allowed: Set[str], exclude: Iterable[str]) -> Optional[Span]:
        """The name a line opens on as its label ("- Meta: The social media company's CFO ..."), if the
        token comes after it on that line."""
        text = doc_text(self.doc)
        line_start = text.rfind("\n", 0, token.idx) + 1
        first = None
        for n in range(bisect.bisect_left(self.starts, token.i) - 1, -1, -1):  # the line's first name
            if self.spans[n].start_char < line_start:
                break
            first = self.spans[n]
        for span in [first] if first is not None else []:
            if span.end < token.i and span.label_ in allowed \
                    and span.kb_id_ not in set(exclude) and text[span.end_char:span.end_char + 1] == ":" \
                    and re.fullmatch(r"[\s*\u2022-]*", text[line_start:span.start_char]):
                return span
        return None

    def title_entity(self, types: Set[str], exclude: Iterable[str] = ()) -> Optional[Span]:
        """An excerpt that opens on "The company anticipates ..." is about the company its headline names:
        the first mention in the text of an entity of ``types`` that the headline names too."""
        if self._titled is None:  # once per document: the mentions whose name the headline carries
            title = self.doc.user_data.get(TITLE_KEY) or ""
            named = {}
            for span in self.spans if title else ():
                for name in (span.kb_id_, span.text):
                    if name not in named:
                        named[name] = name in title and \
                            re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", title) is not None
            self._titled = [s for s in self.spans if named.get(s.kb_id_) or named.get(s.text)]
        exclude = set(exclude)
        return next((s for s in self._titled if s.label_ in types and s.kb_id_ not in exclude), None)

    def _called_flagship(self, token: Token) -> Optional[Span]:
        """The model the article has called its flagship ("Velmora-2 Max, the new flagship, ...", "its
        flagship model, Quennet-3"): 'the flagship' later is that one, even when a smaller sibling is the news."""
        found = None
        for t in self.doc[:token.i]:
            if t.lower_ != "flagship":
                continue
            near = [s for s in self.mentions if s.label_ == "AIModel" and
                    (0 < t.i - s.end + 1 <= 5 and "," in self.doc[s.end:t.i].text      # "X, the new flagship"
                     or 0 <= s.start - t.i <= 4 and not any(w.is_punct and w.text != "," for w in self.doc[t.i:s.start]))]
            if near:
                found = min(near, key=lambda s: min(abs(s.start - t.i), abs(t.i - s.end)))
        return found

    def _paragraph_subject_before(self, token: Token, types: Set[str], exclude: Set[str]) -> Optional[Span]:
        """'Microsoft ... also suffered a share price drop. / It reported capital expenditure of $35
        billion': news paragraphs are often one sentence long, and a paragraph that opens on 'it' after
        one whose subject is a named entity (not a heading) carries that subject on."""
        here = self.sentence_number(token.i)
        if here <= 0 or not self.has_parse or not types:
            return None
        previous = self.sents[here - 1]
        if previous.text.lstrip().startswith("#"):
            return None
        if here >= 2 and "\n" not in doc_text(self.doc)[self.sents[here - 2].end_char - 1:previous.start_char + 1]:
            return None  # a longer paragraph before: the story's main subject, as below
        subj = next((c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            return None
        named = self.at.get(subj.i)
        if named is not None and named.label_ in types and named.kb_id_ not in exclude:
            return named
        return None

    def _opens_paragraph(self, token: Token) -> bool:
        """Whether a token is the subject at the head of a paragraph's first sentence."""
        sent = token.sent
        if token.i - sent.start > 3 or token.dep_ not in ("nsubj", "nsubjpass", "poss", "det") and \
                not (token.head.dep_ in ("nsubj", "nsubjpass") and token.head.i - sent.start <= 3):
            return False
        text = doc_text(self.doc)
        before = text[max(0, sent.start_char - 4):sent.start_char]
        return sent.start_char == 0 or "\n\n" in before or before.endswith("\n")

    def _model_by_size(self, token: Token) -> Optional[Span]:
        """'The 27B model' is the model named with 27B; 'the larger model' the bigger of the
        sized models just named ('gpt-oss-120b and gpt-oss-20b ... The larger model')."""
        phrase = self.doc[token.left_edge.i:token.i + 1].text.lower()  # with the token: "the larger (of the two)"
        size = _size_in_words(phrase)
        here = self.sentence_number(token.i)
        recent: Dict[str, Span] = {}
        for span in reversed(self.mentions):
            if span.start >= token.i or span.label_ != "AIModel":
                continue
            if here - self.sentence_number(span.start) > 6:
                break
            recent.setdefault(span.kb_id_, span)
        sized = {name: _size_in_name(name) for name in recent}
        sized = {name: v for name, v in sized.items() if v is not None}
        if len(sized) < 2 and size is None:  # "Tern-3 Small ... Tern-3 Large": the variant word says which is larger
            # ("Claude Opus 4 ... Claude Sonnet 4": a tier word anywhere in the name)
            sized = {name: max(VARIANT_RANK[w] for w in name.lower().split() if w in VARIANT_RANK) for name in recent
                     if any(w in VARIANT_RANK for w in name.lower().split())}
        if len(sized) < 2 and size is None:
            # "Quennet-3 ... Quennet-3 Nimble": a base name and its variant with a word of the maker's own, the
            # variant being the smaller one
            derived = [(a, b) for a in recent for b in recent if b.startswith(a + " ") and len(b.split()) == len(a.split()) + 1]
            if len(derived) == 1:
                sized = {derived[0][0]: 1, derived[0][1]: 0}
        if size is not None:
            for name, span in recent.items():  # nearest first
                if sized.get(name) == size:
                    return span
            return None
        if len(sized) >= 2 and re.search(r"\b(?:larger|largest|bigger|biggest)\b", phrase):
            return recent[max(sized, key=lambda n: sized[n])]
        if len(sized) >= 2 and re.search(r"\b(?:smaller|smallest|lighter|tiniest)\b", phrase):
            return recent[min(sized, key=lambda n: sized[n])]
        return None

    def _other_gender(self, pronoun: str) -> Set[str]:
        """People "she" cannot be: those whose given name is listed as male only (and the reverse)."""
        wanted = PRONOUN_GENDER.get(pronoun)
        if wanted is None:
            return set()
        genders = name_genders()
        return {s.kb_id_ for s in self.mentions if s.label_ == "Person"
                and genders.get(s.kb_id_.split()[0], wanted) != wanted}


VARIANT_RANK = {"nano": 1, "micro": 1, "tiny": 1, "mini": 2, "small": 3, "lite": 3, "light": 3, "flash": 4, "air": 4,
                "mid": 5, "medium": 5, "large": 6, "pro": 7, "heavy": 8, "max": 8, "ultra": 9,
                "haiku": 2, "sonnet": 5, "opus": 8}
def _size_in_words(phrase: str) -> Optional[float]:
    """'the 27b' -> 27e9, 'the 32-billion-parameter' -> 32e9."""
    m = re.search(r"(\d+(?:\.\d+)?)\s*-?\s*(b|billion|m|million|t|trillion)\b", phrase)
    return _sized(m.group(1), m.group(2)) if m else None


def _size_in_name(name: str) -> Optional[float]:
    """'Gemma 3 27B' -> 27e9, 'gpt-oss-120b' -> 120e9, 'Qwen3-30B-A3B' -> 30e9."""
    m = re.search(r"(?<![\w.])(\d+(?:\.\d+)?)([BbMT])(?![a-zA-Z])", name.replace("-", " "))
    return _sized(m.group(1), m.group(2)) if m else None


def _sized(number: str, scale: str) -> float:
    return to_number(number, scale.upper() if len(scale) == 1 else scale)  # "27b" is 27 billion, "1t" one trillion


PRONOUN_GENDER = {"she": "F", "her": "F", "hers": "F", "herself": "F",
                  "he": "M", "his": "M", "him": "M", "himself": "M"}

# words that set a figure against an expectation ("versus an estimated $6.69", "exceeding analyst predictions of",
# "just below the expected $96.6 billion target"), for claims and forecasts alike
SET_AGAINST = (r"(?:compared (?:to|with)|versus|vs\.?|against|than|below|above|under|over|short of|ahead of|"
               r"beat\w*|exceed\w*|miss\w*|topp?\w*|surpass\w*)")

FOIL_HEADS = {"than", "against", "versus", "vs", "vs.", "behind", "trailing", "trails", "beating", "beats",
              "outperforming", "over", "surpassing", "surpasses", "exceeding", "topping", "outscoring", "besting",
              "eclipsing", "outpacing", "outstripping"}


NEWS_OUTLETS = frozenset({"Reuters", "Bloomberg", "CNBC", "The Information", "Financial Times", "The Wall Street Journal",
                          "Wall Street Journal", "Axios", "TechCrunch", "The Verge", "Associated Press", "AP", "AFP",
                          "Nikkei", "Yonhap", "Xinhua", "BBC", "CNN", "The New York Times", "New York Times", "Forbes",
                          "Business Insider", "Semafor", "The Economist", "South China Morning Post", "Wired",
                          "The Guardian", "Guardian", "Barron's", "MarketWatch", "Investor's Business Daily", "WSJ",
                          "Bloomberg News", "Dow Jones", "Yahoo Finance", "The Times", "Handelsblatt", "Les Echos",
                          "Le Monde", "The Washington Post", "Washington Post", "Fortune", "Business Standard",
                          "Economic Times", "The Economic Times", "Caixin", "Korea Herald", "Korea Times", "Mint"})
REPORTED_VERBS = frozenset({"reported", "reports", "wrote", "writes"})


def _is_attribution(span: Span) -> bool:
    """'..., Reuters reported.': the outlet a sentence is credited to at its end is not what "it"
    in the next sentence means (a company or person who "said" so at the end may well be)."""
    doc = span.doc
    if span.label_ == "Person" or span.start == 0 or span.end + 1 >= len(doc):
        return False
    verb = doc[span.end].lower_
    if not (verb in REPORTED_VERBS or verb in ("said", "says", "told", "noted") and span.kb_id_ in NEWS_OUTLETS):
        return False
    return doc[span.start - 1].text in (",", "\u201d", '"') and doc[span.end + 1].text in (".", ",", ";")


def _is_foil(span: Span) -> bool:
    """'ahead of GPT-4o', 'than o1', 'against 88.7% for GPT-4o', 'trailing Claude': a comparison's other side."""
    doc = span.doc
    before = [t.lower_ for t in doc[max(span.sent.start, span.start - 5):span.start]]
    if not before:
        return False
    if before[-1] in FOIL_HEADS or before[-2:] in (["ahead", "of"], ["short", "of"], ["compared", "with"],
                                                    ["compared", "to"]):
        return True
    if len(before) >= 2 and before[-1] in ("for", "to", "of") and before[-2] in ("replacement", "successor", "upgrade",
                                                                           "follow-up", "update"):
        return True  # "Claude Opus 4.1, a drop-in replacement for Claude Opus 4": the model replaced
    if len(before) >= 2 and before[-1] == "," and before[-2] in ("predecessor", "predecessors", "rival", "rivals",
                                                                  "competitor", "forerunner"):
        return True  # "up from 86.5 for its predecessor, Tanglewick-2": the older model, named as a foil
    if before[-1] == "including" or before[-2:] == ["such", "as"]:
        return True  # "deals with major clients, including OpenAI": an example met on the way, not the topic
    return "against" in before[-5:] and before[-1] in ("for", "'s", "by")


def subject_of(verb: Token) -> Optional[Token]:
    """The grammatical subject of a verb, climbing through auxiliaries and conjunctions."""
    current = verb
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if subjects:
            # "SAN FRANCISCO (Reuters) - Anthropic raised ...": of two subjects the parser gives, the
            # nearer one before the verb
            before = [c for c in subjects if c.i < current.i]
            return before[-1] if before else subjects[0]
        if current.dep_ in ("conj", "xcomp", "advcl", "acl", "relcl", "ccomp") and current.head != current:
            if current.dep_ in ("acl", "relcl"):
                return current.head
            current = current.head
        else:
            break
    return None


def governing_verb(token: Token) -> Token:
    current = token
    for _ in range(6):
        if current.pos_ in ("VERB", "AUX") or current.dep_ == "ROOT":
            return current
        current = current.head
    return current


def objects_of(token: Token) -> List[Token]:
    """Direct and prepositional objects of a verb, with their conjuncts."""
    out = []
    for child in token.children:
        if child.dep_ in ("dobj", "attr", "oprd", "dative"):
            out.append(child)
        elif child.dep_ in ("prep", "agent"):
            out.extend(g for g in child.children if g.dep_ == "pobj")
        elif child.dep_ == "prt":
            out.extend(objects_of(child))
    expanded = []
    for obj in out:
        expanded.append(obj)
        expanded.extend(t for t in obj.subtree if t.dep_ == "conj" and t != obj)
    return expanded


def trimmed_bounds(sent: Span) -> tuple:
    """Character bounds of a sentence without surrounding whitespace or Markdown blanks."""
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.end_char - (len(text) - len(text.rstrip()))
    return start, end

