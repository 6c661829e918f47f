"""spaCy factories for the ``kg`` components, registered under ``spacy_factories``.

Order in a pipeline: ``kg_paragraphs`` first (before the parser), then after the statistical
NER ``kg_entities``, ``kg_claims`` and ``kg_predictions``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, SENT_START
from spacy.tokens import Doc

from .claims import ClaimExtractor
from .entities import EntityRecognizer, NameMerger
from .predictions import PredictionExtractor
from .text import doc_text


SENTENCE_ENDERS = frozenset('.!?:;"\')]\u201d\u2019\u2026')


@Language.component("kg_paragraphs", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    """Fix sentence boundaries the parser must respect.

    A sentence starts after every line break, so headings and paragraphs never merge; and no
    sentence starts right after a word with no punctuation between them on the same line
    (the small parser otherwise cuts "... reaction\n\nRafael | Quintero-Haas said"), nor after
    a colon or a semicolon ("released its family on Tuesday: | Nano, Mid and Max").
    Works on arrays: setting ``Token.is_sent_start`` token by token costs more than the tagger.
    """
    if len(doc) < 2 or doc.has_annotation("DEP"):
        return _paragraph_breaks_slow(doc)
    text = doc_text(doc)
    cols = doc.to_array([IDX, LENGTH, IS_SPACE, IS_PUNCT, SENT_START]).astype("int64")
    idx, length, space, punct, starts = cols[:, 0], cols[:, 1], cols[:, 2], cols[:, 3], cols[:, 4].copy()
    for i in range(1, len(doc)):
        if space[i]:
            continue
        prev_end = idx[i - 1] + length[i - 1]
        if space[i - 1]:
            if "\n" in text[idx[i - 1]:idx[i]]:
                starts[i] = 1
        elif "\n" in text[prev_end:idx[i]]:
            starts[i] = 1
        elif (text[prev_end - 1:prev_end] not in SENTENCE_ENDERS and not punct[i - 1]) or text[prev_end - 1:prev_end] in ":;":
            starts[i] = -1  # nor after a colon or semicolon on the same line ("its Calder 2 family on Tuesday: Calder 2 Nano, ...")
    doc.from_array([SENT_START], starts.astype("uint64").reshape(-1, 1))  # -1 wraps as spaCy expects
    return doc


def _paragraph_breaks_slow(doc: Doc) -> Doc:
    for token in doc[1:]:
        prev = doc[token.i - 1]
        if token.is_space:
            continue
        if prev.is_space or "\n" in prev.whitespace_:
            if "\n" in prev.text or "\n" in prev.whitespace_:
                token.is_sent_start = True
        elif (prev.text[-1:] not in SENTENCE_ENDERS and not prev.is_punct) or prev.text in (":", ";"):
            token.is_sent_start = False
    return doc


@Language.factory("kg_names", assigns=["doc.spans"])
def make_names(nlp: Language, name: str) -> NameMerger:
    return NameMerger(nlp, name)


@Language.factory("kg_entities", assigns=["doc.spans"], default_config={"use_ner": True, "use_context": True})
def make_entities(nlp: Language, name: str, use_ner: bool, use_context: bool) -> EntityRecognizer:
    return EntityRecognizer(nlp, name, use_ner=use_ner, use_context=use_context)


@Language.factory("kg_claims", requires=["doc.spans"], assigns=["doc._.kg_claims"])
def make_claims(nlp: Language, name: str) -> ClaimExtractor:
    return ClaimExtractor(nlp, name)


@Language.factory("kg_predictions", requires=["doc.spans"], assigns=["doc._.kg_predictions"])
def make_predictions(nlp: Language, name: str) -> PredictionExtractor:
    return PredictionExtractor(nlp, name)
