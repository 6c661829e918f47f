"""Scoring against gold: matching rules, per-type figures, and the `kg eval` command."""

from __future__ import annotations

import json
import shutil

from kg.evaluate import score_article

from .conftest import CORPUS


def doc(entities=(), claims=(), predictions=()):
    return {"document": {"path": "a.md"}, "entities": list(entities), "claims": list(claims),
            "predictions": list(predictions)}


def ent(name, type_, aliases=()):
    return {"name": name, "type": type_, "aliases": list(aliases)}


def claim(type_, subject, obj=None, value=None, benchmark=None, start=0, end=10):
    return {"type": type_, "subject": subject, "object": obj, "value": value, "unit": None, "benchmark": benchmark,
            "quote": "q", "start": start, "end": end}


def test_entities_match_by_alias_and_type():
    gold = doc([ent("Google DeepMind", "Organization", ["DeepMind"]), ent("Meta", "Company")])
    pred = doc([ent("DeepMind", "Organization"), ent("Meta", "Person")])
    result = score_article(gold, pred, "")
    assert (result.entities["Organization"].tp, result.entities["Company"].fn, result.entities["Person"].fp) == (1, 1, 1)


def test_claims_match_through_the_entity_alignment_and_values_within_half_a_percent():
    gold = doc([ent("Meta", "Company", ["Meta Platforms"])], [claim("financial", "Meta", value=72.22e9)])
    pred = doc([ent("Meta Platforms", "Company")], [claim("financial", "Meta Platforms", value=72.0e9)])
    assert score_article(gold, pred, "").claims["financial"].tp == 1
    pred = doc([ent("Meta Platforms", "Company")], [claim("financial", "Meta Platforms", value=70e9)])
    assert score_article(gold, pred, "").claims["financial"].tp == 0


def test_comparisons_need_the_right_side_ahead():
    gold = doc([ent("A", "AIModel"), ent("B", "AIModel")], [claim("comparison", "A", "B")])
    assert score_article(gold, doc(gold["entities"], [claim("comparison", "B", "A")]), "").claims["comparison"].tp == 0
    assert score_article(gold, doc(gold["entities"], [claim("comparison", "A", "B")]), "").claims["comparison"].tp == 1


def test_a_claim_pairs_with_the_gold_claim_that_agrees_on_its_value_whatever_the_gold_order():
    # "OpenAI has not posted a profit and generates $12 billion in revenue": two gold claims, one extracted
    gold = doc([ent("OpenAI", "Company")], [claim("financial", "OpenAI"), claim("financial", "OpenAI", value=12e9)])
    result = score_article(gold, doc(gold["entities"], [claim("financial", "OpenAI", value=12e9)]), "")
    assert result.claims["financial"].tp == 1 and [m["value"] for m in result.misses["claims"]] == [None]


def test_an_investor_taking_part_pairs_in_either_order_but_a_funded_amount_does_not():
    ents = [ent("Accel", "Company"), ent("Scale AI", "Company")]
    gold = doc(ents, [claim("financial", "Scale AI", "Accel")])
    for subject, obj in (("Accel", "Scale AI"), ("Scale AI", "Accel")):
        assert score_article(gold, doc(ents, [claim("financial", subject, obj)]), "").claims["financial"].tp == 1
    gold = doc(ents, [claim("financial", "Scale AI", "Accel", value=1e9)])
    assert score_article(gold, doc(ents, [claim("financial", "Accel", "Scale AI", value=1e9)]), "").claims["financial"].tp == 0
    assert score_article(gold, doc(ents, [claim("financial", "Scale AI", "Accel", value=1e9)]), "").claims["financial"].tp == 1


def test_a_figure_filed_under_what_it_is_about_meets_it_filed_under_the_party_with_that_as_object():
    ents = [ent("Anthropic", "Company"), ent("Claude Sonnet 4", "AIModel"), ent("OpenAI", "Company")]
    gold = doc(ents, [claim("financial", "Anthropic", "Claude Sonnet 4", value=3.0)])
    assert score_article(gold, doc(ents, [claim("financial", "Claude Sonnet 4", value=3.0)]), "").claims["financial"].tp == 1
    assert score_article(gold, doc(ents, [claim("financial", "Claude Sonnet 4", value=15.0)]), "").claims["financial"].tp == 0
    assert score_article(gold, doc(ents, [claim("financial", "OpenAI", value=3.0)]), "").claims["financial"].tp == 0
    gold = doc(ents, [claim("financial", "Claude Sonnet 4", value=3.0)])
    assert score_article(gold, doc(ents, [claim("financial", "Anthropic", "Claude Sonnet 4", value=3.0)]),
                         "").claims["financial"].tp == 1
    assert score_article(gold, doc(ents, [claim("financial", "Anthropic", "OpenAI", value=3.0)]), "").claims["financial"].tp == 0


def test_a_sum_lost_matches_with_or_without_a_minus_but_a_move_keeps_its_sign():
    ents = [ent("OpenAI", "Company")]
    gold = doc(ents, [dict(claim("financial", "OpenAI", value=340e6), unit="USD")])
    pred = doc(ents, [dict(claim("financial", "OpenAI", value=-340e6), unit="USD")])
    assert score_article(gold, pred, "").claims["financial"].tp == 1
    gold = doc(ents, [dict(claim("financial", "OpenAI", value=12.0), unit="%")])
    pred = doc(ents, [dict(claim("financial", "OpenAI", value=-12.0), unit="%")])
    assert score_article(gold, pred, "").claims["financial"].tp == 0


def test_pairs_are_as_many_as_can_be_made_one_to_one():
    # greedy pairing would give the first gold the first prediction and leave the second gold unmatched
    gold = doc([ent("A", "AIModel"), ent("B", "AIModel")],
               [claim("comparison", "A"), claim("comparison", "A", obj="B")])
    pred = doc(gold["entities"], [claim("comparison", "A", obj="B"), claim("comparison", "A", obj="C")])
    assert score_article(gold, pred, "").claims["comparison"].tp == 2


def test_predictions_match_by_predictor_and_subject_or_sentence():
    body = "X said Y will happen. Later text."
    gold = doc([ent("X", "Person")], predictions=[{"predictor": "X", "subject": "topic", "statement": "s",
                                                   "made": "2025", "target_date": None, "status": "open",
                                                   "quote": "X said Y will happen."}])
    pred = doc([ent("X", "Person")], predictions=[{"predictor": "X", "subject": None, "statement": "s", "made": "2025-03",
                                                   "target_date": None, "status": "open", "start": 0, "end": 21}])
    result = score_article(gold, pred, body)
    assert result.predictions.tp == 1 and result.attributes["made"].tp == 1  # "2025" meets "2025-03"


def test_kg_eval_reports_splits_and_shows_one_article(cli, tmp_path, nlp):
    folder = tmp_path / "mini"
    folder.mkdir()
    for stem in ("d22-openai-gpt-oss-open-weights", "d29-market-wrap-deepseek-nvidia-selloff"):
        path = next((CORPUS / "dev").glob(stem + ".*[dt]"))
        shutil.copy(path, folder / path.name)
        shutil.copy(CORPUS / "dev" / f"{stem}.gold.json", folder / f"{stem}.gold.json")
    result = cli("eval", folder, "--format", "json")
    report = json.loads(result.stdout)["mini"]
    assert report["articles"] == 2
    assert report["entities"]["all"]["f1"] > 0.8
    assert set(report["claims"]) >= {"all_but_statement", "launch", "market"}
    shown = cli("eval", folder, "--show", "d29")
    assert shown.stdout.startswith("# ") and "## claims:" in shown.stdout and "## predictions:" in shown.stdout


def test_of_two_forecasts_with_the_same_forecaster_and_subject_the_one_with_the_gold_deadline_is_its_pair():
    body = "X expects Y to be trained on a big cluster and to arrive before the end of 2025."
    def pred(target):
        return {"predictor": "X", "subject": "Y", "statement": "s", "made": "2025", "target_date": target,
                "status": "open", "start": 0, "end": len(body)}
    gold = doc([ent("X", "Person"), ent("Y", "AIModel")],
               predictions=[dict(pred("2025-12"), quote=body)])
    result = score_article(gold, doc(gold["entities"], predictions=[pred(None), pred("2025")]), body)
    assert result.predictions.tp == 1 and result.attributes["target_date"].tp == 1


def test_a_figure_matches_in_any_power_unit_and_chip_counts_in_either_spelling():
    gold = doc([ent("Meta", "Company")], [dict(claim("compute", "Meta", value=2e9), unit="W"),
                                          dict(claim("compute", "Meta", value=1.3e6), unit="GPU")])
    pred = doc([ent("Meta", "Company")], [dict(claim("compute", "Meta", value=2), unit="GW"),
                                          dict(claim("compute", "Meta", value=1.3e6), unit="GPUs")])
    assert score_article(gold, pred, "").claims["compute"].tp == 2
    wrong = doc([ent("Meta", "Company")], [dict(claim("compute", "Meta", value=2), unit="MW")])
    assert score_article(gold, wrong, "").claims["compute"].tp == 0
