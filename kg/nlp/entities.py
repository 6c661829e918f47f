"""The ``kg_entities`` component: six entity types from lists, name grammar, context and NER.

Candidates come from four sources, strongest first:

1. the knowledge base (:mod:`kg.nlp.kb`) through two ``PhraseMatcher``s (exact spelling, and
   lower case for distinctive names such as "gpt-4o");
2. the versioned-model-name grammar (:func:`kg.nlp.names.model_name_regex`), which finds
   unseen versions ("Gemini 3 Flash-Lite") and meets known ones through :func:`name_key`;
3. context rules over the dependency parse for names in no list: "Nova Lark, the company's
   first open-weights reasoning model", "the FrontierQA benchmark", "analyst Dana Okafor",
   "the startup Kestrel", "scored 71% on FooBench";
4. the statistical NER (ORG, PERSON, PRODUCT), mapped onto our types.

Overlaps are settled by source strength, then length. Mentions of one thing are then grouped
into one entity per document: short forms ("Okafor", "Kestrel Point") join the full name
they abbreviate, and later untagged repeats of a name found once are tagged too.

Results: ``doc.spans["kg_entities"]`` with ``label_`` = type and ``kb_id_`` = canonical name,
and ``doc._.kg_entity_info`` = {canonical name: {"type", "version_of", "maker"}}.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Dict, Iterable, List, Optional, Tuple

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from .text import doc_text
from .kb import KnowledgeBase, KbEntry, name_key, PATTERNS_DIR
from .names import clean_org_name, clean_person_name, model_name_regex, stem_of, strip_possessive

SPANS_KEY = "kg_entities"
NAMES_KEY = "kg_names"

# Source strengths: a list entry beats the grammar, which beats context, which beats NER.
KB, GRAMMAR, CONTEXT, NER, ECHO = 4, 3, 2, 1, 0
# tiers and sizes many families share: alone, they name no one model ("the Pro tier", "Flash is cheaper")
GENERIC_TIERS = frozenset("""Lite Ultra Mini Nano Plus Turbo Instruct Chat Base Coder Reasoner Reasoning Thinking
    Preview Experimental Vision Omni Audio Image Video Voice Large Medium Small Micro Tiny Premier Heavy Fast Instant
    Deep Think Edge Core Express Code Math Guard Next Open Light Super Flash Long Embed Embedding High Realtime Alpha
    Beta Canvas Speciale Terminus Distill Zero Lightning Kontext""".split())

HEAD_NOUNS: Dict[str, str] = {}
for _type, _words in {
    "AIModel": "model models llm llms chatbot-model foundation-model",
    "Benchmark": "benchmark benchmarks leaderboard eval evals test suite exam",
    "Product": "chip chips accelerator accelerators gpu gpus processor processors app apps assistant "
               "chatbot platform supercomputer cluster glasses headset agent browser service tool api suite device",
    "Company": "startup start-up company firm lab developer maker chipmaker unicorn rival insurer bank "
               "lender broker brokerage fund-manager",
    "Organization": "university institute agency regulator nonprofit non-profit foundation commission "
                    "ministry department council consortium organisation organization charity watchdog "
                    "collective programme initiative evaluator",
    "Person": "analyst founder co-founder cofounder ceo executive researcher scientist professor investor "
              "economist president spokesperson spokeswoman spokesman engineer director strategist partner "
              "chairman chairwoman officer fellow forecaster columnist commentator auditor trader banker adviser "
              "advisor consultant lawyer",
}.items():
    for _w in _words.split():
        HEAD_NOUNS[_w] = _type

# Company nouns a name can follow: 'the Milan start-up Vostra AI', 'the research firm Quillon Data'.
DESCRIPTOR_NOUNS = frozenset("""start-up startup firm company lab developer maker chipmaker bank consultancy
brokerage broker insurer lender investor investors backer backers fund group""".split())

ORG_WORDS = frozenset("""university college institute institution school academy agency administration
commission committee council ministry department bureau office parliament congress senate court
government authority regulator foundation association society consortium alliance forum union
federation observatory laboratory center centre program programme initiative nonprofit
reserve board exchange collective fund evaluations evals evaluation eval army navy military pentagon police corps
nations""".split())

# titles that make the one capitalised word after them a person's surname ("President Trump")
PERSON_TITLES = frozenset("""President Senator Sen. Rep. Representative Governor Gov. Chancellor Premier Secretary
Minister Judge Justice Mr. Ms. Mrs. Dr. Mr Ms Mrs Dr Commissioner Mayor Pope""".split())

# Last words that make a name an organisation's, never a person's ("Ostrakon Labs", "Castellan Foresight").
ORG_SUFFIXES = frozenset("""labs lab systems systeme systèmes capital ventures partners partnership securities research
cloud foresight analytics robotics semiconductor semiconductors silicon technologies technology tech holdings group
bank exchange markets advisors advisers advisory intelligence computing compute infrastructure centers centres ai inc inc. corp
corp. corporation ltd ltd. gmbh sa ag plc llc co co. management investments equity financial data networks
dynamics industries energy solutions software studios media fund funds associates evaluations insights
institute consortium foundation collective council agency commission university grid photonics optics devices
instruments materials thermal power microsystems electronics telecom communications biosciences therapeutics motors
automation aerospace logistics platforms semiconductor foundry foundries""".split())

# Names the statistical NER likes to tag as organisations that are not entities of ours.
NOT_ENTITIES = frozenset(name_key(w) for w in """Neutral Overweight Underweight Outperform Underperform Equal-Weight
Equal-weight Buy Sell Hold Accumulate Market-Perform Sector-Perform Peer-Perform
AI AGI ASI LLM LLMs GPU GPUs CPU CPUs TPU API APIs CEO CFO CTO
COO IPO R&D EPS GDP YoY QoQ Q1 Q2 Q3 Q4 FY H1 H2 ML NLP RL RLHF SaaS IT HR PR FAQ URL PDF
Wall Street Silicon Valley Big Tech Magnificent Seven Series A Series B Series C Series D Series E
Nasdaq Composite S&P S&P 500 Dow Dow Jones Treasury Treasuries the Street Fed Street EU AI Act AI Act
Chinese American European Asian US U.S. UK China Europe Beijing Washington Brussels AI Index
Elo MoE Mixture-of-Experts ARR TCO MW GW PetaFLOP Transformer Transformers Tuesday Monday
Apache 2.0 Apache Apache-2.0 Apache License MIT License MIT licence Creative Commons CC BY GPL
USD EUR GBP CNY JPY RMB INR CAD AUD CHF KRW HKD SGD
TPUs XPU XPUs NPU NPUs ASIC ASICs HBM DRAM SoC SoCs
Management Leadership Investors Shareholders Executives Officials Regulators Customers Developers Engineers Researchers
Bulls Bears Traders Markets Stocks Equities Bonds Futures Guidance Outlook Results Revenue Earnings GenAI
Outperform Underperform Overweight Underweight Equal-Weight CoT RAG REPL CPO
CapEx Capex RAM VRAM SAM TAM RoPE Financial Additionally Language""".split()) | \
    frozenset(name_key(p) for p in ("Market Perform", "Sector Perform", "Peer Perform", "Strong Buy", "Equal Weight",
                                    "Big Tech", "Wall Street", "Silicon Valley", "Magnificent Seven", "Generative AI",
                                    "Gen AI", "the Street", "AI CapEx", "AI Capex", "Large Language Model",
                                    "Large Language Models", "Large Language", "Artificial General Intelligence", "Artificial Intelligence",
                                    "Artificial Superintelligence", "Machine Learning", "Deep Learning",
                                    "Rotary Positional", "Rotary Positional Embeddings", "Mixture of Experts"))
# (phrases: the list above is split on spaces)

REPORT_TITLE_RX = re.compile(r"\s(?:Report|Survey|Outlook|Study|Review|White Paper|Spending Guide|Forecast)(?:\s+(?:19|20)\d\d)?$")
INDEX_MOVES = frozenset("""rise rose fall fell slip slipped gain gained lose lost drop dropped close closed end ended
finish finished add added shed edge edged jump jumped slide slid tumble tumbled climb climbed rally rallied sink sank
be is was""".split())
INDEX_MOVE_RX = re.compile(r"\b(?:rose|rises?|fell|falls?|slipped|slips?|gained|gains?|lost|loses?|dropped|drops?|closed|"
                           r"closes?|ended|ends?|finished|finish(?:es)?|added|adds?|shed|edged|edges?|jumped|jumps?|slid|"
                           r"slides?|tumbled|climbed|rallied|sank|down|up|higher|lower|drawdown)\b")

PLACE_WORDS = frozenset("row lane street gate square bridge ridge wharf yard court place hall crescent".split())
OWNED_BY_FIRMS = frozenset("""flagship model models chatbot chips shares stock revenue valuation engineers researchers
customers investors""".split())
# "Energy shares fell", "Chip stocks rose": a sector, not a firm
SECTOR_WORDS = frozenset("""energy tech technology chip chips semiconductor semiconductors software bank banks banking
utility utilities defence defense airline airlines mining auto autos carmaker retail retailer property telecom telecoms
media healthcare health insurance insurer consumer industrial industrials financial financials growth value cloud
hardware internet oil gas steel materials pharma biotech crypto memory storage network networking infrastructure
hyperscaler hyperscalers megacap small-cap large-cap mid-cap blue-chip ai""".split())
ROUND_WORDS = frozenset("round funding financing raise investment series".split())
# a firm's people: "Vantorre's chief technology officer" (only for a lone word that is nobody's name)
EXECUTIVE_TITLES = frozenset("ceo cfo cto coo founder co-founder cofounder chairman chairwoman president boss".split())
CHIEF_OF = frozenset("executive financial technology operating".split())
TITLE_MODIFIERS = frozenset("Former Vice Deputy Acting Interim Executive Senior Then Ex Co".split())
FIRM_ROLES = frozenset("chief ceo cfo cto coo founder founders co-founder co-founders board spokesperson spokeswoman "
                       "spokesman president".split())
# what analysts raise or lower, not firms: "raised her price target", "raised his estimate"
PERSONAL_OBJECTS = frozenset("target targets estimate estimates forecast forecasts rating ratings view outlook".split())
COMPANY_DEEDS = frozenset("""release launch unveil ship raise acquire buy open-source debut introduce announce
partner hire valued file lead co-lead""".split())
COMPANY_CONTEXT_RX = re.compile(
    r"\b(?:raised?|raising|funding|round|valuation|valued|start-?up|shares|stock|revenue|acquir\w+|investors?|"
    r"chief executive|CEO|founder|co-founder|IPO|Series [A-H])\b")
OPEN_SOURCED_RX = re.compile(r"\b[Oo]pen-(?:sourc(?:e|es|ed|ing)|weights?)\b")
AFFILIATION_RX = re.compile(
    r"\b(?P<role>analysts?|strategists?|economists?|researchers?|partners?|principal|director|head|chief|columnist|editor|"
    r"writer|reporter|correspondent|investors?|manager|founder|fellow|professor|scientist|engineer|"
    r"covers [\w-]+(?: [\w-]+)?|follows [\w-]+(?: [\w-]+)?|models [\w -]{3,30}?)\s+(?:at|with|for|of)\s+", re.I)
_BENCH_DESCRIPTION = (r", (?:a|an|the|its(?: own)?|their(?: own)?) (?:[\w-]+ ){0,4}?(?:benchmark|test|test suite|leaderboard|"
                      r"evaluation|eval|exam|dataset|(?:set|collection|battery|suite) of|"
                      r"(?:reworded|harder|new|cleaned|updated|adversarial) (?:version|variant|subset) of)\b")
BENCH_DESCRIPTION_RX = re.compile(_BENCH_DESCRIPTION)
_BENCH_NAME = r"(?P<name>(?!(?:On|In|At|The|A|An|For|With|By) )[A-Z][\w+-]*(?:\.\d[\w+-]*)?(?:[ -][A-Z0-9][\w+-]*(?:\.\d[\w+-]*)?){0,2})"
BENCHMARK_DESCRIBED_RX = re.compile(
    r"(?:(?<=\bthe )" + _BENCH_NAME + r"(?= (?:benchmark|test suite|leaderboard|eval)\b)"
    r"|" + _BENCH_NAME.replace("name", "name4") + r"(?<= Leaderboard)(?=\W)"
    r"|" + _BENCH_NAME.replace("name", "name2") + r"(?=" + _BENCH_DESCRIPTION + r")"
    r"|(?<![\w,] )(?P<on>\bOn )" + _BENCH_NAME.replace("name", "name3") + r"(?=, ))")
# "kept first place with 71.8 points on Lumenreef", "scored 64.1% on Babelreach's held-out split": a score on a name
SCORE_ON_NAME_RX = re.compile(r"\d(?:[\d,]*\.\d+)?\s*(?:%|points|percent|per cent)?\s+on\s+(?:the\s+)?"
                              + _BENCH_NAME.replace("name", "sname") + r"(?=(?:'s|\u2019s)?[\s,.;:)])")
SCORE_CUE_RX = re.compile(r"\b(?:scor\w*|posts?|posted|points|first place|place[ds]?|reach\w*|managed|manages|leads?|led|"
                          r"ranks?|ranked|tops?|topped)\b")
MARKET_CUE_RX = re.compile(r"\b(?:shares?|stocks?|index|trading|traded|Nasdaq|revenue|sales|market)\b", re.I)
SIZE_ONLY = re.compile(r"\d+(?:\.\d+)?[BMT]")  # "the 27B model": a size, not a name
SIZED_NAME = re.compile(r"[A-Za-z][ -]\d+(?:\.\d+)?[BMT]\b")
APPOSITION_TYPES = {**{w: "Product" for w in "supercomputer cluster chip accelerator processor app chatbot "
                                            "service platform".split()},
                    **{w: "Company" for w in "startup start-up chipmaker developer maker unicorn company firm operator "
                                             "retailer manufacturer supplier carmaker automaker lender insurer "
                                             "conglomerate lab group provider".split()},
                    # "Fast Retailing, the heaviest-weighted stock in the index"
                    **{w: "Company" for w in ("stock", "listed company", "cloud provider", "chip designer")},
                    **{w: "Organization" for w in "university institute agency regulator nonprofit non-profit foundation "
                                                  "consortium ministry organisation organization charity watchdog "
                                                  "collective programme initiative evaluator".split()},
                    # "a volunteer group that runs evaluations", "an independent testing outfit in Toronto"
                    **{w: "Organization" for w in ("think tank", "volunteer group", "testing outfit", "research group",
                                                   "advocacy group", "evaluation group", "industry group", "trade group",
                                                   "lobby group", "research centre", "research center")}}
NONPROFIT_WORDS_RX = re.compile(r"\b(?:nonprofit|non-profit|not-for-profit|university|academic|research|testing|evaluations?|"
                                r"advocacy|volunteer|government|public|policy|campaign|industry|trade|lobby|charitable|"
                                r"independent|safety|standards)\b")
ROLE_LIKE_HEADS = frozenset("developer maker operator supplier manufacturer".split())  # a person's job too
APPOSITION_RX = re.compile(
    r"(?<![\w'’-])(?P<name>(?!(?:The|A|An|In|On|At|But|And|Its|Their|This|That) )[A-Z][\w&+-]*(?:\.[\w&+-]+)*"
    r"(?: (?:[A-Z][\w&+-]*(?:\.[\w&+-]+)*|\d+))"
    r"{0,3}(?:\.(?=,))?), (?:a|an|the) (?:[\w-]+ ){0,4}?(?P<head>" + "|".join(sorted(APPOSITION_TYPES, key=len, reverse=True)) +
    r")(?=[,.;:)]| (?:that|which|who|whose|operated|built|run|developed|made|from|by|in|at|with|based|founded|backed|"
    r"owned|used|behind|[a-z]{3,}ing)\b)")
# "the AI Action Summit", "Meta's first LlamaCon developer event": an event, not a company
EVENT_NAME_RX = re.compile(r"^[^\d]*(?:[A-Za-z]\s+(?:Summit|Conference|Forum|Expo|Symposium|Festival|Hackathon)|[a-z]Con)$")
# "European AI", "Smaller AI labs", "Nordic AI start-ups": a kind of AI or of firm, not a firm's name
KIND_OF_AI_RX = re.compile(r"(?:European|Nordic|Western|Eastern|Chinese|American|French|German|British|Japanese|Korean|"
                           r"Indian|Asian|African|Arab|Gulf|Smaller|Small|Bigger|Big|Larger|Large|Generative|Sovereign|"
                           r"Open|Responsible|Agentic|Physical|Enterprise|Frontier|Domestic|Foreign|Global|Local)\s+AI$")
CURRENCY_CODES = frozenset("USD EUR GBP JPY CNY RMB KRW INR CHF SEK NOK DKK TWD HKD SGD AUD CAD BRL ZAR AED SAR PLN CZK "
                           "HUF TRY ILS MXN IDR THB MYR PHP VND NZD".split())
CITIES = frozenset(line.strip() for line in (PATTERNS_DIR / "cities.txt").read_text(encoding="utf-8").splitlines()
                   if line.strip() and not line.startswith("#"))
FACILITY_PLACES = frozenset(line.strip() for line in (PATTERNS_DIR / "places.txt").read_text(encoding="utf-8").splitlines()
                            if line.strip() and not line.startswith("#"))
_FACILITY = r"(?:campus|data cent(?:er|re)|cluster|supercomputer|supercluster|megasite|AI factory|gigafactory)"
FACILITY_RX = re.compile(
    r"\b(?:its|their|the|[A-Z][\w&.-]*(?:'s|\u2019s))\s+(?P<before>[A-Z][a-z]{3,}(?: [A-Z][a-z]{3,})?)\s+" + _FACILITY + r"\b"
    r"|\b" + _FACILITY + r", (?P<after>[A-Z][a-z]{3,}(?: [A-Z][a-z]{3,})?)(?=,| in\b| at\b| near\b)")
# "Orlestone, which packages memory for AI accelerators", "Lanyard, whose Pennant assistant is sold to law firms":
# what a firm does for a living, or owns, told in a relative clause
BUSINESS_RX = re.compile(
    r"(?<![\w'’.-])(?P<name>[A-Z][\w&-]+(?: [A-Z][\w&-]+){0,2}), (?:which (?:also |now |mainly |largely )?"
    r"(?:makes|sells|builds|designs|packages|supplies|develops|provides|manufactures|produces|rents|leases|licenses|"
    r"owns|operates|assembles|fabricates|distributes|tracks|publishes|rates|ranks|audits|invests|backs|manages|"
    r"advises|runs)(?! (?:on|in|at|to|for|with|from|up|out|about)\b) [a-z]"
    r"|whose (?:[A-Z][\w.-]*(?: [A-Z0-9][\w.-]*){0,2} )?(?:[a-z][\w-]* ){0,2}?(?:assistant|chatbot|models?|chips?|"
    r"apps?|platform|service|software|shares|stock|customers|founders?|chief executive|CEO|revenue|valuation|"
    r"investors|data cent(?:er|re)s?)\b)")
WHO_RX = re.compile(r"(?<![\w'’.-])(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2}), who\b")
KOREAN_NAME_RX = re.compile(r"(?<![\w-])[A-Z][a-z]{1,5} [A-Z][a-z]{1,5}-(?P<tail>[a-z]{2,5})(?![\w-])")
NOT_NAME_TAILS = frozenset("based born made listed owned led backed focused style era class level sized scale like "
                           "wide free only term".split())
BROKER_WORDS_RX = re.compile(r"\b(?:(?:price )?targets?|(?:buy|sell|hold|neutral|overweight|underweight|outperform) rating|"
                             r"upgraded|downgraded|note to clients)\b", re.I)
PERSON_OF_RX = re.compile(r"\b[A-Z][a-z][\w'-]*\s+[A-Z][\w'-]+,?\s+(?:of|at|from)\s+")
NEW_MODEL_RX = re.compile(
    r"(?<![\w\-./])(?P<word>[A-Z][a-z]+(?:[A-Z][a-z]+|[A-Z]{2,}(?![a-z]))*(?:-[A-Z][a-z]+)?|[A-Z][a-z]+ [A-Z][a-z]+|"
    r"[A-Z][a-z]+ (?:AI|LM|LLM|GPT))[ \-]?"
    r"(?:v|V|(?<=-)[A-Z])?\d+(?:\.\d+)?(?:[a-z](?![a-z])|[BMT](?![A-Za-z]))?(?:[ \-](?:Pro|Flash|Lite|Mini|mini|Max|Plus|Ultra|Turbo|Instruct|Chat|Base|"
    r"Preview|Large|Medium|Small|Nano|Thinking|Reasoning|Vision|Coder|Open|Mid|Light|Instant|Fast|Heavy|Air|Edge|Code|"
    r"Math|Omni|Sonnet|Opus|Haiku|Deep|Micro|Tiny|Express|Next|\d+(?:\.\d+)?[BMT]))*(?![\w\-])")
# a capitalised word right after a model name, that may be the document's own variant word ("Ostrel-2 Swift")
OWN_VARIANT_RX = re.compile(r" ([A-Z][a-z]{2,})(?![\w\-]| [A-Z0-9])")
MODEL_CONTEXT_RX = re.compile(
    r"\b(?:models?|LLMs?|weights|parameters|benchmarks?|scor(?:e|es|ed|ing)|reasoning|open[- ]source|open-weights?|"
    r"fine-tun\w*|trained|training|chatbot|inference|tokens|leaderboard|released|launched|unveiled|checkpoint|flagship|"
    r"newcomer|sibling|variant|generally available|went live|predecessor|successor)\b", re.I)
NOT_MODEL_PREFIXES = frozenset("""Series Phase Stage Level Tier Gen Generation Round Section Article Chapter Step Part Windows
iPhone Pixel Galaxy Boeing Airbus Model Route Title Rule Covid Version Type Class Category Grade Block Area Zone Room
Floor Gate Terminal Exit Week Day Year Top Figure Table Appendix Page Line Item Vol Volume Number Act Law Bill Wave Batch
Cohort Season Episode Game Cup Formula Apollo Artemis Fiscal Quarter January February March April May June July August
September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday Paragraph Annex Schedule
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thurs Fri Sat Sun
Amendment Proposition Under Over About Around Nearly Almost Only Just Top Bottom Up Down Since From Until By In On At
The This That These Those Some All Each Every Both Its Their Our Her His Page Slide Chart Exhibit Note Footnote""".split())

NOT_BENCHMARK_ENTS = frozenset({"DATE", "TIME", "GPE", "LOC", "NORP", "EVENT", "PERSON", "MONEY", "FAC"})
CALENDAR_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april
may june july august september october november december today tomorrow yesterday weekday weekend""".split())

CLAUSE_OPENERS = frozenset("""when after before while since once until unless if as though although because whereas and but
or so then yet both only even""".split())
SENTENCE_INITIAL_COMMON = frozenset("""The A An This That These Those It Its Their His Her Our We I He She They
In On At By For From With Without After Before During Since Until As If When While Although But And Or So
Yet Still Also Meanwhile However Instead Then There Here What Which Who Why How Some Many Most All Each Every
Other Another Both Either Neither Last Next First Second Third One Two Three Four Five Shares Analysts""".split())


@dataclass
class Candidate:
    start: int  # token offsets
    end: int
    type: str
    name: str
    source: int
    entry: Optional[KbEntry] = None


def _listed_beside_firms(doc: Doc, chosen: List["Candidate"]) -> List["Candidate"]:
    """'joined by other investors such as DTCP, Mirae Asset, Schroders Capital and SentinelOne': a proper noun
    no list knows, coordinated with two or more firms, is a firm too."""
    if not doc.has_annotation("DEP"):
        return []
    taken = {i for c in chosen for i in range(c.start, c.end)}
    firm_at = {c.end - 1: c for c in chosen if c.type in ("Company", "Organization")}
    out: List[Candidate] = []
    seen = set()
    for end in firm_at:
        members = [doc[end], *doc[end].conjuncts]
        if sum(1 for t in members if t.i in firm_at) < 2:
            continue
        for t in members:
            shaped = t.pos_ == "PROPN" or (t.text.isupper() and t.text.isalpha() and len(t.text) >= 2)  # "DTCP"
            if t.i in taken or t.i in seen or not shaped or not t.text[:1].isupper() or t.is_stop \
                    or t.ent_type_ not in ("", "ORG") or t.text in CITIES or any(ch.isdigit() for ch in t.text) \
                    or t.text.rstrip(".").lower() in ORG_SUFFIXES:  # ("FP8, FP16 and BF16", "Nvidia Corp."'s "Corp.")
                continue
            start = t.i
            while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN" \
                    and doc[start - 1].head.i == t.i and (start - 1) not in taken:
                start -= 1
            seen.add(t.i)
            name = doc[start:t.i + 1].text
            if len(name) < 2 or not re.search(r"[A-Za-z]", name):
                continue
            out.append(Candidate(start, t.i + 1, "Company", name, CONTEXT))
    return out


class NameMatcher:
    """List names (two PhraseMatchers) and name grammar (regexes): the cheap, strong sources.

    Shared by ``kg_names`` (which runs first and merges multi-word names into single tokens
    so the tagger and parser see "Claude Opus 4.5" as one proper noun) and ``kg_entities``.
    """

    def __init__(self, nlp, kb: KnowledgeBase):
        self.kb = kb
        self.vocab = nlp.vocab
        self.exact = PhraseMatcher(self.vocab, attr="ORTH")
        self.lower = PhraseMatcher(self.vocab, attr="LOWER")
        self.entry_of: Dict[int, KbEntry] = {}
        exact_docs: Dict[str, list] = defaultdict(list)
        lower_docs: Dict[str, list] = defaultdict(list)
        seen_exact, seen_lower = set(), set()
        for entry in kb:
            label = f"{entry.type}\x1f{entry.name}"
            self.entry_of[self.vocab.strings.add(label)] = entry
            for surface in entry.surfaces:
                for form in {surface, surface.replace("\u2019", "'")}:
                    if (label, form) not in seen_exact:
                        seen_exact.add((label, form))
                        exact_docs[label].append(nlp.make_doc(form))
                if _distinctive(surface) and not entry.ambiguous and (label, surface.lower()) not in seen_lower:
                    seen_lower.add((label, surface.lower()))
                    lower_docs[label].append(nlp.make_doc(surface))
        for label, docs in exact_docs.items():
            self.exact.add(label, docs)
        for label, docs in lower_docs.items():
            self.lower.add(label, docs)
        self.model_rx = model_name_regex(kb.stems, kb.variants)
        self.bench_rx = re.compile(
            r"(?<![\w\-])(?:[A-Z][\w.]*[\- ]?)?(?:[A-Z][a-z]*[A-Z]\w*|[A-Z]\w*)(?:-?(?:[Bb]ench|Eval|EVAL|QA|Arena|Comp)"
            r"(?:[\- ](?:Verified|Lite|Pro|Hard|Live|Plus|Multimodal|\d+(?:\.\d+)?))?)(?![\w\-])")
        owners: Dict[str, set] = defaultdict(set)
        for entry in kb:
            if entry.type == "AIModel" and not entry.ambiguous:
                for surface in entry.surfaces:
                    for form in model_short_forms(surface):
                        if any(ch.isdigit() for ch in form) and any(ch.isalpha() for ch in form) and len(form) >= 2:
                            owners[name_key(form)].add(entry.name)
        self.kb_short = {key: kb.get(next(iter(names))) for key, names in owners.items()
                         if len(names) == 1 and kb.lookup(key) is None}
        self.kb_short_forms: Dict[str, KbEntry] = {}
        for entry in self.kb_short.values():
            for surface in entry.surfaces:
                for form in model_short_forms(surface):
                    if self.kb_short.get(name_key(form)) is entry:
                        self.kb_short_forms.setdefault(form, entry)

    def from_kb(self, doc: Doc, ambiguous: Optional[bool] = None) -> List[Tuple[int, int, KbEntry]]:
        """(start, end, entry) for every list name; ``ambiguous`` keeps only (un)ambiguous ones."""
        out = []
        for match_id, start, end in self.exact(doc) + self.lower(doc):
            entry = self.entry_of[match_id]
            if _inside_hyphenated(doc, start, end):
                continue  # "Bloom" in "Rafael Quintero-Bloom" is part of a surname
            if ambiguous is None or entry.ambiguous == ambiguous:
                out.append((start, end, entry))
        return out

    def from_grammar(self, doc: Doc) -> List[Candidate]:
        out = []
        text = doc_text(doc)
        for rx, type_ in ((self.model_rx, "AIModel"), (self.bench_rx, "Benchmark")):
            for match in rx.finditer(text):
                start = match.start()
                first_word = match.group().split(" ", 1)[0]
                if first_word in SENTENCE_INITIAL_COMMON and " " in match.group():
                    start += len(first_word) + 1  # "On Terminal-Bench": the preposition is not part of the name
                span = doc.char_span(start, match.end(), alignment_mode="expand")
                if span is None:
                    continue
                surface = text[start:match.end()]
                entry = self.kb.lookup(surface)
                if entry is not None:
                    out.append(Candidate(span.start, span.end, entry.type, entry.name, KB, entry))
                else:
                    out.append(Candidate(span.start, span.end, type_, _canonical_surface(surface), GRAMMAR))
        return out

    def strong_candidates(self, doc: Doc) -> List[Candidate]:
        """Unambiguous list names and grammar names, overlaps settled."""
        cands = [Candidate(s, e, entry.type, entry.name, KB, entry) for s, e, entry in self.from_kb(doc, ambiguous=False)]
        return _resolve_overlaps(cands + self.from_grammar(doc))


_MATCHERS: Dict[tuple, NameMatcher] = {}


def name_matcher(nlp, kb: KnowledgeBase) -> NameMatcher:
    """One NameMatcher per vocabulary and knowledge base (building one takes about a second)."""
    key = (id(nlp.vocab), id(kb))
    if key not in _MATCHERS:
        _MATCHERS[key] = NameMatcher(nlp, kb)
    return _MATCHERS[key]


class NameMerger:
    """The ``kg_names`` component: find list and grammar names before the tagger and merge
    each multi-word one into a single proper-noun token. Results in ``doc.spans["kg_names"]``."""

    def __init__(self, nlp, name: str = "kg_names", kb: Optional[KnowledgeBase] = None):
        from .kb import default_kb

        self.name = name
        self.matcher = name_matcher(nlp, kb if kb is not None else default_kb())

    def __call__(self, doc: Doc) -> Doc:
        found = self.matcher.strong_candidates(doc)
        marks = [(doc[c.start].idx, doc[c.end - 1].idx + len(doc[c.end - 1]), c) for c in found]
        taken = {i for c in found for i in range(c.start, c.end)}
        words = [span for span in (doc.char_span(m.start(), m.end()) for m in OPEN_SOURCED_RX.finditer(doc_text(doc)))
                 if span is not None and len(span) > 1 and not any(t.i in taken for t in span)]
        with doc.retokenize() as retokenizer:
            for c in found:
                if c.end - c.start > 1:
                    retokenizer.merge(doc[c.start:c.end], attrs={"TAG": "NNP", "POS": "PROPN"})
            for span in words:  # "open-sourced" is one verb, not "open - sourced"
                retokenizer.merge(span)
        spans = []
        for start, end, c in marks:
            span = doc.char_span(start, end, label=c.type, kb_id=c.name)
            if span is not None:
                spans.append(span)
        doc.spans[NAMES_KEY] = spans
        return doc


class EntityRecognizer:
    """spaCy component; see the module docstring."""

    def __init__(self, nlp, name: str = "kg_entities", kb: Optional[KnowledgeBase] = None,
                 use_ner: bool = True, use_context: bool = True):
        from .kb import default_kb

        self.name = name
        self.vocab = nlp.vocab
        self.kb = kb if kb is not None else default_kb()
        self.use_ner = use_ner
        self.use_context = use_context
        if not Doc.has_extension("kg_entity_info"):
            Doc.set_extension("kg_entity_info", default=None)
        self.matcher = name_matcher(nlp, self.kb)
        self._kb_short = self.matcher.kb_short
        self._english = _english_words(nlp)
        # the listed people's surnames, for stories that never give the full name ("Musk said ..."): only
        # surnames one listed person has, that are no common family name and no first name
        by_surname: Dict[str, List[KbEntry]] = defaultdict(list)
        for entry in self.kb:
            if entry.type == "Person" and " " in entry.name:
                by_surname[entry.name.rsplit(" ", 1)[1]].append(entry)
        self._surnames = {name: entries[0] for name, entries in by_surname.items()
                          if len(entries) == 1 and len(name) >= 4 and name.isalpha() and name[0].isupper()
                          and name not in COMMON_SURNAMES and name not in self.kb.first_names}
        self._surname_rx = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(self._surnames))) + r")(?![\w-])") \
            if self._surnames else None
        # a family's members named by a word of their own: "Llama 4" -> Llama 4 Scout, Maverick, Behemoth
        self._members: Dict[str, List[KbEntry]] = {}
        for entry in self.kb:
            family = entry.version_of
            if entry.type == "AIModel" and family and entry.name.startswith(family + " ") and \
                    re.fullmatch(r"[A-Z][a-z]{3,}", entry.name[len(family) + 1:]) and \
                    entry.name[len(family) + 1:] not in GENERIC_TIERS:
                self._members.setdefault(family, []).append(entry)

    # -- the component -----------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        cands: List[Candidate] = []
        if NAMES_KEY in doc.spans:  # kg_names ran first and merged them
            for span in doc.spans[NAMES_KEY]:
                entry = self.kb.get(span.kb_id_)
                cands.append(Candidate(span.start, span.end, span.label_, span.kb_id_,
                                       KB if entry is not None else GRAMMAR, entry))
        else:
            cands += self.matcher.strong_candidates(doc)
        cands += self._ambiguous(doc)
        if self.use_context:
            # the noun right after the comma types the name, before a noun the parser hung further on
            # ("Brackwater, the Munich start-up designing inference chips": a company, not a chip)
            cands += self._typed_by_apposition(doc)
            cands += self._from_context(doc)
            # names a description types ("Brackenfold-300, its own set of problems") before shapes guess a model
            cands += self._benchmarks_by_description(doc)
            cands += self._from_shapes(doc, cands)
            affiliations = self._from_affiliations(doc)
            # "who covers internet platforms at Hartwell Lyons": the place of work is a firm, even when
            # its first word is a given name
            cands += [c for c in self._from_first_names(doc)
                      if not any(a.start < c.end and c.start < a.end and a.type != "Person" for a in affiliations)]
            cands += affiliations
            cands += self._after_descriptors(doc)
            cands += self._named_after_model_nouns(doc)
            cands += self._named_by_product_nouns(doc)
            indices = self._market_indices(doc)
            cands += indices
            cands += self._orgs_by_suffix(doc)
            cands += self._korean_names(doc)
            cands += self._facilities(doc)
            cands += self._persons_by_who(doc)
            cands += self._firms_by_business(doc)
            cands += self._listed_surnames(doc)
        if self.use_ner:
            cands += self._from_ner(doc)
        # "remaining performance obligation (RPO)": that abbreviation is no name anywhere in the text
        common = {doc[i].text for i in range(1, len(doc) - 1) if doc[i - 1].text == "(" and _common_acronym(doc[i:i + 1])}
        resolved = _resolve_overlaps(cands)
        # "The Data Center segment ... two customers account for half of Data Center sales": a business line's
        # name is no entity wherever it appears
        segments = {doc[c.start:c.end].text for c in resolved if c.source < KB and _segment_name(doc, c.start, c.end)}
        chosen = [c for c in resolved if (c.source >= KB or not _heading_word(doc[c.start:c.end]))
                  and not (c.source < KB and doc[c.start:c.end].text in segments) and not _no_name(doc, c.start, c.end)
                  and not (c.source < KB and c.type in ("Company", "Organization")
                           and doc[c.start:c.end].text in CITIES | FACILITY_PLACES)  # "the Oslo-based startup"
                  and not (c.source < KB and c.type in ("Company", "Organization") and EVENT_NAME_RX.search(doc[c.start:c.end].text))
                  and not (c.source < KB and c.type in ("Company", "Organization") and KIND_OF_AI_RX.match(doc[c.start:c.end].text))
                  and not (c.source < KB and (doc[c.start:c.end].text in common or _job_title(doc[c.start:c.end], c.name)))
                  and not (c.source < KB and c.type in ("Company", "Organization") and doc[c.start:c.end].text in NOT_FIRMS)]
        # "Nscale's Loughton AI Campus", "the Stargate Data Center": a place that computes is a Product, not a firm
        chosen = [Candidate(c.start, c.end, "Product", c.name, c.source, c.entry)
                  if c.source < KB and c.type in ("Company", "Organization") and FACILITY_NAME_RX.search(c.name) else c
                  for c in chosen]
        chosen = self._group(doc, chosen)
        chosen += _listed_beside_firms(doc, chosen) if self.use_context else []
        chosen = _with_legal_suffix(doc, chosen)
        chosen = _with_acronyms(doc, chosen)
        chosen = _without_common_acronyms(doc, chosen)
        chosen = _with_sizes(doc, chosen)
        chosen = self._family_members(doc, chosen)
        spans = [Span(doc, c.start, c.end, label=c.type, kb_id=c.name) for c in chosen]
        doc.spans[SPANS_KEY] = spans
        info = self._entity_info(chosen, doc)
        for c in indices:
            if c.name in info and info[c.name]["type"] == "Product":
                info[c.name]["index"] = True
        doc._.kg_entity_info = info
        return doc

    def _listed_surnames(self, doc: Doc) -> List[Candidate]:
        """"Musk said the model was ...", "Musk's xAI", in a story that never writes "Elon Musk": a listed
        person's surname alone, as a proper noun, is that person (a weak source: any other reading wins)."""
        out = []
        text = doc_text(doc)
        others: Dict[str, bool] = {}
        found = [doc.char_span(m.start(), m.end()) for m in self._surname_rx.finditer(text)] if self._surname_rx else []
        for span in found:
            if span is None or len(span) != 1:
                continue
            t = span[0]
            entry = self._surnames[t.text]
            if t.text not in others:
                # "Ravi Anand", "Ramaswamy-Hart", "Quintero-Haas": the story names someone else with that surname
                first = entry.name.rsplit(" ", 1)[0].split()[-1]
                others[t.text] = any(m.group(1) != first for m in re.finditer(
                    rf"\b([A-Z][\w'.\u2019]*)[ -]{re.escape(t.text)}\b", text)) or \
                    re.search(rf"\b{re.escape(t.text)}-[A-Z]", text) is not None
            if others[t.text]:
                continue
            if t.i > 0 and (doc[t.i - 1].text in ("&", "and") or (doc[t.i - 1].is_title and not doc[t.i - 1].is_sent_start
                                                                    and doc[t.i - 1].lower_ not in TITLES_BEFORE_SURNAME)):
                continue  # part of a firm's or another longer name ("Dunmere & Vance")
            if t.text.lower() in self._english and (t.is_sent_start or not (
                    t.i + 1 < len(doc) and (doc[t.i + 1].text in ("'s", "\u2019s") or doc[t.i + 1].lemma_ in ("say", "tell")))):
                continue  # a surname that is also a word ("Musk", "Cook") only as someone's, or saying something
            out.append(Candidate(t.i, t.i + 1, "Person", entry.name, GRAMMAR, entry))
        return out

    def _family_members(self, doc: Doc, chosen: List[Candidate]) -> List[Candidate]:
        """'the new Llama 4 suite: Scout, Maverick and Behemoth': in a story that names a family, a
        member's own word, alone, is that member ('Scout' is Llama 4 Scout), when one family named in
        the story has a member by that word and the word is no generic tier ('Pro', 'Flash')."""
        families = set()
        for c in chosen:
            entry = c.entry or self.kb.get(c.name)
            if entry is not None and entry.type == "AIModel":
                families.add(entry.name)
                if entry.version_of:
                    families.add(entry.version_of)
        if not families:
            return chosen
        members: Dict[str, set] = {}
        for family in families:
            for entry in self._members.get(family, ()):
                word = entry.name[len(family) + 1:]
                members.setdefault(word, set()).add(entry)
        members = {w: next(iter(e)) for w, e in members.items() if len(e) == 1}
        if not members:
            return chosen
        out, covered = [], set()
        for c in chosen:
            text = doc[c.start:c.end].text
            if c.end - c.start == 1 and text in members and c.source < KB and c.type in ("AIModel", "Product", "Company",
                                                                                              "Organization", "Person"):
                entry = members[text]
                c = Candidate(c.start, c.end, "AIModel", entry.name, GRAMMAR, entry)
            covered.update(range(c.start, c.end))
            out.append(c)
        for t in doc:
            if t.text not in members or t.i in covered:
                continue
            if (t.i > 0 and doc[t.i - 1].is_title and not t.is_sent_start) or \
                    (t.i + 1 < len(doc) and doc[t.i + 1].is_title and not doc[t.i + 1].is_sent_start):
                continue  # "Boy Scout", "Scout Motors": part of a longer name
            entry = members[t.text]
            out.append(Candidate(t.i, t.i + 1, "AIModel", entry.name, GRAMMAR, entry))
        return sorted(out, key=lambda c: c.start)

    def _ambiguous(self, doc: Doc) -> List[Candidate]:
        return [Candidate(start, end, entry.type, entry.name, KB, entry)
                for start, end, entry in self.matcher.from_kb(doc, ambiguous=True)
                if self._ambiguous_ok(doc, entry, start, end)]

    def _ambiguous_ok(self, doc: Doc, entry: KbEntry, start: int, end: int) -> bool:
        """An ambiguous name counts only near its maker or a noun of its type, as a capitalised
        phrase mid-sentence ("Ilya Sutskever's Safe Superintelligence"), or as a company in a
        sentence about money ("Perplexity is now valued at $20 billion")."""
        span = doc[start:end]
        if span.text[:1].islower():
            return False
        if len(span) > 1 and all(t.text[:1].isupper() for t in span if t.is_alpha) and not _starts_clause(span[0]):
            return True
        if entry.type == "Company" and COMPANY_CONTEXT_RX.search(span.sent.text) and \
                (not _starts_clause(span[0]) or span[0].dep_ in ("nsubj", "nsubjpass")):
            return True
        window = doc[max(span.sent.start, start - 4):min(span.sent.end, end + 3)]
        if any(HEAD_NOUNS.get(t.lower_) == entry.type for t in window):
            return True
        # "AMD, Arm and Broadcom each lost 3.5%": listed beside a name of the same type that is no word
        neighbours = ([doc[start - 2]] if start >= 2 and doc[start - 1].text in (",", "and", "or") else []) + \
            ([doc[end + 1]] if end + 1 < len(doc) and doc[end].text in (",", "and", "or") else [])
        for t in neighbours:
            other = self.kb.lookup(t.text)
            if other is not None and not other.ambiguous and other.type == entry.type:
                return True
        if entry.type == "Benchmark" and span.text.isupper():
            # "outperform ... in MATH (math competition word problems) and GPQA": a test named beside another test
            for t in span.sent:
                other = self.kb.lookup(t.text) if not start <= t.i < end and t.text[:1].isupper() else None
                if other is not None and not other.ambiguous and other.type == "Benchmark":
                    return True
        maker = self.kb.get(entry.maker) if entry.maker else None
        if maker is not None:
            sent = span.sent.text
            return any(s in sent for s in maker.surfaces)
        return False

    def _from_context(self, doc: Doc) -> List[Candidate]:
        out = []
        for token in doc:
            type_ = HEAD_NOUNS.get(token.lower_)
            if type_ is None or token.pos_ not in ("NOUN", "PROPN"):
                continue
            for name_token in _named_by(token, type_):
                if any(t.text == "|" for t in doc[min(token.i, name_token.i):max(token.i, name_token.i)]):
                    continue  # "| Model | Crosswind Elo |": table cells side by side, no apposition
                span = _name_chunk(name_token, exclude=token)
                # "the Korean model", "the Chinese lab": a nationality or language is never the name (the NER's
                # NORP on "its Kestrel Ultra model" is a guess, so only a lone word counts)
                places = ("GPE", "LOC", "NORP") if type_ in ("Company", "Organization", "Person", "Product") else ()
                if type_ == "Product" and span is not None and span.text in FACILITY_PLACES:
                    continue  # "the Memphis cluster": a place and a noun
                if span is None or _dateline_or_junk(span) or SIZE_ONLY.fullmatch(span.text) or \
                        (len(span) == 1 and span[0].ent_type_ in ("NORP", "LANGUAGE")) or \
                        any(t.ent_type_ in places + ("DATE", "TIME", "MONEY") for t in span):
                    continue  # "the Hangzhou lab" is a place; "Nova Lark, the ... model" is a model whatever NER says
                if type_ == "Person" and span.end == token.i and token.i + 1 < len(doc) \
                        and doc[token.i + 1].ent_type_ == "PERSON" and doc[token.i + 1].ent_iob_ == "B":
                    continue  # "Ford CEO Jim Farley": the person's name follows the title; the one before is the firm
                if token.lower_ in ROLE_LIKE_HEADS and 0 < token.i - span.end <= 3 and \
                        all(t.ent_type_ == "PERSON" for t in span) and len(span) >= 2:
                    continue  # "Marlow Vance, a developer at the firm": a person's job, not a company's kind
                if type_ in ("Company", "Organization") and len(span) == 1 and span.end == token.i and span.start > 0 \
                        and doc[span.start - 1].lower_ == "the" and not token.is_title and \
                        not re.search(r"(?<![\w-])" + re.escape(span.text) + r"(?![\w-])(?! [a-z])", doc_text(doc)):
                    continue  # "The Redmond company", "the Santa Clara chipmaker": a place that never stands alone
                if span.end == token.i and token.text == "API" and doc[token.i - 1].whitespace_:
                    span = doc[span.start:token.i + 1]  # "the Aldermoss API": a product named after its maker
                elif span.end == token.i and token.is_title and token.i > 0 and doc[token.i - 1].whitespace_ \
                        and type_ in ("Company", "Organization"):
                    span = doc[span.start:token.i + 1]  # "Adlerhorst Bank", "Mereval Institute": the noun is in the name
                    type_ = _org_type(span.text)
                name = _clean(span.text, type_)
                if name:
                    out.append(Candidate(span.start, span.end, type_, name, CONTEXT))
        out += self._benchmarks_after_scores(doc)
        out += self._makers_by_deed(doc)
        out += self._firms_before_titles(doc)
        return out

    def _firms_before_titles(self, doc: Doc) -> List[Candidate]:
        """'Ford CEO Jim Farley', 'Capgemini chief executive officer Aiman Ezzat': the name right before an
        executive's title that comes before a person's name is the person's firm."""
        out = []
        for token in doc:
            title = token.lower_
            if title not in EXECUTIVE_TITLES and not (title == "chief" and token.i + 1 < len(doc)
                                                       and doc[token.i + 1].lower_ in CHIEF_OF):
                continue
            if token.i == 0 or not (token.is_upper or token.is_lower):
                continue  # ("President" is a title of its own: "US President Donald Trump" has a country before it)
            end = token.i + 1
            while end < len(doc) and doc[end].lower_ in CHIEF_OF | {"officer"}:
                end += 1  # "chief executive officer"
            person = _name_chunk(doc[end], exclude=None) if end < len(doc) else None
            if person is None or person.start != end or not 2 <= len(person) <= 3 or not (
                    (doc[end].ent_type_ == "PERSON" and doc[end].ent_iob_ == "B") or doc[end].text in self.kb.first_names):
                continue  # (the NER may take "Stephane Bancel" for a product: a given name first says person)
            span = _name_chunk(doc[token.i - 1], exclude=token)
            if span is None or span.end != token.i or len(span) > 3 or _dateline_or_junk(span) or \
                    span[0].text in TITLE_MODIFIERS or span[0].pos_ == "ADJ" or \
                    any(t.ent_type_ in ("GPE", "LOC", "NORP", "DATE") or not t.is_title and not t.is_upper
                        for t in span) or span.text in SENTENCE_INITIAL_COMMON or \
                    (any(t.ent_type_ == "PERSON" for t in span) and (len(span) > 1 or span[0].text in self.kb.first_names)):
                continue  # (a lone word the NER took for a person, and no given name, is the firm: "Moderna CEO ...")
            entry = self.kb.lookup(span.text)
            if entry is not None and entry.type not in ("Company", "Organization"):
                continue
            name = clean_org_name(span.text)
            if _plausible_org(name) and name_key(name) not in NOT_ENTITIES:
                out.append(Candidate(span.start, span.end, entry.type if entry is not None else "Company", name, CONTEXT))
        return out

    def _lone_word(self, token: Token) -> bool:
        """One capitalised word the NER took for a person, which the text never gives with a first name or a
        surname ("Ferrowen", not "Castellvi" after "Oona Castellvi") and which is no given name or known person."""
        doc = token.doc
        if token.ent_iob_ != "B" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I") or \
                token.text in self.kb.first_names or token.pos_ not in ("PROPN", "NOUN") or \
                (_starts_clause(token) and token.text in SENTENCE_INITIAL_COMMON):
            return False
        entry = self.kb.lookup(token.text)
        if entry is not None and entry.type == "Person":
            return False
        return not any(e.label_ == "PERSON" and len(e) > 1 and token.text in (e[0].text, e[-1].text) for e in doc.ents)

    def _firms_by_business(self, doc: Doc) -> List[Candidate]:
        """'Brinscombe, which makes liquid-cooling plates for GPU racks', 'Lanyard, whose Pennant assistant is
        sold to law firms': a name in no list that makes, sells or owns what firms do is a company."""
        out = []
        for m in BUSINESS_RX.finditer(doc_text(doc)):
            span = doc.char_span(m.start("name"), m.end("name"), alignment_mode="strict")
            if span is None or span.text in SENTENCE_INITIAL_COMMON or span[0].text in self.kb.first_names or \
                    any(t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "GPE", "LOC", "NORP", "CARDINAL") for t in span):
                continue
            if any(t.ent_type_ == "PERSON" for t in span) and len(span) == 1 and not self._lone_word(span[0]):
                continue  # "Castellvi, whose ...": a person's (a given name first was ruled out above)
            entry = self.kb.lookup(span.text)
            if entry is not None and entry.type not in ("Company", "Organization"):
                continue
            name = clean_org_name(span.text)
            if _plausible_org(name) and name_key(name) not in NOT_ENTITIES:
                out.append(Candidate(span.start, span.end, _org_type(name), name, CONTEXT))
        return out

    def _lone_word_firm(self, subject: Token, deed: Token) -> bool:
        """'In June, Corvane raised $10 billion': the NER's guess of a person for one unknown word that raises
        money or buys, launches or ships something named gives way, unless the word is a given name or the
        surname of a person named in full in the text ("Priya Ramaswamy ... Ramaswamy raised $40 million")."""
        objects = [c for c in deed.children if c.dep_ == "dobj"]
        funds = (deed.lemma_ == "raise" and any(o.ent_type_ == "MONEY" or o.lower_ in ("funding", "round", "capital")
                                                for o in objects)) or \
            (deed.lemma_ in ("lead", "co-lead") and any(o.lemma_ in ROUND_WORDS for o in objects))
        ent = next((e for e in subject.doc.ents if e.start <= subject.i < e.end), None)
        if funds and ent is not None and 1 < len(ent) <= 3 and ent.end == subject.i + 1 and \
                ent[0].text not in self.kb.first_names:
            return True  # "Morrow Bay led a $210 million round": no given name, and people do not lead rounds
        if subject.pos_ != "PROPN" or not self._lone_word(subject):
            return False
        if deed.lemma_ in ("raise", "lead", "co-lead"):
            return funds
        return deed.lemma_ in ("acquire", "buy", "release", "launch", "unveil", "ship", "open-source", "debut") and \
            any(o.pos_ == "PROPN" or HEAD_NOUNS.get(o.lower_) in ("AIModel", "Product", "Company") for o in objects)

    def _makers_by_deed(self, doc: Doc) -> List[Candidate]:
        """'Harbor Nine released ...', 'Zubiri Labs raised ...': the proper-noun subject of what
        companies do in the news is a company, listed or not."""
        out = []
        for token in doc:
            if token.pos_ != "VERB" or token.lemma_ not in COMPANY_DEEDS or (token.lemma_ in ("lead", "co-lead") and not any(
                    c.dep_ == "dobj" and c.lemma_ in ROUND_WORDS for c in token.children)):
                continue  # a firm leads a round; anyone may lead a team
            if any(c.dep_ == "dobj" and (c.lemma_.lower() in PERSONAL_OBJECTS or any(
                    g.dep_ == "poss" and g.lower_ in ("her", "his") for g in c.children)) for c in token.children):
                continue  # "Ksenia Tenbrook raised her price target": an analyst, not a firm raising money
            for child in token.children:
                if child.dep_ != "nsubj" or child.ent_type_ in ("GPE", "LOC", "NORP", "DATE") or \
                        (child.ent_type_ == "PERSON" and not self._lone_word_firm(child, token)):
                    continue
                span = _name_chunk(child, exclude=None)
                if span is None or span.end != child.i + 1 or _dateline_or_junk(span) or len(span) > 4:
                    continue
                name = clean_org_name(span.text)
                if _plausible_org(name) and not any(t.pos_ not in ("PROPN", "NUM") and not t.text[:1].isupper() for t in span):
                    out.append(Candidate(span.start, span.end, "Company", name, NER))
        # "Merrivane shares fell 7.8%", "Pennock stock rose": a name before shares that move is a listed firm's
        for token in doc:
            if token.lower_ not in ("shares", "stock") or token.i == 0 or token.i + 1 >= len(doc) or \
                    not INDEX_MOVE_RX.match(" ".join(t.lower_ for t in doc[token.i + 1:token.i + 4])) and \
                    not any(INDEX_MOVE_RX.fullmatch(t.lower_) for t in doc[token.i + 1:token.i + 3]):
                continue
            span = _name_chunk(doc[token.i - 1], exclude=token)
            opener = doc[token.i - 1]
            if span is None and self._english and opener.is_sent_start and opener.is_title and opener.is_alpha and \
                    opener.lower_ not in self._english:
                # "Merrivane shares fell 7.8%" opening a sentence, the name read as a common noun: a word that is
                # no English word is the firm's name
                span = doc[opener.i:token.i]
            if span is None or span.end != token.i or len(span) > 3 or _dateline_or_junk(span) or \
                    any(t.lower_ in SECTOR_WORDS for t in span) or \
                    any(t.ent_type_ in ("NORP", "DATE", "GPE", "LOC", "CARDINAL", "MONEY", "PERCENT") or
                        t.text in self.kb.first_names for t in span) or \
                    (any(t.ent_type_ == "PERSON" for t in span) and not (len(span) == 1 and self._lone_word(span[0]))):
                continue
            name = clean_org_name(span.text)
            if _plausible_org(name) and name not in SENTENCE_INITIAL_COMMON and name_key(name) not in NOT_ENTITIES:
                out.append(Candidate(span.start, span.end, "Company", name, NER))
        # "Brinscombe climbed 6.7%": the same word, itself the subject of a move by a per cent
        for token in doc:
            if not (self._english and token.is_sent_start and token.is_title and token.is_alpha and token.dep_ == "nsubj"
                    and token.lower_ not in self._english and token.lemma_.lower() not in self._english
                    and token.text not in self.kb.first_names and token.ent_type_ not in ("NORP", "GPE", "LOC", "DATE")
                    and token.head.pos_ == "VERB" and INDEX_MOVE_RX.fullmatch(token.head.lower_)
                    and any(c.text == "%" or c.lower_ in ("percent", "pct") for c in token.head.children)):
                continue
            name = clean_org_name(token.text)
            if _plausible_org(name) and name not in SENTENCE_INITIAL_COMMON and name_key(name) not in NOT_ENTITIES:
                out.append(Candidate(token.i, token.i + 1, "Company", name, NER))
        # "Veltrane's flagship model", "Quorvane's shares": what a firm owns names the firm
        text = doc_text(doc)
        for token in doc:
            if token.text not in ("'s", "\u2019s") or token.i == 0 or token.i + 1 >= len(doc):
                continue
            owned = doc[token.i + 1:min(len(doc), token.i + 4)]
            model_after = NEW_MODEL_RX.match(text, doc[token.i + 1].idx) is not None  # "Halcyra's Lumen 2 Pro"
            if not (model_after or any(t.lower_ in OWNED_BY_FIRMS | FIRM_ROLES for t in owned)) or \
                    (doc[token.i + 1].pos_ == "VERB" and doc[token.i + 1].dep_ != "amod"):  # not "annualised revenue"
                continue
            span = _name_chunk(doc[token.i - 1], exclude=None)
            # the NER's guess of a place gives way only to what places never own ("Veltrane's flagship model")
            places = ("GPE", "LOC") if not any(t.lower_ in ("flagship", "shares", "stock", "valuation", "chatbot")
                                               for t in owned) else ()
            firm_only = any(t.lower_ in OWNED_BY_FIRMS | FIRM_ROLES for t in owned)
            lone = span is not None and len(span) == 1 and firm_only and self._lone_word(span[0])  # "Ferrowen's revenue"
            if span is None or span.end != token.i or len(span) > 3 or _dateline_or_junk(span) or \
                    any(t.ent_type_ in (() if lone else ("PERSON",)) + ("NORP", "DATE") + places or
                        t.text in self.kb.first_names for t in span):
                continue
            name = clean_org_name(span.text)
            if _plausible_org(name) and name not in SENTENCE_INITIAL_COMMON:
                out.append(Candidate(span.start, span.end, "Company", name, NER))
        return out

    def _from_shapes(self, doc: Doc, known: List[Candidate]) -> List[Candidate]:
        """New model names by their shape and company: a capitalised name with a version
        ("Tessel-2", "Mercury 2", "Nova Lark 1.5") in a sentence about models (one that says
        so, or names a known model or benchmark)."""
        about_models = {doc[c.start].sent.start for c in known if c.type in ("AIModel", "Benchmark")}
        # "MareNostrum 5, the supercomputer ...": a name its own sentence calls something else is no model
        typed = {(c.start, c.end) for c in known if c.type != "AIModel" and c.source == CONTEXT}
        out = [c for c in self._model_shapes(doc, about_models) if (c.start, c.end) not in typed]
        # "The top three read: Sable-7 (86.2%), Lumen 2 Pro (83.1%) ...": a sentence that names a
        # model found elsewhere is about models too
        surfaces = {doc[c.start:c.end].text for c in out}
        # ("Velmora-2 Max, the new flagship, ...", after "its Velmora-2 line": a variant of a name found)
        # ("Ilvermark expects to train Ondrel-3", after "the Ondrel-2 Max model": another version of a model's stem)
        stems = {m.group("word") for c in known if c.type == "AIModel"
                 for m in [NEW_MODEL_RX.match(doc[c.start:c.end].text)] if m is not None}
        more = {m.start() for m in NEW_MODEL_RX.finditer(doc_text(doc))
                if m.group() in surfaces or any(m.group().startswith(s + " ") for s in surfaces)
                or m.group("word") in stems}
        extra = {span.sent.start for i in more for span in [doc.char_span(i, i + 1, alignment_mode="expand")]
                 if span is not None} - about_models
        if extra:
            out = [c for c in self._model_shapes(doc, about_models | extra) if (c.start, c.end) not in typed]
        return out

    @staticmethod
    def _one_phrase(doc: Doc, end: int, extra: re.Match) -> bool:
        """The parser reads the version and the capitalised word after it as one name ("Velmora-2
        Swift went on sale"): the word is a proper noun the version token modifies."""
        before = doc.char_span(end - 1, end, alignment_mode="expand")
        word = doc.char_span(extra.start(1), extra.end(1), alignment_mode="expand")
        if before is None or word is None or len(word) != 1 or not doc.has_annotation("DEP"):
            return False
        return word[0].pos_ == "PROPN" and before[-1].head == word[0] and before[-1].dep_ in ("compound", "nummod", "nmod")

    def _model_shapes(self, doc: Doc, about_models: set) -> List[Candidate]:
        out = []
        text = doc_text(doc)
        # versions of one stem ("Veyra 2 ... up from 58.2 for Veyra 1"): the NER's LAW or EVENT on one of them is a guess
        versions: Dict[str, set] = {}

        def word_of(match) -> Tuple[str, int]:
            """The name's word and where it starts, without a clause's first word the pattern took in ("When
            Dalbit-1 came out", "After Veyra 2 shipped")."""
            word = match.group("word")
            first, _, rest = word.partition(" ")
            if rest and (first in SENTENCE_INITIAL_COMMON or first.lower() in CLAUSE_OPENERS):
                return rest, match.start() + len(first) + 1
            return word, match.start()

        for match in NEW_MODEL_RX.finditer(text):
            word, start = word_of(match)
            versions.setdefault(word, set()).add(text[start:match.end()])
        for match in NEW_MODEL_RX.finditer(text):
            word, start = word_of(match)
            words = word.split()
            end = match.end()
            extra = OWN_VARIANT_RX.match(text, end)
            if extra is not None and extra.group(1) not in NOT_MODEL_PREFIXES and extra.group(1) not in SENTENCE_INITIAL_COMMON \
                    and (re.search(r"(?<![\w\-])(?<![\d.] )" + extra.group(1) + r"\b", text[:start] + " " + text[extra.end():])
                         or self._one_phrase(doc, end, extra)):
                end = extra.end()  # "Ostrel-2 Swift ... while Swift manages 71.5%": a variant word that also stands alone
            surface = text[start:end]
            if any(w in NOT_MODEL_PREFIXES for w in words) or not _plausible_org(_canonical_surface(surface)):
                continue
            if re.match(r"\s*(?:points?|percentage points?|percent|per cent|pp|billion|million|times)\b|%", text[end:end + 20]):
                continue  # "That leaves Max 3.1 points behind": a margin after a short name, not a model "Max 3.1"
            version = text[start + len(word):end].strip()
            if re.fullmatch(r"\d{2,}\.\d+", version) and float(version) >= 20:
                continue  # "LiveBench: Maintains 79.3, ahead of Claude": a score after a word, no version is that high
            span = doc.char_span(start, end, alignment_mode="expand")
            # "Quill-9B" is no date, whatever the NER says; "Section 2" may be
            # ... nor are two versions of one name ("Yaoguang-2 ... ahead of Yaoguang-1") a place or a law
            dated = ("TIME", "MONEY", "PERCENT") + (() if len(versions.get(word, ())) > 1 else ("LAW", "EVENT", "GPE")) \
                + (() if SIZED_NAME.search(surface) else ("DATE",))
            if span is not None and "DATE" in dated and span[-1].ent_type_ == "DATE" and span[-1].like_num and \
                    not any(t.ent_type_ == "DATE" for t in span[:-1]) and \
                    re.match(r"\s+(?:last|this|next|earlier|later)\s+(?:week|month|year|quarter)\b", text[end:end + 30]):
                dated = tuple(d for d in dated if d != "DATE")  # "released Halvard 9 last week": the NER's "9 last week"
            if span is None or any(t.ent_type_ in dated for t in span):
                continue
            sent = span.sent
            if sent.start not in about_models and not MODEL_CONTEXT_RX.search(sent.text) and len(versions.get(word, ())) < 2:
                continue  # (a name with another version in the story is a model wherever it stands: "When Dalbit-1 came out")
            # "Section 2 of ..." at a clause start is no model; "Lumen 2 Pro, the flagship model" is (a
            # variant word after the version), and so is a name the article repeats elsewhere
            variant = len(surface.split()) > len(words) + 1 or re.search(r"\d[\w.]*[ \-][A-Za-z]+$", surface) is not None
            if _starts_clause(span[0]) and span[0].pos_ != "PROPN" and not any(c.isupper() for c in span[0].text[1:]) \
                    and not variant and text.count(surface) < 2:
                continue
            # "Samsung Gauss 2", "Rakuten AI 2.0": a maker's name that leads a versioned name is part of it, so the
            # longer name wins over the listed company
            first = self.kb.lookup(words[0])
            led = first is not None and first.type == "Company" and len(words) > 1
            rest = surface[len(words[0]) + 1:] if led else ""
            if led and (self.kb.lookup(rest) is not None or stem_of(rest, self.kb.stems) is not None):
                continue  # "Google Gemini 2.5 Pro", "Alibaba Qwen3-Max": the maker before a name of its own line
            out.append(Candidate(span.start, span.end, "AIModel", _canonical_surface(surface), GRAMMAR if led else CONTEXT))
        return out

    def _from_first_names(self, doc: Doc) -> List[Candidate]:
        """A given name followed by one or two capitalised words is a person ("Beatriz Olawale-Strand")."""
        out = []
        names = self.kb.first_names
        for token in doc:
            if token.text not in names:
                continue
            wrong_ner = token.ent_type_ in ("ORG", "GPE", "PRODUCT", "WORK_OF_ART", "LAW")
            if wrong_ner and not (token.ent_iob_ == "B" and _person_shaped_ent(token)):
                continue
            end = token.i + 1
            taken = 0
            while end < len(doc) and taken < 3:
                nxt = doc[end]
                if nxt.text == "-" and not nxt.whitespace_ and end + 1 < len(doc) and doc[end + 1].is_title:
                    end += 2
                    continue
                if (nxt.is_title or re.fullmatch(r"(?:Mc|Mac|O')[A-Z]\w+|[A-Z]\.", nxt.text)) and not nxt.is_stop \
                        and nxt.text not in SENTENCE_INITIAL_COMMON and (nxt.ent_type_ not in ("GPE", "DATE")
                                                                         or (wrong_ner and nxt.ent_iob_ == "I")):
                    end += 1
                    taken += 1
                    continue
                break
            if taken == 0 and not (end > token.i + 1):
                continue
            span = doc[token.i:end]
            name = clean_person_name(span.text)
            if _plausible_person(name) and len(name.split()) >= 2:
                out.append(Candidate(span.start, span.end, "Person", name, CONTEXT))
        return out

    def _after_descriptors(self, doc: Doc) -> List[Candidate]:
        """'the Milan start-up Vostra AI', 'the research firm Quillon Data', 'the boutique bank
        Lindqvist Harrow': a capitalised name right after a company noun that follows a determiner."""
        out = []
        # "the research group Epochal Watch": the NER's person gives way unless it starts with a given name
        named = {t.i for e in doc.ents if e.label_ == "PERSON" and e[0].text in self.kb.first_names for t in e}
        for token in doc:
            noun = token.lower_
            if noun == "up" and token.i >= 2 and doc[token.i - 1].text == "-" and doc[token.i - 2].lower_ == "start":
                noun = "start-up"
            if noun not in DESCRIPTOR_NOUNS or token.i + 1 >= len(doc):
                continue
            window = [t.lower_ for t in doc[max(token.sent.start, token.i - 5):token.i]]
            if not any(w in ("the", "a", "an", "its", "their", "rival", "fellow", "existing") for w in window) and \
                    not _after_preposition(doc, token.i - 2 if noun == "start-up" and token.lower_ == "up" else token.i):
                continue
            end = token.i + 1
            while end < len(doc) and end - token.i <= 4 and (doc[end].is_title or (doc[end].is_upper and len(doc[end]) > 1)
                                                             or doc[end].text == "&") \
                    and not doc[end].is_stop and doc[end].ent_type_ not in ("DATE", "TIME") and end not in named:
                end += 1
            if end == token.i + 1 or doc[token.i + 1].text in SENTENCE_INITIAL_COMMON:
                continue
            name = clean_org_name(doc[token.i + 1:end].text)
            type_ = "Organization" if noun in ("group", "lab") and token.i > 0 and \
                NONPROFIT_WORDS_RX.fullmatch(doc[token.i - 1].lower_) else _org_type(name)  # "the research group X"
            if _plausible_org(name) and not self.kb.lookup(name):
                out.append(Candidate(token.i + 1, end, type_, name, CONTEXT))
        return out

    def _named_after_model_nouns(self, doc: Doc) -> List[Candidate]:
        """'has unveiled its generative artificial intelligence model, Samsung Gauss,', 'a new personalized AI
        system called "Apple Intelligence"', 'a chatbot named Le Chat': the name a model or product noun
        introduces after a comma or 'called'/'named'/'dubbed'."""
        out = []
        for token in doc:
            noun = token.lower_
            if noun not in MODEL_NOUNS or token.pos_ != "NOUN" or token.i + 2 >= len(doc):
                continue
            window = [t.lower_ for t in doc[max(token.sent.start, token.i - 6):token.i]]
            if not any(w in ("its", "their", "a", "an", "the", "new", "latest", "own") for w in window):
                continue
            k = token.i + 1
            if doc[k].text == ",":
                k += 1
            elif doc[k].lower_ in ("called", "named", "dubbed", "branded"):
                k += 1
            else:
                continue
            while k < len(doc) and doc[k].text in ('"', "\u201c", "'", "\u2018"):
                k += 1
            end = k
            while end < len(doc) and end - k < 6 and (doc[end].is_title or doc[end].is_upper or doc[end].like_num
                                                      or (any(ch.isdigit() for ch in doc[end].text) and doc[end].text[:1].isalnum())
                                                      or (doc[end].text == "-" and not doc[end - 1].whitespace_ and end + 1 < len(doc)
                                                          and doc[end + 1].text[:1].isalnum())) \
                    and not (doc[end].is_stop and end > k) and doc[end].text != ",":
                end += 1  # ("A smaller sibling model, Orsk-Coder 9B, ...": the hyphen joins the name)
            if end == k or not doc[k].text[:1].isupper() or doc[k].text in SENTENCE_INITIAL_COMMON or doc[k].is_stop \
                    or doc[k].ent_type_ in ("DATE", "TIME", "GPE", "NORP", "PERSON"):
                continue
            name = doc[k:end].text
            if self.kb.lookup(name) or not _plausible_org(name) or len(name) < 3:
                continue
            type_ = "AIModel" if noun in ("model", "llm") else "Product"
            out.append(Candidate(k, end, type_, name, GRAMMAR))
        return out

    def _named_by_product_nouns(self, doc: Doc) -> List[Candidate]:
        """A product named by what it is: 'the company's Ferrox accelerators', 'its Ardentis A7 accelerator
        cards', 'the company's Marlet picking robot', 'a wheeled robot called Parcelwright', 'Tarrow, an
        agent that takes tickets', 'Tallyhall, its accounts-payable software'. New names of chips, apps and
        robots are the normal case, so the noun, not a list, says Product."""
        out = []
        text = doc_text(doc)
        for m in PRODUCT_BEFORE_NOUN_RX.finditer(text):
            out += self._product_name(doc, m.start("name"), m.end("name"))
        for m in PRODUCT_CALLED_RX.finditer(text):
            out += self._product_name(doc, m.start("name"), m.end("name"))
        for m in PRODUCT_APPOS_RX.finditer(text):
            out += self._product_name(doc, m.start("name"), m.end("name"))
        return out

    def _product_name(self, doc: Doc, start: int, end: int) -> List[Candidate]:
        span = doc.char_span(start, end, alignment_mode="contract")
        if span is None or not len(span):
            return []
        name = span.text
        words = name.split()
        if self.kb.lookup(name) or not _plausible_org(name) or len(name) < 3 or words[0] in SENTENCE_INITIAL_COMMON \
                or any(w.upper() in GENERIC_PRODUCT_WORDS for w in words) \
                or words[0].lower() in CALENDAR_WORDS or re.search(r"-[a-z]{3,}$", words[0]) \
                or name in CITIES or name in FACILITY_PLACES or words[0] in CITIES or words[0] in FACILITY_PLACES \
                or any(t.ent_type_ in ("NORP", "PERSON", "MONEY", "PERCENT") or t.like_num and len(words) == 1 for t in span) \
                or any(t.ent_type_ in ("GPE", "LOC") for t in span) and name in self.kb.first_names:
            return []  # (the small NER's GPE or DATE on a new product's name is a guess the noun overrules)
        return [Candidate(span.start, span.end, "Product", name, GRAMMAR)]

    def _from_affiliations(self, doc: Doc) -> List[Candidate]:
        """'an analyst at Dunmore Kemp', 'who covers chipmakers at Ostrander Bell', 'a columnist
        for The Compute Report': the name after the preposition is an organisation."""
        out = []
        text = doc_text(doc)
        last = doc[-1].idx + len(doc[-1]) if len(doc) else 0
        matches = [(m, True) for m in AFFILIATION_RX.finditer(text)]
        # "said Tomasz Wierzbicki of Larchmont Securities": after a two-word name, only a name
        # whose last word says firm
        matches += [(m, False) for m in PERSON_OF_RX.finditer(text)]
        for m, by_role in matches:
            if m.end() >= last:
                continue
            span = doc.char_span(m.end(), min(last, m.end() + 60), alignment_mode="expand")
            if span is None or not len(span):
                continue
            first = span[0]
            if first.lower_ == "the" and len(span) > 1 and span[1].is_title:
                first = span[1]
            chunk = _name_chunk(first, exclude=None) if first.is_title or first.is_upper else None
            if chunk is None or chunk.start > span.start + 1 or any(t.ent_type_ in ("GPE", "LOC", "DATE", "NORP") for t in chunk):
                continue
            end = chunk.end
            while end < len(doc) and doc[end].text in ("&", "and") and end + 1 < len(doc) and doc[end + 1].is_title \
                    and doc[end].text == "&":
                end += 2
                while end < len(doc) and doc[end].is_title and not doc[end].is_stop and end - chunk.end < 5 \
                        and doc[end].ent_type_ not in ("GPE", "DATE", "PERSON"):
                    end += 1  # "Tallis & Brook Research"
            # "Ezekiel Brandt-Oyelowo at Brandywine Hollis, who had predicted ...": a person is "at" a firm of two
            # or more capitalised words (a place would be "in"; "of" and "from" stay with the firm-shaped names)
            at_firm = re.search(r"\bat\s+$", m.group()) is not None and end - chunk.start >= 2 and \
                all(t.is_title or t.text == "&" for t in doc[chunk.start:end])
            if not by_role and not at_firm and not _org_shaped(clean_org_name(doc[chunk.start:end].text)) and \
                    (not BROKER_WORDS_RX.search(doc[chunk.start].sent.text) or doc[chunk.start:end].text in FACILITY_PLACES):
                continue  # ... or, in a sentence about a rating or a target, the broker the analyst works for
            if not by_role:  # "Ksenia Tenbrook of Gorsemoor Securities": the name before a firm is a person's
                person = doc.char_span(m.start(), m.start() + len(re.match(r"\S+\s+[^\s,]+", m.group()).group()))
                if person is not None and all(w[:1].isupper() for w in person.text.split()) and \
                        not any(t.ent_type_ in ("GPE", "LOC", "NORP") or t.lower_ in ORG_SUFFIXES for t in person) \
                        and person[0].text not in SENTENCE_INITIAL_COMMON and _plausible_person(person.text):
                    out.append(Candidate(person.start, person.end, "Person", clean_person_name(person.text), NER))
            start = span.start if by_role and doc[span.start].lower_ == "the" and m.group("role") in ("columnist", "editor", "writer",
                                                                                                 "reporter", "correspondent") else chunk.start
            text = doc[chunk.start:end].text
            name = clean_org_name(text)
            if start != chunk.start:
                name = doc[start:end].text
            if _plausible_org(name):
                out.append(Candidate(start, end, _org_type(name), name, CONTEXT))
        return out

    def _benchmarks_by_description(self, doc: Doc) -> List[Candidate]:
        """'On GraspSuite, a manipulation benchmark run by ...', 'LedgerMath, a set of accounting
        problems', 'the Cinderbox benchmark', and 'On TideQA, Quillon-3 scores 71.2%': tests named
        the way news introduces them."""
        out = []
        text = doc_text(doc)
        for m in BENCHMARK_DESCRIBED_RX.finditer(text):
            group = next(g for g in ("name", "name2", "name3", "name4") if m.group(g))
            span = doc.char_span(m.start(group), m.end(group), alignment_mode="expand")
            # a description outweighs the NER's guess ("LedgerMath, a set of ... problems": PERSON)
            described = group != "name3" or BENCH_DESCRIPTION_RX.match(text, m.end(group)) is not None
            if span is None or any(t.ent_type_ in (NOT_BENCHMARK_ENTS - {"PERSON", "GPE", "LOC", "NORP", "FAC"} if described
                                                     else NOT_BENCHMARK_ENTS)
                                   for t in span):
                continue
            name = _canonical_surface(span.text)
            if name_key(name) in NOT_ENTITIES or name in SENTENCE_INITIAL_COMMON or not _plausible_org(name):
                continue
            if m.group("on") and not (re.search(r"\d(?:%| per ?cent| percent)|\d\.\d", span.sent.text)
                                      and not re.search(r"\b(?:shares|stock|index|revenue|sales)\b", span.sent.text)):
                continue  # "On Nasdaq, ...": only a sentence with a score makes "On X," a test
            out.append(Candidate(span.start, span.end, "Benchmark", name, CONTEXT))
        for m in SCORE_ON_NAME_RX.finditer(text):
            span = doc.char_span(m.start("sname"), m.end("sname"), alignment_mode="expand")
            if span is None or any(t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "PERSON") for t in span):
                continue
            sent = span.sent.text
            name = _canonical_surface(span.text)
            if not SCORE_CUE_RX.search(sent) or MARKET_CUE_RX.search(sent) or name in SENTENCE_INITIAL_COMMON \
                    or name.lower() in CALENDAR_WORDS or name_key(name) in NOT_ENTITIES or not _plausible_org(name) \
                    or (self.kb.lookup(name) is not None and self.kb.lookup(name).type != "Benchmark") \
                    or name in CITIES or name in FACILITY_PLACES:
                continue
            out.append(Candidate(span.start, span.end, "Benchmark", name, CONTEXT))
        return out

    def _typed_by_apposition(self, doc: Doc) -> List[Candidate]:
        """'MareNostrum 5, the supercomputer operated by ...', 'Kelderwick University, a public
        research university': the noun that closes an apposition types the name before it, however
        the parser attached the apposition."""
        out = []
        for m in APPOSITION_RX.finditer(doc_text(doc)):
            type_ = APPOSITION_TYPES.get(m.group("head").lower())
            span = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
            if type_ is None or span is None or any(t.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "GPE", "LOC", "NORP")
                                                    for t in span):
                continue
            name = clean_org_name(span.text) if type_ in ("Company", "Organization") else _canonical_surface(span.text)
            if m.group("head").lower() in ("lab", "group") and (
                    _org_type(name) == "Organization" or NONPROFIT_WORDS_RX.search(m.group(0)[m.end("name") - m.start():])):
                type_ = "Organization"  # "a nonprofit evaluation lab", "an independent testing group", "a university group"
            if not _plausible_org(name) or name in SENTENCE_INITIAL_COMMON or name_key(name) in NOT_ENTITIES \
                    or span[0].text in self.kb.first_names:
                continue
            if m.group("head").lower() in ROLE_LIKE_HEADS and any(t.ent_type_ == "PERSON" for t in span):
                continue  # "Marlow Vance, a developer at the firm": a person's job
            out.append(Candidate(span.start, span.end, type_, name, CONTEXT))
        return out

    def _facilities(self, doc: Doc) -> List[Candidate]:
        """'its Gorsebrook campus', 'Meta's first gigawatt-scale cluster, Prometheus,': a named data
        centre or cluster is a Product (never when the name is a place: 'its Texas campus')."""
        out = []
        text = doc_text(doc)
        for m in FACILITY_RX.finditer(text):
            start, end = m.span("before") if m.group("before") else m.span("after")
            span = doc.char_span(start, end, alignment_mode="strict")
            if span is None or any(t.ent_type_ in ("GPE", "LOC", "NORP", "DATE", "FAC", "PERSON") for t in span) \
                    or span.text in SENTENCE_INITIAL_COMMON or span[0].text in self.kb.first_names \
                    or self.kb.lookup(span.text) is not None or span.text in FACILITY_PLACES \
                    or re.search(r"\b(?:in|near|outside|around) " + re.escape(span.text) + r"\b", text) \
                    or any(p.group(1) in FACILITY_PLACES
                           for p in re.finditer(r"\b" + re.escape(span.text) + r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?)", text)):
                continue  # "the Abilene campus ... in Abilene, Texas": a place
            out.append(Candidate(span.start, span.end, "Product", _canonical_surface(span.text), CONTEXT))
        return out

    def _persons_by_who(self, doc: Doc) -> List[Candidate]:
        """'Faustine Rautenbach, who tracks data-centre construction at ...': a two- or three-word name
        that a 'who' clause describes is a person's (firms take 'which')."""
        out = []
        for m in WHO_RX.finditer(doc_text(doc)):
            span = doc.char_span(m.start("name"), m.end("name"), alignment_mode="strict")
            name = m.group("name")
            if span is None or not _plausible_person(name) or _org_shaped(name) or self.kb.lookup(name) is not None \
                    or span[0].text in SENTENCE_INITIAL_COMMON or any(t.ent_type_ in ("GPE", "LOC", "NORP") for t in span):
                continue
            out.append(Candidate(span.start, span.end, "Person", clean_person_name(name), CONTEXT))
        return out

    def _korean_names(self, doc: Doc) -> List[Candidate]:
        """'Kang Min-seo', 'Yoon Seo-yeon': a family name, then a hyphenated given name."""
        out = []
        for m in KOREAN_NAME_RX.finditer(doc_text(doc)):
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None or m.group("tail") in NOT_NAME_TAILS or any(t.ent_type_ in ("GPE", "LOC", "ORG", "DATE")
                                                                         for t in span):
                continue
            out.append(Candidate(span.start, span.end, "Person", m.group(), CONTEXT))
        return out

    def _orgs_by_suffix(self, doc: Doc) -> List[Candidate]:
        """'Veradyn Infrastructure said on Wednesday ...': one or two capitalised words the
        statistical NER left untagged, then a word that says firm."""
        out = []
        lowercase_words = {t.lower_ for t in doc if t.is_lower}
        for token in doc:
            if token.text == "AI" and token.i > token.sent.start and self._firm_named_ai(doc, token, lowercase_words):
                # "the chief financial officer of Thistlecombe AI told me": a new name, then "AI", is a firm
                out.append(Candidate(token.i - 1, token.i + 1, "Company", doc[token.i - 1:token.i + 1].text, CONTEXT))
                continue
            if token.i == 0 or not token.is_title or token.lower_ not in ORG_SUFFIXES or token.lower_ in ("ai", "inc", "co"):
                continue
            if token.lower_ in ("ventures", "capital", "investments"):
                # "AMD Ventures", "Qualcomm Ventures": a known company's investment arm, a firm of its own
                for k in (1, 2):
                    parent = self.kb.lookup(doc[token.i - k:token.i].text) if token.i - k >= token.sent.start else None
                    whole = doc[token.i - k:token.i + 1].text
                    if parent is not None and parent.type == "Company" and not self.kb.lookup(whole) \
                            and not (token.i + 1 < len(doc) and doc[token.i + 1].is_title):
                        out.append(Candidate(token.i - k, token.i + 1, "Company", whole, GRAMMAR))
                        break
            start = token.i
            while start - 1 >= token.sent.start and token.i - (start - 1) <= 2 and doc[start - 1].is_title \
                    and not doc[start - 1].is_stop and doc[start - 1].text not in SENTENCE_INITIAL_COMMON \
                    and doc[start - 1].lower_ not in lowercase_words and doc[start - 1].lower_ not in ORG_SUFFIXES \
                    and doc[start - 1].ent_type_ not in ("GPE", "LOC", "NORP", "DATE", "PERSON", "FAC"):
                start -= 1
            if start == token.i or (start > token.sent.start and (doc[start - 1].is_title or doc[start - 1].text == "&")):
                continue  # a longer name is someone else's business
            end = token.i + 1
            while end < token.sent.end and (doc[end].is_title and doc[end].lower_ in ORG_SUFFIXES or doc[end].text == "&"):
                end += 1  # "Quarrystone Equity Research"
            if doc[end - 1].text == "&" or (end < len(doc) and doc[end].is_title and not doc[end].is_sent_start):
                continue
            name = doc[start:end].text
            if _plausible_org(name) and not self.kb.lookup(name):
                out.append(Candidate(start, end, _org_type(name), name, CONTEXT))
        return out

    def _firm_named_ai(self, doc: Doc, token: Token, lowercase_words: set) -> bool:
        """'Thistlecombe AI', 'Brisk AI': one capitalised word of no list, not a common word, then 'AI'."""
        word = doc[token.i - 1]
        if not (word.is_title and word.is_alpha and len(word) > 3) or word.is_stop or word.text in SENTENCE_INITIAL_COMMON \
                or word.lower_ in lowercase_words or word.text in AI_MODIFIERS or self.kb.lookup(word.text) is not None \
                or self.kb.lookup(word.text + " AI") is not None or word.ent_type_ in ("NORP", "DATE") \
                or (word.ent_type_ in ("GPE", "LOC") and not (token.ent_iob_ == "I" and token.ent_type_ == word.ent_type_)) \
                or word.text in self.kb.first_names or word.text in CITIES or word.text in FACILITY_PLACES:
            return False
        if token.i - 2 >= token.sent.start and doc[token.i - 2].is_title and not doc[token.i - 2].is_sent_start:
            return False  # "Harlow Vale AI": a longer name, someone else's business
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (word.pos_ == "ADJ" and (word.is_sent_start or (after is not None and after.is_lower and after.pos_ == "NOUN"))) \
                or (word.is_sent_start and word.tag_ in ("VBG", "VB", "RB")):
            return False  # "Widespread AI adoption could ...", "Letting AI generate ...": no name opens the sentence
        return after is None or not (after.is_title and after.lower_ not in ("said", "says"))

    def _market_indices(self, doc: Doc) -> List[Candidate]:
        """Stock indices in no list, in a sentence about market moves: "the SKX Technology index
        rose 1.8%", "the Halcyon Tech 40 closed 1.2% higher". Products, as in our annotation."""
        out = []
        for token in doc:
            named_index = token.lower_ == "index" or token.text in ("ETF", "ETFs")
            numbered = token.like_num and re.fullmatch(r"\d{2,4}", token.text) is not None and int(token.text) >= 20 \
                and int(token.text) % 5 == 0 and token.i + 1 < len(doc) \
                and (doc[token.i + 1].lemma_.lower() in INDEX_MOVES or doc[token.i + 1].lower_ == "index")
            if not (named_index or numbered) or token.i == 0:
                continue
            sent = token.sent
            if not INDEX_MOVE_RX.search(sent.text):
                continue
            start = token.i
            if named_index and doc[start - 1].like_num and re.fullmatch(r"\d{2,4}", doc[start - 1].text):
                start -= 1  # "the Meridian AI 25 index"
            fund = token.text in ("ETF", "ETFs")
            while start - 1 >= sent.start and (doc[start - 1].is_title or (doc[start - 1].is_upper and len(doc[start - 1]) > 1)
                                               or doc[start - 1].text == "&" or (fund and doc[start - 1].lower_ == "and"
                                                                                 and start - 2 >= sent.start and doc[start - 2].text[:1].isupper())
                                               or (fund and re.match(r"[A-Za-z][a-z]*[A-Z]", doc[start - 1].text) is not None)) \
                    and (doc[start - 1].text not in SENTENCE_INITIAL_COMMON or (fund and start - 1 > sent.start)) \
                    and doc[start - 1].ent_type_ not in ("DATE", "TIME"):
                start -= 1  # ("the Invesco AI and Next Gen Software ETF": a fund's name may join two words with "and")
            if start == token.i or (doc[start].like_num and start + 1 == token.i):
                continue
            if doc[start].text == "&" or not any(t.is_alpha and (t.is_title or t.is_upper) for t in doc[start:token.i]):
                continue
            words = doc[start:token.i].text
            if name_key(words) in NOT_ENTITIES or name_key(words + " Index") in NOT_ENTITIES:
                continue
            end = token.i + 1
            if numbered:
                name = doc[start:end].text  # "Halcyon Tech 40"
                if end < len(doc) and doc[end].lower_ == "index":
                    end += 1
            elif fund:
                name = doc[start:end].text
            else:
                name = words if token.text == "index" else f"{words} Index"
            # a capitalised "Index" or "ETF" closes a proper name, longer than the listed firm it starts with
            # ("the Morningstar US Market Index"); a fund is an Organization, an index a Product
            first = self.kb.lookup(doc[start].text)
            led = first is not None and first.type == "Company" and end - start > 2
            out.append(Candidate(start, end, "Organization" if fund else "Product", name,
                                 GRAMMAR if token.text in ("Index", "ETF", "ETFs") and led else CONTEXT))
        return out

    def _benchmarks_after_scores(self, doc: Doc) -> List[Candidate]:
        """'scored 71.2% on FooQA' -> FooQA is a benchmark."""
        out = []
        for token in doc:
            if token.lower_ != "on" or token.i == 0:
                continue
            prev = doc[token.i - 1]
            if not (prev.text in ("%", "percent") or (prev.like_num and prev.ent_type_ in ("PERCENT", "CARDINAL", ""))):
                continue
            obj = token.i + 1
            while obj < len(doc) and doc[obj].lower_ in ("the", "a", "an"):
                obj += 1
            if obj >= len(doc) or doc[obj].ent_type_ in NOT_BENCHMARK_ENTS or doc[obj].lower_ in CALENDAR_WORDS:
                continue
            if _looks_like_name(doc[obj]):
                span = _name_chunk(doc[obj], exclude=None)
                if span is not None and not any(t.ent_type_ in NOT_BENCHMARK_ENTS for t in span):
                    out.append(Candidate(span.start, span.end, "Benchmark", _canonical_surface(span.text), CONTEXT))
        return out

    def _from_ner(self, doc: Doc) -> List[Candidate]:
        out = []
        for ent in doc.ents:
            if ent.label_ not in ("ORG", "PERSON", "PRODUCT", "NORP", "GPE", "WORK_OF_ART", "FAC"):
                continue
            span = _trim(ent)
            if span is None:
                continue
            text = span.text
            entry = self.kb.lookup(text) or self.kb.lookup(clean_org_name(text))
            if entry is not None:
                if not entry.ambiguous:  # ambiguous list names count only through _from_kb's context check
                    out.append(Candidate(span.start, span.end, entry.type, entry.name, KB, entry))
                continue
            if _in_heading(span):
                continue  # "When Size Becomes Strategy: The Trillion-Parameter Gambit": capitals of a headline
            if _dateline_or_junk(span) or _ticker(span) or (len(span) == 1 and not _looks_like_name(span[0])) \
                    or _common_acronym(span) or _job_title(span):
                continue
            if span[0].lower_ == "ex" and len(span) > 2 and span[1].text == "-":  # "ex-Apple AI lead": Apple
                inner = self.kb.lookup(span[2].text)
                if inner is not None and not inner.ambiguous:
                    out.append(Candidate(span.start + 2, span.start + 3, inner.type, inner.name, KB, inner))
                continue
            if ent.label_ == "PERSON":
                name = clean_person_name(text)
                bare = strip_possessive(text)
                if len(bare.split()) >= 2 and bare.split()[-1].lower() in NEVER_SURNAMES \
                        and MODEL_CONTEXT_RX.search(span.sent.text) and _plausible_org(bare):
                    # "Kestrel Ultra, the flagship of Brightwater", tagged as a person: a model's variant
                    out.append(Candidate(span.start, span.end, "AIModel", bare, NER))
                elif len(bare.split()) == 2 and span[0].text not in self.kb.first_names and _sets_its_target(span) \
                        and _plausible_org(bare):
                    # "Pemberton Oake went the other way on Lanyard, trimming its target": a broker's "its"
                    out.append(Candidate(span.start, span.end, "Company", bare, NER))
                elif _plausible_person(name):
                    start = span.start + (len(text.split()) - len(name.split()) if name else 0)
                    out.append(Candidate(max(span.start, start), span.end, "Person", name, NER))
            elif ent.label_ == "ORG":
                parts = _coordinated(span)
                for part in parts:
                    name = clean_org_name(part.text)
                    if REPORT_TITLE_RX.search(name):
                        continue  # "Bain & Co. Global Technology Report 2025": a publication, not its publisher
                    if _plausible_org(name):
                        out.append(Candidate(part.start, part.end, _org_type(name), name, NER))
            elif ent.label_ == "PRODUCT":
                name = strip_possessive(text)
                if _plausible_org(name) and any(c.isdigit() for c in name):
                    out.append(Candidate(span.start, span.end, "Product", name, NER))
        return out

    # -- one entity per thing ----------------------------------------------------------
    def _group(self, doc: Doc, chosen: List[Candidate]) -> List[Candidate]:
        """Give every mention its document-level canonical name and find untagged repeats."""
        lowercase_words = {t.text for t in doc if t.is_lower}
        chosen = [Candidate(c.start, c.end, _org_type(c.name), c.name, c.source, c.entry)
                  if c.type == "Person" and c.source < KB and (_org_shaped(c.name) or self._place_shaped(c.name))
                  else c for c in chosen]
        # "Piet Vollering, a senior fellow ...  'Seventy-six letters ...,' Vollering said": a name whose last word
        # stands alone later, as people's surnames do (firms are shortened to their first word)
        chosen = [Candidate(c.start, c.end, "Person", clean_person_name(c.name), c.source, c.entry)
                  if c.type in ("Company", "Organization") and c.source < KB and self._surname_echoed(doc, c.name)
                  else c for c in chosen]
        chosen = [c for c in chosen if c.source >= GRAMMAR or c.end - c.start > 1
                  or doc[c.start].text.lower() not in lowercase_words]  # "Pro" beside "pro": a word
        short = self._short_forms(chosen)
        orgs = sorted({c.name for c in chosen if c.type in ("Company", "Organization")}, key=len, reverse=True)
        known = {c.name: c for c in chosen}
        result = []
        for c in chosen:
            key = name_key(c.name)
            if c.type == "Product" and re.fullmatch(r"[A-Z]{1,3}\d{2,4}s", c.name) and c.name[:-1] in known:
                c = Candidate(c.start, c.end, known[c.name[:-1]].type, c.name[:-1], c.source, known[c.name[:-1]].entry)
            elif c.source < KB and key in short:
                target = short[key]
                c = Candidate(c.start, c.end, target.type, target.name, c.source, target.entry)
            elif c.source < KB:  # "Kestrel Point" for "Kestrel Point Research", "Epoch" for "Epoch AI"
                longer = next((o for o in orgs if o != c.name and o.startswith(c.name + " ")), None)
                if longer:
                    c = Candidate(c.start, c.end, known[longer].type, longer, c.source, known[longer].entry)
            if c.start > 0 and doc[c.start - 1].text == "(" and re.match(r"\)\s*[-\u2013\u2014]", doc[c.end:c.end + 2].text) \
                    and doc[c.end - 1].idx + len(doc[c.end - 1]) == doc[c.end].idx:
                continue  # "LONDON (Reuters) -", "SEOUL, Oct. 19 (Korea Bizwire) —": a dateline's wire, not in the story
            if c.type == "Person" and c.source < KB and len(c.name.split()) == 1 and not (
                    c.start > 0 and doc[c.start - 1].text in PERSON_TITLES and c.name[:1].isupper()):
                continue  # a lone "Arena" or "Veradyn" no full name in the article explains: not a person
                # (but "President Trump", "Senator Warren": a title says who)
            result.append(c)
        result = _vote_types(result)
        result += self._echoes(doc, result, short)
        return _resolve_overlaps(result)

    def _surname_echoed(self, doc: Doc, name: str) -> bool:
        words = name.split()
        if not 2 <= len(words) <= 3 or _org_shaped(name) or self._place_shaped(name) or not _plausible_person(name):
            return False
        last = words[-1]
        if not re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?", last) or last.lower() in ORG_SUFFIXES \
                or self.kb.lookup(last) is not None:
            return False
        text = doc_text(doc)
        for m in re.finditer(r"(?<![\w-])" + re.escape(last) + r"(?![\w-])", text):
            if text[max(0, m.start() - len(words[-2]) - 1):m.start()] == words[-2] + " ":
                continue  # the full name again
            if text[m.end():m.end() + 1] == ":" and (m.start() == 0 or text[m.start() - 1] == "\n"):
                return True  # an interview's "Ransome: Faster than I would have guessed."
            if re.match(r"(?:'s|\u2019s)?\s+(?:said|says|wrote|writes|added|adds|argued|argues|thinks|believes|expects|"
                        r"predicted|predicts|told|noted|notes|conceded|concedes|warned|warns|estimates|reckons|"
                        r"puts|put|gives|gave|is|was|has|had|now)\b", text[m.end():m.end() + 14]):
                return True
        return False

    def _place_shaped(self, name: str) -> bool:
        """'Pemberton Row', 'Harwick Lane': a firm named like an address, when its first word is no
        given name ('Anna Park' stays a person)."""
        words = name.split()
        return len(words) == 2 and words[-1].lower() in PLACE_WORDS and words[0] not in self.kb.first_names

    def _short_forms(self, chosen: List[Candidate]) -> Dict[str, Candidate]:
        """name_key of a short form -> the full entity it stands for in this document.

        Surnames ("Okafor" for "Dana Okafor"), a name's last word ("Arena" for "Chatbot
        Arena"), and a model's name without its stem ("Sonnet 4.5", "R1"); a model short form
        with no full mention here is looked up in the list ("Opus 4" -> "Claude Opus 4")."""
        short: Dict[str, Candidate] = {}
        ambiguous = set()
        for c in chosen:
            words = c.name.split()
            forms = []
            if c.type == "Person" and len(words) > 1:
                forms.append(words[0] if KOREAN_NAME_RX.fullmatch(c.name) else words[-1])  # "Kang" for "Kang Min-seo"
            elif c.type in ("Benchmark", "Product", "Company", "Organization") and len(words) > 1 and \
                    (c.source < KB or (c.type == "Organization" and words[-1].lower() in ORG_WORDS)):
                forms.append(words[-1])  # "the Commission" after "European Commission"
            elif c.type == "AIModel":
                forms.extend(model_short_forms(c.name))
                if len(words) == 2 and any(ch.isdigit() for ch in words[0]) and words[1].isalpha() \
                        and words[1][:1].isupper() and words[1].lower() not in TIER_WORDS:
                    forms.append(words[1])  # "Max" for "Ostrel-2 Max" (two models with it make it ambiguous)
            for form in forms:
                key = name_key(form)
                if key in short and short[key].name != c.name:
                    ambiguous.add(key)
                short.setdefault(key, c)
        for key in ambiguous:
            short.pop(key, None)
        for c in chosen:  # a short form that is itself a listed name in this document stays itself
            target = short.get(name_key(c.name))
            if c.source >= KB and target is not None and target.name != c.name:
                del short[name_key(c.name)]
        for key, entry in self._kb_short.items():
            if key not in short:
                short[key] = Candidate(0, 0, entry.type, entry.name, KB, entry)
        return short

    def _echoes(self, doc: Doc, chosen: List[Candidate], short: Dict[str, Candidate]) -> List[Candidate]:
        """Untagged repeats of names found elsewhere in the document, and untagged short forms
        of its people and models (list names need none of this: the phrase matchers see all)."""
        surfaces: Dict[str, Candidate] = {}
        for c in chosen:
            if c.source < KB:
                surfaces.setdefault(doc[c.start:c.end].text, c)
        names_here = {c.name for c in chosen}
        for form, entry in self.matcher.kb_short_forms.items():  # "DeepSeek says R1 ...": R1 is DeepSeek-R1
            if entry.maker in names_here:
                surfaces.setdefault(form, Candidate(0, 0, entry.type, entry.name, ECHO, entry))
        # "Veradyn guided ...": a firm's first word, when its last says firm ("Veradyn Infrastructure")
        # and no other name here starts with it
        lowercase_words = {t.lower_ for t in doc if t.is_lower}
        firsts: Dict[str, set] = defaultdict(set)
        for c in chosen:
            words = c.name.split()
            if len(words) > 1:
                firsts[words[0]].add(c.name)
        for c in chosen:
            words = c.name.split()
            if c.type in ("Company", "Organization") and c.source < KB and len(words) > 1 \
                    and words[-1].lower() in ORG_SUFFIXES and len(firsts[words[0]]) == 1 and len(words[0]) > 3 \
                    and words[0][:1].isupper() and words[0].isalpha() and words[0].lower() not in lowercase_words \
                    and words[0] not in SENTENCE_INITIAL_COMMON and words[0] not in names_here:
                surfaces.setdefault(words[0], Candidate(0, 0, c.type, c.name, ECHO))
        for c in chosen:
            words = c.name.split()
            if c.type == "Person" and len(words) > 1:
                surname = words[0] if KOREAN_NAME_RX.fullmatch(c.name) else words[-1]
                surfaces.setdefault(surname, Candidate(0, 0, "Person", c.name, ECHO))
            elif c.type == "AIModel":
                for form in model_short_forms(c.name):
                    if any(ch.isdigit() for ch in form) and short.get(name_key(form)) is not None \
                            and short[name_key(form)].name in names_here:
                        surfaces.setdefault(form, Candidate(0, 0, "AIModel", c.name, ECHO, c.entry))
        # "Ostrel-2 Max and Ostrel-2 Swift ... Max scores 84.1%": the variant word of a versioned name,
        # when one model here has it and it is no tier name
        variants: Dict[str, set] = defaultdict(set)
        for c in chosen:
            words = c.name.split()
            if c.type == "AIModel" and len(words) == 2 and any(ch.isdigit() for ch in words[0]) \
                    and words[1].isalpha() and words[1][:1].isupper() and words[1].lower() not in TIER_WORDS:
                variants[words[1]].add(c.name)
        variant_words = set()
        for word, names in variants.items():
            if len(names) == 1 and word not in names_here and word not in surfaces:
                c = next(c for c in chosen if c.name in names)
                surfaces[word] = Candidate(0, 0, "AIModel", c.name, ECHO, c.entry)
                variant_words.add(word)
        if not surfaces:
            return []
        taken = set()
        for c in chosen:
            taken.update(range(c.start, c.end))
        out = []
        for start, surface in _whole_word_matches(doc_text(doc), surfaces):
            span = doc.char_span(start, start + len(surface))
            if span is None or any(i in taken for i in range(span.start, span.end)):
                continue
            ref = surfaces[surface]
            if surface in variant_words and span.end < len(doc) and (
                    doc[span.end].pos_ in ("NOUN", "PROPN") or doc[span.end].text in ("-", "'s", "\u2019s")
                    and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in ("tier", "plan", "subscription")):
                continue  # "the Max tier", "Max subscribers": a plan, not the model
            out.append(Candidate(span.start, span.end, ref.type, ref.name, ECHO, ref.entry))
        return out

    def _entity_info(self, chosen: List[Candidate], doc: Optional[Doc] = None) -> Dict[str, dict]:
        info: Dict[str, dict] = {}
        # "Yarrowmere AI's Cinderwick-4 Turbo", "Plover-R2 from Marlquay Labs": the maker of a name in no
        # list, as the article first gives it
        said_maker: Dict[str, str] = {}
        if doc is not None:
            by_start = {c.start: c for c in chosen}
            by_end = {c.end: c for c in chosen}
            for c in sorted(chosen, key=lambda c: c.start):
                if c.type not in ("AIModel", "Product") or c.name in said_maker:
                    continue
                firm = None
                if c.start >= 2 and doc[c.start - 1].text in ("'s", "\u2019s", "'"):
                    firm = by_end.get(c.start - 1)
                elif c.end + 1 < len(doc) and doc[c.end].lower_ == "from":
                    firm = by_start.get(c.end + 1)
                if firm is not None and firm.type in ("Company", "Organization"):
                    said_maker[c.name] = firm.name
        here = {c.name for c in chosen}
        for c in chosen:
            if c.name in info:
                continue
            entry = c.entry or self.kb.get(c.name)
            version_of = entry.version_of if entry is not None else None
            maker = entry.maker if entry is not None else None
            if c.type == "AIModel" and entry is None:
                version_of, maker = self._derive_family(c.name)
                if maker and maker not in here and (not any(ch.isdigit() for ch in c.name) or self._own_line(c.name)):
                    version_of, maker = None, None  # "Nova Lark (3)" from Harbor Nine is no Amazon Nova
            if entry is None and c.name in said_maker:
                maker = said_maker[c.name]
            maker_entry = self.kb.get(maker) if maker else None
            info[c.name] = {"type": c.type, "version_of": version_of, "maker": maker, "listed": entry is not None,
                            "maker_type": maker_entry.type if maker_entry is not None else ("Company" if maker else None)}
        return info

    def _own_line(self, name: str) -> bool:
        """'Nova Lark 3': after the stem comes a name word of its own (not a variant word), so the name
        starts a line of its own rather than continuing the stem's family."""
        stem = stem_of(name, self.kb.stems)
        if stem is None:
            return False
        words = re.split(r"[ \-]", name)
        k = len(re.split(r"[ \-]", stem.stem))
        return len(words) > k + 1 and words[k].isalpha() and words[k][:1].isupper() \
            and words[k].lower() not in GENERIC_VARIANTS and self.kb.lookup(" ".join(words[:k + 1])) is None

    def _derive_family(self, name: str) -> Tuple[Optional[str], Optional[str]]:
        """Family and maker of a model name in no list, from its stem and shape."""
        stem = stem_of(name, self.kb.stems)
        if stem is None:
            return None, None
        words = re.split(r"[ \-]", name)
        for cut in range(len(words) - 1, 0, -1):
            prefix = " ".join(words[:cut]) if stem.joiner == " " else "-".join(words[:cut])
            entry = self.kb.lookup(prefix)
            if entry is not None and entry.type == "AIModel":
                return entry.name, stem.maker
        family = stem.family if stem.family != name else None
        return family, stem.maker

    # -- serialisation (spaCy convention) -----------------------------------------------
    def to_disk(self, path, exclude=tuple()):
        import json
        from pathlib import Path

        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        with open(path / "entities.jsonl", "w", encoding="utf-8") as out:
            for row in self.kb.to_rows():
                out.write(json.dumps(row, ensure_ascii=False) + "\n")

    def from_disk(self, path, exclude=tuple()):
        return self


# -- helpers over tokens -------------------------------------------------------------------
# variant words that also name subscription tiers ("the Pro plan"): never a model's short form alone
TIER_WORDS = frozenset("pro plus premium enterprise team business free standard basic edu".split())
GENERIC_VARIANTS = frozenset("""pro flash lite mini nano max plus ultra turbo instruct chat base preview experimental exp
large medium small micro tiny premier heavy fast high low thinking reasoning vision omni coder code r r+ x
latest beta alpha next new""".split())


def model_short_forms(name: str) -> List[str]:
    """How a model is named once its maker's stem is understood.

    >>> model_short_forms("Claude Sonnet 4.5"), model_short_forms("DeepSeek-R1"), model_short_forms("GPT-5")
    (['Sonnet 4.5'], ['R1'], [])
    >>> model_short_forms("Llama 4 Maverick"), model_short_forms("Gemini 2.5 Pro"), model_short_forms("Veyra 2")
    (['4 Maverick', 'Maverick'], ['2.5 Pro'], [])
    """
    words = name.split()
    forms = []
    if len(words) > 1 and not any(ch.isdigit() for ch in words[0]):
        rest = " ".join(words[1:])
        if any(ch.isalpha() for ch in rest):  # "Veyra 2" is never "2" ("at least €2 billion")
            forms.append(rest)
        last = words[-1]
        if len(words) > 2 and last[:1].isupper() and last.isalpha() and last.lower() not in GENERIC_VARIANTS:
            forms.append(last)
        return forms
    parts = name.split("-")
    if len(words) == 1 and len(parts) == 2 and parts[0][:1].isupper() and not any(ch.isdigit() for ch in parts[0]) \
            and parts[1][:1].isalpha() and any(ch.isdigit() for ch in parts[1]):
        forms.append(parts[1])
    return forms


def _distinctive(surface: str) -> bool:
    """Safe to match case-insensitively: has a digit, an inner capital or a hyphen."""
    return (any(c.isdigit() for c in surface) or any(c.isupper() for c in surface[1:])
            or "-" in surface) and len(surface) > 2


def _canonical_surface(text: str) -> str:
    text = strip_possessive(text.strip().rstrip(".,;:"))
    return re.sub(r"\s+", " ", text)


OPENERS = frozenset(['"', "\u201c", "'", "\u2018", "(", "[", ":", "\u2014", "-", "\n"])
FUNCTION_POS = frozenset({"PRON", "DET", "AUX", "CCONJ", "SCONJ", "PART", "PUNCT", "SYM", "INTJ"})


def _heading_word(span: Span) -> bool:
    """'## Spillover': a one-word heading is a word, not a name."""
    words = [t for t in span if not t.is_space]
    return len(words) == 1 and all(t.is_space or t.is_punct or t.i == words[0].i for t in words[0].sent)


def _starts_clause(token: Token) -> bool:
    """First word of a sentence, a quotation or a heading: capitalised for grammar, not names."""
    if token.is_sent_start or token.i == token.sent.start:
        return True
    prev = token.doc[token.i - 1]
    return prev.text in OPENERS or prev.is_space


def _looks_like_name(token: Token) -> bool:
    """Could this token be part of a proper name?"""
    text = token.text
    if not text[:1].isalnum() or text.replace(".", "").replace(",", "").isdigit():
        return False
    if any(c.isupper() for c in text[1:]) or (any(c.isdigit() for c in text) and any(c.isalpha() for c in text)):
        return True
    if not text[:1].isupper() or token.pos_ in FUNCTION_POS:
        return False
    if _starts_clause(token):
        return token.pos_ == "PROPN" and text not in SENTENCE_INITIAL_COMMON
    return True


def _name_chunk(token: Token, exclude: Optional[Token]) -> Optional[Span]:
    """The run of name-like tokens around ``token``, e.g. "Nova Lark" around "Lark"."""
    if not _looks_like_name(token):
        return None
    doc = token.doc
    sent = token.sent
    start = end = token.i
    def syllable(k: int, hyphen: int, name: int) -> bool:
        # "Jun-seo Albright", "Kang Min-seo": a lower-case syllable joined by a hyphen to a capitalised one
        return sent.start <= min(k, hyphen, name) and max(k, hyphen, name) < sent.end and doc[k].is_lower \
            and doc[k].is_alpha and len(doc[k]) <= 4 and doc[hyphen].text == "-" and _looks_like_name(doc[name]) \
            and not (doc[k] if k < hyphen else doc[hyphen]).whitespace_  # written as one word

    while start - 1 >= sent.start and doc[start - 1] != exclude and (
            _looks_like_name(doc[start - 1]) or (doc[start - 1].text == "-" and start - 2 >= sent.start
                                                 and _looks_like_name(doc[start - 2]))
            or syllable(start - 1, start - 2, start - 3)):
        start -= 1
    while end + 1 < sent.end and doc[end + 1] != exclude and (
            _looks_like_name(doc[end + 1]) or (doc[end + 1].text == "-" and end + 2 < sent.end
                                               and (_looks_like_name(doc[end + 2]) or syllable(end + 2, end + 1, end)))
            or (doc[end].text == "-" and syllable(end + 1, end, end - 1))):
        end += 1
    span = doc[start:end + 1]
    if len(span) > 6 or span.text in SENTENCE_INITIAL_COMMON:
        return None
    return span


def _after_preposition(doc: Doc, i: int) -> bool:
    """'investor in French AI start-up Tarnwell AI', 'an offer for Dutch chipmaker Veldhoven Logic': the company
    noun at ``i`` follows a preposition, past at most three describing words."""
    j = i - 1
    while j >= 0 and i - j <= 4 and (doc[j].pos_ == "ADJ" or doc[j].ent_type_ == "NORP" or doc[j].text in ("AI", "-")):
        j -= 1
    return j >= 0 and j < i - 1 and doc[j].pos_ == "ADP" and doc[j].lower_ != "of"


def _named_by(head: Token, type_: str) -> Iterable[Token]:
    """Tokens that the head noun names: 'Nova Lark, the ... model', 'the FooQA benchmark',
    'analyst Dana Okafor', 'X is a reasoning model', 'a model called X'."""
    # 'analyst Dana Okafor', 'startup Kestrel': the type noun modifies the name
    if head.dep_ == "compound" and head.head.i > head.i and _looks_like_name(head.head):
        yield head.head
    # 'the FooQA benchmark', 'the Nova Lark model': the name modifies the type noun
    for child in head.lefts:
        if child.dep_ in ("compound", "nmod", "amod") and _looks_like_name(child) and child.i == head.i - 1:
            yield child
    # 'its Tessel T2 inference accelerator', "Halcyra's Lumen 2 reasoning model": one plain word between a name
    # that has a version number or an owner and the noun
    doc = head.doc
    if head.i >= 2 and doc[head.i - 1].pos_ == "NOUN" and doc[head.i - 1].is_lower and doc[head.i - 1].dep_ == "compound" \
            and _looks_like_name(doc[head.i - 2]) and doc[head.i - 2].head.i in (head.i, head.i - 1):
        chunk = _name_chunk(doc[head.i - 2], exclude=doc[head.i - 1])
        if chunk is not None and (any(c.isdigit() for c in chunk.text) or (chunk.start > 0 and (
                doc[chunk.start - 1].tag_ == "PRP$" or doc[chunk.start - 1].tag_ == "POS"))):
            yield doc[head.i - 2]
    # 'Nova Lark, the company's first ... model' / 'the model, Nova Lark,'
    if head.dep_ == "appos" and _looks_like_name(head.head):
        yield head.head
    for child in head.rights:  # near the noun: a far "appos" is usually a misparsed list
        if child.dep_ == "appos" and _looks_like_name(child) and child.i - head.i <= 5 \
                and not _maker_of_clause(head, child):
            yield child
    # 'Nova Lark is a reasoning model'
    if head.dep_ == "attr" and head.head.lemma_ == "be":
        for child in head.head.lefts:
            if child.dep_ in ("nsubj", "nsubjpass") and _looks_like_name(child):
                yield child
    # 'a model called Nova Lark'
    for child in head.rights:
        if child.dep_ == "acl" and child.lower_ in ("called", "named", "dubbed", "branded", "known"):
            for grand in child.subtree:
                if grand != child and _looks_like_name(grand) and grand.dep_ in ("oprd", "attr", "dobj", "xcomp", "pobj", "npadvmod"):
                    yield grand
                    break


def _maker_of_clause(noun: Token, name: Token) -> bool:
    """'the model Brisk AI released on Monday': a name right after the noun and followed by a
    past-tense verb with no subject of its own is that verb's subject in a reduced relative
    clause, not the noun's name."""
    doc = noun.doc
    if any(t.text == "," for t in doc[noun.i + 1:name.i]):
        return False
    following = doc[name.i + 1] if name.i + 1 < len(doc) else None
    if following is None or following.tag_ not in ("VBD", "VBN"):
        return False
    if following.dep_ in ("acl", "relcl") and following.head in (name, noun):
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in following.children)
    makes = following.lemma_ in ("release", "launch", "ship", "build", "train", "publish", "unveil", "announce",
                                 "introduce", "make", "develop", "open-source", "debut")
    # "Saffrane 2.1, the model Halberdine released three weeks ago", parsed with "the model" as the verb's subject
    if noun.head == following and noun.dep_ in ("nsubj", "nsubjpass") and name.head == noun and makes:
        return True
    # "Orrin-4, the flagship model Quaystone launched at the start of the month, resolved ...", parsed with the
    # verb as the root: a name with no version number and a verb with no object of its own is the maker
    return makes and following.tag_ == "VBD" and name.head == noun and noun.dep_ == "appos" and \
        not any(c.isdigit() for c in name.text) and not any(c.dep_ == "dobj" for c in following.children)


def _trim(ent: Span) -> Optional[Span]:
    """Drop leading determiners and titles and a trailing possessive from an NER span."""
    start, end = ent.start, ent.end
    doc = ent.doc
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].text in ("'s", "\u2019s", "'", "\u2019") or doc[end - 1].is_punct
                           or doc[end - 1].lower_ in ("of", "at", "and", "for", "from", "in", "on", "with")):
        end -= 1  # "Thaddea Pellegrini of": no name ends in a preposition
    return doc[start:end] if end > start else None


def _clean(text: str, type_: str) -> str:
    if type_ == "Person":
        name = clean_person_name(text)
        return name if _plausible_person(name) else ""
    if type_ in ("Company", "Organization"):
        name = clean_org_name(text)
        return name if _plausible_org(name) else ""
    name = _canonical_surface(text)
    return name if _plausible_org(name) else ""


LEGAL_SUFFIXES = frozenset("Inc. Inc Corp. Corp Corporation Ltd Ltd. plc PLC LLC AG SE N.V. S.A. SA".split())


def _with_legal_suffix(doc: Doc, chosen: List[Candidate]) -> List[Candidate]:
    """'Bain & Co.', 'Alphabet Inc.': a firm's mention takes its legal suffix, so the spelling the text
    uses ('Bain & Co.') is kept as an alias even when a list or the grammar found 'Bain' alone."""
    starts = {c.start for c in chosen}
    out = []
    for c in chosen:
        end = c.end
        if c.type in ("Company", "Organization"):
            if end + 1 < len(doc) and doc[end].text == "&" and doc[end + 1].text in ("Co.", "Co", "Company") \
                    and end not in starts and end + 1 not in starts:
                end += 2
            elif end < len(doc) and doc[end].text in LEGAL_SUFFIXES and end not in starts:
                end += 1
        out.append(Candidate(c.start, end, c.type, c.name, c.source, c.entry) if end != c.end else c)
    return out


def _without_common_acronyms(doc: Doc, chosen: List[Candidate]) -> List[Candidate]:
    """'remaining performance obligations, or RPO', 'proof-of-concept (POC) work': an acronym the article
    spells out in lowercase words is a common noun, no firm, there and wherever it comes back."""
    text = doc_text(doc)
    common = set()
    for c in chosen:
        acronym = doc[c.start:c.end].text
        if c.source >= KB or c.type not in ("Company", "Organization") or acronym in common \
                or not re.fullmatch(r"[A-Z]{2,6}", acronym):
            continue
        for m in re.finditer(rf"\(\s*{acronym}\s*\)|,\s+or\s+{acronym}\b", text):
            words = re.split(r"[\s-]+", text[max(0, m.start() - 80):m.start()].rstrip(" ,"))[-len(acronym):]
            if len(words) == len(acronym) and all(w[:1].islower() for w in words) \
                    and "".join(w[0] for w in words) == acronym.lower():
                common.add(acronym)
                break
    return [c for c in chosen if not (c.source < KB and doc[c.start:c.end].text in common)] if common else chosen


def _with_acronyms(doc: Doc, chosen: List[Candidate]) -> List[Candidate]:
    """'the International Data Corporation (IDC)', 'Mistral Large 2 (ML2)': the acronym in brackets,
    there and wherever it comes back, is the same organization, model or test."""
    long: Dict[str, Candidate] = {}
    for c in chosen:
        if c.type != "Person" and c.end + 2 < len(doc) and doc[c.end].text == "(" \
                and doc[c.end + 2].text == ")":
            acronym = doc[c.end + 1].text
            words = [t.text for t in doc[c.start:c.end] if t.is_alpha or t.text.endswith(".")]
            initials = {"".join(w[0] for w in words).upper(),
                        "".join(w[0] for w in words if not w.islower()).upper()}
            if c.type not in ("Company", "Organization"):  # "Mistral Large 2 (ML2)": a version number stays whole
                # (a model's name may be one merged token: its words are read from its text)
                parts = [re.sub(r"'s$", "", w) for w in doc[c.start:c.end].text.split()]
                tail = "".join(w for w in parts if re.fullmatch(r"\d+", w))
                letters = "".join(w[0] for w in parts if w.isalpha()).upper()
                initials = {letters + tail} if len(letters) >= 2 else set()
            if acronym.isupper() and re.fullmatch(r"[A-Z]+\d*", acronym) and 2 <= len(acronym) <= 6 and acronym in initials:
                long.setdefault(acronym, c)
        ticker = _ticker_after(doc, c) if c.type == "Company" else None
        if ticker is not None:
            long.setdefault(ticker, c)  # "Micron Technology (MU) ... lifted its price target on MU"
    # "The International Energy Agency published ... The IEA projects": the initials of a name of three or more
    # words told earlier stand for it, brackets or not
    spelled: Dict[str, Candidate] = {}
    for c in chosen:
        words = [t.text for t in doc[c.start:c.end]]
        if c.type in ("Company", "Organization") and len(words) >= 3 and all(w[:1].isupper() or w.islower() for w in words):
            initials = "".join(w[0] for w in words if not w.islower()).upper()
            if 3 <= len(initials) <= 6:
                spelled.setdefault(initials, c)
    bracketed = set(long)
    for acronym, c in spelled.items():
        if acronym not in long and any(t.text == acronym and t.i >= c.end for t in doc):
            long[acronym] = c
    if not long:
        return chosen
    out, covered = [], set()
    for c in chosen:
        text = doc[c.start:c.end].text
        if text in long and long[text].name != c.name and not (c.source >= KB and text not in bracketed):
            # (letters a list knows stand for what the list says, unless the article spells them out in brackets)
            c = Candidate(c.start, c.end, long[text].type, long[text].name, c.source, c.entry)
        covered.update(range(c.start, c.end))
        out.append(c)
    for t in doc:
        if t.text in long and t.i not in covered:
            first = long[t.text]
            out.append(Candidate(t.i, t.i + 1, first.type, first.name, GRAMMAR, first.entry))
    return sorted(out, key=lambda c: c.start)


# technical abbreviations and bare legal suffixes that the NER takes for firms ("used SFT and RLHF on HPC
# clusters", "Rakuten Group, Inc.")
NOT_FIRMS = frozenset("""SFT RLHF RL DPO HPC SQL NoSQL MoE MoEs TB GB PB TFLOPS PFLOPS FLOPS FLOP HBM KV RAG OCR NLP LLM LLMs
SLM SLMs API APIs GPU GPUs CPU CPUs NPU NPUs ASIC ASICs Q&A AGI ASI GenAI IPO ETF ETFs Inc. Inc Ltd. Ltd Corp. Corp LLC
PLC plc AG SA SE NV BV GmbH Co. Co""".split())
FACILITY_NAME_RX = re.compile(r"\s(?:Campus|Data Cent(?:er|re)|Datacent(?:er|re)|Cluster|Supercomputer|Facility|Site)$")
# nouns that say a name before or after them is a product (a chip, an app, a robot), not a model or a firm
_PRODUCT_NOUN = (r"(?:accelerators?|chips?|processors?|cards?|boards?|servers?|robots?|assistants?|apps?|application|"
                 r"software|agents?|copilot|chatbot|headsets?|glasses|smartphones?|phones?|devices?|workspace|browser|"
                 r"platform|tool|suite|service|supercomputer|interconnect|switch(?:es)?)")
_NAME = r"(?P<name>[A-Z][\w.+-]*[\w+](?: (?:[A-Z][\w.+-]*[\w+]|\d[\w.]*))?)"
# "the company's Ferrox accelerators", "its Ardentis A7 accelerator cards", "the company's Marlet picking robot"
PRODUCT_BEFORE_NOUN_RX = re.compile(r"\b(?:its|their|the (?:company|firm|start-?up|group|chipmaker|designer|maker)(?:'s|\u2019s))\s+"
                                    r"(?:(?:new|first|latest|own|flagship|first-generation|second-generation|next-generation)\s+)?"
                                    + _NAME + r"\s+(?:[a-z][\w-]*\s+)?" + _PRODUCT_NOUN + r"\b" + r"(?!\s+(?:plants?|factor(?:y|ies)|"
                                    r"fabs?|business|unit|segment|division|maker|sales|revenue|market|exports?|campus|site))")
# "a wheeled robot called Parcelwright"
PRODUCT_CALLED_RX = re.compile(r"\b(?:an?|the|its|their|new)\s+(?:[a-z][\w-]*\s+){0,2}" + _PRODUCT_NOUN +
                               r"\s+(?:called|named|dubbed|branded)\s+[\"\u201c']?" + _NAME)
# "Tarrow, an agent that takes tickets", "Tallyhall, its accounts-payable software"
PRODUCT_APPOS_RX = re.compile(r"(?<![\w.-])" + _NAME + r",\s+(?:an?|its|their|the company's|the company\u2019s)\s+"
                              r"(?:[\w$.-]+\s+){0,3}?" + _PRODUCT_NOUN + r"\b(?!\s+(?:maker|company|firm|provider|vendor|"
                              r"start-?up|developer|designer|business|unit|segment|division|specialists?|suppliers?|sellers?|house|outfit|"
                              r"consultancy|group|labs?|makers?|vendors?|companies|firms))")
# capitalised words that make a kind of AI, not a firm, before "AI" ("Generative AI", "Sovereign AI")
AI_MODIFIERS = frozenset("""Generative Responsible Open Conversational Agentic Physical Sovereign Enterprise General Artificial
Applied Frontier Edge Cloud Safe Trustworthy Explainable Ethical Narrow Strong Weak Embodied Multimodal Superhuman Human
Creative Industrial Medical Clinical Legal Financial Consumer Business Public Private National Global Local Personal Shadow
Predictive Vertical Horizontal Autonomous Specialized Specialised Domain Robotic Quantum Green Advanced Modern Classic""".split())
GENERIC_PRODUCT_WORDS = frozenset("AI GPU GPUS API APIS CPU CPUS LLM LLMS US U.S. UK EU CEO CFO HBM DRAM NAND".split())
MODEL_NOUNS = frozenset("model llm chatbot assistant agent app system".split())
MODEL_SIZE_RX = re.compile(r"(?:\d+x)?\d+(?:\.\d+)?[BMT]")


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_-"


def _whole_word_matches(text: str, surfaces: Iterable[str]) -> List[Tuple[int, str]]:
    r"""Where the surfaces occur in ``text`` as whole words (no word character or hyphen on either side),
    left to right without overlaps, the longest surface first where several start at one place: what
    ``re.finditer`` gives for ``(?<![\w-])(?:longest|...|shortest)(?![\w-])``, without compiling a new
    alternation of hundreds of names for every document."""
    ordered = sorted(surfaces, key=len, reverse=True)
    rank = {s: n for n, s in enumerate(ordered)}
    at: Dict[int, str] = {}
    for surface in ordered:
        if not surface:
            continue
        k = text.find(surface)
        while k >= 0:
            end = k + len(surface)
            if (k == 0 or not _word_char(text[k - 1])) and (end == len(text) or not _word_char(text[end])):
                if k not in at or rank[surface] < rank[at[k]]:
                    at[k] = surface
            k = text.find(surface, k + 1)
    out, reached = [], 0
    for k in sorted(at):
        if k >= reached:
            out.append((k, at[k]))
            reached = k + len(at[k])
    return out


def _with_sizes(doc: Doc, chosen: List[Candidate]) -> List[Candidate]:
    """'larger models such as Llama 3.3 70B or Qwen 32B', 'Gemma 27B': a family's name with a size right
    after it is that sized model, not the family."""
    # "Gemma 7B and Mistral 7B": a size right after a family's name is that model's, not a short form of another
    # model of that size named later
    sizes_after = {c.end for c in chosen if c.type == "AIModel"}
    chosen = [c for c in chosen if not (c.start in sizes_after and c.end == c.start + 1 and c.type == "AIModel"
                                        and MODEL_SIZE_RX.fullmatch(doc[c.start].text) and doc[c.start - 1].whitespace_ == " "
                                        and not c.name.endswith(doc[c.start - 1].text + " " + doc[c.start].text))]
    taken = {i for c in chosen for i in range(c.start, c.end)}
    out = []
    for c in chosen:
        k = c.end
        if c.type == "AIModel" and k < len(doc) and k not in taken and MODEL_SIZE_RX.fullmatch(doc[k].text) \
                and not re.search(r"\d[BMT]\b|\d+(?:\.\d+)?[bmt]\b", c.name) and doc[c.end - 1].whitespace_ == " " \
                and not (k + 1 < len(doc) and doc[k + 1].lower_ in ("parameters", "parameter", "params", "tokens")):
            c = Candidate(c.start, k + 1, c.type, f"{c.name} {doc[k].text}", GRAMMAR)
        out.append(c)
    return out


NOT_TICKERS = frozenset("AI US UK EU CEO CFO CTO IPO GPU GPUS API LLM USA UAE HK".split())


def _ticker_after(doc: Doc, c) -> Optional[str]:
    """The stock symbol in brackets right after a company's name: "Micron Technology (MU)",
    "Nvidia (NASDAQ: NVDA)", "TeraWulf Inc. (NASDAQ:WULF)"."""
    if c.end + 2 >= len(doc) or doc[c.end].text != "(":
        return None
    close = next((k for k in range(c.end + 1, min(len(doc), c.end + 6)) if doc[k].text == ")"), None)
    if close is None:
        return None
    inside = doc[c.end + 1:close].text.strip()  # ("(       MU)": the exchange blanked before parsing)
    m = re.fullmatch(r"(?:(?:NASDAQ|Nasdaq|NYSE|Nyse|NYSEARCA|AMEX|LSE|TSX|OTC)\s*:\s*)?([A-Z]{1,5})", inside)
    if m is None or m.group(1) in NOT_TICKERS:
        return None
    return m.group(1)


def _common_acronym(span: Span) -> bool:
    """'remaining performance obligation (RPO)': the abbreviation of a common phrase is no name."""
    doc = span.doc
    text = span.text
    if not (text.isupper() and text.isalpha() and 2 <= len(text) <= 6) or span.start < len(text) + 1 \
            or doc[span.start - 1].text != "(" or span.end >= len(doc) or doc[span.end].text != ")":
        return False
    words = [t for t in doc[span.start - 1 - len(text):span.start - 1]]
    return all(t.is_lower or t.is_title for t in words) and any(t.is_lower for t in words) \
        and "".join(t.text[0] for t in words).lower() == text.lower()


JOB_WORDS = frozenset("head vp svp evp president director chief officer manager secretary analyst lead".split())


def _job_title(span: Span, name: Optional[str] = None) -> bool:
    """'Global Head', 'Distinguished VP', 'Head of FX Research at Deutsche Bank': a job title or the unit
    named in one, not a name (a firm after 'head of' with no employer after it is still a firm)."""
    doc = span.doc
    if any(w.lower() in JOB_WORDS for w in (name or span.text).split()):
        return True
    return span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in JOB_WORDS \
        and span.end < len(doc) and doc[span.end].lower_ == "at"


def _ticker(span: Span) -> bool:
    """'(CRWV)', 'Nasdaq: NVDA': a stock symbol next to the company, not another entity."""
    doc = span.doc
    if len(span) != 1 or not span.text.isupper() or not 2 <= len(span.text) <= 5:
        return False
    prev = doc[span.start - 1].text if span.start > 0 else ""
    nxt = doc[span.end].text if span.end < len(doc) else ""
    after = doc[span.end + 1].text if span.end + 1 < len(doc) else ""
    return (prev == "(" and nxt in (")", ",", ";")) or prev == ":" \
        or (prev == "(" and doc[span.end].like_num if span.end < len(doc) else False) and after in ("%", ")")  # "(ORCL 2.02%)"


def _dateline_or_junk(span: Span) -> bool:
    """'HANGZHOU - Chinese AI': a dateline or a run of words across punctuation, not a name."""
    doc = span.doc
    if any(t.text in ("-", "\u2014", "\u2013", ":", "|") and t.whitespace_ for t in span):
        return True
    if span.text.count("(") != span.text.count(")"):
        return True  # "HANGZHOU (Spindrift": a dateline cut in half
    first = span[0]
    nxt = doc[span.end] if span.end < len(doc) else None
    return (len(first.text) > 3 and first.text.isupper() and first.text.isalpha() and nxt is not None
            and nxt.text in ("-", "\u2014", "\u2013", ",", "(") and (first.i == 0 or doc[first.i - 1].is_space))


NEVER_SURNAMES = frozenset("pro flash lite mini nano ultra turbo instruct preview experimental".split())


COMMON_SURNAMES = frozenset("""Wang Zhang Liu Chen Yang Huang Zhao Zhou Sun Zhu Guo Luo Gao Liang Song Zheng Xie
Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Jiang Cai Wei Park Choi Jung Kang Yoon Jang Shin Nguyen Tran
Pham Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson White Harris
Clark Lewis Young Allen King Wright Scott Hill Green Adams Baker Hall Nelson Carter Mitchell Roberts Turner Phillips
Campbell Parker Evans Edwards Collins Stewart Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Bell Kelly Howard
Ward Richardson Wood Watson Brooks Bennett Gray James Hughes Price Sanders Ross Long Foster Powell Jenkins Perry
Russell Sullivan Fisher Ellis Grant Singh Kumar Sharma Patel Gupta Shah Khan Müller Schmidt Schneider Fischer Weber
Meyer Wagner Becker Schulz Hoffmann Martinez Garcia Rodriguez Lopez Gonzalez Hernandez Perez Sanchez Ramirez Torres
Suzuki Tanaka Watanabe Takahashi Yamamoto Nakamura Kobayashi Kato Ito Sato""".split())


TITLES_BEFORE_SURNAME = frozenset({"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr."})


def _no_name(doc: Doc, start: int, end: int) -> bool:
    """'Morgan Stanley (NYSE:MS)', 'Meta (NASDAQ: META)', 'A.I.', '30.8M GPU-hours': an exchange in a
    ticker tag, the abbreviation of artificial intelligence or a figure with its unit is no entity."""
    text = doc[start:end].text
    if text in CURRENCY_CODES or (start > 0 and doc[start - 1].lower_ in ("ticker", "symbol")):
        return True  # "NOK 214", "under the ticker CRWV": a currency or a ticker, not a company
    if text in ("A.I.", "A.I") or re.match(r"\d[\d.,]*\s?[KMBT]?\s?(?:GPU[- ]hours?|hours|tokens|parameters|GPUs)\b", text):
        return True  # ("30.8M GPU-hours": a figure, not a product)
    return start > 0 and doc[start - 1].text == "(" and end < len(doc) and doc[end].text == ":"


def _segment_name(doc: Doc, start: int, end: int) -> bool:
    """'The Data Center segment', 'its Edge & Automotive unit': a company's business line, no entity."""
    return end < len(doc) and doc[end].lower_ in ("segment", "segments", "unit") and start > 0 \
        and doc[start - 1].lower_ in ("the", "its", "our", "their")


def _english_words(nlp) -> frozenset:
    """The words the statistical pipeline's lemmatizer knows (its lemma index): a capitalised word
    outside it is more likely a name than a noun ("Merrivane", not "Energy")."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError, AttributeError):
        return frozenset()
    words = set()
    for pos in ("noun", "verb", "adj", "adv"):
        if pos in index:
            words.update(w.lower() for w in index[pos])
    return frozenset(words)


def _sets_its_target(span: Span) -> bool:
    """Whether the name is the subject of a clause that sets 'its' target or rating ('X went the
    other way, trimming its target'), with no other subject in between."""
    root = span.root
    if root.dep_ != "nsubj" or root.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = root.head
    for t in verb.subtree:
        if t.lower_ == "its" and t.head.lemma_ in ("target", "rating", "recommendation", "estimate") and t.i > span.end:
            if not any(a.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in a.children)
                       for a in t.ancestors if a.i != verb.i and verb in a.ancestors):
                return True
    return False


def _plausible_person(name: str) -> bool:
    words = name.split()
    if len(words) >= 2 and words[-1].lower() in NEVER_SURNAMES:
        return False  # "Kestrel Ultra", "Lumen Pro": a model's variant, whatever the tagger says
    return (1 <= len(words) <= 4 and all(w[:1].isupper() for w in words if w.lower() not in ("de", "van", "von", "der", "la", "le", "bin", "al"))
            and name_key(name) not in NOT_ENTITIES and not any(c.isdigit() for c in name))


def _plausible_org(name: str) -> bool:
    if not name or len(name) < 2 or len(name.split()) > 7:
        return False
    if re.match(r"(?:EUR|USD|GBP|CNY|JPY|CHF|NT|RMB|US)\s?\$?\d", name):
        return False  # "EUR 1.1bn": an amount NER took for a name
    if not (name[:1].isupper() or name[:1].isdigit() or any(c.isupper() for c in name)):
        return False
    if any(c in name for c in "%$€£@\n") or name.replace(".", "").replace(",", "").isdigit():
        return False
    return name_key(name) not in NOT_ENTITIES


def _in_heading(span: Span) -> bool:
    """Whether a span sits on a short title-case line with no closing punctuation: a headline,
    where every word is capitalised and the statistical tagger's names are guesses."""
    text = doc_text(span.doc)  # cached: Doc.text rebuilds the whole string each time
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = text[start:end if end >= 0 else len(text)].strip().lstrip("#").strip()
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    if not words or len(words) > 14 or line[-1:] in ".!?\"”)" or line.endswith(":"):
        return False
    small = {"a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "but", "with", "at", "by", "from", "as", "vs"}
    return sum(w[0].isupper() for w in words if w.lower() not in small) >= 0.8 * len([w for w in words if w.lower() not in small]) \
        and len(words) >= 3


def _coordinated(span: Span) -> List[Span]:
    """'Vellacourt Securities and Larchmont Securities' tagged as one ORG: two names, when both
    halves are capitalised and at least one ends like a firm's name."""
    doc = span.doc
    comma = next((t.i for t in span if t.text == "," and t.i > span.start), None)
    if comma is not None and not re.match(r"(?:inc|ltd|llc|l\.p|lp|co|corp|plc|s\.?a|ag|gmbh|n\.v)\b\.?",
                                          doc[comma + 1:span.end].text.lower()):
        return [doc[span.start:comma]]  # "in a Q&A with Bloomberg, Altman stated": the name stops at the comma
    cut = next((t.i for t in span if t.lower_ == "and"), None)
    if cut is None or cut == span.start or cut == span.end - 1:
        return [span]
    left, right = doc[span.start:cut], doc[cut + 1:span.end]
    if all(t.is_title or t.is_upper for half in (left, right) for t in half if t.is_alpha) and \
            (_org_shaped(left.text) or _org_shaped(right.text)):
        return [left, right]
    return [span]


def _inside_hyphenated(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end] is glued by a hyphen to a word before or after it."""
    if start >= 2 and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
            and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha:
        return True
    return end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
        and not doc[end].whitespace_ and doc[end + 1].is_alpha


def _person_shaped_ent(token: Token) -> bool:
    """An NER span starting at a given name that is just two or three capitalised words
    ("Ingrid Mbeki-Sørensen" tagged GPE): the NER type is wrong, it is a person."""
    ent = next((e for e in token.doc.ents if e.start == token.i), None)
    if ent is None:
        return False
    text = re.sub(r"(?:\s+(?:of|at|from|and))+$", "", ent.text)  # "Renata Ferrao of" (Corrow & Finch)
    words = text.replace("-", " ").split()
    return 2 <= len(text.split()) <= 3 and all(w[:1].isupper() for w in words) and not _org_shaped(text)


ROMAN = re.compile(r"[IVX]+")  # "Henry Ford II" is a person; "Harbor AI" or "Kestrel LLC" is not


def _org_shaped(name: str) -> bool:
    """'Castellan Foresight', 'Ostrakon Labs', 'Bleu Horizon Capital', 'Corbel & Finch': names the
    statistical NER or a given name ("Castellan", "Bleu") would make a person, whose last word
    or an ampersand says organisation."""
    words = name.replace("&", " & ").split()
    return "&" in words or (len(words) > 1 and words[-1].lower().strip(",.") in ORG_SUFFIXES) or \
        (len(words) > 1 and words[-1].isupper() and len(words[-1]) > 1 and not ROMAN.fullmatch(words[-1])) or \
        name.isupper()


def _org_type(name: str) -> str:
    words = {w.lower().strip(",.") for w in name.split()}
    if words & ORG_WORDS or name.startswith(("University", "Ministry", "Department")):
        return "Organization"
    return "Company"


def _resolve_overlaps(cands: List[Candidate]) -> List[Candidate]:
    """Keep the strongest, then longest, candidate wherever candidates overlap; among list and
    grammar names the longest wins ("Qwen3-235B-A22B-Instruct" over the listed "Qwen3-235B-A22B")."""
    ranked = sorted(cands, key=lambda c: (-(c.source >= GRAMMAR), -(c.end - c.start) if c.source >= GRAMMAR else 0,
                                          -c.source, -(c.end - c.start), c.start))
    taken = bytearray(max((c.end for c in cands), default=0))
    kept = []
    for c in ranked:
        if any(taken[c.start:c.end]):
            continue
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
        kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def _vote_types(cands: List[Candidate]) -> List[Candidate]:
    """One type per name: a list entry decides, else the strongest source, else the majority."""
    votes: Dict[str, Counter] = defaultdict(Counter)
    for c in cands:
        votes[c.name][c.type] += 10 ** c.source
    return [c if len(votes[c.name]) == 1 else
            Candidate(c.start, c.end, votes[c.name].most_common(1)[0][0], c.name, c.source, c.entry)
            for c in cands]
