"""Small helpers on spaCy Docs shared by the components."""

from __future__ import annotations

from spacy.tokens import Doc


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per document: Doc.text joins every token on each access, and the
    components need it many times. The text of a Doc never changes once it is tokenised."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def paragraph_start(text: str, char: int) -> int:
    """Offset where the paragraph holding ``char`` begins (paragraphs are separated by a blank line)."""
    return text.rfind("\n\n", 0, char) + 1
