"""Name grammar and name cleaning: pure functions over strings, no spaCy.

Versioned model names are built from a stem, a version and variant words::

    Gemini 2.5 Flash-Lite      stem "Gemini", version "2.5", variants "Flash", "Lite"
    Qwen3-235B-A22B-Instruct   stem "Qwen", version "3", variants "235B", "A22B", "Instruct"
    Claude Opus 4.1            stem "Claude", variant "Opus", version "4.1"
    o4-mini                    stem "o", version "4", variant "mini"

The stems and variant words are data (``patterns/model_stems.jsonl``,
``patterns/model_variants.txt``); :func:`model_name_regex` compiles them into one regex that
runs over the text once per document.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional, Sequence

from .kb import Stem

VERSION = r"(?:[vVrRkKmMxXtT]?\d+(?:\.\d+)*(?:o|[a-z](?![a-z]))?)"
SIZE = r"(?:\d+x)?\d+(?:\.\d+)?[BMTbmt](?![a-z])|A\d+(?:\.\d+)?[Bb]"
DATE = r"\d{4}(?:-\d{2}){0,2}(?!\d)|\d{6,8}"


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def model_name_regex(stems: Sequence[Stem], variants: Sequence[str]) -> re.Pattern:
    """Compile the grammar of versioned model names.

    >>> from kg.nlp.kb import Stem
    >>> rx = model_name_regex([Stem("Gemini", "Gemini", "Google", " "), Stem("Qwen", "Qwen", "Alibaba", ""),
    ...                         Stem("Claude", "Claude", "Anthropic", " "), Stem("o", "o-series", "OpenAI", "")],
    ...                        ["Flash", "Lite", "Instruct", "Opus", "mini", "Pro"])
    >>> [m.group() for m in rx.finditer("Gemini 2.5 Flash-Lite beat Qwen3-235B-A22B-Instruct, "
    ...                                 "Claude Opus 4.1 and o4-mini, not Gemini users.")]
    ['Gemini 2.5 Flash-Lite', 'Qwen3-235B-A22B-Instruct', 'Claude Opus 4.1', 'o4-mini']
    >>> [m.group() for m in rx.finditer("calls to gemini-2.5-flash and claude-opus-4.1, not gemini 3")]
    ['gemini-2.5-flash', 'claude-opus-4.1']
    """
    variant_words = set(variants) | {v[:1].upper() + v[1:] for v in variants}
    var_space = _alternation(variant_words)
    var_any = _alternation({v.lower() for v in variants})
    suffix = (rf"(?:(?:[ ](?:{var_space}|{SIZE}|{DATE})(?![\w]))"
              rf"|(?:-(?i:{var_any})(?![\w]))|(?:-(?:{SIZE}|{DATE}|v\d+(?:\.\d+)?)(?![\w])))")
    parts = []
    for stem in sorted(stems, key=lambda s: -len(s.stem)):
        word = re.escape(stem.stem)
        if not stem.ambiguous:
            word = f"(?i:{word})" if stem.joiner != " " else word
            joins = r"[ \-]?" if stem.joiner == "" else r"[ \-]"
            parts.append(rf"{word}(?:[ \-](?:{var_space}))?{joins}{VERSION}(?![\w])")
            if stem.joiner == " ":
                parts.append(rf"{word}[ ](?:{var_space})(?![\w\-])")
                if stem.stem.isalpha() and len(stem.stem) > 2:
                    # an API identifier, all lower case and joined by hyphens: "grok-4.1-thinking", "gemini-2.5-pro"
                    parts.append(rf"{re.escape(stem.stem.lower())}(?:-(?:{var_any}))?-{VERSION}(?![\w])")
        else:
            parts.append(rf"{word}-?{VERSION}(?![\w])")
    body = "|".join(parts) if parts else r"(?!x)x"
    return re.compile(rf"(?<![\w./@\-])(?:{body})(?:{suffix})*")


def stem_of(name: str, stems: Sequence[Stem]) -> Optional[Stem]:
    """The longest stem that starts ``name`` (case-insensitive) and ends where a word does:
    "o" starts "o3" but not "Oriel-2", "Gemini" starts "Gemini 2.5" but not "Geminix".

    >>> o = [Stem("o", "o-series", "OpenAI", "")]
    >>> stem_of("o3", o) is not None, stem_of("Oriel-2", o) is not None
    (True, False)
    """
    lowered = name.lower()
    best = None
    for stem in stems:
        size = len(stem.stem)
        if lowered.startswith(stem.stem.lower()) and not (len(name) > size and name[size].isalpha()) \
                and (best is None or size > len(best.stem)):
            best = stem
    return best


TITLES = frozenset("""
mr mrs ms dr prof professor sir dame lord lady president vice chairman chairwoman chair ceo cfo cto coo
chief executive officer founder co-founder cofounder analyst analysts senior principal lead head director
managing partner general secretary minister senator representative rep. commissioner governor judge
researcher scientist engineer economist strategist investor spokesperson spokesman spokeswoman
editor reporter columnist author professor. dr. mr. ms. mrs. sen. gov. chief chiefs
""".split())

DETERMINERS = frozenset("the a an this that these those its their his her our".split())

LEGAL_SUFFIXES = ("Inc.", "Inc", "Incorporated", "Corp.", "Corp", "Corporation", "Ltd.", "Ltd", "Limited",
                  "LLC", "L.L.C.", "plc", "PLC", "AG", "SE", "S.A.", "SA", "GmbH", "Co.", "N.V.", "NV")


def strip_possessive(text: str) -> str:
    """Drop a trailing possessive.

    >>> strip_possessive("Meta\u2019s"), strip_possessive("Reuters'")
    ('Meta', 'Reuters')
    """
    return re.sub(r"(?:['\u2019]s|(?<=s)['\u2019])$", "", text.strip())


def clean_org_name(text: str) -> str:
    """Drop determiners, possessives and legal suffixes from an organisation name.

    >>> clean_org_name("the Microsoft Corporation's")
    'Microsoft'
    >>> clean_org_name("Nvidia Corp.")
    'Nvidia'
    """
    words = strip_possessive(text).split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    while len(words) > 1 and (words[-1].rstrip(",") in LEGAL_SUFFIXES or words[-1] in ("and", "&", "or")):
        words = words[:-1]
    return " ".join(words).rstrip(",")


def clean_person_name(text: str) -> str:
    """Drop titles, roles and possessives from a person's name.

    >>> clean_person_name("Analyst Dana Okafor's")
    'Dana Okafor'
    >>> clean_person_name("Chief Executive Officer Sam Altman")
    'Sam Altman'
    """
    words = strip_possessive(text).split()
    while words and (words[0].lower().rstrip(",") in TITLES or words[0].lower() in DETERMINERS):
        words = words[1:]
    return " ".join(words)

