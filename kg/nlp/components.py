"""spaCy factories for the ``kg`` components, registered under ``spacy_factories``.

Order in a pipeline: ``kg_paragraphs`` first (before the parser), then after the statistical
NER ``kg_entities``, ``kg_claims`` and ``kg_predictions``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .claims import ClaimExtractor
from .entities import EntityRecognizer
from .predictions import PredictionExtractor


@Language.component("kg_paragraphs", assigns=["token.is_sent_start"])
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, so headings and paragraphs never merge.

    News bodies put one sentence-final thing per line far more often than they wrap a
    sentence across lines; the parser then refines boundaries inside each line.
    """
    for token in doc[:-1]:
        if "\n" in token.text_with_ws[len(token.text):] or (token.is_space and "\n" in token.text):
            nxt = doc[token.i + 1]
            if not nxt.is_space:
                nxt.is_sent_start = True
    return doc


@Language.factory("kg_entities", assigns=["doc.spans"], default_config={"use_ner": True, "use_context": True})
def make_entities(nlp: Language, name: str, use_ner: bool, use_context: bool) -> EntityRecognizer:
    return EntityRecognizer(nlp, name, use_ner=use_ner, use_context=use_context)


@Language.factory("kg_claims", requires=["doc.spans"], assigns=["doc._.kg_claims"])
def make_claims(nlp: Language, name: str) -> ClaimExtractor:
    return ClaimExtractor(nlp, name)


@Language.factory("kg_predictions", requires=["doc.spans"], assigns=["doc._.kg_predictions"])
def make_predictions(nlp: Language, name: str) -> PredictionExtractor:
    return PredictionExtractor(nlp, name)
