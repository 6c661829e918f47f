"""The corpus: enough articles, split dev/test, every gold file in the shape and matching its article."""

from __future__ import annotations


import pytest

from kg.corpus import read_file
from kg.evaluate import gold_files, load_gold

from .conftest import CORPUS

GOLD = sorted(gold_files(CORPUS))


def test_size_and_split():
    dev = [p for p in GOLD if p.parent.name == "dev"]
    test = [p for p in GOLD if p.parent.name == "test"]
    assert len(dev) + len(test) >= 60
    assert len(test) * 3 >= len(dev) + len(test) - 2  # about a third held out


@pytest.mark.parametrize("path", GOLD, ids=lambda p: p.name)
def test_gold_file(path):
    gold = load_gold(path)
    article = next(read_file(path.parent / gold["document"]["path"]))
    assert gold["document"]["date"] == (article.date.isoformat() if article.date else None)
    names = {e["name"] for e in gold["entities"]}
    for item in gold["claims"] + gold["predictions"]:
        assert item["quote"] in article.text
    for claim in gold["claims"]:
        for key in ("subject", "object", "benchmark"):
            assert claim[key] is None or claim[key] in names
