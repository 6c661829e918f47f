"""Predictions tracked to outcomes across articles of different dates, as a new user would."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from kg.ingest import ingest
from kg.store import open_store
from kg.tracking import (Judgement, Tracked, apply_evidence, find, load_claims, load_predictions, relatives_map,
                         scoreboard)

from .conftest import CORPUS

THREAD = ["d21-kestrel-point-solberg-ai-calls.md", "d22-openai-gpt-oss-open-weights.md",
          "d23-meta-2025-capex-72-billion.md", "d24-gemini-2-5-pro-tops-chatbot-arena.md",
          "d25-solberg-open-weights-call-confirmed.md", "d26-nvidia-most-valuable-forecast-missed.md"]


@pytest.fixture(scope="module")
def thread(tmp_path_factory, nlp):
    """The worked example: an analyst's 2024 calls, then the news that settles them."""
    folder = tmp_path_factory.mktemp("thread")
    for name in THREAD:
        shutil.copy(CORPUS / "dev" / name, folder / name)
    store = tmp_path_factory.mktemp("store") / "kg"
    ingest([folder], store=str(store))
    return folder, store


def solberg(store_path, as_of="2026-11-26"):
    with open_store(str(store_path), read_only=True) as st:
        return {p.short_id: p for p in load_predictions(st) if p.predictor == "Maren Solberg"}


def by_words(predictions, *words):
    [hit] = [p for p in predictions.values() if all(w in p.statement for w in words)]
    return hit


def test_an_outcome_reported_in_the_same_text_resolves_with_that_article_as_evidence(thread):
    _, store = thread
    p = by_words(solberg(store), "open-weights language model", "2025")
    status, judgement = p.status("2026-11-26")
    assert status == "confirmed" and judgement.method == "text"
    with open_store(str(store), read_only=True) as st:
        [(title,)] = st.select(f"SELECT ?t WHERE {{ <{judgement.evidence}> <https://schema.org/headline> ?t }}").rows
    assert "comes good" in title  # d25, the article that retells the call and its outcome


def test_later_claims_resolve_earlier_predictions_and_numbers_are_compared(thread):
    _, store = thread
    with open_store(str(store)) as st:
        applied = apply_evidence(st, load_predictions(st), load_claims(st), relatives_map(st), threshold=0.8,
                                 as_of="2026-11-26")
    results = {p.statement: (k.outcome, k.reason) for p, k in applied}
    capex = next(v for s, v in results.items() if "capital expenditures" in s and "50 billion" in s)
    assert capex[0] == "refuted" and "$50 billion" in capex[1] and "$72.22 billion" in capex[1]
    arena = next(v for s, v in results.items() if "Chatbot Arena" in s)
    assert arena[0] == "confirmed" and "Gemini 2.5 Pro" in arena[1]
    p = by_words(solberg(store), "Chatbot Arena")
    assert p.status("2026-11-26")[0] == "confirmed"


def test_as_of_replays_the_past(thread):
    _, store = thread
    before = solberg(store, "2024-06-01")
    p = by_words(before, "Meta", "50 billion")
    assert p.status("2024-06-01") == ("open", None)       # the deadline had not passed, no evidence yet
    assert p.status("2025-12-31")[0] in ("open", "due")   # nothing before the results came out
    assert p.status("2026-02-01")[0] == "refuted"         # after Meta's January 2026 results


def test_a_manual_resolution_survives_reingesting_every_article(thread, cli):
    folder, store = thread
    target = by_words(solberg(store), "Custom chips")
    result = cli("predictions", "resolve", target.short_id[:5], "--store", store, "--outcome", "void",
                 "--note", "the premise changed", "--by", "Ada Reviewer")
    assert result.exit_code == 0, result.stderr
    cli("ingest", "-q", "--force", "--store", store, folder)
    again = by_words(solberg(store), "Custom chips")
    status, judgement = again.status("2099-01-01")
    assert (status, judgement.by, judgement.method, judgement.note) == ("void", "Ada Reviewer", "manual", "the premise changed")


def test_a_persons_latest_judgement_beats_automatic_ones_and_all_stay_visible():
    p = Tracked(iri="https://w3id.org/aikg/id/prediction/abc", statement="s", quote="q", article="a",
                judgements=[Judgement("r1", "confirmed", "automatic", "kg evidence matcher", "2025-03-01"),
                            Judgement("r2", "refuted", "manual", "Ada", "2025-02-01T10:00:00"),
                            Judgement("r3", "confirmed", "automatic", "kg evidence matcher", "2025-04-01")])
    assert p.status("2025-05-01")[0] == "refuted"
    assert p.status("2025-01-15") == ("open", None)
    assert len(p.judgements) == 3


def test_scoreboard_matches_a_hand_count():
    def tracked(i, status, probability=None, who="A"):
        judgements = [] if status in ("open", "due") else [Judgement(f"r{i}", status, "manual", "x", "2025-01-01")]
        return Tracked(iri=f"https://w3id.org/aikg/id/prediction/{i:08d}", statement="s", quote="q", article="a",
                       predictor=who, probability=probability, made="2024",
                       deadline="2024" if status == "due" else None, judgements=judgements)

    items = [tracked(1, "confirmed", 0.8), tracked(2, "refuted", 0.7), tracked(3, "confirmed"), tracked(4, "open"),
             tracked(5, "due"), tracked(6, "void"), tracked(7, "confirmed", 0.9, who="B")]
    table = {row[0]: row for row in scoreboard(items, as_of="2025-06-01").rows}
    a = dict(zip(scoreboard(items, as_of="2025-06-01").columns, table["A"]))
    assert (a["made"], a["open"], a["due"], a["resolved"], a["confirmed"], a["refuted"], a["void"]) == (6, 1, 1, 4, 2, 1, 1)
    assert a["hit_rate"] == round(2 / 3, 3)
    assert a["brier"] == round(((0.8 - 1) ** 2 + (0.7 - 0) ** 2) / 2, 4) and a["brier_n"] == 2
    assert dict(zip(scoreboard(items, as_of="2025-06-01").columns, table["B"]))["brier"] == round((0.9 - 1) ** 2, 4)


def test_guidance_can_be_left_out_of_the_scoreboard():
    company = "https://w3id.org/aikg/id/company/meta"
    analyst = "https://w3id.org/aikg/id/person/dana-okafor"

    def tracked(i, who, who_iri, about_iri):
        return Tracked(iri=f"https://w3id.org/aikg/id/prediction/{i:08d}", statement="s", quote="q", article="a",
                       predictor=who, predictor_iri=who_iri, about_iri=about_iri, made="2024",
                       judgements=[Judgement(f"r{i}", "confirmed", "manual", "x", "2025-01-01")])

    items = [tracked(1, "Meta", company, company), tracked(2, "Meta", company, company),
             tracked(3, "Dana Okafor", analyst, company)]
    assert items[0].is_guidance and not items[2].is_guidance
    assert {row[0] for row in scoreboard(items, as_of="2025-06-01").rows} == {"Meta", "Dana Okafor"}
    assert [row[0] for row in scoreboard(items, as_of="2025-06-01", guidance=False).rows] == ["Dana Okafor"]


def test_ids_accept_a_unique_prefix_and_refuse_an_ambiguous_one():
    items = [Tracked(iri=f"https://w3id.org/aikg/id/prediction/{h}", statement="s", quote="q", article="a")
             for h in ("abcd1111", "abcd2222", "ffff0000")]
    assert find(items, "ff").iri.endswith("ffff0000")
    with pytest.raises(Exception, match="ambiguous"):
        find(items, "abcd")
    with pytest.raises(Exception, match="no prediction"):
        find(items, "0000")


def test_cli_list_show_scoreboard_evidence(thread, cli):
    _, store = thread
    listed = cli("predictions", "list", "--store", store, "--predictor", "Maren Solberg", "--format", "json")
    rows = json.loads(listed.stdout)
    assert rows and all(r["predictor"] == "Maren Solberg" for r in rows)
    shown = cli("predictions", "show", rows[0]["id"], "--store", store)
    assert shown.exit_code == 0 and "judgement history:" in shown.stdout and "candidate evidence:" in shown.stdout
    board = cli("predictions", "scoreboard", "--store", store, "--format", "csv")
    assert board.stdout.splitlines()[0].startswith("predictor,made,open,due,resolved,confirmed,refuted")
    forecasters = cli("predictions", "scoreboard", "--store", store, "--no-guidance", "--format", "csv")
    assert forecasters.exit_code == 0 and len(forecasters.stdout.splitlines()) <= len(board.stdout.splitlines())
    outlets = cli("predictions", "scoreboard", "--store", store, "--by", "outlet")
    assert outlets.exit_code == 0 and "The Tensor Dispatch" in outlets.stdout
    bad = cli("predictions", "show", "zzzz", "--store", store)
    assert bad.exit_code == 1 and bad.stderr.startswith("Error: no prediction with id 'zzzz'")


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


def test_html_report_renders_in_headless_chromium(thread, cli, tmp_path):
    _, store = thread
    page = tmp_path / "report.html"
    result = cli("predictions", "report", "--store", store, "--html", page)
    assert result.exit_code == 0
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html and "http-equiv" not in html and "<svg" in html  # self-contained, no scripts
    browser = chromium()
    if browser is None:
        pytest.skip("no Chromium here (CI installs Debian's chromium package before the tests)")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}", "--hide-scrollbars"]
    dom = subprocess.run([browser, *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120)
    assert "Maren Solberg" in dom.stdout and "Scoreboard by forecaster" in dom.stdout
    assert dom.stdout.count('class="card"') >= 5 and ">confirmed<" in dom.stdout
    shot = tmp_path / "report.png"
    subprocess.run([browser, *flags, "--window-size=1280,2000", f"--screenshot={shot}", page.as_uri()],
                   capture_output=True, timeout=120, check=True)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000  # a rendered page, not a blank one
    out = Path("out")
    if out.is_dir():  # keep the picture for a person to look at after `make test`
        shutil.copy(shot, out / "predictions-report.png")


def test_a_judgement_finds_its_prediction_again_when_the_prediction_iri_changes(tmp_path, nlp, cli):
    """A better extractor can mint a new IRI for the same prediction (it is minted from the
    predictor and subject it found); a person's judgement must follow it, and one whose
    prediction is gone for good must be reported, not dropped silently."""
    folder = tmp_path / "news"
    folder.mkdir()
    shutil.copy(CORPUS / "dev" / THREAD[0], folder / THREAD[0])
    store = tmp_path / "kg"
    ingest([folder], store=str(store))
    target = by_words(solberg(store), "Custom chips")
    assert cli("predictions", "resolve", target.iri, "--store", store, "--outcome", "void",
               "--by", "Ada Reviewer").exit_code == 0
    moved = target.iri + "-v2"
    with open_store(str(store)) as st:  # what a re-extraction with a new IRI leaves behind
        st.update(f"DELETE {{ GRAPH ?g {{ <{target.iri}> ?p ?o }} }} INSERT {{ GRAPH ?g {{ <{moved}> ?p ?o }} }} "
                  f"WHERE {{ GRAPH ?g {{ <{target.iri}> ?p ?o }} }}")
    again = next(p for p in solberg(store).values() if p.iri == moved)
    status, judgement = again.status("2099-01-01")
    assert (status, judgement.by, judgement.reattached_from) == ("void", "Ada Reviewer", target.iri)
    assert "id has changed" in cli("predictions", "show", moved, "--store", store).stdout
    with open_store(str(store)) as st:  # now the sentence is gone altogether
        st.update(f"DELETE WHERE {{ GRAPH ?g {{ <{moved}> ?p ?o }} }}")
    result = cli("predictions", "list", "--store", store)
    assert result.exit_code == 0 and "1 judgement(s) by Ada Reviewer" in result.stderr


def _market_value_claim(value, date):
    from kg.tracking import ClaimFact
    return ClaimFact(iri="urn:c", kind="MarketClaim", subject="urn:nvidia", subject_label="Nvidia", object=None,
                     object_label=None, benchmark=None, value=value, unit="USD", relation="market_cap", openness=None,
                     modality="asserted", about=date[:4], date=date, article="urn:a", quote="Nvidia closed above it.")


@pytest.mark.parametrize("statement", [
    "Nvidia will become the first company worth $4 trillion before the end of 2025",
    "A $4 trillion valuation is within reach by the end of 2025",
])
def test_a_market_value_milestone_is_passed_by_a_higher_figure_in_time(statement):
    from kg.tracking import Tracked, _judge
    p = Tracked(iri="urn:p", statement=statement, quote=statement, article="urn:b", value=4e12, unit="USD",
                deadline="2025", made="2025-01")
    assert _judge(p, _market_value_claim(4.2e12, "2025-07-10"), 1.0, statement).outcome == "confirmed"
    late = _judge(Tracked(iri="urn:p", statement=statement, quote=statement, article="urn:b", value=4e12, unit="USD",
                          deadline="2025-06", made="2025-01"), _market_value_claim(5e12, "2025-10-29"), 1.0, statement)
    assert late.outcome is None and "after the deadline" in late.reason


def test_a_forecast_figure_is_no_evidence():
    from dataclasses import replace
    from kg.tracking import Tracked, _judge
    statement = "Nvidia will be worth $5 trillion by the end of 2026"
    p = Tracked(iri="urn:p", statement=statement, quote=statement, article="urn:b", value=5e12, unit="USD",
                deadline="2026", made="2025-01")
    forecast = replace(_market_value_claim(6e12, "2026-11-03"), modality="Expected")
    assert _judge(p, forecast, 1.0, statement) is None


def test_a_threshold_passed_before_the_deadline_beats_a_lower_figure_on_the_way():
    from kg.tracking import Tracked, propose_evidence
    statement = "The chipmaker will be valued at $5 trillion before 2025 is out"
    p = Tracked(iri="urn:p", statement=statement, quote=statement, article="urn:b", value=5e12, unit="USD",
                deadline="2025", made="2024-12", about_iri="urn:nvidia")
    claims = [_market_value_claim(4e12, "2025-07-10"), _market_value_claim(5.03e12, "2025-10-29")]
    claims[1] = type(claims[1])(**{**claims[1].__dict__, "iri": "urn:c2"})
    best = propose_evidence(p, claims, {}, as_of="2026-01-01")[0]
    assert best.outcome == "confirmed" and best.claim.date == "2025-10-29"


def test_unattributed_forecasts_come_after_the_named_forecasters():
    def tracked(i, who, status):
        return Tracked(iri=f"https://w3id.org/aikg/id/prediction/{i:08d}", statement="s", quote="q", article="a",
                       predictor=who, made="2024", judgements=[Judgement(f"r{i}", status, "manual", "x", "2025-01-01")])

    items = [tracked(i, None, "refuted") for i in range(5)] + [tracked(9, "Dana Okafor", "confirmed")]
    assert [row[0] for row in scoreboard(items, as_of="2025-06-01").rows] == ["Dana Okafor", "(unattributed)"]
