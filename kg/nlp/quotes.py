"""Who is speaking: quotations in a document and the person or organisation each is attributed to.

News attributes quotes in a few ways, all handled here::

    "OpenAI will ship open weights," she said.          speaker after the quote
    Solberg told clients: "It will happen in 2025."      speaker before the quote
    "..." (a later paragraph, still her)                 continuation of the previous speaker
    Asked about pricing, Okafor was blunt. "..."        the person the sentences before are about
    Okafor: It will happen in 2025.                      an interview's answer, to the paragraph's end

Quotation marks are straight ASCII here: :func:`kg.extract.normalise_for_nlp` maps curly
ones to them without changing any offset.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List, Optional

from spacy.tokens import Doc

from .text import doc_text
from .syntax import ACTORS, EntityIndex, subject_of

REPORTING = frozenset("""say tell add write argue note warn explain insist reply continue predict
forecast caution acknowledge admit claim state suggest concede recall put announce declare stress emphasise
emphasize observe remark quip boast promise vow""".split())


@dataclass(frozen=True)
class Quote:
    start: int  # character offsets of the quoted text, marks included
    end: int
    speaker: Optional[str]  # canonical entity name


def find_quotes(doc: Doc, index: EntityIndex) -> List[Quote]:
    """Every quotation in the document with its speaker (None when it cannot be told)."""
    text = doc_text(doc)
    spans = _quote_spans(text)
    quotes: List[Quote] = []
    previous: Optional[Quote] = None
    for start, end in spans:
        speaker = _attributed(doc, index, start, end)
        if speaker is None and previous is not None and _adjacent(text, previous.end, start):
            speaker = previous.speaker
        if speaker is None:
            ent = index.salient_before(_token_index(doc, start), {"Person"}, sentences=2)
            speaker = ent.kb_id_ if ent is not None else None
        previous = Quote(start, end, speaker)
        quotes.append(previous)
    return quotes + _interview_answers(doc, index, text)


def _interview_answers(doc: Doc, index: EntityIndex, text: str) -> List[Quote]:
    """An interview's answers: a paragraph opened by a person's name and a colon ("Ransome: Faster than
    I would like. ...") is that person speaking, to the paragraph's end."""
    out = []
    for para in re.finditer(r"(?m)^(?P<label>[A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,3}):[ \t]+(?P<body>[^\n]+)", text):
        i = _token_index(doc, para.start("label"))
        ent = index.at.get(i)
        if ent is not None and ent.label_ == "Person" and doc[ent.end - 1].idx + len(doc[ent.end - 1]) == para.end("label"):
            out.append(Quote(para.start("body"), para.end("body"), ent.kb_id_))
    return out


def speaker_at(quotes: List[Quote], char: int) -> Optional[Quote]:
    for q in quotes:
        if q.start <= char < q.end:
            return q
    return None


def _quote_spans(text: str) -> List[tuple]:
    """Pairs of quotation marks, paragraph by paragraph; an unclosed one runs to the paragraph's end."""
    spans = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        marks = [m.start() + para.start() for m in re.finditer(r'"', para.group())]
        for i in range(0, len(marks) - 1, 2):
            spans.append((marks[i], marks[i + 1] + 1))
        if len(marks) % 2:
            spans.append((marks[-1], para.end()))
    return spans


def _adjacent(text: str, end: int, start: int) -> bool:
    """Nothing but white space, or one short paragraph, between two quotes."""
    gap = text[end:start]
    return len(gap.strip()) == 0 or (gap.count("\n\n") <= 1 and len(gap) < 40)


def _token_index(doc: Doc, char: int) -> int:
    if not len(doc):
        return 0
    end = doc[-1].idx + len(doc[-1])
    span = doc.char_span(char, min(end, char + 1), alignment_mode="expand")
    return span.start if span is not None else 0


def _attributed(doc: Doc, index: EntityIndex, start: int, end: int) -> Optional[str]:
    """The speaker named by a reporting verb right after or right before the quote."""
    doc_end = doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0
    after = doc.char_span(end, min(doc_end, end + 120), alignment_mode="contract")
    if after is not None:
        sent = doc[after.start].sent if len(after) else None
        for token in after:
            if sent is not None and token.i >= sent.end or token.text in ('"',):
                break
            if token.lemma_ in REPORTING and token.pos_ in ("VERB", "AUX"):
                speaker = _speaker_of(token, index)
                if speaker:
                    return speaker
    before_start = max(0, start - 160)
    before = doc.char_span(before_start, start, alignment_mode="contract")
    if before is not None and len(before):
        sent = doc[before.end - 1].sent
        for token in reversed(before):
            if token.i < sent.start:
                break
            if token.lemma_ in REPORTING and token.pos_ in ("VERB", "AUX"):
                speaker = _speaker_of(token, index)
                if speaker:
                    return speaker
    return None


def _speaker_of(verb, index: EntityIndex) -> Optional[str]:
    subj = subject_of(verb)
    if subj is None:  # "said Okafor"
        for child in verb.children:
            if child.i > verb.i and child.i in index.at and index.at[child.i].label_ in ACTORS:
                return index.at[child.i].kb_id_
        return None
    ent = index.entity_of(subj, ACTORS)
    return ent.kb_id_ if ent is not None else None

