"""The maintained list of well-known entities, loaded from ``patterns/*.jsonl``.

Each line of ``companies.jsonl``, ``organizations.jsonl``, ``models.jsonl``,
``benchmarks.jsonl``, ``products.jsonl`` and ``people.jsonl`` is one entity::

    {"name": "GPT-4o", "type": "AIModel", "aliases": ["gpt-4o"], "version_of": "GPT-4",
     "maker": "OpenAI", "ambiguous": false}

``model_stems.jsonl`` lists the stems that start versioned model names ("Gemini", "Qwen")
and ``model_variants.txt`` the words that follow a version ("Flash", "Instruct"); the model
name grammar in :mod:`kg.nlp.names` is built from them. ``first_names.txt`` lists given
names, so "Beatriz Olawale-Strand" is a person even when the statistical NER misses her. Everything here is data: add a line
to teach ``kg`` a name.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, Iterable, Iterator, List, Optional, Tuple

PATTERNS_DIR = Path(__file__).parent / "patterns"
ENTITY_FILES = ("companies", "organizations", "models", "benchmarks", "products", "people")
TYPES = ("Company", "Organization", "AIModel", "Benchmark", "Person", "Product")

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")


def name_key(text: str) -> str:
    """The spelling-insensitive key under which names meet.

    Case, spaces, hyphens, underscores and a trailing possessive do not matter; dots do
    ("Gemini 2.5" is not "Gemini 25").

    >>> name_key("GPT\u20114o") == name_key("gpt 4o") == name_key("GPT-4o's")
    True
    >>> name_key("Gemini 2.5") == name_key("Gemini 25")
    False
    """
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).replace("\u2019", "'").casefold()
    text = re.sub(r"'s$", "", text.strip())
    return re.sub(r"[\s\-_]+", "", text)


@dataclass(frozen=True)
class KbEntry:
    name: str
    type: str
    aliases: Tuple[str, ...] = ()
    version_of: Optional[str] = None
    maker: Optional[str] = None
    ambiguous: bool = False

    @property
    def surfaces(self) -> Tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Stem:
    stem: str
    family: str
    maker: Optional[str]
    joiner: str
    type: str = "AIModel"
    ambiguous: bool = False


class KnowledgeBase:
    """Entities by canonical name and by :func:`name_key` of every spelling."""

    def __init__(self, entries: Iterable[KbEntry], stems: Iterable[Stem] = (), variants: Iterable[str] = (),
                 first_names: Iterable[str] = ()):
        self.entries: Dict[str, KbEntry] = {}
        self.by_key: Dict[str, KbEntry] = {}
        for entry in entries:
            self.entries.setdefault(entry.name, entry)
            for surface in entry.surfaces:
                self.by_key.setdefault(name_key(surface), entry)
        self.stems: List[Stem] = list(stems)
        self.variants: List[str] = list(variants)
        self.first_names = frozenset(first_names)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[KbEntry]:
        return iter(self.entries.values())

    def lookup(self, surface: str) -> Optional[KbEntry]:
        """The entry a spelling belongs to.

        >>> kb = KnowledgeBase([KbEntry("GPT-4o", "AIModel", ("gpt-4o",))])
        >>> kb.lookup("GPT 4o").name, kb.lookup("Gemini")
        ('GPT-4o', None)
        """
        return self.by_key.get(name_key(surface))

    def get(self, name: str) -> Optional[KbEntry]:
        return self.entries.get(name)

    @classmethod
    def from_dir(cls, path: Path = PATTERNS_DIR) -> "KnowledgeBase":
        entries: List[KbEntry] = []
        for stem in ENTITY_FILES:
            file = Path(path) / f"{stem}.jsonl"
            if file.exists():
                entries.extend(_read_entries(file))
        stems = [Stem(**row) for row in _read_jsonl(Path(path) / "model_stems.jsonl")]
        return cls(entries, stems, _read_lines(Path(path) / "model_variants.txt"),
                   _read_lines(Path(path) / "first_names.txt") + _read_lines(Path(path) / "given_names.txt"))

    def to_rows(self) -> List[dict]:
        return [{"name": e.name, "type": e.type, "aliases": list(e.aliases), "version_of": e.version_of,
                 "maker": e.maker, "ambiguous": e.ambiguous} for e in self]


def _read_lines(file: Path) -> List[str]:
    if not file.exists():
        return []
    return [line.strip() for line in file.read_text("utf-8").splitlines() if line.strip() and not line.startswith("#")]


def _read_jsonl(file: Path) -> Iterator[dict]:
    if not file.exists():
        return
    for number, line in enumerate(file.read_text("utf-8").splitlines(), start=1):
        if line.strip() and not line.lstrip().startswith("//"):
            try:
                yield json.loads(line)
            except json.JSONDecodeError as err:
                raise ValueError(f"{file}:{number}: {err.msg}") from None


def _read_entries(file: Path) -> Iterator[KbEntry]:
    for row in _read_jsonl(file):
        if row.get("type") not in TYPES:
            raise ValueError(f"{file}: {row.get('name')!r} has unknown type {row.get('type')!r}")
        yield KbEntry(name=row["name"], type=row["type"], aliases=tuple(row.get("aliases") or ()),
                      version_of=row.get("version_of"), maker=row.get("maker"),
                      ambiguous=bool(row.get("ambiguous")))


@lru_cache(maxsize=4)
def default_kb(path: str = str(PATTERNS_DIR)) -> KnowledgeBase:
    """The knowledge base shipped with ``kg`` (loaded once per process)."""
    return KnowledgeBase.from_dir(Path(path))


@lru_cache(maxsize=1)
def name_genders(path: Path = PATTERNS_DIR) -> Dict[str, str]:
    """Given name -> "F" or "M" for names listed under one gender only (``name_genders.tsv``)."""
    out: Dict[str, str] = {}
    for line in _read_lines(Path(path) / "name_genders.tsv"):
        name, _, gender = line.partition("\t")
        if gender in ("F", "M"):
            out[name] = gender
    return out
