"""Regression floors on the challenge set of varied phrasings (tests/nlp/data/claim_sentences.jsonl).

The set is development data: rules were written against it, so these floors guard against
regressions and say nothing about unseen text (corpus/test and outside news do that).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluate import evaluate_items

ITEMS = [json.loads(line) for line in (Path(__file__).parent / "data" / "claim_sentences.jsonl").open(encoding="utf-8")]


@pytest.fixture(scope="module")
def totals(nlp):
    return evaluate_items(ITEMS).totals()


def test_the_challenge_set_is_well_formed():
    ids = [item["id"] for item in ITEMS]
    assert len(ids) == len(set(ids)) >= 250
    for item in ITEMS:
        names = {e["name"] for e in item["entities"]}
        for claim in item["claims"]:
            assert {claim["subject"], claim["object"] or claim["subject"], claim["benchmark"] or claim["subject"]} <= names


@pytest.mark.parametrize("section, floor", [("entities_all", 0.90), ("claims_all", 0.78), ("predictions", 0.70)])
def test_f1_floors(totals, section, floor):
    assert totals[section].f1 >= floor, f"{section}: F1 {totals[section].f1:.3f} fell below {floor}"
