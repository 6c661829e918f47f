"""Doc + Article -> Extraction: the one place where spaCy objects become records.

Also runs the pipeline over a stream of articles (``nlp.pipe`` in small batches, so memory
stays flat whatever the corpus size) and resolves the raw time expressions that the
components leave ("two years ago", "by 2027") against each article's date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, OrderedDict
from typing import Dict, Iterable, Iterator, List, Optional, Tuple, Union

from spacy.language import Language
from spacy.tokens import Doc

from .errors import InputError
from .nlp.entities import SPANS_KEY
from .nlp.names import strip_possessive
from .nlp.predictions import AUTHOR
from .nlp.syntax import DATE_KEY, TITLE_KEY
from .nlp.timex import resolve
from .records import (Article, period_end, Claim, ClaimKind, Entity, EntityType, Extraction, Mention, Modality, Polarity,
                      Prediction, Status)

EXTRACTOR_VERSION = "kg-extract/0.1"
_SAME_LENGTH = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-",
                              "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00a0": " ",
                              "\u202f": " ", "\u2009": " ", "\u200b": " "})


# "(Reuters) -Scale AI said ...": a dash glued to the next word after a space is punctuation, not part of a name
_DATELINE_DASH = re.compile(r"(?<=\s)-(?=[A-Z][a-z])")


# "Alibaba [HKG: 9988] was trading down 2.8%", "(NYSE: BABA)": a listing in brackets, blanked so the parser sees
# the sentence and no exchange is taken for what moved
_TICKER_BRACKET = re.compile(r"[\[(](?:NYSE|NASDAQ|Nasdaq|NYSE American|HKG|HKEX|HK|SHA|SHE|SZSE|SSE|TYO|TSE|LON|LSE|KRX|KOSPI|"
                             r"KOSDAQ|TWSE|TPE|ETR|FRA|EPA|AMS|SWX|SIX|ASX|NSE|BSE|TSX|OTC|OTCMKTS)\s*:\s*[A-Z0-9.\-]{1,10}"
                             r"(?:\s*[,;]\s*[A-Za-z ]{2,12}:\s*[A-Z0-9.\-]{1,10})*[\])]")


def normalise_for_nlp(text: str) -> str:
    """Same-length replacements (dashes, quotes, odd spaces, exchange tickers in brackets) so offsets stay valid.

    >>> normalise_for_nlp("GPT\u20115\u2019s") == "GPT-5's"
    True
    >>> normalise_for_nlp("(Reuters) -Scale AI said")
    '(Reuters)  Scale AI said'
    >>> normalise_for_nlp("Alibaba [HKG: 9988] fell") == "Alibaba " + " " * 11 + " fell"
    True
    """
    return _TICKER_BRACKET.sub(_keep_symbol, _DATELINE_DASH.sub(" ", text.translate(_SAME_LENGTH)))


def _keep_symbol(m: re.Match) -> str:
    """'(NASDAQ: MU)' -> '(        MU)': the exchange goes, a lone letter symbol stays, so the company's later
    'MU' is still the company; numbered listings ('[HKG: 9988]') go whole.

    >>> _keep_symbol(_TICKER_BRACKET.search("Micron (NASDAQ: MU) rose"))
    '(        MU)'
    """
    symbol = re.fullmatch(r".[^:]*:\s*([A-Z]{1,5}).", m.group())
    if symbol is None:
        return " " * len(m.group())
    word = symbol.group(1)
    return m.group()[0] + " " * (len(m.group()) - len(word) - 2) + word + m.group()[-1]


def with_context(doc: Doc, article: Article) -> Doc:
    """Give the pipeline the article's headline and date: an excerpt that opens on "The company ..."
    means the company the headline names (:meth:`kg.nlp.syntax.EntityIndex.title_entity`), and a
    quote about "2025" in a 2024 article speaks of the future."""
    if article.title:
        doc.user_data[TITLE_KEY] = normalise_for_nlp(article.title)
    if article.date:
        doc.user_data[DATE_KEY] = article.date.isoformat()
    return doc


def extract_stream(nlp: Language, items: Iterable[Union[Article, InputError]], batch_size: int = 16,
                   n_process: int = 1) -> Iterator[Union[Extraction, InputError]]:
    """Run the pipeline over articles; errors pass through in order."""
    errors: List[InputError] = []

    def articles() -> Iterator[Tuple[Doc, Article]]:
        for item in items:
            if isinstance(item, InputError):
                errors.append(item)
                continue
            # the headline reaches the components beside the text, not in it: character offsets stay the body's
            yield with_context(nlp.make_doc(normalise_for_nlp(item.text)), item), item

    for doc, article in nlp.pipe(articles(), as_tuples=True, batch_size=batch_size, n_process=n_process):
        while errors:
            yield errors.pop(0)
        yield extraction_from_doc(doc, article)
    while errors:
        yield errors.pop(0)


def extraction_from_doc(doc: Doc, article: Article) -> Extraction:
    entities = _entities(doc, article)
    names = {e.name for e in entities}
    claims = tuple(c for c in (_claim(d, article) for d in (doc._.kg_claims or []))
                   if _names_known(names, c.subject, c.object, c.benchmark, c.asserted_by))
    predictions = []
    for d in doc._.kg_predictions or []:
        if d.get("predictor") == AUTHOR:  # "I expect ..." outside quotes: the byline
            if not article.author or "," in article.author:
                continue
            d = dict(d, predictor=article.author)
            if article.author not in names:
                entities.append(Entity(name=article.author, type=EntityType.PERSON,
                                       mentions=_mentions_of(article.author, article.text)))
                names.add(article.author)
        prediction = _prediction(d, article)
        if prediction.predictor is None or prediction.predictor in names:
            predictions.append(prediction)
    return Extraction(article=article, entities=tuple(entities), claims=claims, predictions=_dedupe(predictions))


def _mentions_of(name: str, text: str) -> Tuple[Mention, ...]:
    return tuple(Mention(m.start(), m.end(), m.group()) for m in re.finditer(re.escape(name), text))


def _dedupe(predictions: List[Prediction]) -> Tuple[Prediction, ...]:
    """One prediction per sentence, predictor, subject and part (rules may find the same twice;
    "expects X, and puts the chance of Y at 40%" is two parts)."""
    seen, out = set(), []
    for p in predictions:
        key = (p.start, p.predictor, p.subject, p.part)
        # ... nor the same words twice under two parts ("we'll build an AI engineer ...", found by the clause
        # rule and again as a sibling of the first forecast)
        said = (p.start, p.predictor, p.subject, p.value, re.sub(r"\W+", " ", p.statement.lower())[:60])
        if key not in seen and said not in seen:
            seen.update((key, said))
            out.append(p)
    return tuple(out)


def _names_known(names: set, *values: Optional[str]) -> bool:
    return all(v is None or v in names for v in values)


def _entities(doc: Doc, article: Article) -> List[Entity]:
    """One entity per type and spelling-insensitive name (its IRI), with every mention."""
    from .iris import slugify

    info: Dict[str, dict] = doc._.kg_entity_info or {}
    grouped: "OrderedDict[Tuple[str, str], List]" = OrderedDict()
    names: Dict[Tuple[str, str], Counter] = {}
    for span in doc.spans[SPANS_KEY] if SPANS_KEY in doc.spans else []:
        key = (span.label_, slugify(span.kb_id_))
        grouped.setdefault(key, []).append(span)
        names.setdefault(key, Counter())[span.kb_id_] += 1
    out = []
    for key, spans in grouped.items():
        type_ = key[0]
        name = _best_name(names[key], info)
        mentions = tuple(Mention(s.start_char, s.end_char, article.text[s.start_char:s.end_char]) for s in spans)
        aliases = []
        for m in mentions:
            surface = strip_possessive(re.sub(r"\s+", " ", m.text))
            if surface != name and surface not in aliases:
                aliases.append(surface)
        meta = info.get(name, {})
        maker_type = meta.get("maker_type")
        out.append(Entity(name=name, type=EntityType(type_), aliases=tuple(aliases), mentions=mentions,
                          version_of=meta.get("version_of"), maker=meta.get("maker"),
                          maker_type=EntityType(maker_type) if maker_type else None))
    return out


def _best_name(counts: Counter, info: Dict[str, dict]) -> str:
    """Among spellings of one name: a listed one, else not shouting, else the most frequent.

    >>> _best_name(Counter({"HANGZHOU": 1, "Hangzhou": 1}), {})
    'Hangzhou'
    """
    def rank(name: str):
        listed = bool(info.get(name, {}).get("listed"))
        shouting = name.isupper() and len(name) > 4
        return (listed, not shouting, counts[name], name)
    return max(counts, key=rank)


def _value(value):
    if isinstance(value, (list, tuple)):
        return (float(value[0]), float(value[1]))
    return None if value is None else float(value)


def _claim(d: dict, article: Article) -> Claim:
    about = resolve(d["time_text"], article.date) if d.get("time_text") else None
    modality = d.get("modality", "asserted")
    if about and article.date and modality in ("asserted", "reported") and period_end(about) > article.date.isoformat() \
            and re.fullmatch(r"(?i:in|during)\s+[A-Za-z]+\.?", d["time_text"].strip()):
        # "revenue reached €48 million in March", told in June: the March just gone, not the next one
        about = resolve(re.sub(r"^(?i:in|during)\s+", "", d["time_text"].strip()), article.date) or about
    if d["kind"] in ("financial", "market") and about and article.date and modality == "asserted" \
            and period_end(about) > article.date.isoformat():
        # a figure for a period not yet over when written is guidance or a forecast ("First, Nvidia ends 2026 worth
        # more than $6 trillion"), not a result
        modality = "expected"
    d = dict(d, modality=modality)
    return Claim(kind=ClaimKind(d["kind"]), subject=d["subject"], object=d.get("object"), value=_value(d.get("value")),
                 unit=d.get("unit"), benchmark=d.get("benchmark"), quote=article.text[d["start"]:d["end"]],
                 start=d["start"], end=d["end"], confidence=round(float(d.get("confidence", 0.5)), 3),
                 relation=d.get("relation"), openness=d.get("openness"), polarity=Polarity(d.get("polarity", "affirmed")),
                 modality=Modality(d.get("modality", "asserted")), asserted_by=d.get("asserted_by"),
                 first_party=d.get("first_party"), about_time=about, rule=d.get("rule", ""))


def anchor_date(partial: Optional[str]) -> Optional[dt.date]:
    """A date to resolve relative expressions against, from a partial ISO date.

    >>> anchor_date("2023"), anchor_date("2023-05"), anchor_date(None)
    (datetime.date(2023, 1, 1), datetime.date(2023, 5, 1), None)
    """
    if not partial:
        return None
    parts = [int(p) for p in partial.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def _prediction(d: dict, article: Article) -> Prediction:
    made = resolve(d["made_text"], article.date) if d.get("made_text") else None
    if made is not None and article.date is not None and made > article.date.isoformat()[:len(made)] and \
            re.fullmatch(r"(?:[Ii]n\s+)?[A-Z][a-z]+", d["made_text"].strip()) and len(made) == 7:
        made = f"{int(made[:4]) - 1:04d}{made[4:]}"  # "In November, she predicted ..." in a September article: last November
    if made is not None and article.date is not None and made > article.date.isoformat()[:len(made)]:
        made = None  # "to reach customers in the first half of 2026": a date after the article is a deadline, not when it was said
    if made is None and article.date is not None:
        made = article.date.isoformat()
    precision = {4: "year", 7: "month"}.get(len(made or ""), "day")
    # a consensus set against the result just reported is about a period already over ("April-June")
    settled = d.get("rule") == "prediction:expected-figure" and d.get("status") in ("confirmed", "refuted")
    target = resolve(d["target_text"], anchor_date(made), precision, forward=not settled) if d.get("target_text") else None
    outcome = d.get("outcome")
    return Prediction(statement=d["statement"], quote=article.text[d["start"]:d["end"]], start=d["start"], end=d["end"],
                      predictor=d.get("predictor"), subject=d.get("subject"), made=made, target_date=target,
                      status=Status(d.get("status", "open")), probability=d.get("probability"),
                      value=_value(d.get("value")), unit=d.get("unit"),
                      confidence=round(float(d.get("confidence", 0.5)), 3),
                      outcome_quote=article.text[outcome[0]:outcome[1]] if outcome else None,
                      outcome_start=outcome[0] if outcome else None, outcome_end=outcome[1] if outcome else None,
                      rule=d.get("rule", ""), part=int(d.get("part", 0)))
